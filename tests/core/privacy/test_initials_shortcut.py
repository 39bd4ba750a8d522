"""A full name's dotted initials are found without a leading look-behind in their pattern (so the
pattern is tried only where an initial's letter stands); the finds must be the ones the
look-behind pattern gives."""

from __future__ import annotations

import random
import re

from desktop.core.privacy import name_markers
from desktop.core.privacy.candidates import Candidate

_HEAD = "Bola Oni Ade and Ade Bola "
_FOUND = [Candidate(0, 12, "PERSON"), Candidate(17, 25, "PERSON")]
_PIECES = ["B.O.A.", "B. O. A.", "A.B.", "A. B.", "x", ".", " ", "\t", "Morgan", "é", "_", "B", "O.", "A"]


def _with_look_behind(text: str) -> list[tuple[int, int]]:
    forms = {"B.O.A.", "B. O. A.", "A.B.", "A. B."}
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                         + r")(?!\w)(?![ \t]*[A-Z][a-z])")
    return [m.span() for m in pattern.finditer(text)]


def test_initials_are_found_where_the_look_behind_pattern_finds_them() -> None:
    rng = random.Random(7)
    matched = 0
    for _ in range(5000):
        text = _HEAD + "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        got = [(c.start, c.end) for c in name_markers.initials_of(text, _FOUND)]
        assert got == _with_look_behind(text), text
        matched += bool(got)
    assert matched > 300  # the generated texts do hold initials


def test_initials_glued_to_a_word_or_a_dot_are_no_ones() -> None:
    text = _HEAD + "xA.B. and .A.B. but A.B. signed, A.B. Morgan"
    spans = [text[c.start : c.end] for c in name_markers.initials_of(text, _FOUND)]
    assert spans == ["A.B."]
