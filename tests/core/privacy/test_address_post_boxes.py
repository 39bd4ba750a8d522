"""Post boxes in each country's words, with the town and postcode after them."""

from __future__ import annotations

import pytest

from desktop.core.privacy.addresses import find_addresses


@pytest.mark.parametrize(
    "address",
    [
        "skrytka pocztowa 41, 30-960 Kraków",
        "Postboks 88, 5804 Bergen",
        "Postbus 1177, 2501 BD Den Haag",
        "Caixa Postal 344, 13010-970 Campinas",
        "Posta Kutusu 7, 06100 Ankara",
        "Locked Bag 15, Parramatta NSW 2124",
        "P.O. Box 508, Durbanville, 7551",
        "C.P. 6128, succ. Centre-ville, Montréal (Québec) H3C 3J7",
    ],
)
def test_a_post_box_is_found_with_its_town_and_postcode(address: str) -> None:
    text = f"Please send the forms to {address} by the end of the month."
    found = [text[c.start : c.end] for c in find_addresses(text)]
    assert address in found


def test_a_suite_word_is_a_whole_word_not_the_start_of_a_town() -> None:
    text = "post it to PO Box 77, Stellenbosch, 7599 please"
    assert [text[c.start : c.end] for c in find_addresses(text)] == ["PO Box 77, Stellenbosch, 7599"]


@pytest.mark.parametrize("text", ["the cp 12 cable is loose", "postal strike on 12 May", "box 3 of 12 arrived"])
def test_box_words_without_an_address_shape_are_not_addresses(text: str) -> None:
    assert find_addresses(text) == []


@pytest.mark.parametrize(
    "address",
    ["Knockbrack Road, Ballinasloe, Co. Galway H53 W2K7", "Flat 5, Harbour Court, Pearse Street, Dublin 2, D02 Y754"],
)
def test_an_irish_address_with_its_eircode_and_no_house_number_is_found(address: str) -> None:
    from desktop.core.privacy import redact_text

    text = f"Could you post it to {address} before Friday?"
    spans = [s.original for s in redact_text(text, country="IE").spans if s.type == "ADDRESS"]
    assert address in spans
