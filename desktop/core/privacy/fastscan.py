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

import importlib
import re
import sys
from collections.abc import Callable, Iterable, Sequence

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



def shortest_match(pattern: re.Pattern[str]) -> int:
    """The fewest characters ``pattern`` can match (0 when that cannot be worked out)."""
    try:
        parser = importlib.import_module("re._parser")  # (as ``longest_match``)
        return max(0, parser.parse(pattern.pattern, pattern.flags).getwidth()[0])
    except Exception:
        return 0



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


