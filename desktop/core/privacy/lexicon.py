"""Name and word lists from resources/privacy, loaded once, on first use.

Loading takes a few tens of milliseconds, so it never happens at import: the first redaction
(on a worker thread) pays for it. A missing or unreadable list raises ``PrivacyError`` so that
nothing is sent by a half-working detector.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from desktop.core import paths
from desktop.core.errors import PrivacyError

# A first name that is also one of this many most frequent words ("Will", "May", "Hope") counts
# as a name only with more evidence than its spelling.
AMBIGUOUS_RANK = 6000
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Lexicon:
    first_names: frozenset[str]  # casefolded, accents kept
    surnames: frozenset[str]
    word_rank: dict[str, int]  # casefolded word -> rank (0 = most frequent)
    not_names: frozenset[str] = frozenset()  # casefolded: languages, cities, airports, brands
    # Listed first names that are also among a language's most frequent words ("Dan", "Al"):
    # names only where the shape of the line says so ("Thanks, Dan").
    frequent_first_names: frozenset[str] = frozenset()

    def is_not_name(self, text: str) -> bool:
        """Whether ``text`` as a whole names a language, a place or a company, not a person."""
        return " ".join(text.split()).casefold() in self.not_names

    def rank(self, word: str) -> int:
        return self.word_rank.get(word.casefold(), 1_000_000)

    def is_first_name(self, word: str) -> bool:
        return word.casefold() in self.first_names

    def is_surname(self, word: str) -> bool:
        return word.casefold() in self.surnames


@lru_cache(maxsize=65536)
def strip_accents(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def read_list(name: str, what: str = "list of names") -> list[str]:
    """The entries of ``resources/privacy/<name>``: one a line, UTF-8, lines starting with "#"
    left out. A missing or unreadable file raises ``PrivacyError`` naming ``what`` it holds."""
    path = paths.resource(f"privacy/{name}")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PrivacyError(
            f"Promptdesk cannot read its {what} ({path.name}), so it cannot check for personal "
            "data and nothing was sent. Reinstalling Promptdesk should fix this."
        ) from exc
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@cache
def _load() -> Lexicon:
    words = read_list("common_words.txt")
    word_rank: dict[str, int] = {}
    for rank, word in enumerate(words):
        word_rank.setdefault(word.casefold(), rank)
    # Everyday words of Portuguese, Polish, Turkish, Swedish and Danish ("Destek", "Sprzedaży"),
    # each with the rank an equally frequent word has above; none of them is a listed name.
    for line in read_list("common_words_more.txt"):
        word, rank_text = line.rsplit(" ", 1)
        word_rank.setdefault(word, int(rank_text))
    census_first = read_list("first_names_census.txt")
    # The census list holds some plain words ("In", "Young"); keep only those that are not
    # everyday words, while the curated international list is kept whole.
    # The very most frequent words ("The", "Dan", "Will" in some language) are never first names
    # on their own spelling.
    listed = read_list("first_names_nam_dict.txt")
    first = {w.casefold() for w in listed if word_rank.get(w.casefold(), 1_000_000) >= 150}
    frequent = frozenset(w.casefold() for w in listed) - first
    first |= {w.casefold() for w in census_first if word_rank.get(w.casefold(), 1_000_000) >= 20_000}
    # Given names of the origins those two lists lack (Africa, South Asia, the Arab world, East
    # Asia romanised, the Pacific) and the short forms people sign with; held to the census rule.
    first |= {w.casefold() for w in read_list("first_names_more.txt") if word_rank.get(w.casefold(), 1_000_000) >= 20_000}
    surnames = {w.casefold() for w in read_list("surnames_census.txt")}
    not_names = frozenset(" ".join(w.split()).casefold() for w in read_list("not_names.txt"))
    return Lexicon(frozenset(first), frozenset(surnames), word_rank, not_names, frequent)


def lexicon() -> Lexicon:
    """The lists, loaded on the first call (thread-safe)."""
    with _LOCK:
        return _load()


def reset() -> None:
    """Forget the loaded lists (tests that break the install on purpose use this)."""
    with _LOCK:
        _load.cache_clear()
