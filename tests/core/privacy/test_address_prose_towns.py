"""Addresses as ordinary work pastes them, as the dev43 split found them missing: the town after
a street named in a sentence in each language ("in", "à", "en", "i", "v", "w"), whatever follows
it, after a stair letter too; a form's address key with a word saying which address it is
("current addr", "prev addr"); a street alone in lowercase in its own field. Texts here are new."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def addresses(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("My gran lives at 31 Heron Close in York now, two doors from the vet.", "GB", "31 Heron Close in York"),
        ("Nous avons emménagé au 14 rue des Lilas à Grenoble depuis mai.", "FR", "14 rue des Lilas à Grenoble"),
        ("Vivimos en la calle Doctor Fleming, 8, 2.º A, en Salamanca desde enero.", "ES", "calle Doctor Fleming, 8, 2.º A, en Salamanca"),
        ("hon bor på Kungsgatan 7 C i Uppsala sedan i höstas", "SE", "Kungsgatan 7 C i Uppsala"),
        ("We took a flat on Cowley Road in Oxford for the summer.", "GB", "Cowley Road in Oxford"),
    ],
)
def test_the_town_after_a_street_in_a_sentence_is_part_of_it(text: str, country: str, address: str) -> None:
    assert any(address in found for found in addresses(text, country))


def test_a_month_or_a_first_name_after_the_street_is_not_its_town() -> None:
    assert not any("March" in a for a in addresses("We finished 40 Oak Road in March, ahead of plan.", "GB"))
    assert not any("Marie" in a for a in addresses("Apporte le colis au 3 rue des Pins à Marie, merci.", "FR"))


@pytest.mark.parametrize("key", ["current addr", "prev addr", "Previous address", "home addr.", "address of residence",
                                 "new address"])
def test_an_address_key_with_a_word_saying_which_one_is_an_address_key(key: str) -> None:
    text = f"tenant form\nname: kim alvarez\n{key}: 418 s maple ave springfield il 62704\nemployer: Acme Freight"
    assert "418 s maple ave springfield il 62704" in addresses(text, "US")


def test_a_lowercase_street_alone_in_its_field_is_hidden_beside_its_number() -> None:
    text = "inschrijving\nnaam: sem bakker\nstraat: vondelstraat\nhuisnummer: 9\npostcode: 1054gd\nplaats: amsterdam"
    assert {"vondelstraat", "1054gd"} <= set(addresses(text, "NL"))


def test_a_qualifier_alone_or_before_another_key_is_no_address_key() -> None:
    text = "order form\nnew customer: yes\ncurrent status: 12 open tickets\nnotes: none"
    assert addresses(text, "US") == []


@pytest.mark.parametrize(
    ("line", "country", "address"),
    [
        ("indirizzo di residenza: via g. verdi 22 - 37121 verona (vr)", "IT", "via g. verdi 22 - 37121 verona"),
        ("Neue Adresse: Hauptstr. 5, 10827 Berlin", "DE", "Hauptstr. 5, 10827 Berlin"),
        ("endereço atual: Rua Augusta 1200, apto 51, São Paulo", "BR", "Rua Augusta 1200, apto 51, São Paulo"),
    ],
)
def test_an_address_key_with_its_qualifier_after_or_in_another_language(line: str, country: str, address: str) -> None:
    assert any(address in found for found in addresses(f"modulo\nnome: x\n{line}\nnote: nessuna", country))

