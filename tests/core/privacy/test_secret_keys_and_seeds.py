"""Keys, tokens and 2FA seeds in the places people paste them: HTTP headers, "app key" beside an
API key, database URLs that name their driver, a password manager's TOTP column, a seed in lower
case, bot tokens and keys copied a little short; and the look-alikes that stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def hidden(text: str) -> list[tuple[str, str]]:
    return [(s.original, s.type) for s in redact_text(text, country="US").spans]


def covered(text: str, value: str) -> bool:
    start = text.index(value)
    return any(s.input_start <= start and start + len(value) <= s.input_end for s in redact_text(text, country="US").spans)


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
