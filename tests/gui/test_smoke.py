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


def test_the_log_file_rotates_and_keeps_three_older_files(monkeypatch) -> None:
    import logging

    from desktop.core import logs

    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    handler = logs.RotatingLog(paths.log_file())
    logger = logging.getLogger("rotation-test")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for number in range(200):
            logger.warning("line %d %s", number, "x" * 80)
    finally:
        logger.removeHandler(handler)
        handler.close()
    folder = paths.log_file().parent
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["promptdesk.log", "promptdesk.log.1", "promptdesk.log.2", "promptdesk.log.3"]
    assert all((folder / name).stat().st_size <= 2_000 + 200 for name in names)
    assert "line 199" in paths.log_file().read_text()
