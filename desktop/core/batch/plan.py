"""Every row prepared as it will be sent, and the batch's total with the rules applied to it.

Each row goes through ``pipeline.prepare`` on its own, so each has its own vault: a placeholder
in one row never stands for a person in another. A row whose detection fails, or whose fields
are incomplete, is listed with the reason and never sent (fail closed, row by row). Cells of
columns whose heading says they are about a person (Contact, Email, Phone...) are hidden wherever
they appear in the row, even when the detectors alone would not recognise them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.core.batch.rows import Sheet, personal_columns, row_values
from desktop.core.errors import CancelledError, ErrorKind, PromptdeskError
from desktop.core.send import pipeline, pricing
from desktop.core.send.budget_check import BUDGET_WARNING_FRACTION, budget_status

if TYPE_CHECKING:
    from desktop.core.context import AppContext
    from desktop.core.templates.library import Template

# Both providers' batch interfaces (Anthropic Message Batches, OpenAI Batch) charge half.
BATCH_DISCOUNT = 0.5


@dataclass
class PlannedRow:
    index: int
    values: dict[str, Any]
    prepared: pipeline.Prepared | None  # None: not sent (see ``problem``)
    problem: str = ""


@dataclass
class Plan:
    template: Template
    sheet: Sheet
    mapping: dict[str, str]
    rows: list[PlannedRow]
    total: float = 0.0
    needs_approval: bool = False
    approval_reason: str = ""
    budget_warning: str = ""
    by_provider: dict[str, int] = field(default_factory=dict)

    @property
    def sendable(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.prepared is not None]

    @property
    def refused(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.prepared is None]

    @property
    def total_batch_price(self) -> float:
        """The total sent through the providers' batch interfaces (answers within hours)."""
        return self.total * BATCH_DISCOUNT


def _prepare_row(context: AppContext, template: Template, index: int, values: dict[str, Any],
                 problem: str, personal: list[str]) -> PlannedRow:
    if problem:
        return PlannedRow(index, values, None, problem)
    try:
        prepared = pipeline.prepare(context, template, values, extra=personal)
    except PromptdeskError as exc:  # detection failed or the row cannot be rendered: not sent
        if exc.kind == ErrorKind.TEAM_SETTINGS:
            raise  # a protective team setting is unreadable: nothing at all may be sent
        return PlannedRow(index, values, None, exc.message)
    if prepared.problems:
        name, text = next(iter(prepared.problems.items()))
        label = (got.label if (got := template.get_field(name)) else name)
        # "Company is required" names its field already; "At most 200 characters" does not.
        return PlannedRow(index, values, None, text if label in text else f"{label}: {text}")
    return PlannedRow(index, values, prepared)


def plan_batch(context: AppContext, template: Template, sheet: Sheet, mapping: Mapping[str, str], *,
               cancelled: Callable[[], bool] | None = None,
               on_progress: Callable[[int, int], None] | None = None) -> Plan:
    """Prepare every row (nothing is sent, nothing recorded) and total the estimate.

    Raises:
        SettingsError: a protective team setting cannot be read (nothing may be sent).
        CancelledError: ``cancelled`` said stop.
    """
    rows: list[PlannedRow] = []
    total_rows = len(sheet.rows)
    personal = personal_columns(sheet.columns)
    for index, row in enumerate(sheet.rows):
        if cancelled is not None and index % 50 == 0 and cancelled():
            raise CancelledError("Preparing the rows was stopped.")
        values = row_values(row, mapping, template.fields)
        hide = [str(row[c]) for c in personal if len(str(row[c]).strip()) >= 3]  # hidden wherever they appear
        rows.append(_prepare_row(context, template, index, values, sheet.problems.get(index, ""), hide))
        if on_progress is not None and (index % 50 == 0 or index == total_rows - 1):
            on_progress(index + 1, total_rows)
    plan = Plan(template, sheet, dict(mapping), rows)
    _apply_rules(context, plan)
    return plan


def plan_rows(context: AppContext, template: Template, sheet: Sheet, mapping: Mapping[str, str],
              indexes: list[int]) -> Plan:
    """Only the rows ``indexes`` prepared (each keeps its number in the sheet): a re-run of chosen rows."""
    personal = personal_columns(sheet.columns)
    rows = []
    for index in sorted(set(indexes)):
        row = sheet.rows[index]
        hide = [str(row[c]) for c in personal if len(str(row[c]).strip()) >= 3]
        rows.append(_prepare_row(context, template, index, row_values(row, mapping, template.fields),
                                 sheet.problems.get(index, ""), hide))
    plan = Plan(template, sheet, dict(mapping), rows)
    _apply_rules(context, plan)
    return plan


def plan_from_runs(context: AppContext, template: Template, sheet: Sheet, values: Mapping[int, tuple[dict[str, Any],
                   list[str]]]) -> Plan:
    """Rows prepared again from what their earlier runs recorded (the source file moved or changed):
    the same field values, with everything hidden the first time hidden again."""
    rows = [_prepare_row(context, template, index, dict(fields), "", hide)
            for index, (fields, hide) in sorted(values.items())]
    plan = Plan(template, sheet, {}, rows)
    _apply_rules(context, plan)
    return plan


def _apply_rules(context: AppContext, plan: Plan) -> None:
    """Approval and budget rules on the whole batch, not row by row: 500 cheap rows are not cheap."""
    plan.total = sum(r.prepared.estimated_cost for r in plan.sendable if r.prepared is not None)
    for r in plan.sendable:
        assert r.prepared is not None
        plan.by_provider[r.prepared.route.provider] = plan.by_provider.get(r.prepared.route.provider, 0) + 1
    threshold = context.team.approval_threshold
    if threshold > 0 and plan.total > threshold:
        plan.needs_approval = True
        plan.approval_reason = (
            f"These {len(plan.sendable)} requests will cost {pricing.format_cost(plan.total)} together "
            f"({pricing.format_cost(plan.total_batch_price)} as a provider batch), more than the "
            f"{pricing.format_cost(threshold, approximate=False)} your team allows without a second look.")
    plan.budget_warning = _budget_warning(context, plan.total)


def _budget_warning(context: AppContext, total: float) -> str:
    if total <= 0:
        return ""
    status = budget_status(context)
    if status is None or status.budget <= 0:
        return ""
    after = status.spent + total
    if after <= status.budget * BUDGET_WARNING_FRACTION:
        return ""
    whose = "your team's" if status.scope == "team" else "your"
    return (f"This batch would bring {whose} spend this month to {pricing.format_cost(after)} of the "
            f"{pricing.format_cost(status.budget, approximate=False)} budget ({round(after / status.budget * 100)}%).")


def with_run_id(prepared: pipeline.Prepared, run_id: str) -> pipeline.Prepared:
    """The prepared request recorded under ``run_id`` (the row's own id in the ledger)."""
    return dataclasses.replace(prepared, run=dataclasses.replace(prepared.run, id=run_id))
