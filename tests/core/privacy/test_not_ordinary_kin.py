"""A possessive before a family word of its own language is that family member, not a person
(kin_words.txt), even where the words are also a given name and a surname; across languages, or
with a possessive's wrong number, the pair stays a name; a possessive that is also a given name
("Hans") only before its family word in lowercase ("Hans kone", his wife)."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _people(text: str, country: str) -> list[str]:
    return [text[s.input_start : s.input_end] for s in redact_text(text, country=country).spans]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Min Kone er syg i dag, så jeg går tidligt.", "DK"),
        ("Hei! Mine Barn har vinterferie neste uke, så jeg tar fri.", "NO"),
        ("Min Man hämtar paketet på ICA efter jobbet.", "SE"),
        ("Mina Barn är sjuka, jag jobbar hemifrån.", "SE"),
        ("Min Mand henter kagen kl. 14.", "DK"),
        ("Hans kone ringede i morges om regningen.", "DK"),
        ("Hans sønn begynner i august, så han tar fri.", "NO"),
        ("Hans fru är sjuk idag.", "SE"),
    ],
)
def test_a_possessive_before_a_family_word_is_no_person(text: str, country: str) -> None:
    assert _people(text, country) == []


@pytest.mark.parametrize(
    ("text", "country", "person"),
    [
        ("Mina Kone har sendt fakturaen.", "DK", "Mina Kone"),
        ("Mina Son will join the call at 3.", "GB", "Mina Son"),
        ("Hans Mor har sendt fakturaen.", "DK", "Hans Mor"),
        ("Hans kommt morgen um 9.", "DE", "Hans"),
    ],
)
def test_a_name_across_languages_stays_a_person(text: str, country: str, person: str) -> None:
    assert person in _people(text, country)
