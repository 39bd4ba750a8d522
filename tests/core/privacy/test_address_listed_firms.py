"""An address right after a listed shop or firm and a comma is the firm's public address (returns,
collections); a town, a person or a surname-like brand there keeps the address hidden."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _addresses(text: str, country: str) -> list[str]:
    spans = redact_text(text, country=country).spans
    return [text[s.input_start : s.input_end] for s in spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Abholung bei Würth, Reinhold-Würth-Straße 12, 74653 Künzelsau", "DE"),
        ("Retour naar Coolblue, Weena 664, 3012 CN Rotterdam", "NL"),
        ("Reso presso Esselunga, via Giambologna 1, 20096 Limito di Pioltello", "IT"),
        ("Skicka till Clas Ohlson, Storgatan 1, 793 33 Insjön", "SE"),
    ],
)
def test_a_listed_firms_address_is_not_hidden(text: str, country: str) -> None:
    assert _addresses(text, country) == []


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("Berlin, Lindenstraße 4, 10115 Berlin", "DE", "Lindenstraße 4, 10115 Berlin"),
        ("Anna Weber, Lindenstraße 4, 10115 Berlin", "DE", "Lindenstraße 4, 10115 Berlin"),
        ("Ford, 14 Elm Grove, Leeds LS6 2AB", "GB", "14 Elm Grove, Leeds LS6 2AB"),
    ],
)
def test_a_town_a_person_or_a_surname_before_it_keeps_the_address(text: str, country: str, address: str) -> None:
    assert any(address in a for a in _addresses(text, country))
