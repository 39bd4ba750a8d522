"""The local usage ledger: every run of this user on this computer, written first, always.

The ledger is the source of truth for this member's usage. The shared team file is filled from
it by ``sync.py`` and can be rebuilt from it, so nothing here depends on the team drive.

Bookkeeping for sync lives beside each record: ``revision`` goes up on every change (a new
record, a re-record after a retry, a review or feedback update) and ``synced_revision`` says
which revision the shared file has. A record is waiting to sync while
``synced_revision < revision``; a partial index keeps finding those cheap however big the
ledger grows.

One connection is shared by the threads of the app (the GUI records on a worker and reads on
the UI thread), guarded by a lock; the file uses WAL so the command line can read while the
app writes.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.core import paths
from desktop.core.batch.store import create_batches
from desktop.core.errors import LedgerError, PromptdeskError
from desktop.core.run import RESENDABLE, SENDING, UNCONFIRMED, UNCONFIRMED_MESSAGE, WAITING, Run, utc_now
from desktop.core.usage.migrations import Migration, migrate, newer_names
from desktop.core.usage.turns import create_turns

log = logging.getLogger(__name__)

# What a damaged file raises: SQLite's errors, and text or JSON that no longer decodes.
_DAMAGE = (sqlite3.Error, UnicodeDecodeError)

_DEFAULTS = Run().to_dict()
_JSON_FIELDS = {name for name, value in _DEFAULTS.items() if isinstance(value, dict)}
_BOOL_FIELDS = {name for name, value in _DEFAULTS.items() if isinstance(value, bool)}
_TEXT_FIELDS = ("fields", "rendered_prompt", "redacted_prompt", "response_text", "vault")

# The columns of the first schema: the Run as it was then. Fields added to Run later that no
# migration has given a column yet are kept in ``extra`` (JSON) so a record never fails.
_V1_COLUMNS: dict[str, type] = {
    "id": str, "user": str, "machine": str, "started_at": str, "finished_at": str,
    "template_id": str, "template_title": str, "template_version": int, "template_hash": str,
    "fields": str, "rendered_prompt": str, "redacted_prompt": str, "redaction_count": int,
    "injection_flag": int, "tier": str, "tier_reason": str, "provider": str, "model": str,
    "max_output_tokens": int, "response_text": str, "stop_reason": str, "input_tokens": int,
    "output_tokens": int, "cache_read_tokens": int, "cache_write_tokens": int,
    "estimated_cost": float, "actual_cost": float, "reasoning_cost": float,
    "latency_first_ms": float, "latency_total_ms": float, "status": str, "error_kind": str,
    "error_message": str, "cache_hit": int, "checklist_ticked": int, "checklist_total": int,
    "approved": int, "feedback": int, "feedback_comment": str, "vault": str,
    "extra": str, "revision": int, "synced_revision": int, "updated_at": str,
}


def _create_runs(conn: sqlite3.Connection) -> None:
    db = sqlite_utils.Database(conn, execute_plugins=False)
    db.table("runs").create(_V1_COLUMNS, pk="id", not_null={"revision", "synced_revision"},
                      defaults={"revision": 1, "synced_revision": 0, "extra": "{}"})
    conn.execute("CREATE INDEX runs_started ON runs (started_at)")
    conn.execute("CREATE INDEX runs_user_started ON runs (user, started_at)")
    conn.execute("CREATE INDEX runs_status ON runs (status)")
    conn.execute("CREATE INDEX runs_template ON runs (template_id)")
    conn.execute("CREATE INDEX runs_unsynced ON runs (synced_revision) WHERE synced_revision < revision")


def _create_meta(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("INSERT INTO meta (key, value) VALUES ('ledger_id', ?)", (uuid.uuid4().hex,))
    conn.execute("CREATE TABLE alerts_shown (key TEXT PRIMARY KEY, shown_at TEXT NOT NULL)")


def _interrupted_runs_unconfirmed(conn: sqlite3.Connection) -> None:
    """Earlier versions recorded a run as waiting, with no error, before its request left; one
    still like that was interrupted mid-send, may have been billed, and must not be sent again
    (by hand or by itself) without asking: it becomes UNCONFIRMED."""
    conn.execute(
        "UPDATE runs SET status = ?, error_kind = 'unconfirmed', error_message = ?, "
        "actual_cost = max(actual_cost, estimated_cost), revision = revision + 1 "
        "WHERE status = ? AND (error_kind IS NULL OR error_kind = '') "
        "AND error_message LIKE 'Promptdesk closed before the answer came back%'",
        (UNCONFIRMED, UNCONFIRMED_MESSAGE, WAITING),
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_runs", _create_runs),
    Migration("0002_meta_and_alerts", _create_meta),
    Migration("0003_turns", create_turns),  # follow-up turns and edits: versions of an answer (turns.py)
    Migration("0004_interrupted_runs_unconfirmed", _interrupted_runs_unconfirmed),
    Migration("0005_batches", create_batches),  # one template over many rows (desktop/core/batch/store.py)
)


def _to_row(run: Run, columns: set[str]) -> dict[str, Any]:
    data = run.to_dict()
    row: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for name, value in data.items():
        if name in _JSON_FIELDS:
            value = json.dumps(value, ensure_ascii=False, default=str)
        elif isinstance(value, bool):
            value = int(value)
        if name in columns:
            row[name] = value
        else:
            extra[name] = data[name]
    row["extra"] = json.dumps(extra, ensure_ascii=False, default=str)
    return row


def _from_row(row: sqlite3.Row) -> Run:
    data: dict[str, Any] = {}
    for name in row.keys():  # noqa: SIM118 - sqlite3.Row has keys() but no iteration by name
        value = row[name]
        if name == "extra":
            data.update(json.loads(value or "{}"))
        elif name in _JSON_FIELDS:
            data[name] = json.loads(value) if value else {}
        elif name in _BOOL_FIELDS:
            data[name] = bool(value)
        elif name in _DEFAULTS:
            data[name] = _DEFAULTS[name] if value is None else value
    return Run.from_dict(data)


# Runs this process is sending right now (every Ledger of the process shares it): they are
# SENDING because their answer is on its way, not because a process stopped mid-send.
_IN_FLIGHT: set[str] = set()
_IN_FLIGHT_LOCK = threading.Lock()
_RESEND_ACCEPTED = (
    "Sent before without an answer being saved (it may have been billed); you chose to send it again."
)


class Ledger:
    """This computer's record of every run (``ledger.db`` in the user data folder)."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._lock = threading.RLock()
        self.db = sqlite_utils.Database(conn, execute_plugins=False)
        self._columns = {row[1] for row in conn.execute("PRAGMA table_info(runs)")}
        self._checked = False  # the whole file passed ``quick_check`` in this process

    # ------------------------------------------------------------------ plumbing
    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """A short write transaction; low-level failures become a plain ``LedgerError``."""
        with self._lock:
            try:
                with self.db.atomic():
                    yield self._conn
            except _DAMAGE as exc:
                raise _ledger_error(self.path, exc) from exc

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """A short write transaction for tables kept beside the runs (batches)."""
        return self._write()

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except _DAMAGE as exc:
                raise _ledger_error(self.path, exc) from exc

    def check(self) -> None:
        """Read the whole file once per process (``PRAGMA quick_check``) before the first send.

        SQLite reports damage only on the pages it reads, so a damaged ledger could accept a
        new record that the next start cannot read back: a send recorded nowhere. Paid once,
        on the first send of the session: about 0.13 s for 10,000 runs (48 MB), 0.5 s for
        50,000 (``python -m bench records``).

        Raises:
            LedgerError: kind ``corrupt``.
        """
        if self._checked:
            return
        rows = self._read("PRAGMA quick_check")
        if [row[0] for row in rows] != ["ok"]:
            raise LedgerError(f"Your usage history {self.path} is damaged. Move it aside and restart Promptdesk; "
                              "the team file keeps the usage already synced.", kind="corrupt")
        self._checked = True

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # ------------------------------------------------------------------ the public API
    def record(self, run: Run) -> None:
        """Insert the run, or replace the record with the same id (a retried or resent run).

        Replacing bumps ``revision`` so the change reaches the shared file on the next sync.
        """
        row = _to_row(run, self._columns)
        row["updated_at"] = utc_now()
        names = list(row)
        updates = ", ".join(f"[{n}] = excluded.[{n}]" for n in names if n != "id")
        sql = (
            f"INSERT INTO runs ({', '.join(f'[{n}]' for n in names)}) VALUES ({', '.join('?' * len(names))}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}, revision = runs.revision + 1"
        )
        try:
            with self._write() as conn:
                conn.execute(sql, [row[n] for n in names])
        finally:
            if run.status != SENDING:  # the send is over, recorded or not
                with _IN_FLIGHT_LOCK:
                    _IN_FLIGHT.discard(run.id)

    def begin_send(self, run: Run) -> None:
        """Record ``run`` as SENDING before its request leaves: no record, no request.

        A new id is inserted; an existing record is taken over only from a state known not to
        have been answered (``RESENDABLE``), in one statement, so two windows or processes
        pressing "Send now" on the same run cannot both send it.

        Raises:
            LedgerError: the ledger cannot be written (nothing may be sent).
            PromptdeskError: kind ``already_sent``: the run is being sent, was answered, or may
                have been (ask the person first, then ``allow_resend``).
        """
        self.check()
        run.status = SENDING
        row = _to_row(run, self._columns)
        extra = json.loads(row["extra"])
        extra["sending_pid"] = os.getpid()  # lets a later start tell a stopped send from a live one
        row["extra"] = json.dumps(extra, ensure_ascii=False, default=str)
        row["updated_at"] = utc_now()
        names = list(row)
        updates = ", ".join(f"[{n}] = excluded.[{n}]" for n in names if n != "id")
        allowed = ", ".join("?" * len(RESENDABLE))
        sql = (
            f"INSERT INTO runs ({', '.join(f'[{n}]' for n in names)}) VALUES ({', '.join('?' * len(names))}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}, revision = runs.revision + 1 "
            f"WHERE runs.status IN ({allowed})"
        )
        with _IN_FLIGHT_LOCK:
            if run.id in _IN_FLIGHT:
                raise _already_sent()
            with self._write() as conn:
                changed = conn.execute(sql, [*(row[n] for n in names), *RESENDABLE]).rowcount
            if changed != 1:
                raise _already_sent()
            _IN_FLIGHT.add(run.id)

    def recover_interrupted(self) -> int:
        """Mark SENDING runs whose process has stopped as UNCONFIRMED; returns how many.

        Their request may have reached the provider and been billed, so they are never sent
        again without asking (see ``allow_resend``), and they count in the spend at their
        estimate: a budget that ignored them would fail open.
        """
        rows = self._read("SELECT id, extra FROM runs WHERE status = ?", (SENDING,))
        with _IN_FLIGHT_LOCK:
            live = set(_IN_FLIGHT)
        stale = [row[0] for row in rows if row[0] not in live and not _process_alive(_sending_pid(row[1]))]
        if not stale:
            return 0
        with self._write() as conn:
            conn.executemany(
                "UPDATE runs SET status = ?, error_kind = 'unconfirmed', error_message = ?, "
                "actual_cost = max(actual_cost, estimated_cost), "
                "revision = revision + 1, updated_at = ? WHERE id = ? AND status = ?",
                [(UNCONFIRMED, UNCONFIRMED_MESSAGE, utc_now(), run_id, SENDING) for run_id in stale],
            )
        return len(stale)

    def allow_resend(self, run_id: str) -> bool:
        """The person was asked and chose to send an UNCONFIRMED run again: make it waiting.

        Returns False when the run is not (or no longer) unconfirmed.
        """
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE runs SET status = ?, error_kind = '', error_message = ?, revision = revision + 1, "
                "updated_at = ? WHERE id = ? AND status = ?",
                (WAITING, _RESEND_ACCEPTED, utc_now(), run_id, UNCONFIRMED),
            )
        return cursor.rowcount == 1

    def unconfirmed(self) -> list[Run]:
        """Runs sent without their answer being saved (status UNCONFIRMED), oldest first."""
        rows = self._read("SELECT * FROM runs WHERE status = ? ORDER BY started_at", (UNCONFIRMED,))
        return [_from_row(row) for row in rows]

    def get(self, run_id: str) -> Run | None:
        rows = self._read("SELECT * FROM runs WHERE id = ?", (run_id,))
        return _from_row(rows[0]) if rows else None

    def runs(
        self,
        *,
        search: str = "",
        template_id: str | None = None,
        status: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 200,
        outside_batches: bool = False,
    ) -> list[Run]:
        """Runs newest first. ``since``/``until`` are ISO dates or times (``until`` exclusive);
        ``search`` looks in the title, template id, prompts and answer; ``outside_batches`` leaves
        out the rows of batches (History shows each batch as one entry)."""
        where, params = ["1"], []
        if outside_batches:
            where.append("id NOT IN (SELECT run_id FROM batch_rows)")
        if search:
            like = f"%{search}%"
            where.append("(template_title LIKE ? OR template_id LIKE ? OR redacted_prompt LIKE ? "
                         "OR rendered_prompt LIKE ? OR response_text LIKE ?)")
            params += [like] * 5
        for column, op, value in (("template_id", "=", template_id), ("status", "=", status),
                                  ("started_at", ">=", since), ("started_at", "<", until)):
            if value is not None:
                where.append(f"{column} {op} ?")
                params.append(value)
        sql = f"SELECT * FROM runs WHERE {' AND '.join(where)} ORDER BY started_at DESC, rowid DESC LIMIT ?"
        return [_from_row(row) for row in self._read(sql, [*params, int(limit)])]

    def waiting(self) -> list[Run]:
        """Runs waiting to be sent to a provider (status WAITING), oldest first."""
        rows = self._read("SELECT * FROM runs WHERE status = ? ORDER BY started_at", (WAITING,))
        return [_from_row(row) for row in rows]

    def update_review(
        self,
        run_id: str,
        *,
        checklist_ticked: int,
        checklist_total: int,
        approved: bool,
        feedback: int | None = None,
        feedback_comment: str | None = None,
    ) -> None:
        """Store the human review; it reaches the shared file even if the run was synced."""
        sets = ["checklist_ticked = ?", "checklist_total = ?", "approved = ?"]
        params: list[Any] = [int(checklist_ticked), int(checklist_total), int(bool(approved))]
        if feedback is not None:
            sets.append("feedback = ?")
            params.append(max(-1, min(1, int(feedback))))
        if feedback_comment is not None:
            sets.append("feedback_comment = ?")
            params.append(feedback_comment)
        sql = f"UPDATE runs SET {', '.join(sets)}, revision = revision + 1, updated_at = ? WHERE id = ?"
        with self._write() as conn:
            cursor = conn.execute(sql, [*params, utc_now(), run_id])
        if cursor.rowcount == 0:
            raise LedgerError(f"There is no run {run_id} in your history to review.", kind="not_found")

    def delete_old_texts(self, retention_days: int) -> int:
        """Blank the prompts, answer, field values and vault of runs older than the retention.

        Usage figures stay for ever (they are the spend history); the number of runs whose
        texts were blanked is returned. The shared file is untouched: it never had the texts,
        except the redacted prompt under shared audit, which the team's own rules govern.
        """
        if retention_days <= 0:
            return 0
        cutoff = (datetime.now(UTC) - timedelta(days=retention_days)).isoformat(timespec="milliseconds")
        blank = ", ".join(f"{name} = ?" for name in _TEXT_FIELDS)
        values = ["{}" if name in _JSON_FIELDS else "" for name in _TEXT_FIELDS]
        not_blank = " OR ".join(f"({name} != ? AND {name} IS NOT NULL)" for name in _TEXT_FIELDS)
        sql = f"UPDATE runs SET {blank} WHERE started_at < ? AND ({not_blank})"
        with self._write() as conn:
            return conn.execute(sql, [*values, cutoff, *values]).rowcount

    # ------------------------------------------------------------------ for sync and budget
    @property
    def ledger_id(self) -> str:
        """A random id of this ledger: marks its records in the shared file (``source``)."""
        return self.get_meta("ledger_id") or ""

    def get_meta(self, key: str) -> str | None:
        rows = self._read("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, values: dict[str, str]) -> None:
        with self._write() as conn:
            conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", list(values.items()))

    def unsynced(self, limit: int, columns: Sequence[str], offset: int = 0) -> list[sqlite3.Row]:
        """``columns`` of up to ``limit`` records the shared file lacks or has an older revision of,
        after the first ``offset`` of them (a batch still on its way); ``rowid`` may be asked for."""
        names = ", ".join(f"[{name}]" for name in columns)
        return self._read(
            f"SELECT {names} FROM runs INDEXED BY runs_unsynced WHERE synced_revision < revision LIMIT ? OFFSET ?",
            (limit, offset),
        )

    def unsynced_count(self) -> int:
        return int(self._read("SELECT count(*) FROM runs WHERE synced_revision < revision")[0][0])

    def synced_totals(self) -> tuple[int, int]:
        """How many records the shared file should have some revision of, and the sum of those
        revisions: a file holding less has lost records or reviews."""
        row = self._read("SELECT count(*), total(synced_revision) FROM runs WHERE synced_revision > 0")[0]
        return int(row[0]), int(row[1])

    def mark_synced(self, pairs: Sequence[tuple[str, int]]) -> None:
        """Record that the shared file now has ``revision`` of each ``(id, revision)``."""
        with self._write() as conn:
            conn.executemany(
                "UPDATE runs SET synced_revision = ? WHERE id = ? AND synced_revision < ?",
                [(revision, run_id, revision) for run_id, revision in pairs],
            )

    def mark_sent(self, rows: Sequence[tuple[int, str, int]]) -> None:
        """``mark_synced`` for ``(rowid, id, revision)`` as ``unsynced`` read them: found by rowid,
        several times faster than by id; the id is checked too, so a row that moved (a VACUUM
        renumbers rowids) is left waiting, and sent again later, never marked by mistake."""
        with self._write() as conn:
            conn.executemany(
                "UPDATE runs SET synced_revision = ? WHERE rowid = ? AND id = ? AND synced_revision < ?",
                [(revision, rowid, run_id, revision) for rowid, run_id, revision in rows],
            )

    def forget_synced(self) -> None:
        """Mark every record as waiting: the shared file was replaced or lost records."""
        with self._write() as conn:
            conn.execute("UPDATE runs SET synced_revision = 0 WHERE synced_revision > 0")

    def alert_shown(self, key: str) -> bool:
        return bool(self._read("SELECT 1 FROM alerts_shown WHERE key = ?", (key,)))

    def mark_alert_shown(self, key: str) -> None:
        with self._write() as conn:
            conn.execute("INSERT OR IGNORE INTO alerts_shown (key, shown_at) VALUES (?, ?)", (key, utc_now()))

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """A read-only query for the spend views (same column names as the shared file)."""
        return self._read(sql, params)


def _already_sent() -> PromptdeskError:
    return PromptdeskError(
        "This request is being sent, was answered, or may have been billed already, so it is not sent again "
        "from here. Look it up under History.", kind="already_sent")


def _sending_pid(extra: str | None) -> int:
    try:
        value = json.loads(extra or "{}").get("sending_pid", 0)
    except (ValueError, AttributeError):
        return 0
    return value if isinstance(value, int) else 0


def _process_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs. This process's own id counts as stopped: its live
    sends are in ``_IN_FLIGHT``, so a SENDING record with its id is from an earlier process."""
    if pid <= 0 or pid == os.getpid():
        return False
    if os.name == "nt":  # os.kill(pid, 0) would end the process on Windows
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists but belongs to someone else
        return True
    return True


def _windows_process_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _ledger_error(path: Path, exc: BaseException) -> LedgerError:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if not isinstance(exc, sqlite3.Error):  # text that is not text: damaged pages
        name = "SQLITE_CORRUPT"
    if name.startswith("SQLITE_FULL"):
        return LedgerError(f"The disk holding your usage history ({path.parent}) is full. Free some "
                           "space; your runs cannot be recorded until then.", kind="full")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return LedgerError(f"Your usage history {path} is damaged. Move it aside and restart Promptdesk; "
                           "the team file keeps the usage already synced.", kind="corrupt")
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")):
        return LedgerError(f"Promptdesk cannot write your usage history {path}. Check that the folder "
                           f"{path.parent} is yours and not read-only.", kind="read_only")
    if name.startswith("SQLITE_IOERR"):
        return LedgerError(f"The disk holding your usage history ({path.parent}) refused a read or write: it may be "
                           "full, removed or failing. Free some space or reconnect it, then try again.", kind="io")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return LedgerError("Your usage history is busy in another Promptdesk window. Try again in a moment.",
                           kind="locked")
    return LedgerError(f"Your usage history {path} could not be used ({exc}).", kind="ledger")


def open_ledger(path: Path | None = None) -> Ledger:
    """Open (creating if needed) the local ledger and bring its schema up to date.

    Raises:
        LedgerError: the file cannot be opened, is damaged, or was written by a newer version
            of Promptdesk (which this version must not write to).
    """
    path = path or paths.ledger_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        paths.private_file(path)  # it holds the originals behind placeholders: this user only
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
    except (OSError, sqlite3.Error) as exc:
        raise LedgerError(f"Promptdesk cannot open your usage history {path} ({exc}).") from exc
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        newer = newer_names(conn, MIGRATIONS)
        if newer:
            raise LedgerError(
                f"Your usage history {path} was written by a newer version of Promptdesk. "
                "Update Promptdesk to keep recording runs; this version will not change the file.",
                kind="newer_version",
            )
        migrate(conn, MIGRATIONS)
    except _DAMAGE as exc:
        conn.close()
        raise _ledger_error(path, exc) from exc
    except LedgerError:
        conn.close()
        raise
    ledger = Ledger(path, conn)
    try:
        ledger.recover_interrupted()
    except LedgerError as exc:  # a read-only ledger can still be read; sending will say why it cannot
        log.warning("Interrupted runs not checked: %s", exc.message)
    return ledger

