"""A name after a release's or a version's word, or opening with one, before a version's number is a
product ("Release Luna 2.0", "la version Jasmin 4.2"); a person beside hours or a release stays hidden."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str, country: str) -> list[str]:
    return [text[s.input_start : s.input_end] for s in redact_text(text, country=country).spans]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Release Luna 2.0 geht am Montag live.", "DE"),
        ("La version Jasmin 4.2 corrige le bug de la paie.", "FR"),
        ("Versie Tulp 5.1 staat klaar voor productie.", "NL"),
        ("Release Aurora 1.4.2 is out.", "US"),
    ],
)
def test_a_release_named_like_a_person_is_a_product(text: str, country: str) -> None:
    assert _hidden(text, country) == []


@pytest.mark.parametrize(
    ("text", "country", "person"),
    [
        ("Timesheet: version Anna 7.5 hours", "GB", "Anna"),
        ("Anna 2.5 hours, Tom 3.0 hours", "GB", "Tom"),
        ("Release 2.0 tested by Jan Visser.", "NL", "Jan Visser"),
    ],
)
def test_a_person_beside_hours_or_a_release_is_still_hidden(text: str, country: str, person: str) -> None:
    assert person in _hidden(text, country)
