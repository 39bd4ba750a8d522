"""Accounts said with their purpose before the number, and after the account words of Hebrew,
Arabic, Greek, Vietnamese, Romanian, Croatian and Malay, are hidden; a bill's, a customer's or a
policy's account number said the same way, and a Croatian invoice ("račun"), stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text
from tests.helpers.redaction import covered


@pytest.mark.parametrize(
    ("text", "value", "country"),
    [
        ("Te paso mi CLABE para el reembolso del viaje: 002180700123456781", "002180700123456781", "MX"),
        ("my account for the deposit refund is 4418 8027 19, thanks", "4418 8027 19", "US"),
        ("אפשר להעביר לבנק הפועלים, מספר חשבון 58821934", "58821934", "IL"),
        ("يرجى التحويل إلى رقم الحساب 0012 4455 6677 8", "0012 4455 6677 8", "AE"),
        ("Αριθμός λογαριασμού: 5012 0445 8812", "5012 0445 8812", "GR"),
        ("Số tài khoản 0071000123456 Vietcombank", "0071000123456", "VN"),
        ("Vă rog să virați suma în contul 2004 5512 9930", "2004 5512 9930", "RO"),
        ("Uplatite na žiro račun 2340009 1110123456", "2340009 1110123456", "HR"),
        ("Số TK: 19033344556677 Techcombank", "19033344556677", "VN"),
        ("Transfer ke No. rekening BCA 8830112244 ya", "8830112244", "ID"),
        ("โอนเข้าบัญชี 123-4-56789-0 ธนาคารกสิกรไทย", "123-4-56789-0", "TH"),
    ],
)
def test_accounts_in_an_accounts_position_are_hidden(text: str, value: str, country: str) -> None:
    assert covered(text, value, country)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Your account number for the water bill is 44120098, quote it when you call.", "GB"),
        ("Račun br. 20260412 plaćen je 3. ožujka.", "HR"),
        ("Cuenta de cliente para el contrato: 55012391", "ES"),
    ],
)
def test_bills_customers_and_invoices_stay(text: str, country: str) -> None:
    assert not [s for s in redact_text(text, country=country).spans if s.type == "ACCOUNT"]
