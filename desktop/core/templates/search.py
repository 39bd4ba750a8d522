"""Search over the template library, fast enough to run on every keystroke.

Each template's title, id, tags, category and purpose are lower-cased and split into words once,
when the library loads. A query matches a template when every word of the query starts a word
there (or, failing that, appears inside one); matches in the title count most, then tags and
category, then the purpose, so "sum" puts "Meeting summary" above a template that merely
mentions a summary in its purpose. A query with no match at all is retried with close spellings
("meting" finds "meeting").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.templates.format import Template

_WORD_RE = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text.lower())


@dataclass(frozen=True)
class _Entry:
    template: Template
    order: int
    title: str
    title_words: tuple[str, ...]
    ident: str
    tag_words: tuple[str, ...]
    category_words: tuple[str, ...]
    purpose_words: tuple[str, ...]
    purpose: str
    title_spaced: str
    tags_spaced: str
    category_spaced: str
    purpose_spaced: str
    blob: str  # everything searchable, lower-cased: one C-speed `in` rules most templates out


def _spaced(vocabulary: tuple[str, ...]) -> str:
    """`` word1 word2 ``: a word then starts a match when `` token`` is in it, and equals it with `` token ``."""
    return " " + " ".join(vocabulary) + " "


def _word_score(token: str, spaced: str, exact: int, prefix: int) -> int:
    if " " + token + " " in spaced:
        return exact
    return prefix if " " + token in spaced else 0


class SearchIndex:
    """Ranks templates for a typed query; built once per library load."""

    def __init__(self, templates: Sequence[Template]) -> None:
        self._entries = [self._entry(i, t) for i, t in enumerate(templates)]
        self._vocabulary: dict[str, set[str]] | None = None

    @staticmethod
    def _entry(order: int, t: Template) -> _Entry:
        title_words, tag_words = tuple(words(t.title)), tuple(w for tag in t.tags for w in words(tag))
        category_words, purpose_words = tuple(words(t.category)), tuple(words(t.purpose))
        return _Entry(
            template=t, order=order, title=t.title.lower(), title_words=title_words, ident=t.id.lower(),
            tag_words=tag_words, category_words=category_words, purpose_words=purpose_words,
            purpose=t.purpose.lower(), title_spaced=_spaced(title_words), tags_spaced=_spaced(tag_words),
            category_spaced=_spaced(category_words), purpose_spaced=_spaced(purpose_words),
            blob=" ".join((t.title, t.id, " ".join(t.tags), t.category, t.purpose)).lower(),
        )

    def _score_token(self, entry: _Entry, token: str) -> int:
        if token not in entry.blob:
            return 0
        score = _word_score(token, entry.title_spaced, 120, 100)
        if score:
            return score
        if token in entry.title:
            return 60
        score = max(_word_score(token, entry.tags_spaced, 55, 45), _word_score(token, entry.category_spaced, 50, 40))
        if score:
            return score
        if token in entry.ident:
            return 35
        score = _word_score(token, entry.purpose_spaced, 25, 20)
        if score:
            return score
        return 8 if len(token) >= 3 and token in entry.purpose else 0

    def _rank(self, tokens: list[str], phrase: str) -> list[tuple[int, int, Template]]:
        ranked: list[tuple[int, int, Template]] = []
        for entry in self._entries:
            total = 0
            for token in tokens:
                score = self._score_token(entry, token)
                if not score:
                    break
                total += score
            else:
                if entry.title.startswith(phrase):
                    total += 50
                ranked.append((-total, entry.order, entry.template))
        ranked.sort(key=lambda item: (item[0], item[1]))
        return ranked

    def search(self, query: str, limit: int | None = None) -> list[Template]:
        """Templates matching ``query``, best first; every template, in order, for an empty query."""
        tokens = words(query)
        if not tokens:
            found = [entry.template for entry in self._entries]
            return found[:limit] if limit is not None else found
        ranked = self._rank(tokens, " ".join(tokens))
        if not ranked:
            corrected = [self._closest(token) for token in tokens]
            if all(corrected) and corrected != tokens:
                ranked = self._rank([c for c in corrected if c], "")
        found = [template for _, _, template in ranked]
        return found[:limit] if limit is not None else found

    def _closest(self, token: str) -> str | None:
        """The known word spelt most like ``token`` (same first letter), if any is close."""
        if len(token) < 4:
            return None
        if self._vocabulary is None:
            vocabulary: dict[str, set[str]] = {}
            for entry in self._entries:
                for word in entry.title_words + entry.tag_words + entry.category_words + entry.purpose_words:
                    vocabulary.setdefault(word[:1], set()).add(word)
            self._vocabulary = vocabulary
        candidates = [w for w in self._vocabulary.get(token[:1], ()) if abs(len(w) - len(token)) <= 2]
        close = difflib.get_close_matches(token, candidates, n=1, cutoff=0.75)
        return close[0] if close else None
