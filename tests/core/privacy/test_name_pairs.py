"""A name joined by "and" to a person already found is a person too, even when the word is an
everyday word elsewhere; firms, products and places joined so, and Romance "a" (to), are left."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def people(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Merci de mettre Guy et Anne-Laure Fontaine en copie du devis.", "FR", "Guy"),
        ("The two interviews are with Tal and Margarethe Olsen on Friday.", "GB", "Tal"),
        ("Die Schulung übernehmen Konstantin Weber und Ville am Dienstag.", "DE", "Ville"),
    ],
)
def test_a_word_joined_to_a_person_is_a_person(text: str, country: str, name: str) -> None:
    assert name in people(text, country)


def test_the_other_mentions_of_a_joined_name_are_hidden_too() -> None:
    text = "Lunch with Guy went well.\nPlease copy Guy and Anne-Laure Fontaine on the offer."
    assert people(text, "GB").count("Guy") == 2


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Chiedete a Beppe Rinaldi le chiavi del magazzino.", "IT"),
        ("Atribuído a Gonçalo Teixeira por Inês Barroso.", "PT"),
        ("Tanaka Hiroshi from Toyota Tsusho and Suzuki Yumi will join.", "GB"),
        ("Sandra Klein and Paris are on the agenda for the trip.", "GB"),
    ],
)
def test_firms_places_and_prepositions_stay(text: str, country: str) -> None:
    found = people(text, country)
    assert not {"Chiedete", "Atribuído", "Tsusho", "Paris"} & set(found)


def test_a_hindi_name_that_is_also_a_word_before_to_and_a_verb_of_telling() -> None:
    assert "विकास" in people("कृपया फ़ाइल अंजलि को भेज दें और विकास को बताएं कि मीटिंग गुरुवार को है।", "IN")
    assert people("ग्रामीण विकास को बढ़ावा देना हमारा लक्ष्य है।", "IN") == []


def test_a_first_name_after_a_slash_or_a_plus_beside_a_person() -> None:
    found = people("Einladung: Jour fixe Helga Brandner/Rainer", "DE")
    assert "Rainer" in found
    assert "Ops" not in people("Meeting Anna Kowalczyk + Ops about the rota", "GB")


def test_an_accented_surname_beside_a_payslip_word_in_a_file_name() -> None:
    assert "Echeverría" in people("Te paso Nómina_Echeverría_octubre.pdf para revisar.", "ES")


def test_two_everyday_word_first_names_joined_after_a_word_that_takes_a_person() -> None:
    found = people("Tomorrow's review is with Guy and Tal from the design team.", "GB")
    assert {"Guy", "Tal"} <= set(found)
    assert people("Flights to Jordan and Israel are booked for May.", "GB") == []
    assert people("Served with Salt and Pepper on the side.", "GB") == []
