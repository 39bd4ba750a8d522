"""Provider batches are collected by the app: once soon after start and every few minutes.

A provider batch (half price, answers within 24 hours) is kept in the ledger with its job ids.
``BatchPoller`` asks the providers about every batch still open, on a worker (never the UI
thread), and records the answers that arrived (``provider_batch.poll``); History shows them.
Where each batch stands goes to the status bar ("Batch 'leads' — 120 of 200 done"). The timer
only calls ``poll_now``; tests call it directly instead of waiting for the clock.

Signals:
    status(str): a sentence for the status bar ("" when no batch is open).
    polled(object): one look ended: a list of ``BatchState``.
    results_arrived(int): this many rows got their answer in this look.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel

from desktop.core.errors import PromptdeskError
from desktop.gui.worker import SerialRunner

if TYPE_CHECKING:
    from desktop.core.context import AppContext

log = logging.getLogger(__name__)

INTERVAL_MS = 5 * 60_000  # providers finish most batches within the hour; five minutes is soon enough
FIRST_POLL_MS = 3_000  # after the window's first paint, behind the library


@dataclass
class BatchState:
    """Where one open provider batch stands after a look."""

    name: str
    done: int
    total: int
    ended: bool
    arrived: int = 0
    problem: str = ""  # the providers could not be asked (no network, a key gone)

    def sentence(self) -> str:
        if self.problem:
            return f"Batch '{self.name}': could not check for answers ({self.problem}) Trying again in a few minutes."
        if self.ended:
            return f"Batch '{self.name}' — {self.done} of {self.total} done. The answers are in History."
        return f"Batch '{self.name}' — {self.done} of {self.total} done"


def poll_open_batches(context: AppContext) -> list[BatchState]:
    """Ask about every open provider batch and record what arrived (on a worker)."""
    from desktop.core.batch.store import BatchStore

    store = BatchStore(context.ledger)
    records = store.submitted()
    if not records:
        return []  # nothing open: no provider SDK is loaded
    from desktop.core.batch import provider_batch

    states = []
    for record in records:
        name = Path(record.source).stem
        arrived, problem, ended = 0, "", False
        try:
            polled = provider_batch.poll(context, record)
            arrived, ended = polled.done, polled.ended
        except PromptdeskError as exc:
            problem = exc.message.rstrip(".") + "."
        done = sum(1 for row in store.rows(record.id) if row["status"] == "done")
        states.append(BatchState(name, done, record.rows_total, ended, arrived, problem))
    return states


class BatchPoller(QObject):
    """Collects provider batches on start and every ``INTERVAL_MS``; see the module docstring."""

    status = Signal(str)
    polled = Signal(object)
    results_arrived = Signal(int)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.states: list[BatchState] = []
        self._runner = SerialRunner(self, keep_latest=False)  # a look asked for while one runs is skipped
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.poll_now)
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.timeout.connect(self.poll_now)

    def start(self, first_ms: int = FIRST_POLL_MS) -> None:
        """The first look after ``first_ms``, then one every ``INTERVAL_MS``."""
        self.first.start(first_ms)
        self.timer.start()

    def stop(self) -> None:
        self.first.stop()
        self.timer.stop()

    @Slot()
    def poll_now(self) -> None:
        """One look at the open provider batches, off the UI thread (skipped while one runs)."""
        context = self.context
        self._runner.run(lambda _ctx: poll_open_batches(context), on_success=self._show, on_failure=self._failed)

    def _show(self, states: list[BatchState]) -> None:
        self.states = states
        self.status.emit("; ".join(state.sentence() for state in states))
        arrived = sum(state.arrived for state in states)
        if arrived:
            self.results_arrived.emit(arrived)
        self.polled.emit(states)

    def _failed(self, exc: BaseException) -> None:
        """An unexpected failure is logged, said in the status bar, and tried again on the next tick."""
        log.warning("Checking provider batches failed: %s", exc, exc_info=exc)
        self.status.emit("Could not check your provider batches for answers; trying again in a few minutes.")
        self.polled.emit([])


def connect_to_window(window: Any, poller: BatchPoller) -> QLabel:
    """Where the open batches stand, kept in view in the status bar; History is read again when
    answers arrived. Returns the status bar's label."""
    label = QLabel(window)
    label.setObjectName("batch_status")
    label.setAccessibleName("Provider batches")
    label.setContentsMargins(0, 0, 16, 0)  # apart from the budget figures beside it
    label.hide()

    def show(text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    window.statusBar().addPermanentWidget(label)
    poller.status.connect(show)

    def refresh_history(_count: int) -> None:
        history = getattr(window, "_pages", {}).get("History")
        if history is not None:
            history.refresh()

    poller.results_arrived.connect(refresh_history)
    return label
