"""End to end: labelled personal data through the whole send path to the fake server.

None of the values may appear in any request that left the machine (with either SDK, on the
first try, on retries and on the fallback) nor in the answer cache; the answer comes back with
every one of them restored, in the streamed pieces and in the recorded run.
"""

from __future__ import annotations

import pytest

from desktop.core import paths
from desktop.core.context import AppContext
from desktop.core.run import DONE
from desktop.core.send import pipeline
from desktop.core.send.answer_cache import AnswerCache
from desktop.core.settings import UserSettings
from tests.helpers.fake_llm import FakeLLMServer, Reply

TEMPLATE = """---
title: Reply to a customer
category: Operations
tier: execution
version: 1
purpose: Draft a reply to a customer email.
fields:
  - {name: customer, label: Customer name, type: short_text, required: true}
  - {name: email, label: Customer email, type: long_text, required: true, untrusted: true}
---
Draft a reply to {{customer}}. Their email:
<email>
{{email}}
</email>
"""

# Labelled values: kind -> the exact text that must never leave the machine.
PERSONAL = {
    "person": "Maria Keller",
    "email address": "maria.keller@example.com",
    "phone": "+44 20 7946 0958",
    "card": "4111 1111 1111 1111",
    "iban": "GB82 WEST 1234 5698 7654 32",
    "team term": "Bluebird",
}


def _secret() -> str:
    return "sk-ant-api03-" + "x" * 93  # a realistic shape, built at run time


@pytest.fixture
def context(connected_llm: FakeLLMServer, team_dir) -> AppContext:
    (team_dir / "team.toml").write_text('sensitive_terms = ["Bluebird"]\ncountry = "GB"\n', encoding="utf-8")
    (paths.personal_prompts_dir() / "reply.md").write_text(TEMPLATE, encoding="utf-8")
    return AppContext(UserSettings())


def _values() -> dict[str, str]:
    email = (f"Hello, this is {PERSONAL['person']} ({PERSONAL['email address']}). Phone: {PERSONAL['phone']}. "
             f"Please refund card {PERSONAL['card']} or pay to IBAN {PERSONAL['iban']}. "
             f"It is about project {PERSONAL['team term']}. Our key is {_secret()}")
    return {"customer": PERSONAL["person"], "email": email}


def test_no_personal_value_leaves_the_machine_and_all_come_back_restored(context, fake_llm) -> None:
    template = context.library.get("reply")
    assert template is not None, context.library.problems
    prepared = pipeline.prepare(context, template, _values())
    placeholders = {kind: next(p for p, v in prepared.redaction.vault.items() if v == value)
                    for kind, value in PERSONAL.items()}
    # The model answers with every placeholder, split across chunks in awkward places.
    answer = "Dear " + " ".join(f"{kind}={placeholder}" for kind, placeholder in placeholders.items())
    chunks = [answer[i:i + 7] for i in range(0, len(answer), 7)]
    # First try drops mid-stream, second is overloaded, third comes back on the fallback: every
    # request carries the text, and none may carry a value.
    fake_llm.queue(Reply(text=answer, fault="drop", drop_after=2), *[Reply(fault="529")] * 2,
                   Reply(chunks=chunks))
    shown: list[str] = []
    run = pipeline.execute(context, prepared, on_text=shown.append, on_reset=shown.clear, sleep=lambda s: None)

    assert run.status == DONE and run.provider == "openai" and len(fake_llm.requests) == 4
    sent = fake_llm.sent_text()
    for kind, value in PERSONAL.items():
        assert value not in sent, kind
    assert _secret() not in sent and "sk-ant-api03-" not in sent
    expected = "Dear " + " ".join(f"{kind}={value}" for kind, value in PERSONAL.items())
    assert run.response_text == expected
    assert "".join(shown) == expected
    cache_bytes = AnswerCache().path.read_bytes()
    assert not any(value.encode() in cache_bytes for value in PERSONAL.values())


def test_a_titled_name_is_hidden_whole_and_a_title_in_the_answer_is_not_written_twice(context, fake_llm) -> None:
    """The title goes out inside the placeholder; an answer that writes "Mr. [PERSON_1]" or
    "[PERSON_2]-san", streamed in small pieces, comes back with one title each."""
    template = context.library.get("reply")
    assert template is not None, context.library.problems
    email = "Hello, I spoke to Mr. Alvarez and to Tanaka-san yesterday about the refund."
    prepared = pipeline.prepare(context, template, {"customer": "Frau Dr. Keller", "email": email})
    vault = prepared.redaction.vault
    assert {"Mr. Alvarez", "Tanaka-san", "Frau Dr. Keller"} <= set(vault.values())
    mr, san, frau = (next(p for p, v in vault.items() if v == value) for value in ("Mr. Alvarez", "Tanaka-san", "Frau Dr. Keller"))
    answer = f"Dear Mr. {mr}, {san}-san confirmed. Sehr geehrte Frau {frau}, danke. {mr} agrees."
    fake_llm.queue(Reply(chunks=[answer[i:i + 5] for i in range(0, len(answer), 5)]))
    shown: list[str] = []
    run = pipeline.execute(context, prepared, on_text=shown.append, on_reset=shown.clear, sleep=lambda s: None)

    assert run.status == DONE
    sent = fake_llm.sent_text()
    assert not any(name in sent for name in ("Alvarez", "Tanaka", "Keller"))
    expected = "Dear Mr. Alvarez, Tanaka-san confirmed. Sehr geehrte Frau Keller, danke. Mr. Alvarez agrees."
    assert run.response_text == expected
    assert "".join(shown) == expected
