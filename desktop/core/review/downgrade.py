"""The downgrade test: does a template still pass on the next cheaper tier?

The seed's "does the cheaper model work for this task instead? Test it weekly" as one call: a
template's test inputs run on its own tier and on the next cheaper one through the real send
path, the answers go through the same checks, and last month's recorded runs of the template
are re-priced on the cheaper tier from their tokens ("Passes on Quick as well: would have saved
$4.10 last month"). A template that passes everywhere can be moved there in the team's library,
one version up, the change recorded in its history.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import paths
from desktop.core.errors import ErrorKind, PromptdeskError
from desktop.core.review import quality
from desktop.core.review.eval_store import CaseResult
from desktop.core.review.evals import EvalCase, load_cases
from desktop.core.run import DONE

if TYPE_CHECKING:
    from desktop.core.context import AppContext
    from desktop.core.templates.library import Template


CHEAPER = {"reasoning": "execution", "execution": "quick"}
_TIER_WORD = {"reasoning": "Reasoning", "execution": "Execution", "quick": "Quick"}


@dataclass
class DowngradeReport:
    """A template's cases on its own tier and on the next cheaper one, and what that would save."""

    template_id: str
    tier: str
    cheaper: str
    own: list[CaseResult]
    on_cheaper: list[CaseResult]
    last_month: str = ""
    runs_last_month: int = 0
    saved_last_month: float = 0.0  # recorded runs of last month re-priced on the cheaper tier
    problems: list[str] = field(default_factory=list)

    @property
    def passes_cheaper(self) -> bool:
        """Every case that passes on the template's tier passes on the cheaper one too."""
        return (not self.problems and bool(self.on_cheaper) and all(c.passed for c in self.own)
                and all(c.passed for c in self.on_cheaper))

    def verdict(self) -> str:
        from desktop.core.send.pricing import format_cost

        word = _TIER_WORD.get(self.cheaper, self.cheaper)
        if self.problems:
            return f"Not tried on {word}: {self.problems[0]}"
        if not all(c.passed for c in self.own):
            return f"Not every case passes on {_TIER_WORD.get(self.tier, self.tier)} yet; fix those first."
        if self.passes_cheaper:
            saved = (f"would have saved {format_cost(self.saved_last_month, approximate=False)} last month"
                     if self.runs_last_month else "no runs last month to price")
            return f"Passes on {word} as well: {saved}."
        failed = [c.name for c in self.on_cheaper if not c.passed]
        return f"Stays on {_TIER_WORD.get(self.tier, self.tier)}: {len(failed)} of {len(self.on_cheaper)} " \
               f"case(s) fail on {word} ({', '.join(failed[:3])})."

    def to_dict(self) -> dict[str, Any]:
        def cases(results: list[CaseResult]) -> list[dict[str, Any]]:
            return [{"name": c.name, "passed": c.passed, "failures": c.failures, "cost": c.cost, "model": c.model}
                    for c in results]

        return {"template": self.template_id, "tier": self.tier, "cheaper": self.cheaper,
                "passes_cheaper": self.passes_cheaper, "verdict": self.verdict(), "last_month": self.last_month,
                "runs_last_month": self.runs_last_month, "saved_last_month": self.saved_last_month,
                "own": cases(self.own), "on_cheaper": cases(self.on_cheaper), "problems": self.problems}


def _run_case(context: AppContext, template: Template, case: EvalCase, tier: str, *,
              cancelled: Callable[[], bool] | None, sleep: Callable[[float], None]) -> CaseResult:
    from desktop.core.send import pipeline

    try:
        prepared = pipeline.prepare(context, template, case.fields, tier_override=tier)
    except PromptdeskError as exc:
        return CaseResult(case.name, False, [f"Could not be prepared: {exc.message}"])
    if prepared.problems:
        return CaseResult(case.name, False, [f"Field '{n}': {p}" for n, p in prepared.problems.items()])
    run = pipeline.execute(context, prepared, fresh=True, cancelled=cancelled, sleep=sleep)
    if run.status != DONE:
        error = run.error_message or run.status
        return CaseResult(case.name, False, [f"No answer: {error}"], cost=run.actual_cost, model=run.model,
                          error=error)
    results = quality.automatic_checks(template, run.response_text, stop_reason=run.stop_reason, expect=case.expect)
    failures = [f"{r.label}: {r.reason}" for r in results if r.passed is False]
    return CaseResult(case.name, not failures, failures, run.response_text, run.actual_cost, run.latency_total_ms,
                      run.model)


def _previous_month(now: datetime) -> str:
    first = now.replace(day=1)
    return (first - timedelta(days=1)).strftime("%Y-%m")


def saved_on_cheaper(context: AppContext, template_id: str, cheaper: str, month: str) -> tuple[int, float]:
    """(runs, saving) of ``month``'s answered runs of a template, re-priced on ``cheaper`` from
    their recorded tokens: the team's runs where the team file can be read, else this computer's."""
    from desktop.core.send import pricing, routing
    from desktop.core.usage.spend_reader import month_bounds, spend_reader

    start, end = month_bounds(month)
    with spend_reader(context) as reader:
        rows = reader.rows("count(*), total(input_tokens), total(output_tokens), total(actual_cost)",
                           "template_id = ? AND status = 'done' AND started_at >= ? AND started_at < ?",
                           [template_id, start, end])
    runs = int(sum(r[0] for r in rows))
    tokens_in, tokens_out, cost = (sum(r[i] or 0 for r in rows) for i in (1, 2, 3))
    cheaper_cost = pricing.cost(*routing.pin_for(cheaper, context.team), input_tokens=int(tokens_in),
                                output_tokens=int(tokens_out))
    return runs, max(0.0, cost - cheaper_cost)


def try_cheaper(
    context: AppContext,
    template: Template,
    *,
    now: datetime | None = None,
    cancelled: Callable[[], bool] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> DowngradeReport:
    """Run the template's cases on its own tier and on the next cheaper one, and compare the checks.

    The seed's "does the cheaper model work for this task? test it" as one command. Nothing is
    stored in the test history (these runs are not the template as written). The answered runs
    are recorded in the ledger like every run, because they cost money.
    """
    tier = (template.tier or "").lower()
    report = DowngradeReport(template.id, tier, CHEAPER.get(tier, ""), [], [])
    if tier not in CHEAPER:
        report.problems.append("it is already on the cheapest tier." if tier == "quick"
                               else "it names no tier, so each request is routed on its own.")
        return report
    cases, problems = load_cases(template)
    report.problems += problems
    if not cases:
        report.problems.append("it has no test inputs.")
        return report
    for case in cases:
        if cancelled is not None and cancelled():
            break
        report.own.append(_run_case(context, template, case, tier, cancelled=cancelled, sleep=sleep))
        report.on_cheaper.append(_run_case(context, template, case, report.cheaper, cancelled=cancelled, sleep=sleep))
    report.last_month = _previous_month((now or datetime.now(UTC)).astimezone(UTC))
    report.runs_last_month, report.saved_last_month = saved_on_cheaper(context, template.id, report.cheaper,
                                                                       report.last_month)
    return report


def _moved_text(text: str, tier: str, version: int, note: str, day: str) -> str:
    """The template file's text on ``tier``, one version up, with the change in its history."""
    head, sep, body = text.partition("\n---")
    head = re.sub(r"(?m)^tier:[^\n]*$", f"tier: {tier}", head, count=1)
    head = re.sub(r"(?m)^version:[^\n]*$", f"version: {version}", head, count=1)
    entry = f"  - {{version: {version}, date: {day}, note: {json.dumps(note)}}}"
    if re.search(r"(?m)^history:[ \t]*$", head):
        head = re.sub(r"(?m)^history:[ \t]*$", lambda m: m.group(0) + "\n" + entry, head, count=1)
    else:
        head = head.rstrip("\n") + "\nhistory:\n" + entry
    return head + sep + body


def apply_cheaper_tier(context: AppContext, template: Template, report: DowngradeReport, *,
                       today: datetime | None = None) -> Path:
    """Move a template that passed the downgrade test to the cheaper tier in the team's library
    (this computer's personal folder without a team folder), one version up, the change recorded
    in its history. A bundled template gets a team copy, which replaces it for everyone."""
    from desktop.core.templates.parse import parse_template

    if not report.passes_cheaper or report.template_id != template.id:
        raise PromptdeskError(f"'{template.title}' did not pass every test case on the cheaper tier, so it stays "
                              "where it is.", kind=ErrorKind.USAGE)
    folder = context.team_dir / "prompts" if context.team_dir is not None else paths.personal_prompts_dir()
    target = template.path if template.source != "bundled" and template.path.is_relative_to(folder) \
        else folder / template.path.name
    day = (today or datetime.now(UTC)).strftime("%Y-%m-%d")
    note = f"Moved to the {report.cheaper} tier, every test case passes there too"
    try:
        text = _moved_text(template.path.read_text(encoding="utf-8"), report.cheaper, template.version + 1, note, day)
        moved, problems = parse_template(target, "team", data=text.encode("utf-8"))
        if moved is None or problems or moved.tier != report.cheaper:
            raise PromptdeskError(f"'{template.title}' could not be changed safely ({problems[0] if problems else ''}); "
                                  "change its tier by hand.", kind=ErrorKind.USAGE)
        folder.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        if context.team_dir is None:  # this user's own folder: private like the rest
            paths.private_file(partial)
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)
    except OSError as exc:
        raise PromptdeskError(f"The template could not be saved in {folder} ({exc.strerror or exc}). Check that "
                              "the team folder is reachable and try again.", kind=ErrorKind.USAGE) from exc
    return target
