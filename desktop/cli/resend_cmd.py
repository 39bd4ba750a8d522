"""``promptdesk resend [RUN_ID] [--yes] [--json]``: send again a run that got no answer.

Without an id it lists the runs waiting to send and the runs sent without their answer being
saved. A run of the second kind ("sent, answer not received — may have been billed") is sent
again only after the question is answered yes (or with ``--yes``); a script without a terminal
gets the question and exit status 3, like ``run`` when a cost needs confirmation.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.cli.terminal import confirm, report_run, stream_printers
from desktop.core.errors import PromptdeskError


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("run_id", nargs="?", metavar="RUN_ID", help="the run to send again (default: list them)")
    parser.add_argument("--yes", "-y", action="store_true",
                        help="send again even a run that may have been answered and billed already")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _list(context: Any, as_json: bool) -> int:
    ledger = context.ledger
    ledger.recover_interrupted()
    waiting, unconfirmed = ledger.waiting(), ledger.unconfirmed()
    if as_json:
        print(json.dumps({"waiting": [_row(r) for r in waiting], "unconfirmed": [_row(r) for r in unconfirmed]},
                         indent=2))
        return 0
    if not waiting and not unconfirmed:
        print("Nothing is waiting to be sent again.")
        return 0
    for title, runs in (("Waiting to send", waiting), ("Sent, answer not received — may have been billed",
                                                         unconfirmed)):
        if runs:
            print(f"{title}:")
            for run in runs:
                print(f"  {run.id}  {run.started_at[:16].replace('T', ' ')}  {run.template_title or run.template_id}")
    print("\nSend one again with: promptdesk resend RUN_ID")
    return 0


def _row(run: Any) -> dict[str, Any]:
    return {"id": run.id, "started_at": run.started_at, "template": run.template_id, "status": run.status,
            "error_message": run.error_message, "estimated_cost": run.estimated_cost}


def run(args: argparse.Namespace) -> int:
    from desktop.core.context import AppContext
    from desktop.core.send import pipeline

    context = AppContext()
    if not args.run_id:
        return _list(context, args.json)
    on_text, on_status = stream_printers(not args.json)
    try:
        result = pipeline.resend(context, args.run_id, on_text=on_text, on_status=on_status)
    except PromptdeskError as exc:
        if exc.kind != "unconfirmed":
            raise
        if not confirm(exc.message, args.yes, prompt="Send it again?", hint="send it again anyway"):
            return 3
        context.ledger.allow_resend(args.run_id)
        result = pipeline.resend(context, args.run_id, on_text=on_text, on_status=on_status)
    return report_run(result, args.json, hidden=("vault", "fields", "rendered_prompt"))  # originals stay out
