"""A name joined by "and" to a person already found: "with Guy and Tal", "Siriporn y Nok", "Guy et
Anne-Laure en copie", "Ingrid und Till", "1:1 Helga/Rainer". Two words coordinated so are the same kind of thing, and
once one of them is a person the other is one too, even when the lists hold it as an everyday word
("Guy", "Tal", "Ville").

Only a word the first-name lists hold, or one no list of everyday words holds, is taken; places,
firms and the words a text also writes in lowercase stay ("Anna and Marketing", "Paris and Tom").
An ampersand joins the names of a firm ("Marks & Spencer") and is no sign.
"""

from __future__ import annotations

import re

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.name_judge import RARE_RANK, judge_for
from desktop.core.privacy.name_lowercase import _used_lowercase
from desktop.core.privacy.name_words import (
    CALENDAR,
    GREETINGS,
    NOT_NAME_START,
    STOP,
    TITLES,
    particle_alternation,
)
from desktop.core.privacy.places import is_place_name

# ("a" and "o", Czech "and" and Spanish "or", are left: Romance languages write "a" and "o" before
# a person as "to" and "the": "Chiedete a Beppe", "Atribuído a Gonçalo")
_AND = r"(?:and|und|et|y|e|en|och|og|i|és|ve|și|oraz|ja|ou|or|oder)"
_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿā-ž]{1,20}"
# The word stands alone: no capitalised word or particle glued before or after it ("Toyota Tsusho
# and ...", "Crème de Marrons et ...", "... et Vin de Savoie": a firm's or a product's words).
_PARTICLE = rf"(?:{particle_alternation('p')})"  # (use "p" of name_words' particle table)
_JOIN = rf"(?:[ \t]+{_AND}[ \t]+|[ \t]*[/+][ \t]*)"  # (or a slash or a plus: "1:1 Helga/Rainer", "Rose + Sunny")
_AFTER = re.compile(
    rf"{_JOIN}({_WORD})(?![\w@&'’\-])(?![ \t]+(?:{_PARTICLE}[ \t]+)?[A-ZÀ-ÖØ-ÞĀ-Ž])"
)
_BEFORE = re.compile(rf"(?<![\w@&'’\-/])({_WORD}){_JOIN}\Z")
_WORD_BEFORE = re.compile(r"(\S+)[ \t]+\Z")
_GLUED_BEFORE = re.compile(rf"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*|{_PARTICLE}")


def _glued_before(text: str, start: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and _GLUED_BEFORE.fullmatch(m.group(1)) is not None


def _a_name(text: str, start: int, word: str, join: str) -> bool:
    judge = judge_for(lexicon())
    folded = word.casefold()
    if folded in STOP or folded in TITLES or folded in GREETINGS or folded in NOT_NAME_START or folded in CALENDAR:
        return False
    # (a slash or a plus joins teams and things as often: only a listed first name there, "Anna + Ops")
    unknown = judge.rank(word) >= RARE_RANK and not judge.surname(word) and "/" not in join and "+" not in join
    if not (judge.first(word) or unknown):
        return False
    if judge.lex.is_not_name(word) or is_place_name(word) or _used_lowercase(text, word):
        return False
    return not text.startswith(("'s", "’s"), start + len(word)) or judge.first(word)


def joined_names(text: str, found: list[Candidate]) -> list[Candidate]:
    """The one-word names joined by "and" to a person in ``found`` (those found already too: their
    other mentions are looked for from these)."""
    people = sorted({(c.start, c.end) for c in found if c.type == "PERSON"})
    out: list[Candidate] = []
    for a, b in people:
        after = _AFTER.match(text, b)
        if after and _a_name(text, after.start(1), after.group(1), text[b : after.start(1)]):
            out.append(Candidate(after.start(1), after.end(1), "PERSON"))
        before = _BEFORE.search(text, max(0, a - 30), a)
        if before and not _glued_before(text, before.start(1)) and _a_name(
                text, before.start(1), before.group(1), text[before.end(1) : a]):
            out.append(Candidate(before.start(1), before.end(1), "PERSON"))
    return out
