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

The schema, its named migrations and the row conversion are in ``ledger_schema.py``.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.core import paths
from desktop.core.errors import ErrorKind, LedgerError, PromptdeskError
from desktop.core.run import RESENDABLE, SENDING, UNCONFIRMED, UNCONFIRMED_MESSAGE, WAITING, Run, utc_now
from desktop.core.usage.ledger_schema import DAMAGE, JSON_FIELDS, MIGRATIONS, from_row, ledger_error, to_row
from desktop.core.usage.migrations import migrate, newer_names
from desktop.core.usage.sending_process import process_alive, sending_pid

log = logging.getLogger(__name__)

_TEXT_FIELDS = ("fields", "rendered_prompt", "redacted_prompt", "response_text", "vault")

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
            except DAMAGE as exc:
                raise ledger_error(self.path, exc) from exc

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """A short write transaction for tables kept beside the runs (batches)."""
        return self._write()

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except DAMAGE as exc:
                raise ledger_error(self.path, exc) from exc

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
                              "the team file keeps the usage already synced.", kind=ErrorKind.CORRUPT)
        self._checked = True

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # ------------------------------------------------------------------ the public API
    def record(self, run: Run) -> None:
        """Insert the run, or replace the record with the same id (a retried or resent run).

        Replacing bumps ``revision`` so the change reaches the shared file on the next sync.
        """
        row = to_row(run, self._columns)
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
        row = to_row(run, self._columns)
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
        stale = [row[0] for row in rows if row[0] not in live and not process_alive(sending_pid(row[1]))]
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
        return [from_row(row) for row in rows]

    def get(self, run_id: str) -> Run | None:
        rows = self._read("SELECT * FROM runs WHERE id = ?", (run_id,))
        return from_row(rows[0]) if rows else None

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
        return [from_row(row) for row in self._read(sql, [*params, int(limit)])]

    def waiting(self) -> list[Run]:
        """Runs waiting to be sent to a provider (status WAITING), oldest first."""
        rows = self._read("SELECT * FROM runs WHERE status = ? ORDER BY started_at", (WAITING,))
        return [from_row(row) for row in rows]

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
            raise LedgerError(f"There is no run {run_id} in your history to review.", kind=ErrorKind.NOT_FOUND)

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
        values = ["{}" if name in JSON_FIELDS else "" for name in _TEXT_FIELDS]
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
        "from here. Look it up under History.", kind=ErrorKind.ALREADY_SENT)


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
                kind=ErrorKind.NEWER_VERSION,
            )
        migrate(conn, MIGRATIONS)
    except DAMAGE as exc:
        conn.close()
        raise ledger_error(path, exc) from exc
    except LedgerError:
        conn.close()
        raise
    ledger = Ledger(path, conn)
    try:
        ledger.recover_interrupted()
    except LedgerError as exc:  # a read-only ledger can still be read; sending will say why it cannot
        log.warning("Interrupted runs not checked: %s", exc.message)
    return ledger

