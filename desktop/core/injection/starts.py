"""Where a cue's match can start, read from the first character of its pattern.

A cue without plain first words (``cue_patterns.cue_leads``) whose every alternative starts with one of a few
punctuation characters ('[(\\[]\\s*for the AI', '\\"role\\"\\s*:', '</document>') is tried only
where they stand: searching a stretch with it tries every character, while these places are few.
Trying a pattern at every place a match can start, in order, finds what a search finds.
"""

from __future__ import annotations

import re

# (the start of an alternative, the characters its match can start with)
_OPENINGS: tuple[tuple[str, str], ...] = (
    ("[(\\[]", "(["),
    ("\\[", "["),
    ('\\"', '"'),
    ("!\\[", "!"),
    ("<", "<"),
    # (an alternation of no words, kept for a list left empty: it never matches)
    ("\\b(?:(?!))", ""),
)
_REPEATS = frozenset("?*+{")  # (an opening made optional or repeated is no opening)


def openings(parts: tuple[str, ...]) -> str | None:
    """The characters a match of a pattern (cut at its top level into ``parts``) can start with;
    None when some alternative may start with anything else."""
    chars: set[str] = set()
    for part in parts:
        for opening, its_chars in _OPENINGS:
            if part.startswith(opening) and part[len(opening) : len(opening) + 1] not in _REPEATS:
                chars.update(its_chars)
                break
        else:
            return None
    return "".join(sorted(chars))


def start_places(text: str, chars: str) -> list[int]:
    """Every place in ``text`` holding one of ``chars``, in order."""
    return [m.start() for m in re.finditer(f"[{re.escape(chars)}]", text)] if chars else []
