"""Rows to fill a template with: a CSV/TSV or XLSX sheet (one row a line under a header), or a
folder of documents (one row per file), and the column → field mapping.

Cells are read as text; a folder's files are read by ``desktop.core.documents`` into outside
content (``FileText``) exactly as a file dropped on a form would be.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import DocumentError, ErrorKind, TemplateError

FILE_COLUMN = "file"  # a folder's rows: the file name
TEXT_COLUMN = "text"  # a folder's rows: the file's text
MAX_ROWS = 10_000


@dataclass
class Sheet:
    """The rows of one source, with the columns in their original order."""

    source: Path
    columns: list[str]
    rows: list[dict[str, Any]]
    fingerprint: str  # changes when the source's content changes
    problems: dict[int, str] = field(default_factory=dict)  # row index -> why it could not be read


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if hasattr(value, "isoformat"):
        value = value.isoformat()
    return str(value).strip()


def _columns(header: Sequence[Any]) -> list[str]:
    """Header cells as unique names; blank headers become 'column N'."""
    names: list[str] = []
    for number, cell in enumerate(header, start=1):
        name = _cell(cell) or f"column {number}"
        while name in names:
            name += " (2)"
        names.append(name)
    return names


def _table(source: Path, lines: Iterable[Sequence[Any]], fingerprint: str) -> Sheet:
    iterator = iter(lines)
    header = next(iterator, None)
    if header is None or not any(_cell(c) for c in header):
        raise DocumentError(f"{source.name} has no header row. Put the column names in the first row.",
                            kind=ErrorKind.NO_TEXT)
    columns = _columns(header)
    rows: list[dict[str, Any]] = []
    for line in iterator:
        cells = [_cell(c) for c in line]
        if not any(cells):
            continue  # blank lines are not rows
        if len(rows) >= MAX_ROWS:
            raise DocumentError(f"{source.name} has more than {MAX_ROWS:,} rows. Split it into smaller files.",
                                kind=ErrorKind.TOO_LONG)
        rows.append({name: cells[i] if i < len(cells) else "" for i, name in enumerate(columns)})
    return Sheet(source, columns, rows, fingerprint)


def _read_delimited(path: Path, data: bytes) -> Sheet:
    from desktop.core.documents.plain import decode, normalise_lines

    text, _ = decode(data)
    text = normalise_lines(text)
    from desktop.core.documents.sheets import delimited_rows

    kind = "tsv" if path.suffix.lower() in (".tsv", ".tab") else "csv"
    try:
        return _table(path, list(delimited_rows(text, kind)), _digest(data))
    except csv.Error as exc:
        raise DocumentError(f"{path.name} is not a well-formed CSV file ({exc}). Open it in a spreadsheet "
                            "program and save it again.", kind=ErrorKind.DAMAGED) from exc


def _read_xlsx(path: Path, data: bytes) -> Sheet:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise DocumentError(f"{path.name} is damaged or not a real Excel file. Open it in Excel and save it "
                            "again.", kind=ErrorKind.DAMAGED) from exc
    try:
        sheet = workbook.worksheets[0]  # the first sheet: the one a person sees on opening the file
        return _table(path, list(sheet.iter_rows(values_only=True)), _digest(data))
    finally:
        workbook.close()


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_folder(folder: Path) -> Sheet:
    from desktop.core.documents import SUPPORTED_SUFFIXES, as_field_value, read_document

    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    if not files:
        raise DocumentError(f"The folder {folder} has no files in it.", kind=ErrorKind.MISSING)
    digest = hashlib.sha256()
    rows: list[dict[str, Any]] = []
    problems: dict[int, str] = {}
    for index, path in enumerate(files):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
        text: Any = ""
        try:
            if path.suffix.lower() not in SUPPORTED_SUFFIXES and path.suffix.lower() != ".msg":
                raise DocumentError(f"{path.name} is not a kind of file Promptdesk reads.", kind=ErrorKind.UNSUPPORTED)
            text = as_field_value(read_document(path), path)
        except DocumentError as exc:
            problems[index] = exc.message
        rows.append({FILE_COLUMN: path.name, TEXT_COLUMN: text})
    return Sheet(folder, [FILE_COLUMN, TEXT_COLUMN], rows, digest.hexdigest(), problems)


def read_rows(source: str | Path) -> Sheet:
    """The rows of a CSV/TSV/XLSX file, or one row per file of a folder.

    Raises:
        DocumentError: the source cannot be read; the message says what to do.
    """
    path = Path(source).expanduser()
    if path.is_dir():
        return _read_folder(path)
    if not path.is_file():
        raise DocumentError(f"{path} does not exist. Check the name and the folder.", kind=ErrorKind.MISSING)
    suffix = path.suffix.lower()
    data = path.read_bytes()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, data)
    if suffix in (".csv", ".tsv", ".tab", ".txt"):
        return _read_delimited(path, data)
    raise DocumentError(f"{path.name} is not a spreadsheet. Use a CSV or Excel (.xlsx) file, or a folder of files.",
                        kind=ErrorKind.UNSUPPORTED)


# --------------------------------------------------------------------------- mapping


def auto_map(columns: Sequence[str], fields: Sequence[Any]) -> dict[str, str]:
    """Field name -> column, matched by name or label ignoring case, spaces and punctuation.

    A folder's text column fills the template's one long-text field when nothing else matches,
    so "a folder of emails" works with any template that takes one pasted text.
    """
    by_norm = {_norm(c): c for c in columns}
    mapping: dict[str, str] = {}
    for f in fields:
        for key in (_norm(f.name), _norm(f.label)):
            if key in by_norm and by_norm[key] not in mapping.values():
                mapping[f.name] = by_norm[key]
                break
    if TEXT_COLUMN in columns and TEXT_COLUMN not in mapping.values():
        long_fields = [f for f in fields if f.name not in mapping and f.type == "long_text"]
        if long_fields:
            mapping[long_fields[0].name] = TEXT_COLUMN
    return mapping


def apply_overrides(mapping: Mapping[str, str], pairs: Sequence[str], columns: Sequence[str],
                    fields: Sequence[Any]) -> dict[str, str]:
    """``col=field`` pairs from the person on top of the automatic mapping.

    Raises:
        TemplateError: a pair names a column or field that does not exist.
    """
    result = dict(mapping)
    names = [f.name for f in fields]
    for pair in pairs:
        column, sep, name = pair.partition("=")
        column, name = column.strip(), name.strip()
        if not sep or not column or not name:
            raise TemplateError(f"Write each mapping as COLUMN=FIELD, not '{pair}'.")
        if column not in columns:
            raise TemplateError(f"The file has no column '{column}' (columns: {', '.join(columns)}).")
        if name not in names:
            raise TemplateError(f"The template has no field '{name}' (fields: {', '.join(names)}).")
        result = {f: c for f, c in result.items() if c != column}
        result[name] = column
    return result


def missing_required(mapping: Mapping[str, str], fields: Sequence[Any]) -> list[str]:
    """Labels of required fields that no column fills (the batch cannot start)."""
    return [f.label for f in fields if f.required and f.name not in mapping and f.default in (None, "")]


# Column headings that say their cells are about a person: the sheet's structure tells what the
# detectors may miss (a name from outside the name lists, a number in an unusual format).
_PERSONAL_HEADING = re.compile(
    r"(^|[^a-z])(name|first|last|surname|contact|person|customer|client|owner|lead|email|e-mail|mail|phone|"
    r"mobile|tel|telephone|cell|address|street|postcode|zip|birth|dob|ssn|passport|iban|account)([^a-z]|$)", re.I)


def personal_columns(columns: Sequence[str]) -> list[str]:
    """Columns whose heading says each cell names or reaches a person."""
    return [c for c in columns if c not in (FILE_COLUMN, TEXT_COLUMN) and _PERSONAL_HEADING.search(c)]


def row_values(row: Mapping[str, Any], mapping: Mapping[str, str], fields: Sequence[Any]) -> dict[str, Any]:
    """One row as the template's field values; multi-choice cells split on commas."""
    kinds = {f.name: f.type for f in fields}
    values: dict[str, Any] = {}
    for name, column in mapping.items():
        value = row.get(column, "")
        if kinds.get(name) == "multi_choice" and isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        if value not in ("", []):
            values[name] = value
    return values
