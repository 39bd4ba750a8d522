"""Structured values in the forms the fourteenth development split showed missing: checking and
savings accounts, a Spanish DNI with a space before its letter, two-digit years after a month
name, "nato/a" on a form, a birthday "on the 22nd", quoted CSV cells holding commas; a PIN after
a digit-free word run, a card's PIN as banks write it, a code asked for without "?", a Twilio auth
token; and the look-alikes that stay (a working directory, a tax number)."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def types(text: str, country: str = "US") -> dict[str, str]:
    return {s.original: s.type for s in redact_text(text, country=country).spans}


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("routing 021000021 / checking 000447812", "000447812", "ACCOUNT"),
        ("savings account: 8812004471", "8812004471", "ACCOUNT"),
        ("DNI 57377914 K", "57377914 K", "NATIONAL_ID"),
        ("fecha de nacimiento 4 de octubre del 86", "4 de octubre del 86", "DOB"),
        ("Nato/a a: Bari  il: 02/03/1971", "02/03/1971", "DOB"),
        ("her birthday is on the 22nd, cake in the kitchen", "22nd", "DOB"),
        ('"Name","DOB","Phone"\n"Diaz, Ana","7/9/1980","(305) 555-0114"', "7/9/1980", "DOB"),
        ("Back room: door pin 5521, lights on the left.", "5521", "SECRET"),
        ("Votre code confidentiel : 4821", "4821", "SECRET"),
        ("[18:00] ana: whats the code to get into the gym\n[18:01] ana: im outside\n[18:02] bo: *7730", "*7730", "SECRET"),
        ('twilio_client = Client(sid, "7c1e9a3b5d2f4e6a8c0b1d3f5a7e9c2b")', "7c1e9a3b5d2f4e6a8c0b1d3f5a7e9c2b", "SECRET"),
    ],
)
def test_values_in_these_forms_are_hidden(text: str, value: str, kind: str) -> None:
    assert types(text).get(value) == kind


@pytest.mark.parametrize(
    "text",
    [
        "sudo: TTY=pts/0 ; PWD=/srv/app ; USER=root",
        "Steuernummer (21/815/08150) der GmbH",
        "checking 20000 rows took 3 seconds",
        "He was born in '90, so that matches.",
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert not {kind for kind in types(text, "DE").values() if kind != "PERSON"}
