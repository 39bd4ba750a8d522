"""Addresses over several lines: the town line after a unit, a suburb named like a street type,
a town of two words, and a postcode on the line of its own."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


@pytest.mark.parametrize(
    ("country", "text", "address"),
    [
        ("CA", "Paul Girard\n88 Queen St W, Suite 300\nOttawa ON K1P 5E7\n", "88 Queen St W, Suite 300\nOttawa ON K1P 5E7"),
        ("AU", "Mia Chen\nUnit 2, 15 Ocean Pde\nSt Helens TAS 7216\n", "Unit 2, 15 Ocean Pde\nSt Helens TAS 7216"),
        ("ZA", "Sipho Ndlovu\n7 Jacaranda Ave\nRondebosch\nCape Town\n7700\n", "7 Jacaranda Ave\nRondebosch\nCape Town\n7700"),
        ("TR", "Elif Şahin\nYeni Mah. Lale Sok. No: 9/4\n35040 Bornova/İzmir\n", "Yeni Mah. Lale Sok. No: 9/4\n35040 Bornova/İzmir"),
    ],
)
def test_every_line_of_the_block_is_hidden(country: str, text: str, address: str) -> None:
    out = redact_text(text, country=country).text
    for line in address.split("\n"):
        assert line not in out, line


def test_an_indian_address_with_a_lowercase_landmark_and_no_commas_is_hidden() -> None:
    text = "plz courier to 18 Nehru Street near bus station Madurai 625001 tmrw"
    spans = [s.original for s in redact_text(text, country="IN").spans if s.type == "ADDRESS"]
    assert "18 Nehru Street near bus station Madurai 625001" in spans
