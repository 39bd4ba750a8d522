"""Keys, tokens and 2FA seeds in the places people paste them: HTTP headers, "app key" beside an
API key, database URLs that name their driver, a password manager's TOTP column, a seed in lower
case, bot tokens and keys copied a little short; and the look-alikes that stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text
from tests.helpers.redaction import covered


def hidden(text: str) -> list[tuple[str, str]]:
    return [(s.original, s.type) for s in redact_text(text, country="US").spans]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('curl -H "X-API-Key: 5be81f0c7d2a94e3b6f1c08a2d7e4b91" https://api.example.org/v1/rates', "5be81f0c7d2a94e3b6f1c08a2d7e4b91"),
        ("headers = {'api-key': 'Rt7Wq2Lm9Xv4Kc8Nb1Hz3Pd6'}", "Rt7Wq2Lm9Xv4Kc8Nb1Hz3Pd6"),
        ("monitoring: api key in vault, app key 0e7c2b9f4a1d8e3c6b5a0f2d9e8c7b1a4f3e2d1c", "0e7c2b9f4a1d8e3c6b5a0f2d9e8c7b1a4f3e2d1c"),
        ("engine = create_engine('mysql+pymysql://shop:Qv8!tRm2zK@db-1.internal/shop')", "Qv8!tRm2zK"),
        ("SQLALCHEMY_URL=postgresql+asyncpg://api:Lp3-Wx9-Rq7@10.0.0.9:5432/api", "Lp3-Wx9-Rq7"),
        ("name,login_username,login_password,login_totp\nBank,ops,Quill&Ink-44,KRUGS4ZANFZSAYJANBSW4ZLSMU\n", "KRUGS4ZANFZSAYJANBSW4ZLSMU"),
        ("If the QR code won't scan, enter this setup key: 3vxq 7ab2 kfmt 4ds5 zq6w", "3vxq 7ab2 kfmt 4ds5 zq6w"),
        ("alerts bot token 6120394857:AAGx7Qp2Lm9Rz4Wc1Nh8Ys3Bd6Fg0Jq5E", "6120394857:AAGx7Qp2Lm9Rz4Wc1Nh8Ys3Bd6Fg0Jq5E"),
        ("mail relay: SG.Qp7Lm2xZ.vK9Wc1Nh8Ys3Bd6Fg0Jq5Ea2Oo9Ti4Vw7", "SG.Qp7Lm2xZ.vK9Wc1Nh8Ys3Bd6Fg0Jq5Ea2Oo9Ti4Vw7"),
    ],
)
def test_keys_tokens_and_seeds_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        'curl -H "X-API-Key: <your-api-key>" https://api.example.org/v1/rates',
        "X-Request-Id: 7c9e6679-7425-40de-944b-e07fc1f90ae7",
        "the app key is in 1Password, ask Sam",
        "name,login_username,login_password,login_totp\nBank,ops,********,\n",
        "this will take some time when they come back from lunch",
    ],
)
def test_their_look_alikes_stay(text: str) -> None:
    assert not [v for v, kind in hidden(text) if kind == "SECRET"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$config = ['host' => 'db1', 'password' => 'Hq2!zW7p', 'port' => 3306];", "Hq2!zW7p"),
        ("routing key for pagerduty: 5f2c9a7e1b3d4086a1e7c9b3d5f20e48", "5f2c9a7e1b3d4086a1e7c9b3d5f20e48"),
        ("CREATE USER 'app'@'%' IDENTIFIED BY 'Qx7!mL2p';", "Qx7!mL2p"),
        ("ALTER USER reports IDENTIFIED BY Wq8mZ2pL;", "Wq8mZ2pL"),
        ("license key: 4F9K2-M8X7Q-P3Z6W-T1R5V (two seats)", "4F9K2-M8X7Q-P3Z6W-T1R5V"),
        ("the wifi password is 'sunny side up 42'", "sunny side up 42"),
        ("heroku api key 8c3f2a1e-9b7d-4e6f-a5c2-1d0e9f8b7a63", "8c3f2a1e-9b7d-4e6f-a5c2-1d0e9f8b7a63"),
        ("FW: G-582013 is your Google verification code.", "582013"),
        ("SMS: 731904 ist dein Bestätigungscode für Konto", "731904"),
    ],
)
def test_more_places_keys_and_codes_are_written_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Order 8c3f2a1e-9b7d-4e6f-a5c2-1d0e9f8b7a63 shipped on Monday",
        "CREATE USER 'app'@'%' IDENTIFIED BY '${APP_DB_PASSWORD}';",
        "Invoice 2025-0042 is your receipt for the order, code 77 applies",
        "See https://portal.example.com/reset?token=aZ8kQ2mL7xP4wR9t for the form",
        "The key: make sure the meeting ends on time.",
    ],
)
def test_look_alikes_of_those_places_stay(text: str) -> None:
    assert not [v for v, kind in hidden(text) if kind == "SECRET"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("containers:\n  env:\n    - name: DB_PASS\n      value: \"kR7!mQ2zLp\"\n    - name: LOG_LEVEL\n      value: debug", "kR7!mQ2zLp"),
        ('"environment": [{"name": "API_TOKEN", "value": "Zq8Lm2Vx7Kt4Rp9W"}, {"name": "REGION", "value": "eu-west-1"}]', "Zq8Lm2Vx7Kt4Rp9W"),
    ],
)
def test_a_secret_variable_listed_as_name_and_value_is_hidden(text: str, value: str) -> None:
    assert covered(text, value)
    assert "debug" not in [v for v, _ in hidden(text)] and "eu-west-1" not in [v for v, _ in hidden(text)]


def test_a_secret_variable_read_from_elsewhere_holds_no_value() -> None:
    text = "- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef: {name: db, key: password}"
    assert not [v for v, kind in hidden(text) if kind == "SECRET"]
