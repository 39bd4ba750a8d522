"""Travellers' names as airlines and booking systems print them: the surname, a slash, the given
names and a title, in capitals ("OKONKWO/CHIDINMA MS", "GRUBER/STEFAN MR", "NGUYEN/VAN LONG MSTR")
on boarding passes, e-tickets, itineraries and hotel lists pasted by a team's travel desk.

The title after the given names makes it a person; with no title, the given names must be a
listed first name ("LINDQVIST/ANNA"), which no route ("VIE/FRA"), protocol ("TCP/IP") or
pair of options ("ON/OFF", "YES/NO") has.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’\-]{1,24}"
_TITLES = r"MR|MRS|MS|MISS|MSTR|DR|PROF|MME|MLLE|HR|FR|SR|SRA|SIG|SIGRA"
_BOOKED = re.compile(
    rf"(?<![\w/])({_CAP}(?: {_CAP})?)/({_CAP}(?: (?!(?:{_TITLES})(?![\w/])){_CAP}){{0,2}})"
    rf"(?:[ \t]+({_TITLES}))?(?![\w/])"
)


def booked_names(text: str, is_first: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of "SURNAME/GIVEN NAMES TITLE" travellers' names."""
    if "/" not in text:
        return []
    out = []
    lines: set[int] = set()
    for hit in _SLASH.finditer(text):  # (only the lines with a slash between capitals are read)
        start = text.rfind("\n", 0, hit.start()) + 1
        if start in lines:
            continue
        lines.add(start)
        end = text.find("\n", hit.end())
        for m in _BOOKED.finditer(text, start, end if end >= 0 else len(text)):
            given = m.group(2).split()
            if m.group(3) or (len(m.group(1)) >= 3 and is_first(given[0].capitalize())):
                out.append(m.span())
    return out


_SLASH = re.compile(r"(?<=[A-ZÀ-ÖØ-ÞĀ-Ž'’\-])/(?=[A-ZÀ-ÖØ-ÞĀ-Ž])")
