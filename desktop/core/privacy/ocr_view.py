"""Values in text read from a scan or a photo, where the letter O stands for a zero.

Text recognition of a scanned form or a photographed sticky note reads a zero as a capital or
small O ("IBAN DE89 37O4 0044 O532 ...", "CBU O720 1234 ...", "pw: Maple$yrup 2O26", "alarm | 5 O
8 3") and a label's colon or a box's edge as a stray bar ("alarm | 5083"). Here, in a text that
holds such a misread number, a view is made with each O inside or beside the digits of a number
read as 0 and a bar after a line's label read as a colon (one character for one, so spans found
on the view are spans of the text); the finders run on it, and what they find over a changed
character is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.view_stretches import finds_near

# An O inside a run of digits, or opening or closing one ("37O4", "O720", "2O26", "0001O749316").
_MISREAD = re.compile(r"(?<![^\W\d_])(?=[0-9Oo]*\d)(?=[0-9Oo]*[Oo])[0-9Oo]{2,}(?![^\W\d_])")
# An O standing alone between the digits of a spaced code ("5 O 8 3").
_LONE = re.compile(r"(?<=\d )[Oo](?= \d)|(?<=\d )[Oo](?= [Oo] \d)")
# A line's label, then a bar where a colon was ("alarm | 5 O 8 3", "Kontoinhaber | ...").
_BAR = re.compile(r"(?m)^([^\W\d_][^\n|:]{1,30}?[ \t])\|(?=[ \t])")
# What both of those need: an O right beside a digit, or one space after one (a quick look first).
_NEAR_DIGIT = re.compile(r"[0-9][Oo]|[Oo][0-9]|[0-9] [Oo] ")


def ocr_view(text: str) -> tuple[str, set[int]] | None:
    """The text with its misread zeros and bars put right, and where it changed; None when it
    holds no misread number."""
    if ("O" not in text and "o" not in text) or not _misread_lines(text):
        return None
    chars = list(text)
    changed: set[int] = set()
    for m in _MISREAD.finditer(text):
        if m.group(0).isdigit() or not any(ch.isdigit() for ch in m.group(0)):
            continue
        for i in range(m.start(), m.end()):
            if chars[i] in "Oo":
                chars[i] = "0"
                changed.add(i)
    for m in _LONE.finditer(text):
        chars[m.start()] = "0"
        changed.add(m.start())
    if not changed:
        return None
    for m in _BAR.finditer(text):
        chars[m.end(1)] = ":"
    return "".join(chars), changed


def _misread_lines(text: str) -> bool:
    """Whether a line of ``text`` holds a zero misread as O (what ``ocr_view`` changes). Each such
    O stands beside a digit (or one space after one) on its line, and neither rule reaches over a
    line break: only the lines with such an O are read, most texts' few (a year "2O26", a spaced
    "5 O 8"), not all of it."""
    hit = _NEAR_DIGIT.search(text)
    while hit:
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.end())
        end = len(text) if end < 0 else end
        for m in _MISREAD.finditer(text, start, end):
            if not m.group(0).isdigit() and any(ch.isdigit() for ch in m.group(0)):
                return True
        if _LONE.search(text, start, end):
            return True
        hit = _NEAR_DIGIT.search(text, end)
    return False


def ocr_finds(text: str, find: Callable[[str], list[Candidate]]) -> list[Candidate]:
    """What ``find`` finds on the view of a scanned text, where a find covers a misread zero."""
    made = ocr_view(text)
    if made is None:
        return []
    view, changed = made
    # (a find is kept only over a misread zero: the view is read only around them)
    return [c for c in finds_near(view, sorted(changed), find) if any(c.start <= i < c.end for i in changed)]
