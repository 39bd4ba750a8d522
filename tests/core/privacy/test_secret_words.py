"""One list of password words (secret_words.py) read by every secret rule, in every language."""

from __future__ import annotations

import re

import pytest

from desktop.core.privacy import redact_text
from desktop.core.privacy.secret_words import (
    PASSWORD_KEYS,
    PASSWORD_WORDS,
    password_keys,
    password_words,
    present_keys,
    present_words,
)
from desktop.core.privacy.text_cache import lowered

# The written forms people use; each must be one of the shared words and hold a fast-scan key.
FORMS = ("password", "Passwort", "Kennwort", "mot de passe", "MDP", "contraseña", "contrasena", "clave", "senha",
         "palavra-passe", "wachtwoord", "hasło", "hasła", "haslo", "şifre", "şifreniz", "sifresi", "parolası",
         "lösenord", "lösenordet", "adgangskoden", "kodeord", "passordet", "salasana", "salasanasi", "heslo", "hesla",
         "jelszó", "jelszava", "parolă", "lozinka", "geslo", "пароль", "пароля", "κωδικός", "mật khẩu", "kata sandi",
         "パスワード", "暗証番号", "密码", "密碼", "비밀번호")


@pytest.mark.parametrize("form", FORMS)
def test_each_written_form_is_a_shared_word_with_a_key(form: str) -> None:
    assert re.fullmatch(password_words(), form, re.IGNORECASE)
    # (a rule's window opens at the key: the word must start with it)
    assert any(form.lower().startswith(key) for key in PASSWORD_KEYS)


def test_a_rule_adds_its_own_words_and_keys_to_the_shared_ones() -> None:
    assert re.fullmatch(password_words("pwd"), "pwd") and not re.fullmatch(password_words(), "pwd")
    assert password_keys("pw ")[: len(PASSWORD_KEYS)] == PASSWORD_KEYS and "pw " in password_keys("pw ")
    assert len(set(PASSWORD_WORDS)) == len(PASSWORD_WORDS)


@pytest.mark.parametrize(("text", "country", "secret"), [
    ("posílám údaje k systému: uživatel ucetni2, heslo Vltava_Most61. Po přihlášení si ho změňte.", "CZ", "Vltava_Most61"),
    ("Kullanıcı adınız depo.izmir, geçici şifreniz Lokum.Kahve.47 olarak tanımlandı.", "TR", "Lokum.Kahve.47"),
    ("A rendszerbe a jelszó: Gulyas#Leves83, kérlek változtasd meg.", "HU", "Gulyas#Leves83"),
    ("Korisničko ime je skladiste2, lozinka Burek_Sir29 vrijedi do petka.", "HR", "Burek_Sir29"),
    ("Логин склад-3, пароль: Pelmeni!2025, не пересылайте это письмо.", "RU", "Pelmeni!2025"),
])
def test_a_password_after_its_word_in_more_languages_is_hidden(text: str, country: str, secret: str) -> None:
    result = redact_text(text, country=country)
    assert secret not in result.text
    assert any(s.type == "SECRET" and s.original == secret for s in result.spans)


@pytest.mark.parametrize("text", [
    "Die Passwort-Richtlinie verlangt zwölf Zeichen.",
    "Ověřte heslo v aplikaci a pak pokračujte.",
    "Şifrenizi kimseyle paylaşmayın.",
])
def test_a_password_word_without_a_value_hides_nothing(text: str) -> None:
    assert not [s for s in redact_text(text, country="DE").spans if s.type == "SECRET"]


def test_a_long_text_tries_only_the_words_whose_keys_it_holds() -> None:
    text = "Quarterly figures for the team, nothing else here. " * 100 + "WLAN-Passwort: Sommer!2031"
    lower = lowered(text)
    assert present_keys(lower) == ("pass",) and present_keys(lower, "pin") == ("pass", "pin")
    assert "password" in present_words(lower) and not any("hesl" in word for word in present_words(lower))
    assert [s.original for s in redact_text(text, country="DE").spans] == ["Sommer!2031"]


def test_a_check_keeps_no_copy_of_the_text_after_it_ends() -> None:
    """The password keys found in a text are remembered only while it is checked: after the
    check no cache holds the text (it may be personal)."""
    import gc

    from desktop.core.privacy import redact_text, structured_ibans, text_cache, token_scan

    text = "Hej Olle, lösenordet till routern är Sommar!2024, hälsningar Greta; IBAN SE45 5000 0000 0583 9825 7466"
    assert redact_text(text, country="SE").spans
    held = [cache for cache in (text_cache._LOWERED, text_cache._MEMOS, text_cache._TOKENS, text_cache._VIEWS,
                                text_cache._WORDS, text_cache._STARTS, token_scan._NUMBERS, structured_ibans._VALIDATED) if cache]
    assert not held
    gc.collect()
    lowered = text.lower()  # what the rules read: no cache keeps it

    def holds(value: object, depth: int = 2) -> bool:
        if isinstance(value, str):
            return value == lowered
        if depth and isinstance(value, (list, tuple)):  # (a tuple of strings is not tracked by gc itself)
            return any(holds(item, depth - 1) for item in value)
        return False

    assert not [o for o in gc.get_objects() if isinstance(o, list) and holds(o)]
