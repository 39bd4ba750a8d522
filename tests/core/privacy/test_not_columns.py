"""Brands, products, colours and towns in a table column whose header names a thing are not people;
people in a column named like a person, or in a table without such a header, still are."""

from __future__ import annotations

from desktop.core.privacy import redact_text
from desktop.core.privacy.not_columns import column_header


def _people(text: str, country: str = "US") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


def test_a_product_sheet_keeps_its_products_brands_and_colours() -> None:
    sheet = (
        "SKU,Description,Colour,Size,Unit price\n"
        "GL-2201-BLK,Marlowe Quilted Gilet,Black,M,$120.00\n"
        "GL-2201-OLV,Marlowe Quilted Gilet,Olive,L,$120.00\n"
        "SC-0090-RED,Hadley Wool Scarf,Ruby,one size,$45.00\n"
    )
    assert _people(sheet) == []


def test_a_semicolon_sheet_in_other_languages_keeps_its_brands() -> None:
    sheet = (
        "Referencia;Producto;Marca;PVP\n"
        "VIN-3301;Ribera del Duero Roble 2021;Pago de Carraovejas;14,90 €\n"
        "VIN-3307;Cava Brut Nature;Juvé y Camps;11,20 €\n"
    )
    assert _people(sheet, "ES") == []
    sheet = "Artikelnr.\tBezeichnung\tHersteller\n200-114\tZange 180 mm\tKnipex\n200-118\tSchraubendreher\tWiha\n"
    assert _people(sheet, "DE") == []


def test_people_in_a_contact_column_beside_a_thing_column_are_still_hidden() -> None:
    sheet = (
        "Supplier,Contact,City\n"
        "Harwood Timber,Rosalind Achterberg,Leeds\n"
        "Ostwald Fixings,Declan Mulrooney,Derby\n"
    )
    hidden = _people(sheet, "GB")
    assert "Rosalind Achterberg" in hidden and "Declan Mulrooney" in hidden
    assert not any(w in " ".join(hidden) for w in ("Harwood", "Ostwald", "Leeds", "Derby"))


def test_the_column_header_is_found_for_each_cell_and_none_outside_a_table() -> None:
    text = "id|vendor_name|city\n---|---|---\nV-1|Grainger|Lake Forest\n"
    assert column_header(text, text.index("Grainger")) == "vendor name"
    assert column_header(text, text.index("Lake")) == "city"
    prose = "We met Anna, Bob and Carl, then Dana.\n"
    assert column_header(prose, prose.index("Bob")) is None
