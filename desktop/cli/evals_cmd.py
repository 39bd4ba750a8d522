"""``promptdesk test-templates [PATH ...] [--json] [--dry-run] [--try-cheaper]``.

Runs each template's test inputs (and the cases in its ``.cases`` folder) through the real send
path, checks every answer, prints a table and exits 1 if any check failed, so a team that keeps
its prompts in git can run it before merging a change. ``--dry-run`` checks everything except
sending (no key needed, no cost). ``--try-cheaper`` runs each template's cases on its own tier
and on the next cheaper one and says whether it could move ("Passes on Quick as well: would have
saved $4.10 last month").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.core.context import AppContext
from desktop.core.review.eval_store import TemplateReport
from desktop.core.review.evals import run_template_tests
from desktop.core.send.pricing import format_cost
from desktop.core.templates.library import Template, parse_template


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="template files, folders of templates, or template ids (default: the whole library)")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument("--dry-run", action="store_true", help="check everything except sending")
    parser.add_argument("--try-cheaper", action="store_true",
                        help="also run each template's test inputs on the next cheaper tier and say whether it "
                             "could move there, and what that would have saved last month")
    parser.add_argument("--apply", action="store_true",
                        help="with --try-cheaper: move every template that passes on the cheaper tier there, in the "
                             "team's library, one version up with the change in its history")


def _templates(context: AppContext, targets: list[str]) -> tuple[list[Template], list[str]]:
    if not targets:
        return list(context.library.templates), []
    templates: list[Template] = []
    problems: list[str] = []
    for target in targets:
        path = Path(target)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.md") if p.name.lower() != "readme.md")
        elif path.is_file():
            files = [path]
        else:
            template = context.library.get(target)
            if template is None:
                problems.append(f"{target}: no such file, folder or template id.")
            else:
                templates.append(template)
            continue
        for file in files:
            template, file_problems = parse_template(file, "personal")
            problems.extend(str(problem) for problem in file_problems)
            if template is not None:
                templates.append(template)
    return templates, problems


def _table(reports: list[TemplateReport]) -> str:
    header = f"{'Template':<28} {'Ver':>3} {'Passed':>7} {'Cost':>12} {'Time':>8}  Verdict"
    lines = [header, "-" * len(header)]
    for r in reports:
        seconds = f"{r.latency_ms / 1000:.1f} s" if r.latency_ms else "-"
        cost = format_cost(r.cost, approximate=r.dry_run)
        lines.append(f"{r.template_id[:28]:<28} {r.version:>3} {f'{r.passed}/{len(r.cases)}':>7} "
                     f"{cost:>12} {seconds:>8}  {r.verdict()}")
    return "\n".join(lines)


def _try_cheaper(context: AppContext, templates: list[Template], problems: list[str], as_json: bool,
                 apply: bool = False) -> int:
    """Each template with a tier above quick: its cases on its tier and the next cheaper one."""
    from desktop.core.review.downgrade import CHEAPER, apply_cheaper_tier, try_cheaper

    tried = [(t, try_cheaper(context, t)) for t in templates if (t.tier or "").lower() in CHEAPER]
    reports = [report for _, report in tried]
    moved = [str(apply_cheaper_tier(context, t, r)) for t, r in tried if apply and r.passes_cheaper]
    if as_json:
        print(json.dumps({"problems": problems, "templates": [r.to_dict() for r in reports], "moved": moved},
                         indent=2))
    else:
        for report in reports:
            own = f"{sum(c.passed for c in report.own)}/{len(report.own)}"
            cheaper = f"{sum(c.passed for c in report.on_cheaper)}/{len(report.on_cheaper)}"
            print(f"{report.template_id[:28]:<28} {report.tier:>9} {own:>5}  {report.cheaper:>9} {cheaper:>5}  "
                  f"{report.verdict()}")
        for path in moved:
            print(f"Moved to the cheaper tier (see its history): {path}")
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        if not reports:
            print("No template above the quick tier to try.", file=sys.stderr)
    return 1 if problems else 0


def run(args: argparse.Namespace) -> int:
    context = AppContext()
    templates, problems = _templates(context, args.paths)
    if args.try_cheaper:
        if args.dry_run:
            print("--try-cheaper sends the test inputs to compare answers, so it cannot be combined with --dry-run.",
                  file=sys.stderr)
            return 2
        return _try_cheaper(context, templates, problems, args.json, args.apply)
    reports = [run_template_tests(context, template, dry_run=args.dry_run) for template in templates]
    failed = problems + [line for report in reports for line in report.failure_lines()]
    if args.json:
        print(json.dumps({"ok": not failed, "problems": problems, "templates": [r.to_dict() for r in reports]},
                         indent=2))
    else:
        if reports:
            print(_table(reports))
        if failed:
            print("\nFailed:", file=sys.stderr)
            for line in failed:
                print(f"  {line}", file=sys.stderr)
        elif reports:
            print(f"\nAll {len(reports)} template(s) passed.")
    if not reports and not problems:
        print("No templates to test.", file=sys.stderr)
        return 1
    return 1 if failed else 0
