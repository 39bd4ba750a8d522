"""A Wi-Fi network's name told right after its word and "is" is not hidden as a password; the
password told beside it, or after "network password is", still is."""

from __future__ import annotations

import pytest

from tests.helpers.redaction import covered, secrets_in


def test_a_network_name_in_a_chat_reply_stays_and_its_password_is_hidden() -> None:
    text = "Ivana: lozinka za wifi u uredu?\nMarko Horvat: mreža je Ured-2, a lozinka koju traži je Burek#Sir2026"
    assert secrets_in(text) == {"Burek#Sir2026"}


@pytest.mark.parametrize(
    ("text", "value", "network"),
    [
        ("network password is Tide#Pool2026", "Tide#Pool2026", None),
        ("Netzwerk heißt Lager-5G, Passwort: Gabel#Stapler19", "Gabel#Stapler19", "Lager-5G"),
        ("Das WLAN-Passwort für das Lager-Netz ist Gabelstapler_2026. Bitte nicht weitergeben.", "Gabelstapler_2026",
         "Lager-Netz"),
        ("Paramètres Wi-Fi\n  Clé de sécurité réseau : Brioche!Matin77", "Brioche!Matin77", None),
    ],
)
def test_the_password_beside_a_network_name_is_hidden(text: str, value: str, network: str | None) -> None:
    assert covered(text, value)
    assert network is None or network not in secrets_in(text)
