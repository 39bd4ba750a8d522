"""Batches in the local ledger: a ``batches`` table and one ``batch_rows`` line per row.

Each row links to the run that sends it (``run_id``, derived from the batch id and the row
number, so the same row always maps to the same run). The run's own record says whether it
was answered; ``begin_send`` lets a run id be taken only from a state known not to have been
answered, so a batch started again after a crash cannot send a row twice.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core.run import utc_now

if TYPE_CHECKING:
    from desktop.core.usage.ledger import Ledger

# Row states kept in batch_rows (a row that was sent takes its state from its run instead).
PENDING = "pending"
NOT_SENT = "not_sent"  # could not be made safe or is incomplete: listed, never sent
SENT = "sent"  # handed to the pipeline; the run record tells the outcome
_NAMESPACE = uuid.UUID("8f1d6c52-2f0e-4c77-9a43-6d0c1b7e5a10")


def create_batches(conn: sqlite3.Connection) -> None:
    """The migration ``0005_batches``."""
    conn.execute(
        "CREATE TABLE batches (id TEXT PRIMARY KEY, source_key TEXT NOT NULL, template_id TEXT NOT NULL, "
        "source TEXT NOT NULL, created_at TEXT NOT NULL, mode TEXT NOT NULL DEFAULT 'now', "
        "state TEXT NOT NULL DEFAULT 'open', mapping TEXT NOT NULL DEFAULT '{}', rows_total INTEGER NOT NULL, "
        "provider_job TEXT NOT NULL DEFAULT '', extra TEXT NOT NULL DEFAULT '{}')")
    conn.execute("CREATE INDEX batches_source ON batches (source_key, created_at)")
    conn.execute(
        "CREATE TABLE batch_rows (batch_id TEXT NOT NULL REFERENCES batches(id), row INTEGER NOT NULL, "
        "run_id TEXT NOT NULL UNIQUE, state TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', "
        "PRIMARY KEY (batch_id, row))")


def row_run_id(batch_id: str, row: int) -> str:
    """The run id of ``row``: the same every time, unique across batches and ledgers."""
    return uuid.uuid5(_NAMESPACE, f"{batch_id}:{row}").hex


@dataclass
class BatchRecord:
    id: str
    source_key: str
    template_id: str
    source: str
    created_at: str
    mode: str
    state: str
    mapping: dict[str, str]
    rows_total: int
    provider_job: str


def _record(row: Any) -> BatchRecord:
    return BatchRecord(id=row["id"], source_key=row["source_key"], template_id=row["template_id"],
                       source=row["source"], created_at=row["created_at"], mode=row["mode"], state=row["state"],
                       mapping=json.loads(row["mapping"] or "{}"), rows_total=row["rows_total"],
                       provider_job=row["provider_job"])


@dataclass
class BatchSummary:
    """One batch as one History entry: its rows counted by outcome, and what they cost."""

    record: BatchRecord
    answered: int
    failed: int  # failed, waiting or stopped: sent again when the batch is started again
    pending: int  # in a provider job, or sent without an answer saved (may have been billed)
    not_sent: int  # never sent (refused, or not reached yet)
    cost: float
    provider: str = ""  # where the rows went (the model of one of them: a batch has one template and tier)
    model: str = ""


class BatchStore:
    """Reads and writes batches through the ledger's own connection and lock."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger

    def latest(self, source_key: str) -> BatchRecord | None:
        """The newest batch for this template and source content, to resume."""
        rows = self.ledger.query("SELECT * FROM batches WHERE source_key = ? ORDER BY created_at DESC, rowid DESC "
                                 "LIMIT 1", (source_key,))
        return _record(rows[0]) if rows else None

    def get(self, batch_id: str) -> BatchRecord | None:
        rows = self.ledger.query("SELECT * FROM batches WHERE id = ?", (batch_id,))
        return _record(rows[0]) if rows else None

    def all(self, limit: int = 100) -> list[BatchRecord]:
        rows = self.ledger.query("SELECT * FROM batches ORDER BY created_at DESC, rowid DESC LIMIT ?", (limit,))
        return [_record(r) for r in rows]

    def create(self, *, source_key: str, template_id: str, source: str, mapping: dict[str, str],
               rows_total: int, mode: str = "now") -> BatchRecord:
        batch_id = uuid.uuid4().hex
        with self.ledger.transaction() as conn:
            conn.execute(
                "INSERT INTO batches (id, source_key, template_id, source, created_at, mode, mapping, rows_total) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (batch_id, source_key, template_id, source, utc_now(), mode, json.dumps(mapping), rows_total))
            conn.executemany(
                "INSERT INTO batch_rows (batch_id, row, run_id, state) VALUES (?, ?, ?, ?)",
                [(batch_id, row, row_run_id(batch_id, row), PENDING) for row in range(rows_total)])
        record = self.get(batch_id)
        assert record is not None
        return record

    def set_rows(self, batch_id: str, states: dict[int, tuple[str, str]]) -> None:
        """Row -> (state, note)."""
        with self.ledger.transaction() as conn:
            conn.executemany("UPDATE batch_rows SET state = ?, note = ? WHERE batch_id = ? AND row = ?",
                             [(state, note, batch_id, row) for row, (state, note) in states.items()])

    def set_batch(self, batch_id: str, **values: str) -> None:
        allowed = {"state", "mode", "provider_job", "extra"}
        names = [n for n in values if n in allowed]
        with self.ledger.transaction() as conn:
            conn.execute(f"UPDATE batches SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                         [*(values[n] for n in names), batch_id])

    def summaries(self, limit: int = 50) -> list[BatchSummary]:
        """The newest batches, each with its rows counted (History shows one entry a batch)."""
        found = self.ledger.query(
            "SELECT b.id, sum(coalesce(r.status = 'done', 0)) AS answered, "
            "sum(coalesce(r.status IN ('failed', 'waiting', 'cancelled'), 0)) AS failed, "
            "sum(coalesce(r.status IN ('sending', 'unconfirmed'), 0)) AS pending, "
            "sum(r.status IS NULL) AS not_sent, coalesce(sum(r.actual_cost), 0) AS cost, "
            "coalesce(max(r.provider), '') AS provider, coalesce(max(r.model), '') AS model "
            "FROM batches b JOIN batch_rows br ON br.batch_id = b.id LEFT JOIN runs r ON r.id = br.run_id "
            "GROUP BY b.id ORDER BY b.created_at DESC, b.rowid DESC LIMIT ?", (limit,))
        result = []
        for row in found:
            record = self.get(row["id"])
            if record is not None:
                result.append(BatchSummary(record, int(row["answered"]), int(row["failed"]), int(row["pending"]),
                                           int(row["not_sent"]), float(row["cost"]), row["provider"], row["model"]))
        return result

    def run_ids(self, batch_id: str) -> dict[int, str]:
        """Row -> the run id that sends it now (a re-run row has a new one)."""
        found = self.ledger.query("SELECT row, run_id FROM batch_rows WHERE batch_id = ?", (batch_id,))
        return {int(r["row"]): str(r["run_id"]) for r in found}

    def replace_runs(self, batch_id: str, rows: list[int]) -> dict[int, str]:
        """Give ``rows`` new run ids, to be sent again; the earlier runs stay in the ledger (History
        lists them on their own, and spend keeps counting them). Returns row -> new run id.

        The new ids are written before anything is sent, so a re-run stopped by a crash resumes
        under the same ids like any batch, without sending a row twice.
        """
        fresh = {row: uuid.uuid4().hex for row in rows}
        with self.ledger.transaction() as conn:
            conn.executemany("UPDATE batch_rows SET run_id = ?, state = ?, note = '' WHERE batch_id = ? AND row = ?",
                             [(run_id, PENDING, batch_id, row) for row, run_id in fresh.items()])
            conn.execute("UPDATE batches SET state = 'open' WHERE id = ? AND state != 'submitted'", (batch_id,))
        return fresh

    def submitted(self) -> list[BatchRecord]:
        """Batches with a provider job not yet collected (polled on start and every few minutes)."""
        rows = self.ledger.query("SELECT * FROM batches WHERE state = 'submitted' ORDER BY created_at")
        return [_record(r) for r in rows]

    def rows(self, batch_id: str) -> list[dict[str, Any]]:
        """Each row with its state, note and its run's status and cost (empty when never sent)."""
        found = self.ledger.query(
            "SELECT b.row, b.run_id, b.state, b.note, r.status, r.actual_cost, r.estimated_cost "
            "FROM batch_rows b LEFT JOIN runs r ON r.id = b.run_id WHERE b.batch_id = ? ORDER BY b.row",
            (batch_id,))
        return [dict(row) for row in found]
