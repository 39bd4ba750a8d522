"""``promptdesk team``: set up and run the team from the command line.

``team init [FOLDER]`` creates the folder layout, ``team show [--json]`` prints the settings and
every problem with its line, ``team set KEY VALUE`` changes one setting (the same checks and the
same comment-keeping, atomic save as the Team set-up screen), ``team export-usage`` and
``team export-audit`` write CSV or XLSX for the operator.

Exit codes: 0 done; 1 ``show`` found problems in team.toml; 2 refused, with a plain message.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.core.errors import ErrorKind, SettingsError
from desktop.core.text import json_ready

ACTIONS = ("init", "show", "set", "export-usage", "export-audit")


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    init = actions.add_parser("init", help="create team.toml and prompts/ in a team folder")
    init.add_argument("folder", nargs="?", help="the team folder (default: the one in your settings)")
    init.add_argument("--name", default="", help="the team's name")
    show = actions.add_parser("show", help="print the team settings and any problem in them")
    show.add_argument("--json", action="store_true", help="print the result as JSON")
    change = actions.add_parser("set", help="change one team setting (operators only)")
    change.add_argument("key", help="e.g. monthly_budget, personal_budgets.sam, tiers.quick, sensitive_terms")
    change.add_argument("value", help='e.g. 200, 40, "openai:gpt-4o-mini", "Acme, Project Falcon"; "none" removes')
    for action in ("export-usage", "export-audit"):
        export = actions.add_parser(action, help=f"write the month's {action[7:]} as CSV or XLSX")
        export.add_argument("--month", metavar="YYYY-MM", help="which month (default: this month)")
        export.add_argument("--out", metavar="FILE", required=True, help="a .csv or .xlsx file to write")


def run(args: argparse.Namespace) -> int:
    from desktop.core.context import AppContext

    context = AppContext()
    if args.action == "init":
        return _init(context, args)
    if context.team_dir is None:
        raise SettingsError("No team folder is set. Choose one in Settings → Team folder, set PROMPTDESK_TEAM_DIR, "
                            "or create one with `promptdesk team init FOLDER`.", kind=ErrorKind.NO_TEAM)
    if args.action == "show":
        return _show(context, args)
    if args.action == "set":
        return _set(context, args)
    return _export(context, args)


def _init(context: Any, args: argparse.Namespace) -> int:
    from desktop.core.team_file import init_team_folder

    folder = Path(args.folder).expanduser() if args.folder else context.team_dir
    if folder is None:
        raise SettingsError("Say which folder to set up: `promptdesk team init FOLDER`.", kind=ErrorKind.NO_TEAM)
    path = init_team_folder(folder, args.name)
    print(f"Set up the team folder {folder}: {path.name} and prompts/.")
    if context.team_dir is None:
        context.settings.set("team_dir", str(folder.resolve()))
        context.save_settings()
        print("Promptdesk on this computer now uses this team folder.")
    print("Change the settings with `promptdesk team set KEY VALUE` or Team set-up in the app.")
    return 0


def _show(context: Any, args: argparse.Namespace) -> int:
    from desktop.core.team_file import can_edit

    team = context.team
    editable = can_edit(context.team_dir)
    if args.json:
        data = {key: value for key, value in asdict(team).items() if key not in ("problems", "source")}
        data["problems"] = [asdict(problem) for problem in team.problems]
        data.update(file=team.source, can_edit=editable, sending_blocked=context.sending_blocked)
        print(json.dumps(json_ready(data), indent=2, allow_nan=False))
        return 1 if team.problems else 0
    print(f"Team settings from {team.source}")
    for line in describe_team(team):
        print(f"  {line}")
    print("You can change these settings." if editable else "Only your operator can change these settings.")
    if team.problems:
        print("Problems:")
        for problem in team.problems:
            print(f"  {problem.text(team.source)}")
    if context.sending_blocked:
        print(context.sending_blocked)
    return 1 if team.problems else 0


def describe_team(team: Any) -> list[str]:
    """The settings in words, one a line."""
    from desktop.core.money import money

    lines = [f"Name: {team.name or '(none)'}",
             f"Monthly budget: {money(team.monthly_budget) if team.monthly_budget else 'none'}",
             f"Alerts at: {', '.join(f'{t}%' for t in team.alert_thresholds) or 'never'}",
             f"Approval above: {money(team.approval_threshold) if team.approval_threshold else 'never asked'}",
             f"Sensitive terms: {', '.join(team.sensitive_terms) or 'none'}",
             f"Shared audit: {'on' if team.shared_audit else 'off'}",
             f"Members may change tiers: {'yes' if team.members_may_change_tiers else 'no'}",
             f"Country: {team.country or '(each person’s own)'}"]
    lines += [f"Personal budget of {name}: {money(amount)}" for name, amount in team.personal_budgets.items()]
    lines += [f"Tier {tier}: {pin.provider} {pin.model}" for tier, pin in team.tiers.items()]
    return lines


def _set(context: Any, args: argparse.Namespace) -> int:
    from desktop.core.team_file import READ_ONLY_MESSAGE, can_edit, edit_from_text, read_text, save_edits

    if not can_edit(context.team_dir):
        raise SettingsError(READ_ONLY_MESSAGE, kind=ErrorKind.READ_ONLY)
    edit = edit_from_text(args.key, args.value)
    result = save_edits(context.team_dir, [edit], read_text(context.team_dir))
    for change in result.merged:
        print(f"Kept a change made meanwhile by someone else: {change.key}.")
    print(f"Saved {'.'.join(edit.path)}.")
    context.reload_team()
    if context.team.problems:
        print("team.toml still has problems (`promptdesk team show` lists them).")
    return 0


def _export(context: Any, args: argparse.Namespace) -> int:
    from desktop.core.usage.exports import audit_table, usage_table, write_table

    month = args.month or datetime.now(UTC).strftime("%Y-%m")
    table = usage_table(context, month) if args.action == "export-usage" else audit_table(context, month)
    count = write_table(table, Path(args.out).expanduser())
    where = "the team file" if table.source == "team file" else "this computer only (the team file cannot be read)"
    print(f"Wrote {count} row{'s' if count != 1 else ''} for {month} to {args.out}, from {where}.")
    if args.action == "export-audit" and not context.team.shared_audit:
        print("Prompt texts are not included: the team has not turned on shared audit.")
    return 0
