"""Passwords and codes in the forms of dev21's second category pass: French quotes with spaces,
a remark in brackets between the word and its verb, a reset said as "now it's", a strong password
in brackets a sentence later, PowerShell's plain-text password, a wifi QR code's text, a wifi
passphrase after its network, backup codes of eight digits and dashed recovery codes in one run;
and their look-alikes."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text
from tests.helpers.redaction import covered, secrets_in


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le mot de passe provisoire : « Mistral#Olive_27 », à changer.", "Mistral#Olive_27"),
        ("El password del router (el que viene en la pegatina de abajo) es Pulpo.Gallego44 desde ayer.", "Pulpo.Gallego44"),
        ("Your password was reset: now it's Quartz-Falcon-61, change it on login.", "Quartz-Falcon-61"),
        ("Ich habe das Passwort zurückgesetzt. Das alte ging auch nicht mehr (Rheinufer2023).", "Rheinufer2023"),
        ('$pw = ConvertTo-SecureString -String "N0rth!Wind-88" -AsPlainText -Force', "N0rth!Wind-88"),
        ("WIFI:S:Studio-5G;T:WPA;P:harbor-kite-19;H:false;;", "harbor-kite-19"),
        ("Office wifi\nStaff: Loft-Staff / velvet copper lantern\nGuests: ask at reception", "velvet copper lantern"),
        ("Your backup codes: 40718263 99120457 31865520", "40718263 99120457 31865520"),
        ("Recovery codes: 3kd9-pq2m z7w4-h1tn", "3kd9-pq2m z7w4-h1tn"),
    ],
)
def test_secrets_in_these_forms_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "$name = Read-Host 'Your name'\n$pass = Read-Host -AsSecureString",
        "at com.acme.db.Pool.open(ConnectionPool.java:212) while checking the password",
        "Please reset your password (see the guide, section 4) before Friday.",
        "Guest wifi: Loft-Guest / open network, no password needed",
    ],
)
def test_look_alikes_of_these_forms_stay(text: str) -> None:
    assert not secrets_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "users:\n- name: ci\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURJVENDQWdtZ0F3SUJBZ0lJYzFx\n",
        "ERROR 1045 (28000): Access denied for user 'app'@'10.0.0.7' (using password: YES)",
        "Tools: 1Password: ask IT for an invite, Slack: automatic",
        'audit row: {"user": "ops", "password": "[REDACTED]", "ok": true}',
        "Le mot de passe du portail est Cerisier#71.\nNuméro de série : ZX9K4L2200",
    ],
)
def test_values_shown_beside_a_password_word_that_are_none_stay(text: str) -> None:
    found = secrets_in(text)
    assert not found - {"Cerisier#71"}


def test_a_question_with_a_number_in_it_still_asks() -> None:
    text = "ana: what's the admin password on server 10.0.0.5?\nleo: Granite7Moss"
    assert "Granite7Moss" in secrets_in(text)


def test_the_credential_and_stop_words_are_the_shared_password_words() -> None:
    """One list: every form of every language's password word labels a credential on a form's
    line and ends a name run; the forms are written out from the shared patterns."""
    from desktop.core.privacy import redact
    from desktop.core.privacy.name_words import STOP
    from desktop.core.privacy.secret_words import PASSWORD_FORMS

    assert {"hasło", "hasłem", "şifreniz", "lösenordet", "contrasena", "salasana", "пароль", "비번"} <= PASSWORD_FORMS
    assert PASSWORD_FORMS <= redact.CREDENTIAL_WORDS and PASSWORD_FORMS <= STOP
    assert not {
        s.original for s in redact.redact_text("Käyttäjätunnus: kirjanpito\nSalasana: Routa.Lakka.48", country="FI").spans
        if s.type == "PERSON"}


@pytest.mark.parametrize(
    ("text", "value", "country"),
    [
        ("Kod do alarmu zmieniony na 5517", "5517", "PL"),
        ("Le code du portail a changé, c'est maintenant 2468B", "2468B", "FR"),
        ("비밀번호를 Hangang!2025로 바꿨어요", "Hangang!2025", "KR"),
        ("新しいパスワードは「Osaka#Castle9」です", "Osaka#Castle9", "JP"),
        ("Wi-Fiのパスワードは事務所のと同じです（hoshi2027!）", "hoshi2027!", "JP"),
    ],
)
def test_codes_changed_and_passwords_inside_cjk_sentences_are_hidden(text: str, value: str, country: str) -> None:
    assert covered(text, value, country)


@pytest.mark.parametrize(
    ("text", "country"),
    [("パスワードは8文字以上にしてください", "JP"), ("비밀번호를 바꿔 주세요", "KR"), ("Kod pocztowy zmieniony na 00-950", "PL")],
)
def test_rules_about_passwords_and_other_codes_stay(text: str, country: str) -> None:
    assert not {s.original for s in redact_text(text, country=country).spans if s.type == "SECRET"}


@pytest.mark.parametrize(
    ("text", "value", "country"),
    [
        ("alarm: 9911 to disarm", "9911", "US"),
        ("Alarmanlage: 4471 und dann AUS drücken", "4471", "DE"),
        ("new pwd -> Lemon!Tree55", "Lemon!Tree55", "US"),
        ("WPA key: dolphin-sunset-2025", "dolphin-sunset-2025", "US"),
        ("recovery key: 4F2K-9XQ7-MZ8L-2PW5-R6TN-C3HB", "4F2K-9XQ7-MZ8L-2PW5-R6TN-C3HB", "US"),
        ("Apple ID: ops@example.org / Granny$Smith77", "Granny$Smith77", "US"),
    ],
)
def test_alarm_arrows_wpa_recovery_keys_and_email_logins_are_hidden(text: str, value: str, country: str) -> None:
    assert covered(text, value, country)


@pytest.mark.parametrize(
    "text",
    ["Alarm: 0630 then coffee", "Alarm: 06:30 and then the stand-up", "wake-up alarm: 0715 on weekdays", "Serial number: 4F2K-9XQ7-MZ8L-2PW5 on the back"],
)
def test_times_and_serial_numbers_beside_those_words_stay(text: str) -> None:
    assert not secrets_in(text)
