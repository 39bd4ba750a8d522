"""Where the cues' key words stand in a folded text, found in one pass, and the stretches
around them a cue is searched in.

With pyahocorasick installed one automaton finds every place of every key; without it one
pattern of all keys does, with the same answers (``tests/core/injection/test_injection_key_places.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from desktop.core.privacy.fastscan import first_char_dispatch

try:  # (optional at run time: without it the keys are found by one pattern, with the same answers)
    import ahocorasick as _automata
except ImportError:
    _automata = None
AUTOMATA: Any = _automata
WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")  # (what a key may not follow, nor a short key precede)


@lru_cache(maxsize=4)
def keys_regex(keys: frozenset[str]) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]], frozenset[str]]:
    """One pattern for ``keys`` at a word start (keys of three letters or fewer only as whole
    words: "ai", not "said"), longest first; and for each key, the keys it begins with (they
    start where it starts, but the engine reports only the longest); and the keys that hide others."""
    ordered = sorted(keys, key=lambda k: (-len(k), k))
    alternatives = [re.escape(k) + ("(?![a-z0-9])" if len(k) <= 3 else "") for k in ordered]
    # (a short key starts a longer one as a whole word too: "api" in "api key")
    starts = {k: tuple(p for p in ordered if k.startswith(p) and (len(p) > 3 or (len(k) > len(p) and k[len(p)] not in WORD_CHARS)))
              for k in ordered}
    return re.compile(first_char_dispatch(alternatives, "a-z0-9")), starts, _hiding(ordered)


def _hiding(keys: list[str]) -> frozenset[str]:
    """The keys inside which another key starts at a word start ("don't mention": "mention")."""
    hiding = set()
    for key in keys:
        for i in range(1, len(key)):
            if not key[i - 1].isalnum() and key[i].isalnum():
                rest = key[i:]
                if any(rest.startswith(other) or other.startswith(rest) for other in keys):
                    hiding.add(key)
                    break
    return frozenset(hiding)


def all_positions(text: str, keys: frozenset[str]) -> dict[str, list[int]]:
    """Where each of ``keys`` starts a word, in one pass."""
    positions: dict[str, list[int]] = {}
    if not keys:
        return positions
    automaton = keys_automaton(keys)
    if automaton is not None:
        return automaton_positions(text, keys, automaton)
    pattern, starts, hiding = keys_regex(keys)
    for m in pattern.finditer(text):
        _add(positions, starts, m)
        if m.group(0) in hiding:
            # A key of several words hides the keys that start inside it ("mention" in
            # "don't mention"): look for those too (the search went on after its end).
            end = m.end()
            for inner in pattern.finditer(text, m.start() + 1, end + 40):
                if inner.start() >= end:
                    break
                _add(positions, starts, inner)
    return positions


@lru_cache(maxsize=4)
def keys_automaton(keys: frozenset[str]) -> Any:
    """An Aho-Corasick automaton of ``keys`` (C, pyahocorasick, as in ``cue_index``): every place of every key in one pass,
    several times faster than the pattern of ``keys_regex``; None without the package."""
    if AUTOMATA is None:
        return None
    automaton = AUTOMATA.Automaton()
    for key in keys:
        automaton.add_word(key, key)
    automaton.make_automaton()
    return automaton


def automaton_positions(text: str, keys: frozenset[str], automaton: Any) -> dict[str, list[int]]:
    """What ``keys_regex``'s pattern finds, from every place of every key: at each word start the
    longest key that may stand there (a key of three letters or fewer as a whole word), the search
    going on after its end, and into a key that hides others as ``all_positions`` does."""
    _, starts, hiding = keys_regex(keys)
    length = len(text)
    # place -> the keys that end there or later, longest first (the automaton reports by end)
    at: dict[int, list[str]] = {}
    for end, key in automaton.iter(text):
        start = end - len(key) + 1
        if start and text[start - 1] in WORD_CHARS:
            continue
        if len(key) <= 3 and end + 1 < length and text[end + 1] in WORD_CHARS:
            continue
        at.setdefault(start, []).append(key)
    positions: dict[str, list[int]] = {}
    reached = 0
    for start in sorted(at):
        if start < reached:
            continue
        key = max(at[start], key=len)
        for found in starts[key] or (key,):
            positions.setdefault(found, []).append(start)
        reached = start + len(key)
        if key in hiding:
            _inner_positions(text, at, start, reached, positions, starts)
    return positions


def _inner_positions(text: str, at: dict[int, list[str]], start: int, end: int,
                     positions: dict[str, list[int]], starts: dict[str, tuple[str, ...]]) -> None:
    """The keys starting inside the key at ``start`` (to ``end``), as a search from ``start + 1`` that
    stops ``40`` characters after ``end`` finds them."""
    stop = end + 40
    reached = start + 1
    for inner in range(start + 1, end):
        if inner < reached or inner not in at:
            continue
        # (the search sees the text cut at ``stop``: a key must end by then; a short key ends
        # well before it, so its whole-word check is the same)
        fitting = [key for key in at[inner] if inner + len(key) <= stop]
        if not fitting:
            continue
        key = max(fitting, key=len)
        for found in starts[key] or (key,):
            positions.setdefault(found, []).append(inner)
        reached = inner + len(key)


def _add(positions: dict[str, list[int]], starts: dict[str, tuple[str, ...]], m: re.Match[str]) -> None:
    for key in starts[m.group(0)] or (m.group(0),):
        positions.setdefault(key, []).append(m.start())


def literal_positions(text: str, literal: str) -> list[int]:
    found = []
    at = text.find(literal)
    while at >= 0:
        found.append(at)
        at = text.find(literal, at + 1)
    return found


def windows(text: str, positions: list[int], before: int, after: int) -> list[tuple[int, int]]:
    """Stretches of ``text`` from ``before`` characters before each position to ``after``
    characters after it, merged, ending at a line end when one is near (so that "end of line"
    in a pattern means what it says)."""
    if not positions:
        return []
    ordered = sorted(positions)
    length, find = len(text), text.find
    result = []
    start, end = max(ordered[0] - before, 0), ordered[0] + after
    for position in ordered[1:]:
        if position - before <= end:
            end = position + after  # (sorted: never less than the end so far)
            continue
        newline = find("\n", end, end + 300)
        result.append((start, length if newline < 0 and end + 300 >= length else newline if newline >= 0 else end))
        start, end = position - before, position + after
    newline = find("\n", end, end + 300)
    result.append((start, length if newline < 0 and end + 300 >= length else newline if newline >= 0 else end))
    return result
