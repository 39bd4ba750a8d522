"""Providers against the fake LLM server with the real SDKs: streaming, usage, plain errors."""

from __future__ import annotations

import socket
import threading

import pytest

from desktop.core.errors import CancelledError, ProviderError
from desktop.core.send import providers
from desktop.core.settings import KeyStore, UserSettings, keystore
from tests.helpers.fake_llm import FAKE_ANTHROPIC_KEY, FAKE_OPENAI_KEY, FakeLLMServer, Reply


@pytest.fixture
def keys(connected_llm: FakeLLMServer) -> KeyStore:
    """Both cloud providers pointed at the fake server, with fake keys in the (memory) keychain."""
    return keystore()


def _endpoint(provider: str, keys: KeyStore, settings: UserSettings | None = None) -> providers.Endpoint:
    return providers.endpoint_for(provider, keys, settings or UserSettings())


def test_anthropic_stream_hands_over_pieces_and_reports_usage_with_cache_tokens(fake_llm, keys) -> None:
    fake_llm.queue(Reply(chunks=["Hel", "lo ", "[PERSON_1]"], input_tokens=40, output_tokens=6,
                         cache_read_tokens=100, cache_write_tokens=20))
    pieces: list[str] = []
    answer = providers.stream_once(_endpoint("anthropic", keys), "claude-x-20260101", "Greet [PERSON_1]",
                                   max_tokens=77, system="Be brief.", on_text=pieces.append)
    assert pieces == ["Hel", "lo ", "[PERSON_1]"]
    assert answer.text == "Hello [PERSON_1]"
    assert (answer.input_tokens, answer.output_tokens) == (40, 6)
    assert (answer.cache_read_tokens, answer.cache_write_tokens) == (100, 20)
    assert answer.stop_reason == "end_turn"
    body = fake_llm.requests[-1].body
    assert (body["model"], body["max_tokens"], body["system"], body["stream"]) == ("claude-x-20260101", 77, "Be brief.", True)


def test_openai_stream_counts_cached_prompt_tokens_apart_from_input(fake_llm, keys) -> None:
    fake_llm.queue(Reply(chunks=["a", "b"], input_tokens=30, output_tokens=2, cache_read_tokens=10))
    answer = providers.stream_once(_endpoint("openai", keys), "gpt-x", "hi", max_tokens=9, system="sys")
    assert answer.text == "ab"
    assert (answer.input_tokens, answer.cache_read_tokens, answer.output_tokens) == (30, 10, 2)
    assert answer.stop_reason == "end_turn"
    request = fake_llm.requests[-1]
    assert request.path == "/v1/chat/completions"
    assert request.body["max_completion_tokens"] == 9
    assert request.body["messages"][0] == {"role": "system", "content": "sys"}


def test_in_house_server_needs_no_key_gets_v1_added_and_max_tokens(fake_llm) -> None:
    settings = UserSettings()
    settings.set("local_base_url", fake_llm.url)
    endpoint = _endpoint("local", keystore(), settings)
    assert endpoint.base_url == fake_llm.url + "/v1"
    answer = providers.stream_once(endpoint, "llama3", "hello", max_tokens=5)
    assert answer.text.startswith("You asked: hello")
    assert fake_llm.requests[-1].body["max_tokens"] == 5


def test_missing_key_is_a_plain_no_key_error_naming_where_to_fix_it(keys) -> None:
    keys.delete("openai")
    with pytest.raises(ProviderError) as caught:
        providers.stream_once(_endpoint("openai", keys), "gpt-x", "hi", max_tokens=5)
    assert caught.value.kind == "no_key"
    assert "Settings → API keys" in caught.value.message and "platform.openai.com" in caught.value.message


def test_environment_key_is_used_when_the_keychain_has_none(monkeypatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test-from-env")
    assert _endpoint("anthropic", keystore()).api_key == "sk-ant-test-from-env"


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
@pytest.mark.parametrize(
    ("fault", "kind", "retryable", "words"),
    [
        ("401", "auth", False, "refused the API key. Open Settings → API keys"),
        ("403", "permission", False, "may not use the model"),
        ("404", "model_not_found", False, "does not know the model 'some-model'"),
        ("429", "rate_limited", True, "too many requests"),
        ("500", "server", True, "problem on its side (error 500)"),
        ("529", "overloaded", True, "overloaded"),
    ],
)
def test_every_api_error_becomes_a_plain_provider_error(fake_llm, keys, provider, fault, kind, retryable, words) -> None:
    fake_llm.queue(Reply(fault=fault, retry_after=3))
    with pytest.raises(ProviderError) as caught:
        providers.stream_once(_endpoint(provider, keys), "some-model", "x", max_tokens=5)
    error = caught.value
    assert (error.kind, error.retryable, error.provider) == (kind, retryable, provider)
    assert words in error.message
    assert error.message.startswith({"anthropic": "Anthropic", "openai": "OpenAI"}[provider])
    if fault == "429":
        assert error.retry_after == 3
    assert FAKE_ANTHROPIC_KEY not in error.message and FAKE_OPENAI_KEY not in error.message


def test_refused_anthropic_key_names_the_console() -> None:
    error = providers.translate(type("AuthenticationError", (Exception,), {"status_code": 401})(), "anthropic", "m")
    assert "console.anthropic.com" in error.message


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_dropped_stream_is_detected_as_retryable_although_the_sdk_does_not_raise(fake_llm, keys, provider) -> None:
    fake_llm.queue(Reply(text="one two three four", fault="drop", drop_after=2))
    pieces: list[str] = []
    with pytest.raises(ProviderError) as caught:
        providers.stream_once(_endpoint(provider, keys), "m", "x", max_tokens=5, on_text=pieces.append)
    assert (caught.value.kind, caught.value.retryable) == ("dropped", True)
    assert pieces == ["one ", "two "]


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_silent_server_times_out_as_retryable(fake_llm, keys, provider) -> None:
    fake_llm.queue(Reply(fault="hang", hang_seconds=5))
    with pytest.raises(ProviderError) as caught:
        providers.stream_once(_endpoint(provider, keys), "m", "x", max_tokens=5, timeout=0.3)
    assert (caught.value.kind, caught.value.retryable) == ("timeout", True)
    assert "did not answer in time" in caught.value.message


def test_unreachable_in_house_server_names_its_address() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = UserSettings()
    settings.set("local_base_url", f"http://127.0.0.1:{port}/v1")
    with pytest.raises(ProviderError) as caught:
        providers.stream_once(_endpoint("local", keystore(), settings), "llama3", "x", max_tokens=5, timeout=2)
    assert caught.value.kind == "connection"
    assert f"127.0.0.1:{port}" in caught.value.message and "running" in caught.value.message


def test_cancel_mid_stream_stops_reading(fake_llm, keys) -> None:
    fake_llm.queue(Reply(chunks=["a", "b", "c", "d"]))
    pieces: list[str] = []
    with pytest.raises(CancelledError):
        providers.stream_once(_endpoint("anthropic", keys), "m", "x", max_tokens=5, on_text=pieces.append,
                              cancelled=lambda: len(pieces) >= 2)
    assert pieces == ["a", "b"]


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_cancel_while_the_model_sends_nothing_closes_the_stream_at_once(fake_llm, keys, provider) -> None:
    """The server waits before every chunk; Stop must not wait for the next one to arrive."""
    fake_llm.queue(Reply(chunks=["late", " answer"], chunk_delay=3))
    pieces: list[str] = []

    def cancelled() -> bool:
        # The user has pressed Stop, but only the watcher may notice: the reading loop is blocked
        # waiting for a chunk, which is exactly the case being pinned.
        return threading.current_thread().name == "promptdesk-cancel-watch"

    with pytest.raises(CancelledError):
        providers.stream_once(_endpoint(provider, keys), "m", "x", max_tokens=5, on_text=pieces.append,
                              cancelled=cancelled)
    assert pieces == []  # closed before the first chunk came, not after it


def test_exhausted_credit_is_a_quota_error_not_a_rate_limit_to_wait_for() -> None:
    import anthropic
    import openai

    try:
        import httpx2 as httpx  # the HTTP client of the current SDK releases
    except ImportError:
        import httpx

    request = httpx.Request("POST", "http://127.0.0.1/v1/messages")
    low_credit = anthropic.BadRequestError(
        "Your credit balance is too low to access the Anthropic API.",
        response=httpx.Response(400, request=request), body=None)
    no_quota = openai.RateLimitError(
        "You exceeded your current quota, please check your plan and billing details.",
        response=httpx.Response(429, request=request), body={"code": "insufficient_quota"})
    for exc, provider, page in ((low_credit, "anthropic", "console.anthropic.com"),
                                (no_quota, "openai", "platform.openai.com")):
        error = providers.translate(exc, provider, "m")
        assert (error.kind, error.retryable) == ("quota", False)
        assert "run out of credit" in error.message and page in error.message


def test_in_house_tier_without_a_server_address_says_where_to_enter_it() -> None:
    with pytest.raises(ProviderError) as caught:
        providers.stream_once(_endpoint("local", keystore()), "llama3", "x", max_tokens=5)
    assert caught.value.kind == "no_server" and "Open Settings and enter its address" in caught.value.message


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_stop_before_the_server_sends_any_header_returns_without_waiting_for_the_request(fake_llm, keys,
                                                                                        provider) -> None:
    """The server has the request but answers nothing, not even headers: Stop ends it at once
    (the request is abandoned, still running; it does not wait for the 60 s read timeout)."""
    fake_llm.queue(Reply(fault="hang", hang_seconds=30))
    with pytest.raises(CancelledError):
        providers.stream_once(_endpoint(provider, keys), "m", "x", max_tokens=5, timeout=60,
                              cancelled=lambda: len(fake_llm.requests) > 0)
    assert any(t.name == "promptdesk-request" and t.is_alive() for t in threading.enumerate())
