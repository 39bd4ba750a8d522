"""``promptdesk batch TEMPLATE FILE``: one template over every row of a spreadsheet or folder.

Columns are matched to the template's fields by name (``--map COLUMN=FIELD`` changes a match);
every row is prepared and redacted on its own, the total is shown with and without the
providers' batch discount, and the rows are sent a few at a time. One line per row goes to
stdout as it finishes (``row N: answered``). Running the same command again on the same file
resumes: rows already answered are not sent again (``--fresh`` starts a new batch).
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.terminal import confirm
from desktop.core.errors import TemplateError
from desktop.core.send.pricing import format_cost

if TYPE_CHECKING:
    from desktop.core.batch.plan import Plan
    from desktop.core.batch.store import BatchRecord
    from desktop.core.context import AppContext


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("template", help="the template id (its file name without .md)")
    parser.add_argument("file", help="a CSV or Excel file (one row per request), or a folder (one file per request)")
    parser.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                        help="fill FIELD from COLUMN (columns are otherwise matched to fields by name)")
    parser.add_argument("--provider-batch", action="store_true",
                        help="send as a provider batch: half price, answers within hours")
    parser.add_argument("--out", metavar="FILE", help="where to save the answers (.xlsx or .csv); "
                        "default: beside FILE")
    parser.add_argument("--fresh", action="store_true", help="start a new batch and send every row anew, even if this one was run before")
    parser.add_argument("--dry-run", action="store_true", help="show the mapping, the rows refused and the total; "
                        "send nothing")
    parser.add_argument("--yes", "-y", action="store_true", help="send even when the total needs confirmation")
    parser.add_argument("--per-provider", type=int, default=4, metavar="N", help="requests at a time per provider")


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from desktop.core.batch.plan import plan_batch
    from desktop.core.batch.rows import apply_overrides, auto_map, missing_required, read_rows
    from desktop.core.context import AppContext

    context = AppContext()
    template = context.library.get(args.template)
    if template is None:
        raise TemplateError(f"There is no template '{args.template}'. `promptdesk templates` lists them.")
    sheet = read_rows(args.file)
    mapping = apply_overrides(auto_map(sheet.columns, template.fields), args.map, sheet.columns, template.fields)
    for f in template.fields:
        _say(f"  {f.label}: " + (f"column '{mapping[f.name]}'" if f.name in mapping else "(no column)"))
    missing = missing_required(mapping, template.fields)
    if missing:
        raise TemplateError(f"No column fills {', '.join(missing)}. Add --map COLUMN=FIELD for each "
                            f"(columns: {', '.join(sheet.columns)}).")
    plan = plan_batch(context, template, sheet, mapping)
    _say(f"{len(plan.sendable)} of {len(plan.rows)} rows ready: {format_cost(plan.total)} now, "
         f"{format_cost(plan.total_batch_price)} as a provider batch.")
    for row in plan.refused:
        _say(f"  row {row.index + 1} will not be sent: {row.problem}")
    if plan.budget_warning:
        _say(plan.budget_warning)
    if args.dry_run:
        return 0
    if plan.needs_approval and not confirm(plan.approval_reason, args.yes, prompt="Send the batch?"):
        return 1
    if args.provider_batch:
        return _provider_batch(context, plan, args)
    return _send_now(context, plan, args)


def _provider_batch(context: AppContext, plan: Plan, args: argparse.Namespace) -> int:
    """Submit once; every later run of the same command polls, and saves the answers when ready."""
    from desktop.core.batch import provider_batch
    from desktop.core.batch.runner import open_batch

    batch, _ = open_batch(context, plan, fresh=args.fresh, mode="provider")
    if batch.provider_job and batch.state == provider_batch.SUBMITTED:
        polled = provider_batch.poll(context, batch)
        if not polled.ended:
            _say(f"The provider is still working on this batch ({polled.processing} rows to go). Run the same "
                 "command later to collect the answers.")
            return 3
        _say(f"The provider batch has ended: {polled.done} answered, {polled.failed} failed, {polled.expired} not "
             "reached before it expired. Run the same command again to send the rows not answered.")
        return _save(context, plan, batch.id, args, polled.done, polled.failed + polled.expired)
    submitted = provider_batch.submit(context, plan, batch)
    if submitted.rows:
        _say(f"{submitted.rows} rows sent as a provider batch ({submitted.job_id}) at half price; answers arrive "
             "within 24 hours. Run the same command later to collect them.")
    if submitted.send_now:
        _say(f"{len(submitted.send_now)} rows use a provider without batches; sending them now.")
        return _send_now(context, plan, args, batch)
    return 3 if submitted.rows else _save(context, plan, batch.id, args, 0, 0)


def _save(context: AppContext, plan: Plan, batch_id: str, args: argparse.Namespace, done: int, failed: int) -> int:
    from desktop.core.batch.results import collect, default_out, write_results

    out = Path(args.out) if args.out else default_out(Path(args.file).expanduser())
    results = collect(context, plan, batch_id)
    written = write_results(out, plan.sheet.columns, results)
    answered = sum(r.status == "answered" for r in results)
    _say(f"Answers saved to {written}. {answered} of {len(results)} rows answered.")
    return 0 if answered == len(results) else 1


def _send_now(context: AppContext, plan: Plan, args: argparse.Namespace, batch: BatchRecord | None = None) -> int:
    from desktop.core.batch.results import collect, default_out, write_results
    from desktop.core.batch.runner import Progress, open_batch, send_now

    resumed = False
    if batch is None:
        batch, resumed = open_batch(context, plan, fresh=args.fresh)
    if resumed:
        _say("Resuming this batch: rows already answered are not sent again (--fresh to send them anew).")
    seen: set[int] = set()
    lock = threading.Lock()

    def progress(p: Progress) -> None:
        with lock:  # one line per finished row, as it finishes
            line = f"{p.finished}/{p.total} rows: {p.done} answered, {p.failed} failed, cost so far {format_cost(p.cost)}"
            if p.finished not in seen:
                seen.add(p.finished)
                print(line, flush=True)

    result = send_now(context, plan, batch, on_progress=progress, per_provider=args.per_provider,
                      fresh_answers=args.fresh)  # anew: not from recent answers either
    for index, problem in sorted(result.problems.items()):
        _say(f"  row {index + 1}: {problem}")
    out = Path(args.out) if args.out else default_out(Path(args.file).expanduser())
    written = write_results(out, plan.sheet.columns, collect(context, plan, batch.id))
    _say(f"Answers saved to {written}. {result.done + result.skipped} answered, {result.failed} failed, "
         f"{result.not_sent} not sent; this run cost {format_cost(result.cost)}.")
    return 0 if result.done + result.skipped == result.total else 1
