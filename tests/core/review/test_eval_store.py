"""evals.db (eval_store.py) is opened like every local database: named migrations, adopted by older files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.core.review.eval_store import RESULTS_MIGRATIONS, EvalStore
from desktop.core.usage.migrations import applied_names


def test_a_new_results_file_records_its_named_migrations(tmp_path: Path) -> None:
    store = EvalStore(tmp_path / "evals.db")
    assert applied_names(store.db.conn) == [m.name for m in RESULTS_MIGRATIONS] == ["0001_results"]
    assert {"batches", "cases"} <= set(store.db.table_names())


def test_a_results_file_from_before_the_migrations_keeps_its_batches(tmp_path: Path) -> None:
    path = tmp_path / "evals.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE batches (id TEXT PRIMARY KEY, template_id TEXT, version INTEGER, "
                     "content_hash TEXT, model TEXT, created_at TEXT, passed INTEGER, total INTEGER, cost FLOAT, "
                     "latency_ms FLOAT)")
        conn.execute("CREATE TABLE cases (batch_id TEXT, name TEXT, passed INTEGER, failures TEXT, output TEXT, "
                     "cost FLOAT, latency_ms FLOAT, model TEXT, error TEXT)")
        conn.execute("INSERT INTO batches VALUES ('b1', 'summary', 1, 'h1', 'm', '2026-03-01', 3, 3, 0.1, 900)")
    conn.close()
    store = EvalStore(path)
    assert applied_names(store.db.conn) == ["0001_results"]
    found = store.last_passing("summary", "h1")
    assert found is not None and found.id == "b1"
