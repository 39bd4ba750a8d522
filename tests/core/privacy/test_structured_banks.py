"""Bank accounts without an IBAN (desktop/core/privacy/structured_banks.py): Nordic branch
numbers, Indian accounts beside an IFSC code, Czech accounts with their bank code, Spanish CCCs,
accounts after Chinese or Japanese account words, an "aba" column; and the look-alikes that stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def accounts(text: str, country: str = "US") -> set[str]:
    return {s.original for s in redact_text(text, country=country).spans if s.type == "ACCOUNT"}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Løn til reg.nr. 1551 kontonr. 3409876512 fra maj.", {"1551", "3409876512"}),
        ("Clearingnr 6152, konto 392 118 776", {"6152"}),
        ("send it to 50200012345678 UTIB0000412 pls", {"50200012345678"}),
        ("platba na 1234567899/0300, díky", {"1234567899/0300"}),
        ("domiciliación en la 6426 2129 97 2200332245 desde mayo", {"6426 2129 97 2200332245"}),
        ("请把钱转到我的账号：6228 4800 1234 5678 910", {"6228 4800 1234 5678 910"}),
        ("振込先 口座番号 4471902", {"4471902"}),
        ("payee,aba,acct\nLeland Ortiz,021000021,55501234", {"021000021", "55501234"}),
        ("send pengene til reg. 4410 konto 3512 770 401", {"4410"}),  # "reg." without "nr"
        ("graag op rekeningnummer 4417.20.661 t.n.v. mij", {"4417.20.661"}),  # Dutch dotted groups
        ("Agência: 1200-3\nConta corrente: 41.208-7", {"41.208-7"}),  # Brazilian conta with dots
        ("Conta: 77120-4 (Itaú)", {"77120-4"}),
        ("leverancier;rekening;factuur\nDrukkerij Oost;7731205;F25-0101", {"7731205"}),  # a CSV column
        ("Code banque : 30002\nN° de compte : 0700041K118\nClé RIB : 52", {"0700041K118"}),  # a RIB's letter
        ("Rekeningnummer: 44.17.20.661\nKlantnummer: 1120458", {"44.17.20.661"}),  # dots under a label
        # the bank ABN AMRO is no Australian Business Number label for the cell after it
        ("naam;bank;rekening\nKoffie & Co;ABN AMRO;55.42.18.909", {"55.42.18.909"}),
        # the bank named between the label and the number
        ("Numéro de compte chez BNP : 00012 345678", {"00012 345678"}),
        ("Rekening (Triodos): 3981.22.105", {"3981.22.105"}),
        ("conto presso Unicredit n. 000104778123", {"000104778123"}),
        ("numer rachunku w PKO: 12 1020 1026 0000 0422 7020 1111", {"12 1020 1026 0000 0422 7020 1111"}),
        ("my acc num is 71004521", {"71004521"}),
        ("Kontonummer lautet 0532013000", {"0532013000"}),
    ],
)
def test_accounts_in_national_forms_are_hidden(text: str, values: set[str]) -> None:
    assert values <= accounts(text, "DE")


@pytest.mark.parametrize(
    "text",
    [
        "Bilen har reg.nr. 4412 i papirerne.",  # a registration number with no account near it
        "Invoice 1234567890/2024 is overdue.",  # no Czech checksum, no bank code
        "Pedido 1234 5678 90 1234567890 enviado.",  # a CCC's shape without its check digits
        "Page 12/2024, item 0815/0800.",
        "Bitte 1.250 vom Konto 1.250 abbuchen.",  # dots with few digits are an amount
        "A conta de luz deu 128,40 este mês.",  # "conta" as a bill, no colon, no account
        "Reg. 2024 der Firma, Rechnung 4471.",
        "The customer account with order number 5512033 is late.",  # no bank name in the gap
        "Account numbering starts at 100000 for new customers.",
        "Konto (Sparkasse): 1.234.567,00 EUR Saldo",  # a balance, not the account
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert accounts(text, "DE") == set()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Mit reg.nr. er 9570 og kontonummer 0012487731.", {"9570", "0012487731"}),
        ("namn;clearing;konto\nAnna Ek;8105-9;944 118 207-3\nPer Ås;6152;392 118 776\n", {"8105-9", "6152", "944 118 207-3"}),
        ("Routing number (9 digits): 121000358\nAccount number (10 digits): 0048812750", {"121000358", "0048812750"}),
    ],
)
def test_branch_parts_said_in_prose_or_in_a_sheets_column_and_numbers_after_an_aside(text: str, values: set[str]) -> None:
    """A Danish "reg.nr. er", a Swedish payroll sheet's clearing and konto columns, a form's
    label with an aside on the number's length."""
    assert values <= accounts(text, "SE")


@pytest.mark.parametrize(
    "text",
    [
        "Bil;Reg nr;Pris\nToyota;AB 12 345;1200\n",  # a car's registration, no account near
        "vara;clearing;antal\nskruv;4411;20\n",  # no account column
    ],
)
def test_registration_and_clearing_columns_without_an_account_stay(text: str) -> None:
    assert not accounts(text, "SE")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nombre,banco,cuenta,importe\nLucía Gil,Sabadell,0081 0216 74 0001234567,450.00\n", "0081 0216 74 0001234567"),
        ("Nome;Banca;Conto;Importo\nMarco Rossi;Intesa;000012345678;300,00\n", "000012345678"),
        ("ФИО;Банк;Счёт;Сумма\nИванов Иван;Сбербанк;40817810099910004312;15000\n", "40817810099910004312"),
        ("namn\tkonto\tnetto\nElin Berg\t914 223 518-4\t28 450\n", "914 223 518-4"),
    ],
)
def test_a_payroll_sheets_account_column_in_more_languages(text: str, value: str) -> None:
    """A column headed by a language's plain word for an account ("cuenta", "conto", "Счёт", "konto")."""
    assert value in accounts(text, "ES")


def test_an_account_column_with_short_numbers_keeps_them() -> None:
    assert not accounts("Konto;Bezeichnung;Saldo\n4400;Erlöse 19 %;1200\n", "DE")


@pytest.mark.parametrize(
    ("text", "value", "country"),
    [
        ("โอนเงินเข้าบัญชีไทยพาณิชย์ 456-2-78901-3 ได้เลยครับ", "456-2-78901-3", "TH"),
        ("Para el reembolso, mi CCI es 00219300098765432112 (BCP).", "00219300098765432112", "PE"),
    ],
)
def test_a_thai_account_after_its_banks_name_and_a_peruvian_cci(text: str, value: str, country: str) -> None:
    assert value in accounts(text, country)


def test_a_chamber_of_commerce_called_cci_keeps_its_year() -> None:
    assert not accounts("La CCI de Lyon organise le salon 2026 le 12 mars.", "FR")
