"""Codes and passwords in the kinds of text a small team pastes from notes apps, handover sheets,
scanned forms, bank texts and invites are hidden; the look-alikes beside them stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy.ocr_view import ocr_view
from tests.helpers.redaction import covered, secrets_in


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a lock's name alone as the key of a notes line, in several languages
        ("Ferienhaus Notizen\nHaustür: 7204\nMülltonnen: Dienstag", "7204"),
        ("Trucs à savoir\nPortail : 3 9 1 8\nPoubelles le lundi", "3 9 1 8"),
        ("- Alarma: 5521 y luego OFF\n- Basura: jueves", "5521"),
        ("Hytta\nDøra: 8814\nVed: i boden", "8814"),
        ("Kassaskåpet:\t12-40-07 (höger först)", "12-40-07"),
        ("Riasztó kód:\t6090", "6090"),
        # quoted in a mail reply
        ("> Hi Sam,\n> Gate: 40671\n> Bins: Tuesday", "40671"),
    ],
)
def test_codes_under_a_locks_name_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Alarm: 07:30 wake-up call\nDoor: 12",
        "Gate: 2450 visitors expected\nSafe: 3 items left",
        "Port: 5432\nHost: db.internal",
    ],
)
def test_times_counts_and_ports_under_such_words_stay(text: str) -> None:
    assert not secrets_in(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("(scan) Mandat\nKontoinhaber | Eva Lenz\nKontonummer: O5O 1234 5678", "O5O 1234 5678"),
        ("post-it\nalarm | 7 O 6 1\nne pas jeter", "7 O 6 1"),
    ],
)
def test_values_read_with_an_o_for_a_zero_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


def test_the_scan_view_changes_only_misread_zeros() -> None:
    text = "Office 2O26 plan, Ohio, room O12\nalarm | 5 O 8 3"
    made = ocr_view(text)
    assert made is not None
    view, changed = made
    assert view == "Office 2026 plan, Ohio, room 012\nalarm : 5 0 8 3"
    assert {text[i] for i in changed} == {"O"}
    assert ocr_view("Olá Otávio, o código é outro") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Zugang: Benutzer praxis2, das Erstkennwort Hafen-Kran-71 bitte ändern", "Hafen-Kran-71"),
        ("Het beheerwachtwoord Tulpenveld8Zon staat ook in de kluis", "Tulpenveld8Zon"),
        ("Gjesteord: wifi-passordet Fjord_Laks42", "Fjord_Laks42"),
    ],
)
def test_a_password_straight_after_a_compound_word_is_hidden(text: str, value: str) -> None:
    assert covered(text, value)


def test_a_setting_named_after_a_compound_word_stays() -> None:
    assert not secrets_in("Das Einmalpasswort SMS-Versand-Modul ist deaktiviert")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ding\tWaar\tCode/wachtwoord\nKluis\tkantoor\t6 1 9 0 2\nNAS\tkast\tGracht_Fiets77", "Gracht_Fiets77"),
        ("Ding\tWaar\tCode/wachtwoord\nKluis\tkantoor\t6 1 9 0 2", "6 1 9 0 2"),
        ("Wifi \"Praxis-Gast\" – Zahnbuerste2026", "Zahnbuerste2026"),
        ("WLAN: Werkstatt_5G / Schraube7Mutter", "Schraube7Mutter"),
        ("Twoja TAN dla przelewu do A. Nowak na 2.400,00 PLN jest 551902.", "551902"),
        ("Tu código de verificación es 417-220. No lo compartas.", "417-220"),
        ("Kodun gönderildi. Doğrulama kodu: 903-118", "903-118"),
    ],
)
def test_codes_in_tables_wifi_lines_and_bank_texts_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Ding\tWaar\tCode/wachtwoord\nMitID\tapp\t(app)\nGastnet\tmuur\tpublic, fine to share",
        "Wifi – see the router sticker",
        "Your verification code was sent to you. The total is 4410 USD.",
    ],
)
def test_remarks_and_sentences_without_a_code_stay(text: str) -> None:
    assert not secrets_in(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Aistė: koks slaptažodis į sandėlio kompiuterį?\nJonas: Saule#Rytas9", "Saule#Rytas9"),
        ("La contrasenya de l'impressora és Castell_Mar33", "Castell_Mar33"),
        ("Parool: Tallinn_Vanalinn7", "Tallinn_Vanalinn7"),
    ],
)
def test_password_words_of_more_languages(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Microsoft Teams-Besprechung\nBesprechungs-ID: 318 442 907 16\nKenncode: pQ7xVd", "pQ7xVd"),
        ("Reunión de Microsoft Teams\nId. de reunión: 318 442 907 16\nCódigo de acceso: Zr4mTy", "Zr4mTy"),
    ],
)
def test_a_meetings_passcode_is_hidden_and_its_id_stays(text: str, value: str) -> None:
    assert covered(text, value) and not covered(text, "318 442 907 16")
