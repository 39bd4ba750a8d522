"""A config variable's name in prose, a wiki table or a ticket is where a secret goes, not the
secret; the value written beside it is still hidden."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def secrets(text: str) -> list[str]:
    return [s.original for s in redact_text(text, country="GB").spans if s.type == "SECRET"]


@pytest.mark.parametrize("text", [
    "| Name | Purpose |\n| DB_PASSWORD | database password, kept in the vault |\n| MAIL_FROM | sender |",
    "Passwort für die Datenbank: siehe API_TOKEN im Tresor, nicht im Repo.",
    "Rotate REDIS_PASSWORD and SMTP_PASS after the audit; CLIENT_SECRET stays.",
])
def test_a_variable_name_is_not_a_secret(text: str) -> None:
    assert secrets(text) == []


def test_the_value_beside_a_variable_name_is_still_hidden() -> None:
    text = "DB_PASSWORD=Tq7!vB2#mR9x\nSMTP_USER=alerts"
    assert "Tq7!vB2#mR9x" in secrets(text)
    assert "DB_PASSWORD" not in " ".join(secrets(text))
