"""A person written by their initials alone ("ask T.J. to order another", "panel with Dr Oyelaran
and A.K."), and the same initials written again without the dots ("TJ is out till monday").

Initials are everywhere in work text (U.S., Q.A., P.S.), so they count as a person only right
after a word that names someone as its object (ask, tell, ping, cc, with, and...), and never the
common abbreviations.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.name_words import particle_alternation

# (the dotted letters first, found from their dots; the cue word before them is checked after)
_INITIALS = lazy_re(r"\.[ \t]?[A-Z]\.")
_DOTTED = lazy_re(r"[A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?(?![\w])")
_CUES = frozenset({
    "ask", "asked", "tell", "told", "ping", "cc", "thanks", "thx", "ta", "with", "and", "from", "call", "called", "email",
    "message", "remind", "cover", "covering", "per", "by", "mit", "und", "von", "avec", "et", "con", "y", "met", "en", "z",
    "och", "med",
})
_ABBREVIATIONS = frozenset({
    "US", "UK", "EU", "UN", "NB", "PS", "AM", "PM", "IT", "HR", "QA", "RD", "DC", "LA", "NY", "BC", "AD", "ID", "OK", "TV",
    "PC", "CV", "VP", "MD", "GP", "HQ", "PO", "BA", "MA", "BS", "MS", "PA", "NZ", "SA", "AG", "BV", "NV", "UAE", "USA",
    "EG", "IE", "ET", "AL", "ZB", "UA", "DR", "MR", "MRS", "JR", "SR", "CO", "VS",
})


def initials(text: str, add: Callable[[Candidate], None]) -> None:
    """Add initials standing for a person, and their undotted mentions."""
    found: set[str] = set()
    done = -1
    for dots in _INITIALS.finditer(text):
        start = dots.start() - 1
        if start <= done or start < 1 or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == ".")):
            continue
        before = text[max(0, start - 12) : start]
        if not before[-1:].isspace() or before.split()[-1:] == [] or before.split()[-1].casefold() not in _CUES:
            continue
        m = _DOTTED.match(text, start)
        if m is None:
            continue
        done = m.end()
        letters = re.sub(r"[.\s]", "", m.group(0))
        if letters in _ABBREVIATIONS:
            continue
        add(Candidate(m.start(), m.end(), "PERSON"))
        found.add(letters)
    for letters in found:
        for m in re.finditer(rf"(?<![\w.@\-]){letters}(?![\w@]|\.\w)", text):
            add(Candidate(m.start(), m.end(), "PERSON"))


# Two or three dotted initials and a surname: "J. R. Whitcombe", "A.K. Menon", "M. J. van Dijk";
# the initials of a hyphenated given name ("M.-L. Dubois"); one initial before a surname that
# opens with a capitalised particle ("S. Van Damme", "J. De la Cruz").
# (the capital first, then the look-behind: the scan skips to capitals)
_INITIALS_SURNAME = lazy_re(
    r"[A-Z](?<![\w.][A-Z])\.(?:-[A-Z]\.[ \t]?|[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?[ \t]?"
    # (the particles of uses "j", capitalised, and "i" of name_words' table)
    rf"|[ \t](?=(?:{particle_alternation('j', capital=True)})[ \t]))"
    rf"(?:(?:{particle_alternation('i')}|{particle_alternation('j', capital=True)})[ \t]+){{0,2}}"
    r"([A-ZÀ-ÖØ-Þ][a-zß-ÿ'’]{2,}(?:-[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+)?)(?![\w])"
)


# Abbreviations that are written after a name or before it with no dots between ("Jr", "Dr"):
# dotted before a surname they are initials ("J. R. Whitcombe").
_FORMS_OF_ADDRESS = frozenset({"JR", "SR", "DR", "MR", "MRS", "MS"})
# Dotted letters that open an ID's label ("T.C. Kimlik No": the Turkish identity number).
_ID_MARKS = frozenset({"TC", "CI", "NI", "DNI", "NIE", "CPF", "RG", "PESEL"})


def _a_place(words: str) -> bool:
    from desktop.core.privacy.places import is_place_name

    return is_place_name(words)


def initialled_names(text: str, everyday: Callable[[str], bool]) -> list[Candidate]:
    """Two or three initials and a surname that is no everyday word ("J. R. Whitcombe"; "U.S. Army",
    "P.S. Thanks" end in an everyday word, and common abbreviations are left)."""
    out = []
    for m in _INITIALS_SURNAME.finditer(text):
        letters = "".join(ch for ch in m.group(0)[: m.start(1) - m.start()] if ch.isupper())
        if (letters in _ABBREVIATIONS and letters not in _FORMS_OF_ADDRESS) or letters in _ID_MARKS or everyday(m.group(1)):
            continue
        if text[m.start() + 2] == " " and text[m.start() + 3].isupper() and _a_place(text[m.start() + 3 : m.end()]):
            continue  # "Q. La Paz": a question's letter and a town
        out.append(Candidate(m.start(), m.end(), "PERSON"))
    return out
