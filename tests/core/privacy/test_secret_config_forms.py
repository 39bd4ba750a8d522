"""Secrets and accounts in the forms of dev33 (config grammar, connection strings, command lines,
notices, text-message codes, seed phrases, code questions in chats, account numbers said with
their purpose) and their look-alikes. The examples are not dev33's."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str, country: str = "US") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans]


def _secrets(text: str, country: str = "US") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "SECRET"]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("<settings>\n  <smtpPassword>Gx4!pLr9Tw2</smtpPassword>\n</settings>", "Gx4!pLr9Tw2"),
        ('<entry key="x"/>\n<db.secret>Lw8vQ3nRz5Kp</db.secret>', "Lw8vQ3nRz5Kp"),
        ('{"adminPassword": "Velo-Rapide-19", "port": 8080}', "Velo-Rapide-19"),
        ("module.exports = { clientSecret: 'q2Rt9-LmX7vPw' };", "q2Rt9-LmX7vPw"),
        ("CACHE=rediss://:Tq9wLm3vZp8K@cache-eu.internal:6380/0", "Tq9wLm3vZp8K"),
        ("relay: smtp://alerts:Nb6xQw2Lp7Zr@mail.internal:587", "Nb6xQw2Lp7Zr"),
        ("$ export MYSQLPASSWORD='Ab3#cD9$eF'\n$ mysqldump shop > shop.sql", "Ab3#cD9$eF"),
    ],
)
def test_a_secret_in_a_config_files_grammar_is_hidden(text: str, secret: str) -> None:
    assert secret in " ".join(_hidden(text))


@pytest.mark.parametrize(
    "text",
    [
        "<password>${SMTP_PASSWORD}</password>",
        "const dbPassword = config.database.password;",
        '{"showPassword": false, "maxToken": 4096}',
        "DATABASE_URL=postgres://postgres:postgres@localhost:5432/dev",
        "Host key fingerprint SHA256:Yw7nK2pQ9vLm4Tx8Rc1Hd6Fg0Jk5Ua3Ea8Oo4Ti2Vb",
        '"integrity": "sha512-Pq7vLm2nXa9T4wR7nK1cH6fJ5gY0aE2uQ7kP3mB9sD2xV8nL4tR6yW1cH5jF0gK3pA=="',
    ],
)
def test_a_reference_a_sample_or_a_digest_is_not_a_secret(text: str) -> None:
    assert _secrets(text) == []


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("Il vostro codice di autorizzazione è 731 904. Non condividetelo.", "IT", "731 904"),
        ("Ihre TAN für die Überweisung an Stadtwerke lautet 661203.", "DE", "661203"),
        ("Votre code de retrait au point relais : 4821 55", "FR", "4821 55"),
        ("Garage: combination lock 3908, the key hangs inside", "GB", "3908"),
        ("Armario del vestuario: código 5173", "ES", "5173"),
        ("Alarme : code 9042 puis touche OFF", "FR", "9042"),
        ("Le code d'accès de la réserve change jeudi : nouveau code 7C402", "FR", "7C402"),
    ],
)
def test_a_code_on_a_notice_or_in_a_text_message_is_hidden(text: str, country: str, code: str) -> None:
    assert code in _secrets(text, country)


def test_the_word_tan_and_an_ordinary_price_stay() -> None:
    assert _secrets("The tan leather chairs cost 1450 dollars for the set.") == []


def test_a_seed_phrase_wrapped_over_lines_after_an_aside_is_hidden_whole() -> None:
    text = ("Seed words (12, keep offline):\n"
            "river candle mosaic tunnel\nsketch gravel hidden puppy\nanchor velvet tribe zebra\n")
    assert "river candle mosaic tunnel\nsketch gravel hidden puppy\nanchor velvet tribe zebra" in _secrets(text)


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("[08:10] Lena: wie war nochmal der Spindcode?\n[08:11] Timo: 4471, mit Raute bestätigen", "DE", "4471"),
        ("[08:10] Aki: mikä on kellarin ovikoodi?\n[08:11] Mia: 3306 ja sitten vihreä nappi", "FI", "3306"),
        ("[08:10] 鈴木: 倉庫の暗証番号って何でしたっけ\n[08:11] 山田: 6620# です", "JP", "6620#"),
    ],
)
def test_a_code_answered_in_a_chat_is_hidden(text: str, country: str, code: str) -> None:
    assert code in _secrets(text, country)


def test_a_password_asked_for_in_chinese_without_a_question_mark_is_hidden() -> None:
    text = "[09:00] 李娜: 打印服务器的admin密码发我一下\n[09:01] 周强: Pr1nt#Qz82，别外传\n"
    assert "Pr1nt#Qz82" in _secrets(text, "CN")


def test_a_postcode_answered_in_a_chat_stays() -> None:
    assert _secrets("[08:10] a: what's the postcode there?\n[08:11] b: 2000\n") == []


@pytest.mark.parametrize(
    ("text", "country", "account"),
    [
        ("Mi número de cuenta para la devolución de la fianza: 2100 0418 4502 0005 1332", "ES", "2100 0418 4502 0005 1332"),
        ("My account number for the expenses refund: 55120934", "GB", "55120934"),
    ],
)
def test_an_account_number_said_with_its_purpose_is_hidden(text: str, country: str, account: str) -> None:
    spans = redact_text(text, country=country).spans
    assert any(s.original == account and s.type == "ACCOUNT" for s in spans)


def test_a_customer_account_number_is_no_bank_account() -> None:
    spans = redact_text("Votre numéro de compte client sur le site : 0048812", country="FR").spans
    assert not any(s.type == "ACCOUNT" for s in spans)
