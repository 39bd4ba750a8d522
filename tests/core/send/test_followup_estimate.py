"""The price shown before a turn is sent, against what the fake server (real SDK, simulated
Anthropic prompt cache) reports afterwards: the first turn includes writing the document to the
cache, a follow-up reads it at the cache-read price, a pause longer than the cache lives prices
it as a fresh write.

Tolerance: the input side of each estimate (tokens of each kind and their price) is within
3% of what was recorded, or 4 tokens a message for small counts (the framing of each message,
which the provider counts and a character estimate cannot see). The answer is counted at its limit, so the whole estimate is never
below the recorded cost.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.context import AppContext
from desktop.core.send import followup, followup_estimate, pipeline, pricing
from desktop.core.usage import turns
from tests.core.send.test_followup import DOCUMENT, first_run, long_document_context
from tests.helpers.fake_llm import FakeLLMServer, Reply


@pytest.fixture
def context(connected_llm: FakeLLMServer) -> AppContext:
    """The long-document template and the simulated prompt cache (as in test_followup)."""
    return long_document_context(connected_llm)

TOLERANCE, PER_MESSAGE = 0.03, 4


def close(estimated: float, actual: float, messages: int = 0) -> bool:
    return abs(estimated - actual) <= max(TOLERANCE * actual, PER_MESSAGE * messages)


def input_cost(run) -> float:  # type: ignore[no-untyped-def]
    return pricing.cost(run.provider, run.model, input_tokens=run.input_tokens, output_tokens=0,
                        cache_read_tokens=run.cache_read_tokens, cache_write_tokens=run.cache_write_tokens)


def test_the_first_turn_estimate_counts_writing_the_document_to_the_cache(context: AppContext,
                                                                         connected_llm: FakeLLMServer) -> None:
    template = context.library.get("long-summary")
    assert template is not None
    prepared = pipeline.prepare(context, template, {"document": DOCUMENT})
    first = followup_estimate.first_request(prepared.route.provider, prepared.route.model, system=prepared.system,
                                            prompt=prepared.redaction.text, output=prepared.max_output_tokens)
    assert prepared.estimated_cost == pytest.approx(first.cost)
    plain_price = pricing.cost(prepared.route.provider, prepared.route.model,
                               input_tokens=prepared.estimated_input_tokens, output_tokens=0)
    assert first.input_cost == pytest.approx(1.25 * plain_price, rel=0.01)  # the write costs a quarter more
    run, _person = first_run(context, connected_llm)
    assert close(first.cache_write_tokens, run.cache_write_tokens) and run.cache_read_tokens == 0
    assert close(first.input_cost, input_cost(run)) and first.cost >= run.actual_cost


def test_a_short_first_request_is_not_cached_and_not_charged_for_a_write() -> None:
    short = followup_estimate.first_request("anthropic", "claude-sonnet-4-5", system="", prompt="Hello " * 50,
                                            output=100)
    assert short.cache_write_tokens == 0 and short.input_tokens == pricing.count_tokens("Hello " * 50)


def test_the_second_and_third_turn_estimates_match_the_recorded_cache_reads(context: AppContext,
                                                                           connected_llm: FakeLLMServer) -> None:
    run, person = first_run(context, connected_llm)
    for number, request in ((2, "Make it shorter"), (3, "Now add a table of the dates")):
        conv = followup_estimate.conversation(context, run.id)
        assert conv is not None
        guess = followup_estimate.estimate(context, conv, request)
        connected_llm.queue(Reply(text=f"Version {number} for {person}, much shorter than before."))
        done = followup.ask(context, run.id, request)
        actual = done.run
        assert guess.cache_read_tokens > 10_000, "the document is priced at the cache-read price"
        assert close(guess.cache_read_tokens, actual.cache_read_tokens), (number, guess, actual)
        assert close(guess.cache_write_tokens, actual.cache_write_tokens, messages=2)
        assert close(guess.input_tokens, actual.input_tokens, messages=1)
        assert close(guess.input_cost, input_cost(actual)) and guess.cost >= actual.actual_cost
        assert context.ledger.get(actual.id).estimated_cost == pytest.approx(guess.cost)  # recorded beside it
        assert guess.input_cost <= 0.3 * input_cost(run)  # a follow-up on a long document is cheap


def test_after_an_edit_the_changed_answer_is_written_again(context: AppContext,
                                                          connected_llm: FakeLLMServer) -> None:
    run, _person = first_run(context, connected_llm)
    turns.save_edit(context.ledger, run.id, "An answer edited by hand, longer than the model's own. " * 20)
    conv = followup_estimate.conversation(context, run.id)
    assert conv is not None
    guess = followup_estimate.estimate(context, conv, "Shorter")
    connected_llm.queue(Reply(text="ok"))
    actual = followup.ask(context, run.id, "Shorter").run
    assert close(guess.cache_read_tokens, actual.cache_read_tokens)
    assert close(guess.cache_write_tokens, actual.cache_write_tokens, messages=1) and actual.cache_write_tokens > 200


def test_after_the_cache_has_expired_the_conversation_is_priced_as_a_new_write(context: AppContext,
                                                                              connected_llm: FakeLLMServer) -> None:
    run, _person = first_run(context, connected_llm)
    conv = followup_estimate.conversation(context, run.id)
    assert conv is not None
    later = datetime.now(UTC) + timedelta(minutes=6)
    stale = followup_estimate.estimate(context, conv, "Shorter", now=later)
    fresh = followup_estimate.estimate(context, conv, "Shorter")
    assert stale.cache_read_tokens == 0 and stale.cache_write_tokens > 10_000
    assert stale.cost > 5 * fresh.input_cost


def test_an_unknown_or_unanswered_run_has_no_conversation(context: AppContext) -> None:
    assert followup_estimate.conversation(context, "nope") is None
