"""Team database figures (``python -m bench sync --store postgres``), on a real PostgreSQL server
started on 127.0.0.1 for the run (scripts/postgres.sh), beside the shared file in the same run.

- Syncing 100,000 waiting records into a fresh database (target < 5 s), beside the floor: the
  same rows COPYed in one transaction into a table without indexes.
- Each spend view over 10,000,000 records, 50 members over 24 months (target < 50 ms), beside
  the floor: one record read by id on an open connection. The rows are made on the server
  (generate_series), then indexed and analysed, as a database that has been running for years.
- 50 simulated members syncing every 30 s (each with a few new records a time), sustained for
  ``--soak-seconds`` (600 for the full figure), p50/p99 of one member's sync (target p99 < 1 s).
"""

from __future__ import annotations

import random
import statistics
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.common import line, median_time

if TYPE_CHECKING:
    from tests.helpers.pg_server import PgServer

NOW_MONTH = "2026-06"


def _use_database(root: Path, server: PgServer, name: str, user: str) -> Any:
    """A member context whose team.toml names database ``name`` (the admin login for speed of setup)."""
    import os

    from bench.sync import _member_context

    team = root / f"team-{name}"
    team.mkdir(exist_ok=True)
    (team / "team.toml").write_text("monthly_budget = 50000\n" + server.store_table(name), encoding="utf-8")
    os.environ["PROMPTDESK_TEAM_DB_PASSWORD"] = server.admin_password
    return _member_context(root / f"home-{name}-{user}", team, user)


def bench_sync(root: Path, server: PgServer, pending: int) -> None:
    from bench.sync import _bulk_record, _runs, report_sync, timed_sync
    from desktop.core.run import USAGE_FIELDS
    from desktop.core.usage import pg_store

    context = _use_database(root, server, server.new_database(), "ann")
    runs = _runs(pending, random.Random(1), "ann")
    _bulk_record(context.ledger, runs)
    timed = timed_sync(context, pending)

    floor_db = server.new_database()
    rows = [tuple(int(v) if isinstance(v, bool) else v for v in (getattr(run, n) for n in USAGE_FIELDS))
            for run in runs]
    columns = ", ".join(f'"{name}"' for name in USAGE_FIELDS)
    table = ", ".join(f'"{name}" {pg_store._type(pg_store._COLUMNS[name])}' for name in USAGE_FIELDS)
    with server.admin(floor_db) as conn:
        conn.execute(f"CREATE TABLE usage ({table})")
        started = time.perf_counter()
        with conn.transaction(), conn.cursor() as cur, cur.copy(f"COPY usage ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        floor = time.perf_counter() - started
    report_sync(context, "postgres: sync", pending, timed, ("one plain COPY, no indexes", floor))


_FILL = """
INSERT INTO usage (id, "user", machine, started_at, template_id, template_title, tier, provider, model,
                   input_tokens, output_tokens, actual_cost, reasoning_cost, status, revision, updated_at,
                   source, synced_at)
SELECT md5(g::text), 'member-' || (g %% %(members)s), 'bench',
       to_char(timestamp '2024-06-12 12:00' + random() * interval '730 days', 'YYYY-MM-DD"T"HH24:MI:SS.MS')
           || '+00:00',
       'template-' || (g %% 20), 'A template', (ARRAY['reasoning', 'execution', 'quick'])[1 + g %% 3],
       'anthropic', 'model-' || (g %% 4), 100 + g %% 3900, 50 + g %% 750, random() / 20, random() / 5,
       'done', 1, '2026-06-12', 'bench', '2026-06-12'
FROM generate_series(%(start)s, %(stop)s) AS g
"""


def _build(server: PgServer, database: str, rows: int, members: int) -> None:
    from desktop.core.usage import pg_store

    with server.admin(database) as conn:
        pg_store.migrate(conn)
        conn.execute("DROP INDEX usage_month, usage_member_month, usage_source_revision")
        chunk = 1_000_000
        for start in range(1, rows + 1, chunk):
            conn.execute(_FILL, {"members": members, "start": start, "stop": min(rows, start + chunk - 1)})
        conn.execute("SET maintenance_work_mem = '512MB'")
        for statement in pg_store._INDEXES:
            conn.execute(statement)
        conn.execute("VACUUM (ANALYZE) usage")  # index-only scans need the visibility map


def bench_spend(root: Path, server: PgServer, rows: int, members: int) -> None:
    from desktop.core.usage import budget
    from desktop.core.usage.sync import team_store

    database = server.new_database()
    started = time.perf_counter()
    _build(server, database, rows, members)
    line(f"postgres: build a database of {rows:,} records (setup)", f"{time.perf_counter() - started:.0f} s")
    context = _use_database(root, server, database, "member-3")
    context.ledger  # noqa: B018 - opened before timing, as in the running app
    with server.admin(database) as conn:
        in_month = conn.execute("SELECT count(*) FROM usage WHERE started_at >= %s AND started_at < %s",
                                ("2026-05", "2026-06")).fetchone()[0]
        first_id = conn.execute("SELECT id FROM usage LIMIT 1").fetchone()[0]
    line("  records in 2026-05 (team / one member)", f"{in_month:,} / ~{in_month // members:,}")
    store = team_store(context)
    assert store is not None
    reader = store.open_reader()
    assert reader is not None
    floor_ms = median_time(lambda: list(reader.execute("SELECT actual_cost FROM usage WHERE id = ?", [first_id])), repeat=7) * 1000
    reader.close()
    from datetime import UTC, datetime

    now = datetime(2026, 6, 12, 12, 0, tzinfo=UTC)
    views: dict[str, Callable[[], object]] = {
        "personal_spend (this month)": lambda: budget.personal_spend(context, now=now),
        "team_spend (this month)": lambda: budget.team_spend(context, now=now),
        "pending_alerts (all checks)": lambda: budget.pending_alerts(context, now=now),
        "personal_spend (a full month, 2026-05)": lambda: budget.personal_spend(context, "2026-05"),
        "team_spend (a full month, 2026-05)": lambda: budget.team_spend(context, "2026-05"),
    }
    assert budget.team_spend(context, now=now).source == "team file"
    for label, fn in views.items():
        ms = median_time(fn, repeat=7) * 1000
        line(f"postgres: {label} over {rows:,}", f"{ms:.1f} ms", f"target < 50 ms, {ms / floor_ms:.0f}x floor",
             ms < 50)
    line("  floor: one record by id on an open connection", f"{floor_ms:.2f} ms")


def bench_members(root: Path, server: PgServer, members: int, seconds: float, every_s: float = 30.0) -> None:
    """Each simulated member records a few runs, then syncs every ``every_s`` seconds (its first
    sync at a random moment of the first period), for ``seconds``; every sync is timed."""
    from desktop.core.run import DONE, Run
    from desktop.core.usage.ledger import open_ledger
    from desktop.core.usage.pg_store import PostgresStore
    from desktop.core.usage.store import store_settings

    database = server.new_database()
    contexts = [_use_database(root, server, database, f"member-{n}") for n in range(members)]
    for n, context in enumerate(contexts):  # each member its own ledger, as on its own computer
        context.__dict__["ledger"] = open_ledger(root / f"soak-{n}" / "ledger.db")
    settings = store_settings(contexts[0])
    samples: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds
    rng = random.Random(3)
    offsets = [rng.random() * every_s for _ in contexts]

    def member(context: Any, offset: float) -> None:
        store = PostgresStore(settings, member=context.user)
        ledger = context.ledger
        next_at = time.monotonic() + offset
        while True:
            wait = next_at - time.monotonic()
            if next_at >= stop_at:
                return
            if wait > 0:
                time.sleep(wait)
            for _ in range(random.randint(1, 5)):
                ledger.record(Run(user=context.user, status=DONE, actual_cost=0.01))
            started = time.perf_counter()
            try:
                store.push(ledger, shared_audit=False)
            except Exception as exc:  # counted and printed
                with lock:
                    failures.append(repr(exc))
            with lock:
                samples.append(time.perf_counter() - started)
            next_at += every_s

    threads = [threading.Thread(target=member, args=(c, o)) for c, o in zip(contexts, offsets, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    samples.sort()
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))] if samples else float("nan")
    line(f"postgres: {members} members syncing every {every_s:.0f} s for {seconds:.0f} s",
         f"p99 {p99 * 1000:.0f} ms", "target p99 < 1 s", p99 < 1)
    line("  syncs / median / failures", f"{len(samples)} / {statistics.median(samples) * 1000:.0f} ms / {len(failures)}")


def main(options: Any) -> None:
    from tests.helpers.pg_server import PgServer, unavailable_reason

    reason = unavailable_reason()
    if reason:
        print(f"  postgres: skipped, {reason}")
        return
    import tempfile

    server = PgServer()
    server.start()
    try:
        with tempfile.TemporaryDirectory(prefix="promptdesk-bench-pg-") as tmp:
            root = Path(tmp)
            bench_sync(root, server, options.pending)
            bench_spend(root, server, options.rows, options.members)
            if options.soak_seconds > 0:
                bench_members(root, server, options.members, options.soak_seconds)
    finally:
        server.remove()
