"""National forms of birth dates, bank accounts and IDs, passwords said in a sentence, and the
numbers that look like them but are not anyone's."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str, country: str = "US") -> dict[str, str]:
    """Each hidden value -> its type."""
    return {s.original: s.type for s in redact_text(text, country=country).spans}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kandydatka, ur. 4 marca 1990 w Gdańsku", "4 marca 1990"),
        ("o meu pai, nascido a 3 de outubro de 1951", "3 de outubro de 1951"),
        ("생년월일: 1988년 3월 9일", "1988년 3월 9일"),
        ("生年月日：昭和62年11月3日", "昭和62年11月3日"),
        ("बेटी की जन्म तिथि 14/08/2012 है", "14/08/2012"),
        ("recordatorio: cumpleaños 3 de marzo, llamar", "3 de marzo"),
    ],
)
def test_birth_dates_in_national_forms_are_hidden(text: str, value: str) -> None:
    assert _hidden(text).get(value) == "DOB"


def test_birth_date_column_named_in_snake_case_is_hidden() -> None:
    text = "nome;data_nascita;comune\nGiulia;1990-02-11;Asti\nPaolo;1985-07-30;Alba\n"
    hidden = _hidden(text, "IT")
    assert hidden.get("1990-02-11") == "DOB" and hidden.get("1985-07-30") == "DOB"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("el CBU para la transferencia: 0170099220000067797370", "0170099220000067797370"),
        ("振込先：三井住友銀行 梅田支店 普通 1234567", "1234567"),
        ("account 50100234567812 with IFSC HDFC0001234 please", "50100234567812"),
        ("Banco do Brasil, ag. 1234, conta corrente 98765-4", "98765-4"),
        ("Betala till bankgiro 5050-1055 senast fredag", "5050-1055"),
    ],
)
def test_bank_accounts_in_national_forms_are_hidden(text: str, value: str) -> None:
    assert _hidden(text).get(value) == "ACCOUNT"


def test_cbu_with_a_wrong_check_digit_is_not_an_account() -> None:
    assert "0170099220000067797371" not in _hidden("ref 0170099220000067797371")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("documento 14420335 4 ZX0 entregue", "14420335 4 ZX0"),
        ("his number is 5616957V for the records", "5616957V"),
        ("DNI: 38.114.902", "38.114.902"),
    ],
)
def test_checksummed_ids_are_hidden_without_a_cue(text: str, value: str) -> None:
    assert _hidden(text).get(value) == "NATIONAL_ID"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("    environment:\n      MYSQL_ROOT_PASSWORD: s3cr3t-Stack-19\n", "s3cr3t-Stack-19"),
        ("the wifi password is Lemon!Tree77 btw", "Lemon!Tree77"),
        ("la contraseña del router es Casa-2024-x", "Casa-2024-x"),
        ("router login admin / Qp-77-zz", "Qp-77-zz"),
    ],
)
def test_passwords_said_in_config_or_chat_are_secrets(text: str, value: str) -> None:
    assert _hidden(text).get(value) == "SECRET"


def test_password_word_without_a_value_hides_nothing() -> None:
    assert not _hidden("the wifi password is on the fridge")


def test_documentation_placeholder_key_is_not_a_secret() -> None:
    assert not any(t == "SECRET" for t in _hidden('"publishable_key": "pk_test_XXXXXXXXXXXXXXXXXXXXXXXX"').values())


@pytest.mark.parametrize(
    "text",
    [
        "Use the test card 4111 1111 1111 1111 on the demo site",
        "Fornecedor LTDA, CNPJ 28.152.190/0001-81",
        "EIN 12-3456789 (business)",
        "mijn klantnummer 7781204 graag opzeggen",
        "Ticket n° 44018 — 30/05/2024",
        "订单号 2419 8812 3300 1",
    ],
)
def test_company_ticket_order_and_test_numbers_are_not_personal(text: str) -> None:
    assert not any(t in {"PHONE", "CARD"} for t in _hidden(text).values())


def test_town_is_hidden_beside_a_postcode_but_not_alone() -> None:
    with_zip = _hidden('{"name":"Ann Lee","zip":"94105","city":"San Mateo","state":"CA"}')
    assert with_zip.get("San Mateo") == "ADDRESS" and with_zip.get("CA") == "ADDRESS"
    alone = _hidden('{"branch":"north","city":"San Mateo"}')
    assert "San Mateo" not in alone


def test_zip_in_a_log_line_is_hidden() -> None:
    assert _hidden("ERROR payment failed zip=33130 gateway=v3").get("33130") == "ADDRESS"


def test_form_labels_in_scripts_without_capitals_are_not_names() -> None:
    text = "客户姓名：陈思远\n联系电话：139 0000 1234\n备注：周五前回电\n"
    hidden = _hidden(text, "CN")
    assert "客户姓名" not in hidden and "联系电话" not in hidden and "备注" not in hidden
    assert hidden.get("陈思远") == "PERSON"


def test_a_note_label_is_not_a_name() -> None:
    assert "Nota" not in _hidden("Nota: richiamare il cliente domani mattina", "IT")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("das WLAN-Passwort lautet Fichte!21x, steht am Router", "Fichte!21x"),
        ("le mot de passe du compte c'est Iris-Bleu-77", "Iris-Bleu-77"),
    ],
)
def test_passwords_after_a_compound_word_or_a_french_cest_are_secrets(text: str, value: str) -> None:
    assert _hidden(text).get(value) == "SECRET"


def test_account_number_under_its_label_is_hidden() -> None:
    assert _hidden("戶名：某某\n帳號：007-10-654321\n", "TW").get("007-10-654321") == "ACCOUNT"


def test_town_of_another_json_object_or_log_line_stays() -> None:
    text = '{"c":{"zip":"45202","city":"Cincinnati"},"store":{"city":"Dayton"}}\nregion=us-south\n'
    hidden = _hidden(text)
    assert hidden.get("Cincinnati") == "ADDRESS"
    assert hidden.get("Dayton") != "ADDRESS" and "us-south" not in hidden


def test_link_with_a_random_token_under_any_parameter_name_is_hidden() -> None:
    url = "https://login.example.com/recover?t=9f8e7d6c5b4a39281706f5e4d3c2b1a0"
    assert _hidden(f"reset link {url} sent").get(url) == "URL"


def test_link_with_an_ordinary_query_stays() -> None:
    assert not _hidden("see https://shop.example.com/search?q=garden-chairs-and-tables&page=2")


def test_two_phones_written_with_a_slash_are_each_hidden() -> None:
    hidden = _hidden("联系电话：021-6432 8877 / 139 1234 5678", "CN")
    assert hidden.get("021-6432 8877") == "PHONE" and hidden.get("139 1234 5678") == "PHONE"


def test_a_slash_after_an_area_code_keeps_one_phone() -> None:
    assert _hidden("Tel. 0911 / 55 20 418", "DE").get("0911 / 55 20 418") == "PHONE"


def test_turkish_and_portuguese_form_labels_are_not_names() -> None:
    text = "Personel Bilgi Formu\nAdı Soyadı: Kerem Aksoy\nDoğum Tarihi: 02.03.1990\nCartão de Cidadão: pendente\n"
    hidden = _hidden(text, "TR")
    assert hidden.get("Kerem Aksoy") == "PERSON"
    assert not {"Personel Bilgi Formu", "Adı Soyadı", "Doğum Tarihi", "Cartão de Cidadão"} & hidden.keys()


@pytest.mark.parametrize(
    ("text", "value"),
    [("wifi şifresi: Deniz2024!x", "Deniz2024!x"), ("la password del wifi è Limone_2024!", "Limone_2024!")],
)
def test_password_after_an_inflected_word_is_hidden_whole(text: str, value: str) -> None:
    assert _hidden(text).get(value) == "SECRET"
