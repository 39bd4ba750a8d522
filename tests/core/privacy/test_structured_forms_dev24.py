"""Structured values in the forms the dev24 split showed missing (phones after a call-back word or
after Dutch "btw", "by the way"), each with the look-alike that stays."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def types(text: str, country: str = "US") -> dict[str, str]:
    return {s.original: s.type for s in redact_text(text, country=country).spans}


@pytest.mark.parametrize(
    ("text", "country", "value", "kind"),
    [
        ("Callback 555-0162 after 3pm.", "US", "555-0162", "PHONE"),
        ("please call back on 555-0148 tomorrow", "US", "555-0148", "PHONE"),
        ("Rückruf 0221 4471 882 ab 14 Uhr", "DE", "0221 4471 882", "PHONE"),
        ("top! btw mijn nieuwe nummer is 06 41 22 87 90", "NL", "06 41 22 87 90", "PHONE"),
    ],
)
def test_values_in_these_forms_are_hidden(text: str, country: str, value: str, kind: str) -> None:
    assert types(text, country).get(value) == kind


@pytest.mark.parametrize(
    ("text", "country", "value"),
    [
        ("BTW-nummer 8123 4567 8901 op de factuur", "NL", "8123 4567 8901"),
        ("Callback ticket 4471-2290 closed", "US", "4471-2290"),
    ],
)
def test_look_alikes_stay(text: str, country: str, value: str) -> None:
    assert value not in types(text, country)
