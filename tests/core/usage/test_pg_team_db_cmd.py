"""``promptdesk team-db`` and the usual commands against a team database, as an operator and a
member run them: set up, move a team from its shared file, sync and spend."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from desktop.core.run import DONE, Run
from desktop.core.usage import sync
from desktop.core.usage.ledger import open_ledger
from tests.core.usage.conftest import PgTeam
from tests.core.usage.test_sync import member, record

ROOT = Path(__file__).resolve().parents[3]


def cli(*args: str, user: str = "ann", password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PROMPTDESK_USER=user)
    if password is not None:
        env["PROMPTDESK_TEAM_DB_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=60)


def test_init_sets_up_logins_and_a_member_syncs_and_reads_team_spend(pg_team: PgTeam) -> None:
    pg_team.write_team_toml("monthly_budget = 100\n", user="{member}")
    admin = pg_team.server.admin_password
    out = cli("team-db", "init", "--user", "promptdesk_admin", "--member", "ann", "--reader", "dana", password=admin)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == "The team database is set up: tables, roles and row-level security."
    passwords = dict(re.findall(r"login (\w+) \(promptdesk_\w+\): password (\S+)", out.stdout))
    assert set(passwords) == {"ann", "dana"}
    again = cli("team-db", "init", "--user", "promptdesk_admin", password=admin)  # safe to run again
    assert again.returncode == 0, again.stderr

    ledger = open_ledger()  # this member's ledger in PROMPTDESK_HOME, as the command line opens it
    for _ in range(3):
        ledger.record(Run(user="ann", status=DONE, actual_cost=0.01))
    ledger.close()
    synced = cli("sync", password=passwords["ann"])
    assert (synced.returncode, synced.stdout.splitlines()) == (0, ["Synced just now", "Sent 3 records."])
    spend = cli("spend", "--team", password=passwords["dana"], user="dana")
    assert spend.stdout.splitlines()[0].startswith("Team spend in ")
    assert "3¢ of $100 (3 answered runs, from the team file)" in spend.stdout
    refused = cli("sync", password="wrong")
    assert refused.returncode == 1 and "refused the login 'ann'" in refused.stdout
    assert "Traceback" not in refused.stderr


def test_init_as_a_member_is_refused_in_plain_words(pg_team: PgTeam) -> None:
    admin = pg_team.server.admin_password
    cli("team-db", "init", "--user", "promptdesk_admin", "--member", "ann", password=admin)
    from desktop.core.usage import pg_roles

    with pg_team.admin() as conn:
        password = pg_roles.add_login(conn, "ann", pg_roles.MEMBER, "known-for-this-test")
    out = cli("team-db", "init", "--user", "ann", password=password)
    assert out.returncode == 2
    assert out.stderr.strip() == ("Your login may not set up the team database. Run this as the database's "
                                  "administrator: promptdesk team-db init --user ADMIN")


def test_migrate_from_the_team_file_twice_gives_the_same_rows_and_members_switch_losing_nothing(
    tmp_path: Path, pg_team: PgTeam
) -> None:
    (pg_team.team_dir / "team.toml").write_text("monthly_budget = 50\n", encoding="utf-8")  # the file
    ann, bob = member("ann", tmp_path), member("bob", tmp_path)
    record(ann, 4)
    record(bob, 3)
    assert sync.sync_now(ann).ok and sync.sync_now(bob).ok
    [reviewed] = record(ann, 1)
    assert sync.sync_now(ann).ok
    ann.ledger.update_review(reviewed.id, checklist_ticked=1, checklist_total=1, approved=True, feedback=1)
    record(bob, 2)  # waiting on bob's computer when the team moves

    pg_team.write_team_toml("monthly_budget = 50\n")
    admin = pg_team.server.admin_password
    usage_db = str(pg_team.team_dir / "usage.db")
    first = cli("team-db", "migrate", "--from", usage_db, password=admin)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == (f"Copied 8 records from {usage_db}: 8 new records in the team database, "
                                    "which now holds 8 records.")
    rows = pg_team.rows("SELECT * FROM usage ORDER BY id")
    second = cli("team-db", "migrate", "--from", usage_db, password=admin)
    assert second.stdout.strip().endswith("0 new records in the team database, which now holds 8 records.")
    assert pg_team.rows("SELECT * FROM usage ORDER BY id") == rows

    ann, bob = member("ann", tmp_path), member("bob", tmp_path)  # their apps read the new team.toml
    assert (sync.sync_now(ann).sent, sync.sync_now(bob).sent) == (1, 2)  # only what was waiting
    assert pg_team.rows("SELECT count(*), count(DISTINCT id) FROM usage") == [(10, 10)]
    assert pg_team.rows(f"SELECT approved, revision FROM usage WHERE id = '{reviewed.id}'") == [(1, 2)]


def test_migrate_needs_a_postgres_store_and_an_existing_file(pg_team: PgTeam) -> None:
    missing = cli("team-db", "migrate", "--from", str(pg_team.team_dir / "nothing.db"),
                  password=pg_team.server.admin_password)
    assert (missing.returncode, missing.stderr.strip()) == (2, f"There is no team file at {pg_team.team_dir / 'nothing.db'}.")
    (pg_team.team_dir / "team.toml").write_text("", encoding="utf-8")
    not_pg = cli("team-db", "migrate", "--from", "x.db")
    assert not_pg.returncode == 2 and 'kind = "postgres"' in not_pg.stderr


def test_status_says_where_the_database_is_and_how_the_connection_is_protected(pg_team: PgTeam) -> None:
    out = cli("team-db", "status", password=pg_team.server.admin_password)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[1] == "Connection: always encrypted; the server's certificate is not checked (sslmode require)"
    assert lines[2] == "Password: from the environment variable PROMPTDESK_TEAM_DB_PASSWORD"
    assert lines[3].startswith("Reached: PostgreSQL 1") and lines[3].endswith(", encrypted.")
    wrong = cli("team-db", "status", password="nope")
    assert wrong.returncode == 1 and "refused the login 'promptdesk_admin'" in wrong.stdout
