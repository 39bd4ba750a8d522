"""A found person's name widened over the family name written after it: an Arabic family name
after a given name (a nisba, "خالد العتيبي", or "بن" and a name, "خالد بن سعيد"), and the second
surname joined by "e", "i" or "y" of Portuguese, Catalan and Spanish ("Jordi Puig i Ferrer").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.privacy.candidates import Candidate

# An Arabic family name after a given name: "العتيبي", "الحربي" (the article and a word ending in
# the "-i" of descent, a nisba), or "بن"/"بنت" and a name ("خالد بن سعيد").
_ARABIC_FAMILY = re.compile(r"[ \t]+(?:ال[\u0621-\u064a]{2,12}ي(?:ة)?|(?:بن|بنت|ابن)[ \t]+[\u0621-\u064a]{2,12})(?![\u0600-\u06ff])")
_ARABIC = re.compile(r"[\u0621-\u064a]+")


def arabic_family_names(text: str, finds: Sequence[Candidate]) -> list[Candidate]:
    """A found Arabic given name with the family name after it ("خالد العتيبي", "سارة الحربي")."""
    out = []
    for c in finds:
        if c.type == "PERSON" and _ARABIC.fullmatch(text, c.start, c.end):
            m = _ARABIC_FAMILY.match(text, c.end)
            if m:
                out.append(Candidate(c.start, m.end(), "PERSON"))
    return out


_SURNAME_JOIN = re.compile(r"[ \t]+(?:e|i|y)[ \t]+")


def joined_surnames(text: str, finds: Sequence[Candidate]) -> list[Candidate]:
    """Two surnames joined by "e", "i" or "y" as Portuguese, Catalan and Spanish write them ("Ana
    Luíza da Costa e Silva", "Jordi Puig i Ferrer"): a full name found, then a lone surname that
    is no first name (not "Marta Pérez y Juan", two people)."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.name_judge import judge_for

    # (only the finds a joining word follows: most have none)
    joined = [c for c in finds if c.type == "PERSON" and text[c.end : c.end + 3] in (" e ", " i ", " y ")]
    if not joined:
        return []
    starts = {c.start: c for c in finds if c.type == "PERSON"}
    judge = judge_for(lexicon())
    out = []
    for c in joined:
        if " " not in text[c.start : c.end].strip():
            continue
        join = _SURNAME_JOIN.match(text, c.end)
        after = starts.get(join.end()) if join else None
        if after is None:
            continue
        word = text[after.start : after.end]
        # (not a surname that is a strong first name too: "Maria da Silva e Pedro" are two people,
        # and so "da Costa e Silva" stays two finds, both hidden)
        if word.isalpha() and word[:1].isupper() and judge.surname(word) and not judge.strong_first(word):
            out.append(Candidate(c.start, after.end, "PERSON"))
    return out
