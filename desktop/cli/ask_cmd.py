"""``promptdesk ask RUN_ID "make it shorter"``: a follow-up turn on a finished run.

The new version of the answer streams to stdout with the originals restored; a line on stderr
says which version it is, what it cost and how much came from the provider's prompt cache.
``--json`` prints the version, the follow-up's own run id, its usage and the text instead.
"""

from __future__ import annotations

import argparse
import json
import sys

from desktop.core.settings import TIERS


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("run_id", help="the run to continue (`promptdesk run --json` prints its id)")
    parser.add_argument("request", nargs="+", help='what to change, e.g. "make it shorter"')
    parser.add_argument("--tier", choices=TIERS, help="use this tier instead of the run's")
    parser.add_argument("--json", action="store_true", help="print the new version as JSON")


def run(args: argparse.Namespace) -> int:
    from desktop.cli.terminal import stream_printers
    from desktop.core.context import AppContext
    from desktop.core.send.followup import ask
    from desktop.core.send.pricing import format_cost
    from desktop.core.send.routing import friendly_model_name

    context = AppContext()
    on_text, on_status = stream_printers(not args.json)

    done = ask(context, args.run_id, " ".join(args.request), tier_override=args.tier, on_text=on_text,
               on_status=on_status)
    turn = done.run
    if args.json:
        print(json.dumps({
            "run_id": args.run_id, "version": done.version.number, "turn_run_id": turn.id,
            "provider": turn.provider, "model": turn.model, "input_tokens": turn.input_tokens,
            "output_tokens": turn.output_tokens, "cache_read_tokens": turn.cache_read_tokens,
            "cache_write_tokens": turn.cache_write_tokens, "cost": turn.actual_cost, "text": turn.response_text,
        }, ensure_ascii=False, indent=2))
        return 0
    print()
    cached = f" · {turn.cache_read_tokens:,} tokens read from the cache" if turn.cache_read_tokens else ""
    print(f"[{done.version.label} · {friendly_model_name(turn.provider, turn.model)} · "
          f"{format_cost(turn.actual_cost, approximate=False)}{cached}]", file=sys.stderr)
    return 0
