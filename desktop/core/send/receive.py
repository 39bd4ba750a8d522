"""What comes back from a send, written into the ``Run``: pieces of the answer restored as they
stream (``Receiver``), the finished answer's tokens and costs, an answer from the local cache,
and the run's timings. ``pipeline.execute`` drives these; nothing here sends or records."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from desktop.core.run import DONE, Run, utc_now
from desktop.core.send import pricing, routing
from desktop.core.send.answer_cache import AnswerCache

if TYPE_CHECKING:
    from desktop.core.context import AppContext
    from desktop.core.send.providers_stream import Answer

log = logging.getLogger(__name__)


class Receiver:
    """Restores the streamed pieces (placeholders back to the originals) and hands them on;
    when a dropped answer starts again, what was shown is cleared and restoring starts over."""

    def __init__(self, vault: dict[str, str], on_text: Callable[[str], None] | None,
                 status: Callable[[str], None], on_reset: Callable[[], None] | None) -> None:
        from desktop.core.privacy import StreamRestorer

        self._new_restorer = lambda: StreamRestorer(vault)
        self._restorer = self._new_restorer()
        self._on_text, self._status, self._on_reset = on_text, status, on_reset
        self.shown: list[str] = []
        self.first: float | None = None  # when the first piece came (perf_counter)

    def piece(self, chunk: str) -> None:
        if self.first is None:
            self.first = time.perf_counter()
        out = self._restorer.feed(chunk)
        if out:
            self.shown.append(out)
            if self._on_text is not None:
                self._on_text(out)

    def reset(self) -> None:
        self._restorer = self._new_restorer()
        self.shown.clear()
        self._status("The connection dropped; the answer is starting again.")
        if self._on_reset is not None:
            self._on_reset()

    def partial(self) -> str:
        """What was shown before the send stopped, with any held-back tail."""
        return "".join(self.shown) + self._restorer.finish()

    def finish(self) -> None:
        """Hand on the tail held back in case it was the start of a placeholder."""
        tail = self._restorer.finish()
        if tail and self._on_text is not None:
            self._on_text(tail)


def shielded(callback: Callable[[str], None] | None) -> Callable[[str], None]:
    """``callback`` made harmless to the send: once the request is out, a failure in what shows
    the answer must neither look like a provider error (and be retried, billed twice) nor stop
    the answer being recorded."""
    failed = False

    def call(text: str) -> None:
        nonlocal failed
        if callback is None or failed:
            return
        try:
            callback(text)
        except Exception:  # a closed window or pipe (`| head`): stop showing, keep receiving
            failed = True
            # INFO: into the app's log file with the details, never onto a terminal as a traceback.
            log.info("Showing the answer failed; it is still received and recorded", exc_info=True)

    return call


def fill_answer(context: AppContext, run: Run, answer: Answer, vault: dict[str, str]) -> None:
    """The answer, its tokens and what it cost (and would have cost on the reasoning tier)."""
    from desktop.core.privacy import restore

    run.response_text = restore(answer.text, vault)
    run.provider, run.model, run.stop_reason = answer.provider, answer.model, answer.stop_reason
    run.input_tokens, run.output_tokens = answer.input_tokens, answer.output_tokens
    run.cache_read_tokens, run.cache_write_tokens = answer.cache_read_tokens, answer.cache_write_tokens
    run.actual_cost = pricing.cost(answer.provider, answer.model, input_tokens=answer.input_tokens,
                                   output_tokens=answer.output_tokens,
                                   cache_read_tokens=answer.cache_read_tokens,
                                   cache_write_tokens=answer.cache_write_tokens)
    run.reasoning_cost = reasoning_cost(context, run)
    run.status = DONE


def reasoning_cost(context: AppContext, run: Run) -> float:
    """The same tokens priced on the reasoning tier's model: what routing saved."""
    provider, model = routing.pin_for("reasoning", context.team)
    return pricing.cost(provider, model, input_tokens=run.input_tokens, output_tokens=run.output_tokens,
                        cache_read_tokens=run.cache_read_tokens, cache_write_tokens=run.cache_write_tokens)


def keep_answer(key: str, answer: Answer, hours: float) -> None:
    """Keep the answer under ``key`` for identical requests in the next ``hours``; drop older ones."""
    AnswerCache().put(key, provider=answer.provider, model=answer.model,
                      text=answer.text, stop_reason=answer.stop_reason, input_tokens=answer.input_tokens,
                      output_tokens=answer.output_tokens)
    AnswerCache().purge(hours)


def answer_from_cache(key: str, vault: Mapping[str, str], run: Run, hours: float, started: float,
                      on_text: Callable[[str], None] | None, status: Callable[[str], None]) -> bool:
    """Answer ``run`` from a recent identical request (``key``), restored with ``vault``; False
    when there is none."""
    from desktop.core.privacy import restore

    hit = AnswerCache().get(key, hours)
    if hit is None:
        return False
    run.response_text = restore(hit.text, vault)
    first = time.perf_counter()
    if on_text is not None and run.response_text:
        on_text(run.response_text)
    run.provider, run.model, run.stop_reason = hit.provider, hit.model, hit.stop_reason
    run.cache_hit, run.status = True, DONE
    finish(run, started, first)
    status("Answered from your recent answers at no cost. Use Send again for a fresh answer.")
    return True


def finish(run: Run, started: float, first: float | None) -> None:
    """The run's end time and latencies (to the first piece and in all)."""
    run.finished_at = utc_now()
    run.latency_total_ms = (time.perf_counter() - started) * 1000
    run.latency_first_ms = (first - started) * 1000 if first is not None else 0.0
