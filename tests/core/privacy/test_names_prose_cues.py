"""One-word names the sentence makes a person: a first name that is also a place or a word,
followed by a deed and "he" or "she" in the same sentence; a first name typed in lowercase after a
verb that takes only a person, inside a text written with capitals. Things and nouns stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def people(text: str, country: str = "US") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Florence said she would send the rota tonight.", "Florence"),
        ("Jordan mentioned he can't make the Friday review.", "Jordan"),
        ("Hey, can you tell grant the numbers are in? He was asking yesterday.", "grant"),
        ("Quick one: did you cc rose on the renewal? She needs it for the board pack.", "rose"),
    ],
)
def test_a_place_or_word_name_the_sentence_makes_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Florence is lovely in May, and it was warm when we visited.",
        "Jordan announced new visa rules; it expects more visitors this year.",
        "### On-call rota – June\nSee the table below.",
        "Please text grant applicants before Friday.",
    ],
)
def test_places_and_nouns_stay(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Had a call with Rashid from Nakheel about the tower fit-out.",
        "spoke to أحمد from Aldar, he wants the revised layout",
        "We met Tomasz at Comarch last week.",
    ],
)
def test_the_firm_after_a_person_and_from_or_at_is_no_person(text: str) -> None:
    assert not {"Nakheel", "Aldar", "Comarch"} & set(people(text))


def test_a_name_after_from_alone_is_still_a_person() -> None:
    assert "Oluwaseun" in people("Got a note from Oluwaseun about the lease.")


def test_a_surname_after_a_sentence_opening_verb_that_takes_only_a_person() -> None:
    assert "Wiśniewski" in people("Ask Wiśniewski whether the PO went out.")
    assert people("Call Center hours change on Monday.") == []
