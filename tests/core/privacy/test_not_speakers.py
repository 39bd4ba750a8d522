"""A YAML file's keys are not chat speakers; a chat's speakers still are."""

from __future__ import annotations

from desktop.core.privacy import redact_text

_YAML = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: billing-worker
spec:
  replicas: 2
  template:
    spec:
      containers:
      - name: worker
        image: registry.example.com/billing:4.2.0
"""


def test_yaml_keys_are_not_speakers() -> None:
    assert [s.original for s in redact_text(_YAML, country="GB").spans if s.type == "PERSON"] == []


def test_lowercase_speakers_of_a_chat_are_still_people() -> None:
    chat = "tom: is the deploy done?\nnadia: not yet\ntom: ok ping me\nnadia: will do\n"
    people = {s.original for s in redact_text(chat, country="GB").spans if s.type == "PERSON"}
    assert {"tom", "nadia"} <= people


def _people(text: str) -> list[str]:
    return [s.original for s in redact_text(text, country="GB").spans if s.type == "PERSON"]


def test_a_machines_account_in_a_config_is_no_one() -> None:
    for account in ("svc-invoices", "nightly_backup", "builder", "accounting", "einkauf2"):
        text = f"[db]\nhost = db-02.internal\nuser = {account}\npassword = Xq7#pL2m!v9\n"
        assert account not in _people(text), account


def test_a_persons_user_name_in_a_config_is_still_hidden() -> None:
    text = "[db]\nhost = db-02.internal\nuser = okonkwo.f\npassword = Xq7#pL2m!v9\n"
    assert "okonkwo.f" in _people(text)
