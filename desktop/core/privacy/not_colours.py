"""Colours that are also given names ("Rosa", "Violet", "Bianca", "Jade"), written as a product's
colour rather than a person: listed with another colour ("Rosa y Verde", "Rosa o azul", "azul,
Rosa"). A colour after a word naming the goods ("Toalla Rosa") is left a name: the same shape
is a person after a word for their role or kin ("Daughter Rosa").

The colour words are in colour_words.txt, the words joining a list's items in list_joins.txt. The
other colour must be no given name: "Violet and Rose" and "Rosa, Bianca, Jade" stay people, and so
does a colour after a first name or a surname ("Maria Rosa", "Nagy Rosa").
"""

from __future__ import annotations

import re

from desktop.core.privacy.lexicon import Lexicon
from desktop.core.privacy.word_lists import word_set

_PUNCT = ".,:;!?'’\"()[]«»"
# The next item of a list after the find, and the one before it: a comma, a slash or a join word
# between ("Rosa o azul", "azul, Rosa", "Rosa / Verde").
_ITEM_AFTER = re.compile(r"[ \t]*(?:[,/]|[ \t]([^\W\d_]+))[ \t]*([^\W\d_]+)")
_ITEM_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*(?:[,/]|[ \t]([^\W\d_]+))[ \t]*$")


def names_a_colour(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the find at ``start:end`` is a colour listed with another."""
    words = text[start:end].split()
    folded = [w.casefold().strip(_PUNCT) for w in words]
    colours = word_set("colour_words.txt")
    if not any(w in colours for w in folded):
        return False
    joins = word_set("list_joins.txt")
    if len(words) > 1 and all(w in colours or w in joins for w in folded):
        return any(w in colours and not lex.is_first_name(w) for w in folded)  # "Rosa y Verde"
    return len(words) == 1 and _listed_with_a_colour(text, start, end, colours, joins, lex)


def _listed_with_a_colour(text: str, start: int, end: int, colours: frozenset[str], joins: frozenset[str], lex: Lexicon) -> bool:
    after = _ITEM_AFTER.match(text, end, min(len(text), end + 30))
    before = _ITEM_BEFORE.search(text, max(0, start - 30), start)
    for item, join in ((after and after.group(2), after and after.group(1)), (before and before.group(1), before and before.group(2))):
        if not item or (join and join.casefold() not in joins):
            continue
        word = item.casefold()
        if word in colours and not lex.is_first_name(word):
            return True
    return False
