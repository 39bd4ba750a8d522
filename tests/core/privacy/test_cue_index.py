"""The rules' cue words found in one pass over a text (``cue_index``) give exactly what each
word's own search gave: the same starts, the same answers about a text's words, the same
redaction; and an install without the automaton package redacts the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.privacy import cue_index, redact_text, text_cache

CORPUS = Path(__file__).resolve().parents[2] / "data" / "privacy" / "corpus.jsonl"


def _long_text() -> str:
    """Business texts of the corpus (seven locales), joined into one long document."""
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    return "\n\n".join(row["text"] for row in rows[:120])


def _fresh_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start from no cue word held, as the app does when it starts."""
    for name in ("KEYS", "WRITTEN_KEYS", "PARTS", "WRITTEN_PARTS"):
        monkeypatch.setattr(cue_index, name, cue_index.CueWords())


def _redacted(text: str) -> list[tuple[int, int, str, str]]:
    return [(s.input_start, s.input_end, s.type, s.placeholder) for s in redact_text(text).spans]


def test_the_one_pass_finds_every_start_a_search_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    if cue_index._AUTOMATA is None:
        pytest.skip("pyahocorasick is not installed")
    _fresh_words(monkeypatch)
    text = _long_text().replace("Mr", "Mrs Mr").replace("@", "@@") + " aaaa aa ŞİFRE şifre"
    # Overlapping and nested words, words with spaces, signs, absent words, other scripts.
    keys = ("aa", "aaa", " mr", "mr", "mrs", "@", "@@", "born", "geb.", "is at ", "no such cue", "şifre", "i̇", " @", "\n")
    lower = text_cache.lowered(text)
    for key in keys:  # asked the first time: searched for one by one, and held for the next text
        text_cache.key_starts(lower, key)
    text_cache.forget_lowered()
    text = text + " "  # (another text: its own pass)
    lower = text_cache.lowered(text)
    for key in keys:
        expected = []
        at = lower.find(key)
        while at >= 0:
            expected.append(at)
            at = lower.find(key, at + 1)
        assert text_cache.key_starts(lower, key) == expected, key
    assert set(keys) <= cue_index.KEYS.matcher()[1]  # type: ignore[index]  # (the pass did answer them)
    text_cache.forget_lowered()


def test_the_one_pass_answers_which_parts_a_texts_words_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    if cue_index._AUTOMATA is None:
        pytest.skip("pyahocorasick is not installed")
    _fresh_words(monkeypatch)
    text = _long_text() + " Passwort: x\nNo: 14 bl. ŞİFRE"
    keys = ("passwort", "no such", "is at ", "şifre", "bl.", "wifi", "pass word", "14", "no:", "sifre")
    before = list(text_cache.present_keys(text_cache.lowered(text), keys))  # (the parts are held after this)
    text_cache.forget_lowered()
    text = text + " "
    after = list(text_cache.present_keys(text_cache.lowered(text), keys))
    text_cache.forget_lowered()
    assert after == before
    assert "passwort" in after and "no such" not in after and "wifi" not in after


def test_a_redaction_is_the_same_with_and_without_the_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _long_text()
    _fresh_words(monkeypatch)
    first = _redacted(text)  # (each cue word searched for on its own, and held)
    again = _redacted(text)  # (every held word found in one pass, when the package is installed)
    monkeypatch.setattr(cue_index, "_AUTOMATA", None)
    _fresh_words(monkeypatch)
    without = _redacted(text)
    assert first == again == without
    assert len(without) > 100  # the texts hold personal data: the comparison means something
