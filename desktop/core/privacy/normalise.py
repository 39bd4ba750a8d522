"""A normalised view of a text for the detectors, with a way back to the original characters.

People (and the tools they copy from) write ``＠`` for ``@``, full-width digits, non-breaking
hyphens in phone numbers, and zero-width characters inside numbers, on purpose or not. The
detectors look at a view where those are plain ASCII (the Unicode compatibility mapping of these
characters, NFKC) and zero-width characters are gone; the spans they find are mapped back, so
the characters hidden are exactly the ones the person wrote.
"""

from __future__ import annotations

import bisect
import re

from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import derived_view

# The characters the view changes; a text without any (nearly all) costs one search.
_CHANGED = lazy_re("[\u00a0\u00ad\u180e\u2000-\u200f\u2010-\u2015\u2060-\u2064\u202f\u205f\u2212\u3000\ufeff\uff01-\uff5e]")
_DROP = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
_DROPPED = lazy_re(f"[{_DROP}]")
_TABLE: dict[int, str | None] = {
    **{ord(ch): " " for ch in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"},
    **{ord(ch): "-" for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"},
    **{code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},  # full-width ASCII
    **{ord(ch): None for ch in _DROP},
}


def _plain(m: re.Match[str]) -> str:
    return _TABLE.get(ord(m.group()), m.group()) or ""


def normalised_view(text: str) -> tuple[str, list[int]] | None:
    """``(view, marks)``, or None when the view would equal ``text``. Every character is mapped
    to one character except the dropped ones; ``marks`` holds, for each dropped character, the
    view position where it was, which is all ``to_original`` needs."""
    if not _CHANGED.search(text):
        return None
    view = _CHANGED.sub(_plain, text)  # (one call per changed character; str.translate costs one per character)
    marks = [m.start() - i for i, m in enumerate(_DROPPED.finditer(text))]
    # Whitespace is mapped to a space and nothing else to whitespace: the view's tokens are the
    # text's, mapped (the detectors that ask for a text's words then read the shorter list).
    derived_view(view, text, _view_of)
    return view, marks


def _view_of(tokens: str) -> str:
    return _CHANGED.sub(_plain, tokens)


def to_original(marks: list[int], start: int, end: int) -> tuple[int, int]:
    """A span of the view as a span of the original text (characters dropped inside it included)."""
    first = start + bisect.bisect_right(marks, start)
    if end <= start:
        return first, first
    last = end - 1 + bisect.bisect_right(marks, end - 1)
    return first, last + 1
