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
- a file that fails ``PRAGMA quick_check`` (``shared_file.py`` says when it runs), or was
  written by a newer version of the app, is never written to; ``rebuild_shared`` moves a
  damaged file aside and starts a fresh one;
- only a real file inside the team folder is written: a ``usage.db`` (or its journal) that is a
  link, or resolves outside the folder, is refused, because writing through it would change a
  file somewhere else while saying "Synced"; so is a folder of that name, a file this user may
  not read, and another program's database. Each refusal names its cause in plain words.

What goes to the shared file (``outgoing.py``): ``USAGE_FIELDS`` and the run a follow-up
continues always, the redacted prompt and answer only when the team turned on shared audit,
originals and the vault never.

The team file as a file (schema, opening, the checks before writing, retries) is in
``shared_file.py``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.errors import ErrorKind, LedgerError, SettingsError, SyncError
from desktop.core.run import utc_now
from desktop.core.usage import outgoing
from desktop.core.usage.ledger import Ledger
from desktop.core.usage.shared_file import (
    SHARED_FILE,
    UPSERT,
    classify,
    forget_check,
    open_for_writing,
    open_shared_for_reading,
    remember,
    shared_path,
    with_retries,
)
from desktop.core.usage.store import (
    FILE,
    POSTGRES,
    StoreProblem,
    SyncProblem,
    TeamReader,
    TeamStore,
    UnusableStore,
    store_settings,
)

if TYPE_CHECKING:
    from desktop.core.context import AppContext

log = logging.getLogger(__name__)

BATCH_ROWS = 5000  # records per shared transaction: a fraction of a second, so others wait little


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
                forget_check(team_dir)
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


# ---------------------------------------------------------------------------- the copy loop

def _push(ledger: Ledger, team_dir: Path, *, shared_audit: bool) -> int:
    try:
        conn = open_for_writing(team_dir)
    except (sqlite3.Error, OSError, UnicodeDecodeError) as exc:  # undecodable text: damaged pages
        raise classify(exc, team_dir) from exc
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
            with_retries(partial(_write_batch, conn, values))
            remember(path, checked=False)
            ledger.mark_sent(pairs)
            sent += len(values)
    except (sqlite3.Error, OSError, UnicodeDecodeError) as exc:
        raise classify(exc, team_dir) from exc
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
    return sent


def _write_batch(conn: sqlite3.Connection, values: list[tuple[Any, ...]]) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(UPSERT, values)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise


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
                        kind=ErrorKind.UNREACHABLE)
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
            forget_check(team_dir)
            open_for_writing(team_dir).close()
        except _Problem as problem:
            raise SyncError(describe(problem.kind, 0, None, team_dir), kind=ErrorKind(problem.kind)) from problem
        except (OSError, sqlite3.Error) as exc:
            raise SyncError(f"A fresh team file could not be started in {team_dir} ({exc}). "
                            "Check that you can write to the team folder.", kind=ErrorKind.READ_ONLY) from exc
    return aside if moved else path


__all__ = ["BATCH_ROWS", "SyncState", "describe", "rebuild_shared", "sync_now", "sync_state"]


class FileStore:
    """The shared SQLite file in the team folder (this module holds its logic)."""

    kind = FILE

    def __init__(self, team_dir: Path) -> None:
        self.team_dir = team_dir

    def push(self, ledger: Ledger, *, shared_audit: bool) -> int:
        return _push(ledger, self.team_dir, shared_audit=shared_audit)

    def open_reader(self) -> TeamReader | None:
        return open_shared_for_reading(self.team_dir)

    def describe(self, kind: str, waiting: int) -> str:
        return describe(kind, waiting, None, self.team_dir)




def team_store(context: AppContext) -> TeamStore | None:
    """The store this member syncs to, or None when no team folder is set."""
    if context.team_dir is None:
        return None
    try:
        chosen = store_settings(context)
    except SettingsError as exc:
        return UnusableStore(exc.message.removeprefix("team.toml: "))
    if chosen.kind == POSTGRES:
        from desktop.core.usage.pg_store import PostgresStore

        return PostgresStore(chosen, member=context.user)
    return FileStore(context.team_dir)
