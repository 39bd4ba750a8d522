"""Rows of an SQL ``INSERT`` whose column list names what each value is.

``INSERT INTO clientes (nombre, calle, num_ext, colonia, cp) VALUES ('Ana Ruiz', 'Av. Hidalgo',
'902', 'Centro', '44100'), (...)``: a dump or a migration pasted into a message holds a table's
rows as tuples; each value is read under its column's name as a table's cell is under its header
(``layout.table_row``), so a street, number, district and postcode split over columns are hidden
as the parts of one address, and a name column's value as a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re

_INSERT = lazy_re(r"(?i:insert[ \t]+into)[ \t]+[\w.`\"\[\]]+[ \t]*\(([^()]{1,600})\)\s*(?i:values)\s*")
_TUPLE = lazy_re(r"\s*,?\s*\(((?:'(?:[^'\n]|'')*'|[^'()\n])*)\)")
# A value of a tuple: a quoted string, or a bare number, NULL or expression up to the next comma.
_VALUE = lazy_re(r"\s*(?:'((?:[^'\n]|'')*)'|([^,']*?))\s*(?:,|$)")


def _values(text: str, start: int, end: int) -> list[tuple[int, str]]:
    cells: list[tuple[int, str]] = []
    pos = start
    while pos < end:
        m = _VALUE.match(text, pos, end)
        if m is None or m.end() == pos:
            break
        group = 1 if m.group(1) is not None else 2
        cells.append((m.start(group), m.group(group)))
        pos = m.end()
    return cells


def sql_rows(text: str, keys: dict[str, str], add: Callable[[Candidate], None]) -> None:
    """Hide the values of each ``INSERT`` row whose column names a kind."""
    from desktop.core.privacy.layout import header_kinds, table_row

    for insert in _INSERT.finditer(text):
        columns = [c.strip(" \t\n`\"[]") for c in insert.group(1).split(",")]
        kinds = header_kinds(columns, keys)
        if not any(kinds):
            continue
        pos = insert.end()
        while (row := _TUPLE.match(text, pos)) is not None:
            cells = _values(text, row.start(1), row.end(1))
            if len(cells) == len(kinds):
                table_row(cells, kinds, add)
            pos = row.end()


def has_insert(text: str) -> bool:
    return re.search(r"(?i)insert\s+into", text) is not None
