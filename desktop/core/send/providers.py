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

Each provider's request lives in its own module (``providers_anthropic``, ``providers_openai``,
which in-house servers use too); what a failure means and when to retry in
``providers_failures``; the answer and the Stop watch in ``providers_stream``. Callers import
everything from here.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import CancelledError, ErrorKind, ProviderError
from desktop.core.send.providers_anthropic import CACHE_MIN_CHARS, anthropic_messages, stream_anthropic
from desktop.core.send.providers_failures import (
    BILLING_PAGES,
    KEY_PAGES,
    RETRYABLE_KINDS,
    SHORT_NAMES,
    AllProvidersFailed,
    CircuitBreaker,
    backoff,
    dropped,
    no_key_error,
    translate,
    wait_counting_down,
)
from desktop.core.send.providers_openai import stream_openai
from desktop.core.send.providers_stream import Answer, History, Watch
from desktop.core.settings import KeyStore, UserSettings

__all__ = [  # what callers import from here, wherever it is defined
    "ATTEMPTS_PER_MODEL", "BASE_URL_ENV", "BILLING_PAGES", "BREAKER", "CACHE_MIN_CHARS", "DEFAULT_TIMEOUT", "KEY_PAGES",
    "MAX_WAIT", "RETRYABLE_KINDS", "SHORT_NAMES", "AllProvidersFailed", "Answer", "CircuitBreaker", "Endpoint",
    "History", "anthropic_messages", "backoff", "dropped", "endpoint_for", "no_key_error", "send", "stream_once",
    "translate",
]

BASE_URL_ENV = {"anthropic": "ANTHROPIC_BASE_URL", "openai": "OPENAI_BASE_URL"}
DEFAULT_TIMEOUT = 60.0  # seconds without a byte from the provider before giving up on an attempt
ATTEMPTS_PER_MODEL = 3
MAX_WAIT = 60.0  # a retry-after longer than this moves on instead of keeping the user waiting


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


def _until_stopped(request: Callable[[], None], watch: Watch) -> None:
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

    run = stream_anthropic if endpoint.provider == "anthropic" else stream_openai
    watch = Watch(cancelled or (lambda: False))
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

BREAKER = CircuitBreaker()


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
    tries = _Tries(prompt, max_tokens=max_tokens, system=system, history=history, timeout=timeout,
                   on_text=on_text, on_reset=on_reset, status=status, stop=cancelled or (lambda: False), sleep=sleep,
                   breaker=breaker, attempts=1 if automatic else attempts_per_model, max_wait=max_wait)
    errors: list[ProviderError] = []
    for index, (provider, model) in enumerate(targets):
        endpoint = endpoint_for(provider, keys, settings)
        refused = _not_tried(provider, endpoint, breaker, automatic=automatic, fallback=index > 0)
        if refused is not None:
            errors.append(refused)
            continue
        name = SHORT_NAMES.get(provider, provider)
        if index > 0:
            status(f"{errors[-1].message} Asking {name} instead…" if errors else f"Asking {name}…")
        result = tries.target(endpoint, model)
        if isinstance(result, ProviderError):
            errors.append(result)
            continue
        if errors:
            result.notes = [e.message for e in errors] + [f"{name} answered instead."]
        return result
    raise AllProvidersFailed(errors or [no_key_error(targets[0][0] if targets else "anthropic")])


def _not_tried(provider: str, endpoint: Endpoint, breaker: CircuitBreaker, *, automatic: bool,
               fallback: bool) -> ProviderError | None:
    """Why a target is passed over (no key, or the breaker says it keeps failing), or None."""
    if not endpoint.api_key or (provider == "local" and not endpoint.base_url):
        return no_key_error(provider)
    key = endpoint.breaker_key
    skip = not breaker.allow_automatic(key) if automatic else fallback and breaker.is_open(key)
    if not skip:
        return None
    seconds = max(1, round(breaker.remaining(key)))
    return ProviderError(
        f"{SHORT_NAMES.get(provider, provider)} is not answering; Promptdesk tries it again by itself in {seconds} s.",
        kind=ErrorKind.SKIPPED, retryable=True, provider=provider, retry_after=float(seconds))


class _Tries:
    """The tries of one ``send``: each target's attempts, with waits between them, and
    ``on_reset`` when a retry starts after part of an answer was already handed on."""

    def __init__(self, prompt: str, *, max_tokens: int, system: str, history: History, timeout: float,
                 on_text: Callable[[str], None] | None, on_reset: Callable[[], None] | None,
                 status: Callable[[str], None], stop: Callable[[], bool], sleep: Callable[[float], None],
                 breaker: CircuitBreaker, attempts: int, max_wait: float) -> None:
        self.prompt, self.max_tokens, self.system, self.history = prompt, max_tokens, system, history
        self.timeout, self.on_text, self.on_reset, self.status = timeout, on_text, on_reset, status
        self.stop, self.sleep, self.breaker, self.attempts, self.max_wait = stop, sleep, breaker, attempts, max_wait
        self.delivered = False  # part of an answer reached on_text during this attempt

    def forward(self, piece: str) -> None:
        self.delivered = True
        if self.on_text is not None:
            self.on_text(piece)

    def target(self, endpoint: Endpoint, model: str) -> Answer | ProviderError:
        """The answer of ``model``, or the error that ended its tries."""
        for attempt in range(self.attempts):
            if self.stop():
                raise CancelledError()
            if self.delivered and self.on_reset is not None:
                self.on_reset()
            self.delivered = False
            try:
                answer = stream_once(endpoint, model, self.prompt, max_tokens=self.max_tokens, system=self.system,
                                     on_text=self.forward, cancelled=self.stop, timeout=self.timeout,
                                     history=self.history)
            except ProviderError as error:
                if self._gives_up(error, attempt, endpoint):
                    return error
                continue
            self.breaker.success(endpoint.breaker_key)
            return answer
        raise AssertionError("unreachable: the last attempt returns")

    def _gives_up(self, error: ProviderError, attempt: int, endpoint: Endpoint) -> bool:
        """True when ``error`` ends this target's tries; otherwise waits before the next."""
        if not error.retryable:
            return True
        wait = error.retry_after if error.retry_after is not None else backoff(attempt)
        # A provider that kept the user waiting a whole timeout gets no second wait of it.
        if attempt == self.attempts - 1 or wait > self.max_wait or error.kind == ErrorKind.TIMEOUT:
            self.breaker.failure(endpoint.breaker_key)
            return True
        wait_counting_down(wait, error.message, self.status, self.sleep, self.stop)
        return False

