"""Codes written with a gap between their digits ("Your PIN: 8 3 0 5", "Kluiscode: 4 1 7 9",
"alarm 3-9-1-4-7", a one-time code read out as "552 917").

People space a PIN out when they print it, dictate it or type it from a letter; every code rule
expects the digits together. Rather than teach each rule the spaced forms, the code rules run a
second time on a view of the text where such runs are closed up, and what they find there is
mapped back onto the original characters. Only finds that cover a closed run are kept: the rest
were found on the text itself already.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate

# Four to eight single digits, each apart by one space or dash ("8 3 0 5", "3-9-1-4-7"), or two
# groups of three (a one-time code as apps show it: "552 917"); not part of a longer number.
_GAPPED = re.compile(
    r"(?<![\w.,/:\-])(?<!\d[ \-])(?:\d(?:[ \-]\d){3,7}|\d{3} \d{3})(?![\w\-]|[ \-]\d|[.,/:]\d)"
)


def gapped_runs(text: str) -> list[re.Match[str]]:
    return list(_GAPPED.finditer(text)) if any(c.isdigit() for c in text) else []


def _closed(text: str, runs: list[re.Match[str]]) -> tuple[str, list[int]]:
    """The text with each run's gaps taken out, and for each of its characters the index of the
    same character in ``text``."""
    parts: list[str] = []
    where: list[int] = []
    pos = 0
    for run in runs:
        parts.append(text[pos : run.start()])
        where.extend(range(pos, run.start()))
        for i in range(run.start(), run.end()):
            if text[i].isdigit():
                parts.append(text[i])
                where.append(i)
        pos = run.end()
    parts.append(text[pos:])
    where.extend(range(pos, len(text)))
    return "".join(parts), where


def gapped_codes(text: str, find: Callable[[str], list[Candidate]]) -> list[Candidate]:
    """What ``find`` (the code rules) finds on the closed-up view that covers a spaced code,
    as spans of ``text``."""
    runs = gapped_runs(text)
    if not runs:
        return []
    closed, where = _closed(text, runs)
    starts = {run.start() for run in runs}
    out = []
    for c in find(closed):
        if c.end <= c.start or c.end > len(where):
            continue
        start, end = where[c.start], where[c.end - 1] + 1
        if any(start <= s < end for s in starts):
            out.append(Candidate(start, end, c.type, c.source, c.label))
    return out
