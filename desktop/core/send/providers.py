"""Anthropic and OpenAI(-compatible) clients: streaming, plain-language errors, retries, fallback.

The ``anthropic`` and ``openai`` SDKs take about 1.7 s and 90 MB to import, so neither is
imported here at module level: only inside the function that sends. The first window never
pays for them.

The SDK clients run with ``max_retries=0``: retrying is done here, where it can honour
``retry-after``, show a countdown, stop when the user cancels, notice a dropped stream (neither
SDK raises for one: Anthropic's final message has no stop reason, OpenAI's stream ends without a
``finish_reason``), move on to the other provider at the same tier, and skip a provider that
keeps failing for a few minutes (``CircuitBreaker``). ``sleep`` and ``clock`` are injectable so
tests never wait for real time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

from desktop.core.errors import CancelledError, ProviderError
from desktop.core.settings import PROVIDER_NAMES, KeyStore, UserSettings

BASE_URL_ENV = {"anthropic": "ANTHROPIC_BASE_URL", "openai": "OPENAI_BASE_URL"}
KEY_PAGES = {"anthropic": "console.anthropic.com", "openai": "platform.openai.com/api-keys"}
SHORT_NAMES = {"anthropic": "Anthropic", "openai": "OpenAI", "local": "Your in-house model server"}
BILLING_PAGES = {"anthropic": " at console.anthropic.com (Billing)", "openai": " at platform.openai.com (Billing)"}
_QUOTA_WORDS = ("insufficient_quota", "exceeded your current quota", "credit balance", "billing")
RETRYABLE_KINDS = frozenset({"rate_limited", "server", "overloaded", "timeout", "connection", "dropped"})
DEFAULT_TIMEOUT = 60.0  # seconds without a byte from the provider before giving up on an attempt
ATTEMPTS_PER_MODEL = 3
MAX_WAIT = 60.0  # a retry-after longer than this moves on instead of keeping the user waiting
_STOP_REASONS = {"stop": "end_turn", "length": "max_tokens"}


@dataclass
class Answer:
    """What one provider returned. Token counts follow pricing's convention (input excludes cache)."""

    provider: str
    model: str
    text: str = ""
    stop_reason: str = ""
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0
    notes: list[str] = field(default_factory=list)  # e.g. "Anthropic was busy; OpenAI answered."


@dataclass(frozen=True)
class Endpoint:
    provider: str
    api_key: str | None
    base_url: str | None

    @property
    def breaker_key(self) -> str:
        return f"{self.provider}@{self.base_url or 'default'}"


def endpoint_for(provider: str, keys: KeyStore, settings: UserSettings) -> Endpoint:
    """Key and address for ``provider``: keychain (or memory, or environment) and base-URL env.

    An in-house server needs no key (a placeholder satisfies the SDK) and lives at the address in
    the user's settings; ``/v1`` is added when the address has no path, as Ollama, LM Studio,
    vLLM and llama.cpp all serve the OpenAI API there.
    """
    if provider == "local":
        url = settings.local_base_url.strip().rstrip("/")
        if url and url.count("/") <= 2:
            url += "/v1"
        return Endpoint("local", keys.get("local") or "not-needed", url or None)
    base_url = os.environ.get(BASE_URL_ENV.get(provider, ""), "").strip() or None
    return Endpoint(provider, keys.get(provider), base_url)


# --------------------------------------------------------------------------- errors


def no_key_error(provider: str) -> ProviderError:
    if provider == "local":
        return ProviderError(
            "No in-house model server is set. Open Settings and enter its address (for example "
            "http://localhost:11434 for Ollama).", kind="no_server", provider=provider,
        )
    return ProviderError(
        f"There is no API key for {PROVIDER_NAMES.get(provider, provider)}. Open Settings → API keys and paste "
        f"a key from {KEY_PAGES.get(provider, 'your provider')}.", kind="no_key", provider=provider,
    )


def _retry_after(exc: Any) -> float | None:
    headers = getattr(getattr(exc, "response", None), "headers", None) or {}
    try:
        if headers.get("retry-after-ms"):
            return float(headers["retry-after-ms"]) / 1000
        value = headers.get("retry-after")
        if not value:
            return None
        try:
            return max(0.0, float(value))
        except ValueError:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _names(exc: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(exc).__mro__}


def translate(exc: BaseException, provider: str, model: str, base_url: str | None = None) -> ProviderError:
    """Any SDK or network exception as a ``ProviderError`` a non-technical person can act on.

    Classes are recognised by name and status code, so this works for both SDKs (and the HTTP
    library under them) without importing either.
    """
    if isinstance(exc, ProviderError):
        return exc
    name = SHORT_NAMES.get(provider, provider)
    status = getattr(exc, "status_code", None)
    names = _names(exc)

    def error(message: str, kind: str, retry_after: float | None = None) -> ProviderError:
        return ProviderError(message, kind=kind, retryable=kind in RETRYABLE_KINDS, retry_after=retry_after,
                             provider=provider)

    if status == 401:
        if provider == "local":
            return error("Your in-house model server refused the key. Check the key in Settings → API keys.", "auth")
        return error(f"{name} refused the API key. Open Settings → API keys and paste a new key from "
                     f"{KEY_PAGES.get(provider, 'your provider')}.", "auth")
    if status == 403:
        return error(f"{name} says this API key may not use the model '{model}'. Ask whoever manages your "
                     f"{name} account to allow it, or your team's settings to pin another model.", "permission")
    if status == 404:
        return error(f"{name} does not know the model '{model}'. Ask whoever manages your team's settings to "
                     "check the model name for this tier.", "model_not_found")
    text = str(exc).lower()
    if status in (400, 402, 403, 429) and any(word in text for word in _QUOTA_WORDS):
        return error(f"{name} says your account has run out of credit or reached its spending limit. Ask whoever "
                     f"manages your {name} account to add credit{BILLING_PAGES.get(provider, '')}.", "quota")
    if status == 429:
        return error(f"{name} is receiving too many requests from your account right now.", "rate_limited",
                     _retry_after(exc))
    if status == 529 or "overloaded" in text and status and status >= 500:
        return error(f"{name} is overloaded right now.", "overloaded", _retry_after(exc))
    if status is not None and status >= 500:
        return error(f"{name} had a problem on its side (error {status}).", "server", _retry_after(exc))
    if status is not None:
        detail = str(getattr(exc, "message", "") or exc)[:200]
        return error(f"{name} refused the request ({detail}). Shorten the text or change the template, then "
                     "send again.", "bad_request")
    if names & {"APITimeoutError", "TimeoutException", "ReadTimeout", "TimeoutError"}:
        return error(f"{name} did not answer in time.", "timeout")
    if provider == "local":
        return error(f"Promptdesk could not reach your in-house model server at {base_url}. Check that it is "
                     "running and that the address in Settings is right.", "connection")
    if names & {"RemoteProtocolError", "ReadError", "IncompleteRead"}:
        return error(f"The connection to {name} dropped before the answer was complete.", "dropped")
    return error(f"Promptdesk could not reach {name}. Check your internet connection.", "connection")


def dropped(provider: str) -> ProviderError:
    return ProviderError(f"The connection to {SHORT_NAMES.get(provider, provider)} dropped before the answer "
                         "was complete.", kind="dropped", retryable=True, provider=provider)


# --------------------------------------------------------------------------- one attempt

_CLIENTS: dict[tuple[str, str, str, float], Any] = {}
_CLIENTS_LOCK = threading.Lock()


def _client(endpoint: Endpoint, timeout: float) -> Any:
    """An SDK client per endpoint, key and timeout, reused: building one costs milliseconds."""
    key_hash = hashlib.sha256((endpoint.api_key or "").encode()).hexdigest()
    cache_key = (endpoint.provider, endpoint.base_url or "", key_hash, timeout)
    with _CLIENTS_LOCK:
        client = _CLIENTS.get(cache_key)
        if client is None:
            if endpoint.provider == "anthropic":
                import anthropic

                client = anthropic.Anthropic(api_key=endpoint.api_key, base_url=endpoint.base_url,
                                             max_retries=0, timeout=timeout)
            else:
                import openai

                client = openai.OpenAI(api_key=endpoint.api_key, base_url=endpoint.base_url,
                                       max_retries=0, timeout=timeout)
            _CLIENTS[cache_key] = client
    return client


class _Watch:
    """Closes the open stream when the user cancels, even while the model sends nothing.

    Between tokens the SDKs block reading the socket (a reasoning model may think for a minute),
    so checking ``cancelled()`` after each chunk alone would leave Stop unanswered that long.
    """

    def __init__(self, cancelled: Callable[[], bool]) -> None:
        self.cancelled = cancelled
        self.closer: Callable[[], None] | None = None
        self.fired = False
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="promptdesk-cancel-watch", daemon=True)

    def __enter__(self) -> _Watch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._done.wait(0.05):
            self.fired = self.fired or self.cancelled()
            if self.fired and self.closer is not None:  # no stream yet: wait until there is one
                with contextlib.suppress(OSError):  # the connection already gone: stopped all the same
                    self.closer()
                return


def _closer(stream: Any) -> Callable[[], None]:
    """Stop a stream from another thread: shutting its socket down wakes the blocked read
    (closing the response alone would wait for the next chunk)."""

    def close() -> None:
        response = getattr(stream, "response", None)
        network = (getattr(response, "extensions", None) or {}).get("network_stream")
        sock = network.get_extra_info("socket") if network is not None else None
        if sock is not None:
            sock.shutdown(socket.SHUT_RDWR)
        else:
            stream.close()

    return close


# Earlier turns of a conversation: (role, text), role "user" or "assistant", oldest first.
History = Sequence[tuple[str, str]]
_CACHED = {"type": "ephemeral"}
CACHE_MIN_CHARS = 10_000  # about 2,500 tokens: above every Claude model's minimum cacheable prompt


def _anthropic_messages(prompt: str, history: History) -> list[dict[str, Any]]:
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


def _stream_anthropic(client: Any, answer: Answer, prompt: str, system: str, max_tokens: int,
                      on_piece: Callable[[str], None], watch: _Watch, history: History = ()) -> None:
    kwargs: dict[str, Any] = {"model": answer.model, "max_tokens": max_tokens,
                              "messages": _anthropic_messages(prompt, history)}
    if system:
        kwargs["system"] = system
    with client.messages.stream(**kwargs) as stream:
        watch.closer = _closer(stream)
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


def _stream_openai(client: Any, answer: Answer, prompt: str, system: str, max_tokens: int,
                   on_piece: Callable[[str], None], watch: _Watch, history: History = ()) -> None:
    # OpenAI caches a repeated prefix by itself; earlier turns simply come first.
    messages = ([{"role": "system", "content": system}] if system else []) + [
        {"role": role, "content": text} for role, text in history] + [{"role": "user", "content": prompt}]
    # OpenAI's current models take max_completion_tokens; in-house servers know max_tokens.
    limit = {"max_tokens" if answer.provider == "local" else "max_completion_tokens": max_tokens}
    stream = client.chat.completions.create(model=answer.model, messages=messages, stream=True,
                                            stream_options={"include_usage": True}, **limit)
    finish, usage, received = None, None, []
    watch.closer = _closer(stream)
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


def _until_stopped(request: Callable[[], None], watch: _Watch) -> None:
    """Run ``request`` on a thread of its own and return when it ends, or at once on Stop.

    Before a provider sends its headers there is no socket to shut down (the SDK is still
    inside ``connect``/``send``), so waiting for the request to notice would keep Stop
    unanswered up to the whole read timeout. The abandoned request ends by itself: the watch
    closes its stream as soon as there is one, and its pieces are no longer shown.
    """
    outcome: list[BaseException] = []
    done = threading.Event()

    def target() -> None:
        try:
            request()
        except BaseException as exc:  # handed to the caller's thread, raised there
            outcome.append(exc)
        finally:
            done.set()

    threading.Thread(target=target, name="promptdesk-request", daemon=True).start()
    while not done.wait(0.05):
        if watch.cancelled():
            watch.fired = True
            raise CancelledError()
    if outcome:
        raise outcome[0]


def stream_once(endpoint: Endpoint, model: str, prompt: str, *, max_tokens: int, system: str = "",
                on_text: Callable[[str], None] | None = None, cancelled: Callable[[], bool] | None = None,
                timeout: float = DEFAULT_TIMEOUT, history: History = ()) -> Answer:
    """One streamed request. Raises ``ProviderError`` (translated) or ``CancelledError``."""
    if not endpoint.api_key or (endpoint.provider == "local" and not endpoint.base_url):
        raise no_key_error(endpoint.provider)
    answer = Answer(endpoint.provider, model)
    pieces: list[str] = []

    def on_piece(piece: str) -> None:
        if watch.fired:  # a request abandoned by Stop may still be reading: nothing more is shown
            return
        pieces.append(piece)
        if on_text is not None:
            on_text(piece)

    run = _stream_anthropic if endpoint.provider == "anthropic" else _stream_openai
    watch = _Watch(cancelled or (lambda: False))
    try:
        with watch:
            _until_stopped(lambda: run(_client(endpoint, timeout), answer, prompt, system, max_tokens, on_piece,
                                       watch, history), watch)
    except CancelledError:
        raise
    except ProviderError:
        if watch.fired:
            raise CancelledError() from None
        raise
    except Exception as exc:  # SDK and network errors: translated at this boundary
        if watch.fired or watch.cancelled():
            raise CancelledError() from exc
        raise translate(exc, endpoint.provider, model, endpoint.base_url) from exc
    finally:
        answer.text = "".join(pieces)
    return answer


# --------------------------------------------------------------------------- retries and fallback


class CircuitBreaker:
    """Skips an endpoint for ``cooldown`` seconds after ``threshold`` failed requests in a row.

    Only automatic tries are skipped (fallbacks, and runs waiting to send): a person's own click
    always tries the provider it names. While open, an automatic send may probe once every
    ``probe_every`` seconds; the first success closes it.

    A request counts as failed once its retries are used up on errors that are the service's
    fault (overload, outage, dropped streams, rate limits); a refused key or a bad request does
    not count. Kept in memory only: a restart gives every provider a fresh chance. Endpoints are
    keyed by provider and address, so an in-house server and the cloud are judged apart.
    """

    def __init__(self, threshold: int = 2, cooldown: float = 300.0,
                 clock: Callable[[], float] = time.monotonic, probe_every: float = 30.0) -> None:
        self.threshold, self.cooldown, self.clock = threshold, cooldown, clock
        self.probe_every = probe_every
        self._failures: dict[str, int] = {}
        self._open_until: dict[str, float] = {}
        self._last_probe: dict[str, float] = {}
        self._lock = threading.Lock()

    def is_open(self, key: str) -> bool:
        with self._lock:
            return self._open_until.get(key, float("-inf")) > self.clock()

    def remaining(self, key: str) -> float:
        """Seconds until ``key`` is tried automatically again (0 when it is not skipped): the next
        probe, or the end of the cooldown if that comes first."""
        with self._lock:
            now = self.clock()
            until_closed = self._open_until.get(key, float("-inf")) - now
            until_probe = self._last_probe.get(key, float("-inf")) + self.probe_every - now
            return max(0.0, min(until_closed, until_probe))

    def allow_automatic(self, key: str) -> bool:
        """May an automatic send try ``key`` now? Yes when closed; while open, one probe every
        ``probe_every`` seconds, so a provider that is back is noticed within that time."""
        with self._lock:
            now = self.clock()
            if self._open_until.get(key, float("-inf")) <= now:
                return True
            if now - self._last_probe.get(key, float("-inf")) < self.probe_every:
                return False
            self._last_probe[key] = now
            return True

    def failure(self, key: str) -> None:
        with self._lock:
            self._failures[key] = self._failures.get(key, 0) + 1
            if self._failures[key] >= self.threshold:
                self._open_until[key] = self.clock() + self.cooldown

    def success(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)
            self._open_until.pop(key, None)
            self._last_probe.pop(key, None)

    def reset(self) -> None:
        with self._lock:
            self._failures.clear()
            self._open_until.clear()
            self._last_probe.clear()


BREAKER = CircuitBreaker()


class AllProvidersFailed(ProviderError):
    """Nothing could serve the request; ``errors`` holds each provider's own error, in order."""

    def __init__(self, errors: list[ProviderError]) -> None:
        messages = list(dict.fromkeys(error.message for error in errors))
        first = errors[0]
        super().__init__(" ".join(messages), kind=first.kind, retryable=any(e.retryable for e in errors),
                         retry_after=first.retry_after, provider=first.provider)
        self.errors = errors


def backoff(attempt: int) -> float:
    """Seconds before retry number ``attempt + 1``: 1, 2, 4, capped at 8."""
    return float(min(2**attempt, 8))


def _wait(seconds: float, message: str, on_status: Callable[[str], None], sleep: Callable[[float], None],
          cancelled: Callable[[], bool]) -> None:
    """Wait ``seconds`` in one-second steps, telling the user the countdown; stop if cancelled."""
    remaining = seconds
    while remaining > 0:
        if cancelled():
            raise CancelledError()
        on_status(f"{message} Trying again in {max(1, round(remaining))} s…")
        step = min(1.0, remaining)
        sleep(step)
        remaining -= step
    if cancelled():
        raise CancelledError()


def send(
    targets: Sequence[tuple[str, str]],
    prompt: str,
    *,
    max_tokens: int,
    keys: KeyStore,
    settings: UserSettings,
    system: str = "",
    on_text: Callable[[str], None] | None = None,
    on_reset: Callable[[], None] | None = None,
    on_status: Callable[[str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    breaker: CircuitBreaker | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    attempts_per_model: int = ATTEMPTS_PER_MODEL,
    max_wait: float = MAX_WAIT,
    automatic: bool = False,
    history: History = (),
) -> Answer:
    """Send ``prompt`` to the first of ``targets`` (provider, model) that answers.

    ``history`` holds the earlier turns of a conversation (a follow-up), sent before ``prompt``.

    Each target gets ``attempts_per_model`` tries on errors worth retrying, waiting as the
    provider asks (``retry-after``) or with backoff; then the next target. ``on_reset`` is called
    when a retry starts after part of an answer was already handed to ``on_text``, so the caller
    can clear it.

    ``automatic`` is for sends nobody clicked (a waiting run going by itself): each target is
    tried once, with no waits, and skipped while the breaker says so (one probe now and then).
    Otherwise the first target, the one the person chose, is tried whatever the breaker says;
    only the fallbacks are skipped.

    Raises:
        AllProvidersFailed: no target answered; its message says why for each provider.
        CancelledError: ``cancelled()`` became true.
    """
    breaker = breaker or BREAKER
    status = on_status or (lambda message: None)
    stop = cancelled or (lambda: False)
    errors: list[ProviderError] = []
    delivered = False
    if automatic:
        attempts_per_model = 1

    def forward(piece: str) -> None:
        nonlocal delivered
        delivered = True
        if on_text is not None:
            on_text(piece)

    for index, (provider, model) in enumerate(targets):
        name = SHORT_NAMES.get(provider, provider)
        endpoint = endpoint_for(provider, keys, settings)
        if not endpoint.api_key or (provider == "local" and not endpoint.base_url):
            errors.append(no_key_error(provider))
            continue
        key = endpoint.breaker_key
        skip = not breaker.allow_automatic(key) if automatic else index > 0 and breaker.is_open(key)
        if skip:
            seconds = max(1, round(breaker.remaining(key)))
            errors.append(ProviderError(
                f"{name} is not answering; Promptdesk tries it again by itself in {seconds} s.",
                kind="skipped", retryable=True, provider=provider, retry_after=float(seconds)))
            continue
        if index > 0:
            status(f"{errors[-1].message} Asking {name} instead…" if errors else f"Asking {name}…")
        for attempt in range(attempts_per_model):
            if stop():
                raise CancelledError()
            if delivered and on_reset is not None:
                on_reset()
            delivered = False
            try:
                answer = stream_once(endpoint, model, prompt, max_tokens=max_tokens, system=system,
                                     on_text=forward, cancelled=stop, timeout=timeout, history=history)
            except ProviderError as error:
                if not error.retryable:
                    errors.append(error)
                    break
                wait = error.retry_after if error.retry_after is not None else backoff(attempt)
                # A provider that kept the user waiting a whole timeout gets no second wait of it.
                if attempt == attempts_per_model - 1 or wait > max_wait or error.kind == "timeout":
                    breaker.failure(endpoint.breaker_key)
                    errors.append(error)
                    break
                _wait(wait, error.message, status, sleep, stop)
                continue
            breaker.success(endpoint.breaker_key)
            if errors:
                answer.notes = [e.message for e in errors] + [f"{name} answered instead."]
            return answer
    raise AllProvidersFailed(errors or [no_key_error(targets[0][0] if targets else "anthropic")])
