"""Spreadsheets (.xlsx with openpyxl, old .xls with xlrd, .csv and .tsv with the standard library) as tables the
model reads well: one ``| a | b |`` line per row under a header line, each sheet under its own
heading. At most ``ROW_CAP`` rows and ``COLUMN_CAP`` columns of a sheet are read; when a sheet
is larger the document's notes say what was left out."""

from __future__ import annotations

import csv
import datetime as dt
import io
import struct
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from desktop.core.documents.model import Cancelled, Document, Progress, check_cancelled, first_pages
from desktop.core.documents.office import damaged, refuse_ole
from desktop.core.documents.plain import decode, encoding_note, normalise_lines
from desktop.core.errors import DocumentError, ErrorKind

ROW_CAP = 10_000
COLUMN_CAP = 40


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if type(value) is str:  # most cells: skip the checks below
        return " ".join(value.split()).replace("|", "/") if ("|" in value or "\n" in value or "  " in value) \
            else value.strip()
    if type(value) is int:
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, dt.datetime):
        value = value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ", timespec="minutes")
    elif isinstance(value, dt.date):
        value = value.isoformat()
    return " ".join(str(value).split()).replace("|", "/")


class _Table:
    """Rows of one sheet turned into table lines, counting what the caps left out."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.lines: list[str] = []
        self.rows = 0
        self.more_rows = 0
        self.widest = 0
        self.header_width = 0

    def add(self, row: Iterable[Any]) -> None:
        cells = [_cell(v) for v in row]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            return
        if self.rows >= ROW_CAP:
            self.more_rows += 1
            return
        self.widest = max(self.widest, len(cells))
        if self.rows:  # every row as wide as the header, so columns line up
            cells += [""] * (min(self.header_width, COLUMN_CAP) - len(cells))
        else:
            self.header_width = len(cells)
        self.lines.append("| " + " | ".join(cells[:COLUMN_CAP]) + " |")
        if self.rows == 0:
            self.lines.append("|" + "---|" * min(len(cells), COLUMN_CAP))
        self.rows += 1

    def notes(self, name: str) -> list[str]:
        notes = []
        if self.more_rows:
            notes.append(f"{self.title}: only the first {ROW_CAP:,} rows were read; {self.more_rows:,} more "
                         f"{'row' if self.more_rows == 1 else 'rows'} in {name} were left out.")
        if self.widest > COLUMN_CAP:
            notes.append(f"{self.title}: only the first {COLUMN_CAP} columns were read; "
                         f"{self.widest - COLUMN_CAP} more were left out.")
        return notes


def _workbook(path: Path, tables: list[_Table], max_pages: int | None, on_progress: Progress | None) -> Document:
    """A whole workbook read (.xlsx, or .xls shown the same way): progress at its end."""
    if on_progress is not None:
        on_progress(1.0)
    return _document(path, "xlsx", tables, max_pages, [])


def _document(path: Path, kind: str, tables: list[_Table], max_pages: int | None, notes: list[str]) -> Document:
    parts = []
    for table in tables:
        if not table.rows:
            continue
        heading = f"## Sheet: {table.title}\n" if len(tables) > 1 or kind == "xlsx" else ""
        parts.append(heading + "\n".join(table.lines))
        notes.extend(table.notes(path.name))
    if not parts:
        notes.append(f"{path.name} has no filled cells.")
    text, pages, total = first_pages("\n\n".join(parts), max_pages)
    return Document(name=path.name, kind=kind, pages=pages, total_pages=total, text=text, notes=notes)


def read_xlsx(path: Path, *, max_pages: int | None, cancelled: Cancelled | None,
              on_progress: Progress | None) -> Document:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    refuse_ole(path, "Excel 97–2003 (.xls)")
    try:
        # openpyxl judges a path by its ending; a workbook saved under an old name goes in as bytes
        source: Any = str(path) if path.suffix.lower() in (".xlsx", ".xlsm") else io.BytesIO(path.read_bytes())
        workbook = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise damaged(path, "Excel") from exc
    try:
        tables = []
        sheets = workbook.worksheets
        for number, sheet in enumerate(sheets):
            table = _Table(sheet.title)
            total_rows = sheet.max_row or 0
            for index, row in enumerate(sheet.iter_rows(values_only=True)):
                if index % 500 == 0:
                    check_cancelled(cancelled)
                    if on_progress is not None and total_rows:
                        on_progress((number + min(1.0, index / total_rows)) / len(sheets))
                if table.rows >= ROW_CAP:  # the rest is counted, not formatted
                    table.more_rows += any(v is not None for v in row)
                    continue
                table.add(row)
            tables.append(table)
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError) as exc:
        raise damaged(path, "Excel") from exc
    finally:
        workbook.close()
    return _workbook(path, tables, max_pages, on_progress)


def read_xls(path: Path, *, max_pages: int | None, cancelled: Cancelled | None,
             on_progress: Progress | None) -> Document:
    """An Excel 97–2003 workbook. A newer workbook saved under an old name (.xls holding .xlsx) is
    read as what it is."""
    import xlrd

    with path.open("rb") as handle:
        if handle.read(4) == b"PK\x03\x04":
            return read_xlsx(path, max_pages=max_pages, cancelled=cancelled, on_progress=on_progress)
    refuse_ole_package(path)
    try:  # xlrd prints its warnings; they go nowhere (a command's output must stay clean)
        book = xlrd.open_workbook(str(path), on_demand=True, logfile=io.StringIO())
    except xlrd.XLRDError as exc:
        if "encrypted" in str(exc).lower():
            raise _locked(path) from exc
        raise damaged(path, "Excel") from exc
    except (xlrd.compdoc.CompDocError, struct.error, ValueError, IndexError, KeyError, EOFError) as exc:
        raise damaged(path, "Excel") from exc
    try:
        tables = [_xls_sheet(book, index, cancelled, on_progress) for index in range(book.nsheets)]
    except (xlrd.XLRDError, struct.error, ValueError, IndexError, KeyError) as exc:
        raise damaged(path, "Excel") from exc
    finally:
        book.release_resources()
    return _workbook(path, tables, max_pages, on_progress)


def _xls_sheet(book: Any, index: int, cancelled: Cancelled | None, on_progress: Progress | None) -> _Table:
    import xlrd

    sheet = book.sheet_by_index(index)
    table = _Table(sheet.name)
    for row in range(sheet.nrows):
        if row % 500 == 0:
            check_cancelled(cancelled)
            if on_progress is not None:
                on_progress((index + row / max(1, sheet.nrows)) / book.nsheets)
        if table.rows >= ROW_CAP:  # the rest is counted, not formatted
            table.more_rows += any(value not in ("", None) for value in sheet.row_values(row))
            continue
        values: list[Any] = []
        for cell in sheet.row(row):
            if cell.ctype == xlrd.XL_CELL_DATE:
                try:
                    values.append(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
                except (xlrd.xldate.XLDateError, OverflowError, ValueError):
                    values.append(cell.value)
            elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                values.append("TRUE" if cell.value else "FALSE")
            elif cell.ctype == xlrd.XL_CELL_ERROR:
                values.append(xlrd.error_text_from_code.get(cell.value, "#ERROR"))
            else:
                values.append(cell.value)
        table.add(values)
    book.unload_sheet(index)
    return table


def _locked(path: Path) -> DocumentError:
    return DocumentError(f"{path.name} is locked with a password. Open it, remove the password (File › Info › "
                         "Protect), save it, and use that copy.", kind=ErrorKind.PASSWORD)


def refuse_ole_package(path: Path) -> None:
    """A password-locked .xlsx renamed .xls is an OLE file holding an encrypted package."""
    with path.open("rb") as handle:
        head = handle.read(1 << 16)
    if "EncryptedPackage".encode("utf-16-le") in head:
        raise _locked(path)


def delimited_rows(text: str, kind: str) -> Iterator[list[str]]:
    """Rows of CSV/TSV text; the separator of a CSV is sniffed (comma, semicolon, tab or bar)."""
    if kind == "tsv":
        delimiter = "\t"
    else:
        try:
            delimiter = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    return csv.reader(io.StringIO(text), delimiter=delimiter)


def read_delimited(path: Path, kind: str, *, max_pages: int | None, cancelled: Cancelled | None) -> Document:
    text, encoding = decode(path.read_bytes())
    if "\x00" in text:
        raise DocumentError(f"{path.name} does not hold text, so it is not a real {kind.upper()} file. "
                            "Open it in its own program and save it again as CSV.", kind=ErrorKind.DAMAGED)
    table = _Table(path.name)
    try:
        for index, row in enumerate(delimited_rows(normalise_lines(text), kind)):
            if index % 1000 == 0:
                check_cancelled(cancelled)
            table.add(row)
    except csv.Error as exc:
        raise DocumentError(f"{path.name} is not a well-formed {kind.upper()} file ({exc}). Open it in a "
                            "spreadsheet program and save it again.", kind=ErrorKind.DAMAGED) from exc
    return _document(path, kind, [table], max_pages, encoding_note(path.name, encoding))
