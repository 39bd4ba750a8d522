"""Birth dates beyond the cue-word rule (desktop/core/privacy/structured_dates.py): a birth year
in brackets, a starred date, a chat answer to a birthday question; and other dates that stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def dobs(text: str) -> set[str]:
    return {s.original for s in redact_text(text, country="GB").spans if s.type == "DOB"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Applicant is 41 (born 1984), applied 03/02/2025.", "1984"),
        ("Gründer der Firma war Otto Brenner (geb. 1931).", "1931"),
        ("Müşteri Kemal Arslan (d. 1969) için poliçe yenilendi.", "1969"),
        ("Mitglied seit 2002, Maria Kestner (*04.11.1958 in Ulm)", "04.11.1958"),
        ("[10:01] ann: can you send your date of birth for the visa form\n[10:03] raj: 17/08/1991", "17/08/1991"),
        ("sofia: qual sua data de nascimento?\nbruno: 30/06/1988", "30/06/1988"),
    ],
)
def test_birth_dates_in_more_forms_are_hidden(text: str, value: str) -> None:
    assert value in dobs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Revenue grew in 2024 (b. 2023 figures restated).",
        "* 12.03.2025 kick-off meeting\n* 19.03.2025 review",
        "*12.03.2025 deadline for the report",
        "[10:01] ann: when does the contract start?\n[10:02] raj: 01/09/2025",
        "Hired (2019), promoted (2022).",
    ],
)
def test_other_dates_stay(text: str) -> None:
    assert dobs(text) == set()


def types(text: str) -> dict[str, str]:
    return {s.original: s.type for s in redact_text(text, country="GB").spans}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hänen tunnuksensa 180261-056S, lomake liitteenä", "180261-056S"),  # Finnish henkilötunnus
        ("cod numeric 1720613382100 trecut pe contract", "1720613382100"),  # Romanian CNP
        ("fnr 06096444565 til lønnssystemet", "06096444565"),  # Norwegian fødselsnummer
        ("rijksregister 59091883524 ingevuld", "59091883524"),  # Belgian national number
    ],
)
def test_national_ids_with_strong_checksums_are_hidden_without_a_cue(text: str, value: str) -> None:
    assert types(text).get(value) == "NATIONAL_ID"


def test_a_barcode_is_no_romanian_id_and_a_spelled_email_with_dots_is_an_email() -> None:
    assert "4006381333931" not in types("EAN 4006381333931")
    text = "escríbeme a lucia.ferrer-gil arroba gmail punto com cuando puedas"
    assert types(text).get("lucia.ferrer-gil arroba gmail punto com") == "EMAIL"
