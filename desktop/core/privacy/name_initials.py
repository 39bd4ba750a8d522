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

_CUED_INITIALS = lazy_re(
    r"(?i:\b(?:ask|asked|tell|told|ping|cc|thanks|thx|ta|with|and|from|call|called|email|message|remind|cover|covering|"
    r"per|by|mit|und|von|avec|et|con|y|met|en|z|och|med))[ \t]+([A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?)(?![\w])"
)
_ABBREVIATIONS = frozenset({
    "US", "UK", "EU", "UN", "NB", "PS", "AM", "PM", "IT", "HR", "QA", "RD", "DC", "LA", "NY", "BC", "AD", "ID", "OK", "TV",
    "PC", "CV", "VP", "MD", "GP", "HQ", "PO", "BA", "MA", "BS", "MS", "PA", "NZ", "SA", "AG", "BV", "NV", "UAE", "USA",
    "EG", "IE", "ET", "AL", "ZB", "UA", "DR", "MR", "MRS", "JR", "SR", "CO", "VS",
})


def initials(text: str, add: Callable[[Candidate], None]) -> None:
    """Add initials standing for a person, and their undotted mentions."""
    if ". " not in text and "." not in text:
        return
    found: set[str] = set()
    for m in _CUED_INITIALS.finditer(text):
        letters = re.sub(r"[.\s]", "", m.group(1))
        if letters in _ABBREVIATIONS:
            continue
        add(Candidate(m.start(1), m.end(1), "PERSON"))
        found.add(letters)
    for letters in found:
        for m in re.finditer(rf"(?<![\w.@\-]){letters}(?![\w@]|\.\w)", text):
            add(Candidate(m.start(), m.end(), "PERSON"))
