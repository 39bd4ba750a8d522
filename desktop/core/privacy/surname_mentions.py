"""A surname found with its first name, met again alone where the capital-run rules do not read
it as a name: with its particle capitalised at a sentence's start ("Marta de la Fuente" ...
"De la Fuente pide que ..."), or a Greek name word ("Νίκος Αντωνίου" ... "με τον Αντωνίου").
Only the words of names already found are looked for.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.name_words import particles
from desktop.core.privacy.text_cache import lowered

# The particles a surname opens with ("de la Fuente", "van der Linden", "Di Stefano", "von der Heydt").
# (use "s" of name_words' particle table: the European ones, with the Italian and Flemish forms)
_PARTICLES = frozenset(particles("s"))


def particle_mentions(text: str, finds: Sequence[Candidate]) -> list[Candidate]:
    """A surname with its particle met again without the first name, its particle capitalised
    at a sentence's or a line's start ("Marta de la Fuente" ... "De la Fuente pide que ...")."""
    surnames: set[str] = set()
    for c in finds:
        if c.type != "PERSON":
            continue
        words = text[c.start : c.end].split()
        for k in range(1, len(words) - 1):
            if words[k].casefold() in _PARTICLES:
                if words[-1][:1].isupper():
                    surnames.add(" ".join(words[k:]))
                break
    if not surnames:
        return []
    # (each found with str.find in the lowered text, its first letter in either case; the finds'
    # starts bisected: a pattern of all of them tried at every position costs tens of ms)
    lower = lowered(text)
    taken = sorted((c.start, c.end) for c in finds if c.type == "PERSON")
    starts = [a for a, _ in taken]
    out = []
    for name in surnames:
        rest, low = name[1:], name.lower()
        at = lower.find(low)
        while at >= 0:
            end = at + len(name)
            if text[at + 1 : end] == rest and not _GLUED.match(text[at - 1 : at] if at else "") \
                    and not _GLUED.match(text[end : end + 1]):
                i = bisect.bisect_right(starts, at) - 1
                if i < 0 or not taken[i][0] <= at < taken[i][1]:
                    out.append(Candidate(at, end, "PERSON"))
            at = lower.find(low, at + 1)
    return out


_GLUED = re.compile(r"[\w'’\-]")


_GREEK_WORD = re.compile(r"[Ά-Ϋ][ά-ώ]{2,}")
_ANY_GREEK = re.compile(r"[Ά-Ϋ]")


def greek_mentions(text: str, known: set[str], finds: Sequence[Candidate]) -> list[Candidate]:
    """A Greek name word already found ("Νίκος Αντωνίου" among those present) met again alone
    ("Μίλησα με τον Αντωνίου"): the Latin rules' capital runs do not read Greek letters."""
    if not _ANY_GREEK.search(text):
        return []
    words = {w for w in known if _GREEK_WORD.fullmatch(w.capitalize())}
    if not words:
        return []
    taken = [(c.start, c.end) for c in finds]
    # (matched without case: the casefolded "νίκοσ" is "Νίκος" with its final sigma)
    pattern = re.compile(r"(?<!\w)(?i:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")
    return [Candidate(m.start(), m.end(), "PERSON") for m in pattern.finditer(text)
            if m.group(0)[0].isupper() and not any(a <= m.start() < b for a, b in taken)]
