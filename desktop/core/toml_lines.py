"""Where each key of a TOML text is, by line: ``tomllib`` keeps no positions, and a problem in
team.toml is only useful to an operator with the line it is on."""

from __future__ import annotations

import re

_KEY_PART = r"(?:[A-Za-z0-9_-]+|\"[^\"\n]*\"|'[^'\n]*')"
_HEADER = re.compile(rf"^\s*\[\[?\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*\]\]?")
_ASSIGN = re.compile(rf"^\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*=")


def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(a or b or c for a, b, c in re.findall(r"([A-Za-z0-9_-]+)|\"([^\"\n]*)\"|'([^'\n]*)'", dotted))


def line_index(text: str) -> dict[tuple[str, ...], int]:
    """The first line of each table header and key, by dotted path.

    ``tomllib`` keeps no positions, so the lines are found by scanning: a header or assignment
    at the start of a line. Good enough to point a person at the right line; never trusted for
    values.
    """
    index: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            table = _parts(header.group(1))
            index.setdefault(table, number)
            continue
        assign = _ASSIGN.match(line)
        if assign:
            index.setdefault(table + _parts(assign.group(1)), number)
    return index


def line_of(index: dict[tuple[str, ...], int], *path: str) -> int | None:
    """The line of ``path``, else of the nearest table that holds it."""
    for end in range(len(path), 0, -1):
        if path[:end] in index:
            return index[path[:end]]
    return None
