"""Passwords in shell history given to Windows' 'net user', redis-cli's '-a', or piped into a tool
that reads them (sudo -S, chpasswd, passwd --stdin) are hidden; the same commands without a
password stay."""

from __future__ import annotations

import pytest

from tests.helpers.redaction import covered, secrets_in


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("C:\\> net user svc_backup Granite!Owl52 /add /domain", "Granite!Owl52"),
        ("  88  redis-cli -h cache01 -a Zq4Lm8Vt2Xr7 info", "Zq4Lm8Vt2Xr7"),
        ("  91  echo 'Saffron#Bay19' | sudo -S systemctl restart nginx", "Saffron#Bay19"),
        ("  92  echo 'deploy:Juniper-Tide-63' | sudo chpasswd", "Juniper-Tide-63"),
        ("  93  echo Copper7Wren | passwd --stdin intern", "Copper7Wren"),
    ],
)
def test_command_passwords_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    ["net user bob /add", "net user bob * /domain", "echo $DB_PASS | sudo -S true", "redis-cli -a $REDIS_PASSWORD ping",
     "echo hello | grep h"],
)
def test_commands_without_a_password_stay(text: str) -> None:
    assert not secrets_in(text)
