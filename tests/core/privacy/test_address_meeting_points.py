"""An address after a meeting place's key and the place's name, or after "meeting at" and the
place's name, is where people meet, not anyone's home (meeting_point_keys.txt); a home, a person or
a possessive there keeps the address hidden."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str, country: str) -> list[str]:
    return [text[s.input_start : s.input_end] for s in redact_text(text, country=country).spans]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Treffpunkt: Olympiapark, Spiridon-Louis-Ring 21", "DE"),
        ("Meeting at Te Papa, 55 Cable Street, 10am.", "NZ"),
        ("Ritrovo: Stazione Centrale, Piazza Duca d'Aosta 1, Milano", "IT"),
        ("Miejsce: Centrum Konferencyjne, ul. Bielańska 12, Warszawa", "PL"),
        ("Mødested: Kulturhuset, Nørregade 12, 8000 Aarhus", "DK"),
    ],
)
def test_an_address_at_a_named_meeting_place_is_not_hidden(text: str, country: str) -> None:
    assert _hidden(text, country) == []


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("Treffpunkt: bei mir, Lindenstraße 4, 10969 Berlin", "DE", "Lindenstraße 4, 10969 Berlin"),
        ("Treffpunkt: Anna Schmidt, Lindenstraße 4, 10969 Berlin", "DE", "Lindenstraße 4, 10969 Berlin"),
        ("Meeting at Anna's, 14 Elm Grove, Leeds LS6 2AB", "GB", "14 Elm Grove, Leeds LS6 2AB"),
        ("Punto de encuentro: Casa de Lucía, calle Mayor 3, 28013 Madrid", "ES", "calle Mayor 3, 28013 Madrid"),
        ("Locatie: Keizersgracht 118, 1015 CW Amsterdam, 2e verdieping", "NL", "Keizersgracht 118, 1015 CW Amsterdam"),
    ],
)
def test_a_home_or_a_person_at_the_meeting_place_keeps_the_address(text: str, country: str, address: str) -> None:
    assert any(address in h for h in _hidden(text, country))
