"""More ways codes, keys and accounts are written: an article after the verb, a place named after
a compound code word, a lock then "kod", a full-width colon after a chat speaker, a password with
an "@" that is no address, a router's key in groups of digits, a passphrase variable, a card's
code "au dos" or after " / ", a Chinese bank's card."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _found(text: str, country: str, kind: str = "SECRET") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == kind]


@pytest.mark.parametrize(("text", "country", "secret"), [
    ("Le code du coffre est le 30718 (ne le note nulle part).", "FR", "30718"),
    ("Kluiscode personeelsruimte 5902\nKoffie staat in de kast.", "NL", "5902"),
    ("Förrådets hänglås: kod 7314", "SE", "7314"),
    ("小陈：后台密码多少来着？\n老周：Houtai@2031", "CN", "Houtai@2031"),
    ("FRITZ!Box im Flur, Kennwort steht hinten drauf: 4412 9087 3316 2205", "DE", "4412 9087 3316 2205"),
    ("ENCRYPTION_PASSPHRASE=amber quarry violin eleven\nRETENTION_DAYS=30", "GB", "amber quarry violin eleven"),
    ("[14:21] elise: 4556 7312 0098 3419 exp 05/28\n[14:21] elise: code au dos 714", "FR", "714"),
    ("6011-0072-8154-3966 / 12/27 / 559", "US", "559"),
])
def test_the_secret_is_hidden(text: str, country: str, secret: str) -> None:
    assert secret in _found(text, country)


def test_an_account_after_a_chinese_banks_card_word_is_hidden() -> None:
    assert _found("报销打到我建行卡 6217 0012 3456 7890 123 就行", "CN", "ACCOUNT") == ["6217 0012 3456 7890 123"]


@pytest.mark.parametrize(("text", "country"), [
    ("Le code du coffre est changé chaque mois.", "FR"),
    ("小陈：有问题吗？\n老周：anna@brightpath.io 发给你了", "CN"),
    ("Bitte schicken Sie die Rechnung an rechnung@tischlerei-brandl.de.", "DE"),
])
def test_look_alikes_stay(text: str, country: str) -> None:
    assert _found(text, country) == []


@pytest.mark.parametrize(("text", "country", "secret"), [
    ("Il codice del portone è 2B47", "IT", "2B47"),
    ('the password is "blue monkey 77"', "US", "blue monkey 77"),
    ("PW: Hamburg2025", "DE", "Hamburg2025"),
    ("Mật khẩu wifi là Pho#Bo2025", "VN", "Pho#Bo2025"),
])
def test_short_labels_quoted_passphrases_and_front_doors(text: str, country: str, secret: str) -> None:
    assert secret in _found(text, country)


def test_a_quoted_phrase_about_passwords_is_no_password() -> None:
    assert _found('the password policy says "use twelve characters"', "US") == []
