"""Addresses found from their end in more formats: six-digit postcodes, "Town/Province", an Indian
"Town - PIN", a Dutch "7-bis" house number, a Turkish "No:12/3", and a letterhead whose postcode
sits alone under its lines. New texts for the categories the dev6 split found missing."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def addresses(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("Adresa de livrare: Bd. Eroilor 14, bl. B2, 500030 Brașov, vă rog.", "RO", "Bd. Eroilor 14, bl. B2, 500030 Brașov"),
        ("Adres: Cumhuriyet Cad. No:41/2 Alsancak 35220 Konak/İzmir", "TR", "Cumhuriyet Cad. No:41/2 Alsancak 35220 Konak/İzmir"),
        ("Send it to Plot 9, 4th Cross Road, Near Water Tank, Jayanagar, Bengaluru - 560041 please",
         "IN", "Plot 9, 4th Cross Road, Near Water Tank, Jayanagar, Bengaluru - 560041"),
        ("Klant: firma Smeets\nKerkstraat 12-bis\n6211 KL Maastricht\n", "NL", "Kerkstraat 12-bis\n6211 KL Maastricht"),
        ("Mrs Dorothy Ainsworth\nRose Cottage\nMill Road\nBurnham Market\nKing's Lynn\nPE31 8HG\n\nDear Mrs Ainsworth,",
         "GB", "Rose Cottage\nMill Road\nBurnham Market\nKing's Lynn\nPE31 8HG"),
    ],
)
def test_address_with_its_end_in_a_regional_form_is_hidden_whole(text: str, country: str, address: str) -> None:
    assert address in addresses(text, country)


def test_a_postcode_alone_under_a_greeting_or_a_blank_line_is_not_a_letterhead() -> None:
    text = "Dear Mr Fowler,\nSW1A 1AA\n\nThanks for the parcel."
    assert all("Dear" not in a for a in addresses(text, "GB"))
