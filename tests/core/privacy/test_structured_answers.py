"""Structured values in the forms the eleventh development split showed missing: sort codes and
transit numbers under short labels, New Zealand and Polish accounts by their checksums, postal
accounts, passwords on command lines and after "changed to" verbs, compound alarm-code words,
birthplaces between the birth word and the date, IDs answered on the next chat line, spelled
emails in more languages, a key as the user part of a link; and the look-alikes that stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def types(text: str, country: str = "GB") -> dict[str, str]:
    return {s.original: s.type for s in redact_text(text, country=country).spans}


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Barclays s/c 20-32-06, a/c 73011598", "20-32-06", "ACCOUNT"),
        ("Bank of Ireland NSC 90-14-95", "90-14-95", "ACCOUNT"),
        ("Transit no. 04512, account 6620914", "04512", "ACCOUNT"),
        ("paid into 06-0501-3904851-00 yesterday", "06-0501-3904851-00", "ACCOUNT"),
        ("przelew na 89 4940 3269 9102 3740 9546 1113 do piątku", "89 4940 3269 9102 3740 9546 1113", "ACCOUNT"),
        ("Überweisung aufs PC-Konto 80-4455-2", "80-4455-2", "ACCOUNT"),
        ("mysqldump -u backup -pGr4nite!Peak shop > shop.sql", "Gr4nite!Peak", "SECRET"),
        ("curl -u deploy:Kx8#vQ2mPz https://ci.example.com/hook", "Kx8#vQ2mPz", "SECRET"),
        ("la contraseña quedó como Cactus.Sonora77", "Cactus.Sonora77", "SECRET"),
        ("Alarmcode 7742 nicht vergessen", "7742", "SECRET"),
        ("Ta: lösenordet är Blåbär-2291", "Blåbär-2291", "SECRET"),
        ("née à Dinant le 07/09/1986", "07/09/1986", "DOB"),
        ("nata a Torino il 5 marzo 1979", "5 marzo 1979", "DOB"),
        ("Doğum yeri / tarihi: Bursa / 03.02.1991", "03.02.1991", "DOB"),
        ("[09:10] ana: send me your passport number pls\n[09:12] raj: K8820417", "K8820417", "NATIONAL_ID"),
        ("écris à julie.moreau arobase free point fr", "julie.moreau arobase free point fr", "EMAIL"),
        ("dsn = https://9b2e7f41c0a84d3e8f1a2b3c4d5e6f70@o1234.ingest.sentry.io/42", "https://9b2e7f41c0a84d3e8f1a2b3c4d5e6f70@o1234.ingest.sentry.io/42", "URL"),
    ],
)
def test_values_in_these_forms_are_hidden(text: str, value: str, kind: str) -> None:
    assert types(text).get(value) == kind


@pytest.mark.parametrize(
    "text",
    [
        "NATO summit a Bruxelles il 12/07/2025",
        "Doğum izni 12.03.2025 tarihinde başladı.",
        "goods in transit 48213 units",
        "[09:10] ana: which ticket?\n[09:12] raj: 48213",
        "curl -s https://example.com/status",
        "see https://public@sentry.example.com/12 for the project",
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert not {kind for kind in types(text).values() if kind != "PERSON"}
