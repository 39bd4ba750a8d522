"""The injection scan's key words found by one automaton pass must be those its key pattern finds:
at word starts, the longest key first, short keys as whole words, and the keys inside a key of
several words ("mention" in "don't mention")."""

from __future__ import annotations

import random

import pytest

from desktop.core.injection import key_places
from desktop.core.injection import scan as injection
from desktop.core.injection.cue_patterns import cue_leads
from desktop.core.privacy.folding import fold
from tests.data.injection.dataset import load


def _by_pattern(text: str, keys: frozenset[str], monkeypatch: pytest.MonkeyPatch) -> dict[str, list[int]]:
    with monkeypatch.context() as patch:
        patch.setattr(key_places, "keys_automaton", lambda keys: None)
        return key_places.all_positions(text, keys)


def _same(text: str, keys: frozenset[str], monkeypatch: pytest.MonkeyPatch) -> None:
    automaton = key_places.keys_automaton(keys)
    fast = key_places.automaton_positions(text, keys, automaton)
    slow = _by_pattern(text, keys, monkeypatch)
    assert {k: sorted(v) for k, v in fast.items()} == {k: sorted(v) for k, v in slow.items()}, text[:200]


def test_the_automaton_is_used_when_installed() -> None:
    assert key_places.keys_automaton(injection._keys(False)) is not None


def test_keys_in_development_texts_are_found_in_the_same_places(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [s.text for split in ("dev", "dev5", "dev10", "dev13", "dev15", "dev16") for s in load(split)]
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


def test_cues_tried_at_their_first_words_find_what_a_search_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cue that starts with one of a few words is tried only where those words start: the
    same hits as searching its stretches, on development texts and texts glued from their lines."""
    texts = [s.text for split in ("dev", "dev4", "dev9", "dev10", "dev12", "dev13", "dev15", "dev16") for s in load(split)]
    rnd = random.Random(18)
    pieces = [line for text in texts for line in text.splitlines() if line.strip()]
    texts += ["\n".join(rnd.choice(pieces) for _ in range(rnd.randint(5, 40))) for _ in range(100)]
    assert sum(cue_leads(cue.source) is not None for cue in injection._compiled()) > 100
    for text in texts:
        folded = fold(text).text
        fast = injection._cue_hits(folded)
        with monkeypatch.context() as patch:
            patch.setattr(injection, "cue_leads", lambda source: None)
            slow = injection._cue_hits(folded)
        assert sorted(fast) == sorted(slow), text[:200]


def test_first_words_of_a_cue() -> None:
    assert cue_leads(r"\b(?:send|transfer\w*|e-mail)\b[^\n]{0,9}x|\bchat ?bots?\b") == (
        "chat", "e-mail", "send", "transfer")
    assert cue_leads(r"\b(?:a\.i\b\.?|ai)\s") == ("a.i", "ai")
    assert cue_leads(r"\b(?:a\.?i|send)\b") is None  # (only "a" is sure: too short)
    assert cue_leads(r"\b(?:a|send)\b") is None  # (a word too short to look for)
    assert cue_leads(r"(?:^|\n)send") is None
