"""Sync names the real cause when the team file is not a plain file of its own, and writes
nowhere else.

Every case runs ``promptdesk sync`` as a real process against real files: a link to a file
outside the team folder (existing or not), a linked journal, a hard link, a folder called
usage.db, another program's database, a read-only folder without the file, a file this user
may not read. The child obeys permission bits even when the tests run as root (see
``tests/helpers/without_root_powers.py``). Records wait, the message says why in plain words,
and no raw ``OperationalError`` line reaches the terminal.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from desktop.core.context import AppContext
from desktop.core.run import DONE, Run
from desktop.core.settings import UserSettings
from desktop.core.usage import shared_file, sync
from tests.helpers.without_root_powers import drop_file_powers, powers_can_be_dropped

RAW = ("OperationalError", "DatabaseError", "Traceback", "sqlite3", "unable to open database")


def sync_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", "sync", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=120, preexec_fn=drop_file_powers)


def other_database(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('quarterly plan')")
        conn.commit()


def link_to_existing_file_outside(team: Path, outside: Path) -> None:
    other_database(outside)
    (team / "usage.db").symlink_to(outside)


def link_to_missing_file_outside(team: Path, outside: Path) -> None:
    (team / "usage.db").symlink_to(outside)


def linked_journal(team: Path, outside: Path) -> None:
    sync.sync_now(AppContext(UserSettings()))  # a real team file, then its journal made a link
    Path(f"{team / 'usage.db'}-journal").symlink_to(outside)


def hard_link(team: Path, outside: Path) -> None:
    other_database(outside)
    os.link(outside, team / "usage.db")


def folder_named_usage_db(team: Path, outside: Path) -> None:
    (team / "usage.db").mkdir()


def another_programs_database(team: Path, outside: Path) -> None:
    other_database(team / "usage.db")


def another_program_with_a_usage_table(team: Path, outside: Path) -> None:
    with closing(sqlite3.connect(team / "usage.db")) as conn:
        conn.execute("CREATE TABLE usage (day TEXT, kwh REAL)")
        conn.commit()


def read_only_folder_without_the_file(team: Path, outside: Path) -> None:
    team.chmod(0o555)


def unreadable_file(team: Path, outside: Path) -> None:
    sync.sync_now(AppContext(UserSettings()))
    (team / "usage.db").chmod(0o000)


CASES: list[tuple[Callable[[Path, Path], None], str, str]] = [
    (link_to_existing_file_outside, "link", "is a link to a file somewhere else"),
    (link_to_missing_file_outside, "link", "is a link to a file somewhere else"),
    (linked_journal, "link", "is a link to a file somewhere else"),
    (hard_link, "link", "is a link to a file somewhere else"),
    (folder_named_usage_db, "not_a_file", "is a folder, not the team file"),
    (another_programs_database, "foreign", "belongs to another program"),
    (another_program_with_a_usage_table, "foreign", "belongs to another program"),
    (read_only_folder_without_the_file, "read_only", "is read-only for you"),
    (unreadable_file, "unreadable", "You are not allowed to read the team file"),
]


@pytest.fixture
def waiting_record(team_dir: Path) -> Run:
    run = Run(user="ana", status=DONE, actual_cost=0.02)
    AppContext(UserSettings()).ledger.record(run)
    return run


@pytest.mark.parametrize(("make", "kind", "words"), CASES, ids=[case[0].__name__ for case in CASES])
def test_sync_names_the_cause_in_plain_words_and_writes_nowhere_else(
        tmp_path: Path, team_dir: Path, make, kind: str, words: str) -> None:
    if not powers_can_be_dropped():
        pytest.skip("a child process here cannot be made to obey permission bits")
    outside = tmp_path / "elsewhere" / "notes.db"
    outside.parent.mkdir()
    make(team_dir, outside)
    AppContext(UserSettings()).ledger.record(Run(user="ana", status=DONE, actual_cost=0.02))
    outside_before = outside.read_bytes() if outside.exists() else None
    try:
        plain = sync_cli()
        as_json = sync_cli("--json")
    finally:
        team_dir.chmod(0o755)
        if (team_dir / "usage.db").exists() and not (team_dir / "usage.db").is_symlink():
            (team_dir / "usage.db").chmod(0o644)
    assert plain.returncode == 1 and as_json.returncode == 1
    assert words in plain.stdout and "record waiting" in plain.stdout and "Synced" not in plain.stdout
    assert not any(raw in plain.stdout + plain.stderr for raw in RAW), plain.stdout + plain.stderr
    state = json.loads(as_json.stdout)
    assert (state["ok"], state["problem_kind"], state["waiting"]) == (False, kind, 1)
    assert (outside.read_bytes() if outside.exists() else None) == outside_before


def test_after_the_link_is_replaced_by_the_real_file_the_record_arrives_once(
        tmp_path: Path, team_dir: Path, waiting_record: Run) -> None:
    outside = tmp_path / "notes.db"
    link_to_existing_file_outside(team_dir, outside)
    before = outside.read_bytes()
    context = AppContext(UserSettings())
    assert sync.sync_now(context).problem_kind == "link"
    (team_dir / "usage.db").unlink()
    state = sync.sync_now(context)
    assert (state.ok, state.sent, state.waiting) == (True, 1, 0)
    with closing(sqlite3.connect(team_dir / "usage.db")) as conn:
        assert conn.execute("SELECT id FROM usage").fetchall() == [(waiting_record.id,)]
    assert outside.read_bytes() == before


def test_spend_views_never_read_through_a_link(tmp_path: Path, team_dir: Path, waiting_record: Run) -> None:
    real = tmp_path / "real-team"
    real.mkdir()
    context = AppContext(UserSettings())
    assert sync.sync_now(context).ok
    os.replace(team_dir / "usage.db", real / "usage.db")
    (team_dir / "usage.db").symlink_to(real / "usage.db")
    assert shared_file.open_shared_for_reading(team_dir) is None


def test_a_team_folder_reached_through_a_link_is_fine(tmp_path: Path, waiting_record: Run,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Mapped drives and sync folders are often links themselves; only the file must be real."""
    real = tmp_path / "real-team"
    real.mkdir()
    linked = tmp_path / "team-link"
    linked.symlink_to(real, target_is_directory=True)
    monkeypatch.setenv("PROMPTDESK_TEAM_DIR", str(linked))
    state = sync.sync_now(AppContext(UserSettings()))
    assert state.ok and state.sent >= 1 and (real / "usage.db").is_file()


def test_a_team_file_whose_schema_is_not_even_text_is_damaged_not_a_traceback(team_dir: Path) -> None:
    context = AppContext(UserSettings())
    assert sync.sync_now(context).ok
    path = team_dir / "usage.db"
    data = bytearray(path.read_bytes())
    at = data.find(b"usage_month")
    data[at + 2] = 0xFA
    path.write_bytes(bytes(data))
    shared_file._KNOWN_GOOD.clear()  # a new process: the file is checked when first opened
    context.ledger.record(Run(user="ana", status=DONE))
    state = sync.sync_now(context)
    assert (state.ok, state.problem_kind, state.waiting) == (False, "corrupt", 1)
    out = sync_cli()
    assert out.returncode == 1 and "damaged" in out.stdout and not any(raw in out.stdout + out.stderr for raw in RAW)
    assert shared_file.open_shared_for_reading(team_dir) is None  # the spend views fall back to this computer
