"""Accounts, IDs and birth dates as people write them without the usual cue: an account beside a
bank's name, a CLABE or a Russian account alone, a Canadian institution-transit-account triple,
a routing number a few words after its word, an account corrected by its last digits, a RIB in
a table's cells, an account after a bank's branch, a Plusgiro in groups, an IBAN with underscores,
a CPF with a comma, and birth dates in words. Look-alikes
(a bank's own codes, phones, orders, amounts, a firm's tax number) stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text
from tests.helpers.redaction import covered


@pytest.mark.parametrize(
    ("text", "value", "country"),
    [
        # beside a bank's name, before or after it
        ("pls transfer to Techcombank 19034412887013 nhé", "19034412887013", "VN"),
        ("send the balance to kuda 2003318844 sharp sharp", "2003318844", "NG"),
        ("pay to 50200018844712 hdfc, thanks", "50200018844712", "IN"),
        ("0093 4471 2208 bpi po yung account ko", "0093 4471 2208", "PH"),
        # shapes of their own
        ("depositame a 012180015203948273 cuando puedas", "012180015203948273", "MX"),
        ("перевод на 40817810538190012345 до пятницы", "40817810538190012345", "RU"),
        ("direct deposit: 010 00542 8812093 (CIBC)", "8812093", "CA"),
        ("Routing should be 026009593 for the wire", "026009593", "US"),
        # a Chilean current or sight account's short form
        ("Depósito a la cta. cte. 00-812-30017-04 del Banco de Chile", "00-812-30017-04", "CL"),
        ("transferir a mi cta vista 22771144 porfa", "22771144", "CL"),
        # a sort code without dashes, a transit with its institution, a Korean bank's short name, "cta" after a bank
        ("Payee: J Cole | Sort: 401276 | Acc: 55102938", "401276", "GB"),
        ("transit 40112-002 account 0048217 at Scotiabank", "40112-002", "CA"),
        ("신한 110-331-204518 으로 보내줘", "110-331-204518", "KR"),
        ("Banorte cta 0471209388 a mi nombre", "0471209388", "MX"),
        # a sort code and its account on two quoted lines
        ("> new details below\n> 30-94-57\n> 12873340", "12873340", "GB"),
        # corrected by its last digits
        ("Oops, my acct ends in 7720 not 7702. Correct one: 88104427720", "88104427720", "US"),
        # a RIB in cells, an account after a bank's branch, a Plusgiro in pairs
        ("RIB: 20041 | 01005 | 0500013M026 | 06", "0500013M026", "FR"),
        ("בנק דיסקונט 11, סניף 042, 117730 תודה", "117730", "IL"),
        ("Medlemsavgiften till plusgiro 90 20 03-3", "90 20 03-3", "SE"),
        # IBANs and CPFs with odd separators
        ("IBAN from the export: NL77_RABO_0301_9274_65", "NL77_RABO_0301_9274_65", "NL"),
        ("o CPF dela é 529.982.247,25", "529.982.247,25", "BR"),
    ],
)
def test_accounts_and_ids_without_their_usual_cue_are_hidden(text: str, value: str, country: str) -> None:
    assert covered(text, value, country)


@pytest.mark.parametrize(
    ("text", "value", "country"),
    [
        ("Fecha de nacimiento: doce de enero de mil novecientos ochenta y nueve", "doce de enero de mil novecientos ochenta y nueve", "ES"),
        ("Nasci em vinte e um de junho de 1994, em Recife.", "vinte e um de junho de 1994", "BR"),
        ("née le onze novembre mil neuf cent soixante-dix-huit", "onze novembre mil neuf cent soixante-dix-huit", "FR"),
        ("Cognome;Nome;Nata il\nGalli;Chiara;19/06/1993", "19/06/1993", "IT"),
        ("geboren am zwölften Juni neunzehnhundertachtundachtzig in Graz", "zwölften Juni neunzehnhundertachtundachtzig", "AT"),
        ("Geboortedatum: drie maart 1979", "drie maart 1979", "NL"),
        ("Date of birth: the 21st of June, nineteen eighty-four", "the 21st of June, nineteen eighty-four", "GB"),
        ("DOB: March the third, 1990", "March the third, 1990", "US"),
        ("보험 가입하려면 주민번호 앞자리 880917 필요해요", "880917", "KR"),
    ],
)
def test_birth_dates_in_words_are_hidden(text: str, value: str, country: str) -> None:
    assert covered(text, value, country)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kto bei der Sparkasse, BLZ 370 501 98 (Sparkasse KölnBonn)", "DE"),
        ("Call Barclays on 0345 734 5345 about the card", "GB"),
        ("Santander order 88213094 was shipped", "GB"),
        ("Die Commerzbank hat 12345678 Kunden in Deutschland", "DE"),
        ("Revolut 12 500 000 users worldwide", "GB"),
        ("HDFC customer care 1800 202 6161", "IN"),
        ("the transit 40112 bus leaves at 9", "CA"),
        ("Meter read on 20-03-06\n12345678 litres", "GB"),
        ("전화번호 앞자리 010 이에요, 주민센터 방문 예정", "KR"),
        ("우리은행 팀 회의는 2026-12-07 오후", "KR"),
        ("Asiento en la cta. 572 Bancos por 1.200 €, cta 43000012 del cliente", "ES"),
        ("Preço total R$ 987.654.321,00 no contrato", "BR"),
        ("La reunión es el dos de mayo de 2026 en la oficina.", "ES"),
        ("Die Lieferung kommt am dritten März 2026.", "DE"),
        ("The meeting is on March the third, 2026.", "US"),
        ("ИНН магазина 7707083893, заказ 44120", "RU"),
        ("ΑΦΜ καταστήματος 094014201, παραγγελία 4471", "GR"),
        ("사업자번호는 123-45-67890 입니다", "KR"),
        ("order 12345678 ends in 5678, shipped to the account holder", "US"),
    ],
)
def test_look_alikes_stay(text: str, country: str) -> None:
    spans = redact_text(text, country=country).spans
    assert [s for s in spans if s.type in {"ACCOUNT", "IBAN", "NATIONAL_ID", "DOB"}] == []  # (a bank's line is a phone)


@pytest.mark.parametrize(
    ("text", "bank", "country"),
    [
        ("Please EFT the fees to Capitec, branch 470010, acc 1582093374.", "Capitec", "ZA"),
        ("Refund to Starling 60-83-71 21874433 please", "Starling", "GB"),
    ],
)
def test_a_bank_named_before_an_accounts_details_is_no_person(text: str, bank: str, country: str) -> None:
    assert not any(bank in s.original for s in redact_text(text, country=country).spans if s.type == "PERSON")
