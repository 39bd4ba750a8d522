"""Every cue word of the rules found in one pass over a text.

Some forty rules open their windows at their own cue words ("born", "passport", " mrs", "@"):
each word was a search of the whole text (a long text: 136 words, a pass each), and each of
their parts a search of the text's distinct words first. With pyahocorasick's automaton (C), all
the words the rules have asked for so far are found in one pass: the text's positions of each
(``text_cache.key_starts``) and which parts its words hold (``text_cache.present_keys``). A word asked
for the first time is searched for as before and found in one pass from the next text on.
Without the package every search runs as before: the answers are the same either way.

Only the rules' own words (constants of the code) are held here, never a word of a text: what a
text holds stays in the per-text tables that ``text_cache.forget_lowered`` drops.
"""

from __future__ import annotations

from typing import Any

try:  # (imported by name, not looked up at run time, so that the packaged app holds it)
    import ahocorasick as _automata
except ImportError:  # an install without it: every rule searches for its words one by one
    _automata = None

_AUTOMATA: Any = _automata

_MOST = 20_000  # words held at most (the rules ask for about a thousand)


class CueWords:
    """The words asked for so far, and one automaton that finds them all (rebuilt once words
    were added: after the first texts, never)."""

    def __init__(self) -> None:
        self._words: dict[str, None] = {}  # (in the order first asked)
        self._built: tuple[Any, frozenset[str]] | None = None

    def note(self, word: str) -> None:
        """Hold ``word`` (a rule's cue word or a part of one) for the next texts."""
        if word and len(self._words) < _MOST:
            self._words[word] = None

    def matcher(self) -> tuple[Any, frozenset[str]] | None:
        """The automaton and the words it finds; None without the package or any word."""
        built = self._built
        if _AUTOMATA is None or (built is not None and len(built[1]) == len(self._words)):
            return built
        words = list(self._words)  # (a copy: another thread's check may add a word meanwhile)
        if not words:
            return None
        automaton = _AUTOMATA.Automaton()
        for word in words:
            automaton.add_word(word, word)
        automaton.make_automaton()
        self._built = built = (automaton, frozenset(words))
        return built


# Whole cue words searched for in a lowered text, and the few searched for in a text as written
# ("No:", "PIN"); their space-separated parts, looked up in a text's distinct words (lowered, or
# as written). Each pass looks only for the words asked of its kind of text.
KEYS, WRITTEN_KEYS, PARTS, WRITTEN_PARTS = CueWords(), CueWords(), CueWords(), CueWords()


def all_starts(text: str, keys: CueWords) -> tuple[dict[str, list[int]], frozenset[str]] | None:
    """Where each of ``keys`` starts in ``text``, in order (overlaps included, as repeated
    ``str.find`` calls give them), and the words looked for (those not in the first are in no
    place of ``text``); None when there is no automaton."""
    built = keys.matcher()
    if built is None:
        return None
    automaton, words = built
    found: dict[str, list[int]] = {}
    for end, word in automaton.iter(text):
        starts = found.get(word)
        if starts is None:
            found[word] = [end - len(word) + 1]
        else:
            starts.append(end - len(word) + 1)
    return found, words


def parts_within(joined: str, parts: CueWords) -> tuple[set[str], frozenset[str]] | None:
    """Those of ``parts`` that stand in ``joined`` (a text's distinct words), and the parts
    looked for; None when there is no automaton."""
    built = parts.matcher()
    if built is None:
        return None
    automaton, words = built
    return {word for _, word in automaton.iter(joined)}, words


# (a text's table of starts, the cue words the one pass over the text looked for), the latest
# last; dropped with the text's other tables (``text_cache.forget_lowered``)
_PASSES: list[tuple[dict[str, list[int]], frozenset[str] | None]] = []


def cues_found(text: str, held: dict[str, list[int]], keys: CueWords) -> frozenset[str] | None:
    """The cue words one pass over ``text`` looked for, their starts put in ``held`` (the text's
    table of starts: made once per table); None without the automaton."""
    for table, words in _PASSES:
        if table is held:
            return words
    found = all_starts(text, keys)
    words = None
    if found is not None:
        starts, words = found
        for key, at in starts.items():
            held.setdefault(key, at)
    _PASSES[:] = [*_PASSES[-2:], (held, words)]
    return words


def forget() -> None:
    """Drop the per-text tables (positions only; they may point into personal text)."""
    _PASSES.clear()
