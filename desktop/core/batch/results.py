"""The batch's answers as a spreadsheet: the original columns, then the answer, the automatic
checks, the cost and whether a person should look at the row before it is used.

Rows are read back from the ledger, so a results file written after a crash, or after the
batch was resumed, holds every answer the batch got, whichever run of it got them.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.batch.entry import load_rows, source_sheet
from desktop.core.batch.store import BatchRecord, BatchStore
from desktop.core.errors import ErrorKind, PromptdeskError

if TYPE_CHECKING:
    from desktop.core.batch.plan import Plan
    from desktop.core.context import AppContext
    from desktop.core.templates.format import Template

ADDED_COLUMNS = ("Answer", "Checks", "Cost (USD)", "Needs review", "Status")
_FORMULA_START = ("=", "+", "@", "\t", "\r")


@dataclass
class ResultRow:
    original: dict[str, Any]
    answer: str
    checks: str
    cost: float
    needs_review: bool
    status: str


def _safe(value: Any) -> Any:
    """Text a spreadsheet program would run as a formula is kept as text."""
    if isinstance(value, str) and (value.startswith(_FORMULA_START) or (value[:1] == "-" and value[1:2].strip())):
        return "'" + value
    return value


def collect(context: AppContext, plan: Plan, batch_id: str) -> list[ResultRow]:
    """One result per source row, in the source's order (a row approved in History needs no review)."""

    batch = BatchStore(context.ledger).get(batch_id)
    if batch is None:
        return []
    problems = {r.index: r.problem for r in plan.rows if r.problem}
    return [ResultRow({k: str(v) for k, v in plan.sheet.rows[r.row].items()}, r.answer, r.checks, r.cost,
                      r.needs_review, r.words) for r in load_rows(context, batch, plan.template, problems)]


def write_results(path: str | Path, columns: Sequence[str], results: Sequence[ResultRow]) -> Path:
    """Write ``results`` as .xlsx or .csv (by the file name); returns the path written.

    Raises:
        PromptdeskError: the file cannot be written (open in Excel, folder read-only...).
    """
    path = Path(path).expanduser()
    header = [*columns, *ADDED_COLUMNS]
    lines = [[*(_safe(r.original.get(c, "")) for c in columns), _safe(r.answer), _safe(r.checks), round(r.cost, 6),
              "yes" if r.needs_review else "no", r.status] for r in results]
    tmp = path.with_name(path.name + ".partial")
    try:
        if path.suffix.lower() == ".csv":
            with tmp.open("w", newline="", encoding="utf-8-sig") as handle:  # the BOM: Excel reads UTF-8
                writer = csv.writer(handle)
                writer.writerow(header)
                writer.writerows(lines)
        else:
            import openpyxl

            book = openpyxl.Workbook(write_only=True)
            sheet = book.create_sheet("Answers")
            sheet.append(header)
            for line in lines:
                sheet.append(line)
            book.save(tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PromptdeskError(f"The results could not be saved to {path} ({exc.strerror or exc}). If the file is "
                              "open in a spreadsheet program, close it; or choose another folder.",
                              kind=ErrorKind.RESULTS) from exc
    return path


def default_out(source: Path) -> Path:
    """Beside the source: ``leads.csv`` → ``leads - answers.xlsx``."""
    base = source if source.is_dir() else source.with_suffix("")
    return base.with_name(f"{base.name} - answers.xlsx")


def export(context: AppContext, batch: BatchRecord, template: Template | None, path: str | Path) -> Path:
    """The results file again, from History: the source's columns when it is unchanged, else
    the fields each row filled in.

    Raises:
        PromptdeskError: the file cannot be written.
    """
    rows = load_rows(context, batch, template)
    sheet = source_sheet(batch, template.id) if template is not None else None
    if sheet is not None:
        columns, originals = sheet.columns, [{k: str(v) for k, v in r.items()} for r in sheet.rows]
    else:
        labels = {f.name: f.label for f in template.fields} if template is not None else {}
        names = list(dict.fromkeys(name for r in rows for name in (r.fields or {})))
        columns = [labels.get(n, n) for n in names]
        originals = [{labels.get(n, n): str(v) for n, v in (r.fields or {}).items()} for r in rows]
    results = [ResultRow(originals[r.row] if r.row < len(originals) else {}, r.answer, r.checks, r.cost,
                         r.needs_review, r.words) for r in rows]
    return write_results(path, columns, results)
