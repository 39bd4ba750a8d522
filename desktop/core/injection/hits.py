"""How the scan scores what it found: each hit is one cue at a place in the folded text; the
strongest cue of each kind within ``WINDOW`` characters adds up, and ``THRESHOLD`` flags."""

from __future__ import annotations

from desktop.core.injection.cues import ONLY_WHEN_ADDRESSED
from desktop.core.privacy.folding import INVISIBLE, LOOKALIKES, TAGS

WINDOW = 400  # characters of folded text within which cues count together
THRESHOLD = 1.0
# Disguises that ordinary text does not use count as evidence wherever they are: letters of
# another script inside Latin words, invisible characters inside words, text in tag characters.
# (Spacing and digits do not: headings are spaced out and product codes mix digits in.)
_TRICK_WEIGHTS = {LOOKALIKES: 0.5, INVISIBLE: 0.3, TAGS: 0.6}

Hit = tuple[int, str, float]  # position in the folded text, kind, weight


def best_window(hits: list[Hit], tricks: frozenset[str]) -> tuple[float, dict[str, float]]:
    """The highest score of cues within ``WINDOW`` characters, and the kinds that made it."""
    bonus = max((_TRICK_WEIGHTS.get(trick, 0.0) for trick in tricks), default=0.0)
    best: tuple[float, dict[str, float]] = (0.0, {})
    end = 0
    for start, (position, _, _) in enumerate(hits):
        end = max(end, start)
        while end < len(hits) and hits[end][0] - position <= WINDOW:
            end += 1
        kinds: dict[str, float] = {}
        for _, kind, weight in hits[start:end]:
            kinds[kind] = max(kinds.get(kind, 0.0), weight)
        addressed = kinds.get("addressee", 0.0)
        for kind, needed in ONLY_WHEN_ADDRESSED.items():
            if kind in kinds and addressed < needed:
                del kinds[kind]
        # A disguise adds to cues that count, never to a window of orders nobody was addressed with
        # (those are searched only near AI words, so counting them would depend on where we looked).
        if bonus and kinds:
            kinds["hidden"] = max(kinds.get("hidden", 0.0), bonus)
        score = sum(kinds.values())
        if score > best[0]:
            best = (score, kinds)
    return best
