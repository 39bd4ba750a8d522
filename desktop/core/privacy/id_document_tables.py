"""Identity-document numbers in the columns of a table (CSV, TSV, markdown) whose header names the
document ("passport_no", "BSN", "Steuer-ID", "N. passaporto"): the cells under that header, row
after row, while the rows keep the header's number of cells. A header about the document other
than its number (its expiry, country, scan) is left. The document words are ``id_documents``'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re


def table_columns(text: str, cues: list[re.Match[str]], doc: re.Pattern[str], value_ok: Callable[[str], bool],
                  add: Callable[[Candidate], None]) -> None:
    """Cells under a header that names a document ("passport_no", "BSN", "Steuer-ID"): ``cues``
    are the document words found in ``text``, ``doc`` the expression of every such word, and a
    cell is taken when ``value_ok`` says it could be a number."""
    done: set[int] = set()
    for cue in cues:
        start = text.rfind("\n", 0, cue.start()) + 1
        if start in done:
            continue
        done.add(start)
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        mark = next((m for m in "\t|;," if m in text[start:end]), None)
        if mark is not None:
            _table_rows(text, start, end, mark, doc, value_ok, add)


def _table_rows(text: str, start: int, end: int, mark: str, doc: re.Pattern[str], value_ok: Callable[[str], bool],
                add: Callable[[Candidate], None]) -> None:
    cells = _cells(text[start:end], mark)
    wanted = [n for n, (_, cell) in enumerate(cells) if _names_a_number(doc, cell.strip().strip("\"'*"))]
    if not wanted:
        return
    pos = end + 1
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end]
        if mark not in line:
            return
        if not set(line.strip()) <= set("|-:+ "):  # (a markdown rule row is skipped)
            row = _cells(line, mark)
            if len(row) != len(cells):
                return
            for n in wanted:
                at, cell = row[n]
                value = cell.strip().strip("\"'")
                if value and value_ok(value) and not any(c.islower() for c in value if c.isalpha()):
                    begin = pos + at + cell.index(value)
                    add(Candidate(begin, begin + len(value), "NATIONAL_ID"))
        pos = line_end + 1


# Header words that say the column holds something about the document other than its number.
_NOT_THE_NUMBER = lazy_re(r"(?i)mask|expir|valid|issue|country|scan|photo|copy|status|type|date|datum|fecha|data|g[üu]ltig|scad|vence|tarih")


def _names_a_number(doc: re.Pattern[str], cell: str) -> bool:
    """A header cell that names a document's number: its word, alone or with "no."/"number"
    words around it ("N. passaporto", "numer paszportu"), not its expiry or country."""
    if len(cell) > 32 or not doc.search(cell) or re.search(r"\d{3}", cell):
        return False  # (a cell with the number in it, "ת.ז. 072078165", is a row of its own, no header)
    return bool(doc.fullmatch(cell)) or not _NOT_THE_NUMBER.search(cell)


def _cells(line: str, mark: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for piece in line.split(mark):
        out.append((pos, piece))
        pos += len(piece) + 1
    if mark == "|":
        out = [c for n, c in enumerate(out) if not (n in (0, len(out) - 1) and not c[1].strip())]
    return out
