"""Look-alikes of addresses: an office's address given as such, and an address field that points
elsewhere ("same as above") above an invoice's lines."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _addresses(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("country", "text"),
    [
        ("ES", "Recordad: la dirección de la oficina es Calle de Alcalá 120, 28009 Madrid."),
        ("DE", "Unsere Büroadresse ab Juli: Hafenstraße 14, 20359 Hamburg."),
        ("NL", "Ons kantoor is verhuisd, kantooradres: Stationsplein 8, 3511 ED Utrecht."),
        ("GB", "Our office address for deliveries is 40 Queen Square, Bristol BS1 4QP."),
        ("TR", "Ofis adresi: Büyükdere Cad. No: 185, 34394 Şişli/İstanbul"),
    ],
)
def test_an_office_address_given_as_such_is_no_ones(country: str, text: str) -> None:
    assert _addresses(text, country) == []


def test_a_home_address_is_still_hidden_beside_an_office_word() -> None:
    text = "I'm working from home this week, my address is 18 Lark Rise, Didcot OX11 7GH."
    assert "18 Lark Rise, Didcot OX11 7GH" in _addresses(text, "GB")


def test_an_address_field_saying_same_as_above_does_not_take_the_invoice_lines() -> None:
    text = "Bill to: Ana Kerr\n12 Weir Road, Perth PH2 0NB\nShip to: same as above\nDesign work (4 hrs) ..... £240.00\n"
    found = _addresses(text, "GB")
    assert not [a for a in found if "Design work" in a or "same as" in a]
    assert any("12 Weir Road" in a for a in found)


@pytest.mark.parametrize(
    ("country", "text"),
    [
        ("US", "Come and see the new range: visit our store at 88 Pearl St, Boulder, CO 80302."),
        ("DE", "Besuchen Sie uns in der Wilhelmstraße 12, 65183 Wiesbaden."),
        ("DE", "Der Kongress findet in der Messe Düsseldorf, Stockumer Kirchstraße 61, 40474 Düsseldorf statt."),
    ],
)
def test_a_shop_or_a_venue_inviting_people_is_no_ones_address(country: str, text: str) -> None:
    assert _addresses(text, country) == []


def test_a_customer_writing_from_home_near_a_shop_keeps_their_address() -> None:
    text = "I found the shop online; please deliver to my flat at 5 Garth Road, Bangor LL57 2SW."
    assert any("5 Garth Road, Bangor LL57 2SW" in a for a in _addresses(text, "GB"))
