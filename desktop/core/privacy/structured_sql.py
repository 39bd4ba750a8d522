"""Values of an SQL ``INSERT`` whose column names say what they are: ``INSERT INTO payees (name,
routing_no, account_no, dob) VALUES ('...', '007439616', ...)``. The column list is read once
and each row's values are matched to it by position; a column named like an account, a birth
date, a phone or an email (the field names of ``labels``) is hidden whatever its value looks
like, as ``layout`` does for tables and JSON; an address's columns (street, number, district,
town, postcode) are read together as a table's cells are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.labels import _norm_key, field_keys

_INSERT = re.compile(
    r"(?i)insert\s+into\s+[\w.\"`\[\]]+\s*\((?P<columns>[^()]{1,600})\)\s*values\s*(?P<rows>(?:\([^()]*\)\s*,?\s*){1,200})"
)
_ROW = re.compile(r"\(([^()]*)\)")
# A value: a quoted string ('' inside it is a quote) or a bare token.
_VALUE = re.compile(r"\s*(?:'(?P<q>(?:[^']|'')*)'|(?P<bare>[^,'\s][^,]*?))\s*(?:,|$)")
_KINDS = {"ACCOUNT", "DOB", "PHONE", "EMAIL"}
_ADDRESS_KINDS = {"ADDRESS", "PLACE", "PART"}


def sql_values(text: str, add: Callable[[Candidate], None], lower: str) -> None:
    if "insert" not in lower or "values" not in lower:
        return
    from desktop.core.privacy.layout import _person_value as person_value
    from desktop.core.privacy.layout import header_kinds, table_row

    keys = field_keys()
    for m in _INSERT.finditer(text):
        names = [c.strip(" \t\n\"`[]") for c in m.group("columns").split(",")]
        # An address's street, number, district, town and postcode columns are read together, as
        # a table's cells are: a town or a house number is someone's beside their street.
        parts = [kind if kind in _ADDRESS_KINDS else None for kind in header_kinds(names, keys)]
        columns = [None if part == "ADDRESS" else keys.get(_norm_key(c)) for c, part in zip(names, parts, strict=True)]
        if not any(kind in _KINDS or kind == "PERSON" for kind in columns) and not any(parts):
            continue
        for row in _ROW.finditer(text, m.start("rows"), m.end("rows")):
            pos = row.start(1)
            cells: list[tuple[int, str]] = []
            for kind in columns:
                value = _VALUE.match(text, pos, row.end(1))
                if value is None:
                    break
                group = "q" if value.group("q") is not None else "bare"
                found = value.group(group) or ""
                cells.append((value.start(group), found if found.upper() != "NULL" else ""))
                if kind in _KINDS and found and found.upper() != "NULL":
                    add(Candidate(value.start(group), value.end(group), kind))
                elif kind == "PERSON" and group == "q" and found:
                    # a name column: the value when it reads as a name ("Luis Herrera", not "Widget")
                    span = person_value(found, value.start(group))
                    if span:
                        add(Candidate(span[0], span[1], "PERSON"))
                pos = value.end()
            if any(parts) and len(cells) == len(parts):
                table_row(cells, parts, add)
