"""Capitalised words that no list holds but whose shape says they are words, not names.

- A compound of everyday words, as German, Dutch and the Nordic languages write them
  ("Zustellfenster", "Wartungsvertrag", "Schichtleitung"): its last part is a frequent word of
  five letters or more and no name, its first part a word too. Endings that make surnames
  ("-mann", "-ström", "-berg") are never taken as that last part, and a listed surname or first
  name is never looked at ("Schwarzkopf", "Lindqvist" stay names).
- A German or Dutch abstract noun by its ending ("Ausschreibung", "Verfügbarkeit", "Gesellschaft"),
  nine letters or more.
- A product's or a tool's name written in camel case ("ProMaster", "FortiClient", "DevOps",
  "MongoDB"): a capital inside the word after a prefix that is no name's ("McAllister",
  "DeShawn", "LaToya" and "MacDonald" stay names).
"""

from __future__ import annotations

import re

from desktop.core.privacy.lexicon import Lexicon

_TAIL_RANK = 40_000  # the last part of a compound: an everyday word
_SURNAME_TAIL_RANK = 20_000  # ... and if a surname too ("Fenster"), a frequent one
_HEAD_RANK = 1_000_000  # its first part: any word the lists hold
# Endings that build surnames in the team's languages, never the last part of a compound word.
_NAME_TAILS = frozenset({
    "mann", "ström", "strom", "qvist", "kvist", "quist", "gren", "berg", "berger", "borg", "holm", "lund",
    "blad", "dahl", "stedt", "stadt", "feld", "felder", "hauser", "huber", "meier", "mayer", "maier", "müller",
    "bauer", "schmidt", "schneider", "macher", "hofer", "singer", "thaler", "brunner", "steiner", "wald",
    "stein", "baum", "bach", "burg", "dorf", "haus", "hof", "sson", "ssen", "sen", "son", "kamp", "kemper",
    "meyer", "wood", "field", "worth", "ford", "ton", "ley", "land", "lander", "länder", "ville", "bridge",
})
_LINKS = ("s", "n", "en", "e", "es")  # a compound's linking letters ("Wartungs|vertrag")
_CAMEL = re.compile(r"([A-Z][a-z]+|[A-Z]{2,})([A-Z])")
_NAME_PREFIXES = frozenset({
    "mc", "mac", "de", "di", "da", "du", "le", "la", "lo", "van", "von", "fitz", "st", "ja", "ke", "sha", "ta",
    "ka", "ma", "o", "d", "del", "della", "dos", "das", "al", "el", "ben", "ibn", "ter", "ten",
})


def looks_like_a_word(word: str, lex: Lexicon) -> bool:
    """Whether the capitalised ``word`` (no list holds it as a name) is a compound of everyday
    words, a German or Dutch abstract noun, or a camel-case product name (see the module docstring)."""
    return _camel_case(word) or _abstract_noun(word) or _compound(word, lex)


# Endings of German and Dutch nouns made from verbs and adjectives ("Ausschreibung",
# "Tankquittung", "Gesellschaft", "Verfügbarkeit", "Bestelling"): no given name or surname ends so
# at this length that the lists do not already hold ("Hartung" is listed and never asked about).
_ABSTRACT_ENDINGS = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "ierung", "isierung")


def _abstract_noun(word: str) -> bool:
    return len(word) >= 9 and word[1:].islower() and word.isalpha() and word.endswith(_ABSTRACT_ENDINGS)


def _camel_case(word: str) -> bool:
    m = _CAMEL.match(word)
    if m is None or (word[m.end() :] and not word[m.end() :].isalpha()):
        return False
    head = m.group(1)
    if head.isupper():
        return len(word) > m.end() and word[m.end() :].islower() and len(word) - len(head) >= 3  # "TASKalfa"
    return head.casefold() not in _NAME_PREFIXES


def _compound(word: str, lex: Lexicon) -> bool:
    low = word.casefold()
    if len(low) < 9 or not low.isalpha():
        return False
    for cut in range(3, len(low) - 4):
        tail = low[cut:]
        if tail in _NAME_TAILS or lex.rank(tail) >= _TAIL_RANK:
            continue
        if lex.is_first_name(tail) or (lex.is_surname(tail) and lex.rank(tail) >= _SURNAME_TAIL_RANK):
            continue
        head = low[:cut]
        heads = [head, head + "en", head + "n", head + "ung", head + "e"]  # a verb's or a noun's stem: "Zustell|fenster"
        heads += [head[: -len(link)] for link in _LINKS if head.endswith(link) and len(head) - len(link) >= 3]
        if any(lex.rank(h) < _HEAD_RANK and not lex.is_first_name(h) for h in heads):
            return True
    return False
