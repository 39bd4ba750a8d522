"""Email addresses found from their "@", not from every word around it.

The email rule starts with a run of address characters ("anna.berg", "a%b+news") that no word
character, dot, plus or dash comes before. Tried on a stretch of text, the engine starts it at
every word there, reads the word and looks for an "@" after it; in business text nearly all the
words around an "@" are no address. A match holds an "@" right after its first run, and starts
either where the run of address characters before that "@" starts or just after a "%" in it
(the only address character the rule lets come before it): ``email_matches`` tries the rule
there only, and finds what ``pattern.finditer(text, a, b)`` finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# The address characters that run up to an "@" (the rule's first class): read back from the "@".
_RUN_TO_END = re.compile(r"[\w.%+\-]*\Z")
_LOOK_BACK = 32  # characters read back at first (most runs are shorter); twice as many each time after


def _run_start(text: str, a: int, at: int) -> int:
    """Where the run of address characters that ends at ``at`` starts, or ``a`` if before it."""
    back = _LOOK_BACK
    while True:
        lo = max(a, at - back)
        m = _RUN_TO_END.search(text, lo, at)  # (always found: the empty run at ``at``)
        start = m.start() if m else at
        if start > lo or lo == a:
            return start
        back *= 2  # (the run may go on before ``lo``)


def _starts(text: str, a: int, b: int) -> Iterator[int]:
    """Every place in ``text[a:b]`` where an address can start, in order."""
    at = text.find("@", a, b)
    while at >= 0:
        start = _run_start(text, a, at)
        if start < at:
            yield start
            cut = text.find("%", start, at - 1)
            while cut >= 0:
                yield cut + 1
                cut = text.find("%", cut + 1, at - 1)
        at = text.find("@", at + 1, b)


def email_matches(pattern: re.Pattern[str], text: str, a: int, b: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, a, b)`` for the email rule (a match is an address run that no
    ``[\\w.+\\-]`` comes before, then "@", then what comes after it: no "@" in the run)."""
    pos = a
    for start in _starts(text, a, b):
        if start < pos:
            continue  # (inside the last match)
        m = pattern.match(text, start, b)
        if m is not None:
            yield m
            pos = max(m.end(), start + 1)
