"""A password in a block of credentials without its own word is hidden: after a credentials word
and the user, on the line under a user's line, and a setting named "pin"; a user's name, an
address, a link or a pointer to a vault after the same words stays."""

from __future__ import annotations

import pytest

from tests.helpers.redaction import covered, secrets_in


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("credentials: admin Qx7!mR2p", "Qx7!mR2p"),
        ("Zugangsdaten Router: admin – Fritz!Box4471", "Fritz!Box4471"),
        ("Dati di accesso gestionale: magazzino / Scaffale#77", "Scaffale#77"),
        ("Login for the supplier portal\nuser: bakery01\nQx7!mR2pLw\n", "Qx7!mR2pLw"),
        ("Benutzer: lager2\nHolz!Palette88\n", "Holz!Palette88"),
        ("pin_code=4471 device=terminal-3", "4471"),
    ],
)
def test_passwords_in_credential_blocks_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Login: j.doe@acme.com / https://portal.acme.com/login",
        "user: jdoe\nThanks for the quick reply!\n",
        "Your login details: see the onboarding PDF v2.3 on page 4",
        "Zugangsdaten: max.muster – siehe Passwortmanager",
    ],
)
def test_users_links_and_pointers_stay(text: str) -> None:
    assert not secrets_in(text)
