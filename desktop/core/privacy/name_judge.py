"""One word at a time, remembered: what the name lists and word frequencies say about a
capitalised word (a listed first name? a surname? an everyday word?), and the runs of capitalised
words in a text that the name rules judge. Shared by the name rules, chat speakers and layout;
kept below them so that none of them imports another for it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from desktop.core.privacy.fastscan import longest_match
from desktop.core.privacy.lexicon import Lexicon, strip_accents
from desktop.core.privacy.name_words import PARTICLES, STOP, TITLES
from desktop.core.privacy.places import is_place_name
from desktop.core.privacy.word_shapes import looks_like_a_word

COMMON_RANK = 2500  # a capitalised word this frequent is a plain word unless a rule says otherwise
STRONG_FIRST_RANK = 2500  # a first name less frequent than this stands on its own
RARE_RANK = 40_000  # beyond the everyday words of all six languages
PROPAGATE_RANK = 20_000


class Tok(NamedTuple):
    start: int
    end: int
    text: str
    bare: str  # without a trailing period or possessive


new_tok = tuple.__new__  # a Tok without the generated __new__'s Python-level call
_NO_TOK = Tok(-1, -1, "", "")


@cache
def capital_pattern() -> re.Pattern[str]:
    return re.compile(
        # the first letter, then the look-behind (not after a word, '@', '.'): the scan skips to capitals
        # (then letters, an apostrophe or hyphen only before more letters: each letter run is one
        # step of the engine, not one per letter)
        r"[A-ZÀ-ÖØ-ÞĀ-žḀ-ỿ](?<![\w@'’\-./].)[^\W\d_]*(?:['’\-][^\W\d_]+)*(?:\.(?=\s))?"
    )


@cache
def gap_pattern() -> re.Pattern[str]:
    # One space or tab between words: two or more mark the next column of a fixed-width table.
    return re.compile(rf"[ \t](?:{PARTICLES}[ \t]){{0,2}}")


@cache
def longest_gap() -> int:
    return longest_match(gap_pattern())


@lru_cache(maxsize=4)
def capital_runs(text: str) -> tuple[tuple[Tok, ...], ...]:
    """Runs of capitalised words (a name candidate each); cached, as detection and the later
    search for other mentions walk the same text."""
    runs: list[list[Tok]] = []
    gap = gap_pattern().fullmatch
    gap_max = longest_gap()  # (most gaps between capitals are whole phrases: no try)
    current: list[Tok] = []
    last = _NO_TOK  # (read only once a word has been seen: last_end >= 0)
    last_end = -1  # (the last word's end and text as plain locals: this loop sees every capital)
    last_text = ""
    for m in capital_pattern().finditer(text):
        word = m.group(0)
        if not word[0].isupper():
            continue
        start, end = m.span()
        bare = word if word[-1] not in ".'’s" else word.rstrip(".").rstrip("'’").removesuffix("'s").removesuffix("’s")
        tok = new_tok(Tok, (start, end, word, bare))
        # Words join a run only across spaces (and particles): most are far from the last one,
        # and a look at the one character after it settles that.
        # (not across a tab: a tab between two capitals parts a sheet's cells, "Jonas Schmied\tPetra Koch")
        if start > last_end >= 0 and text[last_end] == " " and len(current) < 6:
            single_space = start == last_end + 1 and text[last_end] == " "
            if last_text[-1] == ".":
                joins = bool(last.bare.casefold() in TITLES and gap(text, last_end, start)) or (
                    len(last_text) <= 3 and single_space  # an initial: "Vanessa P. Hertzog"
                )
            else:
                joins = bool(single_space or (start - last_end <= gap_max and gap(text, last_end, start)))
            if joins:
                current.append(tok)
                last, last_end, last_text = tok, end, word
                continue
        current = [tok]
        runs.append(current)
        last, last_end, last_text = tok, end, word
    return tuple(map(tuple, runs))  # (map: no Python-level step for each of thousands of runs)


def bare_word(tok: Tok) -> str:
    return tok.bare


class Fact(NamedTuple):
    """Everything the rules ask about one word, worked out once."""

    rank: int
    first: bool
    surname: bool
    strong_first: bool
    common: bool
    name_like: bool
    plain_word: bool
    rare: bool  # beyond the everyday words of all six languages, and not written in capitals


class Facts(dict[str, Fact]):
    """Word -> its ``Fact``, filled in on first look-up (a plain dict look-up afterwards)."""

    def __init__(self, lex: Lexicon) -> None:
        super().__init__()
        self.lex = lex

    def __missing__(self, word: str) -> Fact:
        lex, plain = self.lex, strip_accents(word)
        rank = min(lex.rank(word), lex.rank(plain))
        first = lex.is_first_name(word) or lex.is_first_name(plain)
        surname = lex.is_surname(word) or lex.is_surname(plain)
        if not first and "-" in word:
            first = _compound_first(lex, word)  # "Jean-Baptiste", "Marc-André", "Hans-Peter"
        if rank >= COMMON_RANK and not first and not surname and looks_like_a_word(word, lex):
            rank = COMMON_RANK - 1  # "Zustellfenster", "ProMaster": a word by its shape
        stop = word.casefold() in STOP
        fact = self[word] = Fact(
            rank=rank,
            first=first,
            surname=surname,
            # (a first name that is also a place, "Jordan", needs a sign of a person like any other)
            strong_first=not stop and first and rank >= STRONG_FIRST_RANK and not word.isupper() and not is_place_name(word),
            common=rank < COMMON_RANK or stop,
            # Could be part of a name: not an everyday word, or a listed name.
            name_like=not stop and (rank >= COMMON_RANK or first or (surname and rank >= 600)),
            # An everyday word that is no listed name: it cannot start or make a name by itself.
            plain_word=(rank < COMMON_RANK or stop) and not first and not surname,
            rare=rank >= RARE_RANK and not word.isupper(),
        )
        return fact


def _compound_first(lex: Lexicon, word: str) -> bool:
    """A hyphenated given name: two capitalised parts that are both listed first names."""
    parts = word.split("-")
    return len(parts) == 2 and parts[0] != parts[1] and not lex.is_not_name(word) and all(
        p[:1].isupper() and p[1:].islower() and len(p) >= 2 and (lex.is_first_name(p) or lex.is_first_name(strip_accents(p)))
        for p in parts)


class Judge:
    """Answers about single words, remembered: a long text asks about the same words often."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.facts = Facts(lex)

    def rank(self, word: str) -> int:
        return self.facts[word].rank

    def first(self, word: str) -> bool:
        return self.facts[word].first

    def strong_first(self, word: str) -> bool:
        return self.facts[word].strong_first

    def surname(self, word: str) -> bool:
        return self.facts[word].surname

    def common(self, word: str) -> bool:
        return self.facts[word].common

    def name_like(self, word: str) -> bool:
        """Could be part of a name: not an everyday word, or a listed name."""
        return self.facts[word].name_like

    def plain_word(self, word: str) -> bool:
        """An everyday word that is no listed name: it cannot start or make a name by itself."""
        return self.facts[word].plain_word


_JUDGES: dict[int, Judge] = {}


def judge_for(lex: Lexicon) -> Judge:
    judge = _JUDGES.get(id(lex))
    if judge is None or judge.lex is not lex:
        _JUDGES.clear()
        judge = _JUDGES[id(lex)] = Judge(lex)
    return judge
