"""What re-using documents saved: recorded cache reads against the full input price, less the
premium paid to write them, for this month only, from runs made with the real SDK against the
fake server's simulated prompt cache; and the line `promptdesk spend` prints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.context import AppContext
from desktop.core.run import DONE, Run
from desktop.core.send import followup, pricing
from desktop.core.usage.cache_savings import cache_saving
from tests.core.send.test_followup import first_run, long_document_context
from tests.helpers.fake_llm import FakeLLMServer, Reply


@pytest.fixture
def context(connected_llm: FakeLLMServer) -> AppContext:
    return long_document_context(connected_llm)


def _per_token(run: Run, kind: str) -> float:
    """The model's price for one token of ``kind`` (genai-prices, a million at once for precision)."""
    tokens = {"input_tokens": 0, "output_tokens": 0, kind: 1_000_000}
    return pricing.cost(run.provider, run.model, **tokens) / 1_000_000


def test_two_follow_ups_on_a_long_document_save_most_of_its_price(context: AppContext,
                                                                  connected_llm: FakeLLMServer) -> None:
    run, _person = first_run(context, connected_llm)
    assert cache_saving(context).net < 0  # only the write so far: the premium, nothing read yet
    connected_llm.queue(Reply(text="Shorter."), Reply(text="Shorter still."))
    turns = [followup.ask(context, run.id, "Shorter").run, followup.ask(context, run.id, "Shorter still").run]
    found = cache_saving(context)
    reads = sum(t.cache_read_tokens for t in turns)
    writes = run.cache_write_tokens + sum(t.cache_write_tokens for t in turns)
    assert (found.read_tokens, found.write_tokens) == (reads, writes)
    plain, read, write = (_per_token(run, kind) for kind in ("input_tokens", "cache_read_tokens",
                                                               "cache_write_tokens"))
    assert read < plain / 5 and write == pytest.approx(1.25 * plain)  # Anthropic's cache prices
    assert found.saved_on_reads == pytest.approx(reads * (plain - read), rel=1e-6)
    assert found.paid_for_writes == pytest.approx(writes * (write - plain), rel=1e-6)
    assert found.net > 0 and found.sentence.startswith("Saved by re-using documents: ")
    assert found.sentence.endswith(" this month.")


def test_other_months_and_uncached_runs_do_not_count(context: AppContext) -> None:
    model = "claude-sonnet-5-5-20260928"
    context.ledger.record(Run(user=context.user, status=DONE, provider="anthropic", model=model,
                              started_at="2026-01-15T10:00:00.000+00:00", cache_read_tokens=50_000))
    context.ledger.record(Run(user=context.user, status=DONE, provider="anthropic", model=model,
                              started_at="2026-02-15T10:00:00.000+00:00", input_tokens=50_000))
    january = cache_saving(context, "2026-01")
    assert january.read_tokens == 50_000 and january.net > 0
    february = cache_saving(context, now=datetime(2026, 2, 20, tzinfo=UTC))
    assert february.read_tokens == 0 and february.sentence == ""


def _spend(*args: str) -> str:
    """The real command in a process of its own (it sets up the app's log for that process)."""
    done = subprocess.run([sys.executable, "-m", "desktop", "spend", *args], capture_output=True, text=True,
                          env=dict(os.environ), cwd=Path(__file__).parents[3], timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_spend_prints_the_saving_and_json_carries_it(context: AppContext, connected_llm: FakeLLMServer) -> None:
    run, _person = first_run(context, connected_llm)
    connected_llm.queue(Reply(text="Shorter."))
    followup.ask(context, run.id, "Shorter")
    expected = cache_saving(context)
    assert expected.sentence in _spend()
    data = json.loads(_spend("--json"))
    assert data["saved_by_reusing_documents"] == pytest.approx(expected.net)
    assert data["cache_read_tokens"] == expected.read_tokens > 10_000
