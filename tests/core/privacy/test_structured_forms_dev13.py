"""Structured values in the forms the thirteenth development split showed missing: ID columns and
keys named like an ID, "rtng"/"sort" account cues, birthdays in figures without a year, CJK dates,
printed DD/MM/YYYY boxes, "geb.datum"; codes of things that open, locks "is" a combination,
a code straight after the thing it opens, wifi passwords without capitals, a password answered in
a chat without a question mark, a bracketed German at-sign; and the look-alikes that stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def types(text: str, country: str = "GB") -> dict[str, str]:
    return {s.original: s.type for s in redact_text(text, country=country).spans}


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("id,name,ssn\n7,Mona Reyes,512448391", "512448391", "NATIONAL_ID"),
        ('{"tfn": "876 543 210", "plan": "basic"}', "876 543 210", "NATIONAL_ID"),
        ("wire: rtng 071000013, acct 5520019", "071000013", "ACCOUNT"),
        ("sort 30-92-16 acct 11873302", "30-92-16", "ACCOUNT"),
        ("her bday is 14/3 so cake on friday", "14/3", "DOB"),
        ("출생: 1988년 11월 2일", "1988년 11월 2일", "DOB"),
        ("Date of birth: DD 03 / MM 11 / YYYY 1970", "DD 03 / MM 11 / YYYY 1970", "DOB"),
        ("Geb.datum 04-07-1985, start 1-2-2025", "04-07-1985", "DOB"),
        ("The garage door opener code is 5531.", "5531", "SECRET"),
        ("bike shed lock is 3-9-2-6", "3-9-2-6", "SECRET"),
        ("Nyckeln hänger i nyckelskåpet på lagret, kod 4410.", "4410", "SECRET"),
        ("Koden till grinden är 7719.", "7719", "SECRET"),
        ("wifi at the cabin: password lakeside88", "lakeside88", "SECRET"),
        ("[20:01] tom: whats the wifi password in the flat\n[20:02] ana: bluefox2024", "bluefox2024", "SECRET"),
        ("Mail: k.vogel[ät]gmx.net", "k.vogel[ät]gmx.net", "EMAIL"),
    ],
)
def test_values_in_these_forms_are_hidden(text: str, value: str, kind: str) -> None:
    assert types(text).get(value) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Sort the files by date, 12-03-24 first.",
        "The lock is broken since 2023.",
        "Her birthday party is on Saturday at 3.",
        "[20:01] tom: whats the wifi password in the flat\n[20:02] ana: on the fridge",
        "The passport office opens at 9.",
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert not {kind for kind in types(text).values() if kind != "PERSON"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Employee NRIC S1234567D, start Monday", "S1234567D"),  # Singapore, by its check letter
        ("CURP BOXW310820HNERXN09 para el alta", "BOXW310820HNERXN09"),  # Mexico, by its check digit
        ("SIN: 046 454 286", "046 454 286"),
        ("NHS number 943 476 5919", "943 476 5919"),
        ("C.C. 1020304050 de Bogotá", "1020304050"),
        ("RG: 12.345.678-9", "12.345.678-9"),
    ],
)
def test_national_ids_of_more_team_countries_are_hidden(text: str, value: str) -> None:
    assert types(text).get(value) == "NATIONAL_ID"


@pytest.mark.parametrize("text", ["sin 12345 problemas", "order S1234567A shipped", "ticket A123456789 closed"])
def test_codes_shaped_like_those_ids_stay(text: str) -> None:
    assert "NATIONAL_ID" not in types(text).values()
