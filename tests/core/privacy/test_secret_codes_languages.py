"""Codes and passwords as they are said in more languages and chats: a safe's or a locker's code,
a keypad's "#", a verb at the end, a question without "?" or with "？", a chat time with a word."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _secrets(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "SECRET"]


@pytest.mark.parametrize(("text", "country", "code"), [
    ("Hälytyskoodi 3391, vaihda se ensi viikolla.", "FI", "3391"),
    ("Kód k trezoru je 552907, nikomu ho neříkejte.", "CZ", "552907"),
    ("A senha do cofre continua 384150 até segunda.", "BR", "384150"),
    ("Schließfach 12: 4471 (bitte nicht weitersagen)", "DE", "4471"),
    ("a kod do drzwi biura 7302# od poniedziałku", "PL", "7302#"),
    ("Depo kapı şifresi de 8120 olarak değişti.", "TR", "8120"),
    ("사무실 도어락 번호는 3906* 입니다", "KR", "3906*"),
])
def test_a_code_said_for_a_thing_that_locks_is_hidden(text: str, country: str, code: str) -> None:
    assert code.rstrip("#*") in "".join(_secrets(text, country))


@pytest.mark.parametrize(("text", "country", "secret"), [
    ("[10:14] manon: c'est quoi le mdp de la box déjà\n[10:15] julien: Atelier2024! mais change-le", "FR", "Atelier2024!"),
    ("[9:02] 佐藤: 共有アカウントのパスワードって何でしたっけ？\n[9:03] 木村: Fuji_Keihi2031 です", "JP", "Fuji_Keihi2031"),
    ("[3:40 PM] amy: what's the alarm code now\n[3:41 PM] liam: 6208 then tick", "US", "6208"),
    ("Eva: y la del candado del trastero?\nLuis: 4-0-9-2", "ES", "4-0-9-2"),
    ("[backup]\nnas_kennwort = Hobelspan-2031!\nziel = nas01", "DE", "Hobelspan-2031!"),
])
def test_an_answer_or_a_setting_in_another_language_is_hidden(text: str, country: str, secret: str) -> None:
    # (a "!" that ends the answer may be the sentence's: hidden or not, the password is)
    assert any(found in (secret, secret.rstrip("!")) for found in _secrets(text, country))


@pytest.mark.parametrize(("text", "country"), [
    ("[오후 2:10] 민지: 회사 계정 비밀번호 뭐였죠?", "KR"),
    ("Die Lieferung kommt an Schließfach 12 der Packstation.", "DE"),
    ("what's the code review policy for hotfixes\nwe merge after one approval", "US"),
    ("Kasa raporu 2025 olarak kaydedildi.", "TR"),
])
def test_words_about_codes_without_a_code_hide_nothing(text: str, country: str) -> None:
    assert _secrets(text, country) == []


@pytest.mark.parametrize(("text", "codes"), [
    ("If they get locked out, the recovery codes are\n7h2k-9m4q, 3z8x-1c6v and w5t2-p9n7 (each works once).",
     ["7h2k-9m4q", "3z8x-1c6v", "w5t2-p9n7"]),
    ("Die Backup-Codes sind 5821 7730, 1965 2048 und 7307 8812.", ["5821 7730", "1965 2048", "7307 8812"]),
    ("Os códigos de recuperação são a1b2c-3d4e5 e f6g7h-8i9j0.", ["a1b2c-3d4e5", "f6g7h-8i9j0"]),
])
def test_recovery_codes_listed_in_a_sentence_are_hidden(text: str, codes: list[str]) -> None:
    assert _secrets(text, "GB") == codes


def test_recovery_codes_only_mentioned_hide_nothing() -> None:
    assert _secrets("the backup codes are in the safe since 2025.", "GB") == []
    assert _secrets("Vos codes de secours sont dans le coffre.", "FR") == []
