"""Addresses inside sentences, as the dev20d split found them missing: the house number after a
number word ("Cavendish Road, number 48", "calle Ancha número 14"), the town after the flat or
alone at the end of a chat line, Polish inflected street words ("przy ulicy ... w Toruniu"),
Dutch floors ("112-III") and name particles ("Van Woustraat"), Portuguese and Swedish floors,
Australian state postcodes, and a phone on the line below an address. Texts here are new."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def spans(text: str, country: str) -> list[tuple[str, str]]:
    return [(s.type, s.original) for s in redact_text(text, country=country).spans]


def addresses(text: str, country: str) -> list[str]:
    return [value for kind, value in spans(text, country) if kind == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("We're on Ashley Road, number 12, Bristol BS6 5NL if you need it.", "GB", "Ashley Road, number 12, Bristol BS6 5NL"),
        ("vivo en la calle Sierpes número 40, 1º derecha, Sevilla\nok", "ES", "calle Sierpes número 40, 1º derecha, Sevilla"),
        ("lucia: portalo a via Mazzini 8 Verona\nbea: ok", "IT", "via Mazzini 8 Verona"),
        ("Mieszkam przy ulicy Długiej 5 m. 3 w Gdańsku, zapraszam.", "PL", "ulicy Długiej 5 m. 3 w Gdańsku"),
        ("Mijn adres: Van Baerlestraat 41-II, 1071 AP Amsterdam.", "NL", "Van Baerlestraat 41-II, 1071 AP Amsterdam"),
        ("Moro na Rua da Rosa 15, r/c dto., 1200-384 Lisboa.", "PT", "Rua da Rosa 15, r/c dto., 1200-384 Lisboa"),
        ("Skicka till Drottninggatan 3, 2 tr, Uppsala. Tack", "SE", "Drottninggatan 3, 2 tr, Uppsala"),
        ("Post to Lot 3, Ridge Road, Dorrigo NSW 2453 please.", "AU", "Lot 3, Ridge Road, Dorrigo NSW 2453"),
        ("请寄到广东省广州市天河区体育西路1号3栋1单元602", "CN", "广东省广州市天河区体育西路1号3栋1单元602"),
    ],
)
def test_an_address_inside_a_sentence_is_hidden_whole(text: str, country: str, address: str) -> None:
    assert address in addresses(text, country)


def test_a_phone_on_the_line_below_an_address_stays_a_phone() -> None:
    found = spans("Mia Clarke\n3 Abbey Mews, Bath BA1 1LT\n07700 900 318\n", "GB")
    assert ("ADDRESS", "3 Abbey Mews, Bath BA1 1LT") in found
    assert ("PHONE", "07700 900 318") in found


def test_a_persons_name_before_the_street_is_kept_a_person() -> None:
    found = spans("Please send it to Nina Lindqvist, Storgatan 8, 903 26 Umeå. Thanks", "SE")
    assert ("PERSON", "Nina Lindqvist") in found
    assert ("ADDRESS", "Storgatan 8, 903 26 Umeå") in found


def test_a_first_name_after_a_street_is_not_its_town() -> None:
    assert all("Anna" not in a for a in addresses("We met at Hauptstraße 5 Anna.\n", "DE"))


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("Marc Riou\nLieu-dit La Vergne\n19270 Ussac\n\nObjet : devis", "FR", "Lieu-dit La Vergne\n19270 Ussac"),
        ("Mandadlo a Calle Mayor 7, ático A, 26001 Logroño. Gracias", "ES", "Calle Mayor 7, ático A, 26001 Logroño"),
        ("Stuur het naar Kromme Nieuwegracht aan de Werf 5, 3512 HD Utrecht.", "NL", "aan de Werf 5, 3512 HD Utrecht"),
        ("Entrega: Rua Chile, 30 - Sala 4 - Centro - Salvador/BA - CEP 40020-000\nObrigado", "BR",
         "Rua Chile, 30 - Sala 4 - Centro - Salvador/BA - CEP 40020-000"),
        ("Ny adresse: Østerbrogade 12, st. tv., 2100 København Ø.", "DK", "Østerbrogade 12, st. tv., 2100 København Ø"),
        ("Skriv till Nørrevejen 14, 8000 Aarhus C.", "DK", "Nørrevejen 14, 8000 Aarhus C"),
    ],
)
def test_floors_localities_and_dashed_parts_are_hidden_with_the_address(text: str, country: str, address: str) -> None:
    assert any(address in a for a in addresses(text, country))
