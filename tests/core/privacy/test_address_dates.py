"""An address find whose only number but the postcode is a date (a delivery's or an event's day and
town) is no one's home; a street with its number beside a date stays an address."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _addresses(text: str, country: str) -> list[str]:
    spans = redact_text(text, country=country).spans
    return [text[s.input_start : s.input_end] for s in spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Levering 2026-04-11, 3511 Utrecht, dock 2", "NL"),
        ("Seminar am 3. Mai in 10115 Berlin, Beginn 9 Uhr", "DE"),
        ("Consegna il 20/04/2026 a 20121 Milano, magazzino centrale", "IT"),
        ("Dostawa 15.05.2026, 00-001 Warszawa, rampa 3", "PL"),
        ("Levering 11-04-2026, 3511 Utrecht, dock 2", "NL"),
    ],
)
def test_a_date_and_a_town_are_no_address(text: str, country: str) -> None:
    assert _addresses(text, country) == []


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("Umzug am 12.03.2026 nach Lindenstraße 4, 10115 Berlin", "DE", "Lindenstraße 4, 10115 Berlin"),
        ("Adres: ul. Polna 3, 00-001 Warszawa, od 15.05.2026", "PL", "ul. Polna 3, 00-001 Warszawa"),
        ("Hauptstraße 12/3, 10115 Berlin", "DE", "Hauptstraße 12/3, 10115 Berlin"),
        ("ul. 3 Maja 12, 00-001 Warszawa", "PL", "3 Maja 12, 00-001 Warszawa"),
        ("Flat 2, 14 March Road, Leeds LS6 2AB", "GB", "14 March Road, Leeds LS6 2AB"),
    ],
)
def test_a_street_and_number_beside_a_date_stay_an_address(text: str, country: str, address: str) -> None:
    assert any(address in a for a in _addresses(text, country))
