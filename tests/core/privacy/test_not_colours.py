"""A colour that is also a given name, listed with another colour, is a product's colour
(colour_words.txt); people with colours' names stay hidden, after a word for their kin too."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str, country: str) -> list[str]:
    return [text[s.input_start : s.input_end] for s in redact_text(text, country=country).spans]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Las camisetas en color Rosa y Verde, tallas S a XL.", "ES"),
        ("Rosa o azul da igual, pero faltan dos.", "ES"),
        ("Disponibile in blu, Rosa e nero.", "IT"),
        ("Die Tassen gibt es in blau oder Rosa.", "DE"),
    ],
)
def test_a_colour_listed_or_after_the_goods_is_no_person(text: str, country: str) -> None:
    assert _hidden(text, country) == []


@pytest.mark.parametrize(
    ("text", "country", "person"),
    [
        ("Violet and Rose will join the call.", "GB", "Rose"),
        ("Maria Rosa ha firmato il contratto.", "IT", "Maria Rosa"),
        ("Ask Bianca and Jade for the figures.", "GB", "Jade"),
        ("Nagy Rosa küldte a számlát.", "HU", "Nagy Rosa"),
        ("Daughter Rosa handles the bills.", "US", "Daughter Rosa"),
    ],
)
def test_people_named_after_colours_are_still_hidden(text: str, country: str, person: str) -> None:
    assert person in _hidden(text, country)
