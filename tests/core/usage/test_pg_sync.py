"""Sync into a PostgreSQL team database: the shared file's guarantees on a real server."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.core.errors import SettingsError
from desktop.core.run import Run
from desktop.core.settings import parse_team_settings
from desktop.core.usage import budget, pg_read, pg_store, sync
from desktop.core.usage.store import POSTGRES, parse_store_settings, store_settings
from tests.core.usage.conftest import PgTeam
from tests.core.usage.test_sync import member, record


def test_team_toml_names_the_store_and_never_holds_the_password(pg_team: PgTeam) -> None:
    settings = parse_store_settings({"kind": "postgres", "host": "db.example.com"})
    assert (settings.kind, settings.port, settings.sslmode, settings.user) == (POSTGRES, 5432, "require", "{member}")
    assert settings.sslmode_in_words == "always encrypted; the server's certificate is not checked"
    for store, words in ((({"kind": "postgres", "host": "h", "password": "x"}),
                          "the database password must not be in team.toml"),
                         (({"kind": "postgres", "host": "h", "sslmode": "on"}), "sslmode 'on' is not one of"),
                         (({"kind": "postgres"}), "store.host is missing"),
                         (({"kind": "postgres", "hots": "h"}), "unknown setting 'store.hots' — did you mean 'host'?")):
        with pytest.raises(SettingsError, match=words):
            parse_store_settings(store)
        team = parse_team_settings({"store": store, "monthly_budget": 100})
        assert words in team.problem_text() and team.monthly_budget == 100  # the other settings stay
        assert team.store == store and not team.blocked_reason()  # records wait; sending is not blocked
    assert store_settings(member("ann", pg_team.team_dir)).kind == POSTGRES


def test_a_store_table_that_cannot_be_used_sends_nothing_anywhere(tmp_path: Path, pg_team: PgTeam) -> None:
    """Fail closed: not to the team file instead of the database the operator meant."""
    (pg_team.team_dir / "team.toml").write_text('[store]\nkind = "postgres"\nhots = "db"\n', encoding="utf-8")
    ann = member("ann", tmp_path)
    record(ann, 2)
    state = sync.sync_now(ann)
    assert (state.ok, state.problem_kind, state.waiting) == (False, "settings", 2)
    assert state.message.startswith("The team's store settings in team.toml cannot be used (unknown setting "
                                    "'store.hots'")
    assert not (pg_team.team_dir / "usage.db").exists()
    assert budget.team_spend(ann).source == "this computer"


def test_first_sync_sets_up_the_database_and_sends_every_record_over_tls(tmp_path: Path, pg_team: PgTeam) -> None:
    ann = member("ann", tmp_path)
    runs = record(ann, 3)
    state = sync.sync_now(ann)
    assert (state.ok, state.sent, state.waiting, state.message) == (True, 3, 0, "Synced just now")
    assert sorted(r[0] for r in pg_team.rows()) == sorted(r.id for r in runs)
    names = [r[0] for r in pg_team.rows("SELECT name FROM _migrations ORDER BY name")]
    assert names == [name for name, _ in pg_store.MIGRATIONS]
    conn = pg_store.connect(parse_store_settings(ann.team.store), "ann")
    assert conn.info.pgconn.ssl_in_use
    conn.close()


def test_syncing_again_sends_nothing_twice(tmp_path: Path, pg_team: PgTeam) -> None:
    ann = member("ann", tmp_path)
    record(ann, 5)
    sync.sync_now(ann)
    again = sync.sync_now(ann)
    assert (again.ok, again.sent, again.waiting) == (True, 0, 0)
    assert len(pg_team.rows()) == 5


def test_a_review_after_sync_arrives_and_an_older_revision_never_overwrites(tmp_path: Path, pg_team: PgTeam) -> None:
    ann = member("ann", tmp_path)
    [run] = record(ann)
    sync.sync_now(ann)
    ann.ledger.update_review(run.id, checklist_ticked=2, checklist_total=2, approved=True, feedback=1)
    assert sync.sync_now(ann).sent == 1
    assert pg_team.rows("SELECT approved, feedback, checklist_ticked, revision FROM usage") == [(1, 1, 2, 2)]
    # An old copy of the ledger (revision 1) sending again changes nothing.
    with pg_team.admin() as conn:
        conn.execute(pg_store._INCOMING)
        values = [_row(conn, run.id, revision=1, approved=0)]
        pg_store.write_batch(conn, values)
        assert conn.execute("SELECT approved, revision FROM usage").fetchall() == [(1, 2)]


def _row(conn, run_id: str, **changes: object) -> tuple:  # type: ignore[no-untyped-def]
    names = pg_store._INSERT_COLUMNS
    row = conn.execute(f"SELECT {pg_store._NAMES} FROM usage WHERE id = %s", (run_id,)).fetchone()
    return tuple(changes.get(name, value) for name, value in zip(names, row, strict=True))


def test_records_lost_from_the_database_are_all_sent_again(tmp_path: Path, pg_team: PgTeam) -> None:
    """A database restored from an old backup lacks records this ledger sent: count check, resend."""
    ann = member("ann", tmp_path)
    runs = record(ann, 4)
    sync.sync_now(ann)
    with pg_team.admin() as conn:
        conn.execute("DELETE FROM usage WHERE id = %s", (runs[0].id,))
    state = sync.sync_now(ann)
    assert (state.ok, state.sent) == (True, 4)
    assert sorted(r[0] for r in pg_team.rows()) == sorted(r.id for r in runs)


def test_a_review_lost_by_a_restore_is_sent_again(tmp_path: Path, pg_team: PgTeam) -> None:
    ann = member("ann", tmp_path)
    [run] = record(ann)
    sync.sync_now(ann)
    ann.ledger.update_review(run.id, checklist_ticked=1, checklist_total=1, approved=True, feedback=1)
    sync.sync_now(ann)
    with pg_team.admin() as conn:  # the backup from before the review
        conn.execute("UPDATE usage SET revision = 1, approved = 0")
    assert sync.sync_now(ann).sent == 1
    assert pg_team.rows("SELECT approved, revision FROM usage") == [(1, 2)]


def test_a_database_set_up_by_a_newer_version_is_refused_for_writing(tmp_path: Path, pg_team: PgTeam) -> None:
    ann = member("ann", tmp_path)
    record(ann, 1)
    sync.sync_now(ann)
    with pg_team.admin() as conn:
        conn.execute("INSERT INTO _migrations (name, applied_at) VALUES ('0099_from_the_future', 'later')")
    record(ann, 2)
    state = sync.sync_now(ann)
    assert (state.ok, state.problem_kind, state.waiting) == (False, "newer_version", 2)
    assert state.message == ("The team database was set up by a newer version of Promptdesk. "
                             "Update Promptdesk to keep syncing — 2 records waiting.")
    assert len(pg_team.rows()) == 1
    assert sync.sync_state(ann).message == state.message


def test_two_members_upgrading_at_once_apply_each_migration_once(pg_team: PgTeam) -> None:
    """The advisory lock: eight connections migrate a fresh database at the same moment."""
    settings = parse_store_settings(member("ann", pg_team.team_dir).team.store)
    conns = [pg_store.connect(settings, "x") for _ in range(8)]
    barrier = threading.Barrier(len(conns))
    applied: list[list[str]] = []
    errors: list[BaseException] = []

    def upgrade(conn) -> None:  # type: ignore[no-untyped-def]
        barrier.wait()
        try:
            applied.append(pg_store.migrate(conn))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=upgrade, args=(conn,)) for conn in conns]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for conn in conns:
        conn.close()
    assert not errors
    assert sorted(name for names in applied for name in names) == sorted(name for name, _ in pg_store.MIGRATIONS)
    assert len(pg_team.rows("SELECT name FROM _migrations")) == len(pg_store.MIGRATIONS)


def test_spend_views_read_the_team_database(tmp_path: Path, pg_team: PgTeam) -> None:
    ann, bob = member("ann", tmp_path), member("bob", tmp_path)
    record(ann, 3, template_id="memo", tier="execution", model="m1")
    record(bob, 2, template_id="memo", tier="quick", model="m2")
    assert sync.sync_now(ann).ok and sync.sync_now(bob).ok
    team = budget.team_spend(ann)
    assert team.source == "team file"
    assert (team.runs, team.by_member) == (5, {"ann": 0.03, "bob": 0.02})
    mine = budget.personal_spend(bob)
    assert (mine.runs, mine.by_tier, mine.by_model) == (2, {"quick": 0.02}, {"m2": 0.02})
    record(bob, 1)  # recorded, not yet synced: counted from the ledger
    assert budget.team_spend(bob).runs == 6


def test_the_daily_totals_follow_inserts_updates_and_deletes_exactly(tmp_path: Path, pg_team: PgTeam) -> None:
    ann, bob = member("ann", tmp_path), member("bob", tmp_path)
    runs = record(ann, 6, started_at="2026-05-03T10:00:00.000+00:00") + record(bob, 4)
    for _ in range(2):
        ann.ledger.record(Run(user="ann", status="failed", started_at="2026-05-04T10:00:00.000+00:00"))
    assert sync.sync_now(ann).ok and sync.sync_now(bob).ok
    with pg_team.admin() as conn:
        conn.execute("UPDATE usage SET actual_cost = actual_cost * 3, status = 'failed' WHERE id = %s", (runs[0].id,))
        conn.execute("DELETE FROM usage WHERE id = %s", (runs[-1].id,))
    record(ann, 1, started_at="2026-05-31T23:59:59.999+00:00")
    assert sync.sync_now(ann).ok
    raw = pg_team.rows("""SELECT coalesce(substr(started_at, 1, 10), ''), "user",
                          sum(CASE WHEN status = 'done' THEN 1 ELSE 0 END), round(sum(actual_cost)::numeric, 9)
                          FROM usage GROUP BY 1, 2
                          HAVING sum(CASE WHEN status = 'done' THEN 1 ELSE 0 END) <> 0
                              OR round(sum(actual_cost)::numeric, 9) <> 0 ORDER BY 1, 2""")
    daily = pg_team.rows('SELECT day, "user", runs_done, round(cost::numeric, 9) FROM usage_daily '
                         "WHERE runs_done <> 0 OR round(cost::numeric, 9) <> 0 ORDER BY 1, 2")
    assert [(d, u, int(n), c) for d, u, n, c in daily] == [(d, u, int(n), c) for d, u, n, c in raw]
    asked: list[str] = []
    real_execute = pg_read.PostgresReader.execute

    def traced(self, sql, params=()):  # type: ignore[no-untyped-def]
        asked.append(sql)
        return real_execute(self, sql, params)

    pg_read.PostgresReader.execute = traced  # type: ignore[method-assign]
    try:
        may = budget.team_spend(ann, "2026-05")
    finally:
        pg_read.PostgresReader.execute = real_execute  # type: ignore[method-assign]
    assert [pg_read._from_rollup(sql, ["2026-05", "2026-06"]) is not None for sql in asked] == [True]
    assert (may.runs, may.by_member) == (6, {"ann": 0.09})  # 5 done on the 3rd + 1 late on the 31st


def test_the_teams_spend_between_two_moments_from_the_daily_totals_equals_the_records(
    tmp_path: Path, pg_team: PgTeam
) -> None:
    import random
    from datetime import UTC, datetime, timedelta

    rng = random.Random(11)
    base = datetime(2026, 6, 1, tzinfo=UTC)
    moment = lambda: (base + timedelta(seconds=rng.random() * 20 * 86400)).isoformat(timespec="milliseconds")  # noqa: E731
    ann = member("ann", tmp_path)
    for _ in range(300):
        ann.ledger.record(Run(user="ann", status="done", actual_cost=round(rng.random(), 3), started_at=moment()))
    assert sync.sync_now(ann).ok
    reader = pg_store.PostgresStore(store_settings(ann), member="ann").open_reader()
    assert reader is not None
    windows = [sorted((moment(), moment())) for _ in range(25)] + [["2026-06-03T01:00:00.000+00:00",
                                                                     "2026-06-03T23:00:00.000+00:00"]]
    for start, end in windows:
        assert pg_read._from_rollup(pg_read._TEAM_BETWEEN, [start, end]) is not None or start[:10] == end[:10]
        [(from_daily,)] = reader.execute(pg_read._TEAM_BETWEEN, [start, end])
        [(from_records,)] = pg_team.rows(
            f"SELECT coalesce(sum(actual_cost), 0) FROM usage WHERE started_at >= '{start}' AND started_at < '{end}'")
        assert round(from_daily, 9) == round(from_records, 9), (start, end)
    reader.close()
