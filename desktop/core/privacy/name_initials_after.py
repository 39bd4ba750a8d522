"""A surname with the initials of the first names after it, as registers, tickets and sign-off
lists print people: "Rose, A.", "Iyer, P.; Grant, M.", "Reviewed by Hall, J. and Wood, K.",
"Kowalski J.", "Moreau J.-P.".

The other rules find the surname at best ("Rose"), and the initial left after it says who it is
to anyone who knows the team. The word must be a listed surname: with a comma, however everyday
a word it is too ("Wood, K.": the comma and the initial are a register's way of writing a person;
not "Appendix, B."); without one, only a surname rare as a word ("Kowalski J."; not "Section A.",
"Plan B.", "Vitamin C.").
"""

from __future__ import annotations

import re

from desktop.core.privacy.word_lists import word_set

_SURNAME_INITIALS = re.compile(
    r"(?<![\w@.\-/'’])([A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿā-ž'’\-]{1,24})(,[ \t]?|[ \t])"
    r"([A-ZÀ-ÖØ-ÞĀ-Ž]\.(?:[ \t]?-?[A-ZÀ-ÖØ-ÞĀ-Ž]\.){0,2})"
    r"(?![\w'’\-])(?![ \t]?[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿā-ž])"  # (not a first initial before a surname: "Hall, J. Smith")
)

# A firm's legal form written with dots after its name ("Roble S.A.S.", "Vidal S.L.", "Jansen B.V."):
# the letters of a firm, not a person's initials (legal_form_letters.txt).
_LEGAL_FORMS = "legal_form_letters.txt"


def surname_initials(text: str) -> list[tuple[int, int]]:
    """Spans of a surname with its initials after it (see the module docstring)."""
    if "." not in text:
        return []
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.name_judge import RARE_RANK, judge_for
    from desktop.core.privacy.name_words import CALENDAR, STOP, TITLES
    from desktop.core.privacy.names import plain_word
    from desktop.core.privacy.places import is_place_name

    judge = judge_for(lexicon())
    out = []
    for m in _SURNAME_INITIALS.finditer(text):
        word = m.group(1)
        folded = word.casefold()
        letters = "".join(ch for ch in m.group(3) if ch.isalpha())
        if folded in STOP or folded in TITLES or folded in CALENDAR or letters in word_set(_LEGAL_FORMS) or is_place_name(word):
            continue
        if not judge.surname(word):
            continue
        # (without a comma only a word rare as a word: "Kowalski J.", not "Section A.", "Plan B.")
        if m.group(2).startswith(",") or (not plain_word(word) and not judge.common(word) and judge.rank(word) >= RARE_RANK):
            out.append(m.span())
    return out
