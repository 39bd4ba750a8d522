"""Secrets written the way people print, dictate or answer them: codes with their digits spaced
out ("PIN: 6 1 9 4"), and the look-alikes of those forms that stay (counts, dates, phone numbers,
scores)."""

from __future__ import annotations

import pytest

from tests.helpers.redaction import secrets_in as _secrets_in


def secrets_in(text: str, country: str = "GB") -> set[str]:
    return _secrets_in(text, country=country)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Your new PIN:  6 1 9 4\nPlease destroy this letter.", "6 1 9 4"),
        ("Alarmcode magazijn: 9 0 3 1", "9 0 3 1"),
        ("[10:02] ana: what's the code for the bike shed?\n[10:03] joe: 7-2-0-8 then #", "7-2-0-8"),
        ("Schlüsselkasten-Code: 4 4 0 9 2", "4 4 0 9 2"),
        ("Il PIN della carta è 3 8 1 7, non dirlo a nessuno.", "3 8 1 7"),
        ("Your one-time code is 318 604. It expires in 5 minutes.", "318 604"),
    ],
)
def test_spaced_codes_are_hidden_whole(text: str, value: str) -> None:
    assert value in secrets_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Scores this week: 4 2 1 3 across the four teams.",
        "Room 3 2 0 1 is on the second floor, next to the lifts.",
        "Call the front desk on 020 7946 0321 if the door code does not work.",
        "Version 4 1 7 9 of the form? No, it is 4.17.9.",
    ],
)
def test_spaced_numbers_that_are_no_code_stay(text: str) -> None:
    assert not secrets_in(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a word before the answer, or the password later in the message
        ("[11:02] tom: what's the pw for the guest wifi?\n[11:03] eva: yeah Harbour_Lights_7 for now", "Harbour_Lights_7"),
        ("ines: du weißt das Passwort vom Drucker?\nkai: liegt im Schrank, glaub Toner7Blau", "Toner7Blau"),
        ("ana: ¿cuál es la contraseña del portátil?\nleo: sol de invierno 2024 (todo en minúsculas)", "sol de invierno 2024"),
        ("amy: and the wifi password?\nraj: it's Paper-Lantern-Ochre", "Paper-Lantern-Ochre"),
        # a code asked for with an ending, without a question mark, or in a CJK script
        ("[17:40] ayşe: ofisin alarm kodu?\n[17:41] cem: evet 5083 sonra kilit", "5083"),
        ("sam: and the code for the bike shed\nben: 6617#", "6617#"),
        ("佐藤：会議室の暗証番号を教えてください\n田中：4826 です", "4826"),
        ("小张：仓库门禁密码呢\n老王：730915", "730915"),
    ],
)
def test_answers_to_a_question_about_a_secret_are_hidden(text: str, value: str) -> None:
    assert value in secrets_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "ana: what's the wifi network called?\nleo: it's Lager-5G on the second floor",
        "tom: what's the promo code?\neva: 2025 is the year, the code is SPRING",
        "sam: and the code review for the 4.2 branch\nben: 2319 lines changed, I'll do it tomorrow",
        "ana: order code please\nleo: 55210 (the blue ones)",
    ],
)
def test_answers_that_are_no_secret_stay(text: str) -> None:
    assert not secrets_in(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Kassette im Tresor geht mit 5917 auf, bitte nicht weitersagen.", "5917"),  # opened "with" a code
        ("Le NIP de la carte de la boutique est 8842.", "8842"),  # French Canadian PIN with "est"
        ("Il PIN del telefono aziendale rimane 2290 anche dopo l'aggiornamento.", "2290"),  # "stays"
        ("Toimiston hälytyksen koodi on 7401.", "7401"),  # Finnish "is"
        ("Kód na trezor v kanceláři je 6630.", "6630"),  # Czech "is"
        ("Код от сейфа на складе: 9-2-7-4.", "9-2-7-4"),  # Russian
        ("ロッカーの番号：31-07-88", "31-07-88"),  # Japanese lock number
    ],
)
def test_codes_said_with_the_verbs_and_words_of_more_languages_are_hidden(text: str, value: str) -> None:
    assert value in secrets_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Tresor ist seit 2019 im Keller, mit 120 kg Gewicht.",
        "Toimiston koodi on ABC-projekti, budjetti 7401 euroa.",
        "Kód objednávky je 66301 a dodání je zítra.",
        "電話番号：03-5555-0101",
    ],
)
def test_numbers_near_those_words_that_are_no_code_stay(text: str) -> None:
    assert not secrets_in(text, "DE")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The vault's recovery passphrase, written here since the envelope got lost:\n    copper meadow lantern frost 12\n", "copper meadow lantern frost 12"),
        ("Ihre neue PIN für die Karte:\n\n      5 0 8 3\n\nBitte vernichten Sie dieses Schreiben.", "5 0 8 3"),
        ("Admin password for the NAS (rotate after the move):\nTeal7-Harbor!2\n", "Teal7-Harbor!2"),
        ("card terminal: supervisor password 7730 if it asks for one", "7730"),
        ("[09:10] sara: il codice OTP? lo chiede adesso\n[09:11] gio: mi è appena arrivato, è 604 118", "604 118"),
    ],
)
def test_values_on_the_line_after_their_label_or_said_later_are_hidden(text: str, value: str) -> None:
    assert value in secrets_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Password rules:\nminimum twelve characters please\n",
        "Reset your PIN:\nopen the app and tap Settings\n",
        "the password 2024 policy applies to all staff",
        "sam: what's the status code?\nben: it came back, it's 5031.",
    ],
)
def test_lines_after_a_label_that_hold_no_value_stay(text: str) -> None:
    assert not secrets_in(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ID：sales01 PW：Umeboshi#88", "Umeboshi#88"),  # a full-width colon
        ("[10:01] anna: kennt jemand das passwort vom drucker\n[10:02] ben: ja, Toner!2025", "Toner!2025"),  # asked without "?"
        ("[10:01] emma: what's the alarm code again?\n[10:02] jack: same as before, 4 8 1 9", "4 8 1 9"),  # the code last
    ],
)
def test_more_answer_and_label_forms_are_hidden(text: str, value: str) -> None:
    assert value in secrets_in(text)


def test_a_line_that_tells_of_a_password_without_asking_gives_no_answer_to_take() -> None:
    text = "[10:01] anna: ich schicke dir das passwort gleich\n[10:02] ben: ok danke, bis 15 Uhr"
    assert not secrets_in(text)


def test_a_question_about_the_wifi_itself_takes_only_a_first_word_answer() -> None:
    text = "[11:00] lea: what's the wifi like there?\n[11:01] max: fast, Zoom2025 calls were fine"
    assert not secrets_in(text)


@pytest.mark.parametrize(
    ("text", "value", "country"),
    [
        ("Estimado cliente:\nSu clave de acceso (PIN) es\n\n   6 1 2 5\n\nAtentamente,", "6 1 2 5", "ES"),  # the label ends in a verb
        ("Prezados,\nSua senha provisória do cartão: 7 7 4 1", "7 7 4 1", "BR"),  # digits after a password word and a colon
        ("暗証番号：３８２１", "３８２１", "JP"),  # full-width digits
        ("您的取款密码为：６６０９", "６６０９", "CN"),
        ("Ihre Geheimzahl lautet ４７１９.", "４７１９", "DE"),
    ],
)
def test_pin_letters_in_more_forms_are_hidden(text: str, value: str, country: str) -> None:
    assert any(value in found for found in secrets_in(text, country))


@pytest.mark.parametrize(
    ("text", "country"),
    [("会議室：３０２号室、午後２時から", "JP"), ("注文番号：１２３４５６", "JP"), ("ＡＢＣ商事　電話：０３−１２３４−５６７８", "JP")],
)
def test_full_width_numbers_and_years_that_are_no_code_stay(text: str, country: str) -> None:
    assert not secrets_in(text, country)


@pytest.mark.parametrize(
    "text",
    [
        "[09:00] tom: what's the product code for the blue chairs?\n[09:01] ana: 55210",
        "[09:00] tom: cost centre code?\n[09:01] ana: 4410",
        "[09:00] tom: le code projet ?\n[09:01] ana: 2025 je crois",
        "[09:00] tom: el código del cliente?\n[09:01] ana: 10448",
        "[09:00] tom: hangi ürün kodu?\n[09:01] ana: 3391",
        "[09:00] tom: any idea what the pin count on that chip is?\n[09:01] ana: 1024",
        "[09:00] tom: what's the HS code for the shipment?\n[09:01] ana: 8471",
    ],
)
def test_a_business_code_asked_for_in_a_chat_is_no_secret(text: str) -> None:
    assert not secrets_in(text)


def test_a_pin_asked_for_beside_those_words_still_is() -> None:
    assert "6604" in secrets_in("[09:00] tom: what's the pin for the office door?\n[09:01] ana: 6604")


def test_a_us_address_in_palau_keeps_its_zip() -> None:
    """"PW" is Palau's state code: "..., Koror, PW 96940" is an address, not a password."""
    assert not secrets_in("Ship to: 12 Ocean Road, Koror, PW 96940", "US")
