"""A normalised view of a text for the detectors, with a way back to the original characters.

People (and the tools they copy from) write ``＠`` for ``@``, full-width digits, non-breaking
hyphens in phone numbers, and zero-width characters inside numbers, on purpose or not. The
detectors look at a view where those are plain ASCII (the Unicode compatibility mapping of these
characters, NFKC) and zero-width characters are gone; the spans they find are mapped back, so
the characters hidden are exactly the ones the person wrote.
"""

from __future__ import annotations

import re

# The characters the view changes; a text without any (nearly all) costs one search.
_CHANGED = re.compile("[\u00a0\u00ad\u180e\u2000-\u200f\u2010-\u2015\u2060-\u2064\u202f\u205f\u2212\u3000\ufeff\uff01-\uff5e]")
_DROP = frozenset("\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff")
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212")


def _plain(ch: str) -> str:
    if ch in _DROP:
        return ""
    if ch in _DASHES:
        return "-"
    if "\uff01" <= ch <= "\uff5e":  # full-width ASCII
        return chr(ord(ch) - 0xFEE0)
    return " "  # the remaining ones are spaces of other widths


def normalised_view(text: str) -> tuple[str, list[int]] | None:
    """``(view, origin)`` where ``origin[i]`` is the index in ``text`` of the view's character
    ``i`` (plus one entry for the end), or None when the view would equal ``text``."""
    if not _CHANGED.search(text):
        return None
    pieces: list[str] = []
    origin: list[int] = []
    done = 0
    for m in _CHANGED.finditer(text):
        at = m.start()
        pieces.append(text[done:at])
        origin.extend(range(done, at))
        plain = _plain(text[at])
        pieces.append(plain)
        origin.extend([at] * len(plain))
        done = at + 1
    pieces.append(text[done:])
    origin.extend(range(done, len(text)))
    origin.append(len(text))
    return "".join(pieces), origin


def to_original(origin: list[int], start: int, end: int) -> tuple[int, int]:
    """A span of the view as a span of the original text (characters dropped inside it included)."""
    return origin[start], (origin[end - 1] + 1) if end > start else origin[start]
