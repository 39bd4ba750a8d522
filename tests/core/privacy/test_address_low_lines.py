"""Addresses typed in lowercase inside a text written with capitals (one chat speaker types
without them), a number-first street ending in its type then listed suburb and town, Latin
American streets typed name, number, interior and colonia, and US streets with a direction
letter and an ordinal ("318 w 11th st apt 4r"). Texts here are new."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def addresses(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("Naledi: Where should the courier go?\nSipho: 44 jacaranda street hatfield pretoria, ring twice", "ZA",
         "44 jacaranda street hatfield pretoria"),
        ("Ximena: ¿A dónde mando las flores?\nRocío: a mi casa, av revolucion 1420 int 12 col san angel\nXimena: va", "MX",
         "av revolucion 1420 int 12 col san angel"),
        ("Tyler: Where's the game night?\nJess: 245 e 86th st apt 9c\nTyler: cool", "US", "245 e 86th st apt 9c"),
    ],
)
def test_a_lowercase_address_in_a_capitalised_chat_is_hidden(text: str, country: str, address: str) -> None:
    assert any(address in found for found in addresses(text, country))


def test_the_sentence_after_the_town_is_left_out() -> None:
    found = addresses("Anna: Which house?\nBen: 8 acacia road sunnyside pretoria, gate code is with the guard", "ZA")
    assert found and all("gate" not in a for a in found)


@pytest.mark.parametrize(
    "text",
    [
        "Report: Q3 numbers\nnote: 3 kids park outside the gym at 4 most days",
        "Status: shipped 12 boxes via road freight, 2 days late",
        "Agenda\nitem: review 5 open tickets, col width fix, int tests",
        "Standup\nmaya: build 4512 int tests col widths fixed",
        "Notes\nraf: release 2 ap 3 col b mapping, see sheet",
    ],
)
def test_ordinary_lowercase_lines_are_no_address(text: str) -> None:
    assert addresses(text, "US") == []


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("hey send the card to my new flat - 7 rose st, apt 4c, glasgow g2 1qx thanks", "GB", "7 rose st, apt 4c, glasgow g2 1qx"),
        ("finally moved!! 1210 e pike st #305 seattle wa 98122 come by sat", "US", "1210 e pike st #305 seattle wa 98122"),
    ],
)
def test_a_lowercase_text_reads_the_town_and_postcode_after_a_unit(text: str, country: str, address: str) -> None:
    assert any(address in found for found in addresses(text, country))

