"""The ledger (originals behind placeholders), the answers and the test results are this user's
only: folders 0700 and databases 0600 on POSIX, whatever the umask, and looser ones found on
disk are tightened when opened. Real files, a real send through the real SDK and SQLite."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.context import AppContext
from desktop.core.review.eval_store import EvalStore
from desktop.core.send import pipeline
from desktop.core.send.answer_cache import AnswerCache
from desktop.core.settings import UserSettings
from desktop.core.usage.ledger import open_ledger

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")

NOTE = """---
title: Thank-you note
category: Sales
tier: quick
version: 1
purpose: Thank someone for a meeting.
fields:
  - {name: person, label: Who to thank, type: short_text, required: true}
---
Write one sentence thanking {{person}} for the meeting.
"""


@pytest.fixture(autouse=True)
def loose_umask() -> Iterator[None]:
    """The common default: new files 0644, new folders 0755, unless the app says otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_real_send_leaves_every_per_user_folder_0700_and_every_database_0600(connected_llm, isolated_home) -> None:
    (paths.personal_prompts_dir() / "thank-you.md").write_text(NOTE, encoding="utf-8")
    context = AppContext(UserSettings())
    prepared = pipeline.prepare(context, context.library.get("thank-you"), {"person": "Maria Keller"})
    run = pipeline.execute(context, prepared)
    assert run.status == "done" and connected_llm.requests
    EvalStore()
    paths.config_dir(), paths.logs_dir()  # made at start by the window and the log
    for kind in ("config", "data", "cache", "logs"):
        assert mode(isolated_home / kind) == 0o700, kind
    assert mode(paths.personal_prompts_dir()) == 0o700
    ledger = paths.ledger_file()
    files = [ledger, Path(f"{ledger}-wal"), Path(f"{ledger}-shm"), paths.cache_dir() / "answers.db",
             paths.data_dir() / "evals.db"]
    assert all(f.exists() for f in files)
    assert {str(f.name): mode(f) for f in files} == {str(f.name): 0o600 for f in files}
    # The originals behind the placeholders are in the ledger: that is why it is private.
    assert "Maria Keller" in open_ledger().get(run.id).vault.values()


def test_loose_folders_and_files_from_an_older_version_are_tightened_on_open(isolated_home) -> None:
    data, cache = isolated_home / "data", isolated_home / "cache"
    data.mkdir(parents=True, mode=0o755)
    cache.mkdir(parents=True, mode=0o755)
    os.chmod(data, 0o755)
    os.chmod(cache, 0o777)
    ledger = data / "ledger.db"
    holder = sqlite3.connect(ledger)  # a WAL file and shared memory left by a running older copy
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("CREATE TABLE scratch (x)")
    holder.execute("INSERT INTO scratch VALUES (1)")
    holder.commit()
    answers = cache / "answers.db"
    with closing(sqlite3.connect(answers)) as conn:
        conn.execute("CREATE TABLE t (x)")
    for path in (ledger, Path(f"{ledger}-wal"), Path(f"{ledger}-shm"), answers):
        os.chmod(path, 0o644)
    try:
        open_ledger().close()
        AnswerCache().get("key", 24)
        assert mode(paths.data_dir()) == 0o700 and mode(paths.cache_dir()) == 0o700
        for path in (ledger, Path(f"{ledger}-wal"), Path(f"{ledger}-shm"), answers):
            assert mode(path) == 0o600, path
    finally:
        holder.close()


def test_a_link_in_place_of_the_ledger_is_not_followed_by_the_tightening(isolated_home, tmp_path) -> None:
    """chmod through a link would change a file elsewhere; the ledger opens as before."""
    shared = tmp_path / "elsewhere.txt"
    shared.write_text("not ours\n", encoding="utf-8")
    os.chmod(shared, 0o644)
    data = paths.data_dir()
    (data / "ledger-link.db").symlink_to(shared)
    paths.private_file(data / "ledger-link.db")
    assert mode(shared) == 0o644 and shared.read_text(encoding="utf-8") == "not ours\n"
