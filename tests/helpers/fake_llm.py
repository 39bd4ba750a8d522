"""A fake LLM API server for tests: a real HTTP server on 127.0.0.1.

It speaks enough of Anthropic's Messages API (``POST /v1/messages``) and OpenAI's Chat
Completions API (``POST /v1/chat/completions``), plain and streamed, that the real ``anthropic``
and ``openai`` SDK clients pointed at it with ``base_url`` work unmodified. It records every
request so a test can assert exactly what left the machine, and each test scripts it:

    server.queue(Reply(text="Hello", chunk_delay=0.01))
    server.queue(Reply(fault="429", retry_after=2))
    server.queue(Reply(fault="drop", drop_after=3))

Replies are taken in order; with the queue empty, ``server.default`` answers (by default an
echo of the last user message, so placeholders sent out come back in the answer).

Faults: ``"401"``, ``"403"``, ``"404"`` (unknown model), ``"429"`` (with ``retry_after``),
``"500"``, ``"529"`` (overloaded), ``"drop"`` (stream cut after ``drop_after`` chunks),
``"hang"`` (no response until the server stops or ``hang_seconds`` pass).
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.helpers.fake_batches import FakeBatches, FakeOpenAIBatches

FAKE_ANTHROPIC_KEY = "sk-ant-test-0000000000000000"
FAKE_OPENAI_KEY = "sk-test-0000000000000000"


@dataclass
class Reply:
    """What the server answers to one request."""

    text: str = "This is a fake answer."
    input_tokens: int | None = None  # None: counted from the request (about 4 characters a token)
    output_tokens: int | None = None
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0
    chunks: list[str] | None = None  # how the text is split when streamed; default: by word
    chunk_delay: float = 0.0
    fault: str | None = None
    retry_after: float | None = None
    drop_after: int = 1
    hang_seconds: float = 60.0
    stop_reason: str = "end_turn"


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    raw: bytes = field(repr=False, default=b"")

    @property
    def text(self) -> str:
        """Every piece of text the request carried: what left the machine, as one string."""
        return self.raw.decode("utf-8", "replace")

    def user_text(self) -> str:
        parts: list[str] = []
        for message in self.body.get("messages", []):
            content = message.get("content")
            if isinstance(content, str):
                parts.append(content)
            elif isinstance(content, list):
                parts.extend(block.get("text", "") for block in content if isinstance(block, dict))
        return "\n".join(parts)


def echo_reply(request: RecordedRequest) -> Reply:
    return Reply(text="You asked: " + request.user_text()[-400:])


_ERRORS = {
    "401": (401, "authentication_error", "invalid x-api-key"),
    "403": (403, "permission_error", "Your API key does not have permission to use the specified resource."),
    "404": (404, "not_found_error", "model: no such model"),
    "429": (429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit"),
    "500": (500, "api_error", "Internal server error"),
    "529": (529, "overloaded_error", "Overloaded"),
}


class FakeLLMServer:
    """Start with ``start()`` (or use as a context manager); ``url`` is its base address."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self.default: Callable[[RecordedRequest], Reply] = echo_reply
        self.prompt_cache: PromptCache | None = None  # set to PromptCache() to simulate caching
        self.batches = FakeBatches(self)  # Anthropic Message Batches (fake_batches.py)
        self.openai_batches = FakeOpenAIBatches(self)  # OpenAI Batch: files + batches (fake_batches.py)
        self._replies: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = _QuietServer(("127.0.0.1", 0), _make_handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeLLMServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeLLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def queue(self, *replies: Reply) -> None:
        with self._lock:
            self._replies.extend(replies)

    def clear(self) -> None:
        with self._lock:
            self._replies.clear()
            self.requests.clear()

    def sent_text(self) -> str:
        """Everything every recorded request carried, for "did this leave the machine?" checks."""
        return "\n".join(request.text for request in self.requests)

    def _next_reply(self, request: RecordedRequest) -> Reply:
        with self._lock:
            self.requests.append(request)
            if self._replies:
                return self._replies.popleft()
        return self.default(request)


class _QuietServer(ThreadingHTTPServer):
    """A client that hangs up mid-answer (Stop, a timeout) is normal here, not an error to print."""

    def handle_error(self, request: object, client_address: object) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _tokens(text: str) -> int:
    return max(1, len(text) // 4)


class PromptCache:
    """Anthropic's prompt caching, simulated: a prefix of the request (system text, then each
    message block) up to a block marked ``cache_control`` is written; a later request that
    starts with a written prefix reads it. Usage then reports cache reads and writes and only
    the rest as plain input, as the real API does. Off unless ``server.prompt_cache`` is set."""

    def __init__(self) -> None:
        self._written: set[str] = set()

    @staticmethod
    def _blocks(body: dict[str, Any]) -> list[tuple[str, bool]]:
        """(text, marked) for every block in request order, system first."""
        out: list[tuple[str, bool]] = []
        system = body.get("system")
        for block in ([{"text": system}] if isinstance(system, str) else system or []):
            out.append((str(block.get("text", "")), "cache_control" in block))
        for message in body.get("messages", []):
            content = message.get("content")
            blocks = [{"text": content}] if isinstance(content, str) else content or []
            out.extend((message["role"] + ":" + str(b.get("text", "")), "cache_control" in b) for b in blocks)
        return out

    def usage(self, body: dict[str, Any]) -> tuple[int, int, int]:
        """(plain input, cache read, cache write) tokens for ``body``, recording what it writes."""
        import hashlib

        blocks = self._blocks(body)
        keys, digest = [], hashlib.sha256(str(body.get("model")).encode())
        for text, _marked in blocks:
            digest.update(b"\x00" + text.encode())
            keys.append(digest.hexdigest())
        marks = [i for i, (_text, marked) in enumerate(blocks) if marked]
        read_upto = max((i for i in range(len(blocks)) if keys[i] in self._written and i <= max(marks, default=-1)),
                        default=-1)
        write_upto = max(marks, default=-1)
        for i in marks:
            self._written.add(keys[i])
        tokens = [_tokens(text) for text, _marked in blocks]
        read = sum(tokens[: read_upto + 1]) if read_upto >= 0 else 0
        written = sum(tokens[read_upto + 1: write_upto + 1]) if write_upto > read_upto else 0
        return sum(tokens) - read - written, read, written


def _split(reply: Reply) -> list[str]:
    if reply.chunks is not None:
        return reply.chunks
    words = reply.text.split(" ")
    return [word + (" " if i < len(words) - 1 else "") for i, word in enumerate(words)]


def _make_handler(server: FakeLLMServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        # ---------------------------------------------------------------- plumbing
        def _read(self) -> RecordedRequest:
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else {}
            except json.JSONDecodeError:
                body = {}
            headers = {key.lower(): value for key, value in self.headers.items()}
            return RecordedRequest(self.command, self.path, headers, body, raw)

        def _json(self, status: int, payload: dict[str, Any], extra: dict[str, str] | None = None) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def _start_stream(self) -> None:
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.send_header("cache-control", "no-cache")
            self.send_header("connection", "close")
            self.end_headers()
            self.close_connection = True

        def _event(self, data: dict[str, Any] | str, event: str | None = None) -> None:
            payload = data if isinstance(data, str) else json.dumps(data)
            line = (f"event: {event}\n" if event else "") + f"data: {payload}\n\n"
            self.wfile.write(line.encode())
            self.wfile.flush()

        def _fault(self, reply: Reply, openai: bool) -> bool:
            """Answer a scripted fault; True if the request is finished."""
            if reply.fault is None or reply.fault == "drop":
                return False
            if reply.fault == "hang":
                server._stopping.wait(reply.hang_seconds)
                self.close_connection = True
                return True
            status, kind, message = _ERRORS[reply.fault]
            extra = {"retry-after": str(reply.retry_after)} if reply.retry_after is not None else {}
            if openai:
                payload = {"error": {"message": message, "type": kind, "param": None, "code": kind}}
            else:
                payload = {"type": "error", "error": {"type": kind, "message": message}}
            self._json(status, payload, extra)
            return True

        def _drop(self) -> None:
            self.close_connection = True
            self.wfile.flush()
            self.connection.shutdown(2)

        # ---------------------------------------------------------------- routes
        def do_GET(self) -> None:
            request = self._read()
            if server.batches.handle(self, request) or server.openai_batches.handle(self, request):
                return
            if self.path.split("?", 1)[0].rstrip("/").endswith("/models"):
                with server._lock:
                    server.requests.append(request)
                    reply = server._replies.popleft() if server._replies else Reply()
                if self._fault(reply, openai="authorization" in request.headers):
                    return
                self._json(200, {"data": [{"id": "fake-model", "type": "model", "object": "model"}],
                                 "object": "list", "has_more": False, "first_id": None, "last_id": None})
                return
            self._json(404, {"type": "error", "error": {"type": "not_found_error", "message": "no route"}})

        def do_POST(self) -> None:
            request = self._read()
            if server.batches.handle(self, request) or server.openai_batches.handle(self, request):
                return
            if self.path.endswith("/messages"):
                self._anthropic(request)
            elif self.path.endswith("/chat/completions"):
                self._openai(request)
            else:
                self._json(404, {"error": {"message": f"no route {self.path}"}})

        # ---------------------------------------------------------------- Anthropic
        def _anthropic(self, request: RecordedRequest) -> None:
            reply = server._next_reply(request)
            if self._fault(reply, openai=False):
                return
            body = request.body
            model = body.get("model", "fake-model")
            input_tokens = reply.input_tokens if reply.input_tokens is not None else _tokens(request.user_text())
            output_tokens = reply.output_tokens if reply.output_tokens is not None else _tokens(reply.text)
            cache_read, cache_write = reply.cache_read_tokens, reply.cache_write_tokens
            if server.prompt_cache is not None:
                input_tokens, cache_read, cache_write = server.prompt_cache.usage(body)
            usage = {
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "cache_creation_input_tokens": cache_write,
                "cache_read_input_tokens": cache_read,
            }
            message_id = "msg_" + uuid.uuid4().hex[:24]
            if not body.get("stream"):
                self._json(200, {
                    "id": message_id, "type": "message", "role": "assistant", "model": model,
                    "content": [{"type": "text", "text": reply.text}],
                    "stop_reason": reply.stop_reason, "stop_sequence": None, "usage": usage,
                })
                return
            self._start_stream()
            start_usage = dict(usage, output_tokens=1)
            self._event({"type": "message_start", "message": {
                "id": message_id, "type": "message", "role": "assistant", "model": model, "content": [],
                "stop_reason": None, "stop_sequence": None, "usage": start_usage}}, "message_start")
            self._event({"type": "content_block_start", "index": 0,
                         "content_block": {"type": "text", "text": ""}}, "content_block_start")
            self._event({"type": "ping"}, "ping")
            for i, chunk in enumerate(_split(reply)):
                if reply.fault == "drop" and i >= reply.drop_after:
                    self._drop()
                    return
                if reply.chunk_delay:
                    time.sleep(reply.chunk_delay)
                self._event({"type": "content_block_delta", "index": 0,
                             "delta": {"type": "text_delta", "text": chunk}}, "content_block_delta")
            self._event({"type": "content_block_stop", "index": 0}, "content_block_stop")
            self._event({"type": "message_delta", "delta": {"stop_reason": reply.stop_reason, "stop_sequence": None},
                         "usage": {"output_tokens": output_tokens}}, "message_delta")
            self._event({"type": "message_stop"}, "message_stop")

        # ---------------------------------------------------------------- OpenAI
        def _openai(self, request: RecordedRequest) -> None:
            reply = server._next_reply(request)
            if self._fault(reply, openai=True):
                return
            body = request.body
            model = body.get("model", "fake-model")
            prompt_tokens = reply.input_tokens if reply.input_tokens is not None else _tokens(request.user_text())
            completion_tokens = reply.output_tokens if reply.output_tokens is not None else _tokens(reply.text)
            finish = "length" if reply.stop_reason == "max_tokens" else "stop"
            usage = {
                "prompt_tokens": prompt_tokens + reply.cache_read_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + reply.cache_read_tokens + completion_tokens,
                "prompt_tokens_details": {"cached_tokens": reply.cache_read_tokens},
            }
            completion_id = "chatcmpl-" + uuid.uuid4().hex[:24]
            created = int(time.time())
            if not body.get("stream"):
                self._json(200, {
                    "id": completion_id, "object": "chat.completion", "created": created, "model": model,
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": reply.text},
                                 "finish_reason": finish, "logprobs": None}],
                    "usage": usage,
                })
                return
            self._start_stream()

            def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
                return {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model,
                        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason, "logprobs": None}]}

            self._event(chunk({"role": "assistant", "content": ""}))
            for i, piece in enumerate(_split(reply)):
                if reply.fault == "drop" and i >= reply.drop_after:
                    self._drop()
                    return
                if reply.chunk_delay:
                    time.sleep(reply.chunk_delay)
                self._event(chunk({"content": piece}))
            self._event(chunk({}, finish))
            if (body.get("stream_options") or {}).get("include_usage"):
                self._event({"id": completion_id, "object": "chat.completion.chunk", "created": created,
                             "model": model, "choices": [], "usage": usage})
            self._event("[DONE]")

    return Handler


def _serve_until_stopped(argv: list[str] | None = None) -> int:
    """``python -m tests.helpers.fake_llm --port-file F``: serve until SIGTERM or Ctrl+C.

    For checks outside pytest (CI runs the packaged app's self-test against it). The base URL
    is written to the port file once the server listens (and then printed), so a script can
    wait for the file or for the line.
    """
    import argparse
    import contextlib
    import os
    import signal

    parser = argparse.ArgumentParser(description="A fake Anthropic + OpenAI API on 127.0.0.1.")
    parser.add_argument("--port-file", required=True, help="write the server's base URL here when ready")
    args = parser.parse_args(argv)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with FakeLLMServer() as server:
        tmp = args.port_file + ".tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(server.url + "\n")
        os.replace(tmp, args.port_file)
        print(f"Fake AI server listening at {server.url}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            stop.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(_serve_until_stopped())
