"""The parts of an address people write around the street, as the dev20 split found them missing:
multi-part house numbers, flat, block and floor words in more languages, a listed town (and a
Brazilian state) after the street, the building line above it, Colombian numbered streets,
Chinese building numbers and more field labels. Texts here are new, not the split's."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text
from desktop.core.privacy.towns import is_town


def addresses(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("Wohnung: Favoritenstraße 102/4/17, bitte läuten", "AT", "Favoritenstraße 102/4/17"),
        ("Livraison au 8 rue Victor Hugo, 3e étage, 69002 Lyon, merci", "FR", "8 rue Victor Hugo, 3e étage, 69002 Lyon"),
        ("mandalo a Av. Santa Fe 1860, piso 3 dpto B, CABA\ngracias", "AR", "Av. Santa Fe 1860, piso 3 dpto B, CABA"),
        ("entrega na Rua Augusta 1508, ap 42, São Paulo - SP\nvaleu", "BR", "Rua Augusta 1508, ap 42, São Paulo - SP"),
        ("Envoyez-le à Chaussée de Louvain 480, boîte 7, 1030 Schaerbeek.", "BE", "Chaussée de Louvain 480, boîte 7, 1030 Schaerbeek"),
        ("La dirección nueva es Calle 53 # 21-40, Apto 302, Bucaramanga.", "CO", "Calle 53 # 21-40, Apto 302, Bucaramanga"),
        ("Mr Tom Avery\nWillow House\n12 Station Road\nOakham LE15 6QT\n\nDear Sir,", "GB",
         "Willow House\n12 Station Road\nOakham LE15 6QT"),
        ("请寄到浙江省杭州市西湖区文三路90号5栋802室，谢谢", "CN", "浙江省杭州市西湖区文三路90号5栋802室"),
    ],
)
def test_the_parts_around_the_street_are_hidden_with_it(text: str, country: str, address: str) -> None:
    assert address in addresses(text, country)


@pytest.mark.parametrize(
    ("text", "country", "value"),
    [
        ('{"address_line_1": "18 Harbour View", "line2": "Flat 6", "postcode": "TR18 4AB"}', "GB", "Flat 6"),
        ("Navn: Per Lunde\nPostnr./sted: 5003 Bergen\n", "NO", "5003 Bergen"),
    ],
)
def test_a_second_address_line_and_a_postcode_with_town_under_their_labels_are_hidden(
        text: str, country: str, value: str) -> None:
    assert value in addresses(text, country)


def test_a_town_that_is_also_a_first_name_needs_its_state_or_the_line_end() -> None:
    assert "Marco" not in " ".join(addresses("Entregar na Rua Chile 12, ap 3, Marco e Ana assinam.", "BR"))
    assert "Rua Chile 12, ap 3, Salvador - BA" in addresses("Entregar na Rua Chile 12, ap 3, Salvador - BA\nobrigado", "BR")


def test_a_line_above_a_street_in_a_sentence_is_not_its_building() -> None:
    text = "Rosebank House\nWe met at 12 Station Road yesterday."
    assert all("Rosebank" not in a for a in addresses(text, "GB"))


def test_numbers_with_a_hash_are_no_colombian_street_without_a_street_word() -> None:
    assert addresses("Ticket # 18-135 closed, see PR # 21-40.", "CO") == []


def test_the_town_list_knows_towns_as_their_people_write_them() -> None:
    assert all(is_town(t) for t in ("Wien", "København", "Medellín", "Auderghem", "CABA"))
    assert not is_town("Invoice")


@pytest.mark.parametrize(
    ("text", "country", "street"),
    [
        ("Tischlerei Brandt GmbH · Industriestraße 14 · 33602 Bielefeld · USt-IdNr. DE812345678", "DE", "Industriestraße"),
        ("Ferramenta Bianchi s.r.l. – Via Emilia 210, 47921 Rimini – P.IVA 01234560405", "IT", "Via Emilia"),
        ("Hurtownia Zieleń Sp. z o.o., ul. Polna 8, 60-535 Poznań", "PL", "Polna"),
        ("Our registered office: 40 Canal Street, Manchester M1 3WD.", "GB", "Canal Street"),
        ("Northwind Supplies Ltd · VAT GB 123 4567 89\n221 Dock Road\nLiverpool L20 8DB\n\nDear Ms Quinn,", "GB", "Dock Road"),
    ],
)
def test_a_firms_own_address_is_not_hidden(text: str, country: str, street: str) -> None:
    assert all(street not in a for a in addresses(text, country))


def test_a_persons_address_beside_a_firms_stays_hidden() -> None:
    """Also a work address under the firm's name in a person's signature (it says where they work)."""
    signature = "Kind regards,\nAnna Berg\nBuyer\nLindqvist Ltd\n14 Quay Street\nBristol BS1 4DB\nT: 0117 496 0123"
    assert "14 Quay Street\nBristol BS1 4DB" in addresses(signature, "GB")
    text = ("Rechnung der Maler Kranz GmbH · Gewerbering 3 · 35041 Marburg\n\nRechnungsanschrift:\n"
            "Frau Ute Sommer\nLahnstraße 9\n35037 Marburg\n")
    found = addresses(text, "DE")
    assert any(a.startswith("Lahnstraße 9") for a in found)
    assert all("Gewerbering" not in a for a in found)
    assert "Lindenhof 2, Glenelg SA 5045" in addresses("Post to Lindenhof 2, Glenelg SA 5045", "AU")[0]


def test_an_address_block_does_not_run_over_a_blank_line_into_the_letter() -> None:
    text = "Karl Weiß\nBergstraße 41\n69120 Heidelberg\n\nAn die Hausverwaltung Rheinblick\nRohrbacher Str. 20\n69115 Heidelberg\n"
    found = addresses(text, "DE")
    assert "Bergstraße 41\n69120 Heidelberg" in found
    assert all("Hausverwaltung" not in a for a in found)
