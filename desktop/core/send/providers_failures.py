"""What a provider's failure means and when to try again: the mapping shared by every provider.

Any SDK or network exception becomes a ``ProviderError`` in plain words with a kind (refused
key, quota, overload, timeout...) that says whether a retry can help; ``backoff`` and
``retry-after`` say how long to wait; ``CircuitBreaker`` skips an endpoint that keeps failing;
``AllProvidersFailed`` says why for each provider when nothing answered.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Any

from desktop.core.errors import CancelledError, ErrorKind, ProviderError
from desktop.core.settings import PROVIDER_NAMES

KEY_PAGES = {"anthropic": "console.anthropic.com", "openai": "platform.openai.com/api-keys"}
SHORT_NAMES = {"anthropic": "Anthropic", "openai": "OpenAI", "local": "Your in-house model server"}
BILLING_PAGES = {"anthropic": " at console.anthropic.com (Billing)", "openai": " at platform.openai.com (Billing)"}
_QUOTA_WORDS = ("insufficient_quota", "exceeded your current quota", "credit balance", "billing")
RETRYABLE_KINDS = frozenset({ErrorKind.RATE_LIMITED, ErrorKind.SERVER, ErrorKind.OVERLOADED, ErrorKind.TIMEOUT,
                             ErrorKind.CONNECTION, ErrorKind.DROPPED})


def no_key_error(provider: str) -> ProviderError:
    if provider == "local":
        return ProviderError(
            "No in-house model server is set. Open Settings and enter its address (for example "
            "http://localhost:11434 for Ollama).", kind=ErrorKind.NO_SERVER, provider=provider,
        )
    return ProviderError(
        f"There is no API key for {PROVIDER_NAMES.get(provider, provider)}. Open Settings → API keys and paste "
        f"a key from {KEY_PAGES.get(provider, 'your provider')}.", kind=ErrorKind.NO_KEY, provider=provider,
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

    def error(message: str, kind: ErrorKind, retry_after: float | None = None) -> ProviderError:
        return ProviderError(message, kind=kind, retryable=kind in RETRYABLE_KINDS, retry_after=retry_after,
                             provider=provider)

    if status == 401:
        if provider == "local":
            return error("Your in-house model server refused the key. Check the key in Settings → API keys.", ErrorKind.AUTH)
        return error(f"{name} refused the API key. Open Settings → API keys and paste a new key from "
                     f"{KEY_PAGES.get(provider, 'your provider')}.", ErrorKind.AUTH)
    if status == 403:
        return error(f"{name} says this API key may not use the model '{model}'. Ask whoever manages your "
                     f"{name} account to allow it, or your team's settings to pin another model.", ErrorKind.PERMISSION)
    if status == 404:
        return error(f"{name} does not know the model '{model}'. Ask whoever manages your team's settings to "
                     "check the model name for this tier.", ErrorKind.MODEL_NOT_FOUND)
    text = str(exc).lower()
    if status in (400, 402, 403, 429) and any(word in text for word in _QUOTA_WORDS):
        return error(f"{name} says your account has run out of credit or reached its spending limit. Ask whoever "
                     f"manages your {name} account to add credit{BILLING_PAGES.get(provider, '')}.", ErrorKind.QUOTA)
    if status == 429:
        return error(f"{name} is receiving too many requests from your account right now.", ErrorKind.RATE_LIMITED,
                     _retry_after(exc))
    if status == 529 or "overloaded" in text and status and status >= 500:
        return error(f"{name} is overloaded right now.", ErrorKind.OVERLOADED, _retry_after(exc))
    if status is not None and status >= 500:
        return error(f"{name} had a problem on its side (error {status}).", ErrorKind.SERVER, _retry_after(exc))
    if status is not None:
        detail = str(getattr(exc, "message", "") or exc)[:200]
        return error(f"{name} refused the request ({detail}). Shorten the text or change the template, then "
                     "send again.", ErrorKind.BAD_REQUEST)
    if names & {"APITimeoutError", "TimeoutException", "ReadTimeout", "TimeoutError"}:
        return error(f"{name} did not answer in time.", ErrorKind.TIMEOUT)
    if provider == "local":
        return error(f"Promptdesk could not reach your in-house model server at {base_url}. Check that it is "
                     "running and that the address in Settings is right.", ErrorKind.CONNECTION)
    if names & {"RemoteProtocolError", "ReadError", "IncompleteRead"}:
        return error(f"The connection to {name} dropped before the answer was complete.", ErrorKind.DROPPED)
    return error(f"Promptdesk could not reach {name}. Check your internet connection.", ErrorKind.CONNECTION)


def dropped(provider: str) -> ProviderError:
    return ProviderError(f"The connection to {SHORT_NAMES.get(provider, provider)} dropped before the answer "
                         "was complete.", kind=ErrorKind.DROPPED, retryable=True, provider=provider)


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


def wait_counting_down(seconds: float, message: str, on_status: Callable[[str], None], sleep: Callable[[float], None],
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
