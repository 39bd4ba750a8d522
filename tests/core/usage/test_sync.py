"""Sync into the team file: idempotent, forward-only updates, what is shared, what is said."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.core.context import AppContext
from desktop.core.run import DONE, Run
from desktop.core.settings import UserSettings
from desktop.core.usage import shared_file, sync
from desktop.core.usage.ledger import open_ledger


def member(name: str, tmp_path: Path) -> AppContext:
    """One simulated team member: their own settings and local ledger, the shared team folder."""
    context = AppContext(UserSettings.from_values({"name": name}))
    context.__dict__["ledger"] = open_ledger(tmp_path / f"{name}-ledger.db")
    return context


def record(context: AppContext, count: int = 1, **values: object) -> list[Run]:
    runs = []
    for _ in range(count):
        run = Run(user=context.user, status=DONE, actual_cost=0.01, **values)  # type: ignore[arg-type]
        context.ledger.record(run)
        runs.append(run)
    return runs


def shared_rows(team_dir: Path, sql: str = "SELECT id, revision FROM usage") -> list[tuple]:
    with closing(sqlite3.connect(team_dir / "usage.db")) as conn:
        return conn.execute(sql).fetchall()


def test_without_a_team_folder_nothing_is_written_and_the_state_says_so(tmp_path: Path) -> None:
    ann = member("ann", tmp_path)
    record(ann, 2)
    state = sync.sync_now(ann)
    assert (state.ok, state.problem_kind, state.message, state.waiting) == (False, "no_team", "No team folder set", 2)
    assert sync.sync_state(ann).problem_kind == "no_team"


def test_first_sync_creates_the_team_file_with_a_rollback_journal(tmp_path: Path, team_dir: Path) -> None:
    ann = member("ann", tmp_path)
    runs = record(ann, 3)
    state = sync.sync_now(ann)
    assert (state.ok, state.sent, state.waiting, state.message) == (True, 3, 0, "Synced just now")
    assert sorted(r[0] for r in shared_rows(team_dir)) == sorted(r.id for r in runs)
    with closing(sqlite3.connect(team_dir / "usage.db")) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not (team_dir / "usage.db-wal").exists()


def test_syncing_again_sends_nothing_twice(tmp_path: Path, team_dir: Path) -> None:
    ann = member("ann", tmp_path)
    record(ann, 5)
    sync.sync_now(ann)
    again = sync.sync_now(ann)
    assert (again.sent, again.waiting) == (0, 0)
    assert len(shared_rows(team_dir)) == 5


def test_a_review_made_after_sync_reaches_the_team_file(tmp_path: Path, team_dir: Path) -> None:
    ann = member("ann", tmp_path)
    [run] = record(ann)
    sync.sync_now(ann)
    ann.ledger.update_review(run.id, checklist_ticked=2, checklist_total=2, approved=True, feedback=1)
    assert sync.sync_state(ann).waiting == 1
    state = sync.sync_now(ann)
    assert (state.sent, state.waiting) == (1, 0)
    assert shared_rows(team_dir, "SELECT approved, feedback, checklist_ticked, revision FROM usage") == [(1, 1, 2, 2)]


def test_an_older_revision_never_overwrites_a_newer_one(tmp_path: Path, team_dir: Path) -> None:
    ann = member("ann", tmp_path)
    [run] = record(ann)
    sync.sync_now(ann)
    with closing(sqlite3.connect(team_dir / "usage.db")) as conn, conn:
        conn.execute("UPDATE usage SET revision = 5, approved = 1")
    ann.ledger.update_review(run.id, checklist_ticked=0, checklist_total=1, approved=False)
    assert sync.sync_now(ann).ok
    assert shared_rows(team_dir, "SELECT revision, approved FROM usage") == [(5, 1)]


def test_the_team_file_gets_usage_figures_but_never_prompts_answers_or_originals(
    tmp_path: Path, team_dir: Path
) -> None:
    ann = member("ann", tmp_path)
    record(ann, rendered_prompt="Call Zebedee Quartz", redacted_prompt="Call <PERSON_1> REDACTEDMARK",
           response_text="ANSWERMARK", fields={"client": "FIELDMARK"}, vault={"<PERSON_1>": "Zebedee Quartz"},
           input_tokens=1234)
    assert sync.sync_now(ann).ok
    data = (team_dir / "usage.db").read_bytes()
    for secret in (b"Zebedee", b"REDACTEDMARK", b"ANSWERMARK", b"FIELDMARK"):
        assert secret not in data
    assert shared_rows(team_dir, "SELECT input_tokens, redacted_prompt FROM usage") == [(1234, None)]


def test_with_shared_audit_only_the_redacted_prompt_and_answer_are_shared(tmp_path: Path, team_dir: Path) -> None:
    (team_dir / "team.toml").write_text("shared_audit = true\n", encoding="utf-8")
    ann = member("ann", tmp_path)
    assert ann.team.shared_audit
    record(ann, rendered_prompt="Call Zebedee Quartz", redacted_prompt="Call <PERSON_1>",
           vault={"<PERSON_1>": "Zebedee Quartz"}, response_text="ANSWERMARK: Dear Mr Quartz, zebedee quartz called",
           fields={"client": "FIELDMARK"})
    assert sync.sync_now(ann).ok
    assert shared_rows(team_dir, "SELECT redacted_prompt, redacted_answer FROM usage") == [
        ("Call <PERSON_1>", "ANSWERMARK: Dear Mr <PERSON_1>, <PERSON_1> called")]
    data = (team_dir / "usage.db").read_bytes()
    assert b"Zebedee" not in data and b"Quartz" not in data and b"FIELDMARK" not in data


def test_members_records_merge_into_one_file(tmp_path: Path, team_dir: Path) -> None:
    ann, bob = member("ann", tmp_path), member("bob", tmp_path)
    record(ann, 3)
    record(bob, 4)
    assert sync.sync_now(ann).ok and sync.sync_now(bob).ok and sync.sync_now(ann).sent == 0
    assert shared_rows(team_dir, "SELECT user, count(*) FROM usage GROUP BY user ORDER BY user") == [
        ("ann", 3), ("bob", 4)]


def test_a_replaced_team_file_is_refilled_from_the_local_ledger(tmp_path: Path, team_dir: Path) -> None:
    """A sync client restoring an old copy or an operator deleting the file loses nothing."""
    ann = member("ann", tmp_path)
    record(ann, 4)
    sync.sync_now(ann)
    (team_dir / "usage.db").unlink()
    record(ann, 1)
    state = sync.sync_now(ann)
    assert state.ok and state.sent == 5
    assert len(shared_rows(team_dir)) == 5


def test_rebuild_moves_the_file_aside_and_the_next_sync_refills_it(tmp_path: Path, team_dir: Path) -> None:
    ann, bob = member("ann", tmp_path), member("bob", tmp_path)
    record(ann, 2)
    record(bob, 3)
    sync.sync_now(ann)
    sync.sync_now(bob)
    aside = sync.rebuild_shared(team_dir)
    assert aside.exists() and aside.parent == team_dir and aside.name.startswith("usage-damaged-")
    assert shared_rows(team_dir) == []
    assert sync.sync_now(ann).sent == 2 and sync.sync_now(bob).sent == 3
    assert len(shared_rows(team_dir)) == 5


def test_state_messages_say_how_long_ago_and_how_many_wait() -> None:
    now = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
    two_minutes = (now - timedelta(minutes=2)).isoformat()
    assert sync.describe("", 0, now.isoformat(), now=now) == "Synced just now"
    assert sync.describe("", 0, two_minutes, now=now) == "Synced 2 minutes ago"
    assert sync.describe("", 1, two_minutes, now=now) == "Synced 2 minutes ago — 1 record waiting"
    assert sync.describe("", 3, None, now=now) == "Not synced yet — 3 records waiting"
    assert sync.describe("unreachable", 14, two_minutes, now=now) == "Team drive not reachable — 14 records waiting"
    assert "read-only" in sync.describe("read_only", 2, None)
    assert "newer version" in sync.describe("newer_version", 2, None)


def test_sync_state_reports_the_last_outcome_without_touching_the_drive(tmp_path: Path, team_dir: Path) -> None:
    ann = member("ann", tmp_path)
    record(ann, 2)
    before = sync.sync_state(ann)
    assert (before.ok, before.waiting) == (True, 2)
    assert not (team_dir / "usage.db").exists()
    sync.sync_now(ann)
    after = sync.sync_state(ann)
    assert (after.ok, after.waiting, after.message) == (True, 0, "Synced just now")
    assert after.last_synced_at is not None


def test_integrity_check_runs_on_first_open_and_when_the_file_is_replaced(tmp_path: Path, team_dir: Path) -> None:
    """Other members' writes do not make every sync read the whole file again; a replaced one does."""
    ann, bob = member("ann", tmp_path), member("bob", tmp_path)
    path = team_dir / "usage.db"
    record(ann)
    assert shared_file._needs_check(path)
    assert sync.sync_now(ann).ok
    assert not shared_file._needs_check(path)
    record(bob, 50)
    assert sync.sync_now(bob).ok
    assert not shared_file._needs_check(path)
    copy = team_dir / "restored.tmp"
    copy.write_bytes(path.read_bytes())
    os.replace(copy, path)
    assert shared_file._needs_check(path)


def test_sync_applies_the_retention_setting_to_old_texts_once_a_day(tmp_path: Path) -> None:
    ann = member("ann", tmp_path)
    ann.settings.set("retention_days", 30)
    old_start = (datetime.now(UTC) - timedelta(days=40)).isoformat(timespec="milliseconds")
    [old] = record(ann, rendered_prompt="old text", started_at=old_start)
    [new] = record(ann, rendered_prompt="new text")
    sync.sync_now(ann)  # no team folder: texts are still looked after
    assert ann.ledger.get(old.id).rendered_prompt == ""  # type: ignore[union-attr]
    assert ann.ledger.get(new.id).rendered_prompt == "new text"  # type: ignore[union-attr]
    [later] = record(ann, rendered_prompt="recorded late", started_at=old_start)
    sync.sync_now(ann)  # already done today
    assert ann.ledger.get(later.id).rendered_prompt == "recorded late"  # type: ignore[union-attr]


def test_a_broken_local_ledger_is_reported_not_raised(tmp_path: Path, team_dir: Path) -> None:
    ann = member("ann", tmp_path)
    record(ann)
    ann.ledger.close()
    state = sync.sync_now(ann)
    assert (state.ok, state.problem_kind) == (False, "ledger")
    assert "usage history" in state.message
    assert sync.sync_state(ann).problem_kind == "ledger"


def test_an_older_copy_put_back_by_a_sync_client_gets_its_lost_reviews_again(tmp_path: Path, team_dir: Path) -> None:
    ann = member("ann", tmp_path)
    [run] = record(ann)
    sync.sync_now(ann)
    old_copy = (team_dir / "usage.db").read_bytes()
    ann.ledger.update_review(run.id, checklist_ticked=2, checklist_total=2, approved=True)
    sync.sync_now(ann)
    incoming = team_dir / "incoming.tmp"
    incoming.write_bytes(old_copy)
    os.replace(incoming, team_dir / "usage.db")
    assert shared_rows(team_dir, "SELECT revision, approved FROM usage") == [(1, 0)]
    assert sync.sync_now(ann).ok
    assert shared_rows(team_dir, "SELECT revision, approved FROM usage") == [(2, 1)]


def test_a_team_file_from_an_older_version_is_migrated_in_order(tmp_path: Path, team_dir: Path) -> None:
    from desktop.core.usage.migrations import applied_names, migrate

    with closing(sqlite3.connect(team_dir / "usage.db", isolation_level=None)) as conn:
        migrate(conn, shared_file.MIGRATIONS[:2])
    ann = member("ann", tmp_path)
    record(ann, 2)
    assert sync.sync_now(ann).ok
    with closing(sqlite3.connect(team_dir / "usage.db")) as conn:
        assert applied_names(conn) == [m.name for m in shared_file.MIGRATIONS]
        indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "usage_source_revision" in indexes and "usage_source" not in indexes
    assert len(shared_rows(team_dir)) == 2


def test_sync_states_are_one_set_of_kinds_and_an_unknown_kept_kind_reads_as_unusable(
    tmp_path: Path, team_dir: Path
) -> None:
    """A kind with no words is refused where it is made; one a newer version kept in the ledger
    is shown as "could not be used", never as "Synced"."""
    import pytest

    from desktop.core.usage.store import StoreProblem, SyncProblem

    with pytest.raises(ValueError):
        StoreProblem("disk_on_fire")
    assert StoreProblem("locked").kind is SyncProblem.LOCKED and SyncProblem.LOCKED == "locked"
    ann = member("ann", tmp_path)
    record(ann, 2)
    ann.ledger.set_meta({"last_problem_kind": "quantum_flux"})
    state = sync.sync_state(ann)
    assert (state.ok, state.problem_kind, state.waiting) == (False, SyncProblem.UNUSABLE, 2)
    assert state.message.startswith("The team file") and "could not be used — 2 records waiting" in state.message
