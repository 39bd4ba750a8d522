"""A firm's registry and tax numbers after its legal form, timestamps, flights and sums in more
currencies are not personal; a person's phone after a firm, and a birth date, stay hidden."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def hidden(text: str, country: str) -> list[tuple[str, str]]:
    return [(s.type, s.original) for s in redact_text(text, country=country).spans]


@pytest.mark.parametrize(("text", "number", "country"), [
    ("Szállító: Tiszavíz Kft. (Cg. 05-09-223344), Miskolc", "05-09-223344", "HU"),
    ("Pemasok: PT Cahaya Baru Mandiri, NPWP 02.345.678.9-012.000", "02.345.678.9-012.000", "ID"),
    ("Proveedor: Lácteos del Valle S.A.S., NIT 900123456-7", "900123456-7", "CO"),
    ("Nhà cung cấp: Công ty TNHH Minh Phát, MST 0109876543", "0109876543", "VN"),
])
def test_a_firms_number_after_its_legal_form_is_not_hidden(text: str, number: str, country: str) -> None:
    assert number not in [value for _, value in hidden(text, country)]


def test_a_phone_after_a_firm_is_still_hidden() -> None:
    text = "Lieferant: Brenner Metall GmbH, Ansprechpartner Herr Kluge, Tel. 0171 4432190"
    assert ("PHONE", "0171 4432190") in hidden(text, "DE")


def test_a_date_with_a_clock_time_is_no_birth_date() -> None:
    assert not [s for s in hidden("発生日時:2025/03/04 17:45\n対象:会計システム", "JP") if s[0] == "DOB"]


def test_a_flight_on_a_journeys_line_is_no_address() -> None:
    text = "Resplan\nUtresa: måndag, LH 803 via Frankfurt\nHotell: bokat"
    assert not [s for s in hidden(text, "SE") if s[0] == "ADDRESS"]


def test_a_sum_in_pesos_is_no_phone() -> None:
    text = "Ahorro del trimestre: COP 148.300.000 (5,1 %) frente al presupuesto."
    assert not [s for s in hidden(text, "CO") if s[0] == "PHONE"]


def test_a_loading_docks_number_before_a_street_is_no_address() -> None:
    text = "Réception des marchandises\nLivraisons : quai n° 4, avenue de la Gare côté entrepôt, de 7 h à 15 h."
    assert not [s for s in hidden(text, "FR") if s[0] == "ADDRESS"]
