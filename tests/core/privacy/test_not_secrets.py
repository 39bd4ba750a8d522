"""Sample passwords of config templates and local connection strings are not hidden; real ones are."""

from __future__ import annotations

from desktop.core.privacy import redact_text

TEMPLATE = (
    "# .env.example: copy to .env and fill in\n"
    "DATABASE_URL=postgres://postgres:password@localhost:5432/app_dev\n"
    "SMTP_PASSWORD=your-smtp-password\n"
    "API_KEY=<api-key>\n"
)


def _hidden(text: str) -> list[str]:
    return [s.original for s in redact_text(text, country="US").spans]


def test_a_config_template_keeps_its_sample_values() -> None:
    assert _hidden(TEMPLATE) == []


def test_a_real_password_in_the_same_places_is_hidden() -> None:
    text = TEMPLATE.replace("postgres:password@", "postgres:Vq81rXz0pL@").replace("your-smtp-password", "Tq7#vR2pLx9!mWz4")
    hidden = " ".join(_hidden(text))
    assert "Vq81rXz0pL" in hidden and "Tq7#vR2pLx9!mWz4" in hidden


def test_a_sample_password_to_another_machine_is_still_hidden() -> None:
    hidden = " ".join(_hidden("DATABASE_URL=postgres://app:password@db-prod-01.internal:5432/orders\n"))
    assert "db-prod-01.internal" in hidden


def test_a_documentation_sample_address_is_not_hidden() -> None:
    """A placeholder's name at a domain reserved for examples reaches no one."""
    text = "In screenshots use only the sample email name@example.com or you@example.org, never a customer's.\n"
    assert _hidden(text) == []


def test_every_mailbox_at_an_example_domain_or_any_other_stays_hidden() -> None:
    """Role mailboxes are hidden like a person's: the domain names the firm, often a small one."""
    text = "Write to helpdesk@example.com, anna.berg@example.com, info@bakkerij-vos.nl or name@vos-bouw.nl.\n"
    assert _hidden(text) == ["helpdesk@example.com", "anna.berg@example.com", "info@bakkerij-vos.nl", "name@vos-bouw.nl"]
