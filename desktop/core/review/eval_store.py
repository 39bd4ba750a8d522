"""Template test results: what a run of a template's cases found (``TemplateReport``, one
``CaseResult`` a case) and where it is kept: ``evals.db`` in the data folder, one batch per run
and one row per case, opened like every local database (named migrations, ``sqlite_utils``,
writes in ``db.atomic()``). ``evals.py`` runs the tests."""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core import paths
from desktop.core.run import utc_now
from desktop.core.usage.migrations import Migration, migrate


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



@dataclass
class CaseResult:
    name: str
    passed: bool
    failures: list[str]  # plain words, one per failed check: "Has every section: Missing section: Decisions."
    output: str = ""
    cost: float = 0.0
    latency_ms: float = 0.0
    model: str = ""
    error: str = ""


@dataclass
class TemplateReport:
    template_id: str
    title: str
    version: int
    content_hash: str
    dry_run: bool
    cases: list[CaseResult]
    problems: list[str]  # case files that could not be read, fields a case gets wrong
    cost: float = 0.0
    latency_ms: float = 0.0
    model: str = ""
    previous: BatchSummary | None = None  # the last run of a different version or content
    baseline: BatchSummary | None = None  # the last passing run of this same content (for drift)

    @property
    def passed(self) -> int:
        return sum(case.passed for case in self.cases)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.cases) and self.passed == len(self.cases)

    def verdict(self) -> str:
        """"3 of 3 passed; 18% cheaper than version 3"."""
        if not self.cases:
            return "No test inputs: add at least three under tests: in the template."
        text = f"{self.passed} of {len(self.cases)} passed"
        if self.dry_run:
            return text + " (checked without sending)"
        if self.previous and self.previous.cost > 0 and self.cost > 0:
            change = (self.cost - self.previous.cost) / self.previous.cost
            if abs(change) >= 0.005:
                word = "cheaper" if change < 0 else "dearer"
                text += f"; {abs(change):.0%} {word} than version {self.previous.version}"
            else:
                text += f"; same cost as version {self.previous.version}"
        drift = self.drift()
        if drift:
            text += f"; {drift}"
        return text

    def drift(self) -> str:
        """The change since this same template last passed, if anything changed."""
        base = self.baseline
        if base is None or self.dry_run:
            return ""
        parts = []
        rate_now = self.passed / len(self.cases) if self.cases else 0.0
        if abs(rate_now - base.pass_rate) >= 0.005:
            parts.append(f"pass rate {base.pass_rate:.0%} → {rate_now:.0%}")
        if base.cost > 0 and abs(self.cost - base.cost) / base.cost >= 0.05:
            change = (self.cost - base.cost) / base.cost
            parts.append(f"cost {abs(change):.0%} {'higher' if change > 0 else 'lower'}")
        if base.model and self.model and base.model != self.model:
            parts.append(f"model {base.model} → {self.model}")
        return ("since the last passing run on " + base.created_at[:10] + ": " + ", ".join(parts)) if parts else ""

    def failure_lines(self) -> list[str]:
        lines = [f"{self.template_id}: {problem}" for problem in self.problems]
        for case in self.cases:
            for failure in case.failures:
                lines.append(f"{self.template_id} · case '{case.name}' · {failure}")
        return lines

    def to_dict(self) -> dict[str, Any]:
        def batch(b: BatchSummary | None) -> dict[str, Any] | None:
            if b is None:
                return None
            return {"version": b.version, "content_hash": b.content_hash, "model": b.model,
                    "created_at": b.created_at, "passed": b.passed, "total": b.total, "cost": b.cost,
                    "latency_ms": b.latency_ms}

        return {
            "template": self.template_id, "title": self.title, "version": self.version,
            "content_hash": self.content_hash, "dry_run": self.dry_run, "ok": self.ok,
            "passed": self.passed, "total": len(self.cases), "cost": self.cost, "latency_ms": self.latency_ms,
            "model": self.model, "verdict": self.verdict(), "problems": self.problems,
            "cases": [{"name": c.name, "passed": c.passed, "failures": c.failures, "cost": c.cost,
                       "latency_ms": c.latency_ms, "error": c.error} for c in self.cases],
            "previous": batch(self.previous), "baseline": batch(self.baseline),
        }


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
