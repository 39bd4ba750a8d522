"""The small budget gauge and sync state that live in the status bar.

Both figures come from the team drive, which may be slow or gone, so they are read on a worker
(a ``worker.SerialRunner``: one read at a time, only the latest waiting) and the gauge only ever
shows the last answer. It refreshes on a timer
and whenever the main window asks (after a run). Clicking the sync text syncs now.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.core.context import AppContext
from desktop.core.money import money
from desktop.gui.theme import error_colour
from desktop.gui.worker import SerialRunner

log = logging.getLogger(__name__)

REFRESH_MS = 60_000
SYNC_EVERY = 3  # every third timer tick syncs (touches the team drive); the others only read
OK_COLOUR = QColor("#3c9a5f")
WARN_COLOUR = QColor("#e0a100")
OVER_COLOUR = QColor("#d9534f")


def gauge_colour(fraction: float) -> QColor:
    """Green while comfortable, amber from 75%, red from 90%."""
    if fraction >= 0.9:
        return OVER_COLOUR
    if fraction >= 0.75:
        return WARN_COLOUR
    return OK_COLOUR


class _Bar(QWidget):
    """A thin bar filled to ``fraction`` (clipped at 100%)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = 0.0
        self.known = False

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 5, int(line * 0.7))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = self.sizeHint().height()
        rect = QRectF(0.5, (self.height() - height) / 2, self.width() - 1, height)
        track = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        track.setAlpha(45)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        if self.known and self.fraction > 0:
            filled = QRectF(rect)
            filled.setWidth(max(height, rect.width() * min(self.fraction, 1.0)))
            painter.setBrush(gauge_colour(self.fraction))
            painter.drawRoundedRect(filled, height / 2, height / 2)
        painter.end()


class BudgetGauge(QWidget):
    """This month's spend against the budget, and whether usage reached the team file.

    Signals:
        refreshed(): the figures on show were just updated (tests and the main window wait on it).
    """

    refreshed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._runner = SerialRunner(self)  # one read at a time, never a pile of them
        self._waiting_sync = False  # whether the read waiting behind the running one syncs
        self.status: Any = None
        self.sync: Any = None

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.bar = _Bar(self)
        self.figure = QLabel("This month …", self)
        self.sync_button = QToolButton(self)
        self.sync_button.setAutoRaise(True)
        self.sync_button.setText("Reading usage …")  # (no team folder may be set: say nothing of a drive yet)
        self.sync_button.setToolTip("Send waiting usage records to the team file now")
        self.sync_button.setAccessibleName("Sync now")
        self.sync_button.clicked.connect(self.sync_now)
        layout.addWidget(self.bar)
        layout.addWidget(self.figure)
        separator = QLabel("·", self)
        separator.setAccessibleName("")
        layout.addWidget(separator)
        layout.addWidget(self.sync_button)
        self.setAccessibleName("Budget and sync state")

        self._ticks = 0
        self._synced_once = False
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    # ------------------------------------------------------------------ public slots
    @Slot()
    def refresh(self) -> None:
        """Re-read the budget and the sync state off the UI thread.

        The first refresh also syncs, so a missing team drive shows as soon as the app starts,
        not after the first run."""
        self._start(syncing=not self._synced_once)

    def _tick(self) -> None:
        self._ticks += 1
        self._start(syncing=self._ticks % SYNC_EVERY == 0)

    @Slot()
    def sync_now(self) -> None:
        """Sync now (off the UI thread), then show the new state."""
        self.sync_button.setText("Syncing …")
        self._start(syncing=True)

    # ------------------------------------------------------------------ work
    def _start(self, *, syncing: bool) -> None:
        if self._runner.waiting:  # this request replaces the waiting one: keep its sync if it had one
            syncing = syncing or self._waiting_sync
        self._waiting_sync = syncing
        self._synced_once = self._synced_once or syncing  # asked for: it runs now or next
        context = self.context

        def op(_task: object) -> tuple[Any, Any]:
            from desktop.core.usage import budget, sync

            state = sync.sync_now(context) if syncing else sync.sync_state(context)
            try:
                status = budget.month_status(context, scope="team" if context.team_dir else "personal")
            except Exception as exc:  # the figure is optional; the sync state still shows
                log.warning("Budget status unavailable: %s", exc)
                status = None
            return status, state

        self._runner.run(op, on_success=self._show, on_failure=self._failed)

    def _show(self, result: tuple[Any, Any]) -> None:
        self.status, self.sync = result
        self._show_budget(self.status)
        self._show_sync(self.sync)
        self.refreshed.emit()

    def _failed(self, exc: BaseException) -> None:
        message = getattr(exc, "message", "") or "Usage figures are not available right now."
        self.bar.known = False
        self.bar.update()
        self.figure.setText("Budget —")
        self.sync_button.setText("Usage not available")
        self.sync_button.setToolTip(message)
        self.refreshed.emit()

    def _show_budget(self, status: Any) -> None:
        if status is None:
            self.bar.known = False
            self.figure.setText("Budget —")
            self.figure.setToolTip("The spend figures could not be read.")
        else:
            whose = "Team" if status.scope == "team" else "You"
            where = "" if "team" in str(status.source) else " (this computer only)"
            if status.budget:
                self.bar.known = True
                self.bar.fraction = float(status.fraction)
                self.figure.setText(f"{money(status.spent)} of {money(status.budget)}")
                tip = (f"{whose}: {money(status.spent)} of this month's {money(status.budget)} budget "
                       f"({status.fraction:.0%}){where}.")
            else:
                self.bar.known = False
                self.figure.setText(f"{money(status.spent)} this month")
                tip = f"{whose}: {money(status.spent)} this month; no monthly budget is set{where}."
            self.figure.setToolTip(tip)
            self.bar.setToolTip(tip)
        self.bar.setVisible(self.bar.known)
        self.bar.update()
        self.figure.setAccessibleName(self.figure.toolTip() or self.figure.text())

    def _show_sync(self, state: Any) -> None:
        text = sync_text(state)
        self.sync_button.setText(text)
        self.sync_button.setAccessibleName(f"{text}. Sync now")
        colour = "" if state.ok or state.problem_kind == "no_team" else f"color: {error_colour()};"
        self.sync_button.setStyleSheet(colour)


def sync_text(state: Any) -> str:
    """What the status bar says about the team file: the core's own words, or built from figures."""
    if state.message:
        return str(state.message)
    if state.problem_kind == "no_team":
        return "No team folder set"
    if not state.ok:
        return f"Team drive not reachable — {state.waiting} records waiting"
    return "Synced"
