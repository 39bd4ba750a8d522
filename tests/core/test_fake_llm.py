"""The fake LLM server speaks well enough for the real SDKs, streamed and not, with faults."""

from __future__ import annotations

import anthropic
import openai
import pytest

from tests.helpers.fake_llm import FAKE_ANTHROPIC_KEY, FAKE_OPENAI_KEY, FakeLLMServer, Reply


def _anthropic(server: FakeLLMServer, **kw) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=FAKE_ANTHROPIC_KEY, base_url=server.url, max_retries=0, **kw)


def _openai(server: FakeLLMServer, **kw) -> openai.OpenAI:
    return openai.OpenAI(api_key=FAKE_OPENAI_KEY, base_url=server.url + "/v1", max_retries=0, **kw)


def test_anthropic_plain_reply_and_usage_and_request_recorded(fake_llm: FakeLLMServer) -> None:
    fake_llm.queue(Reply(text="Hello there", input_tokens=12, output_tokens=3))
    message = _anthropic(fake_llm).messages.create(
        model="claude-test", max_tokens=50, messages=[{"role": "user", "content": "Say hi to [PERSON_1]"}]
    )
    assert message.content[0].text == "Hello there"
    assert (message.usage.input_tokens, message.usage.output_tokens) == (12, 3)
    request = fake_llm.requests[-1]
    assert request.path == "/v1/messages"
    # Depending on the SDK version the key travels as x-api-key or as a bearer token.
    assert FAKE_ANTHROPIC_KEY in (request.headers.get("x-api-key"), request.headers.get("authorization", "")[7:])
    assert "[PERSON_1]" in request.user_text()


def test_anthropic_stream_delivers_chunks_and_final_usage(fake_llm: FakeLLMServer) -> None:
    fake_llm.queue(Reply(chunks=["Hel", "lo ", "world"], output_tokens=7, cache_read_tokens=5))
    with _anthropic(fake_llm).messages.stream(
        model="claude-test", max_tokens=50, messages=[{"role": "user", "content": "hi"}]
    ) as stream:
        pieces = list(stream.text_stream)
        final = stream.get_final_message()
    assert pieces == ["Hel", "lo ", "world"]
    assert final.usage.output_tokens == 7
    assert final.usage.cache_read_input_tokens == 5
    assert final.stop_reason == "end_turn"


def test_openai_plain_and_stream_with_usage(fake_llm: FakeLLMServer) -> None:
    client = _openai(fake_llm)
    fake_llm.queue(Reply(text="plain answer", output_tokens=2), Reply(chunks=["a", "b", "c"], output_tokens=3))
    completion = client.chat.completions.create(model="gpt-test", messages=[{"role": "user", "content": "x"}])
    assert completion.choices[0].message.content == "plain answer"
    assert completion.usage.completion_tokens == 2
    stream = client.chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": "x"}], stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "abc"
    assert chunks[-1].usage.completion_tokens == 3
    assert fake_llm.requests[-1].headers["authorization"] == f"Bearer {FAKE_OPENAI_KEY}"


@pytest.mark.parametrize(
    ("fault", "anthropic_error", "openai_error"),
    [
        ("401", anthropic.AuthenticationError, openai.AuthenticationError),
        ("403", anthropic.PermissionDeniedError, openai.PermissionDeniedError),
        ("404", anthropic.NotFoundError, openai.NotFoundError),
        ("429", anthropic.RateLimitError, openai.RateLimitError),
        ("500", anthropic.InternalServerError, openai.InternalServerError),
        ("529", anthropic.InternalServerError, openai.InternalServerError),
    ],
)
def test_scripted_faults_reach_both_sdks_as_their_errors(fake_llm, fault, anthropic_error, openai_error) -> None:
    fake_llm.queue(Reply(fault=fault, retry_after=3), Reply(fault=fault, retry_after=3))
    with pytest.raises(anthropic_error) as caught:
        _anthropic(fake_llm).messages.create(model="m", max_tokens=5, messages=[{"role": "user", "content": "x"}])
    assert caught.value.status_code == int(fault)
    if fault == "429":
        assert caught.value.response.headers["retry-after"] == "3"
    with pytest.raises(openai_error):
        _openai(fake_llm).chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])


def test_dropped_stream_is_visible_in_both_sdks(fake_llm: FakeLLMServer) -> None:
    """A cut stream gives partial text; neither SDK raises, but no stop reason arrives."""
    fake_llm.queue(Reply(text="one two three four", fault="drop", drop_after=2))
    with _anthropic(fake_llm).messages.stream(
        model="m", max_tokens=5, messages=[{"role": "user", "content": "x"}]
    ) as stream:
        received = list(stream.text_stream)
        final = stream.get_final_message()
    assert received == ["one ", "two "]
    assert final.stop_reason is None
    fake_llm.queue(Reply(text="one two three four", fault="drop", drop_after=1))
    chunks = list(_openai(fake_llm).chat.completions.create(
        model="m", messages=[{"role": "user", "content": "x"}], stream=True
    ))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "one "
    assert all(c.choices[0].finish_reason is None for c in chunks if c.choices)


def test_hanging_response_times_out_on_the_client(fake_llm: FakeLLMServer) -> None:
    fake_llm.queue(Reply(fault="hang", hang_seconds=5))
    with pytest.raises(anthropic.APITimeoutError):
        _anthropic(fake_llm, timeout=0.3).messages.create(
            model="m", max_tokens=5, messages=[{"role": "user", "content": "x"}]
        )


def test_model_listing_answers_with_and_without_a_query_string(fake_llm: FakeLLMServer) -> None:
    """Both SDKs' models.list() work, whatever paging parameters they add."""
    assert [m.id for m in _anthropic(fake_llm).models.list(limit=1)] == ["fake-model"]
    assert [m.id for m in _openai(fake_llm).models.list()] == ["fake-model"]
    assert fake_llm.requests[0].path.startswith("/v1/models?")
