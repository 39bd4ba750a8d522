"""An address right after a listed shop, brand or firm (not_names.txt), as the address's first part
or just before it: "Abholung bei Würth, Reinhold-Würth-Straße 12, 74653 Künzelsau", "Retour naar
Coolblue, Weena 664, 3012 CN Rotterdam", "Skicka till Clas Ohlson, Storgatan 1". The firm's public
address, where goods are returned or collected, not anyone's home.

The listed name must be no town and, written in one word, no place, given name or surname:
"Berlin, Lindenstraße 4, 10115 Berlin", "Anna Weber, Lindenstraße 4" and "Ford, 14 Elm Grove"
stay addresses.
"""

from __future__ import annotations

import re

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.places import is_place_name
from desktop.core.privacy.towns import is_town

# The capitalised words of a name ending the text before a comma ("bei Würth,", "Argos Returns,").
_NAME_BEFORE_COMMA = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][\w&'’.-]*[ \t]+){0,2}[A-ZÀ-ÖØ-Þ][\w&'’.-]*)[ \t]*,[ \t]*$")

_LOWERCASE_WORDS = re.compile(r"(?:[^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]*[ \t]+)*")


def at_a_listed_firm(text: str, c: Candidate, line_start: int) -> bool:
    """Whether the address find ``c`` opens with, or follows, a listed firm's name and a comma."""
    comma = text.find(",", c.start, c.end)
    for end in (c.start, comma + 1) if comma > 0 else (c.start,):
        found = _NAME_BEFORE_COMMA.search(text, max(line_start, end - 40), end)
        if found is None or any(ch.isdigit() for ch in found.group(1)) or not _a_listed_firm(found.group(1)):
            continue
        # as the address's first part, the name is the whole part but a preposition: "chez Manutan,"
        # ("Av. Sete de Setembro, 455": a street named after a date, its month listed)
        if end == c.start or _LOWERCASE_WORDS.fullmatch(text, c.start, found.start(1)):
            return True
    return False


def _a_listed_firm(name: str) -> bool:
    lex = lexicon()
    words = name.split()
    # the whole name or its first words ("Argos Returns": Argos)
    for k in range(len(words), 0, -1):
        head = " ".join(words[:k])
        if lex.is_not_name(head):
            if k > 1:
                return not is_town(head)  # ("Clas Ohlson", "Canadian Tire": a firm of two words)
            folded = head.casefold()
            return not (is_town(head) or is_place_name(head) or lex.is_first_name(folded) or lex.is_surname(folded))
    return False
