"""Name finds in a table lined up with spaces whose column header names a thing.

Invoices, expense claims and exports pasted from a PDF or a terminal line their columns up with
runs of spaces instead of a separator:

    Date       Category        Merchant                      Amount
    02/10      Rail            LNER King's Cross–Leeds      £96.40

"Rail" and "LNER King's Cross" stand under "Category" and "Merchant"; hidden as a person, the
answer talks about "[PERSON_2]" where the claim named a train. The header is the first line of
the block of lined-up lines above the find whose cells are words; the find's cell is the one that
starts in the same column as one of the header's cells. A column headed like a person ("Name",
"Employee") is left to the other rules.
"""

from __future__ import annotations

import re

from desktop.core.privacy.not_columns import THING_COLUMNS
from desktop.core.privacy.text_cache import text_memo

# Columns of things that the separated tables' list lacks: who was paid, what was bought.
_MORE_THING_COLUMNS = frozenset({
    "merchant", "payee", "händler", "commerçant", "comercio", "esercente", "comerciante", "winkel", "sprzedawca",
    "satıcı", "kauppias", "butik", "service", "services", "leistung", "prestation", "servicio", "servizio", "serviço",
    "expense type", "kind", "art", "spesa", "gasto", "despesa", "kosten", "kostenart",
})
_GAP = re.compile(r"[ \t]{2,}")
_GAP_PAIRS = ("  ", "\t")  # (a gap holds two spaces or a tab)
_DIGIT = re.compile(r"\d")
_BLOCK_REACH = 30  # lines walked up to a header at most


def _cell_starts(line: str) -> list[int]:
    """Where each cell of a line lined up with runs of two spaces or more starts."""
    starts = [len(line) - len(line.lstrip(" \t"))]
    starts += [m.end() for m in _GAP.finditer(line) if m.end() < len(line)]
    return starts


def in_an_aligned_things_column(text: str, start: int) -> bool:
    """Whether the find at ``start`` stands in a column, lined up with spaces, headed by a thing's word."""
    line_start = text.rfind("\n", 0, start) + 1
    facts = _line_facts(text, line_start)
    if facts is None:
        return False
    line, cells = facts
    column = start - line_start
    cell = max((c for c in cells if c <= column), default=None)
    if cell is None or line[cell:column].strip(" \t") and not _opens_cell(line[cell:column]):
        return False  # the find is not at its cell's start
    heads = _heads_above(text, line_start)
    if heads is None:
        return False
    word = heads.get(cell)
    return word is not None and (word in THING_COLUMNS or word in _MORE_THING_COLUMNS)


def _line_facts(text: str, line_start: int) -> tuple[str, list[int]] | None:
    """The line at ``line_start`` and its cells' starts when it is cut into three or more cells,
    worked out once per line (a row holds several finds)."""
    memo: dict[int, tuple[str, list[int]] | None] = text_memo(text).setdefault("aligned cells", {})
    if line_start not in memo:
        line_end = text.find("\n", line_start)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if not any(gap in line for gap in _GAP_PAIRS):
            memo[line_start] = None  # (no run of two spaces: one cell, most lines)
        else:
            cells = _cell_starts(line)
            memo[line_start] = (line, cells) if len(cells) >= 3 else None
    return memo[line_start]


def _heads_above(text: str, line_start: int) -> dict[int, str] | None:
    """The header's words by the column each starts at, for the line at ``line_start``: once per line."""
    memo: dict[int, dict[int, str] | None] = text_memo(text).setdefault("aligned heads", {})
    if line_start not in memo:
        header = _header_above(text, line_start)
        memo[line_start] = None if header is None else {
            c: header[c:].split("  ")[0].strip().casefold() for c in _cell_starts(header)}
    return memo[line_start]


def _opens_cell(before: str) -> bool:
    """A cell's opening before the find: a quantity or a dash ("1 x ", "– ")."""
    return re.fullmatch(r"(?:\d{1,3}[ \t]*[x×]|[-–•*])[ \t]*", before) is not None


def _header_above(text: str, line_start: int) -> str | None:
    """The first line of the block of lined-up lines ending at ``line_start``, if it holds no digit."""
    header = None
    at = line_start
    for _ in range(_BLOCK_REACH):
        if at == 0:
            break
        above_start = text.rfind("\n", 0, at - 1) + 1
        above = text[above_start : at - 1]
        if len(_cell_starts(above)) < 3:
            break
        header, at = above, above_start
    if header is None or _DIGIT.search(header):
        return None
    return header
