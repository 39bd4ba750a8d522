"""National IDs broken over two lines or two cells of a pasted table: the first part ends in its
separator at a line's end and the rest opens the next line ("AHV-Nr. 756.1234.\n5678.97",
"SSN\n527-\n44-1093"). Only numbers whose joined form passes its own check are taken: a Swiss
AHV number by its check digit anywhere, a US SSN by its shape and ranges only after an SSN word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import merged

# (the first digit, then the character before it checked: a pattern that opens with a look-behind
# is tried at every position of the text, one that opens with a digit only at digits)
_WRAPPED = lazy_re(
    r"(?P<head>\d(?<![\w.\-]\d)[\d.\-]{1,12}[.\-])[ \t]*\r?\n[ \t]*(?P<tail>\d[\d.\-]{0,12}\d)(?![\w\-]|\.\d)"
)
_SSN_SHAPE = re.compile(r"\d{3}-\d{2}-\d{4}")
_SSN_WORD = re.compile(r"(?i)(?<![a-z])(?:ssn|social security)(?![a-z])")


def _valid(text: str, at: int, joined: str) -> bool:
    from stdnum.ch import ssn as ahv
    from stdnum.us import ssn

    if joined.startswith("756"):
        return bool(ahv.is_valid(joined))
    return bool(_SSN_SHAPE.fullmatch(joined) and ssn.is_valid(joined) and _SSN_WORD.search(text, max(0, at - 300), at))


# A separator at a line's end and a digit opening the next line: every match holds one, its
# head's last character first. The rule is tried only around them (most texts hold none).
_BREAK = re.compile(r"[.\-][ \t]*\r?\n[ \t]*\d")
_HEAD_BEFORE = 14  # (a head is at most fourteen characters, its separator the break's first)
_TAIL_AFTER = 16  # (a tail at most fourteen from the break's digit, and two looked at past it)


def _wrapped_matches(text: str) -> Iterator[re.Match[str]]:
    """``_WRAPPED.finditer(text)``, run over the stretches around each break (merged)."""
    windows = merged((max(0, m.start() - _HEAD_BEFORE), m.end() + _TAIL_AFTER) for m in _BREAK.finditer(text))
    for begin, end in windows:
        yield from _WRAPPED.finditer(text, begin, min(end, len(text)))


def find_wrapped_ids(text: str, add: Callable[[Candidate], None]) -> None:
    """Add each ID split at a line's end whose two parts make a valid number."""
    if "\n" not in text:
        return
    for m in _wrapped_matches(text):
        if _valid(text, m.start(), m.group("head") + m.group("tail")):
            add(Candidate(m.start("head"), m.end("tail"), "NATIONAL_ID"))
