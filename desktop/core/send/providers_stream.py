"""What every provider's stream shares: the answer it fills in and the watch that stops it."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

# Earlier turns of a conversation: (role, text), role "user" or "assistant", oldest first.
History = Sequence[tuple[str, str]]


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


class Watch:
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

    def __enter__(self) -> Watch:
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


def closer(stream: Any) -> Callable[[], None]:
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
