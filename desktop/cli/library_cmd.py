"""``promptdesk check [PATH ...]`` and ``promptdesk templates [--json]``.

``check`` is what an operator runs before sharing a change: every problem, one a line, as
``file:line: what to do``, and exit status 1 if there is any (so it also works in a script or
a git hook). Without paths it checks the whole library: bundled, team and personal. Each
template's ``.cases/*.yaml`` test cases are checked too.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.core.templates.library import (
    Library,
    Problem,
    Template,
    check_paths,
    parse_template,
)
from desktop.core.text import plural, them


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    if name == "check":
        parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                            help="template files or folders (default: the whole library)")
    else:
        parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def _library() -> Library:
    from desktop.core.context import AppContext

    return AppContext().library


def run(args: argparse.Namespace) -> int:
    if args.command == "check":
        return _check(args.paths)
    return _list(json_output=args.json)


def _check(paths: list[Path]) -> int:
    if paths:
        problems = check_paths(paths)
        templates = _templates_at(paths)
        checked = "the given templates"
    else:
        library = _library()
        problems = list(library.problems)
        templates = list(library.templates)
        checked = f"{len(library.templates)} templates in use"
    problems += _case_problems(templates)
    for problem in problems:
        print(problem)
    if problems:
        print(f"\n{plural(len(problems), 'problem')} found. Fix {them(len(problems))} and run check again.",
              file=sys.stderr)
        return 1
    print(f"No problems in {checked}.")
    return 0


def _templates_at(paths: list[Path]) -> list[Template]:
    """The templates read from the given files and folders (their problems come from ``check_paths``)."""
    templates: list[Template] = []
    for path in paths:
        if path.is_dir():
            templates.extend(Library([("team", path)]).templates)
        elif path.is_file() and path.suffix.lower() == ".md":
            template, _ = parse_template(path, "team")
            if template is not None:
                templates.append(template)
    return templates


def _case_problems(templates: list[Template]) -> list[Problem]:
    """Problems in the templates' ``.cases/*.yaml`` test cases, read the hardened way."""
    from desktop.core.review.evals import case_file_problems

    return [problem for template in templates for problem in case_file_problems(template)]


def template_row(template: Template, problems: list[Problem]) -> dict[str, Any]:
    return {
        "id": template.id, "title": template.title, "category": template.category,
        "tier": template.tier_label, "version": template.version, "source": template.source,
        "overrides": template.overrides, "content_hash": template.content_hash, "path": str(template.path),
        "problems": [str(p) for p in problems],
    }


def _list(*, json_output: bool) -> int:
    library = _library()
    # A problem belongs to a row when its file has that template's id (a broken team copy shows
    # beside the bundled one still in use); the rest are listed after the table.
    ids = {t.id for t in library.templates}
    rows = [template_row(t, [p for p in library.problems if p.path.stem == t.id]) for t in library.templates]
    broken = [p for p in library.problems if p.path.stem not in ids]
    if json_output:
        print(json.dumps({"templates": rows, "problems": [
            {"path": str(p.path), "line": p.line, "message": p.message} for p in broken]}, indent=2))
        return 0
    print(f"{'ID':<26} {'TITLE':<28} {'CATEGORY':<12} {'TIER':<10} {'VER':>3}  SOURCE")
    for row in rows:
        source = row["source"] + (f" (replaces {row['overrides']})" if row["overrides"] else "")
        print(f"{row['id']:<26} {row['title'][:28]:<28} {row['category'][:12]:<12} {row['tier']:<10} "
              f"{row['version']:>3}  {source}")
        for problem in row["problems"]:
            print(f"{'':<4}problem: {problem}")
    if broken:
        print(f"\n{plural(len(broken), 'problem')} (run 'promptdesk check' for details):")
        for problem in broken:
            print(f"  {problem}")
    return 0
