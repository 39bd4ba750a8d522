"""Sync the local ledger into the team's shared SQLite file (``usage.db`` in the team folder).

The shared file lives on network shares and sync folders, where SQLite is fragile, so:

- every record is written to the local ledger first; sync only copies, so an unreachable,
  read-only, full, locked or damaged team file delays numbers and never loses them;
- rollback journal (``journal_mode=DELETE``; WAL does not work over network file systems),
  ``BEGIN IMMEDIATE`` short transactions of ``BATCH_ROWS`` records, a busy timeout, and
  retries with backoff when another member holds the lock;
- records carry globally unique ids and a ``revision``; the write is an upsert that only moves
  forward (``ON CONFLICT(id) DO UPDATE ... WHERE excluded.revision > usage.revision``), so
  sending a record twice changes nothing and a review made after the first sync still arrives;
- the local ledger marks a record synced only after the shared transaction committed: a crash
  in between sends it again, which the upsert makes harmless. Every record arrives exactly once;
- each record names its ledger (``source``); when the shared file holds fewer of this ledger's
  records, or older revisions of them, than the ledger believes it sent (the file was rebuilt,
  or a sync client restored an old copy), every record is sent again;
- a file that fails ``PRAGMA quick_check`` (see ``_KNOWN_GOOD`` for when it runs), or was
  written by a newer version of the app, is never written to; ``rebuild_shared`` moves a
  damaged file aside and starts a fresh one;
- only a real file inside the team folder is written: a ``usage.db`` (or its journal) that is a
  link, or resolves outside the folder, is refused, because writing through it would change a
  file somewhere else while saying "Synced"; so is a folder of that name, a file this user may
  not read, and another program's database. Each refusal names its cause in plain words.

What goes to the shared file (``outgoing.py``): ``USAGE_FIELDS`` and the run a follow-up
continues always, the redacted prompt and answer only when the team turned on shared audit,
originals and the vault never.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import sqlite3
import stat
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.core.errors import LedgerError, SyncError
from desktop.core.run import USAGE_FIELDS, utc_now
from desktop.core.usage import outgoing
from desktop.core.usage.ledger import _V1_COLUMNS, Ledger
from desktop.core.usage.migrations import Migration, applied_names, migrate, newer_names
from desktop.core.usage.store import FileStore, StoreProblem, SyncProblem, TeamStore, team_store

if TYPE_CHECKING:
    from desktop.core.context import AppContext

log = logging.getLogger(__name__)

SHARED_FILE = "usage.db"
BATCH_ROWS = 5000  # records per shared transaction: a fraction of a second, so others wait little


@dataclass
class SyncTiming:
    """How long to wait for a team file that another member is writing to."""

    busy_timeout_s: float = 5.0
    attempts: int = 4
    backoff_s: float = 0.2


TIMING = SyncTiming()

_SHARED_COLUMNS: dict[str, type] = {name: _V1_COLUMNS[name] for name in USAGE_FIELDS}
_EXTRA_COLUMNS: dict[str, type] = {
    "redacted_prompt": str, "revision": int, "updated_at": str, "source": str, "synced_at": str,
}
# Added by 0004_audit_answer_and_turn_link (file) / 0005 (PostgreSQL): the redacted answer under
# shared audit, and the run a follow-up turn continues. The columns above are those of 0001.
_LINK_COLUMNS: dict[str, type] = {"redacted_answer": str, "parent_run_id": str}
# A row as ``outgoing.waiting`` builds it, in this order.
_INSERT_COLUMNS = [*USAGE_FIELDS, *_EXTRA_COLUMNS, *_LINK_COLUMNS]


def _create_usage(conn: sqlite3.Connection) -> None:
    columns = ", ".join(
        f"[{name}] {'TEXT' if kind is str else 'INTEGER' if kind is int else 'REAL'}"
        for name, kind in {**_SHARED_COLUMNS, **_EXTRA_COLUMNS}.items()
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
    for name in _LINK_COLUMNS:
        conn.execute(f"ALTER TABLE usage ADD COLUMN [{name}] TEXT")


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_usage", _create_usage),
    Migration("0002_meta", _create_meta),
    Migration("0003_source_revision_index", _source_revision_index),
    Migration("0004_audit_answer_and_turn_link", _audit_answer_and_turn_link),
)

_UPSERT = (
    f"INSERT INTO usage ({', '.join(f'[{c}]' for c in _INSERT_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_INSERT_COLUMNS))}) "
    f"ON CONFLICT(id) DO UPDATE SET {', '.join(f'[{c}] = excluded.[{c}]' for c in _INSERT_COLUMNS if c != 'id')} "
    "WHERE excluded.revision > usage.revision"
)


@dataclass
class SyncState:
    """What the status bar and ``promptdesk sync`` say about the team file."""

    ok: bool
    sent: int
    waiting: int
    last_synced_at: str | None
    message: str
    problem_kind: SyncProblem = SyncProblem.NONE


_Problem = StoreProblem  # the file's failures are the store interface's


_SYNC_LOCK = threading.Lock()
# path -> (inode, size, when checked) of the team file as this process last checked it. The
# check reads the whole file (about 0.6 s for a million records, and over the network on a
# share), so it runs when this process first opens the file, when the file was replaced (a
# new inode: a sync client or a restore) or shrank, and at least every CHECK_EVERY_S; SQLite
# reports damage it meets in between as corruption anyway.
_KNOWN_GOOD: dict[str, tuple[int, int, float]] = {}
CHECK_EVERY_S = 3600.0


# ---------------------------------------------------------------------------- state and words


def _records(count: int) -> str:
    return f"{count} record{'s' if count != 1 else ''} waiting"


def _ago(when: str, now: datetime) -> str:
    try:
        seconds = (now - datetime.fromisoformat(when)).total_seconds()
    except ValueError:
        return "Synced"
    if seconds < 60:
        return "Synced just now"
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"Synced {minutes} minute{'s' if minutes != 1 else ''} ago"
    hours = minutes // 60
    if hours < 48:
        return f"Synced {hours} hour{'s' if hours != 1 else ''} ago"
    return f"Synced on {when[:10]}"


def describe(kind: str, waiting: int, last_synced_at: str | None, team_dir: Path | None = None,
             now: datetime | None = None) -> str:
    """The one-line sync message for the status bar, in plain words."""
    now = now or datetime.now(UTC)
    where = f" ({team_dir})" if team_dir else ""
    waits = _records(waiting)
    if kind == SyncProblem.NO_TEAM:
        return "No team folder set"
    if kind == SyncProblem.UNREACHABLE:
        return f"Team drive not reachable — {waits}"
    if kind == SyncProblem.READ_ONLY:
        return f"The team folder{where} is read-only for you — {waits}. Ask your operator for write access."
    if kind == SyncProblem.LOCKED:
        return f"The team file is busy (another member is writing) — {waits}; Promptdesk will try again."
    if kind == SyncProblem.FULL:
        return f"The team drive is full — {waits}. Ask your operator to free some space."
    if kind == SyncProblem.CORRUPT:
        return (f"The team file {SHARED_FILE}{where} is damaged, so Promptdesk is not writing to it — {waits}, "
                "safe on this computer. Your operator can start a fresh one with: promptdesk sync --rebuild")
    if kind == SyncProblem.NEWER_VERSION:
        return f"The team file was written by a newer version of Promptdesk. Update Promptdesk to keep syncing — {waits}."
    if kind == SyncProblem.LEDGER:
        return "Your usage history on this computer cannot be read, so nothing can be synced."
    shared = team_dir / SHARED_FILE if team_dir else Path(SHARED_FILE)
    if kind == SyncProblem.LINK:
        return (f"The team file {shared} is a link to a file somewhere else, so Promptdesk will not write through it "
                f"— {waits}. Ask your operator to put the real {SHARED_FILE} in the team folder instead of the link.")
    if kind == SyncProblem.NOT_A_FILE:
        return (f"{shared} is a folder, not the team file — {waits}. Ask your operator to rename that folder; "
                "Promptdesk then starts the team file there.")
    if kind == SyncProblem.UNREADABLE:
        return (f"You are not allowed to read the team file {shared} — {waits}. Ask your operator to give you read "
                "and write access to it.")
    if kind == SyncProblem.FOREIGN:
        return (f"{shared} belongs to another program (it is not a Promptdesk team file), so Promptdesk will not "
                f"write to it — {waits}. Ask your operator to move it out of the team folder.")
    if kind == SyncProblem.UNUSABLE:
        return f"The team file {shared} could not be used — {waits}, safe on this computer. Promptdesk will try again."
    text = _ago(last_synced_at, now) if last_synced_at else "Not synced yet"
    return f"{text} — {waits}" if waiting else text


def _state(ledger: Ledger, kind: SyncProblem, sent: int, team_dir: Path | None,
           store: TeamStore | None = None) -> SyncState:
    waiting = ledger.unsynced_count()
    last = ledger.get_meta("last_synced_at")
    if kind and store is not None and store.kind != "file":  # the store's own words for its failures
        message = store.describe(kind, waiting)
    else:
        message = describe(kind, waiting, last, team_dir)
    return SyncState(ok=kind == SyncProblem.NONE, sent=sent, waiting=waiting, last_synced_at=last,
                     message=message, problem_kind=kind)


def sync_state(context: AppContext) -> SyncState:
    """The last known state, without touching the team drive (cheap: the status bar calls it)."""
    try:
        ledger = context.ledger
        if context.team_dir is None:
            return _state(ledger, SyncProblem.NO_TEAM, 0, None)
        return _state(ledger, SyncProblem.read(ledger.get_meta("last_problem_kind")), 0, context.team_dir, team_store(context))
    except LedgerError:
        return SyncState(False, 0, 0, None, describe(SyncProblem.LEDGER, 0, None), SyncProblem.LEDGER)


def sync_now(context: AppContext) -> SyncState:
    """Send every waiting record to the team file and report; never raises for expected failures.

    Sync is the ledger's periodic job (after each run, on a timer, from the command line), so
    it also applies the retention setting to old texts, at most once a day.
    """
    try:
        ledger = context.ledger
        _apply_retention(ledger, int(context.settings.retention_days))
    except LedgerError as exc:
        return SyncState(False, 0, 0, None, exc.message, SyncProblem.LEDGER)
    team_dir = context.team_dir
    if team_dir is None:
        return _state(ledger, SyncProblem.NO_TEAM, 0, None)
    store = team_store(context) or FileStore(team_dir)
    with _SYNC_LOCK:
        sent, kind = 0, SyncProblem.NONE
        try:
            sent = store.push(ledger, shared_audit=context.team.shared_audit)
        except _Problem as problem:
            kind = problem.kind
            if kind == SyncProblem.CORRUPT:  # checked again on every attempt until it is rebuilt
                _KNOWN_GOOD.pop(str(shared_path(team_dir)), None)
            log.warning("Sync to %s not done (%s): %s", team_dir, kind, problem.detail)
        except LedgerError as exc:  # this computer's disk, not the team drive
            log.warning("Sync stopped: %s", exc.message)
            return SyncState(False, sent, 0, None, exc.message, SyncProblem.LEDGER)
        try:
            values = {"last_problem_kind": kind.value, "last_attempt_at": utc_now()}
            if not kind:
                values["last_synced_at"] = utc_now()
            ledger.set_meta(values)
            return _state(ledger, kind, sent, team_dir, store)
        except LedgerError:
            return SyncState(False, sent, 0, None, describe(SyncProblem.LEDGER, 0, None), SyncProblem.LEDGER)


def _apply_retention(ledger: Ledger, retention_days: int) -> None:
    today = utc_now()[:10]
    if ledger.get_meta("retention_applied_on") == today:
        return
    blanked = ledger.delete_old_texts(retention_days)
    if blanked:
        log.info("Blanked the texts of %s runs older than %s days", blanked, retention_days)
    ledger.set_meta({"retention_applied_on": today})


# ---------------------------------------------------------------------------- the shared file


def shared_path(team_dir: Path) -> Path:
    return team_dir / SHARED_FILE


def _classify(exc: BaseException, team_dir: Path) -> _Problem:
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


def _remember(path: Path, *, checked: bool) -> None:
    """Note the file as this process left it; ``checked``: the integrity check just passed."""
    try:
        st = path.stat()
    except OSError:
        return
    known = _KNOWN_GOOD.get(str(path))
    checked_at = time.monotonic() if checked or known is None else known[2]
    _KNOWN_GOOD[str(path)] = (st.st_ino, st.st_size, checked_at)


T = TypeVar("T")


def _with_retries(action: Callable[[], T]) -> T:
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


def _open_for_writing(team_dir: Path) -> sqlite3.Connection:
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
        _with_retries(lambda: migrate(conn, MIGRATIONS))
        _remember(path, checked=checked)
    except BaseException:
        conn.close()
        raise
    return conn


def _push(ledger: Ledger, team_dir: Path, *, shared_audit: bool) -> int:
    try:
        conn = _open_for_writing(team_dir)
    except (sqlite3.Error, OSError, UnicodeDecodeError) as exc:  # undecodable text: damaged pages
        raise _classify(exc, team_dir) from exc
    path = shared_path(team_dir)
    sent = 0
    try:
        source = ledger.ledger_id
        count, revisions = conn.execute(
            "SELECT count(*), total(revision) FROM usage WHERE source = ?", (source,)).fetchone()
        sent_count, sent_revisions = ledger.synced_totals()
        if count < sent_count or revisions < sent_revisions:
            # Rebuilt, deleted, or an older copy put back: records or reviews were lost.
            log.warning("The team file lacks records or reviews this computer sent: sending all again")
            ledger.forget_synced()
        while True:
            values, pairs = outgoing.waiting(ledger, BATCH_ROWS, source, utc_now(), shared_audit=shared_audit)
            if not values:
                break
            # In id order: the primary-key index is then written page by page, not at random.
            values.sort(key=lambda value: value[0])
            _with_retries(partial(_write_batch, conn, values))
            _remember(path, checked=False)
            ledger.mark_sent(pairs)
            sent += len(values)
    except (sqlite3.Error, OSError, UnicodeDecodeError) as exc:
        raise _classify(exc, team_dir) from exc
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
    return sent


def _write_batch(conn: sqlite3.Connection, values: list[tuple[Any, ...]]) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(_UPSERT, values)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise


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


def rebuild_shared(team_dir: Path) -> Path:
    """Move the team file aside and start a fresh one; returns where the old file now is.

    Every member's next sync sees that the fresh file lacks their records and sends them all
    again from their local ledger. The old file's journal moves with it, so SQLite never
    applies a journal to a file it does not belong to. With no old file, a fresh one is
    created and its path returned.

    Raises:
        SyncError: the team folder cannot be reached or written.
    """
    if not team_dir.is_dir():
        raise SyncError(f"The team folder {team_dir} is not reachable, so no fresh team file can be started.",
                        kind="unreachable")
    path = shared_path(team_dir)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = team_dir / f"usage-damaged-{stamp}.db"
    with _SYNC_LOCK:
        try:
            moved = path.exists()
            if moved:
                n = 1
                while aside.exists():
                    n += 1
                    aside = team_dir / f"usage-damaged-{stamp}-{n}.db"
                os.replace(path, aside)
                journal = Path(f"{path}-journal")
                if journal.exists():
                    os.replace(journal, Path(f"{aside}-journal"))
            _KNOWN_GOOD.pop(str(path), None)
            _open_for_writing(team_dir).close()
        except _Problem as problem:
            raise SyncError(describe(problem.kind, 0, None, team_dir), kind=problem.kind) from problem
        except (OSError, sqlite3.Error) as exc:
            raise SyncError(f"A fresh team file could not be started in {team_dir} ({exc}). "
                            "Check that you can write to the team folder.", kind="read_only") from exc
    return aside if moved else path


__all__ = [
    "SHARED_FILE", "TIMING", "SyncState", "SyncTiming", "describe",
    "open_shared_for_reading", "rebuild_shared", "shared_path", "sync_now", "sync_state",
]
