"""Digit runs whose shape says they are no phone: versions, builds and changelog lines with a
date, ranges of sums, a firm's CUIT, a firm's main line, the tail of a long access key and, where
national numbers keep their leading 0, a bare part or waybill number. Real phones beside them
are still hidden."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def hidden(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Teams crashed after patch 16.0.18025.20104 on two laptops.", "US"),
        ("### 3.1.0 (2024-06-12)\n- Faster export", "GB"),
        ("Nightly 20240612-0415 is broken again.", "NL"),
        ("Gehalt: 52.000–58.000 € im Jahr, je nach Erfahrung.", "DE"),
        ("Facturar a la firma, CUIT 33-71234567-9, condición IVA responsable inscripto.", "AR"),
        ("Zentrale Paris : 01 42 96 00 00, du lundi au vendredi.", "FR"),
        ("Código: 4123 5120 0034 7781 0001 5500 1000 0000 1918 4400 1234", "BR"),
        ("Ersatzteil Linearführung 4812337906 nachbestellen.", "DE"),
        ("Fraktsedel 4109885312 gäller pallen till Borås.", "SE"),
    ],
)
def test_a_number_shaped_like_something_else_is_not_a_phone(text: str, country: str) -> None:
    assert hidden(text, country) == []


@pytest.mark.parametrize(
    ("text", "country", "phone"),
    [
        ("Ruf mich an: 0171 4829301, bin ab 9 da.", "DE", "0171 4829301"),
        ("Mon portable : 06 12 48 77 31.", "FR", "06 12 48 77 31"),
        ("Call me on 212.555.0143 after lunch.", "US", "212.555.0143"),
        ("Min mobil är 0701234567.", "SE", "0701234567"),
        ("Llámame al 612 48 77 31 cuando puedas.", "ES", "612 48 77 31"),
    ],
)
def test_a_phone_beside_those_shapes_is_still_hidden(text: str, country: str, phone: str) -> None:
    assert phone in hidden(text, country)


def test_an_account_named_in_the_past_tense_is_still_an_account() -> None:
    text = "Meine alte Kontonr. war 5520817734, die ist jetzt gekündigt."
    assert "5520817734" in hidden(text, "DE")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("PAN of the vendor: AABCT3518Q, GSTIN on the invoice.", "IN"),
        ("NIF da empresa: 503 219 874, sede em Braga.", "PT"),
        ("Facturar a: Talleres Irún S.L., NIF B-48219375.", "ES"),
    ],
)
def test_a_firms_tax_number_is_not_hidden(text: str, country: str) -> None:
    assert hidden(text, country) == []


@pytest.mark.parametrize(
    ("text", "country", "value"),
    [
        ("My PAN is ABCPK1234L, please update the payroll.", "IN", "ABCPK1234L"),
        ("NIF: 232 114 578 (contribuinte pessoal).", "PT", "232 114 578"),
        ("Mi NIF es 48291573K.", "ES", "48291573K"),
    ],
)
def test_a_persons_tax_number_is_still_hidden(text: str, country: str, value: str) -> None:
    assert value in hidden(text, country)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Buchungshinweis: Konto 4400 Erlöse 7 % USt, Konto 1800 Bank.", "DE"),
        ("Laptop returned, asset tag 104233\nSteps to reproduce are in the ticket.", "GB"),
        ("GST rate for HSN 847130 is 18% from this quarter.", "IN"),
        ("Wir sitzen jetzt am Theodor-Heuss-Ring, 5. Stock, gleich neben dem Aufzug.", "DE"),
    ],
)
def test_a_ledger_line_a_code_or_a_floor_is_not_an_address(text: str, country: str) -> None:
    assert [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"] == []


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("Bitte an Lindenstraße 14, 3. Stock, 50674 Köln schicken.", "DE", "Lindenstraße 14"),
        ("Ship it to 221 Baker Street, London NW1 6XE please.", "GB", "221 Baker Street"),
    ],
)
def test_an_address_with_a_floor_is_still_hidden(text: str, country: str, address: str) -> None:
    assert any(address in s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ons klantnummer bij jullie is 2231907, graag vermelden.", "NL"),
        ("Air waybill 7841203398 for the samples.", "GB"),
        ("Vuelo confirmado, número de billete 075-2219043317.", "ES"),
        ("anbei die Rechnung 2025-0611 zu Auftrag 700418.", "DE"),
    ],
)
def test_customer_waybill_ticket_and_invoice_numbers_are_not_hidden(text: str, country: str) -> None:
    assert hidden(text, country) == []


def test_a_count_a_make_and_a_model_are_not_an_address() -> None:
    text = "Het gaat om 6 Jungheinrich ETV 216 en 2 Linde E20."
    assert [s.original for s in redact_text(text, country="NL").spans if s.type == "ADDRESS"] == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Deliver to: Unit 14, Crossways Trading Estate, Dartford DA2 6QY", "GB"),
        ("İşe Giriş Tarihi: 3 Ağustos 2021", "TR"),
        ("Re: Planning application 24/01873/FUL, rear extension", "GB"),
    ],
)
def test_premises_dates_and_planning_references_are_not_hidden(text: str, country: str) -> None:
    assert hidden(text, country) == []


def test_a_home_address_is_still_an_address() -> None:
    text = "Deliver to: 14 Crossways Road, Dartford DA2 6QY"
    assert any(s.type == "ADDRESS" for s in redact_text(text, country="GB").spans)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("If the driver is late, the goods-in line is 0161 496 0733.", "GB"),
        ("Os dejo el teléfono del almacén por si acaso: 91 482 37 10.", "ES"),
    ],
)
def test_a_departments_line_is_not_hidden(text: str, country: str) -> None:
    assert hidden(text, country) == []


def test_a_direct_line_after_the_switchboard_is_still_hidden() -> None:
    text = "Tel. +41 21 924 11 11 (Zentrale) – direkt 021 924 35 77"
    assert "021 924 35 77" in hidden(text, "CH")
