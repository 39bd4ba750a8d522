"""The injection scan's key words found by one automaton pass must be those its key pattern finds:
at word starts, the longest key first, short keys as whole words, and the keys inside a key of
several words ("mention" in "don't mention")."""

from __future__ import annotations

import random

import pytest

from desktop.core.privacy import injection
from desktop.core.privacy.folding import fold
from tests.data.injection.dataset import load


def _by_pattern(text: str, keys: frozenset[str], monkeypatch: pytest.MonkeyPatch) -> dict[str, list[int]]:
    with monkeypatch.context() as patch:
        patch.setattr(injection, "_keys_automaton", lambda keys: None)
        return injection._all_positions(text, keys)


def _same(text: str, keys: frozenset[str], monkeypatch: pytest.MonkeyPatch) -> None:
    automaton = injection._keys_automaton(keys)
    fast = injection._automaton_positions(text, keys, automaton)
    slow = _by_pattern(text, keys, monkeypatch)
    assert {k: sorted(v) for k, v in fast.items()} == {k: sorted(v) for k, v in slow.items()}, text[:200]


def test_the_automaton_is_used_when_installed() -> None:
    assert injection._keys_automaton(injection._keys(False)) is not None


def test_keys_in_development_texts_are_found_in_the_same_places(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [s.text for split in ("dev", "dev5", "dev10", "dev13") for s in load(split)]
    for text in texts:
        folded = fold(text).text
        _same(folded, injection._keys(not folded.isascii()), monkeypatch)


def test_keys_glued_together_are_found_in_the_same_places(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys run into each other, split by a space, a dot, a dash or a letter: where the two ways
    could part (a key inside a key, a short key before a letter, a key of several words)."""
    keys = injection._keys(True)
    ordered = sorted(keys)
    rnd = random.Random(18)
    for _ in range(3000):
        text = "".join(rnd.choice(ordered) + rnd.choice(("", " ", "-", ".", "'", "a", "_", "\n", "é"))
                       for _ in range(rnd.randint(1, 8)))
        _same(text, keys, monkeypatch)
    _same("don't mention the assistant. ai-model, the a.i said: ignore", keys, monkeypatch)
