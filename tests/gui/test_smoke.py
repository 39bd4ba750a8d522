"""The main window opens, and an uncaught error is logged and shown in plain words."""

from __future__ import annotations

import sys

from desktop.core import paths
from desktop.gui import app as gui_app
from desktop.gui.main_window import MainWindow


def test_main_window_opens(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.isVisible()
    assert window.windowTitle() == "Promptdesk"


def test_uncaught_error_is_logged_and_shown_without_traceback(qtbot, monkeypatch) -> None:
    from desktop.core.logs import setup_logging

    setup_logging()
    shown: list[str] = []
    gui_app.bridge.error_reported.connect(shown.append)
    try:
        raise RuntimeError("boom sk-ant-api03-THISISNOTAREALKEYBUTLOOKSLIKEONE")
    except RuntimeError:
        gui_app._excepthook(*sys.exc_info())
    finally:
        gui_app.bridge.error_reported.disconnect(shown.append)
    assert len(shown) == 1
    assert "Traceback" not in shown[0] and "boom" not in shown[0]
    assert str(paths.log_file()) in shown[0]
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    logged = paths.log_file().read_text()
    assert "RuntimeError: boom" in logged
    assert "THISISNOTAREALKEY" not in logged
