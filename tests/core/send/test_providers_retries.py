"""Retries, retry-after countdowns, dropped-stream restarts, fallback and the circuit breaker.

Waiting goes through an injected ``sleep`` that records what it was asked and returns at once,
so these tests never depend on the clock.
"""

from __future__ import annotations

import pytest

from desktop.core.errors import CancelledError
from desktop.core.send import providers
from desktop.core.settings import KeyStore, UserSettings, keystore
from tests.helpers.fake_llm import FakeLLMServer, Reply

TARGETS = (("anthropic", "claude-x-20260101"), ("openai", "gpt-x-2026-01-01"))


class Recorder:
    """Collects what ``send`` reports: sleeps, status lines, text, resets."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []
        self.statuses: list[str] = []
        self.text: list[str] = []
        self.resets = 0

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def reset(self) -> None:
        self.resets += 1
        self.text.clear()


@pytest.fixture
def keys(connected_llm: FakeLLMServer) -> KeyStore:
    """Both providers pointed at the fake server, with fake keys in the (in-memory) keychain."""
    return keystore()


@pytest.fixture
def clock() -> list[float]:
    return [1000.0]


@pytest.fixture
def breaker(clock: list[float]) -> providers.CircuitBreaker:
    return providers.CircuitBreaker(threshold=2, cooldown=300, clock=lambda: clock[0])


def _send(keys: KeyStore, rec: Recorder, breaker: providers.CircuitBreaker, targets=TARGETS, **kw):
    return providers.send(targets, "Hello", max_tokens=50, keys=keys, settings=UserSettings(), on_text=rec.text.append,
                          on_reset=rec.reset, on_status=rec.statuses.append, sleep=rec.sleep, breaker=breaker, **kw)


def _paths(server: FakeLLMServer) -> list[str]:
    return [request.path for request in server.requests]


def test_rate_limit_waits_as_long_as_retry_after_says_with_a_countdown(fake_llm, keys, breaker) -> None:
    fake_llm.queue(Reply(fault="429", retry_after=3), Reply(text="done now"))
    rec = Recorder()
    answer = _send(keys, rec, breaker)
    assert answer.text == "done now" and answer.provider == "anthropic"
    assert sum(rec.sleeps) == 3
    assert [s.rsplit("again", 1)[1] for s in rec.statuses] == [" in 3 s…", " in 2 s…", " in 1 s…"]
    assert "too many requests" in rec.statuses[0]
    assert _paths(fake_llm) == ["/v1/messages", "/v1/messages"]


@pytest.mark.parametrize("fault", ["500", "529"])
def test_server_errors_are_retried_with_growing_backoff_then_answer(fake_llm, keys, breaker, fault) -> None:
    fake_llm.queue(Reply(fault=fault), Reply(fault=fault), Reply(text="third time"))
    rec = Recorder()
    answer = _send(keys, rec, breaker)
    assert answer.text == "third time"
    assert sum(rec.sleeps) == providers.backoff(0) + providers.backoff(1) == 3


@pytest.mark.parametrize("targets", [TARGETS, TARGETS[::-1]])
def test_dropped_stream_is_restarted_and_the_partial_text_reset(fake_llm, keys, breaker, targets) -> None:
    fake_llm.queue(Reply(text="one two three", fault="drop", drop_after=1), Reply(text="all of it"))
    rec = Recorder()
    answer = _send(keys, rec, breaker, targets=targets)
    assert rec.resets == 1
    assert "".join(rec.text) == answer.text == "all of it"
    assert len(fake_llm.requests) == 2


def test_after_repeated_overload_the_other_provider_at_the_same_tier_answers(fake_llm, keys, breaker) -> None:
    fake_llm.queue(*[Reply(fault="529")] * providers.ATTEMPTS_PER_MODEL, Reply(text="from OpenAI"))
    rec = Recorder()
    answer = _send(keys, rec, breaker)
    assert (answer.provider, answer.model, answer.text) == ("openai", "gpt-x-2026-01-01", "from OpenAI")
    assert _paths(fake_llm) == ["/v1/messages"] * 3 + ["/v1/chat/completions"]
    assert any("Asking OpenAI instead" in status for status in rec.statuses)
    assert answer.notes[-1] == "OpenAI answered instead."


def test_refused_key_is_not_retried_and_the_fallback_answers(fake_llm, keys, breaker) -> None:
    fake_llm.queue(Reply(fault="401"), Reply(text="fine"))
    rec = Recorder()
    answer = _send(keys, rec, breaker)
    assert answer.provider == "openai" and rec.sleeps == []
    assert "Anthropic refused the API key" in answer.notes[0]


def test_provider_without_a_key_is_skipped_without_a_request(fake_llm, keys, breaker) -> None:
    keys.delete("anthropic")
    rec = Recorder()
    answer = _send(keys, rec, breaker)
    assert answer.provider == "openai"
    assert _paths(fake_llm) == ["/v1/chat/completions"]


def test_long_retry_after_moves_on_instead_of_keeping_the_user_waiting(fake_llm, keys, breaker) -> None:
    fake_llm.queue(Reply(fault="429", retry_after=600), Reply(text="openai here"))
    rec = Recorder()
    answer = _send(keys, rec, breaker)
    assert answer.provider == "openai" and rec.sleeps == []


def test_when_nothing_answers_the_error_names_every_provider(fake_llm, keys, breaker) -> None:
    keys.delete("openai")
    fake_llm.queue(*[Reply(fault="500")] * providers.ATTEMPTS_PER_MODEL)
    with pytest.raises(providers.AllProvidersFailed) as caught:
        _send(keys, Recorder(), breaker)
    error = caught.value
    assert [e.kind for e in error.errors] == ["server", "no_key"]
    assert error.retryable and error.kind == "server"
    assert "Anthropic had a problem on its side" in error.message and "no API key for OpenAI" in error.message


def _open_breaker(fake_llm: FakeLLMServer, keys: KeyStore, breaker: providers.CircuitBreaker) -> None:
    for _ in range(2):  # two failed requests in a row open the breaker
        fake_llm.queue(*[Reply(fault="529")] * providers.ATTEMPTS_PER_MODEL)
        with pytest.raises(providers.AllProvidersFailed):
            _send(keys, Recorder(), breaker)


def test_breaker_skips_automatic_sends_for_a_few_minutes_then_tries_again(fake_llm, keys, breaker, clock) -> None:
    keys.delete("openai")
    _open_breaker(fake_llm, keys, breaker)
    fake_llm.queue(Reply(fault="529"))
    with pytest.raises(providers.AllProvidersFailed):
        _send(keys, Recorder(), breaker, automatic=True)  # the first automatic send probes, once
    sent = len(fake_llm.requests)
    with pytest.raises(providers.AllProvidersFailed) as caught:
        _send(keys, Recorder(), breaker, automatic=True)  # the next one is skipped: nothing goes out
    assert len(fake_llm.requests) == sent
    assert caught.value.errors[0].kind == "skipped"
    assert f"by itself in {round(breaker.probe_every)} s" in caught.value.message  # the next probe, counted down
    clock[0] += 301
    assert _send(keys, Recorder(), breaker, automatic=True).provider == "anthropic"
    assert len(fake_llm.requests) == sent + 1


def test_an_explicit_send_tries_the_chosen_provider_even_while_the_breaker_is_open(fake_llm, keys, breaker) -> None:
    """A person's click always tries; only the automatic fallback is skipped."""
    keys.delete("openai")
    _open_breaker(fake_llm, keys, breaker)
    assert breaker.is_open("anthropic@" + fake_llm.url)
    sent = len(fake_llm.requests)
    fake_llm.queue(Reply(text="back again"))
    answer = _send(keys, Recorder(), breaker)
    assert (answer.provider, answer.text) == ("anthropic", "back again")
    assert len(fake_llm.requests) == sent + 1
    assert not breaker.is_open("anthropic@" + fake_llm.url)  # the success closed it


def test_automatic_sends_probe_an_open_breaker_once_per_interval_without_retrying(fake_llm, keys, breaker,
                                                                                 clock) -> None:
    keys.delete("openai")
    _open_breaker(fake_llm, keys, breaker)
    sent = len(fake_llm.requests)
    fake_llm.queue(Reply(fault="529"), Reply(fault="529"))
    rec = Recorder()
    with pytest.raises(providers.AllProvidersFailed):
        _send(keys, rec, breaker, automatic=True)  # the probe: one request, no waiting
    assert len(fake_llm.requests) == sent + 1 and rec.sleeps == []
    with pytest.raises(providers.AllProvidersFailed):
        _send(keys, Recorder(), breaker, automatic=True)  # within the interval: skipped
    assert len(fake_llm.requests) == sent + 1
    clock[0] += breaker.probe_every  # still inside the cooldown, but a probe is due
    fake_llm.clear()
    fake_llm.queue(Reply(text="it answers again"))
    assert _send(keys, Recorder(), breaker, automatic=True).text == "it answers again"


def test_refused_keys_do_not_open_the_breaker(fake_llm, keys, breaker) -> None:
    keys.delete("openai")
    for _ in range(3):
        fake_llm.queue(Reply(fault="401"))
        with pytest.raises(providers.AllProvidersFailed):
            _send(keys, Recorder(), breaker)
    assert _send(keys, Recorder(), breaker).provider == "anthropic"


def test_cancel_during_a_countdown_stops_waiting(fake_llm, keys, breaker) -> None:
    fake_llm.queue(Reply(fault="429", retry_after=30))
    rec = Recorder()
    with pytest.raises(CancelledError):
        _send(keys, rec, breaker, cancelled=lambda: len(rec.sleeps) >= 2)
    assert len(rec.sleeps) == 2 and len(fake_llm.requests) == 1


def test_a_provider_that_timed_out_is_not_waited_on_again_the_other_one_answers(fake_llm, keys, breaker) -> None:
    fake_llm.queue(Reply(fault="hang", hang_seconds=5), Reply(text="quick answer"))
    rec = Recorder()
    answer = _send(keys, rec, breaker, timeout=0.3)
    assert answer.provider == "openai" and rec.sleeps == []
    assert _paths(fake_llm) == ["/v1/messages", "/v1/chat/completions"]
    assert "did not answer in time" in answer.notes[0]
