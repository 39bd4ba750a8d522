"""Where template test results are kept: ``evals.db`` in the data folder, one batch per run of a
template's cases and one row per case, opened like every local database (named migrations,
``sqlite_utils``, writes in ``db.atomic()``). ``evals.py`` runs the tests."""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import paths
from desktop.core.run import utc_now
from desktop.core.usage.migrations import Migration, migrate

if TYPE_CHECKING:
    from desktop.core.review.evals import TemplateReport


@dataclass
class BatchSummary:
    """One stored run of a template's cases."""

    id: str
    version: int
    content_hash: str
    model: str
    created_at: str
    passed: int
    total: int
    cost: float
    latency_ms: float
    outputs: dict[str, str] = field(default_factory=dict)
    case_passed: dict[str, bool] = field(default_factory=dict)

    @property
    def pass_rate(self) -> float:
        return self.passed / self.total if self.total else 0.0



def _create_results(conn: sqlite3.Connection) -> None:
    """Test results: one batch per run of a template's tests, one row per case. Files made
    before the migrations were named already hold both tables, hence ``if_not_exists``."""
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    db.table("batches").create({
        "id": str, "template_id": str, "version": int, "content_hash": str, "model": str,
        "created_at": str, "passed": int, "total": int, "cost": float, "latency_ms": float,
    }, pk="id", if_not_exists=True)
    db.table("batches").create_index(["template_id", "created_at"], if_not_exists=True)
    db.table("cases").create({
        "batch_id": str, "name": str, "passed": int, "failures": str, "output": str,
        "cost": float, "latency_ms": float, "model": str, "error": str,
    }, if_not_exists=True)
    db.table("cases").create_index(["batch_id"], if_not_exists=True)


RESULTS_MIGRATIONS: tuple[Migration, ...] = (Migration("0001_results", _create_results),)


class EvalStore:
    """Results of template test runs, kept on this computer (``evals.db``)."""

    def __init__(self, path: Path | None = None) -> None:
        import sqlite_utils

        self.path = path or paths.data_dir() / "evals.db"
        paths.private_file(self.path)
        conn = sqlite3.connect(self.path, isolation_level=None)  # migrate() and atomic() own the transactions
        migrate(conn, RESULTS_MIGRATIONS)
        self.db = sqlite_utils.Database(conn)

    def save(self, report: TemplateReport) -> None:
        batch_id = uuid.uuid4().hex
        with self.db.atomic():
            self.db.table("batches").insert({
                "id": batch_id, "template_id": report.template_id, "version": report.version,
                "content_hash": report.content_hash, "model": report.model, "created_at": utc_now(),
                "passed": report.passed, "total": len(report.cases), "cost": report.cost,
                "latency_ms": report.latency_ms,
            })
            self.db.table("cases").insert_all([{
                "batch_id": batch_id, "name": c.name, "passed": int(c.passed), "failures": json.dumps(c.failures),
                "output": c.output, "cost": c.cost, "latency_ms": c.latency_ms, "model": c.model, "error": c.error,
            } for c in report.cases])

    def _batch(self, row: dict[str, Any]) -> BatchSummary:
        batch = BatchSummary(**{k: row[k] for k in ("id", "version", "content_hash", "model", "created_at",
                                                     "passed", "total", "cost", "latency_ms")})
        for case in self.db["cases"].rows_where("batch_id = ?", [row["id"]]):
            batch.outputs[case["name"]] = case["output"]
            batch.case_passed[case["name"]] = bool(case["passed"])
        return batch

    def previous(self, template_id: str, content_hash: str) -> BatchSummary | None:
        """The newest run of this template with different content (usually the previous version)."""
        rows = list(self.db["batches"].rows_where(
            "template_id = ? and content_hash != ?", [template_id, content_hash],
            order_by="created_at desc", limit=1))
        return self._batch(rows[0]) if rows else None

    def last_passing(self, template_id: str, content_hash: str) -> BatchSummary | None:
        rows = list(self.db["batches"].rows_where(
            "template_id = ? and content_hash = ? and passed = total", [template_id, content_hash],
            order_by="created_at desc", limit=1))
        return self._batch(rows[0]) if rows else None
