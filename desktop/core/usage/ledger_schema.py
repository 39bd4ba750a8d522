"""The ledger's schema and rows: the named migrations that build ``runs`` (and the tables
beside it), how a ``Run`` becomes a row and back, and what a damaged or unusable file means in
plain words. The queries are in ``ledger.py``."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.core.batch.store import create_batches
from desktop.core.errors import ErrorKind, LedgerError
from desktop.core.run import UNCONFIRMED, UNCONFIRMED_MESSAGE, WAITING, Run
from desktop.core.usage.migrations import Migration
from desktop.core.usage.turns import create_turns

# What a damaged file raises: SQLite's errors, and text or JSON that no longer decodes.
DAMAGE = (sqlite3.Error, UnicodeDecodeError)

_DEFAULTS = Run().to_dict()
JSON_FIELDS = {name for name, value in _DEFAULTS.items() if isinstance(value, dict)}
_BOOL_FIELDS = {name for name, value in _DEFAULTS.items() if isinstance(value, bool)}

# The columns of the first schema: the Run as it was then. Fields added to Run later that no
# migration has given a column yet are kept in ``extra`` (JSON) so a record never fails.
V1_COLUMNS: dict[str, type] = {
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
    db.table("runs").create(V1_COLUMNS, pk="id", not_null={"revision", "synced_revision"},
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


def to_row(run: Run, columns: set[str]) -> dict[str, Any]:
    data = run.to_dict()
    row: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for name, value in data.items():
        if name in JSON_FIELDS:
            value = json.dumps(value, ensure_ascii=False, default=str)
        elif isinstance(value, bool):
            value = int(value)
        if name in columns:
            row[name] = value
        else:
            extra[name] = data[name]
    row["extra"] = json.dumps(extra, ensure_ascii=False, default=str)
    return row


def from_row(row: sqlite3.Row) -> Run:
    data: dict[str, Any] = {}
    for name in row.keys():  # noqa: SIM118 - sqlite3.Row has keys() but no iteration by name
        value = row[name]
        if name == "extra":
            data.update(json.loads(value or "{}"))
        elif name in JSON_FIELDS:
            data[name] = json.loads(value) if value else {}
        elif name in _BOOL_FIELDS:
            data[name] = bool(value)
        elif name in _DEFAULTS:
            data[name] = _DEFAULTS[name] if value is None else value
    return Run.from_dict(data)


def ledger_error(path: Path, exc: BaseException) -> LedgerError:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if not isinstance(exc, sqlite3.Error):  # text that is not text: damaged pages
        name = "SQLITE_CORRUPT"
    if name.startswith("SQLITE_FULL"):
        return LedgerError(f"The disk holding your usage history ({path.parent}) is full. Free some "
                           "space; your runs cannot be recorded until then.", kind=ErrorKind.FULL)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return LedgerError(f"Your usage history {path} is damaged. Move it aside and restart Promptdesk; "
                           "the team file keeps the usage already synced.", kind=ErrorKind.CORRUPT)
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")):
        return LedgerError(f"Promptdesk cannot write your usage history {path}. Check that the folder "
                           f"{path.parent} is yours and not read-only.", kind=ErrorKind.READ_ONLY)
    if name.startswith("SQLITE_IOERR"):
        return LedgerError(f"The disk holding your usage history ({path.parent}) refused a read or write: it may be "
                           "full, removed or failing. Free some space or reconnect it, then try again.", kind=ErrorKind.IO)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return LedgerError("Your usage history is busy in another Promptdesk window. Try again in a moment.",
                           kind=ErrorKind.LOCKED)
    return LedgerError(f"Your usage history {path} could not be used ({exc}).", kind=ErrorKind.LEDGER)
