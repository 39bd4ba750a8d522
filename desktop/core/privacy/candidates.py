"""The one shape every detector returns, and how overlapping finds are settled."""

from __future__ import annotations

from operator import itemgetter
from typing import NamedTuple

# When two finds overlap, the higher priority wins, then the longer one.
PRIORITY = {
    "SECRET": 100, "USER": 90, "URL": 80, "EMAIL": 75, "IBAN": 70, "CARD": 68, "NATIONAL_ID": 66,
    "ACCOUNT": 64, "IP": 62, "DOB": 60, "PHONE": 55, "TERM": 50, "ADDRESS": 45, "PERSON": 40,
}


class Candidate(NamedTuple):
    start: int
    end: int
    type: str
    source: str = "detected"  # "detected" | "term" | "user" | "secret"
    label: str = ""  # for secrets: what to call it in the message ("An API key")

    @property
    def rank(self) -> tuple[int, int]:
        key = "USER" if self.source == "user" else self.type
        return PRIORITY.get(key, 0), self.end - self.start


_START, _END = itemgetter(0), itemgetter(1)


# A number that passed its checksum against an address found over its digits.
_CHECKED_OVER_ADDRESS = ({"CARD", "ADDRESS"}, {"IBAN", "ADDRESS"})


def _wins(new: Candidate, old: Candidate) -> bool:
    """Whether ``new`` should replace the overlapping ``old``.

    Secrets always win. Otherwise a find that contains the other whole wins (an address that
    holds a phone-like house number, a name inside a term), else the higher priority.
    """
    if (new.type == "SECRET") != (old.type == "SECRET"):
        return new.type == "SECRET"
    if {new.type, old.type} in _CHECKED_OVER_ADDRESS:
        return new.type != "ADDRESS"  # a card's last groups read as a postcode ("3849 PIN"): the card holds
    if new.start <= old.start and new.end >= old.end and (new.end - new.start) > (old.end - old.start):
        return True
    if old.start <= new.start and old.end >= new.end and (old.end - old.start) > (new.end - new.start):
        return False
    return new.rank > old.rank


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping finds, sorted by start: on overlap keep the higher-ranked one.

    Same-type finds that overlap are merged (an address found by two rules is one address).
    """
    chosen: list[Candidate] = []
    # By start, then the longest first: sorted by end (descending) and then by start, as a
    # stable sort keeps the order of equal keys (two sorts on a field cost less than one on a
    # tuple built for each find).
    ordered = sorted(cands, key=_END, reverse=True)
    ordered.sort(key=_START)
    for cand in ordered:
        if cand.end <= cand.start:
            continue
        if chosen and cand.start < chosen[-1].end:
            last = chosen[-1]
            if last.type == cand.type and last.source == cand.source:
                chosen[-1] = last._replace(end=max(last.end, cand.end))
            elif _wins(cand, last):
                # The newcomer wins; drop every earlier find it overlaps.
                while chosen and cand.start < chosen[-1].end and _wins(cand, chosen[-1]):
                    chosen.pop()
                if not chosen or cand.start >= chosen[-1].end:
                    chosen.append(cand)
            continue
        chosen.append(cand)
    return chosen
