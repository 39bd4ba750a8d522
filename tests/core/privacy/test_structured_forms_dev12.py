"""Structured values in the forms the twelfth development split showed missing: spaced date
slashes on printed forms, the Polish "r." after a year, dates before "geboren", birth years and
birthdays by age, "°" for born; SQL inserts by their column names, a UK sort code and account
written together; PINs and codes answered a few lines later, codes for lockable things,
passwords in brackets, passphrases, command-line secret flags, wifi name/password pairs, several
backup codes a line; emails with every character spaced or the at-sign spelled in brackets; and
the look-alikes that stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def types(text: str, country: str = "GB") -> dict[str, str]:
    return {s.original: s.type for s in redact_text(text, country=country).spans}


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Date of birth (dd/mm/yyyy): 21 / 04 / 1977", "21 / 04 / 1977", "DOB"),
        ("ur. 9 listopada 1968 r. w Łodzi", "9 listopada 1968 r.", "DOB"),
        ("Ich bin am 02.10.1983 in Kassel geboren.", "02.10.1983", "DOB"),
        ("Our tenant (born 1962) asked about the lease.", "1962", "DOB"),
        ("my mum turns 70 on 14th March, party at ours", "14th March", "DOB"),
        ("inschrijving voor Lies (° 03/11/2012)", "03/11/2012", "DOB"),
        ("INSERT INTO staff (full_name, date_of_birth, phone) VALUES ('X', '1990-04-12', '555 0100');", "1990-04-12", "DOB"),
        ("refund to 30-96-26 / 40129874 please", "40129874", "ACCOUNT"),
        ("[10:01] kim: whats the pin for the storeroom\n[10:01] kim: the back one\n[10:02] lou: 7301", "7301", "SECRET"),
        ("the code for the bike locker is 5521", "5521", "SECRET"),
        ("WLAN-Passwort klebt am Router (Kiefer#Nord22)", "Kiefer#Nord22", "SECRET"),
        ("Passphrase: purple otter 1987 rain", "purple otter 1987 rain", "SECRET"),
        ("vault server --root-token Zx81vQe0Lm", "Zx81vQe0Lm", "SECRET"),
        ("Office wifi\nStaff: Loft-5G / cedar8barn", "cedar8barn", "SECRET"),
        ("Recovery codes:\n4411-2093  8820-1174\n9034-6612  2290-4417", "8820-1174", "SECRET"),
        ("mail me at j o e . p a r k @ y a h o o . c o m thanks", "j o e . p a r k @ y a h o o . c o m", "EMAIL"),
        ("Adres: ewa.kowal(małpa)wp.pl", "ewa.kowal(małpa)wp.pl", "EMAIL"),
    ],
)
def test_values_in_these_forms_are_hidden(text: str, value: str, kind: str) -> None:
    assert types(text).get(value) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Meeting moved to 03 / 11 / 2025 at 10:00.",
        "Offertenummer 2025-0318-44 volgt.",
        "The company was born in 2011 in a garage.",
        "NIP 5260250274, REGON 012345678",
        "Please bring the code for the conference, 2025 edition.",
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert not {kind for kind in types(text).values() if kind != "PERSON"}


def test_an_sql_name_column_hides_a_name_but_not_a_product() -> None:
    text = "INSERT INTO contacts (name, email) VALUES ('Ines Albuquerque', 'ines@example.org'), ('Desk Lamp', NULL);"
    found = {s.original for s in redact_text(text).spans if s.type == "PERSON"}
    assert found == {"Ines Albuquerque"}
