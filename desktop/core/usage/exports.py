"""Exports an operator needs: usage for accounting, and an audit of runs.

Both read the team's shared file plus this computer's records that have not reached it yet
(the same reader as the spend views), or this computer alone when the team file cannot be read;
``source`` says which. Only usage figures are exported (and which run a follow-up continues), and
the redacted prompt and answer (placeholders, never the originals) only where the team turned
shared audit on. This computer's records that have not reached the team store yet have their
answer hidden again from their vault here, as sync does (``outgoing.py``); the originals, field
values and the vault are never written out.

Text cells that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@`` first) are
written with a leading apostrophe: a template title or a pasted email must not become a
formula in the operator's Excel.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.errors import ErrorKind, PromptdeskError
from desktop.core.usage.outgoing import hide_originals, parse_vault
from desktop.core.usage.spend_reader import month_bounds, spend_reader

if TYPE_CHECKING:
    from desktop.core.context import AppContext

USAGE_COLUMNS = ("month", "member", "template_id", "template_title", "runs_answered", "runs_failed",
                 "input_tokens", "output_tokens", "cost_usd")
AUDIT_COLUMNS = ("started_at", "member", "template_id", "template_version", "tier", "provider", "model",
                 "status", "cost_usd", "checklist_ticked", "checklist_total", "approved", "feedback",
                 "items_hidden", "run_id", "follow_up_of")
AUDIT_TEXT_COLUMNS = ("redacted_prompt", "redacted_answer")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Table:
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    source: str  # "team file" | "this computer"


def usage_table(context: AppContext, month: str) -> Table:
    """Spend for ``month`` by member and template: runs, tokens and dollars."""
    start, end = month_bounds(month)
    totals: dict[tuple[str, str], list[Any]] = {}
    with spend_reader(context) as reader:
        rows = reader.rows(
            "user, template_id, max(template_title), total(status = 'done'), total(status = 'failed'), "
            "total(input_tokens), total(output_tokens), total(actual_cost)",
            "started_at >= ? AND started_at < ?", [start, end], "GROUP BY user, template_id")
        source = reader.source
    for user, template_id, title, done, failed, tokens_in, tokens_out, cost in rows:
        entry = totals.setdefault((user or "", template_id or ""), [title or "", 0, 0, 0, 0, 0.0])
        entry[0] = entry[0] or title or ""
        for index, value in enumerate((done, failed, tokens_in, tokens_out, cost), start=1):
            entry[index] += value or 0
    table = [(month, user, template_id, title, int(done), int(failed), int(tokens_in), int(tokens_out), round(cost, 6))
             for (user, template_id), (title, done, failed, tokens_in, tokens_out, cost) in sorted(totals.items())]
    return Table(USAGE_COLUMNS, table, source)


def audit_table(context: AppContext, month: str) -> Table:
    """Every run of ``month``, oldest first, with its review state; the redacted prompt only
    when the team shares it (``shared_audit``)."""
    start, end = month_bounds(month)
    shared = bool(context.team.shared_audit)
    figures = ("started_at, user, template_id, template_version, tier, provider, model, status, actual_cost, "
               "checklist_ticked, checklist_total, approved, feedback, redaction_count, id")
    select, local = f"{figures}, parent_run_id", f"{figures}, {_LOCAL_PARENT}"
    if shared:
        # The ledger holds the answer with the originals back: hidden again below, from its vault.
        # NULL in the store's last column tells its rows from the ledger's, whose vault never is.
        select += ", redacted_prompt, redacted_answer, NULL"
        local += ", redacted_prompt, response_text, vault"
    with spend_reader(context) as reader:
        rows = reader.rows(select, "started_at >= ? AND started_at < ?", [start, end], local_select=local)
        source = reader.source
    if shared:
        rows = [(*row[:-3], row[-3], _answer(row[-2], row[-1])) for row in rows]
    table = [_audit_row(row) for row in sorted(rows, key=lambda row: (row[0] or "", row[1] or "", row[14] or ""))]
    columns = (*AUDIT_COLUMNS, *AUDIT_TEXT_COLUMNS) if shared else AUDIT_COLUMNS
    return Table(columns, table, source)


_LOCAL_PARENT = "(SELECT t.run_id FROM turns t WHERE t.turn_run_id = runs.id AND t.turn_run_id != '' LIMIT 1)"


def _answer(text: Any, vault: Any) -> Any:
    if vault is None:  # from the store: already redacted when it was synced
        return text
    return hide_originals(str(text or ""), parse_vault(vault))


def _audit_row(row: tuple[Any, ...]) -> tuple[Any, ...]:
    started, user, template_id, version, tier, provider, model, status, cost, ticked, total, approved, \
        feedback, hidden, run_id, parent = row[:16]
    review = ("yes" if approved else "no", "up" if (feedback or 0) > 0 else "down" if (feedback or 0) < 0 else "")
    return (started or "", user or "", template_id or "", int(version or 0), tier or "", provider or "", model or "",
            status or "", round(cost or 0.0, 6), int(ticked or 0), int(total or 0), *review, int(hidden or 0),
            run_id or "", parent or "", *(str(text or "") for text in row[16:]))


def safe_cell(value: Any) -> Any:
    """A text cell a spreadsheet shows as text, never runs as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_table(table: Table, out: Path) -> int:
    """Write ``table`` as CSV or XLSX (by the file's extension); returns the number of rows.

    Raises:
        PromptdeskError: the extension is neither, or the file cannot be written.
    """
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise PromptdeskError(f"Save the export as a .csv or .xlsx file, not '{out.name}'.", kind=ErrorKind.EXPORT)
    rows = [tuple(safe_cell(value) for value in row) for row in table.rows]
    try:
        if suffix == ".csv":
            _write_csv(out, table.columns, rows)
        else:
            _write_xlsx(out, table.columns, rows)
    except OSError as exc:
        raise PromptdeskError(f"The export could not be written to {out} ({exc.strerror or exc}). "
                              "Choose a folder you can write to.", kind=ErrorKind.EXPORT) from exc
    return len(rows)


def _write_csv(out: Path, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    # utf-8-sig: Excel opens it with accents intact.
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(rows)


def _write_xlsx(out: Path, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Usage" if "runs_answered" in columns else "Audit")
    sheet.append(list(columns))
    for row in rows:  # control characters (from pasted text) are not allowed in an XLSX cell
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row])
    book.save(out)
