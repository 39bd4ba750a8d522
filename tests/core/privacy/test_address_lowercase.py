"""Addresses typed in lowercase in the continental order, as chat writes them."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _addresses(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("country", "text", "address"),
    [
        ("IT", "ciao! mandalo pure a via dante 14, 20121 milano grazie", "via dante 14, 20121 milano"),
        ("DE", "neue adresse: schillerstraße 22, 04109 leipzig, bis bald", "schillerstraße 22, 04109 leipzig"),
        ("NL", "mijn adres is dorpsstraat 9, 3732 ha de bilt", "dorpsstraat 9, 3732 ha de bilt"),
        ("ES", "envíalo a calle goya 30 2ºa 28001 madrid porfa", "calle goya 30 2ºa 28001 madrid"),
        ("PL", "wyślij na ul. polna 7/2, 00-625 warszawa", "ul. polna 7/2, 00-625 warszawa"),
        ("SE", "skicka till storgatan 5, 903 26 umeå tack", "storgatan 5, 903 26 umeå"),
    ],
)
def test_a_lowercase_street_number_postcode_and_town_is_hidden(country: str, text: str, address: str) -> None:
    assert address in _addresses(text, country)


@pytest.mark.parametrize(
    "text", ["sent it via email 3 times, 2024 budget is fine", "room 4, 2024 budget", "via zoom 2, 10000 people joined"],
)
def test_a_street_word_a_number_and_a_count_are_no_address(text: str) -> None:
    assert _addresses(text, "GB") == []
