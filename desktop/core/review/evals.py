"""Testing a template before the team uses it.

A template's representative inputs (its ``tests:``) and any extra cases in a folder beside it
(``meeting-summary.cases/*.yaml``, each ``{name, fields, expect}``) are sent through the real
send path; each answer goes through the template's automatic checks plus the case's
expectations. Results are stored per template version and content hash (``evals.db`` in the
data folder) so that a new version is shown beside the previous one, and so that the same
version re-run later (say after the team changed a tier's model) can be compared with its last
passing run: drift in pass rate and cost (``eval_store.py``).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.errors import PromptdeskError
from desktop.core.review import quality
from desktop.core.review.eval_store import CaseResult, EvalStore, TemplateReport
from desktop.core.run import DONE, Run
from desktop.core.templates.format import Problem

if TYPE_CHECKING:
    from desktop.core.context import AppContext
    from desktop.core.templates.library import Template

CASES_SUFFIX = ".cases"
_CASE_KEYS = ("name", "fields", "expect")


@dataclass(frozen=True)
class EvalCase:
    name: str
    fields: dict[str, Any]
    expect: dict[str, Any]
    origin: str  # "template" or the case file's path


# ----------------------------------------------------------------------------- cases


def cases_folder(template: Template) -> Path:
    return template.path.with_name(template.path.stem + CASES_SUFFIX)


def load_cases(template: Template) -> tuple[list[EvalCase], list[str]]:
    """The template's own test inputs, then the case files beside it; plus plain problems."""
    cases = [EvalCase(t.name, dict(t.fields), dict(t.expect), "template") for t in template.tests]
    problems: list[str] = []
    for path in case_files(template):
        case, problem = read_case(path)
        if problem is not None:
            problems.append(f"{path.name}: {problem.message}")
        elif case is not None:
            cases.append(case)
    return cases, problems


def case_files(template: Template) -> list[Path]:
    """The ``.yaml`` files in the template's ``.cases`` folder, in name order."""
    folder = cases_folder(template)
    try:
        return sorted(p for p in folder.iterdir() if p.suffix.lower() in (".yaml", ".yml")) if folder.is_dir() else []
    except OSError:
        return []


def read_case(path: Path) -> tuple[EvalCase | None, Problem | None]:
    """One case file through the hardened YAML reader: a case, or a problem with its line.

    An alias bomb or a file of ten thousand '[' is refused in milliseconds, never expanded or
    recursed into: these files come from the team folder, like templates.
    """
    from desktop.core.templates.yaml_events import MAX_YAML_FILE_BYTES, FrontMatterError, load_yaml_file

    try:
        if path.stat().st_size > MAX_YAML_FILE_BYTES:
            return None, Problem(path, None, f"could not be read (larger than {MAX_YAML_FILE_BYTES // 1_000_000} MB; "
                                             "a test case needs only a few lines).")
        raw = load_yaml_file(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return None, Problem(path, None, f"could not be read ({_first_line(exc)}).")
    except FrontMatterError as exc:
        where = f" (line {exc.line})" if exc.line else ""
        return None, Problem(path, exc.line, f"could not be read{where}: {exc.message}")
    if not isinstance(raw, dict) or not isinstance(raw.get("fields"), dict):
        return None, Problem(path, getattr(raw, "line", None) or None,
                             "a case needs 'fields:' with the values to fill in.")
    unknown = [key for key in raw if key not in _CASE_KEYS]
    if unknown:
        return None, Problem(path, _line_of(raw, unknown[0]),
                             f"unknown key '{unknown[0]}' (a case has name, fields and expect).")
    expect = raw.get("expect") or {}
    if not isinstance(expect, dict):
        return None, Problem(path, _line_of(raw, "expect"),
                             "'expect:' must list properties such as keywords or sections.")
    return EvalCase(str(raw.get("name") or path.stem), dict(raw["fields"]), dict(expect), str(path)), None


def case_file_problems(template: Template) -> list[Problem]:
    """What ``promptdesk check`` reports about a template's case files: unreadable files, wrong
    shapes, and fields the template does not have."""
    problems: list[Problem] = []
    for path in case_files(template):
        case, problem = read_case(path)
        if problem is not None:
            problems.append(problem)
            continue
        assert case is not None
        names = [f.name for f in template.fields]
        for name in case.fields:
            if template.get_field(str(name)) is None:
                problems.append(Problem(path, None, f"the template '{template.id}' has no field '{name}' "
                                                    f"(fields: {', '.join(names)})."))
    return problems


def _line_of(mapping: Any, key: Any) -> int | None:
    lines = getattr(mapping, "lines", None)
    return lines.get(key) if isinstance(lines, dict) else None


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


# ----------------------------------------------------------------------------- running


def run_template_tests(
    context: AppContext,
    template: Template,
    *,
    dry_run: bool = False,
    store: EvalStore | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> TemplateReport:
    """Run every case of ``template`` and check each answer; store the results unless dry.

    ``dry_run`` checks everything except sending: each case's fields against the template, the
    outgoing text (render, redact, route, estimate), and the template's own example output
    against the template's checks.
    """
    cases, problems = load_cases(template)
    if len(template.tests) < 3:
        problems.append(f"has {len(template.tests)} test input(s) under tests:; add at least three.")
    report = TemplateReport(template.id, template.title, template.version, template.content_hash, dry_run,
                            [], problems)
    latencies: list[float] = []
    for number, case in enumerate(cases, start=1):
        if cancelled is not None and cancelled():
            break
        if on_progress is not None:
            on_progress(number - 1, len(cases), case.name)
        report.cases.append(_run_case(context, template, case, report, latencies, dry_run=dry_run,
                                      cancelled=cancelled, sleep=sleep))
    if dry_run:
        # The example output shows the operator's idea of a good answer: it must pass the
        # template's own checks, or the checks (or the example) are wrong.
        results = quality.automatic_checks(template, template.example_output)
        problems.extend(f"the example output fails '{r.label}': {r.reason}" for r in results if r.passed is False)
    if on_progress is not None:
        on_progress(len(cases), len(cases), "")
    report.cost = sum(case.cost for case in report.cases)
    report.latency_ms = statistics.median(latencies) if latencies else 0.0
    if not dry_run:
        store = store or EvalStore()
        report.previous = store.previous(template.id, template.content_hash)
        report.baseline = store.last_passing(template.id, template.content_hash)
        if report.cases:
            store.save(report)
    return report


def _run_case(context: AppContext, template: Template, case: EvalCase, report: TemplateReport, latencies: list[float],
              *, dry_run: bool, cancelled: Callable[[], bool] | None, sleep: Callable[[float], None]) -> CaseResult:
    """One case: prepared (and, unless dry, sent and its answer checked); notes the model used."""
    from desktop.core.send import pipeline

    try:
        prepared = pipeline.prepare(context, template, case.fields)
    except PromptdeskError as exc:
        return CaseResult(case.name, False, [f"Could not be prepared: {exc.message}"])
    if prepared.problems:
        return CaseResult(case.name, False, [f"Field '{name}': {problem}" for name, problem in prepared.problems.items()])
    report.model = report.model or prepared.route.model
    if dry_run:
        return CaseResult(case.name, True, [], prepared.redaction.text, prepared.estimated_cost, 0.0,
                          prepared.route.model)
    run = pipeline.execute(context, prepared, fresh=True, cancelled=cancelled, sleep=sleep)
    latencies.append(run.latency_total_ms)
    report.model = run.model or report.model
    return _checked(template, case, run)


def _checked(template: Template, case: EvalCase, run: Run) -> CaseResult:
    """A sent case's result: no answer is a failure; an answer passes when every check does."""
    answer, cost, latency, model = run.response_text, run.actual_cost, run.latency_total_ms, run.model
    error = "" if run.status == DONE else (run.error_message or run.status)
    if error:
        return CaseResult(case.name, False, [f"No answer: {error}"], cost=cost, model=model, error=error)
    results = quality.automatic_checks(template, answer, stop_reason=run.stop_reason, expect=case.expect)
    failures = [f"{r.label}: {r.reason}" for r in results if r.passed is False]
    return CaseResult(case.name, not failures, failures, answer, cost, latency, model)
