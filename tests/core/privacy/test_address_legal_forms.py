"""Addresses as forms and contracts write them: the postcode and town first, a Portuguese number
mark, a Finnish staircase and flat, a Turkish province after a spaced slash."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


@pytest.mark.parametrize(
    ("country", "text", "address"),
    [
        ("DE", "Der Mieter, wohnhaft in 50667 Köln, Hohe Straße 52, verpflichtet sich", "50667 Köln, Hohe Straße 52"),
        ("NL", "De huurder, woonachtig te 2513 AR Den Haag, Prinsestraat 70, verklaart", "2513 AR Den Haag, Prinsestraat 70"),
        ("PT", "residente na Rua Garrett n.º 40, 2.º, Lisboa, declara", "Rua Garrett n.º 40, 2.º, Lisboa"),
        ("FI", "uusi osoite on Hämeenpuisto 31 B 12, Tampere, kiitos", "Hämeenpuisto 31 B 12, Tampere"),
        ("TR", "İkamet: Kültür Mah. 1375. Sok. No: 8 Konak / İzmir", "Kültür Mah. 1375. Sok. No: 8 Konak / İzmir"),
    ],
)
def test_the_whole_address_is_hidden(country: str, text: str, address: str) -> None:
    out = redact_text(text, country=country)
    covered = sum(s.input_end - s.input_start for s in out.spans if s.type == "ADDRESS" and address.find(s.original) >= 0)
    assert covered >= 0.9 * len(address), [s.original for s in out.spans]


def test_a_listed_town_after_in_is_read_with_a_street_that_ends_in_its_type() -> None:
    spans = [s.original for s in redact_text("I'm at my aunt's, 61 Maple Grove Dr in Tulsa, till Sunday.", country="US").spans]
    assert "61 Maple Grove Dr in Tulsa" in spans
    spans = [s.original for s in redact_text("We met at 40 Oak Road in March.", country="GB").spans]
    assert "40 Oak Road" in spans


@pytest.mark.parametrize(
    ("country", "text", "address"),
    [("FR", "Je suis au 8 rue Nationale, 3e étage, à Lille jusqu'en mai.", "8 rue Nationale, 3e étage, à Lille"),
     ("ES", "Ahora vivo en Calle Alcalá 40, 2º izda., en Madrid.", "Calle Alcalá 40, 2º izda., en Madrid")],
)
def test_the_town_after_the_floor_is_read_with_the_address(country: str, text: str, address: str) -> None:
    assert address in [s.original for s in redact_text(text, country=country).spans]


def test_a_name_after_a_comma_and_a_link_word_is_not_a_town() -> None:
    spans = [s.original for s in redact_text("Ci vediamo in via Roma 3, a Marco piace il posto.", country="IT").spans]
    assert "via Roma 3" in spans


def test_a_listed_town_written_bare_after_a_street_type_at_the_end_of_a_line_is_read_with_it() -> None:
    spans = [s.original for s in redact_text("pls send it to 12 Main St Boston\nthanks", country="US").spans]
    assert "12 Main St Boston" in spans
    spans = [s.original for s in redact_text("meet at 5 High St Sarah.", country="GB").spans]
    assert "5 High St" in spans
