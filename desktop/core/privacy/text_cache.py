"""What the rules ask of the text being checked, worked out once for it.

Many rules read the same long text: its lowercased copy (``lowered``), its distinct tokens
(``distinct_tokens``), which cue words it can hold (``present_keys``, ``keys_in``) and where they
stand (``key_starts``, ``keyword_windows``), and answers two rules share (``text_memo``). Each is
made once while the same text object is being checked and dropped by the redactor when it has
finished (``forget_lowered``): nothing of a personal text is kept past its check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from desktop.core.privacy import cue_index

# The lowercased text that several detectors search for their cue words: made once for the
# text being checked (each copy of a long document costs a pass over it), and let go by the
# redactor when it has finished (``forget_lowered``). Two are held: the text and its normalised
# view (normalise.py), which the structured rules read.
_HELD = 2
_LOWERED: list[tuple[str, str]] = []  # (text, text.lower()), the latest last


def lowered(text: str) -> str:
    """``text.lower()``, made once while the same text object is being checked."""
    held = _LOWERED
    for original, lower in held:
        if original is text:
            return lower
    lower = text.lower()
    if len(lower) != len(text):
        # Turkish "İ" lowercases to two characters ("i" and a combining dot), which would move every
        # offset after it ("BİLGİ FORMU ... Doğum Tarihi: ..."): keep one character per character.
        lower = "".join(c if len(c) == 1 else c[0] for c in map(str.lower, text))
    _LOWERED[:] = [*held[1 - _HELD :], (text, lower)]
    return lower


def forget_lowered() -> None:
    """Drop the texts held by ``lowered`` and their words (they may be personal: nothing keeps
    them past a check)."""
    _LOWERED.clear()
    _WORDS.clear()
    _TOKENS.clear()
    _VIEWS.clear()
    _STARTS.clear()
    cue_index.forget()
    _MEMOS.clear()
    for table in _ALSO_HELD:
        table.clear()


# Other modules' tables of the text being checked (``token_scan``'s long numbers, the IBAN
# verdicts), dropped with these.
_ALSO_HELD: list[list[Any] | dict[Any, Any]] = []
_Table = TypeVar("_Table", list[Any], dict[Any, Any])


def held_per_text(table: _Table) -> _Table:
    """``table``, to be emptied by ``forget_lowered`` with the tables kept here."""
    _ALSO_HELD.append(table)
    return table



# Answers about parts of the text being checked that two rules both work out (the lines around
# an address, read by the street and the postcode rules alike), kept while the same text object
# is being checked. They hold positions and verdicts, never the text's words.
_MEMOS: list[tuple[str, dict[str, Any]]] = []


def text_memo(text: str) -> dict[str, Any]:
    """A dictionary the rules share for ``text`` while it is being checked (dropped by
    ``forget_lowered``); each rule keeps its answers under its own key."""
    for held, answers in _MEMOS:
        if held is text:
            return answers
    fresh: dict[str, Any] = {}
    _MEMOS[:] = [*_MEMOS[1 - _HELD :], (text, fresh)]
    return fresh


# The distinct space-separated tokens of the text being checked, joined by line breaks: a third
# of a long text's length. Questions about the set of words a text writes ("which lowercase
# words", "which capitalised words", "is this cue word anywhere") are answered on it instead of
# on the whole text: no pattern that stays inside a token can tell the two apart.
_TOKENS: list[tuple[str, str]] = []  # (text, its distinct tokens joined), the latest last
_VIEWS: list[tuple[str, str, Callable[[str], str]]] = []  # (view, its text, the view's character mapping)


def distinct_tokens(text: str) -> str:
    """The distinct tokens of ``text`` (``text.split()``), joined by line breaks, made once while
    the same text object is being checked (the tokens of a view registered with ``derived_view``
    are mapped from its text's)."""
    for held, joined in _TOKENS:
        if held is text:
            return joined
    view = next((v for v in _VIEWS if v[0] is text), None)
    if view is not None:
        joined = view[2](distinct_tokens(view[1]))
    else:
        joined = "\n".join(set(text.split()))
    _TOKENS[:] = [*_TOKENS[1 - _HELD :], (text, joined)]
    return joined


def derived_view(view: str, text: str, mapping: Callable[[str], str]) -> None:
    """Say that ``view`` is ``mapping`` (character by character, whitespace to whitespace and
    nothing else to it) applied to ``text``: its tokens are then those of ``text`` mapped."""
    _VIEWS[:] = [*_VIEWS[1 - _HELD :], (view, text, mapping)]


# Some twenty rules look for two hundred cue words in all ("born", "passport", " mrs"), each a
# search of the whole text, and most are not in a given text at all. A long text's distinct words,
# joined, are a third of its length or less: a cue word none of whose parts is in them is in no
# word of the text, so not in the text, and its search is skipped.
_WORDS_FROM = 4000  # characters
_LETTER_RUN = re.compile(r"[^\W\d_]+")


class _Words:
    """A text's distinct words (joined by line breaks) and whether each part asked is in them.

    A part asked before (by an earlier text) is answered from one pass of ``cue_index`` over the
    words, for all such parts at once. Otherwise a part made of letters only can stand only
    inside a run of letters: it is searched for in the words' distinct letter runs, joined (half
    the length of the words, without their digits and signs). A part with other characters is
    searched for in the words, and only when each of its letter runs is there. Both answer
    whether the part stands in the words.
    """

    __slots__ = ("joined", "answers", "_runs", "_cues", "_looked", "_parts")

    def __init__(self, joined: str, written: bool = False) -> None:
        self.joined = joined
        self._parts = cue_index.WRITTEN_PARTS if written else cue_index.PARTS  # (those asked of its kind of text)
        self.answers: dict[str, bool] = {}
        self._runs: str | None = None
        self._cues: tuple[set[str], frozenset[str]] | None = None  # (the held parts found, those looked for)
        self._looked = False

    def has(self, part: str) -> bool:
        found = self.answers.get(part)
        if found is None:
            if not self._looked:
                self._looked = True
                self._cues = cue_index.parts_within(self.joined, self._parts)  # (every held part, one pass)
            cues = self._cues
            if cues and part in cues[1]:
                found = self.answers[part] = part in cues[0]
                return found
            self._parts.note(part)
            runs = self._runs
            if runs is None:
                runs = self._runs = "\n".join(set(_LETTER_RUN.findall(self.joined)))
            letters = _LETTER_RUN.findall(part)
            if letters == [part]:
                found = part in runs
            else:
                found = all(letter in runs for letter in letters) and part in self.joined
            self.answers[part] = found
        return found


# (lowered text, its distinct words: the rules ask for many of the same parts)
_WORDS: list[tuple[str, _Words]] = []


def present_keys(lower: str, keys: Sequence[str]) -> Sequence[str]:
    """``keys`` without those that cannot be in ``lower`` (a text from ``lowered``, or a text
    being checked searched as written); the others, in order, to be searched for as before."""
    if len(lower) < _WORDS_FROM:
        return keys
    held = next((words for text, words in _WORDS if text is lower), None)
    if held is None:
        text = next((text for text, held in _LOWERED if held is lower), None)
        if text is not None:
            # (lowercasing maps whitespace to whitespace only: these are the lowered text's tokens;
            # no part of a key holds a line break)
            held = _Words(distinct_tokens(text).lower())
        elif any(text is lower for text, _ in _LOWERED):
            held = _Words(distinct_tokens(lower), written=True)  # the text itself, searched for cues as written ("No:")
        else:
            return keys
        _WORDS[:] = [*_WORDS[-_HELD:], (lower, held)]  # (three: the text's, its view's and its own)
    has = held.has
    return [key for key in keys if all(map(has, key.split()))]


def keys_in(lower: str, keys: Sequence[str]) -> tuple[str, ...]:
    """Those of ``keys`` that stand in ``lower``, in order (what ``key in lower`` for each says).
    In a long text each such search is a pass over all of it, stopped only by a find: most keys
    stand nowhere. There the answer comes from the words the text holds and the one pass of the
    cue words, which ``keyword_windows`` over the same keys reads next. (A text holding a
    Turkish "İ" is searched key by key: its words, lowercased, hold "i" and a combining dot where
    ``lowered`` keeps the "i" alone.)"""
    if len(lower) < _WORDS_FROM or any(text is not lower and "İ" in text for text, low in _LOWERED if low is lower):
        return tuple(key for key in keys if key in lower)
    return tuple(key for key in present_keys(lower, keys) if key_starts(lower, key))


def keyword_windows(lower: str, keys: tuple[str, ...], after: int, before: int = 1) -> list[tuple[int, int]]:
    """Stretches of text around each of ``keys`` (found with fast substring search): from
    ``before`` characters ahead of it to ``after`` characters on, merged. Rules anchored on a
    keyword only look there."""
    starts: list[int] = []
    for key in present_keys(lower, keys):
        starts += key_starts(lower, key)
    return merged((max(0, start - before), start + after) for start in sorted(starts))


def merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches ``spans`` (begin, end; given in the order of their begins) with those that
    touch or overlap joined into one."""
    windows: list[tuple[int, int]] = []
    for begin, end in spans:
        if windows and begin <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((begin, end))
    return windows


# Where each cue word stands in the text being checked: several rules look for the same words
# ("secret", "token", "pass"), each search a pass over the whole text.
_STARTS: list[tuple[str, dict[str, list[int]]]] = []  # (lowered text, each key's starts)


def key_starts(lower: str, key: str) -> list[int]:
    """Where ``key`` starts in ``lower`` (a text being checked), in order; found once per text.
    The list is shared: do not change it."""
    held = next((starts for text, starts in _STARTS if text is lower), None)
    if held is None:
        held = {}
        _STARTS[:] = [*_STARTS[-_HELD:], (lower, held)]
    found = held.get(key)
    if found is None:
        if len(lower) >= _WORDS_FROM and key:
            keys = cue_index.KEYS if any(low is lower for _, low in _LOWERED) else cue_index.WRITTEN_KEYS
            looked_for = cue_index.cues_found(lower, held, keys)
            if looked_for is not None and key in looked_for:
                return held.setdefault(key, [])  # (looked for in the one pass: its starts, or none)
            keys.note(key)
        found = held[key] = []
        i = lower.find(key)
        while i >= 0:
            found.append(i)
            i = lower.find(key, i + 1)
    return found

