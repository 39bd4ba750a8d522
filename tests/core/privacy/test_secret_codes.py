"""Short secrets said in everyday text (desktop/core/privacy/secret_codes.py): alarm and safe
codes, door codes with a verb, wifi keys, CJK password sentences, PINs answered in a chat,
recovery code lists; and the look-alikes that stay."""

from __future__ import annotations

import pytest

from tests.helpers.redaction import secrets_in as _secrets_in


def secrets_in(text: str) -> set[str]:
    return _secrets_in(text, country="GB")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The alarm keypad code 7302 works for both doors.", "7302"),
        ("Schlüsseltresor Lager: 5824", "5824"),
        ("le coffre-fort est 90817, ne le notez pas", "90817"),
        ("Dørkoden er 2291 fra mandag.", "2291"),
        ("The door code for the studio is 4C118 until March.", "4C118"),
        ("digicode du parking 39B07", "39B07"),
        ("Guest WLAN: Schlüssel Sonnenblume#18", "Sonnenblume#18"),
        ("wifi network Loft-2G, key: Harbour77Light", "Harbour77Light"),
        ("ルーターのパスワードは Kirin-4477 です", "Kirin-4477"),
        ("服务器密码是 Pudong#2024", "Pudong#2024"),
        ("La password del wifi resta Dolomiti_88, quella dell'admin cambia.", "Dolomiti_88"),
        ("The guest wifi password is still Marram#Dune4 this week.", "Marram#Dune4"),
        ("Das Kennwort bleibt Fichte-88 bis Freitag.", "Fichte-88"),
        ("[08:01] ana: what's the pin for the card reader?\n[08:02] joe: 5190", "5190"),
    ],
)
def test_short_secrets_said_in_text_are_hidden(text: str, value: str) -> None:
    assert value in secrets_in(text)


def test_recovery_codes_listed_under_their_heading_are_hidden() -> None:
    text = "Two-factor recovery codes (print and keep):\n- 7731 0942\n- 1186 5520\n- k3d9-2mzq\n\nThanks, Alex"
    assert {"7731 0942", "1186 5520", "k3d9-2mzq"} <= secrets_in(text)
    inline = "Backup codes: 55120 88341, 90127 44318"
    assert {"55120 88341", "90127 44318"} <= secrets_in(inline)


@pytest.mark.parametrize(
    "text",
    [
        "Safe harbour: 2024 statement attached.",
        "Alarm: 0630, meeting at nine.",
        "The courier gets the door code from reception.",
        "Keep the backup codes in the safe, not in email.",
        "wifi key is printed on the router sticker",
        "[09:00] sam: what's the code review status?\n[09:01] lee: done",
        "Password reset links stay valid for 24 hours.",
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert secrets_in(text) == set()
