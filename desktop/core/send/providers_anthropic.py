"""Anthropic's Messages API, streamed, with prompt caching for long requests and follow-ups."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core.errors import CancelledError
from desktop.core.send.providers_failures import dropped
from desktop.core.send.providers_stream import Answer, History, Watch, closer

_CACHED = {"type": "ephemeral"}
CACHE_MIN_CHARS = 10_000  # about 2,500 tokens: above every Claude model's minimum cacheable prompt


def anthropic_messages(prompt: str, history: History) -> list[dict[str, Any]]:
    """The conversation for Anthropic, marked for prompt caching where a follow-up can reuse it.

    A long first request (a document) is cached as it is sent: writing costs a quarter more
    than plain input once, and every follow-up then reads it at a tenth of the price. With
    earlier turns, the first request and the latest answer are marked, so each turn reads what
    was already sent. Short requests go as plain text: below the providers' minimum (1,024 to
    2,048 tokens) nothing can be cached anyway.
    """
    if not history:
        if len(prompt) < CACHE_MIN_CHARS:
            return [{"role": "user", "content": prompt}]
        return [{"role": "user", "content": [{"type": "text", "text": prompt, "cache_control": _CACHED}]}]
    messages: list[dict[str, Any]] = [{"role": role, "content": [{"type": "text", "text": text}]}
                                      for role, text in history]
    messages[0]["content"][0]["cache_control"] = _CACHED
    messages[-1]["content"][0]["cache_control"] = _CACHED
    return [*messages, {"role": "user", "content": prompt}]


def stream_anthropic(client: Any, answer: Answer, prompt: str, system: str, max_tokens: int,
                      on_piece: Callable[[str], None], watch: Watch, history: History = ()) -> None:
    kwargs: dict[str, Any] = {"model": answer.model, "max_tokens": max_tokens,
                              "messages": anthropic_messages(prompt, history)}
    if system:
        kwargs["system"] = system
    with client.messages.stream(**kwargs) as stream:
        watch.closer = closer(stream)
        for event in stream:
            if event.type == "text":
                on_piece(event.text)
            if watch.cancelled():
                raise CancelledError()
        final = stream.get_final_message()
    if final.stop_reason is None:
        raise CancelledError() if watch.cancelled() else dropped(answer.provider)
    usage = final.usage
    answer.stop_reason = str(final.stop_reason)
    answer.input_tokens = int(usage.input_tokens or 0)
    answer.output_tokens = int(usage.output_tokens or 0)
    answer.cache_read_tokens = int(getattr(usage, "cache_read_input_tokens", 0) or 0)
    answer.cache_write_tokens = int(getattr(usage, "cache_creation_input_tokens", 0) or 0)
