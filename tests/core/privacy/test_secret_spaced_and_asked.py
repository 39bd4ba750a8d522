"""Secrets written the way people print, dictate or answer them: codes with their digits spaced
out ("PIN: 6 1 9 4"), and the look-alikes of those forms that stay (counts, dates, phone numbers,
scores)."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def secrets_in(text: str, country: str = "GB") -> set[str]:
    return {s.original for s in redact_text(text, country=country).spans if s.type == "SECRET"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Your new PIN:  6 1 9 4\nPlease destroy this letter.", "6 1 9 4"),
        ("Alarmcode magazijn: 9 0 3 1", "9 0 3 1"),
        ("[10:02] ana: what's the code for the bike shed?\n[10:03] joe: 7-2-0-8 then #", "7-2-0-8"),
        ("Schlüsselkasten-Code: 4 4 0 9 2", "4 4 0 9 2"),
        ("Il PIN della carta è 3 8 1 7, non dirlo a nessuno.", "3 8 1 7"),
        ("Your one-time code is 318 604. It expires in 5 minutes.", "318 604"),
    ],
)
def test_spaced_codes_are_hidden_whole(text: str, value: str) -> None:
    assert value in secrets_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Scores this week: 4 2 1 3 across the four teams.",
        "Room 3 2 0 1 is on the second floor, next to the lifts.",
        "Call the front desk on 020 7946 0321 if the door code does not work.",
        "Version 4 1 7 9 of the form? No, it is 4.17.9.",
    ],
)
def test_spaced_numbers_that_are_no_code_stay(text: str) -> None:
    assert not secrets_in(text)
