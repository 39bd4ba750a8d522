"""Sync and spend-view figures.

- Syncing 100,000 waiting records into a fresh team file (target < 5 s), beside the floor: the
  same usage rows written by one plain ``executemany`` in one transaction into an empty file.
  The waiting records are in time order, as a ledger fills.
- Each spend view over a team file of 1,000,000 records, 10 members over 24 months (target
  < 50 ms), beside the floor: opening the file and reading one record by id.
- One record synced into that file by a process that has not checked it yet: the cost of the
  integrity check (``PRAGMA quick_check``), then the next sync without it.

``--store postgres`` adds the team database's figures (``sync_pg.py``) in the same run.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bench.common import line, median_time

if TYPE_CHECKING:
    from desktop.core.context import AppContext
    from desktop.core.run import Run
    from desktop.core.usage.ledger import Ledger

PENDING = 100_000
SHARED_ROWS = 1_000_000
MEMBERS = 10
NOW = datetime(2026, 6, 12, 12, 0, tzinfo=UTC)


def _runs(count: int, rng: random.Random, user: str, months: int = 1) -> list[Run]:
    from desktop.core.run import DONE, Run

    start = NOW - timedelta(days=30 * months)
    span = (NOW - start).total_seconds()
    runs = [
        Run(user=user, status=DONE, template_id=f"template-{rng.randrange(20)}", template_title="A template",
            tier=rng.choice(("reasoning", "execution", "quick")), provider="anthropic",
            model=f"model-{rng.randrange(4)}", input_tokens=rng.randrange(100, 4000), output_tokens=rng.randrange(50, 800),
            actual_cost=rng.random() / 20, reasoning_cost=rng.random() / 5,
            started_at=(start + timedelta(seconds=rng.random() * span)).isoformat(timespec="milliseconds"))
        for _ in range(count)
    ]
    runs.sort(key=lambda run: run.started_at)  # a ledger fills as time goes by
    return runs


def _bulk_record(ledger: Ledger, runs: list[Run]) -> None:
    """Fill a ledger quickly (one transaction), the way a long-disconnected member's ledger looks."""
    from desktop.core.usage.ledger_schema import to_row

    rows = [to_row(run, ledger._columns) for run in runs]
    names = list(rows[0])
    sql = f"INSERT INTO runs ({', '.join(f'[{n}]' for n in names)}) VALUES ({', '.join('?' * len(names))})"
    with ledger.db.atomic():
        ledger._conn.executemany(sql, [[row[n] for n in names] for row in rows])


def _member_context(home: Path, team: Path, user: str) -> AppContext:
    os.environ["PROMPTDESK_HOME"] = str(home)
    os.environ["PROMPTDESK_TEAM_DIR"] = str(team)
    os.environ["PROMPTDESK_USER"] = user
    from desktop.core.context import AppContext
    from desktop.core.settings import UserSettings

    return AppContext(UserSettings())


def bench_sync(root: Path) -> None:
    from desktop.core.run import USAGE_FIELDS

    home, team = root / "sync-home", root / "sync-team"
    team.mkdir()
    context = _member_context(home, team, "ann")
    runs = _runs(PENDING, random.Random(1), "ann")
    _bulk_record(context.ledger, runs)
    took, cpu = timed_sync(context, PENDING)

    floor_file = root / "floor.db"
    rows = [tuple(getattr(run, name) for name in USAGE_FIELDS) for run in runs]
    started = time.perf_counter()
    with closing(sqlite3.connect(floor_file, isolation_level=None)) as conn:
        conn.execute(f"CREATE TABLE usage ({', '.join(USAGE_FIELDS)}, PRIMARY KEY (id))")
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO usage VALUES ({', '.join('?' * len(USAGE_FIELDS))})", rows)
        conn.execute("COMMIT")
    floor = time.perf_counter() - started
    report_sync(context, "sync", PENDING, (took, cpu), ("one plain executemany", floor))


def timed_sync(context: AppContext, pending: int) -> tuple[float, float]:
    """Seconds and CPU seconds of one sync that sends the ``pending`` records waiting."""
    from desktop.core.usage import sync

    started, cpu = time.perf_counter(), time.process_time()
    state = sync.sync_now(context)
    took, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert state.ok and state.sent == pending, state
    return took, cpu


def report_sync(context: AppContext, title: str, pending: int, timed: tuple[float, float], floor: tuple[str, float]) -> None:
    """The figures of a timed sync beside its floor (the same rows written in the plainest way),
    then a second sync with nothing waiting, timed."""
    from desktop.core.usage import sync

    (took, cpu), (floor_words, floor_s) = timed, floor
    line(f"{title} {pending:,} waiting records", f"{took:.2f} s", "target < 5 s", took < 5)
    line(f"  floor: same rows, {floor_words}", f"{floor_s:.2f} s", f"ratio {took / floor_s:.1f}x")
    line("  records per second", f"{pending / took:,.0f}")
    line("  CPU time of this process (load on a shared machine aside)", f"{cpu:.2f} s")
    started = time.perf_counter()
    again = sync.sync_now(context)
    line("  sync again with nothing waiting", f"{(time.perf_counter() - started) * 1000:.1f} ms", f"sent {again.sent}")


def _build_shared(team: Path) -> None:
    from desktop.core.run import USAGE_FIELDS
    from desktop.core.usage import shared_file
    from desktop.core.usage.migrations import migrate

    rng = random.Random(2)
    with closing(sqlite3.connect(shared_file.shared_path(team), isolation_level=None)) as conn:
        migrate(conn, shared_file.MIGRATIONS)
        conn.execute("BEGIN")
        chunk = 50_000
        for _ in range(SHARED_ROWS // chunk):
            runs = [run for m in range(MEMBERS) for run in _runs(chunk // MEMBERS, rng, f"member-{m}", months=24)]
            conn.executemany(shared_file.UPSERT, [
                (*(getattr(run, name) for name in USAGE_FIELDS), None, 1, run.started_at, "bench", run.started_at,
                 None, None)  # no audit answer, no follow-up link
                for run in runs])
        conn.execute("COMMIT")
        conn.execute("ANALYZE")


def bench_spend(root: Path) -> None:
    from desktop.core.usage import budget, sync

    home, team = root / "spend-home", root / "spend-team"
    team.mkdir()
    started = time.perf_counter()
    _build_shared(team)
    line(f"build a team file of {SHARED_ROWS:,} records (setup)", f"{time.perf_counter() - started:.1f} s")
    (team / "team.toml").write_text('monthly_budget = 5000\n[personal_budgets]\n"member-3" = 400\n', encoding="utf-8")
    context = _member_context(home, team, "member-3")
    context.ledger  # noqa: B018 - opened before timing, as in the running app
    month = NOW.strftime("%Y-%m")
    first_id = None
    with closing(sqlite3.connect(sync.shared_path(team))) as conn:
        first_id = conn.execute("SELECT id FROM usage LIMIT 1").fetchone()[0]
        in_month = conn.execute("SELECT count(*) FROM usage WHERE started_at >= ? AND started_at < ?",
                                (month, "2026-07")).fetchone()[0]
        in_may = conn.execute("SELECT count(*) FROM usage WHERE started_at >= '2026-05' AND started_at < '2026-06'"
                              ).fetchone()[0]
    line("  records in this month so far (team / one member)", f"{in_month:,} / ~{in_month // MEMBERS:,}")
    line("  records in 2026-05 (team / one member)", f"{in_may:,} / ~{in_may // MEMBERS:,}")

    def floor() -> None:
        with closing(sqlite3.connect(f"{sync.shared_path(team).as_uri()}?mode=ro", uri=True)) as conn:
            conn.execute("SELECT actual_cost FROM usage WHERE id = ?", (first_id,)).fetchone()

    floor_ms = median_time(floor, repeat=7) * 1000
    views: dict[str, Callable[[], object]] = {
        "personal_spend (this month)": lambda: budget.personal_spend(context, now=NOW),
        "team_spend (this month)": lambda: budget.team_spend(context, now=NOW),
        "month_status(team)": lambda: budget.month_status(context, now=NOW),
        "month_status(personal)": lambda: budget.month_status(context, scope="personal", now=NOW),
        "pending_alerts (all checks)": lambda: budget.pending_alerts(context, now=NOW),
        "personal_spend (a full month, 2026-05)": lambda: budget.personal_spend(context, "2026-05"),
        "team_spend (a full month, 2026-05)": lambda: budget.team_spend(context, "2026-05"),
    }
    assert budget.team_spend(context, now=NOW).source == "team file"
    for label, fn in views.items():
        ms = median_time(fn, repeat=7) * 1000
        line(f"{label} over {SHARED_ROWS:,}", f"{ms:.1f} ms", f"target < 50 ms, {ms / floor_ms:.0f}x floor", ms < 50)
    line("  floor: open the file, read one record by id", f"{floor_ms:.2f} ms")

    # The first sync of a process checks the file's integrity (again when it is replaced,
    # shrinks, or an hour has passed).
    from desktop.core.run import DONE, Run

    context.ledger.record(Run(user="member-3", status=DONE, actual_cost=0.01))
    started = time.perf_counter()
    state = sync.sync_now(context)
    took = (time.perf_counter() - started) * 1000
    assert state.ok and state.sent == 1, state
    line(f"first sync (1 record) into the {SHARED_ROWS:,}-record file", f"{took:.0f} ms", "with quick_check")
    context.ledger.record(Run(user="member-3", status=DONE, actual_cost=0.01))
    started = time.perf_counter()
    assert sync.sync_now(context).sent == 1
    line("  next sync (1 record), no check due", f"{(time.perf_counter() - started) * 1000:.0f} ms")
    size_mb = sync.shared_path(team).stat().st_size / 1e6
    line("  team file size", f"{size_mb:.0f} MB")


def _options(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench sync")
    parser.add_argument("--store", choices=("file", "postgres"), default="file",
                        help="postgres: the team database figures too, beside the file's")
    parser.add_argument("--pending", type=int, default=PENDING, help="waiting records to sync (postgres)")
    parser.add_argument("--rows", type=int, default=10_000_000, help="records in the database for the views")
    parser.add_argument("--members", type=int, default=50, help="members in the database and the soak")
    parser.add_argument("--soak-seconds", type=float, default=60.0,
                        help="how long the members sync every 30 s (600 for the full figure; 0: skip)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    options = _options(list(argv or []))
    saved = {name: os.environ.get(name) for name in
             ("PROMPTDESK_HOME", "PROMPTDESK_TEAM_DIR", "PROMPTDESK_USER", "PROMPTDESK_TEAM_DB_PASSWORD")}
    try:
        with tempfile.TemporaryDirectory(prefix="promptdesk-bench-sync-") as tmp:
            bench_sync(Path(tmp))
            if options.store == "postgres":
                from bench import sync_pg

                sync_pg.main(options)
            bench_spend(Path(tmp))
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


if __name__ == "__main__":
    main(sys.argv[1:])
