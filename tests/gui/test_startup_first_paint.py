"""The first paint comes first: the window is painted with the light/dark look remembered from
the last start, and only then are the settings read, the system's real choice checked (and the
look corrected where it changed), and any start-up problem shown. Launches run in a real
process; the look is switched through ``PROMPTDESK_THEME``, the system's choice where the
platform (here, offscreen) does not tell Qt one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core import paths
from desktop.gui import theme
from desktop.gui.app import after_first_paint


def _window_is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


@pytest.fixture
def app(qtbot, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:  # type: ignore[no-untyped-def]
    """The application, its palette and style sheet put back afterwards; the system is light."""
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    palette, sheet = application.palette(), application.styleSheet()
    monkeypatch.setenv(theme.THEME_ENV, "light")
    yield application
    monkeypatch.setenv(theme.THEME_ENV, "light")
    theme.apply_theme(application)
    application.setPalette(palette)
    application.setStyleSheet(sheet)


def test_a_remembered_dark_look_is_applied_as_is_and_corrected_to_a_light_system(app: QApplication) -> None:
    theme.apply_theme(app, remembered=True)
    assert _window_is_dark(app) and theme.is_dark()  # what the first paint shows: not asked yet
    assert theme.kind_colour("EMAIL").lightness() < 128  # colours follow the look applied
    assert theme.check_scheme(app) is False
    assert not _window_is_dark(app) and not theme.is_dark()
    assert theme.kind_colour("EMAIL").lightness() >= 128


def test_a_remembered_light_look_is_corrected_to_a_dark_system(app: QApplication, monkeypatch) -> None:
    monkeypatch.setenv(theme.THEME_ENV, "dark")
    theme.apply_theme(app, remembered=False)
    assert not _window_is_dark(app)
    assert theme.check_scheme(app) is True
    assert _window_is_dark(app) and theme.is_dark()


def test_a_remembered_look_that_still_matches_is_not_applied_twice(app: QApplication) -> None:
    theme.apply_theme(app, remembered=False)
    app.setStyleSheet(app.styleSheet() + "\n/* applied once */")
    assert theme.check_scheme(app) is False
    assert app.styleSheet().endswith("/* applied once */")  # no second style pass over every widget


class _Counted(QWidget):
    """A widget that counts its paints."""

    paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        super().paintEvent(event)


def test_after_first_paint_runs_once_after_the_window_was_painted(qtbot) -> None:
    widget = _Counted()
    qtbot.addWidget(widget)
    seen: list[int] = []
    watcher = after_first_paint(widget, lambda: seen.append(widget.paints), fallback_ms=60_000)
    widget.show()
    qtbot.waitUntil(lambda: seen != [])
    assert len(seen) == 1 and seen[0] >= 1  # called after a paint, not before
    assert not watcher.timer.isActive()  # the fallback will not call it a second time
    widget.update()
    qtbot.waitUntil(lambda: widget.paints >= 2)
    assert len(seen) == 1  # a later paint calls nothing either


def test_after_first_paint_still_runs_for_a_window_that_is_never_painted(qtbot) -> None:
    widget = QWidget()  # never shown, as a window started minimised is never painted
    qtbot.addWidget(widget)
    seen: list[bool] = []
    after_first_paint(widget, lambda: seen.append(True), fallback_ms=50)
    qtbot.waitUntil(lambda: seen == [True])


def test_a_start_up_step_that_fails_does_not_stop_the_steps_after_it(qtbot) -> None:
    from desktop.gui.app import _in_steps

    owner = QWidget()
    qtbot.addWidget(owner)
    done: list[str] = []

    def broken() -> None:
        raise RuntimeError("the system's light/dark choice could not be read")

    with pytest.raises(RuntimeError):
        _in_steps(owner, [broken, lambda: done.append("settings"), lambda: done.append("library")])
    qtbot.waitUntil(lambda: done == ["settings", "library"])


_LAUNCH = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QMessageBox
    from desktop.gui import app as gui_app
    from desktop.gui.main_window import MainWindow
    seen = {}
    def dark():
        return QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() < 128
    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if isinstance(watched, MainWindow) and event.type() == QEvent.Type.Paint and "paint" not in seen:
                seen["paint"] = {"dark": dark(), "settings_read": watched._context is not None}
            return False
    watcher = FirstPaint()
    _create = gui_app.create_application
    def create(*args):
        app = _create(*args); app.installEventFilter(watcher); return app
    gui_app.create_application = create
    _problems = gui_app.show_startup_problems
    def started(window):  # the last step after the first paint
        _problems(window)
        seen["started"] = {"dark": dark(), "settings_read": window._context is not None}
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        seen["messages"] = [box.text() for box in boxes]
        print(json.dumps(seen), flush=True)
        window.close(); QApplication.quit()
    gui_app.show_startup_problems = started
    import runpy
    runpy.run_module("desktop", run_name="__main__")  # ``python -m desktop``, no arguments: the app
""")


def _launch(system: str) -> dict:  # type: ignore[type-arg]
    env = dict(os.environ, PROMPTDESK_THEME=system)
    out = subprocess.run([sys.executable, "-c", _LAUNCH], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _remembered() -> str:
    return (paths.config_dir() / "window.ini").read_text(encoding="utf-8")


def test_a_launch_paints_the_remembered_look_first_then_reads_settings_and_follows_the_system() -> None:
    first = _launch("dark")  # the first launch: nothing remembered, so the system is asked
    assert first["paint"] == {"dark": True, "settings_read": False}
    assert "dark=true" in _remembered()

    later = _launch("light")  # the system turned light since
    assert later["paint"] == {"dark": True, "settings_read": False}  # last start's look, unasked
    assert later["started"] == {"dark": False, "settings_read": True}  # corrected after the paint
    assert "dark=false" in _remembered()  # and remembered for the next start

    again = _launch("light")
    assert again["paint"]["dark"] is False and again["started"]["dark"] is False


def test_a_damaged_settings_file_is_read_after_the_first_paint_and_reported_in_plain_words() -> None:
    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file().write_text("name = [unclosed\n", encoding="utf-8")
    seen = _launch("light")
    assert seen["paint"]["settings_read"] is False
    assert len(seen["messages"]) == 1
    assert str(paths.settings_file()) in seen["messages"][0] and "Traceback" not in seen["messages"][0]
