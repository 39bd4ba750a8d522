"""The pipeline end to end against the fake LLM server: prepare, send, cache, fail, wait, resend.

Real parts throughout: template files parsed by the library, the privacy redactor, the real
SDKs over HTTP to the fake server, the SQLite ledger and answer cache in the test's home.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.context import AppContext
from desktop.core.errors import TemplateError
from desktop.core.run import CANCELLED, DONE, DRY_RUN, WAITING, Run
from desktop.core.send import pipeline, pricing, routing
from desktop.core.send.answer_cache import AnswerCache
from desktop.core.settings import UserSettings, keystore
from tests.helpers.fake_llm import FAKE_ANTHROPIC_KEY, FakeLLMServer, Reply

FOLLOW_UP = """---
title: Client follow-up
category: Sales
tier: {tier}
version: 2
purpose: Write a short follow-up note after a call.
fields:
  - {{name: client, label: Client name, type: short_text, required: true}}
  - {{name: notes, label: Call notes, type: long_text, required: true}}
output: {{max_words: 100}}
checklist:
  - The note is friendly
---
Write a short follow-up note to {{{{client}}}} about this call:
{{{{notes}}}}
"""

VALUES = {"client": "Maria Keller", "notes": "Maria Keller asked for the revised quote by the end of the month."}


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def write_template(template_id: str = "follow-up", tier: str = "execution") -> None:
    (paths.personal_prompts_dir() / f"{template_id}.md").write_text(FOLLOW_UP.format(tier=tier), encoding="utf-8")


def new_context() -> AppContext:
    return AppContext(UserSettings())


@pytest.fixture
def context(connected_llm: FakeLLMServer) -> AppContext:
    write_template()
    write_template("strategy", tier="reasoning")
    return new_context()


def prepared_follow_up(context: AppContext, values: dict | None = None, template_id: str = "follow-up"):
    template = context.library.get(template_id)
    assert template is not None, context.library.problems
    return pipeline.prepare(context, template, values or VALUES)


def test_prepare_renders_redacts_routes_and_estimates_without_sending(context, fake_llm) -> None:
    prepared = prepared_follow_up(context)
    assert "Maria Keller" in prepared.rendered
    assert "Maria Keller" not in prepared.redaction.text and "[PERSON_1]" in prepared.redaction.text
    assert prepared.route.tier == "execution" and prepared.route.label == "Execution · Claude Sonnet"
    assert prepared.max_output_tokens == prepared.template.max_output_tokens() == 140
    tokens = pricing.count_tokens(prepared.system + prepared.redaction.text)
    assert prepared.estimated_input_tokens == tokens
    assert prepared.estimated_cost == pricing.cost("anthropic", prepared.route.model, input_tokens=tokens,
                                                   output_tokens=140) > 0
    assert not prepared.needs_approval and prepared.problems == {} and prepared.budget_warning == ""
    run = prepared.run
    assert (run.template_id, run.template_version, run.template_hash) == ("follow-up", 2, prepared.template.content_hash)
    assert run.fields == VALUES and run.redaction_count == 1 and run.status == ""
    assert fake_llm.requests == []


def test_send_streams_restored_text_and_records_a_complete_run(context, fake_llm) -> None:
    fake_llm.queue(Reply(chunks=["Dear [PER", "SON_1], ", "thanks."], input_tokens=60, output_tokens=8))
    pieces: list[str] = []
    run = pipeline.execute(context, prepared_follow_up(context), on_text=pieces.append)
    assert "".join(pieces) == run.response_text == "Dear Maria Keller, thanks."
    assert all("[PER" not in piece for piece in pieces)  # never half a placeholder on screen
    assert run.status == DONE and run.stop_reason == "end_turn" and not run.cache_hit
    assert (run.provider, run.input_tokens, run.output_tokens) == ("anthropic", 60, 8)
    assert run.actual_cost == pricing.cost("anthropic", run.model, input_tokens=60, output_tokens=8) > 0
    reasoning = routing.pin_for("reasoning", context.team)
    assert run.reasoning_cost == pricing.cost(*reasoning, input_tokens=60, output_tokens=8) > run.actual_cost
    assert run.latency_total_ms >= run.latency_first_ms > 0 and run.finished_at
    assert "Maria Keller" not in fake_llm.sent_text()
    assert fake_llm.requests[-1].body["max_tokens"] == 140
    stored = new_context().ledger.get(run.id)
    assert stored is not None and stored.status == DONE and stored.response_text == run.response_text


def test_identical_request_is_answered_from_the_cache_at_no_cost_unless_fresh(context, fake_llm) -> None:
    first = pipeline.execute(context, prepared_follow_up(context))
    pieces: list[str] = []
    second = pipeline.execute(context, prepared_follow_up(context), on_text=pieces.append)
    assert len(fake_llm.requests) == 1
    assert second.cache_hit and second.status == DONE and second.actual_cost == 0 and second.input_tokens == 0
    assert second.response_text == first.response_text == "".join(pieces)
    third = pipeline.execute(context, prepared_follow_up(context), fresh=True)
    assert len(fake_llm.requests) == 2 and not third.cache_hit and third.actual_cost > 0


def test_cached_answer_is_restored_with_each_runs_own_names(context, fake_llm) -> None:
    """The cache holds placeholders only: the same redacted text about someone else gets their name."""
    fake_llm.queue(Reply(text="Thank you, [PERSON_1]."))
    assert pipeline.execute(context, prepared_follow_up(context)).response_text == "Thank you, Maria Keller."
    other = {"client": "Jonas Weber", "notes": "Jonas Weber asked for the revised quote by the end of the month."}
    second = pipeline.execute(context, prepared_follow_up(context, other))
    assert second.cache_hit and second.response_text == "Thank you, Jonas Weber."
    data = AnswerCache().path.read_bytes()
    assert b"Maria" not in data and b"Jonas" not in data


def test_cache_lifetime_zero_turns_the_cache_off(context, fake_llm) -> None:
    context.settings.set("cache_hours", 0)
    pipeline.execute(context, prepared_follow_up(context))
    assert not pipeline.execute(context, prepared_follow_up(context)).cache_hit
    assert len(fake_llm.requests) == 2


def test_empty_required_field_is_a_problem_and_execute_refuses_to_send(context, fake_llm) -> None:
    prepared = prepared_follow_up(context, {"client": "Maria Keller", "notes": ""})
    assert set(prepared.problems) == {"notes"}
    with pytest.raises(TemplateError) as caught:
        pipeline.execute(context, prepared)
    assert "Call notes" in caught.value.message
    assert fake_llm.requests == [] and context.ledger.get(prepared.run.id) is None


def test_estimate_above_the_team_threshold_needs_approval(context, team_dir: Path) -> None:
    (team_dir / "team.toml").write_text("approval_threshold = 0.0001\n", encoding="utf-8")
    prepared = prepared_follow_up(new_context())
    assert prepared.needs_approval
    assert "more than the $0.0001" not in prepared.approval_reason  # formatted for people
    assert "Send it anyway?" in prepared.approval_reason and "less than 1¢" in prepared.approval_reason


def test_past_ninety_percent_of_the_budget_a_reasoning_run_asks_and_offers_execution(context, team_dir) -> None:
    (team_dir / "team.toml").write_text("monthly_budget = 10.0\n", encoding="utf-8")
    ctx = new_context()
    ctx.ledger.record(Run(user=ctx.user, status=DONE, actual_cost=9.5, tier="reasoning"))
    assert prepared_follow_up(ctx).budget_warning == ""  # execution tier: no question
    warning = prepared_follow_up(ctx, template_id="strategy").budget_warning
    assert "95%" in warning and "$9.50 of $10" in warning and "Execution · Claude Sonnet" in warning


def test_when_nothing_can_answer_the_run_waits_with_its_fields_and_a_plain_message(context, fake_llm) -> None:
    keystore().delete("openai")
    fake_llm.queue(*[Reply(fault="529")] * 3)
    sleeps = Sleeps()
    statuses: list[str] = []
    run = pipeline.execute(context, prepared_follow_up(context), sleep=sleeps, on_status=statuses.append)
    assert run.status == WAITING and run.error_kind == "overloaded"
    assert "Anthropic is overloaded" in run.error_message and "no API key for OpenAI" in run.error_message
    assert "waiting to send" in run.error_message
    assert sleeps.calls and any("Trying again" in s for s in statuses)
    assert [r.id for r in context.ledger.waiting()] == [run.id]


def test_waiting_run_survives_a_restart_and_is_sent_again_under_the_same_id(context, fake_llm) -> None:
    keystore().delete("anthropic")
    keystore().delete("openai")
    waiting = pipeline.execute(context, prepared_follow_up(context))
    assert waiting.status == WAITING and waiting.error_kind == "no_key" and fake_llm.requests == []
    assert "Settings → API keys" in waiting.error_message
    context.ledger.close()

    keystore().set("anthropic", FAKE_ANTHROPIC_KEY)  # the user fixes the key, then restarts the app
    later = new_context()
    stored = later.ledger.waiting()
    assert [r.id for r in stored] == [waiting.id] and stored[0].fields == VALUES
    sent = pipeline.resend(later, waiting.id)
    assert sent.id == waiting.id and sent.status == DONE and "Maria Keller" in sent.response_text
    assert later.ledger.waiting() == [] and later.ledger.get(waiting.id).status == DONE


def test_refused_key_falls_back_to_the_other_provider_and_says_so(context, fake_llm) -> None:
    fake_llm.queue(Reply(fault="401"), Reply(text="From GPT."))
    statuses: list[str] = []
    run = pipeline.execute(context, prepared_follow_up(context), on_status=statuses.append)
    assert run.status == DONE and run.provider == "openai" and run.model == prepared_follow_up(context).route.fallbacks[0][1]
    assert run.response_text == "From GPT." and run.actual_cost > 0
    assert any("Anthropic refused the API key" in s and "OpenAI answered instead" in s for s in statuses)


def test_dropped_answer_starts_again_and_the_shown_text_is_reset(context, fake_llm) -> None:
    fake_llm.queue(Reply(text="half of it", fault="drop", drop_after=1), Reply(text="Whole answer."))
    shown: list[str] = []
    run = pipeline.execute(context, prepared_follow_up(context), on_text=shown.append, on_reset=shown.clear,
                           sleep=Sleeps())
    assert run.status == DONE and "".join(shown) == run.response_text == "Whole answer."


def test_stop_mid_answer_records_a_cancelled_run_with_the_partial_text(context, fake_llm) -> None:
    fake_llm.queue(Reply(chunks=["One ", "two ", "three"]))
    shown: list[str] = []
    run = pipeline.execute(context, prepared_follow_up(context), on_text=shown.append, cancelled=lambda: bool(shown))
    assert run.status == CANCELLED and run.response_text == "One " and "send again" in run.error_message
    assert context.ledger.get(run.id).status == CANCELLED


def test_dry_run_sends_nothing_and_records_the_try(context, fake_llm) -> None:
    run = pipeline.execute(context, prepared_follow_up(context), dry_run=True)
    assert run.status == DRY_RUN and fake_llm.requests == [] and run.redacted_prompt.count("[PERSON_1]") == 2
    assert context.ledger.get(run.id).status == DRY_RUN


def test_in_house_server_answers_at_no_cost(context, fake_llm, team_dir) -> None:
    (team_dir / "team.toml").write_text('[tiers.execution]\nprovider = "local"\nmodel = "llama3"\n', encoding="utf-8")
    ctx = new_context()
    ctx.settings.set("local_base_url", fake_llm.url)
    prepared = prepared_follow_up(ctx)
    assert prepared.route.fallbacks == () and prepared.estimated_cost == 0
    run = pipeline.execute(ctx, prepared)
    assert run.status == DONE and run.provider == "local" and run.actual_cost == 0 and run.reasoning_cost > 0


def test_importing_the_send_path_loads_neither_sdk_nor_the_price_table() -> None:
    code = ("import sys, desktop.core.send.pipeline, desktop.core.send.providers, desktop.core.send.routing\n"
            "print(sorted(m for m in ('anthropic', 'openai', 'genai_prices', 'httpx') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_send_reuses_the_redaction_made_while_typing_but_not_after_a_correction(context) -> None:
    typed = prepared_follow_up(context)
    again = prepared_follow_up(context)
    assert again.redaction is typed.redaction  # pressing Send does not redact the same text twice
    template = context.library.get("follow-up")
    corrected = pipeline.prepare(context, template, VALUES, keep=["Maria Keller"])
    assert corrected.redaction is not typed.redaction and "Maria Keller" in corrected.redaction.text
