"""The rest of an address that a record keeps in the cells after its street.

A CSV or TSV row, an SQL ``VALUES`` tuple, a vCard's ``ADR`` or a one-line record joined by pipes
or semicolons writes the street in one cell and the postcode, the town and the region in the
next ones: "'Nørrebrogade 140, 3. tv.', '2200', 'København N'", "ADR:;;14 Wattle St;Thornbury;VIC;3071",
"Corso Vittorio Emanuele II 112;10121;Torino". The street rules find the street alone; here a
found street is widened over the cells right after it while each is a postcode, a town or a
region's code, and only when one of them is a postcode (a town alone after a street may be the
next field: a shop's name, a note).

Also the marks of a quoted reply ("> " at the start of each line), read as spaces so that the
street rules see a quoted address block's lines as one block.
"""

from __future__ import annotations

import re

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re

# Between two cells: a semicolon, a pipe, a tab, a comma, or a quoted value's close and the next
# one's open ("', '", '","').
# (a comma only as a CSV writes it, with no space after: ", " is an address's own comma, which the
# street rules read with the town after it)
_SEPARATOR = lazy_re(r"[ \t]*(?:(['\"])[ \t]*,[ \t]*\1|['\"]?[ \t]*[;|\t][ \t]*['\"]?|,(?=[^\s,]))[ \t]*")
# A postcode as a cell of its own, in the forms of the team's countries ("2200", "45-062",
# "LT-03154", "SA15 3LP", "H2X 2V4", "546 22", "90570-080", "3511 NR").
_POSTCODE = (
    r"(?:(?:LT|LV|EE|A|D|F|CH|I)-)?\d{4,5}(?:-\d{3,4})?|\d{2}-\d{3}|\d{3}[ ]\d{2}|\d{4}[ ]?[A-Z]{2}"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d"
)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-žΑ-ΩΆ-ΏА-ЯЁІЇЄ"
_WORD_REST = r"(?:[\w’.\-]|'(?=\w))*"  # (an apostrophe inside a word, "L'Aquila", not a quoted cell's close)
_POSTCODE_CELL = lazy_re(rf"(?:{_POSTCODE})(?:[ \t]+[{_UPPER}]{_WORD_REST}(?:[ \t]+[{_UPPER}]{_WORD_REST}){{0,2}})?")
# A town (one to three capitalised words, a district's letter or number: "København N", "Praha 2")
# or a region's code ("VIC", "NA", "RS").
_TOWN_CELL = lazy_re(
    rf"[{_UPPER}]{_WORD_REST}(?:[ \t]+(?:[{_UPPER}]{_WORD_REST}|[a-zà-ÿ]{{1,3}}|\d{{1,2}}))"
    r"{0,3}(?=[ \t]*['\"]?[ \t]*(?:[;|\t,)\n]|$))"
)
_QUOTE_MARKS = re.compile(r"^(?:[ \t]*>)+", re.MULTILINE)
_MOST_CELLS = 5


def unquoted(text: str) -> str:
    """``text`` with a quoted reply's ">" marks as spaces (every offset kept)."""
    if ">" not in text:
        return text
    return _QUOTE_MARKS.sub(lambda m: " " * len(m.group(0)), text)


def _cells_after(text: str, end: int) -> list[tuple[int, int]]:
    """The postcode, town and region cells right after ``end`` (none when none of them is a
    postcode)."""
    pos, cells, coded = end, [], False
    for _ in range(_MOST_CELLS):
        sep = _SEPARATOR.match(text, pos)
        if sep is None or sep.end() == pos or "\n" in sep.group(0):
            break
        code = _POSTCODE_CELL.match(text, sep.end())
        town = _TOWN_CELL.match(text, sep.end())
        cell = code if code and _cell_ends(text, code.end()) else town
        if cell is None or cell.end() == sep.end() or not _cell_ends(text, cell.end()):
            break
        coded = coded or cell is code
        cells.append((cell.start(), cell.end() - (text[cell.end() - 1] == ".")))  # (not a sentence's full stop)
        pos = cell.end()
    return cells if coded else []


def _cell_ends(text: str, at: int) -> bool:
    rest = text[at : at + 3].lstrip(" \t'\"")
    return not rest or rest[0] in ";|\t,)\n"


def widen_over_cells(text: str, found: list[Candidate]) -> list[Candidate]:
    """The addresses found and the postcode, town and region cells that follow each (one
    candidate a cell, as a table's cells are hidden one by one)."""
    out = list(found)
    for c in found:
        if c.type == "ADDRESS" and c.end < len(text) and text[c.end] in ";|\t,'\" ":
            out += [Candidate(a, b, "ADDRESS") for a, b in _cells_after(text, c.end) if a < b]
    return out
