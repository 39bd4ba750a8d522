"""Finds dropped as a field label must not make their words hidden elsewhere as a known name."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str, country: str = "GB") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


@pytest.mark.parametrize(
    "text, country, word",
    [
        ("Numer Konta\n12 1020 1026 0000 0402 0000 0000\nProszę o Numer faktury.", "PL", "Numer"),
        ("Account Holder\nJane Roe\n\nThe new Holder will sign tomorrow.", "GB", "Holder"),
        ("Kod Pocztowy\n00-950\nKod do drzwi: podam jutro.", "PL", "Kod"),
    ],
)
def test_a_dropped_label_word_is_not_hidden_elsewhere(text: str, country: str, word: str) -> None:
    hidden = _hidden(text, country)
    assert not any(word in h for h in hidden), hidden


def test_names_beside_a_dropped_label_are_still_spread() -> None:
    text = "Account Holder: Jane Roe\nPlease ask Jane to sign."
    hidden = _hidden(text)
    assert "Jane Roe" in hidden and hidden.count("Jane") == 1
