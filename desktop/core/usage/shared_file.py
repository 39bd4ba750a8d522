"""The team's shared SQLite file (``usage.db`` in the team folder) as a file: its schema and
named migrations, how it is opened, the checks made before anything is written to it, and the
retries while another member holds its lock. The copy loop and the words for each state are in
``sync.py``, whose docstring states the guarantees these checks serve.

Refused, each with its cause named (``StoreProblem``): a file that is a link or resolves
outside the team folder, a folder of that name, a file this user may not read, another
program's database, a file from a newer version, and one that fails ``PRAGMA quick_check``
(see ``_KNOWN_GOOD`` for when that runs).
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import stat
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from desktop.core.run import USAGE_FIELDS, utc_now
from desktop.core.usage.ledger_schema import V1_COLUMNS
from desktop.core.usage.migrations import Migration, applied_names, migrate, newer_names
from desktop.core.usage.store import StoreProblem, SyncProblem

SHARED_FILE = "usage.db"


@dataclass
class SyncTiming:
    """How long to wait for a team file that another member is writing to."""

    busy_timeout_s: float = 5.0
    attempts: int = 4
    backoff_s: float = 0.2


TIMING = SyncTiming()

SHARED_COLUMNS: dict[str, type] = {name: V1_COLUMNS[name] for name in USAGE_FIELDS}
EXTRA_COLUMNS: dict[str, type] = {
    "redacted_prompt": str, "revision": int, "updated_at": str, "source": str, "synced_at": str,
}
# Added by 0004_audit_answer_and_turn_link (file) / 0005 (PostgreSQL): the redacted answer under
# shared audit, and the run a follow-up turn continues. The columns above are those of 0001.
LINK_COLUMNS: dict[str, type] = {"redacted_answer": str, "parent_run_id": str}
# A row as ``outgoing.waiting`` builds it, in this order.
INSERT_COLUMNS = [*USAGE_FIELDS, *EXTRA_COLUMNS, *LINK_COLUMNS]


def _create_usage(conn: sqlite3.Connection) -> None:
    columns = ", ".join(
        f"[{name}] {'TEXT' if kind is str else 'INTEGER' if kind is int else 'REAL'}"
        for name, kind in {**SHARED_COLUMNS, **EXTRA_COLUMNS}.items()
    )
    conn.execute(f"CREATE TABLE usage ({columns}, PRIMARY KEY (id))")
    # Covering indexes: the spend views read a month of the team or of one member from an
    # index alone, which keeps them fast at a million records (looking rows up one by one
    # does not).
    conn.execute("CREATE INDEX usage_month ON usage (started_at, user, actual_cost)")
    conn.execute(
        "CREATE INDEX usage_member_month ON usage (user, started_at, actual_cost, reasoning_cost, "
        "status, template_id, tier, model)"
    )
    conn.execute("CREATE INDEX usage_source ON usage (source)")


def _create_meta(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (utc_now(),))


def _source_revision_index(conn: sqlite3.Connection) -> None:
    # Covers the check that the file still holds what this ledger sent (count and revisions).
    conn.execute("DROP INDEX IF EXISTS usage_source")
    conn.execute("CREATE INDEX usage_source_revision ON usage (source, revision)")


def _audit_answer_and_turn_link(conn: sqlite3.Connection) -> None:
    # Older rows keep NULL in both: their answers were never shared, their links never known.
    for name in LINK_COLUMNS:
        conn.execute(f"ALTER TABLE usage ADD COLUMN [{name}] TEXT")


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_usage", _create_usage),
    Migration("0002_meta", _create_meta),
    Migration("0003_source_revision_index", _source_revision_index),
    Migration("0004_audit_answer_and_turn_link", _audit_answer_and_turn_link),
)

UPSERT = (
    f"INSERT INTO usage ({', '.join(f'[{c}]' for c in INSERT_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(INSERT_COLUMNS))}) "
    f"ON CONFLICT(id) DO UPDATE SET {', '.join(f'[{c}] = excluded.[{c}]' for c in INSERT_COLUMNS if c != 'id')} "
    "WHERE excluded.revision > usage.revision"
)


# path -> (inode, size, when checked) of the team file as this process last checked it. The
# check reads the whole file (about 0.6 s for a million records, and over the network on a
# share), so it runs when this process first opens the file, when the file was replaced (a
# new inode: a sync client or a restore) or shrank, and at least every CHECK_EVERY_S; SQLite
# reports damage it meets in between as corruption anyway.
_KNOWN_GOOD: dict[str, tuple[int, int, float]] = {}
CHECK_EVERY_S = 3600.0
_Problem = StoreProblem  # the file's failures are the store interface's




def shared_path(team_dir: Path) -> Path:
    return team_dir / SHARED_FILE


def classify(exc: BaseException, team_dir: Path) -> _Problem:
    """Name the failure in terms the user can act on."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    detail = f"{type(exc).__name__}: {exc}"
    path = shared_path(team_dir)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or isinstance(exc, UnicodeDecodeError):
        return _Problem(SyncProblem.CORRUPT, detail)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return _Problem(SyncProblem.LOCKED, detail)
    if name.startswith("SQLITE_FULL") or getattr(exc, "errno", None) in (28, 27):  # ENOSPC, EFBIG
        return _Problem(SyncProblem.FULL, detail)
    if not team_dir.is_dir():
        return _Problem(SyncProblem.UNREACHABLE, detail)
    if path.is_dir():
        return _Problem(SyncProblem.NOT_A_FILE, detail)
    if path.exists() and not _readable(path):
        return _Problem(SyncProblem.UNREADABLE, detail)
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")) or isinstance(exc, PermissionError):
        return _Problem(SyncProblem.READ_ONLY, detail)
    if name.startswith("SQLITE_CANTOPEN") and not _can_create_in(team_dir):
        return _Problem(SyncProblem.READ_ONLY, detail)
    return _Problem(SyncProblem.UNUSABLE, detail)


def _readable(path: Path) -> bool:
    """Whether this process can open ``path`` for reading (``os.access`` is wrong on some shares)."""
    try:
        with open(path, "rb"):
            return True
    except PermissionError:
        return False
    except OSError:
        return True  # gone or busy: not a permission problem


def _can_create_in(folder: Path) -> bool:
    """Whether a file can be created in ``folder``: tried, since Windows and network shares
    answer ``os.access`` without looking at who may write there."""
    if not os.access(folder, os.W_OK):
        return False
    probe = folder / f".promptdesk-probe-{os.getpid()}-{threading.get_ident()}"
    try:
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except OSError:
        return False
    os.close(fd)
    with contextlib.suppress(OSError):
        probe.unlink()
    return True


def _refuse_unsafe_path(team_dir: Path) -> None:
    """Refuse a team file that is not a plain file of its own inside the team folder.

    A link (or a journal that is one) would make SQLite create or change a file elsewhere; a
    second hard link is the same file under another name somewhere else.
    """
    path = shared_path(team_dir)
    for candidate in (path, Path(f"{path}-journal")):
        if candidate.is_symlink():
            raise _Problem(SyncProblem.LINK, f"{candidate} is a link to {os.readlink(candidate)}")
    try:
        inside = path.resolve().parent == team_dir.resolve()
        st = path.lstat() if path.exists() else None
    except (OSError, RuntimeError) as exc:  # RuntimeError: a loop of links
        raise _Problem(SyncProblem.LINK, f"{path} cannot be resolved: {exc}") from exc
    if not inside:
        raise _Problem(SyncProblem.LINK, f"{path} resolves outside {team_dir}")
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise _Problem(SyncProblem.NOT_A_FILE, f"{path} is a folder")
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise _Problem(SyncProblem.NOT_A_FILE, f"{path} is not a regular file")
    if st is not None and st.st_nlink > 1:
        raise _Problem(SyncProblem.LINK, f"{path} has {st.st_nlink} names (hard links)")
    if st is not None and not _readable(path):
        raise _Problem(SyncProblem.UNREADABLE, f"{path} cannot be opened for reading")


def _refuse_foreign(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse another program's database: tables, but none of Promptdesk's migrations."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    tables = {name for name in tables if not name.startswith("sqlite_")}
    if not tables:
        return  # a new (or empty) file: Promptdesk starts it
    ours = {m.name for m in MIGRATIONS}
    applied = set(applied_names(conn)) if "_migrations" in tables else set()
    if not applied & ours:
        raise _Problem(SyncProblem.FOREIGN, f"{path} holds tables {sorted(tables)[:5]} and none of Promptdesk's migrations")


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=False, timeout=TIMING.busy_timeout_s)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                               timeout=TIMING.busy_timeout_s)
    conn.row_factory = sqlite3.Row
    return conn


def _needs_check(path: Path) -> bool:
    try:
        st = path.stat()
    except OSError:
        return True
    known = _KNOWN_GOOD.get(str(path))
    if known is None:
        return True
    inode, size, checked_at = known
    return st.st_ino != inode or st.st_size < size or time.monotonic() - checked_at > CHECK_EVERY_S


def remember(path: Path, *, checked: bool) -> None:
    """Note the file as this process left it; ``checked``: the integrity check just passed."""
    try:
        st = path.stat()
    except OSError:
        return
    known = _KNOWN_GOOD.get(str(path))
    checked_at = time.monotonic() if checked or known is None else known[2]
    _KNOWN_GOOD[str(path)] = (st.st_ino, st.st_size, checked_at)


T = TypeVar("T")


def with_retries(action: Callable[[], T]) -> T:
    """Run ``action``; while the file is busy, wait with growing pauses and try again."""
    for attempt in range(TIMING.attempts):
        try:
            return action()
        except sqlite3.OperationalError as exc:
            name = getattr(exc, "sqlite_errorname", "") or ""
            if not name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or attempt == TIMING.attempts - 1:
                raise
            time.sleep(TIMING.backoff_s * (2**attempt) * random.uniform(0.5, 1.5))
    raise AssertionError("unreachable")


def open_for_writing(team_dir: Path) -> sqlite3.Connection:
    """Open the team file for writing: create it if the team has none, migrate, and refuse a
    damaged file or one from a newer version."""
    if not team_dir.is_dir():
        raise _Problem(SyncProblem.UNREACHABLE, f"{team_dir} is not a folder that can be reached")
    path = shared_path(team_dir)
    _refuse_unsafe_path(team_dir)
    if not path.exists() and not _can_create_in(team_dir):
        raise _Problem(SyncProblem.READ_ONLY, f"cannot create {path}")
    conn = _connect(path)
    try:
        _refuse_foreign(conn, path)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA cache_size = -32000")  # 32 MB: a batch's index pages stay in memory
        if newer_names(conn, MIGRATIONS):
            raise _Problem(SyncProblem.NEWER_VERSION, f"{path} has migrations this version does not know")
        checked = _needs_check(path)
        if checked:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise _Problem(SyncProblem.CORRUPT, f"quick_check: {result}")
        with_retries(lambda: migrate(conn, MIGRATIONS))
        remember(path, checked=checked)
    except BaseException:
        conn.close()
        raise
    return conn


def open_shared_for_reading(team_dir: Path | None) -> sqlite3.Connection | None:
    """A read-only connection to the team file for the spend views, or None when it cannot be
    read (no team, drive gone, no file yet, not a usable file)."""
    if team_dir is None:
        return None
    path = shared_path(team_dir)
    try:
        if not path.is_file() or path.is_symlink():  # a link may lead anywhere: never read through it
            return None
        conn = _connect(path, read_only=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        conn.execute("SELECT 1 FROM usage LIMIT 1").fetchall()
    except (sqlite3.Error, UnicodeDecodeError):  # undecodable text: a damaged schema
        conn.close()
        return None
    return conn


def forget_check(team_dir: Path) -> None:
    """Check the team file again when it is next opened (it was found damaged, or replaced)."""
    _KNOWN_GOOD.pop(str(shared_path(team_dir)), None)
