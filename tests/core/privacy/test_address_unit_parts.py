"""The parts of an address people write around the street: a flat named by its floor, the part
of the house on the line above, Nordic flat codes, Latin American boroughs and postcodes."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _addresses(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("country", "text", "address"),
    [
        ("GB", "Keys are at First Floor Flat, 61 Harcourt Road, Sheffield S10 1DH if you need them.",
         "First Floor Flat, 61 Harcourt Road, Sheffield S10 1DH"),
        ("GB", "New address: Garden Flat, 8 Belvedere Road, Bath BA1 5HR", "Garden Flat, 8 Belvedere Road, Bath BA1 5HR"),
        ("DE", "Lieferung an:\nVorderhaus, 4. OG rechts\nBoxhagener Straße 33\n10245 Berlin\n",
         "Vorderhaus, 4. OG rechts\nBoxhagener Straße 33\n10245 Berlin"),
        ("NO", "ny adresse: Kirkeveien 64 H0304, 0364 Oslo", "Kirkeveien 64 H0304, 0364 Oslo"),
        ("MX", "Domicilio: Calle Durango 180, Int. 2, Col. Roma Norte, Alc. Cuauhtémoc, C.P. 06700, Ciudad de México",
         "Calle Durango 180, Int. 2, Col. Roma Norte, Alc. Cuauhtémoc, C.P. 06700, Ciudad de México"),
        ("AR", "mandalo a Av. Santa Fe 3312, piso 6, depto. A, C1425BGU CABA por favor",
         "Av. Santa Fe 3312, piso 6, depto. A, C1425BGU CABA"),
        ("MX", "Domicilio fiscal: Av. Chapultepec 480, Col. Americana, 44160 Guadalajara",
         "Av. Chapultepec 480, Col. Americana, 44160 Guadalajara"),
    ],
)
def test_the_parts_around_the_street_are_hidden_with_it(country: str, text: str, address: str) -> None:
    assert address in _addresses(text, country)


@pytest.mark.parametrize(("key", "code"), [("郵便番号", "〒530-0012"), ("邮编", "200031"), ("우편번호", "06236")])
def test_a_postcode_alone_under_its_label_in_east_asian_forms_is_hidden(key: str, code: str) -> None:
    text = f"氏名：山本 花子\n{key}：{code}\n"
    assert code not in redact_text(text, country="JP").text


def test_a_firm_address_with_its_legal_form_is_still_the_firms() -> None:
    text = "Domicilio fiscal: Textiles Norte S.A. de C.V., Av. Constitución 2050, Col. Centro, 64000 Monterrey"
    assert _addresses(text, "MX") == []
