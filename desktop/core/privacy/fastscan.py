"""Regular expressions rewritten so the engine can skip ahead, finding exactly what they did.

Python's engine can jump over text quickly only when a pattern starts with a plain character
or character class: it then tests that one class at each position in C and tries the whole
pattern only where it fits. A pattern that starts with a look-behind ("not after a letter") or
with an alternation of many words is tried in full at every position, which made some of the
redactor's scans ten times slower than one pass of ``\\w+``.

``first_char_dispatch`` rebuilds an alternation "word boundary, then one of these" as "one of
these first characters, the boundary checked behind it, then only the alternatives that start
with that character". What matches, and where, is unchanged (tests compare both forms).
"""

from __future__ import annotations

import bisect
import importlib
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from desktop.core.privacy import cue_index
from desktop.core.privacy.word_lists import derived

# Characters that ``(?i)`` makes equal to an ASCII letter besides its other case (Python's
# engine folds these; "ſubida" is "subida" to it). Kept so the fast form misses nothing; the
# list is complete for ASCII letters (a test checks it against the engine).
_EXTRA_FOLDS = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def _split_first(alternative: str) -> tuple[str, str, str]:
    """(first token as written, the characters it stands for, the rest of the pattern).

    The first token must be one plain character or a simple ``[...]`` class.
    """
    if alternative.count("(") != alternative.count(")"):
        raise ValueError(f"alternative cut inside a group (split the list at its top level): {alternative!r}")
    if alternative.startswith("["):
        end = alternative.index("]") + 1
        chars = alternative[1 : end - 1]
        if "-" in chars or "\\" in chars or chars.startswith("^"):
            raise ValueError(f"first class too complex for dispatch: {alternative!r}")
        return alternative[:end], chars, alternative[end:]
    first = alternative[0]
    if not (first.isalnum() or first in "_"):
        raise ValueError(f"alternative must start with a plain character: {alternative!r}")
    return first, first, alternative[1:]


def first_char_dispatch(
    alternatives: Sequence[str], not_after: str | None, *, ignore_case: bool = False, names: Sequence[str] | None = None
) -> str:
    """A pattern equal to ``(?<![not_after])(?:alt1|alt2|...)`` that the engine can skip through.

    ``not_after`` is the inside of a character class (``"\\w\\-"``), or None for no look-behind
    (``(?:alt1|alt2|...)``). Alternatives keep their
    order; with ``names`` each is wrapped in ``(?P<name>...)`` (its start is then one character
    after the match's start: use ``m.start()``, not the group's). ``ignore_case`` applies to the
    alternatives only, as ``(?i:...)`` would.
    """
    first_chars: list[str] = []
    split = [_split_first(alternative) for alternative in alternatives]
    for _, chars, _ in split:
        for ch in chars:
            variants = ch + (ch.lower() + ch.upper() + _EXTRA_FOLDS.get(ch.lower(), "") if ignore_case else "")
            first_chars += [v for v in dict.fromkeys(variants) if v not in first_chars]
    groups: dict[str, list[int]] = {}  # first token -> its alternatives, in order
    for i, (token, _, _) in enumerate(split):
        groups.setdefault(token, []).append(i)
    if not _order_kept([i for members in groups.values() for i in members], split, ignore_case):
        groups = {f"{i}": [i] for i in range(len(split))}  # one group each: the order as given
    parts: list[str] = []
    for members in groups.values():
        inner = "|".join(f"(?P<{names[i]}>{split[i][2]})" if names else split[i][2] for i in members)
        parts.append(f"(?<={split[members[0]][0]})(?:{inner})")
    body = "|".join(parts)
    if ignore_case:
        body = f"(?i:{body})"
    behind = "" if not_after is None else rf"(?<![{not_after}].)"
    return rf"[{re.escape(''.join(first_chars))}]{behind}(?:{body})"


# Each pattern ``skippable`` made, and the pattern it was made from (the tests compare the two).
SKIPPABLE: dict[str, str] = {}


def skippable(pattern: str) -> str:
    """``pattern`` rewritten so that the engine skips to its cue words' first letters: the same
    matches, for cue-word lists searched in many short stretches. The pattern is "(?i)" or not,
    then a look-behind of one class or not ("(?<![\\w/])"), then the cue words in a group, then
    anything (``keywords_first``)."""
    ignore_case = pattern.startswith("(?i)")
    body = pattern[4:] if ignore_case else pattern
    not_after = None
    if body.startswith("(?<!["):
        end = _group_end(body)
        if _skip_token(body, 4) != end - 1 or body[5] == "^":
            raise ValueError(f"the look-behind must be one class: {pattern!r}")
        not_after, body = body[5 : end - 2], body[end:]
    if not body.startswith("(?:"):
        raise ValueError(f"the cue words must come first, in a group: {pattern!r}")
    end = _group_end(body)
    fast = keywords_first(body[3 : end - 1], body[end:], ignore_case=ignore_case, not_after=not_after)
    SKIPPABLE[fast] = pattern
    return fast


def keywords_first(alternation: str, rest: str, *, ignore_case: bool = False, not_after: str | None = None) -> str:
    """A pattern equal to ``(?<![not_after])(?:alternation)rest`` (all under ``(?i:...)`` with
    ``ignore_case``) that the engine can skip through.

    The alternation is split at its top level; an alternative that starts with a group of words
    ("(?:ticket|facture)\\s+no") becomes one per word, and one that starts with a one-character
    look-behind ("(?<!\\w)[tmpf]:") checks it after its first character. Each must then start
    with a plain character or a simple class (see ``first_char_dispatch``).
    """
    if rest[:1] in ("?", "*", "+", "{"):
        raise ValueError(f"the cue words are repeated: {rest!r}")
    alternatives = [a for alternative in _top_level(alternation) for a in _opened(alternative)]
    body = first_char_dispatch(alternatives, not_after, ignore_case=ignore_case)
    return body + (f"(?i:{rest})" if ignore_case else rest)


def _skip_token(pattern: str, i: int) -> int:
    """Where the token starting at ``pattern[i]`` ends: an escape, a class or one character."""
    if pattern[i] == "\\":
        return i + 2
    if pattern[i] != "[":
        return i + 1
    j = i + 1 + (pattern[i + 1] == "^")
    j += pattern[j] == "]"  # (a "]" first in a class is one of its characters)
    while pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _top_level(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|``."""
    parts: list[str] = []
    depth = start = i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        depth += (ch == "(") - (ch == ")")
        i = _skip_token(pattern, i)
    return [*parts, pattern[start:]]


def _group_end(pattern: str) -> int:
    """Where the group that ``pattern`` starts with ends (after its ")")."""
    depth, i = 0, 0
    while True:
        depth += (pattern[i] == "(") - (pattern[i] == ")")
        i = _skip_token(pattern, i)
        if depth == 0:
            return i


def _opened(alternative: str) -> list[str]:
    """``alternative`` as alternatives that start with a plain character or class."""
    if alternative.startswith("(?:"):
        end = _group_end(alternative)
        tail = alternative[end:]
        if tail[:1] in ("?", "*", "+", "{"):
            raise ValueError(f"a repeated group cannot be opened: {alternative!r}")
        return [a + tail for inner in _top_level(alternative[3 : end - 1]) for a in _opened(inner)]
    if alternative.startswith("(?<!"):
        end = _group_end(alternative)
        behind = alternative[4 : end - 1]
        if _skip_token(behind, 0) != len(behind):
            raise ValueError(f"only a one-character look-behind can be moved: {alternative!r}")
        first = _skip_token(alternative, end)
        return [f"{alternative[end:first]}(?<!{behind}.){alternative[first:]}"]
    return [alternative]


def _order_kept(order: list[int], split: list[tuple[str, str, str]], ignore_case: bool) -> bool:
    """Whether trying the alternatives in ``order`` keeps every two that can start on the same
    character in their original order (the engine takes the first one that matches)."""

    def chars(i: int) -> set[str]:
        return {c.lower() for c in split[i][1]} if ignore_case else set(split[i][1])

    for a, i in enumerate(order):
        for j in order[a + 1 :]:
            if j < i and chars(i) & chars(j):
                return False
    return True


def caseless_alternation(alternatives: Sequence[str]) -> str:
    """``(?i:alt1|alt2|...)``, grouped by first letter behind a class of its exact case forms.

    The engine tries the alternatives of a group one by one; it skips a whole group at once only
    when the group starts with a plain character class. A list of three hundred street words
    then costs a dozen checks where it cost three hundred.
    """
    split = [_split_first(alternative) for alternative in alternatives]
    groups: dict[str, list[int]] = {}
    for i, (_, chars, _) in enumerate(split):
        groups.setdefault(chars.lower(), []).append(i)
    plain = f"(?i:{'|'.join(alternatives)})"
    if not all(ch.isascii() for key in groups for ch in key):
        return plain  # the case forms of other letters are not all listed in _EXTRA_FOLDS
    if not _order_kept([i for members in groups.values() for i in members], split, True):
        return plain
    parts = []
    for chars, members in groups.items():
        forms = "".join(dict.fromkeys(v for ch in chars for v in ch.lower() + ch.upper() + _EXTRA_FOLDS.get(ch, "")))
        parts.append(f"[{re.escape(forms)}](?i:{'|'.join(split[i][2] for i in members)})")
    return f"(?:{'|'.join(parts)})"


class LazyPattern:
    """A regular expression compiled on first use, not at import.

    Importing the privacy package happens at start-up (the GUI needs its types); compiling the
    large patterns of the layout, chat and address rules then would cost tens of milliseconds
    before the first window. After the first use the compiled pattern's methods sit on the
    instance, so later calls cost what a compiled pattern's do.
    """

    def __init__(self, pattern: str, flags: int = 0, rewrite: Callable[[str], str] | None = None) -> None:
        self._args = (pattern, flags)
        self._rewrite = rewrite  # (a faster form of the pattern, worked out on first use too)

    def __getattr__(self, name: str):
        pattern, flags = self._args
        compiled = re.compile(self._rewrite(pattern) if self._rewrite else pattern, flags)
        for method in ("finditer", "match", "fullmatch", "search", "findall", "sub", "split"):
            setattr(self, method, getattr(compiled, method))
        self.pattern = compiled.pattern
        self.groupindex = compiled.groupindex
        return getattr(compiled, name)

    def _forget(self) -> None:
        """Drop the compiled pattern: the next use compiles it again (from the lists read again)."""
        for name in ("finditer", "match", "fullmatch", "search", "findall", "sub", "split", "pattern", "groupindex"):
            self.__dict__.pop(name, None)


def lazy_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done when the pattern is first used."""
    return LazyPattern(pattern, flags)  # type: ignore[return-value]  # answers as the compiled pattern does


def lazy_made_re(make: Callable[[], str], flags: int = 0) -> re.Pattern[str]:
    """``re.compile(make(), flags)``, both done when the pattern is first used (a pattern built
    from a word list that is itself read on first use). ``word_lists.reset`` makes it again."""
    pattern = LazyPattern("", flags, lambda _: make())
    derived(pattern._forget)
    return pattern  # type: ignore[return-value]  # as lazy_re


def lazy_skippable(pattern: str) -> re.Pattern[str]:
    """``re.compile(skippable(pattern))``, both done when the pattern is first used (rewriting
    the long cue lists costs a few milliseconds that start-up need not pay)."""
    return LazyPattern(pattern, 0, skippable)  # type: ignore[return-value]  # as lazy_re


def longest_match(pattern: re.Pattern[str]) -> int:
    """The most characters ``pattern`` can match (a very large number when unbounded): a stretch
    longer than that needs no try."""
    try:
        parser = importlib.import_module("re._parser")  # (the engine's own: the width it works out)
        return min(parser.parse(pattern.pattern, pattern.flags).getwidth()[1], sys.maxsize)
    except Exception:  # another Python's private module: no bound
        return sys.maxsize


def dispatchable(words: Iterable[str]) -> bool:
    """Whether ``first_char_dispatch`` can take these literal words (escaped) as alternatives:
    each starts with an ASCII letter or digit (whose case forms it knows) and holds no bracket."""
    return all(w[:1].isascii() and w[:1].isalnum() and not any(ch in w for ch in "()[]") for w in words)


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
    _NUMBERS.clear()
    _STARTS.clear()
    cue_index.forget()
    _MEMOS.clear()


def spaced_word_end(text: str, low: int, end: int) -> int:
    """Where a word must end for a pattern ending in ``[ \\t]+$`` to match when searched over
    ``text[low:end]``: before the spaces or tabs that end the stretch (``$`` also matches before a
    line break that ends it); -1 when there are none, and the pattern cannot match."""
    stop = end - 1 if end > low and text[end - 1] == "\n" else end
    word_end = low + len(text[low:stop].rstrip(" \t"))
    return word_end if word_end < stop else -1


def word_search_from(text: str, low: int, word_end: int) -> int:
    """Where a search for a word ending at ``word_end`` may start: after the last space or tab
    before it (a word holds none), so the positions before it are not tried one by one."""
    return max(low, text.rfind(" ", low, word_end) + 1, text.rfind("\t", low, word_end) + 1)


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


_NUMBERS: list[tuple[str, LongNumbers]] = []  # (text, its long numbers), the latest last


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


def shortest_match(pattern: re.Pattern[str]) -> int:
    """The fewest characters ``pattern`` can match (0 when that cannot be worked out)."""
    try:
        parser = importlib.import_module("re._parser")  # (as ``longest_match``)
        return max(0, parser.parse(pattern.pattern, pattern.flags).getwidth()[0])
    except Exception:
        return 0


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
