"""Budget alerts as a banner across the top of the window, each dismissible.

The core decides which alerts are due (``budget.pending_alerts``) and remembers which were shown
(``budget.mark_alert_shown``): an alert dismissed here does not come back, on this computer or
after a restart. Both calls read or write files, so they run on a worker.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.context import AppContext
from desktop.gui.worker import SerialRunner, run_for

log = logging.getLogger(__name__)

# level -> (background, border, word shown first)
_LEVELS = {
    "info": ("rgba(60, 130, 220, 0.14)", "#3c82dc", "Note"),
    "warning": ("rgba(224, 161, 0, 0.18)", "#e0a100", "Heads up"),
    "critical": ("rgba(217, 83, 79, 0.18)", "#d9534f", "Budget"),
}


class _AlertRow(QFrame):
    def __init__(self, alert: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = str(alert.key)
        background, border, word = _LEVELS.get(str(alert.level), _LEVELS["info"])
        self.setObjectName("alertRow")
        self.setStyleSheet(
            f"#alertRow {{ background: {background}; border-left: 4px solid {border}; border-radius: 3px; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(f"<b>{word}:</b> {_escape(str(alert.message))}", self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAccessibleName(f"{word}: {alert.message}")
        self.dismiss_button = QPushButton("Dismiss", self)
        self.dismiss_button.setAccessibleName(f"Dismiss: {alert.message}")
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AlertBanner(QFrame):
    """Shows budget alerts until the person dismisses them.

    Signals:
        dismissed(str): the alert with this key was dismissed (and marked shown in the core).
        alerts_changed(int): how many alerts are on show now.
    """

    dismissed = Signal(str)
    alerts_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._rows: dict[str, _AlertRow] = {}
        self._gone: set[str] = set()  # dismissed this session, even if the core's write is late
        self._checks = SerialRunner(self, keep_latest=False)  # a check asked for while one runs is skipped
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 2)
        self._layout.setSpacing(4)
        self.setAccessibleName("Budget alerts")
        self.hide()

    # ------------------------------------------------------------------ public
    def alert_keys(self) -> list[str]:
        """Keys of the alerts on show, top first."""
        return list(self._rows)

    @Slot()
    def check(self) -> None:
        """Ask the core for due alerts (off the UI thread) and show them; skipped while a check runs."""
        context = self.context

        def op(_task: object) -> list[Any]:
            from desktop.core.usage import budget

            return budget.pending_alerts(context)

        self._checks.run(op, on_success=self.show_alerts, on_failure=self._check_failed)

    @Slot(list)
    def show_alerts(self, alerts: Sequence[Any]) -> None:
        """Show ``alerts`` (``budget.Alert``), keeping ones already on show; hide when none."""
        for alert in alerts:
            key = str(alert.key)
            if key in self._rows or key in self._gone:
                continue
            row = _AlertRow(alert, self)
            row.dismiss_button.clicked.connect(lambda _checked=False, k=key: self.dismiss(k))
            self._rows[key] = row
            self._layout.addWidget(row)
        self.setVisible(bool(self._rows))
        self.alerts_changed.emit(len(self._rows))

    @Slot(str)
    def dismiss(self, key: str) -> None:
        """Remove the alert ``key`` and record it as shown, so it does not come back."""
        row = self._rows.pop(key, None)
        if row is None:
            return
        self._gone.add(key)
        row.hide()
        row.deleteLater()
        self.setVisible(bool(self._rows))
        context = self.context

        def op(_task: object) -> None:
            from desktop.core.usage import budget

            budget.mark_alert_shown(context, key)

        run_for(self, op, on_success=lambda _r: self.dismissed.emit(key),
                          on_failure=lambda exc: self._mark_failed(key, exc))
        self.alerts_changed.emit(len(self._rows))
        if self._rows:
            next(iter(self._rows.values())).dismiss_button.setFocus()

    # ------------------------------------------------------------------ failures
    def _check_failed(self, exc: BaseException) -> None:
        # Alerts are a courtesy: an unreadable drive must not put an error in front of anyone.
        log.warning("Budget alerts unavailable: %s", exc)

    def _mark_failed(self, key: str, exc: BaseException) -> None:
        log.warning("Could not record alert %s as shown: %s", key, exc)
        self.dismissed.emit(key)
