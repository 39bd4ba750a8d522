"""Keys written straight after their name, settings of XML configs, and a wallet's seed phrase."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _secrets(text: str) -> list[str]:
    return [s.original for s in redact_text(text, country="US").spans if s.type == "SECRET"]


@pytest.mark.parametrize(("text", "secret"), [
    ("here's the datadog api key 7c3e9a1f5b2d8046e1c7a9f3b5d2e806 for the dashboard", "7c3e9a1f5b2d8046e1c7a9f3b5d2e806"),
    ("use token Rk2Wq8Lm4Tz9Xv3Nb7Pc1Hd6Jf0Ys5Ga for the sync job", "Rk2Wq8Lm4Tz9Xv3Nb7Pc1Hd6Jf0Ys5Ga"),
    ('<add key="SmtpPassword" value="Qw3rty!Mail" />', "Qw3rty!Mail"),
    ('<entry name="db.password" value="Pr0d#Db2025"/>', "Pr0d#Db2025"),
    ("seed phrase: orbit velvet canyon maple tiger lunar brisk ember quiet ladder fossil wagon",
     "orbit velvet canyon maple tiger lunar brisk ember quiet ladder fossil wagon"),
])
def test_a_key_a_setting_or_a_seed_phrase_is_hidden(text: str, secret: str) -> None:
    assert secret in _secrets(text)


@pytest.mark.parametrize("text", [
    "the api key rotation happens every quarter for compliance reasons",
    "token bucket rate limiting is configured per tenant",
    "the access token lifetime is 3600 seconds",
    '<add key="SmtpPassword" value="${SMTP_PASSWORD}" />',
    '<add key="PageSize" value="50" />',
    "commit 7d4e1a9c2b8f3056e1d7a4c9b2f8e3051a6d9c4e fixed the token refresh",
])
def test_words_about_keys_and_other_settings_hide_nothing(text: str) -> None:
    assert _secrets(text) == []


def test_a_password_in_a_php_array_is_hidden() -> None:
    assert "Vx9#kQ2mLp" in _secrets("$config = ['db_user' => 'shop', 'db_pass' => 'Vx9#kQ2mLp'];")
