"""OpenAI's Chat Completions API, streamed; in-house servers (Ollama, vLLM...) speak it too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core.errors import CancelledError
from desktop.core.send.providers_failures import dropped
from desktop.core.send.providers_stream import Answer, History, Watch, closer

_STOP_REASONS = {"stop": "end_turn", "length": "max_tokens"}


def stream_openai(client: Any, answer: Answer, prompt: str, system: str, max_tokens: int,
                   on_piece: Callable[[str], None], watch: Watch, history: History = ()) -> None:
    # OpenAI caches a repeated prefix by itself; earlier turns simply come first.
    messages = ([{"role": "system", "content": system}] if system else []) + [
        {"role": role, "content": text} for role, text in history] + [{"role": "user", "content": prompt}]
    # OpenAI's current models take max_completion_tokens; in-house servers know max_tokens.
    limit = {"max_tokens" if answer.provider == "local" else "max_completion_tokens": max_tokens}
    stream = client.chat.completions.create(model=answer.model, messages=messages, stream=True,
                                            stream_options={"include_usage": True}, **limit)
    finish, usage, received = None, None, []
    watch.closer = closer(stream)
    try:
        for chunk in stream:
            usage = chunk.usage or usage
            for choice in chunk.choices:
                if choice.delta and choice.delta.content:
                    received.append(choice.delta.content)
                    on_piece(choice.delta.content)
                finish = choice.finish_reason or finish
            if watch.cancelled():
                raise CancelledError()
    finally:
        stream.close()
    if finish is None:
        raise CancelledError() if watch.cancelled() else dropped(answer.provider)
    answer.stop_reason = _STOP_REASONS.get(finish, finish)
    if usage is None:  # some in-house servers send no usage: estimate it
        from desktop.core.send.pricing import count_tokens

        answer.input_tokens, answer.output_tokens = count_tokens(system + prompt), count_tokens("".join(received))
        return
    details = getattr(usage, "prompt_tokens_details", None)
    cached = int(getattr(details, "cached_tokens", 0) or 0) if details else 0
    answer.input_tokens = max(0, int(usage.prompt_tokens or 0) - cached)
    answer.output_tokens = int(usage.completion_tokens or 0)
    answer.cache_read_tokens = cached
