"""Overlapping finds are settled in the order they always were: by start, the longest first,
finds with the same start and end in the order the detectors gave them."""

from __future__ import annotations

import random

from desktop.core.privacy import candidates
from desktop.core.privacy.candidates import Candidate, resolve


def _settled_by_tuple_key(cands: list[Candidate]) -> list[Candidate]:
    """``resolve`` as it was written, sorting on a (start, -end) tuple."""
    chosen: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (c.start, -c.end)):
        if cand.end <= cand.start:
            continue
        if chosen and cand.start < chosen[-1].end:
            last = chosen[-1]
            if last.type == cand.type and last.source == cand.source:
                chosen[-1] = last._replace(end=max(last.end, cand.end))
            elif candidates._wins(cand, last):
                while chosen and cand.start < chosen[-1].end and candidates._wins(cand, chosen[-1]):
                    chosen.pop()
                if not chosen or cand.start >= chosen[-1].end:
                    chosen.append(cand)
            continue
        chosen.append(cand)
    return chosen


def test_finds_are_settled_as_with_the_tuple_key() -> None:
    rnd = random.Random(3)
    kinds = ["PERSON", "ADDRESS", "PHONE", "SECRET", "CARD", "EMAIL"]
    for _ in range(500):
        cands = []
        for _ in range(rnd.randint(0, 30)):
            start = rnd.randint(0, 60)
            cands.append(Candidate(start, start + rnd.randint(-1, 12), rnd.choice(kinds), rnd.choice(["detected", "secret", "user"]),
                                   rnd.choice(["", "a", "b"])))  # (equal spans with other labels: their order shows)
        assert resolve(cands) == _settled_by_tuple_key(cands)
