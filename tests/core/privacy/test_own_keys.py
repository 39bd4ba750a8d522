"""The app's own API keys and base-URL credentials are hidden in any field, whatever their
format: read from the keychain, memory and environment the app sends with, found even when a
line break or invisible characters were pasted into them, and never sent (real SDKs, fake server).
"""

from __future__ import annotations

import base64

import pytest

from desktop.core import paths
from desktop.core.context import AppContext
from desktop.core.privacy import redact_segments
from desktop.core.privacy.own_secrets import OWN_KEY, configured_secrets
from desktop.core.privacy.secrets import find_secrets
from desktop.core.run import DONE
from desktop.core.send import pipeline
from desktop.core.settings import UserSettings, keystore
from tests.helpers.fake_llm import FakeLLMServer

# Gateway keys in formats no generic rule knows (built at run time, not key-shaped strings).
ANTHROPIC_GATEWAY_KEY = "-".join(["team", "gateway", "anthropic", "0042", "alpha"])
OPENAI_GATEWAY_KEY = "-".join(["corp", "llm", "proxy", "7731", "bravo"])
URL_PASSWORD = "-".join(["gw", "pass", "9981"])

TEMPLATE = """---
title: Tidy my notes
category: Operations
tier: execution
version: 1
purpose: Tidy pasted notes.
fields:
  - {name: notes, label: Notes, type: long_text, required: true}
---
Tidy these notes:
{{notes}}
"""


def test_generic_rules_alone_would_not_hide_these_keys() -> None:
    """Why the app must know its own keys: these formats look like ordinary words to the rules."""
    for value in (ANTHROPIC_GATEWAY_KEY, OPENAI_GATEWAY_KEY):
        assert find_secrets(f"the setup uses {value} for now") == []


def test_configured_secrets_reads_keychain_environment_and_base_url_credentials(monkeypatch) -> None:
    keystore().set("anthropic", ANTHROPIC_GATEWAY_KEY)
    keystore().set("local", "in-house-token-55", memory_only=True)
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_GATEWAY_KEY)
    monkeypatch.setenv("ANTHROPIC_BASE_URL", f"https://gwuser:{URL_PASSWORD}@gateway.example.com/")
    settings = UserSettings()
    settings.set("local_base_url", "http://llm.example.com:8080/v1?api-key=query-key-123")
    found = configured_secrets(keystore(), settings)
    for value in (ANTHROPIC_GATEWAY_KEY, OPENAI_GATEWAY_KEY, "in-house-token-55", URL_PASSWORD, "gwuser",
                  "query-key-123"):
        assert value in found


def test_own_key_is_found_when_wrapped_spaced_or_split_by_invisible_characters() -> None:
    own = (ANTHROPIC_GATEWAY_KEY, "Pa55")
    key = ANTHROPIC_GATEWAY_KEY
    for pasted in (key, key[:10] + "\n" + key[10:], " ".join(key), key[:5] + "\u200b" + key[5:]):
        text = f"Hi, here is the config: {pasted} - see you"
        spans = [(c.start, c.end) for c in find_secrets(text, own) if c.label == OWN_KEY]
        assert [text[a:b] for a, b in spans] == [pasted]
    # A short value is hidden only as a whole word, not inside another one.
    assert [c.label for c in find_secrets("Pa55 and Pa55word", own)].count(OWN_KEY) == 1


def test_own_key_is_hidden_in_every_field_and_the_person_is_told() -> None:
    redaction = redact_segments([("Key: ", None), (f"use {OPENAI_GATEWAY_KEY} today", "notes")],
                                own_secrets=(OPENAI_GATEWAY_KEY,))
    assert OPENAI_GATEWAY_KEY not in redaction.text
    assert any(f.kind == "secret" and OWN_KEY in f.message for f in redaction.findings)


@pytest.fixture
def gateway(fake_llm: FakeLLMServer, monkeypatch) -> FakeLLMServer:
    """Both providers behind a gateway: odd-format keys, a base URL with a user and password."""
    host = fake_llm.url.split("://", 1)[1]
    monkeypatch.setenv("ANTHROPIC_BASE_URL", f"http://gwuser:{URL_PASSWORD}@{host}")
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://gwuser:{URL_PASSWORD}@{host}/v1")
    keystore().set("anthropic", ANTHROPIC_GATEWAY_KEY)
    keystore().set("openai", OPENAI_GATEWAY_KEY)
    (paths.personal_prompts_dir() / "tidy.md").write_text(TEMPLATE, encoding="utf-8")
    return fake_llm


def test_pasted_own_keys_never_cross_the_wire_with_the_real_sdk(gateway: FakeLLMServer) -> None:
    context = AppContext(UserSettings())
    template = context.library.get("tidy")
    assert template is not None, context.library.problems
    notes = (f"Setup notes. Anthropic key {ANTHROPIC_GATEWAY_KEY}, OpenAI key\n{OPENAI_GATEWAY_KEY[:9]}\n"
             f"{OPENAI_GATEWAY_KEY[9:]}, gateway password {URL_PASSWORD}.")
    prepared = pipeline.prepare(context, template, {"notes": notes})
    run = pipeline.execute(context, prepared, sleep=lambda s: None)

    assert run.status == DONE and gateway.requests
    request = gateway.requests[-1]
    # The SDK authenticated with the very credentials that were pasted: they are in the
    # headers (the key, or the base URL's user and password as HTTP basic auth)...
    headers = {name.lower(): value for name, value in request.headers.items()}
    sent_with = headers.get("x-api-key", "") + " " + headers.get("authorization", "")
    basic = sent_with.split("Basic ", 1)[1].strip() if "Basic " in sent_with else ""
    assert (ANTHROPIC_GATEWAY_KEY in sent_with or OPENAI_GATEWAY_KEY in sent_with
            or base64.b64decode(basic).decode() == f"gwuser:{URL_PASSWORD}")
    # ...and in no request body.
    body = gateway.sent_text()
    for value in (ANTHROPIC_GATEWAY_KEY, OPENAI_GATEWAY_KEY, OPENAI_GATEWAY_KEY[9:], URL_PASSWORD):
        assert value not in body
    assert "Setup notes" in body  # the rest of the field was sent
