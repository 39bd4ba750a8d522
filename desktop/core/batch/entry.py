"""A batch as one History entry: each row with where it stands, what it cost, whether a person
should look at it, and its answer; a row approved or marked fixed; chosen rows sent again; the
results written again from History.

Rows are read from the ledger (``batch_rows`` joined to each row's current run), so the entry
is right after a crash, a resume, a poll of a provider batch or a re-run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.batch.store import NOT_SENT, BatchRecord, BatchStore
from desktop.core.errors import ErrorKind, PromptdeskError
from desktop.core.run import CANCELLED, DONE, FAILED, SENDING, UNCONFIRMED, WAITING

if TYPE_CHECKING:
    from desktop.core.batch.plan import Plan
    from desktop.core.batch.rows import Sheet
    from desktop.core.batch.runner import Control, Progress
    from desktop.core.context import AppContext
    from desktop.core.templates.library import Template

STATUS_WORDS = {DONE: "answered", UNCONFIRMED: "sent, answer not received",
                SENDING: "sending", NOT_SENT: "not sent", WAITING: "waiting to send", FAILED: "failed",
                CANCELLED: "stopped", "pending": "not sent yet"}
IN_PROVIDER_BATCH = "in the provider batch (may have been billed)"  # until its answers are collected
FIXED_COMMENT = "Fixed by hand after the batch"


@dataclass
class EntryRow:
    """One row of a batch as History shows it."""

    row: int
    run_id: str
    status: str  # the run's status, or the row's own state when it was never sent
    words: str  # the status in plain words
    cost: float
    needs_review: bool
    checks: str  # what the automatic checks found, or why the row has no answer
    answer: str
    approved: bool = False
    fields: dict[str, Any] | None = None  # what the row filled in (from its run)

    @property
    def can_rerun(self) -> bool:
        """Rows not on their way right now; an answered or failed row may be sent again."""
        return self.status not in (SENDING, "pending") and self.words != IN_PROVIDER_BATCH


def _checks(template: Template | None, run: Any, answer: str) -> tuple[str, bool]:
    """The automatic checks in words and whether any failed (an injection flag counts)."""
    words: list[str] = []
    if template is not None:
        from desktop.core.review.quality import automatic_checks

        found = automatic_checks(template, answer, stop_reason=run.stop_reason)
        words = [c.reason or c.label for c in found if c.passed is False]
    if run.injection_flag:
        words.append("The source text contained instructions aimed at the AI; check the answer was not steered.")
    return ("; ".join(words) or "all passed"), bool(words)


def load_rows(context: AppContext, batch: BatchRecord, template: Template | None,
              problems: Mapping[int, str] | None = None) -> list[EntryRow]:
    """Every row of ``batch`` in the source's order. ``problems``: why rows were not prepared."""
    ledger, problems = context.ledger, problems or {}
    in_job = batch.state == "submitted"
    # The newest version of each answer: a person may have edited it (or asked for a change) in review.
    latest = {r["run_id"]: r["response_text"] for r in ledger.query(
        "SELECT t.run_id, t.response_text FROM turns t JOIN batch_rows b ON b.run_id = t.run_id "
        "WHERE b.batch_id = ? ORDER BY t.version", (batch.id,))}
    rows: list[EntryRow] = []
    for row in BatchStore(ledger).rows(batch.id):
        index, run = int(row["row"]), ledger.get(row["run_id"]) if row["status"] else None
        if run is None:
            state = row["state"]
            note = row["note"] or problems.get(index, "")
            rows.append(EntryRow(index, row["run_id"], state, STATUS_WORDS.get(state, state), 0.0,
                                 state != "pending", note, ""))
            continue
        if run.status != DONE:
            words = IN_PROVIDER_BATCH if in_job and run.status in (SENDING, UNCONFIRMED) else \
                STATUS_WORDS.get(run.status, run.status)
            rows.append(EntryRow(index, run.id, run.status, words, run.actual_cost, words != IN_PROVIDER_BATCH,
                                 run.error_message, "", fields=run.fields))
            continue
        answer = latest.get(run.id, run.response_text)
        checks, flagged = _checks(template, run, answer)
        rows.append(EntryRow(index, run.id, DONE, "answered", run.actual_cost, flagged and not run.approved, checks,
                             answer, bool(run.approved), fields=run.fields))
    return rows


def mark_reviewed(context: AppContext, run_id: str, *, fixed: bool = False) -> None:
    """The person looked at the row's answer: approved as it is, or fixed by hand where it is used.

    A fixed answer counts as a poor one in the template's quality figures (it needed a person).
    """
    run = context.ledger.get(run_id)
    if run is None or run.status != DONE:
        raise PromptdeskError("Only an answered row can be approved. Send it again first.", kind=ErrorKind.NOT_ANSWERED)
    context.ledger.update_review(run_id, checklist_ticked=max(run.checklist_total, run.checklist_ticked),
                                 checklist_total=run.checklist_total, approved=True,
                                 feedback=-1 if fixed else None, feedback_comment=FIXED_COMMENT if fixed else None)


def source_sheet(batch: BatchRecord, template_id: str) -> Sheet | None:
    """The batch's source read again, or None when it moved or its content changed since."""
    from desktop.core.batch.rows import read_rows
    from desktop.core.batch.runner import source_key

    try:
        sheet = read_rows(batch.source)
    except (PromptdeskError, OSError):
        return None
    return sheet if source_key(template_id, sheet.fingerprint) == batch.source_key else None


def rerun_plan(context: AppContext, batch: BatchRecord, template: Template, indexes: list[int]) -> Plan:
    """The chosen rows prepared again: from the source when it is unchanged, else from what
    their runs recorded (values as typed, everything hidden before hidden again).

    Raises:
        PromptdeskError: a row was never sent and the source is gone (nothing to prepare it from).
    """
    from desktop.core.batch.plan import plan_from_runs, plan_rows
    from desktop.core.batch.rows import Sheet

    sheet = source_sheet(batch, template.id)
    if sheet is not None:
        return plan_rows(context, template, sheet, batch.mapping, indexes)
    ids = BatchStore(context.ledger).run_ids(batch.id)
    values: dict[int, tuple[dict[str, Any], list[str]]] = {}
    for index in indexes:
        run = context.ledger.get(ids[index])
        if run is None or not run.fields:
            raise PromptdeskError(f"Row {index + 1} was never sent and {Path(batch.source).name} has moved or "
                                  "changed since. Run the batch again from Template → Run on many….",
                                  kind=ErrorKind.SOURCE_CHANGED)
        values[index] = (dict(run.fields), [v for v in run.vault.values() if v])
    empty = Sheet(Path(batch.source), [], [{} for _ in range(batch.rows_total)], "")
    return plan_from_runs(context, template, empty, values)


def rerun(context: AppContext, batch: BatchRecord, template: Template, indexes: list[int], *,
          control: Control | None = None, on_progress: Callable[[Progress], None] | None = None) -> Progress:
    """Send only ``indexes`` again, each under a new run id; the earlier runs stay in History.

    Raises:
        PromptdeskError: a chosen row is on its way right now, or cannot be prepared again.
    """
    from desktop.core.batch.runner import send_now

    busy = [r.row + 1 for r in load_rows(context, batch, template) if r.row in indexes and not r.can_rerun]
    if busy:
        raise PromptdeskError(f"Row {busy[0]} is still on its way (or in a provider batch); wait for its answer "
                              "before sending it again.", kind=ErrorKind.ROW_BUSY)
    plan = rerun_plan(context, batch, template, indexes)
    BatchStore(context.ledger).replace_runs(batch.id, [r.index for r in plan.rows])
    # A fresh answer, never the one the answer cache kept for the same request.
    return send_now(context, plan, batch, control=control, on_progress=on_progress, fresh_answers=True)
