"""The schema step that shares the redacted answer (under shared audit) and a follow-up's link to
the run it continues, on the team file and on PostgreSQL: older stores are migrated forward, an
older app meeting the newer schema is refused in plain words, the originals never leave."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import psycopg
import pytest

from desktop.core.context import AppContext
from desktop.core.run import DONE, USAGE_FIELDS, Run
from desktop.core.usage import exports, pg_roles, pg_store, shared_file, sync, turns
from desktop.core.usage.migrations import applied_names, migrate
from desktop.core.usage.outgoing import hide_originals
from desktop.core.usage.store import parse_store_settings
from tests.core.usage.conftest import PgTeam
from tests.core.usage.test_sync import member, shared_rows

VAULT = {"[PERSON_1]": "Maria van der Berg", "[EMAIL_1]": "maria@example.org", "[TERM_1]": "Bluefin"}
ANSWER = "Dear Ms van der Berg, write to maria@example.org. DearMaria van der Berg, BLUEFIN is late."
HIDDEN = "Dear Ms [PERSON_1], write to [EMAIL_1]. Dear[PERSON_1], [TERM_1] is late."
SECRETS = ("Maria", "Berg", "maria@example.org", "Bluefin", "BLUEFIN")


def test_hiding_the_originals_again_covers_case_glued_words_and_surnames() -> None:
    assert hide_originals(ANSWER, VAULT) == HIDDEN
    # Longest first: a name inside a longer original is not split; no vault, nothing to hide.
    assert hide_originals("Maria Keller met Maria", {"[PERSON_1]": "Maria Keller", "[PERSON_2]": "Maria"}) == (
        "[PERSON_1] met [PERSON_2]")
    assert hide_originals("plain text", {}) == "plain text" and hide_originals("", VAULT) == ""
    # A short original never lands inside a placeholder; case folding that changes length (ß).
    assert hide_originals("Son of Maria Keller, Straße 5, STRAßE 5", {
        "[PERSON_1]": "Maria Keller", "[PERSON_2]": "son", "[ADDRESS_1]": "Straße 5"}) == (
        "[PERSON_2] of [PERSON_1], [ADDRESS_1], [ADDRESS_1]")


def test_a_name_restored_without_its_title_or_honorific_is_hidden_again() -> None:
    """Restoring writes the bare name where the answer put its own title ("Mr. [PERSON_1]")."""
    vault = {"[PERSON_1]": "Tanaka-san", "[PERSON_2]": "Frau Dr. Keller", "[PERSON_3]": "Ayşe Hanım"}
    answer = "Mr. Tanaka and Tanaka-san; Ms Keller; Dear Ayşe, and Frau Dr. Keller"
    assert hide_originals(answer, vault) == (
        "Mr. [PERSON_1] and [PERSON_1]; Ms [PERSON_2]; Dear [PERSON_3], and [PERSON_2]")


def _with_follow_up(context: AppContext) -> tuple[Run, Run]:
    """A first answer and a follow-up turn recorded the way followup.py records them: the turn's
    run first, its link a moment later (a sync may fall in between)."""
    root = Run(user=context.user, status=DONE, actual_cost=0.02, redacted_prompt="Write to [PERSON_1]",
               response_text=ANSWER, vault=dict(VAULT))
    context.ledger.record(root)
    turn = Run(user=context.user, status=DONE, actual_cost=0.01, redacted_prompt="shorter",
               response_text="Short: Ms van der Berg", vault=dict(VAULT))
    context.ledger.record(turn)
    return root, turn


def _link(context: AppContext, root: Run, turn: Run) -> None:
    turns.add_version(context.ledger, root.id, turns.Version(0, turns.FOLLOW_UP, turn.response_text,
                                                             request="shorter", turn_run_id=turn.id))


def test_the_answer_and_the_follow_up_link_reach_the_team_file_even_when_the_link_comes_later(
    tmp_path: Path, team_dir: Path
) -> None:
    (team_dir / "team.toml").write_text("shared_audit = true\n", encoding="utf-8")
    ann = member("ann", tmp_path)
    root, turn = _with_follow_up(ann)
    assert sync.sync_now(ann).sent == 2  # before the link was written
    _link(ann, root, turn)
    assert sync.sync_now(ann).sent == 1  # the turn's run moved forward with its link
    assert shared_rows(team_dir, "SELECT id, redacted_answer, parent_run_id FROM usage ORDER BY parent_run_id IS NOT NULL"
                       ) == [(root.id, HIDDEN, None), (turn.id, "Short: Ms [PERSON_1]", root.id)]
    data = (team_dir / "usage.db").read_bytes()
    assert not any(secret.encode() in data for secret in SECRETS)


def test_without_shared_audit_the_link_is_shared_and_no_text(tmp_path: Path, team_dir: Path) -> None:
    ann = member("ann", tmp_path)
    root, turn = _with_follow_up(ann)
    _link(ann, root, turn)
    assert sync.sync_now(ann).ok
    assert sorted(shared_rows(team_dir, "SELECT redacted_prompt, redacted_answer, parent_run_id FROM usage"),
                  key=str) == sorted([(None, None, None), (None, None, root.id)], key=str)
    table = exports.audit_table(ann, root.started_at[:7])
    assert "redacted_answer" not in table.columns and "Ms [PERSON_1]" not in repr(table.rows)


def _older_team_file(team_dir: Path, source: str = "older-ledger") -> None:
    """A team file as the previous version left it: three migrations, rows of the old columns."""
    names = [*USAGE_FIELDS, *shared_file.EXTRA_COLUMNS]
    with closing(sqlite3.connect(team_dir / "usage.db", isolation_level=None)) as conn:
        migrate(conn, shared_file.MIGRATIONS[:3])
        old = Run(user="bob", status=DONE, actual_cost=1.5).to_dict()
        values = [*(old[name] for name in USAGE_FIELDS), "Old [PERSON_1]", 1, old["started_at"], source, "x"]
        conn.execute(f"INSERT INTO usage ({', '.join(f'[{n}]' for n in names)}) VALUES "
                     f"({', '.join('?' * len(names))})", values)


def test_an_older_team_file_is_migrated_forward_and_keeps_its_records(tmp_path: Path, team_dir: Path) -> None:
    (team_dir / "team.toml").write_text("shared_audit = true\n", encoding="utf-8")
    _older_team_file(team_dir)
    ann = member("ann", tmp_path)
    root, turn = _with_follow_up(ann)
    _link(ann, root, turn)
    assert sync.sync_now(ann).sent == 2
    with closing(sqlite3.connect(team_dir / "usage.db")) as conn:
        assert applied_names(conn)[-1] == "0004_audit_answer_and_turn_link"
    rows = shared_rows(team_dir, "SELECT user, redacted_prompt, redacted_answer, parent_run_id FROM usage")
    assert sorted(rows, key=str) == sorted([("bob", "Old [PERSON_1]", None, None), ("ann", "Write to [PERSON_1]",
                                            HIDDEN, None), ("ann", "shorter", "Short: Ms [PERSON_1]", root.id)], key=str)


def test_an_older_app_meeting_the_newer_team_file_is_refused_in_plain_words(
    tmp_path: Path, team_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ann = member("ann", tmp_path)
    _with_follow_up(ann)
    assert sync.sync_now(ann).ok
    before = (team_dir / "usage.db").read_bytes()
    monkeypatch.setattr(shared_file, "MIGRATIONS", shared_file.MIGRATIONS[:3])  # what the previous version knows
    ann.ledger.record(Run(user="ann", status=DONE))
    state = sync.sync_now(ann)
    assert (state.ok, state.problem_kind, state.waiting) == (False, "newer_version", 1)
    assert state.message == ("The team file was written by a newer version of Promptdesk. Update Promptdesk to "
                             "keep syncing — 1 record waiting.")
    assert (team_dir / "usage.db").read_bytes() == before


def test_the_export_hides_the_answer_of_records_not_synced_yet(tmp_path: Path, team_dir: Path) -> None:
    (team_dir / "team.toml").write_text("shared_audit = true\n", encoding="utf-8")
    ann = member("ann", tmp_path)
    root, turn = _with_follow_up(ann)
    _link(ann, root, turn)  # never synced: read from this computer's ledger
    table = exports.audit_table(ann, root.started_at[:7])
    by_id = {row[14]: row for row in table.rows}
    assert table.columns[-2:] == ("redacted_prompt", "redacted_answer")
    assert (by_id[root.id][-1], by_id[root.id][15]) == (HIDDEN, "")
    assert (by_id[turn.id][-1], by_id[turn.id][15]) == ("Short: Ms [PERSON_1]", root.id)
    assert not any(secret in repr(table.rows) for secret in SECRETS)


# ---------------------------------------------------------------------------- PostgreSQL


def _older_database(pg_team: PgTeam, monkeypatch: pytest.MonkeyPatch) -> None:
    """The team database as the previous version set it up (roles too), holding one record."""
    with monkeypatch.context() as patch:
        patch.setattr(pg_store, "MIGRATIONS", pg_store.MIGRATIONS[:4])
        patch.setattr(pg_roles, "FIGURES", [c for c in pg_store._COLUMNS if c != "redacted_prompt"])
        with pg_team.admin() as conn:
            pg_roles.apply_init(conn)
            names = [*USAGE_FIELDS, *shared_file.EXTRA_COLUMNS]
            old = Run(user="bob", status=DONE, actual_cost=1.5).to_dict()
            figures = (int(old[name]) if isinstance(old[name], bool) else old[name] for name in USAGE_FIELDS)
            values = [*figures, "Old [PERSON_1]", 1, old["started_at"], "older", "x"]
            conn.execute(f"INSERT INTO usage ({', '.join(f'{chr(34)}{n}{chr(34)}' for n in names)}) VALUES "
                         f"({', '.join(['%s'] * len(names))})", values)


def test_an_older_database_is_migrated_forward_by_its_owner_and_members_then_sync_the_link(
    tmp_path: Path, pg_team: PgTeam, monkeypatch: pytest.MonkeyPatch
) -> None:
    _older_database(pg_team, monkeypatch)
    with pg_team.admin() as conn:
        password = pg_roles.add_login(conn, "ann", pg_roles.MEMBER)
    pg_team.write_team_toml("shared_audit = true\n", user="{member}")
    monkeypatch.setenv("PROMPTDESK_TEAM_DB_PASSWORD", password)
    ann = member("ann", pg_team.team_dir.parent / "ann")  # a folder of her own for the ledger
    root, turn = _with_follow_up(ann)
    _link(ann, root, turn)
    # A member's login may not change the schema: the existing plain refusal, nothing lost.
    state = sync.sync_now(ann)
    assert (state.ok, state.problem_kind, state.waiting) == (False, "not_set_up", 2)
    assert "promptdesk team-db init" in state.message
    with pg_team.admin() as conn:  # the owner's next sync (or team-db init) applies the step
        assert pg_store.migrate(conn) == ["0005_audit_answer_and_turn_link"]
    state = sync.sync_now(ann)
    assert (state.ok, state.sent) == (True, 2)
    assert sorted(pg_team.rows("SELECT \"user\", redacted_answer, parent_run_id FROM usage"), key=str) == sorted(
        [("bob", None, None), ("ann", HIDDEN, None), ("ann", "Short: Ms [PERSON_1]", root.id)], key=str)
    settings = parse_store_settings(ann.team.store)
    with pg_store.connect(settings, "ann", password) as conn:  # members read the link, never the texts
        assert {row[0] for row in conn.execute("SELECT parent_run_id FROM usage")} == {None, root.id}
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT redacted_answer FROM usage")


def test_an_older_app_meeting_the_newer_database_is_refused_in_plain_words(
    tmp_path: Path, pg_team: PgTeam, monkeypatch: pytest.MonkeyPatch
) -> None:
    ann = member("ann", tmp_path)
    _with_follow_up(ann)
    assert sync.sync_now(ann).ok
    monkeypatch.setattr(pg_store, "MIGRATIONS", pg_store.MIGRATIONS[:4])  # what the previous version knows
    ann.ledger.record(Run(user="ann", status=DONE))
    state = sync.sync_now(ann)
    assert (state.ok, state.problem_kind, state.waiting) == (False, "newer_version", 1)
    assert state.message.startswith("The team database was set up by a newer version of Promptdesk.")
    assert len(pg_team.rows()) == 2


def test_moving_an_older_team_file_into_the_database_copies_its_records(tmp_path: Path, pg_team: PgTeam) -> None:
    """``team-db migrate --from`` a file the previous version wrote: the newer columns copy as empty."""
    from tests.core.usage.test_pg_team_db_cmd import cli

    older = tmp_path / "older"
    older.mkdir()
    _older_team_file(older)
    out = cli("team-db", "migrate", "--from", str(older / "usage.db"), password=pg_team.server.admin_password)
    assert out.returncode == 0, out.stderr
    assert "1 new record in the team database" in out.stdout
    assert pg_team.rows('SELECT "user", redacted_prompt, redacted_answer, parent_run_id FROM usage') == [
        ("bob", "Old [PERSON_1]", None, None)]
