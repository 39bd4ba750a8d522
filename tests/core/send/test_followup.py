"""Follow-up turns against the fake server with the real SDK: the same conversation with the
same placeholders, the repeated part read from the prompt cache, every version kept, each turn
priced and recorded, and the command line's ask and export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import paths
from desktop.core.context import AppContext
from desktop.core.errors import TemplateError
from desktop.core.send import followup, pipeline, pricing
from desktop.core.settings import UserSettings
from desktop.core.usage import turns
from tests.helpers.fake_llm import FakeLLMServer, PromptCache, Reply

SUMMARY = """---
title: Long summary
category: Operations
tier: execution
version: 1
purpose: Summarise a long document.
fields:
  - {name: document, label: Document, type: long_text, required: true, untrusted: true}
---
Summarise this document for the team.

<document>
{{document}}
</document>
"""
DOCUMENT = ("Maria Keller opened the supplier review. " + " ".join(
    f"Item {n}: the delivery for order {n} arrives in week {n % 52 + 1} and the invoice is checked by finance."
    for n in range(900)))


@pytest.fixture
def context(connected_llm: FakeLLMServer) -> AppContext:
    return long_document_context(connected_llm)


def long_document_context(connected_llm: FakeLLMServer) -> AppContext:
    """The long-document template, with the server simulating Anthropic's prompt cache."""
    connected_llm.prompt_cache = PromptCache()
    paths.personal_prompts_dir().mkdir(parents=True, exist_ok=True)
    (paths.personal_prompts_dir() / "long-summary.md").write_text(SUMMARY, encoding="utf-8")
    return AppContext(UserSettings())


def first_run(context: AppContext, server: FakeLLMServer):  # type: ignore[no-untyped-def]
    template = context.library.get("long-summary")
    assert template is not None, context.library.problems
    prepared = pipeline.prepare(context, template, {"document": DOCUMENT})
    person = next(p for p, original in prepared.redaction.vault.items() if original == "Maria Keller")
    server.queue(Reply(text=f"# Summary\n\n{person} opened the review. 900 deliveries are planned."))
    run = pipeline.execute(context, prepared)
    assert run.status == "done", run.error_message
    return run, person


def test_a_follow_up_keeps_the_placeholders_and_reads_the_document_from_the_cache(context, connected_llm) -> None:
    run, person = first_run(context, connected_llm)
    first = connected_llm.requests[-1].body
    assert first["messages"][0]["content"][0]["cache_control"] == {"type": "ephemeral"}  # a long request is cached
    assert run.cache_write_tokens > 10_000 and run.cache_read_tokens == 0

    connected_llm.queue(Reply(chunks=["Shorter: ", person, " and ", "[PERSON_2]", " agreed."]))
    shown: list[str] = []
    done = followup.ask(context, run.id, "Make it shorter and mention Tom Becker too", on_text=shown.append)
    body = connected_llm.requests[-1].body
    roles = [m["role"] for m in body["messages"]]
    assert roles == ["user", "assistant", "user"]
    assert body["messages"][0]["content"][0]["text"] == run.redacted_prompt  # the same prefix, byte for byte
    assert body["messages"][1]["content"][0]["text"] == f"# Summary\n\n{person} opened the review. " \
                                                        "900 deliveries are planned."
    new_person = next(p for p, original in done.version.vault.items() if original == "Tom Becker")
    assert new_person not in run.vault and body["messages"][2]["content"] == \
        f"Make it shorter and mention {new_person} too"
    sent = connected_llm.requests[-1].text
    assert "Maria Keller" not in sent and "Tom Becker" not in sent
    assert done.run.cache_read_tokens >= run.cache_write_tokens  # the document came from the cache
    assert done.run.input_tokens < 100
    assert new_person == "[PERSON_2]"  # the next free number after Maria Keller's [PERSON_1]
    assert "".join(shown) == done.version.text == "Shorter: Maria Keller and Tom Becker agreed."
    assert done.version.number == 2 and done.run.status == "done" and done.run.actual_cost > 0


def test_every_version_is_kept_and_the_third_turn_sends_the_whole_conversation(context, connected_llm) -> None:
    run, person = first_run(context, connected_llm)
    connected_llm.queue(Reply(text=f"v2 for {person}"), Reply(text=f"v3 for {person}"))
    followup.ask(context, run.id, "Shorter")
    third = followup.ask(context, run.id, "More formal")
    body = connected_llm.requests[-1].body
    assert [m["role"] for m in body["messages"]] == ["user", "assistant", "user", "assistant", "user"]
    assert "cache_control" in body["messages"][3]["content"][0]  # the latest answer: the next turn reads it
    found = turns.versions(context.ledger, run.id)
    assert [(v.label, v.kind, v.text) for v in found] == [
        ("v1", "answer", run.response_text), ("v2", "follow_up", "v2 for Maria Keller"),
        ("v3", "follow_up", "v3 for Maria Keller")]
    assert third.run.cache_read_tokens > 0
    recorded = context.ledger.get(third.run.id)  # a run of its own: spend and budgets count it
    assert recorded is not None and recorded.fields == run.fields and recorded.rendered_prompt == "More formal"
    assert found[-1].turn_run_id == third.run.id and recorded.tier_reason == f"A follow-up to run {run.id}"


def test_an_edit_is_a_version_and_the_next_turn_continues_from_it(context, connected_llm) -> None:
    run, person = first_run(context, connected_llm)
    edit = turns.save_edit(context.ledger, run.id, "Maria Keller's review, edited by hand.")
    assert edit.number == 2
    connected_llm.queue(Reply(text="ok"))
    followup.ask(context, run.id, "Add a closing line")
    body = connected_llm.requests[-1].body
    assert body["messages"][1]["content"][0]["text"] == f"{person}'s review, edited by hand."
    assert [v.kind for v in turns.versions(context.ledger, run.id)] == ["answer", "edit", "follow_up"]


def test_turn_two_on_a_long_document_costs_under_a_third_of_turn_one_input(context, connected_llm) -> None:
    run, _person = first_run(context, connected_llm)
    connected_llm.queue(Reply(text="shorter"))
    done = followup.ask(context, run.id, "Make it shorter")

    def input_price(r) -> float:  # type: ignore[no-untyped-def]
        return pricing.cost(r.provider, r.model, input_tokens=r.input_tokens, output_tokens=0,
                            cache_read_tokens=r.cache_read_tokens, cache_write_tokens=r.cache_write_tokens)

    assert input_price(done.run) <= 0.3 * input_price(run)


def test_plain_refusals_for_an_unknown_run_an_unanswered_run_and_an_empty_request(context, connected_llm) -> None:
    with pytest.raises(TemplateError, match="no run nope"):
        followup.ask(context, "nope", "shorter")
    run, _person = first_run(context, connected_llm)
    with pytest.raises(TemplateError, match="Say what to change"):
        followup.ask(context, run.id, "  ")


def test_ask_and_export_from_the_command_line(context, connected_llm, tmp_path: Path, capsys) -> None:
    run, person = first_run(context, connected_llm)
    connected_llm.queue(Reply(text=f"- {person} leads.\n"))
    assert main(["ask", run.id, "make it a list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["version"] == 2 and data["text"] == "- Maria Keller leads.\n" and data["cache_read_tokens"] > 0
    connected_llm.queue(Reply(text="Short."))
    assert main(["ask", run.id, "shorter"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "Short.\n" and captured.err.startswith("[v3 · ")
    out = tmp_path / "latest.md"
    assert main(["export", run.id, "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == "Short.\n"  # the newest version
