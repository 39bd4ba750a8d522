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

from desktop.core.errors import ErrorKind, SyncError
from desktop.core.money import money
from desktop.core.text import plural


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    if name == "sync":
        parser.add_argument("--rebuild", action="store_true",
                            help="move a damaged team file aside, start a fresh one and send this computer's records")
    else:
        parser.add_argument("--team", action="store_true", help="the team's spend instead of yours")
        parser.add_argument("--month", metavar="YYYY-MM", help="which month (default: this month)")
        parser.add_argument("--routing", action="store_true",
                            help="what each tier choice cost against all on the reasoning tier, per template and "
                                 "month, from recorded usage")
        parser.add_argument("--months", type=int, default=6, metavar="N",
                            help="with --routing: how many months up to --month (default: 6)")


def run(args: argparse.Namespace) -> int:
    from desktop.core.context import AppContext
    from desktop.core.logs import setup_logging

    setup_logging()  # the technical detail of a sync problem goes to the log; the person gets plain words
    context = AppContext()
    if args.command == "sync":
        return _sync(context, args)
    if getattr(args, "routing", False):
        return _routing(context, args)
    return _spend(context, args)


def _sync(context: Any, args: argparse.Namespace) -> int:
    from desktop.core.usage.sync import rebuild_shared, sync_now

    moved_to = None
    if args.rebuild:
        if context.team_dir is None:
            raise SyncError("No team folder is set, so there is no team file to rebuild.", kind=ErrorKind.NO_TEAM)
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
    return plural(count, "answered run")


def _spend(context: Any, args: argparse.Namespace) -> int:
    from desktop.core.usage.budget import personal_spend, team_spend
    from desktop.core.usage.cache_savings import cache_saving

    if args.team:
        team = team_spend(context, args.month)
        if args.json:
            print(json.dumps(asdict(team), indent=2))
            return 0
        budget = f" of {money(team.budget)}" if team.budget else ""
        print(f"Team spend in {team.month}: {money(team.total)}{budget} ({_runs(team.runs)}, "
              f"{_source(context, team.source)})")
        for member, cost in team.by_member.items():
            print(f"  {member or '(no name)':<24} {money(cost):>12}")
        return 0
    mine = personal_spend(context, args.month)
    cached = cache_saving(context, mine.month)
    if args.json:
        data = asdict(mine)
        if cached is not None:
            data["saved_by_reusing_documents"] = round(cached.net, 10)
            data["cache_read_tokens"], data["cache_write_tokens"] = cached.read_tokens, cached.write_tokens
        print(json.dumps(data, indent=2))
        return 0
    budget = f" of your {money(mine.budget)}" if mine.budget else ""
    print(f"Your spend in {mine.month}: {money(mine.total)}{budget} ({_runs(mine.runs)}, "
          f"{_source(context, mine.source)})")
    if mine.saved_by_routing > 0:
        print(f"Routing saved you {money(mine.saved_by_routing)} this month.")
    if cached is not None and cached.sentence:
        print(cached.sentence)
    for title, figures in (("By template", mine.by_template), ("By tier", mine.by_tier),
                           ("By model", mine.by_model)):
        _print_costs(title, sorted(figures.items(), key=lambda item: (-item[1], item[0])))
    _print_costs("By day", list(mine.by_day.items()))
    return 0


def _source(context: Any, source: str) -> str:
    if source == "team file":
        return "from the team file"
    if context.team_dir is None:
        return ("from this computer only: no team folder is set. Choose one in Settings → Team folder, "
                "or set PROMPTDESK_TEAM_DIR")
    return "from this computer only: the team file cannot be read"


def _print_costs(title: str, rows: list[tuple[str, float]]) -> None:
    if rows:
        print(f"{title}:")
        for name, cost in rows:
            print(f"  {name or '(none)':<32} {money(cost):>12}")


def _routing(context: Any, args: argparse.Namespace) -> int:
    from desktop.core.usage.savings import FREE_FORM, routing_savings

    report = routing_savings(context, months=args.months, last_month=args.month, team=args.team)
    if args.json:
        print(json.dumps({"scope": report.scope, "first_month": report.first_month, "last_month": report.last_month,
                          "source": report.source, "cost": report.cost, "all_on_reasoning": report.all_on_reasoning,
                          "saved": report.saved, "rows": [asdict(row) | {"saved": row.saved} for row in report.rows]},
                         indent=2))
        return 0
    who = "The team's" if report.scope == "team" else "Your"
    span = report.first_month if report.first_month == report.last_month else \
        f"{report.first_month} to {report.last_month}"
    source = "from the team file" if report.source == "team file" else "from this computer only"
    print(f"{who} routing savings, {span} ({source}):")
    if not report.rows:
        print("  No answered runs in these months yet.")
        return 0
    print(f"  {_runs(sum(r.runs for r in report.rows))} cost {money(report.cost)}; all on the reasoning tier "
          f"they would have cost {money(report.all_on_reasoning)}. Saved {money(report.saved)} "
          f"({report.saved_share:.0%}).")
    header = f"  {'':<32} {'runs':>6} {'cost':>10} {'all reasoning':>14} {'saved':>10}"
    for title, key in (("By month", "month"), ("By template", "template_id"), ("By tier", "tier")):
        print(f"{title}:")
        print(header)
        for name, (runs, cost, reasoning) in report.by(key).items():
            label = "Ask anything / free-form" if key == "template_id" and name == FREE_FORM else name or "(none)"
            print(f"  {label:<32} {runs:>6} {money(cost):>10} {money(reasoning):>14} "
                  f"{money(max(0.0, reasoning - cost)):>10}")
    return 0
