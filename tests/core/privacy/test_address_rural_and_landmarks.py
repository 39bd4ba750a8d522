"""A rural Irish address with no street (townland, town, "Co." county and Eircode), an Indian
house number before a landmark written in lowercase ("near Hanuman temple"), and an Argentine
flat ("dto. B") with its postcode in brackets after the town, as the dev43 split found them
missing. Texts here are new."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def addresses(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("Our post goes to Derrylahan, Kilcar, Co. Donegal F94 X2P6 since the move.", "IE", "Derrylahan, Kilcar, Co. Donegal F94 X2P6"),
        ("Kindly deliver to H.No 12-2-790, opp Saibaba temple, Mehdipatnam, Hyderabad 500028 before Friday.", "IN",
         "H.No 12-2-790, opp Saibaba temple, Mehdipatnam, Hyderabad 500028"),
        ("Mandámelo a Av. Santa Fe 3120, piso 4 dto. C, CABA (C1425BGN). Gracias.", "AR", "Av. Santa Fe 3120, piso 4 dto. C, CABA (C1425BGN)"),
    ],
)
def test_the_whole_address_is_hidden(text: str, country: str, address: str) -> None:
    assert any(address in found for found in addresses(text, country))


def test_a_county_and_eircode_alone_with_ordinary_words_before_is_not_stretched() -> None:
    found = addresses("We met the team in Co. Roscommon F35 K2W7 last week.", "IE")
    assert all("team" not in a for a in found)
