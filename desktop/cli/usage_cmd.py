"""``promptdesk sync`` and ``promptdesk spend``: the usage commands for operators and scripts.

``sync`` exits 0 when everything waiting reached the team file and 1 when records still wait
(the message says why), so scripts can tell the two apart. ``spend`` prints where its figures
come from, because from this computer alone the team total is only this member's share.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from desktop.core.errors import SyncError
from desktop.core.text import plural


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    if name == "sync":
        parser.add_argument("--rebuild", action="store_true",
                            help="move a damaged team file aside, start a fresh one and send this computer's records")
    else:
        parser.add_argument("--team", action="store_true", help="the team's spend instead of yours")
        parser.add_argument("--month", metavar="YYYY-MM", help="which month (default: this month)")


def run(args: argparse.Namespace) -> int:
    from desktop.core.context import AppContext

    context = AppContext()
    if args.command == "sync":
        return _sync(context, args)
    return _spend(context, args)


def _sync(context: Any, args: argparse.Namespace) -> int:
    from desktop.core.usage.sync import rebuild_shared, sync_now

    moved_to = None
    if args.rebuild:
        if context.team_dir is None:
            raise SyncError("No team folder is set, so there is no team file to rebuild.", kind="no_team")
        moved_to = rebuild_shared(context.team_dir)
    state = sync_now(context)
    if args.json:
        data = asdict(state)
        if moved_to is not None:
            data["moved_aside"] = str(moved_to)
        print(json.dumps(data, indent=2))
    else:
        if moved_to is not None:
            print(f"Started a fresh team file. The old one is kept as {moved_to}.")
        print(state.message)
        if state.sent:
            print(f"Sent {plural(state.sent, 'record')}.")
    return 0 if state.ok else 1


def _runs(count: int) -> str:
    return f"{count} answered run{'' if count == 1 else 's'}"


def _money(value: float) -> str:
    from desktop.core.money import money  # the app's one money format

    return money(value)


def _spend(context: Any, args: argparse.Namespace) -> int:
    from desktop.core.usage.budget import personal_spend, team_spend

    data = team_spend(context, args.month) if args.team else personal_spend(context, args.month)
    if args.json:
        print(json.dumps(data, indent=2))
        return 0
    if data["source"] == "team file":
        source = "from the team file"
    elif context.team_dir is None:
        source = ("from this computer only: no team folder is set. Choose one in Settings → Team folder, "
                  "or set PROMPTDESK_TEAM_DIR")
    else:
        source = "from this computer only: the team file cannot be read"
    if args.team:
        budget = f" of {_money(data['budget'])}" if data["budget"] else ""
        print(f"Team spend in {data['month']}: {_money(data['total'])}{budget} ({_runs(data['runs'])}, {source})")
        for member, cost in data["by_member"].items():
            print(f"  {member or '(no name)':<24} {_money(cost):>12}")
        return 0
    budget = f" of your {_money(data['budget'])}" if data["budget"] else ""
    print(f"Your spend in {data['month']}: {_money(data['total'])}{budget} ({_runs(data['runs'])}, {source})")
    if data["saved_by_routing"] > 0:
        print(f"Routing saved you {_money(data['saved_by_routing'])} this month.")
    for title, key in (("By template", "by_template"), ("By tier", "by_tier"), ("By model", "by_model"),
                       ("By day", "by_day")):
        if data[key]:
            print(f"{title}:")
            for name, cost in sorted(data[key].items(), key=lambda item: (-item[1], item[0])) \
                    if key != "by_day" else data[key].items():
                print(f"  {name or '(none)':<32} {_money(cost):>12}")
    return 0
