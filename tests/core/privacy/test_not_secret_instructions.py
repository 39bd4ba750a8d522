"""An instruction written where a password goes ("Passwort: bitte bei Anna erfragen", "Password:
please ask IT") is not hidden as a password; a password after the same label still is."""

from __future__ import annotations

import pytest

from tests.helpers.redaction import covered, secrets_in


@pytest.mark.parametrize(
    "text",
    [
        "Ihr Zugang: Benutzer LF-20931, Passwort: bitte über „Passwort vergessen“ setzen.",
        "Password: please ask IT for it on Monday.",
        "mot de passe : voir le coffre-fort numérique",
        "Passwort: siehe KeePass, Eintrag Buchhaltung",
        "Kennwort: wird separat per SMS geschickt",
        "Password: sent separately by text",
        "hasło: zobacz w menedżerze haseł",
        "salasana: kysy Mikolta huomenna",
    ],
)
def test_an_instruction_after_a_password_label_stays(text: str) -> None:
    assert not secrets_in(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Passwort: Please#2026 (bitte ändern)", "Please#2026"),
        ("Password: Bitte!Sehr88", "Bitte!Sehr88"),
        ("mot de passe : voir2026!", "voir2026!"),
    ],
)
def test_a_password_after_the_same_label_is_hidden(text: str, value: str) -> None:
    assert covered(text, value)
