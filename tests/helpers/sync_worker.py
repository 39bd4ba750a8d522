"""A real Promptdesk process for the sync reliability tests.

    python -m tests.helpers.sync_worker sync [--records N] [--batch B] [--barrier] [--kill-after K]
                                             [--pause-after-rows N]
    python -m tests.helpers.sync_worker hold-lock PATH

``sync`` is one member's app: it uses PROMPTDESK_HOME, PROMPTDESK_TEAM_DIR and PROMPTDESK_USER
from the environment, records ``--records`` new runs in its local ledger, then (after a line on
stdin when ``--barrier`` is given, so several processes start syncing at the same moment)
syncs and prints the resulting SyncState as JSON. Exit 0 when the state is ok, 3 otherwise.

``--kill-after K`` makes the process SIGKILL itself after K SQLite progress callbacks (one
every 50 virtual-machine steps, on every connection: the local ledger and the team file), a
moment inside a statement chosen by the test, independent of how fast the machine is.

With a team database (PostgreSQL) as the store, the kill moments also count each statement,
each row copied into a batch and each commit (before and after). ``--pause-after-rows N``
stops inside a batch's transaction after N rows, prints ``mid-transaction`` and waits for a
line on stdin, so a test can stop the server at that moment.

``hold-lock PATH`` takes an exclusive lock on a SQLite file, prints ``locked``, and keeps it
until a line arrives on stdin: another member's app stuck in the middle of a write.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import sys
from dataclasses import asdict
from typing import Any


def _install_killer(after: int) -> None:
    real_connect = sqlite3.connect
    calls = 0

    def tick() -> int:
        nonlocal calls
        calls += 1
        if calls >= after:
            os.kill(os.getpid(), signal.SIGKILL)
        return 0

    _on_postgres_steps(tick)

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)
        conn.set_progress_handler(tick, 50)
        return conn

    sqlite3.connect = connect  # type: ignore[assignment]


def _on_postgres_steps(step: Any) -> None:
    """Call ``step()`` around each PostgreSQL step of a sync: every statement, every row copied
    into a batch, and just before and just after each commit (a team database as the store)."""
    import psycopg

    def wrap(cls: Any, name: str, after: bool = False) -> None:
        real = getattr(cls, name)

        def stepped(*args: Any, **kwargs: Any) -> Any:
            step()
            result = real(*args, **kwargs)
            if after:
                step()
            return result

        setattr(cls, name, stepped)

    wrap(psycopg.Connection, "execute")
    wrap(psycopg.Cursor, "execute")
    wrap(psycopg.Copy, "write_row")
    wrap(psycopg.Transaction, "__exit__", after=True)


def _pause_mid_batch(after_rows: int) -> None:
    """After ``after_rows`` rows copied into a batch, say ``mid-transaction`` and wait for a
    line on stdin: the test stops the server while this batch's transaction is open."""
    rows = 0

    def step() -> None:
        nonlocal rows
        rows += 1
        if rows == after_rows:
            print("mid-transaction", flush=True)
            sys.stdin.readline()

    import psycopg

    real = psycopg.Copy.write_row

    def write_row(self: Any, row: Any) -> None:
        step()
        real(self, row)

    psycopg.Copy.write_row = write_row  # type: ignore[method-assign]


def _sync(args: argparse.Namespace) -> int:
    from desktop.core.context import AppContext
    from desktop.core.run import DONE, Run
    from desktop.core.usage import sync

    if args.batch:
        from desktop.core.usage import pg_store

        sync.BATCH_ROWS = pg_store.BATCH_ROWS = args.batch
    context = AppContext()
    ledger = context.ledger
    for n in range(args.records):
        ledger.record(Run(user=context.user, template_id=f"t{n % 7}", tier="execution", model="fake-model",
                          status=DONE, actual_cost=0.001, reasoning_cost=0.004, input_tokens=100 + n))
    if args.barrier:
        print("ready", flush=True)
        sys.stdin.readline()
    if args.pause_after_rows:
        _pause_mid_batch(args.pause_after_rows)
    if args.kill_after:
        _install_killer(args.kill_after)
        # Connections opened from here on tick, the ledger's too: reopen it.
        ledger.close()
        del context.__dict__["ledger"]
    state = sync.sync_now(context)
    print(json.dumps(asdict(state)), flush=True)
    return 0 if state.ok else 3


def _hold_lock(path: str) -> int:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    print("locked", flush=True)
    sys.stdin.readline()
    conn.execute("ROLLBACK")
    conn.close()
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="sync_worker")
    sub = parser.add_subparsers(dest="mode", required=True)
    s = sub.add_parser("sync")
    s.add_argument("--records", type=int, default=0)
    s.add_argument("--batch", type=int, default=0)
    s.add_argument("--barrier", action="store_true")
    s.add_argument("--kill-after", type=int, default=0)
    s.add_argument("--pause-after-rows", type=int, default=0)
    h = sub.add_parser("hold-lock")
    h.add_argument("path")
    args = parser.parse_args(argv)
    if args.mode == "hold-lock":
        return _hold_lock(args.path)
    return _sync(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
