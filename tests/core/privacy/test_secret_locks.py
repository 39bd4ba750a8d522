"""Codes of doors, gates, safes and key boxes given in handovers and chats are hidden; a door code
merely mentioned for a delivery, a safe's size and codes of other things stay."""

from __future__ import annotations

import pytest

from tests.helpers.redaction import covered, secrets_in


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("- Key cabinet (workshop): code 6624\n- Bins go out Thursday", "6624"),
        ("Portail arrière : code 40917, à changer en juin", "40917"),
        ("The roller door keypad was reset this morning, new code 3 8 1 7 from today.", "3 8 1 7"),
        ("Hoofdingang: de code is gewijzigd, nieuwe code 55821#", "55821#"),
        ("el de la caja fuerte es el de siempre. caja fuerte: 602214", "602214"),
        ("[21:14] sam: the safe is 4471 now, dont write it on the whiteboard", "4471"),
        ("[09:12] jo: if the alarm panel asks for a code its 2917", "2917"),
        ("[10:01] Ayşe: depo kapısının şifresi de 7781 bu arada", "7781"),
    ],
)
def test_given_codes_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "The courier gets the door code 4471 from reception.",
        "The new safe is 1200 mm wide and arrives on Monday.",
        "New code 2026 of conduct: please read section 4.",
        "Promo: new code 2025 gives 10% off in the shop.",
    ],
)
def test_mentions_sizes_and_other_codes_stay(text: str) -> None:
    assert not secrets_in(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Paramètres Wi-Fi\n  Clé de sécurité réseau : Brioche!Matin77", "Brioche!Matin77"),
        ("Network security key: Lantern-Quay-5092", "Lantern-Quay-5092"),
        ("Chiave di sicurezza di rete: Portico_2026x", "Portico_2026x"),
    ],
)
def test_a_wifi_key_under_its_settings_name_is_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("办公室门禁码：7720，别告诉访客", "7720"),
        ("金庫の暗証番号は 3391 です", "3391"),
        ("ورمز البوابة 6 0 4 2", "6 0 4 2"),
        ("קוד לדלת 2468#", "2468#"),
        ("Код домофона 1379, квартира на третьем этаже", "1379"),
        ("Clé secrète : sk_c81f_Lq2Vx9Tm4Wr7Pz", "sk_c81f_Lq2Vx9Tm4Wr7Pz"),
        ("Geheimer Schlüssel: Zt8mQ2xLp5Vn", "Zt8mQ2xLp5Vn"),
    ],
)
def test_codes_and_secret_keys_in_other_scripts_and_words_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


def test_a_door_code_word_with_no_digits_after_hides_nothing() -> None:
    assert not secrets_in("门禁码已经改了，明天告诉你")


@pytest.mark.parametrize("text", ["Passw0rd: Juniper-Cove-18", "PA55WORD  Juniper-Cove-18", "pa55w0rd = Juniper-Cove-18"])
def test_a_password_word_misread_by_text_recognition_still_labels_its_value(text: str) -> None:
    assert covered(text, "Juniper-Cove-18")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("[10:01] kim: and the gate code?\n[10:02] raj: try 6618", "6618"),
        ("[10:01] léa: c'est quoi la clé wifi ?\n[10:02] tom: essaie Nougat-Vert-31", "Nougat-Vert-31"),
        ("[10:01] ana: ¿el pin de la alarma?\n[10:02] leo: prueba con 3097", "3097"),
    ],
)
def test_a_reply_that_says_to_try_a_value_gives_it(text: str, value: str) -> None:
    assert covered(text, value)


def test_a_reply_to_a_business_number_question_stays() -> None:
    assert not secrets_in("[10:01] kim: what's the order number?\n[10:02] raj: try 4471203")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le code du portail a changé, c'est désormais 7702.", "7702"),
        ("Der Code für die Garage ist ab sofort 4185.", "4185"),
        ("Your Microsoft account security code is 518204", "518204"),
    ],
)
def test_a_code_said_from_now_on_and_an_account_security_code_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


def test_a_security_code_mentioned_without_digits_stays() -> None:
    assert not secrets_in("The security code is required for every card payment.")
