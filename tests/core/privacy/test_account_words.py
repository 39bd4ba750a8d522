"""Accounts in the forms payroll and expense texts of more countries write them are hidden:
Russian and Ukrainian account words, a Korean bank's name, a Brazilian X check digit, a building
society roll number, a Hungarian account before its word, a pension member number column; invoice
numbers, mobiles and pupils' roll numbers beside them stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text
from tests.helpers.redaction import covered


@pytest.mark.parametrize(
    ("text", "value", "country"),
    [
        ("Прошу перечислить премию на мой лицевой счёт 40817 810 5 5003 1234567 в ВТБ.", "40817 810 5 5003 1234567", "RU"),
        ("Реквизиты: р/с 40702810400000012345, БИК 044525593", "40702810400000012345", "RU"),
        ("Номер рахунку: 2600 5012 3456 78, Приватбанк", "2600 5012 3456 78", "UA"),
        ("[14:02] 하늘: 회비는 신한은행 110-482-917733 으로 보내줘", "110-482-917733", "KR"),
        ("Pode depositar na conta corrente 40412-x do Itaú, agência 0291.", "40412-x", "BR"),
        ("Please pay the deposit to Nationwide Building Society, roll number 7719-CX-22.", "7719-CX-22", "GB"),
        ("A bérletet a 12010154-00998122 bankszámlára kérem.", "12010154-00998122", "HU"),
        ("Please update my PF details, member id TN/MAS/0048812/000/0012093 is the new one.", "TN/MAS/0048812/000/0012093", "IN"),
        ("Bitte ab Mai auf mein Gehaltskonto: 2093 4471 88 bei der Volksbank.", "2093 4471 88", "DE"),
        ("Zet het maar op mijn spaarrekening 4471.20.938, dank je", "4471.20.938", "NL"),
        ("Ingrésalo en mi cuenta del Sabadell 0081 7306 61 0001234567, gracias", "0081 7306 61 0001234567", "ES"),
        ("emp,super_member_no,hours\n0091,SUP-77102-4,38\n0092,SUP-77102-9,20\n", "SUP-77102-4", "AU"),
    ],
)
def test_accounts_in_these_forms_are_hidden(text: str, value: str, country: str) -> None:
    assert covered(text, value, country)


@pytest.mark.parametrize(
    ("text", "value", "country"),
    [
        ("Счёт № 1184 от 02.03.2026 на сумму 12 400 руб. оплачен.", "1184", "RU"),
        ("Exam hall list: Roll No. 2026-1187, seat 14", "2026-1187", "IN"),
        ("Ihr Kundenkonto 44712093 wurde freigeschaltet.", "44712093", "DE"),
        ("Saldo Tagesgeldkonto 12.500,00 EUR", "12.500", "DE"),
    ],
)
def test_look_alikes_stay(text: str, value: str, country: str) -> None:
    assert not covered(text, value, country)


def test_a_mobile_after_a_korean_bank_is_a_phone_not_an_account() -> None:
    text = "국민은행 앱에서 010-4471-2093 번호로 인증하세요"
    assert "ACCOUNT" not in {s.type for s in redact_text(text, country="KR").spans}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("My Avios number is 3309128841 if you book the hotel.", "GB"),
        ("Número de socio del club: 7701 4432 9910", "ES"),
        ("Payback-Punkte: Treuepunkte-Karte 3071 8890 1142", "DE"),
    ],
)
def test_loyalty_and_club_numbers_are_no_phones(text: str, country: str) -> None:
    assert "PHONE" not in {s.type for s in redact_text(text, country=country).spans}


def test_a_phone_said_after_a_loyalty_word_is_still_a_phone() -> None:
    text = "About the loyalty points, call me on 07700 900417 after five."
    assert "PHONE" in {s.type for s in redact_text(text, country="GB").spans}
