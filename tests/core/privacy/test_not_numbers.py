"""Order, firm, meeting, version and sample numbers are not hidden as phones or IDs; a phone
written beside such a label still is."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def hidden(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Rahmenvertrag läuft ab Januar. Bestellnummer 4500123987.", "DE"),
        ("Termin: Donnerstag, Besprechungs-ID 345 987 654 12.", "DE"),
        ("SIRET de notre entité : 412 883 001 00015.", "FR"),
        ("Organisationsnummer för fakturan: 556814-3308.", "SE"),
        ("CVR-nummer til fakturaen: 13585628.", "DK"),
        ("Vergi kimlik numarası (VKN): 4712038562.", "TR"),
        ("P.IVA della controparte: 03812950156.", "IT"),
        ("Reproduced on Chrome 127.0.6533.89 and Safari 17.5.", "US"),
        ("Version du logiciel : 5.8.12.3, imprimante Zebra.", "FR"),
        ("Travel desk case number 00481273 for the roadshow.", "US"),
        ("Hotel Mirador, reserva 55102874, tres noches.", "ES"),
        ("Sevkiyat yarın çıkıyor. Takip numarası: 604218937715.", "TR"),
        ("Ersatzteil nachbestellt (Bestellnr. 4500277134).", "DE"),
        ("Numéro d'entreprise : BE 0417.386.502.", "BE"),
        ("Unser Innendienst erreichen Sie unter 0711 4830-0.", "DE"),
    ],
)
def test_a_labelled_business_number_is_not_hidden(text: str, country: str) -> None:
    assert hidden(text, country) == []


@pytest.mark.parametrize(
    ("text", "country", "phone"),
    [
        ("Order 4402-1187-2290: customer phone 07700 900 664.", "GB", "07700 900 664"),
        ("Bestellnummer bitte telefonisch unter 0711 555 4821 erfragen.", "DE", "0711 555 4821"),
        ("Meeting ID on the invite; dial-in +44 20 7946 0852.", "GB", "+44 20 7946 0852"),
        ("ros.a@example.org · 07700 900 318", "GB", "07700 900 318"),
    ],
)
def test_a_phone_near_such_a_label_is_still_hidden(text: str, country: str, phone: str) -> None:
    assert phone in hidden(text, country)


def test_placeholder_and_publishable_keys_are_not_hidden_but_a_real_looking_secret_is() -> None:
    text = (
        "publishable_key: pk_test_51Hx0000000000000000000000\n"
        "secret_key: sk_test_xxxxxxxxxxxxxxxxxxxxxxxx   # the real one goes in the vault\n"
        "webhook_secret: whsec_Q3v8Lm2Xp9Tz4Rk7Bn1Yc6Wd\n"
    )
    assert hidden(text, "GB") == ["whsec_Q3v8Lm2Xp9Tz4Rk7Bn1Yc6Wd"]


def test_the_apps_own_key_is_hidden_even_when_it_looks_like_a_placeholder() -> None:
    own = "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx"
    spans = redact_text(f"my key is {own} ok", country="GB", own_secrets=[own]).spans
    assert [s.original for s in spans] == [own]


def test_a_log_time_a_weekday_and_a_sample_address_are_not_addresses() -> None:
    text = (
        "2024-08-19 16:05 UTC. Cert serial 4F:1A:22 rotated.\n"
        "The event is on Wednesday 9 October at the Storehouse.\n"
        'Im Formular steht noch "Musterstraße 1, 12345 Musterstadt" als Beispiel.\n'
    )
    assert [s.type for s in redact_text(text, country="DE").spans if s.type == "ADDRESS"] == []


def test_a_real_address_beside_a_time_is_still_hidden() -> None:
    text = "Delivered 14:05 to Flat 4, 18 Gresham Terrace, Leeds LS6 2QW, signed by the tenant."
    assert "18 Gresham Terrace" in " ".join(s.original for s in redact_text(text, country="GB").spans)


def test_a_mail_headers_date_a_meeting_link_and_a_team_are_not_personal() -> None:
    text = (
        "Date: Mon, 3 Jun 2024 10:22:01 +0200\nTo: Sales\n"
        "Zoom: https://us02web.zoom.us/j/85120349967 Meeting ID: 851 2034 9967\n"
        "numéro de dossier 2024/00834, référence client 55120-0042\n"
    )
    assert hidden(text, "GB") == []


def test_a_street_named_after_a_month_is_still_an_address() -> None:
    assert hidden("Deliver to 3 June Street, Leeds LS6 2QW", "GB") == ["3 June Street, Leeds LS6 2QW"]


def test_a_calling_word_in_another_language_between_label_and_number_keeps_the_phone() -> None:
    assert "612 55 48 30" in hidden("Precio con IVA incluido, llámame al 612 55 48 30.", "ES")


def test_a_labelled_business_number_in_a_key_value_line_is_not_hidden() -> None:
    text = "Account: Acme (enterprise)  Plan: Enterprise  AWS account 123456789012\nOwner: Grayson Mbatha"
    assert hidden(text, "US") == ["Grayson Mbatha"]
