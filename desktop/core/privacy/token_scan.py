"""Scans narrowed to the few stretches of a long text where a pattern can match.

A pattern whose every match holds a long digit run (card numbers, national IDs) is run over the
stretches around those runs (``long_numbers``); one whose match stays inside one token (a vendor
key, a street-type word) is run over the text's distinct tokens first, and the text is searched
only where it matched there (``token_finditer``, ``as_token_literals``). Both find what the
pattern finds over the whole text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from desktop.core.privacy.fastscan import first_char_dispatch, shortest_match
from desktop.core.privacy.text_cache import _HELD, _WORDS_FROM, distinct_tokens, held_per_text, merged

# Every card number, and every national ID and account number with a checksum that the structured
# rules look for unlabelled (SSN, NIR, DNI/NIE, CPF, PESEL, TC Kimlik, Steuer-ID, Aadhaar, Chinese
# RIC, personnummer, CBU, Cartão de Cidadão, PPSN), holds seven digits or more with at most one
# space, dot, dash, plus or line break between two. Such runs are few in any text (a thousand in
# 150,000 characters of business text): the stretches around them, joined, are a fifth of its
# length, and the rules (each a pass over the whole text) scan that instead.
# (each step, a separator or none and a digit, can be taken one way only: written possessive, the
# engine keeps no way back, which is what a run that stops short of seven digits costs)
_LONG_NUMBER = re.compile(r"\d(?<!\d\d)(?:[ .\-+\n]?+\d|\r\n\d){6,}+")
_NUMBER_BEFORE = 12  # the most a match starts before its run: a Corsican NIR ("1 85 05 2A 006 ...")
_NUMBER_AFTER = 8  # the most a match ends after it (a cc's " AB1") and the two characters looked at past its end
# Between two stretches: a character no rule matches and whose look-arounds never reach (a match
# and what it looks at stay inside its run's stretch).
_APART = "\x00"


class _Shifted:
    """A match in the joined stretches, answering with the text's positions."""

    __slots__ = ("_m", "_shift")

    def __init__(self, m: re.Match[str], shift: int) -> None:
        self._m, self._shift = m, shift

    def start(self, group: int | str = 0) -> int:
        return self._m.start(group) + self._shift

    def end(self, group: int | str = 0) -> int:
        return self._m.end(group) + self._shift

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self.start(group), self.end(group)

    def group(self, group: int | str = 0) -> str:
        return self._m.group(group)

    @property
    def lastgroup(self) -> str | None:
        return self._m.lastgroup


class LongNumbers:
    """The stretches of a text around its long digit runs (merged), joined by ``_APART``."""

    def __init__(self, text: str) -> None:
        windows = merged((max(0, m.start() - _NUMBER_BEFORE), min(len(text), m.end() + _NUMBER_AFTER))
                         for m in _LONG_NUMBER.finditer(text))
        self.windows = windows
        self.joined = _APART.join(text[a:b] for a, b in windows)
        self._starts: list[int] = []  # where each stretch starts in ``joined``
        at = 0
        for a, b in windows:
            self._starts.append(at)
            at += b - a + 1

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, for a pattern each of whose matches holds a long digit run
        (starting at most ``_NUMBER_BEFORE`` characters before it, ending at most five after it)
        and looks one character behind its start and two past its end at most."""
        starts, windows = self._starts, self.windows
        for m in pattern.finditer(self.joined):
            i = bisect.bisect_right(starts, m.start()) - 1
            yield _Shifted(m, windows[i][0] - starts[i])  # type: ignore[misc]  # (answers as the text's match)


_NUMBERS: list[tuple[str, LongNumbers]] = held_per_text([])  # (text, its long numbers), the latest last


def long_numbers(text: str) -> LongNumbers:
    """The stretches around the long digit runs of ``text`` (made once while it is checked)."""
    for held, found in _NUMBERS:
        if held is text:
            return found
    numbers = LongNumbers(text)
    _NUMBERS[:] = [*_NUMBERS[1 - _HELD :], (text, numbers)]
    return numbers


def as_token_literals(pattern: re.Pattern[str], text: str, not_after: str) -> re.Pattern[str] | None:
    """A pattern that finds in ``text`` (or a stretch of it) just what ``pattern`` finds there,
    or None where that is nothing, for a ``pattern`` that is ``(?<![not_after]).`` then what
    stays inside one token and ends where a space follows (a street-type word: "rue", "Via").

    Such a match depends only on the token it stands in, so ``pattern`` is run over the text's
    distinct tokens (a third of its length) and the strings it matched there are looked for as
    they are: a few literal words the engine skips through, where ``pattern`` (three dozen
    words, any case) was tried at nearly every letter.
    """
    found = {m.group(0) for m in pattern.finditer(distinct_tokens(text) + "\n")}
    return _literal_words(frozenset(found), not_after) if found else None


@lru_cache(maxsize=32)
def _literal_words(words: frozenset[str], not_after: str) -> re.Pattern[str]:
    return re.compile(first_char_dispatch(sorted(map(re.escape, words)), not_after) + r"(?=\s)")




@lru_cache(maxsize=32)
def _shortest(pattern: re.Pattern[str]) -> int:
    return shortest_match(pattern)


def token_finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, for a pattern whose matches hold no whitespace and are never
    empty, and whose look-arounds answer alike for whitespace and the text's ends (a key or
    token shape: "not after a letter", "not before one").

    Such a match stands inside one whitespace-separated token and depends on it alone. The
    pattern (thirty vendor key shapes starting with common letters, tried at most letters of a
    text) is tried on the text's distinct tokens that are long enough to hold a match, and the
    text is searched only inside the tokens where it matched, in order: the same matches.
    """
    if len(text) < _WORDS_FROM:
        yield from pattern.finditer(text)
        return
    shortest = max(1, _shortest(pattern))
    search = pattern.search
    hits = [t for t in distinct_tokens(text).split("\n") if len(t) >= shortest and search(t)]
    spans: list[tuple[int, int]] = []
    size = len(text)
    for token in hits:
        at = text.find(token)
        while at >= 0:
            end = at + len(token)
            if (at == 0 or text[at - 1].isspace()) and (end == size or text[end].isspace()):
                spans.append((at, end))  # (a whole token: inside a longer one the longer one is searched)
            at = text.find(token, at + 1)
    for start, end in sorted(spans):
        yield from pattern.finditer(text, start, min(size, end + 1))  # (the space after: the look-ahead reads it)

