"""What start-up loads once the window is up and the person is not typing.

The price table warms up with (or instead of) the first estimate; the provider SDKs (about
1.7 s of imports holding Python's lock) wait for ``IdleRunner``: a moment without a key press,
click or scroll, so typing never stutters. The first Send imports them itself if it comes first.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def import_providers() -> None:
    """Import the provider SDKs (about 1.7 s) so the first Send does not wait for them."""
    from desktop.gui.collector import import_quietly

    import_quietly("anthropic", "openai")


def warm_up_prices() -> None:
    """Load the price table (the first estimate then need not)."""
    try:
        from desktop.core.send import pricing
        from desktop.gui.collector import first_load

        with first_load("prices"):
            pricing.warm_up()
    except Exception as exc:  # a missing price only costs speed on the first estimate
        log.info("Price table warm-up skipped: %s", exc)


class IdleRunner(QObject):
    """Runs ``action`` once, after ``delay_ms`` without a key press, click or scroll anywhere."""

    def __init__(self, delay_ms: int, action: Any, parent: QObject) -> None:
        super().__init__(parent)
        self._action = action
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._fire)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False

    def _fire(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._action()


_INPUT_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)
