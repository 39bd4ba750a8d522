"""The team database's failures in plain words, and least privilege: logins, passwords, TLS,
roles and row-level security on a real server."""

from __future__ import annotations

from pathlib import Path

import keyring
import psycopg
import pytest

from desktop.core.paths import KEYRING_SERVICE
from desktop.core.run import DONE, Run
from desktop.core.usage import budget, pg_roles, pg_store, sync
from desktop.core.usage.store import parse_store_settings
from tests.core.usage.conftest import PgTeam
from tests.core.usage.test_sync import member, record
from tests.helpers.pg_server import PgServer


def _login(pg_team: PgTeam, monkeypatch: pytest.MonkeyPatch, name: str, group: str) -> None:
    """Set the database up as the operator would, and log this test's members in as ``name``."""
    with pg_team.admin() as conn:
        pg_roles.apply_init(conn)
        password = pg_roles.add_login(conn, name, group)
    pg_team.write_team_toml(user="{member}")
    monkeypatch.setenv("PROMPTDESK_TEAM_DB_PASSWORD", password)


def test_server_down_records_wait_and_go_once_it_is_back(tmp_path: Path, pg_team: PgTeam, pg_server: PgServer) -> None:
    ann = member("ann", tmp_path)
    record(ann, 2)
    assert sync.sync_now(ann).ok
    record(ann, 3)
    pg_server.stop()
    try:
        state = sync.sync_now(ann)
        assert (state.ok, state.problem_kind, state.waiting) == (False, "unreachable", 3)
        assert state.message == (f"The team database (127.0.0.1:{pg_server.port}) cannot be reached — 3 records "
                                 "waiting, safe on this computer; they are sent as soon as it is back.")
        assert sync.sync_state(ann).message == state.message
        assert budget.team_spend(ann).source == "this computer"
    finally:
        pg_server.start()
    state = sync.sync_now(ann)
    assert (state.ok, state.sent, state.waiting) == (True, 3, 0)
    assert len(pg_team.rows()) == 5
    # The views' kept connection died with the server; they connect again.
    assert (budget.team_spend(ann).source, budget.team_spend(ann).runs) == ("team file", 5)


def test_a_wrong_password_is_said_plainly_and_nothing_is_lost(
    tmp_path: Path, pg_team: PgTeam, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROMPTDESK_TEAM_DB_PASSWORD", "not-the-password")
    ann = member("ann", tmp_path)
    record(ann, 1)
    state = sync.sync_now(ann)
    assert (state.ok, state.problem_kind, state.waiting) == (False, "auth", 1)
    assert state.message == (f"The team database (127.0.0.1:{pg_team.server.port}) refused the login "
                             "'promptdesk_admin' — 1 record waiting. Check your password (promptdesk team-db "
                             "password) or ask your operator whether your login exists.")
    assert "not-the-password" not in state.message


def test_without_a_password_sync_says_how_to_give_one(
    tmp_path: Path, pg_team: PgTeam, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PROMPTDESK_TEAM_DB_PASSWORD")
    ann = member("ann", tmp_path)
    record(ann, 2)
    state = sync.sync_now(ann)
    assert (state.problem_kind, state.waiting) == ("no_password", 2)
    assert "promptdesk team-db password" in state.message


def test_the_password_comes_from_the_keychain(tmp_path: Path, pg_team: PgTeam, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROMPTDESK_TEAM_DB_PASSWORD")
    ann = member("ann", tmp_path)
    settings = parse_store_settings(ann.team.store)
    keyring.set_password(KEYRING_SERVICE, pg_store.keychain_entry(settings, "ann"), pg_team.server.admin_password)
    record(ann, 1)
    assert sync.sync_now(ann).ok
    assert "password" not in (pg_team.team_dir / "team.toml").read_text()


def test_a_server_without_tls_is_refused_unless_the_team_turned_tls_off(
    tmp_path: Path, pg_team: PgTeam, pg_server: PgServer
) -> None:
    ann = member("ann", tmp_path)
    record(ann, 1)
    pg_server.set_config("ssl", "off")
    try:
        state = sync.sync_now(ann)
        assert (state.ok, state.problem_kind, state.waiting) == (False, "tls", 1)
        assert state.message.startswith(f"The team database (127.0.0.1:{pg_server.port}) could not be reached "
                                        "over an encrypted connection (TLS), so nothing was sent — 1 record waiting.")
        pg_team.write_team_toml(sslmode="prefer")
        assert sync.sync_now(member("ann", tmp_path)).ok
    finally:
        pg_server.set_config("ssl", "on")
    assert len(pg_team.rows()) == 1


def test_a_member_login_cannot_set_up_the_database(
    tmp_path: Path, pg_team: PgTeam, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pg_team.admin() as conn:  # roles exist, but this database has no tables yet
        conn.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{pg_roles.MEMBER}') "
                     f"THEN CREATE ROLE {pg_roles.MEMBER} NOLOGIN; END IF; END $$")
        password = pg_roles.add_login(conn, "ann", pg_roles.MEMBER)
    pg_team.write_team_toml(user="{member}")
    monkeypatch.setenv("PROMPTDESK_TEAM_DB_PASSWORD", password)
    ann = member("ann", tmp_path)
    record(ann, 1)
    state = sync.sync_now(ann)
    assert (state.problem_kind, state.waiting) == ("not_set_up", 1)
    assert state.message.endswith("Your operator sets it up with: promptdesk team-db init")


def test_a_read_only_login_gets_a_plain_message_and_keeps_its_records(
    tmp_path: Path, pg_team: PgTeam, monkeypatch: pytest.MonkeyPatch
) -> None:
    _login(pg_team, monkeypatch, "dana", pg_roles.READER)
    dana = member("dana", tmp_path)
    record(dana, 2)
    state = sync.sync_now(dana)
    assert (state.ok, state.problem_kind, state.waiting) == (False, "read_only", 2)
    assert state.message == ("Your team database login 'dana' may only read the team's figures, so your usage "
                             "cannot be sent — 2 records waiting. Ask your operator to make it a member login "
                             "(promptdesk team-db init).")
    assert pg_team.rows() == []
    assert budget.team_spend(dana).source == "team file"  # reading the figures works


def test_row_level_security_a_member_writes_only_its_own_rows(
    tmp_path: Path, pg_team: PgTeam, monkeypatch: pytest.MonkeyPatch
) -> None:
    _login(pg_team, monkeypatch, "ann", pg_roles.MEMBER)
    with pg_team.admin() as conn:
        bob_password = pg_roles.add_login(conn, "bob", pg_roles.MEMBER)
    ann = member("ann", tmp_path)
    [mine] = record(ann, 1)
    assert sync.sync_now(ann).ok
    monkeypatch.setenv("PROMPTDESK_TEAM_DB_PASSWORD", bob_password)
    bob = member("bob", tmp_path)
    record(bob, 2)
    assert sync.sync_now(bob).ok
    assert budget.team_spend(bob).by_member == {"bob": 0.02, "ann": 0.01}  # the team's figures

    settings = parse_store_settings(bob.team.store)
    with pg_store.connect(settings, "bob") as conn:
        updated = conn.execute("UPDATE usage SET actual_cost = 0 WHERE id = %s", (mine.id,)).rowcount
        assert updated == 0  # ann's row is invisible to bob's writes
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("""INSERT INTO usage (id, "user", revision) VALUES ('forged', 'ann', 1)""")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT redacted_prompt FROM usage")
    assert pg_team.rows(f"SELECT actual_cost FROM usage WHERE id = '{mine.id}'") == [(0.01,)]


def test_a_ledger_holding_another_members_record_is_refused_not_half_sent(
    tmp_path: Path, pg_team: PgTeam, monkeypatch: pytest.MonkeyPatch
) -> None:
    _login(pg_team, monkeypatch, "ann", pg_roles.MEMBER)
    ann = member("ann", tmp_path)
    record(ann, 2)
    ann.ledger.record(Run(user="bob", status=DONE))  # e.g. a ledger copied from a colleague
    state = sync.sync_now(ann)
    assert (state.ok, state.problem_kind, state.waiting) == (False, "read_only", 3)
    assert pg_team.rows() == []  # the batch is one transaction


def test_the_operator_reads_everything_the_audit_text_too(
    tmp_path: Path, pg_team: PgTeam, monkeypatch: pytest.MonkeyPatch
) -> None:
    _login(pg_team, monkeypatch, "ann", pg_roles.MEMBER)
    (pg_team.team_dir / "team.toml").write_text("shared_audit = true\n" + (pg_team.team_dir / "team.toml").read_text())
    ann = member("ann", tmp_path)
    record(ann, 1, redacted_prompt="Summarise the notes from <PERSON_1>")
    assert sync.sync_now(ann).ok
    with pg_team.admin() as conn:
        password = pg_roles.add_login(conn, "olga", pg_roles.OPERATOR)
    settings = parse_store_settings(ann.team.store)
    with pg_store.connect(settings, "olga", password) as conn:
        assert conn.execute("SELECT redacted_prompt FROM usage").fetchall() == [("Summarise the notes from <PERSON_1>",)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM usage")
