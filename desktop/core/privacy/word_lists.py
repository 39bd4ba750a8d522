"""Word lists shipped in resources/privacy that the rules of one script or one kind of thing read
(given names of scripts without capitals, holidays, weekdays, a workplace's unit words), loaded
once, on first use, as the lexicon's lists are.

Each file holds one entry a line (UTF-8, lines starting with "#" are comments) and says in its
header what it holds and which module reads it. A missing, unreadable or empty file raises
``PrivacyError`` saying to reinstall: nothing is sent by a detector missing a list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Set
from functools import cache

from desktop.core.errors import PrivacyError
from desktop.core.privacy.lexicon import read_list


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of ``resources/privacy/<name>``, in file order."""
    entries = tuple(read_list(name, "list of words"))
    if not entries:
        raise PrivacyError(
            f"Promptdesk's list of words {name} is empty, so it cannot check for personal data and "
            "nothing was sent. Reinstalling Promptdesk should fix this."
        )
    return entries


@cache
def word_set(name: str) -> frozenset[str]:
    """The entries of ``resources/privacy/<name>`` as a set."""
    return frozenset(word_list(name))


# What is made from the lists and kept (cleared by ``reset`` with the lists themselves)
_DERIVED: list[Callable[[], None]] = []


def derived(clear: Callable[[], None]) -> None:
    """Register ``clear``, which forgets something made from these lists, for ``reset``."""
    _DERIVED.append(clear)


class LazyWords(Set[str]):
    """A set of words made on its first use, not at import, for a module that holds it as a
    constant tested with ``in`` (``name_words.TITLES``): importing the privacy package reads no list."""

    def __init__(self, make: Callable[[], frozenset[str]]) -> None:
        self._make = make
        self._words: frozenset[str] | None = None
        derived(self._forget)

    def _forget(self) -> None:
        self._words = None

    def _loaded(self) -> frozenset[str]:
        if self._words is None:
            self._words = self._make()
        return self._words

    def __contains__(self, word: object) -> bool:
        words = self._words
        return word in (words if words is not None else self._loaded())

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())


def reset() -> None:
    """Forget the loaded lists (tests that break the install on purpose use this)."""
    word_list.cache_clear()
    word_set.cache_clear()
    for clear in _DERIVED:
        clear()
