"""The titles and honorifics written before a name, in one list that every rule reads.

The list is resources/privacy/titles.txt, read on first use. Each entry is ``word/uses`` (the word in lowercase, with the dots it is written with inside it),
the uses saying which rules take it:

- ``w``: a word that is never a name itself (``name_words.TITLES``: a run of capitals that starts
  with it is a title and a name, "Dr Lee"; the edges of a found name drop it);
- ``b``: hidden together with the name it stands before (``name_titles``: "Mr. Alvarez" is one
  placeholder, and restore takes it off again);
- ``c``: written with a capital before a name in running text, which alone marks the name
  (``chat``: "Hr. Gruber", "Pani Nowak");
- ``l``, ``d``, ``s``: written in lowercase before a capitalised name mid-sentence ("dhr. Jansen",
  "ing. Rossi"), looked for only near the word itself (``l``), the word with its dot (``d``: "hr."
  alone is too common a syllable) or the word and a space (``s``: "fru ");
- ``k``: a whole chat in lowercase, title and name ("frau lindner", "mrs o'sullivan");
- ``a``: written after the name, after a space ("Ayşe Hanım", "Sharma ji", "Neha ma'am"), and hidden
  with it (``name_titles``).

Restore reads the titles through ``name_titles``: a small file, read on its first use, and no name list.
"""

from __future__ import annotations

import re
from functools import cache

from desktop.core.privacy.word_lists import derived, word_list


@cache
def _table() -> tuple[tuple[str, str], ...]:
    """The list as (word, uses) pairs, in file order (resources/privacy/titles.txt, read on first use)."""
    return tuple((word, uses) for word, uses in (entry.split("/", 1) for entry in word_list("titles.txt")))


@cache
def titles(use: str) -> tuple[str, ...]:
    """The words marked with ``use``, in the list's order."""
    return tuple(word for word, uses in _table() if use in uses)


def alternation(words: tuple[str, ...], capital: bool = False) -> str:
    """``words`` as one regular-expression alternation, longest first (so that "dott.ssa" is
    not read as "dott"), with a capital first letter when ``capital``."""
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    return "|".join(re.escape(w[0].upper() + w[1:] if capital else w) for w in ordered)


@cache
def lowercase_cues() -> tuple[str, ...]:
    """What the lowercase mid-sentence titles are looked for by (uses ``l``, ``d`` and ``s``)."""
    cues = [w.split(".")[0] for w in titles("l")] + [w + "." for w in titles("d")] + [w + " " for w in titles("s")]
    return tuple(dict.fromkeys(cues))


@cache
def lowercase_titles() -> tuple[str, ...]:
    """Every title written in lowercase before a capitalised name (uses ``l``, ``d`` and ``s``)."""
    return tuple(word for word, uses in _table() if set(uses) & {"l", "d", "s"})


for _made in (_table, titles, lowercase_cues, lowercase_titles):
    derived(_made.cache_clear)
