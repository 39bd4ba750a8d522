"""An address given as where people meet: after a meeting place's key and the place's name
("Treffpunkt: Olympiapark, Spiridon-Louis-Ring 21", "Ritrovo: Stazione Centrale, Piazza Duca
d'Aosta 1"), or after "meeting at" and the place's name ("Meeting at Te Papa, 55 Cable Street").
A public place, not anyone's home: the address is not hidden.

The place must be named, in capitalised words (short lowercase particles between: "Pakhuis de
Zwijger"), holding no given name and no possessive: "Location: client's home, 14 Elm Grove" and "Meeting at Anna's,
14 Elm Grove" stay hidden. The keys are in meeting_point_keys.txt.
"""

from __future__ import annotations

import re
from functools import cache

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.word_lists import derived, word_list

# A place's name: capitalised words, short lowercase particles between, then the comma before the address.
# (no digit: "Locatie: Stationsplein 45, 3511 ED Utrecht" names no place before its street)
_NAME = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_\-.&]*(?:[\-.&][^\W\d_]*)*(?:[ \t]+(?:(?:de|del|der|den|di|da|du|la|le|van|von|of|the)[ \t]+)?[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*(?:[\-.&][^\W\d_]*)*){0,4}"
_MEETING_AT = r"(?:meeting|meet|meet-up|meetup|treffen|rendez-vous|reunión|riunione|reunião|bijeenkomst|spotkanie|møde|möte|møte)[ \t]+(?:at|in|im|am|à|au|en|a|al|presso|na|w|på|i|bij|op)"


@cache
def _before() -> re.Pattern[str]:
    keys = "|".join(re.escape(k).replace(r"\ ", r"[ \t]+") for k in sorted(word_list("meeting_point_keys.txt"), key=len, reverse=True))
    return re.compile(rf"(?i:(?<![\w])(?:(?:{keys})[ \t]*:|{_MEETING_AT}))[ \t]+(?:the[ \t]+)?(?P<name>{_NAME})[ \t]*,[ \t]*$")


derived(_before.cache_clear)


def at_a_meeting_point(text: str, c: Candidate, line_start: int) -> bool:
    """Whether the address find ``c`` follows a meeting place's key (or "meeting at") and the place's name."""
    low = max(line_start, c.start - 80)
    comma = text.find(",", c.start, c.end)
    # (the place's name before the address, or as the find's first part: "Mødested: Kulturhuset, Nørregade 12")
    for end in (c.start, comma + 1) if comma > 0 else (c.start,):
        before = text[low:end]
        if "," not in before or "'s" in before or "’s" in before:
            continue
        found = _before().search(before)
        # the place's name, not a person's or a person's home ("Treffpunkt: Anna Schmidt, Lindenstraße 4",
        # "Punto de encuentro: Casa de Lucía, calle Mayor 3" stay hidden)
        if found is not None and not any(lexicon().is_first_name(w.casefold()) for w in found.group("name").split()):
            return True
    return False
