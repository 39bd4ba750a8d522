"""Runs waiting to send go by themselves once their provider answers again, each exactly once.

A run waits when no provider answered (an outage, the network gone). ``WaitingSender`` looks at
the waiting runs every ``INTERVAL_MS`` and right after any answer arrives (the provider is
evidently back), and sends the oldest one it may send, off the UI thread, with
``automatic=True``: the circuit breaker may skip it (one probe per interval while a provider
keeps failing), and nothing waits between tries. When it is answered the next one follows.

Rules a waiting run must pass to go without a click:

- it waits because of the provider (overload, outage, connection, timeout), not a refused key;
- it needs no approval and triggers no budget warning (those always wait for the person);
- nobody else is sending it: ``IN_FLIGHT`` is claimed, under a lock, by every sender in the
  window (the Templates page, History's "Send now", this) before a run leaves, so the same
  run can never be sent twice at once;
- a run recorded as waiting without an error was being sent when Promptdesk last closed; only
  those from before this session are taken (one from this session is being sent right now).

Signals:
    run_finished(object): a waiting run was sent by itself (``Run``, done or still waiting).
    status(str): a sentence for the status bar.
    checked(): one look at the waiting runs ended (sent one, or found none to send).
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.run import DONE, utc_now
from desktop.gui.worker import run_for

if TYPE_CHECKING:
    from desktop.core.context import AppContext

log = logging.getLogger(__name__)

INTERVAL_MS = 30_000  # the breaker's probe interval: a provider that is back is noticed within it
FIRST_CHECK_MS = 5_000
_PROVIDER_KINDS = frozenset({"rate_limited", "server", "overloaded", "timeout", "connection", "dropped", "skipped"})


class Claims:
    """Run ids being sent right now, shared by every sender in the window (thread-safe)."""

    def __init__(self) -> None:
        self._ids: set[str] = set()
        self._lock = threading.Lock()

    def claim(self, run_id: str) -> bool:
        """True if ``run_id`` was free and is now claimed by the caller."""
        with self._lock:
            if run_id in self._ids:
                return False
            self._ids.add(run_id)
            return True

    def release(self, run_id: str) -> None:
        with self._lock:
            self._ids.discard(run_id)

    def __contains__(self, run_id: object) -> bool:
        with self._lock:
            return run_id in self._ids


IN_FLIGHT = Claims()


def _may_go_by_itself(run: Any, session_started: str) -> bool:
    if run.error_kind in _PROVIDER_KINDS:
        return True
    return not run.error_kind and run.started_at < session_started  # cut off when the app last closed


class WaitingSender(QObject):
    """Sends waiting runs by themselves; see the module docstring for the rules."""

    run_finished = Signal(object)
    status = Signal(str)
    checked = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.context = context
        self.session_started = utc_now()
        self.busy = False
        self._told: set[str] = set()  # runs already said to need a click, said once
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.first_check = QTimer(self)
        self.first_check.setSingleShot(True)
        self.first_check.setInterval(FIRST_CHECK_MS)
        self.first_check.timeout.connect(self.check)

    def start(self) -> None:
        """Look now and then; the first look waits a moment, the window has just come up."""
        self.timer.start()
        self.first_check.start()

    def stop(self) -> None:
        self.timer.stop()
        self.first_check.stop()

    def check(self) -> None:
        """Look at the waiting runs (off the UI thread) and send the oldest that may go."""
        if self.busy:
            return
        self.busy = True
        context, session_started = self.context, self.session_started

        def op(_ctx: object) -> tuple[Any, list[tuple[str, str]]]:
            return _send_one(context, session_started)

        run_for(self, op, on_success=self._done, on_failure=self._failed)

    def _done(self, result: tuple[Any, list[tuple[str, str]]]) -> None:
        self.busy = False
        run, held = result
        for run_id, title in held:
            if run_id not in self._told:
                self._told.add(run_id)
                self.status.emit(f"“{title}” is waiting for you to send it: it needs your approval first.")
        if run is not None:
            self.run_finished.emit(run)
            if run.status == DONE:
                self.status.emit(f"Your waiting request “{run.template_title}” was sent by itself now that the "
                                 "provider answers again. The answer is in History.")
                QTimer.singleShot(0, self, self.check)  # the provider is back: the next one follows
        self.checked.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        log.warning("Waiting runs not sent: %s", exc)
        self.checked.emit()


def _send_one(context: AppContext, session_started: str) -> tuple[Any, list[tuple[str, str]]]:
    """Send the oldest waiting run that may go by itself; return it (or None) and those held."""
    held: list[tuple[str, str]] = []
    for waiting in context.ledger.waiting():
        if not _may_go_by_itself(waiting, session_started):
            continue
        from desktop.core.send import pipeline  # only once there is something to send

        template = context.library.get(waiting.template_id)
        if template is None:
            continue
        prepared = pipeline.prepare(context, template, waiting.fields)
        if prepared.problems:
            continue
        if prepared.needs_approval or prepared.budget_warning:
            held.append((waiting.id, waiting.template_title))
            continue
        if context.keys.get(prepared.route.provider) is None and prepared.route.provider != "local":
            continue
        if not IN_FLIGHT.claim(waiting.id):
            continue
        try:
            fresh = context.ledger.get(waiting.id)  # another sender may have finished it meanwhile
            if fresh is None or fresh.status != waiting.status:
                continue
            prepared.run.id = waiting.id
            return pipeline.execute(context, prepared, automatic=True), held
        finally:
            IN_FLIGHT.release(waiting.id)
    return None, held
