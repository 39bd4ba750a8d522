"""A Dutch or Flemish surname written with its particle and no first name, inside a sentence
("kun jij met Van der Berg de offerte doornemen", "heeft De Wit al gereageerd?").

A capital "Van" or "De" after a lowercase word is no sentence start: in Dutch it opens a surname
or a proper name ("De Lijn", "De Standaard"). The word after it must be a surname from the lists
or a word no dictionary knows, and the name must end there (no capital word after it: "De Lijn
Antwerpen"), so that papers, firms and places named with an article stay text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.name_judge import RARE_RANK, Judge

# (the particle's capital first, then the look-behind: the scan skips to those three letters)
_PARTICLE_NAME = lazy_re(
    r"[VDT](?<=[a-zà-ÿ,] [VDT])(?:(?<=V)an(?: der| den| de| het| 't)?|(?<=D)e|(?<=T)er|(?<=T)en|(?<=V)ander|(?<=V)anden) "
    r"([A-Z][a-zà-ÿ]{1,20})(?![\w'’\-])(?![ \t]+[A-Z])"
)
_LOWER_WORD_BEFORE = re.compile(r"(?:^|[\s(])[a-zà-ÿ][\w'’\-]*,? $")  # (a capitalised one may be a trade: "Schildersbedrijf De Kwast")
_NOT_AFTER = re.compile(r"[ \t]*(?:Ltd|BV|B\.V\.|NV|N\.V\.|Groep|Group)\b")


def particle_surnames(text: str, judge: Judge, found: Sequence[Candidate]) -> list[Candidate]:
    """The particle surnames standing alone in sentences, not already inside a found name."""
    if "Van " not in text and "De " not in text and "Te" not in text and "Vande" not in text:
        return []  # (most texts: no capital particle at all)
    out: list[Candidate] = []
    for m in _PARTICLE_NAME.finditer(text):
        word = m.group(1)
        if not (judge.surname(word) or judge.rank(word) >= RARE_RANK):
            continue
        if not _LOWER_WORD_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) or _NOT_AFTER.match(text, m.end()) or any(f.start <= m.start() < f.end for f in found):
            continue
        out.append(Candidate(m.start(), m.end(), "PERSON"))
    return out
