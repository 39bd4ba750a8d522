"""The main window: its pages, the first-run welcome, Settings from the menu, remembered size,
the light/dark theme, and the budget question that offers the execution tier."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.run import DONE, Run
from desktop.gui import theme
from desktop.gui.history_view import HistoryView
from desktop.gui.main_window import MainWindow
from desktop.gui.settings_dialog import SettingsDialog
from desktop.gui.spend_view import SpendView
from desktop.gui.welcome_dialog import WelcomeDialog
from tests.gui.test_main_window_support import (
    make_context,
    note_template,
    open_window,
    personal_folder,
    wait_idle,
    write_template,
)
from tests.helpers.fake_llm import FakeLLMServer, Reply


def test_sidebar_switches_between_templates_history_and_my_spend(qtbot) -> None:
    window = open_window(qtbot)
    assert window.stack.currentIndex() == 0 and window.templates.parent() is window.stack.currentWidget()
    window.sidebar.setCurrentRow(1)
    assert isinstance(window.page("History"), HistoryView)
    assert window.stack.currentIndex() == 1
    window.sidebar.setCurrentRow(2)
    assert isinstance(window.page("My spend"), SpendView)
    qtbot.waitUntil(window.page("My spend").isVisible)
    wait_idle(qtbot)


def test_first_run_opens_the_welcome_after_the_window_is_shown(qtbot) -> None:
    window = MainWindow(make_context(first_run_done=False))
    qtbot.addWidget(window)
    window.show()
    window.after_shown()
    qtbot.waitUntil(lambda: isinstance(window.welcome, WelcomeDialog) and window.welcome.isVisible(), timeout=5000)
    window.welcome.reject()
    wait_idle(qtbot)


def test_no_welcome_once_the_first_run_is_done(qtbot) -> None:
    window = open_window(qtbot)
    assert window.welcome is None
    wait_idle(qtbot)


def test_settings_menu_opens_the_settings_dialog(qtbot) -> None:
    window = open_window(qtbot)
    action = next(a for menu in window.menuBar().actions() for a in menu.menu().actions() if "Settings" in a.text())
    action.trigger()
    assert isinstance(window.settings_dialog, SettingsDialog) and window.settings_dialog.isVisible()
    window.settings_dialog.reject()
    wait_idle(qtbot)


def test_window_size_and_splitters_are_remembered(qtbot) -> None:
    window = open_window(qtbot)
    window.resize(700, 500)  # within the offscreen screen, which restoreGeometry clamps to
    window.templates.split.setSizes([300, 380])
    window.close()
    again = open_window(qtbot)
    assert (again.width(), again.height()) == (700, 500)
    assert abs(again.templates.split.sizes()[0] - window.templates.split.sizes()[0]) <= 2
    wait_idle(qtbot)


def test_dark_system_theme_gives_a_dark_palette_and_dark_highlight_colours(qtbot, monkeypatch) -> None:
    app = QApplication.instance()
    light_email = theme.kind_colour("EMAIL")
    palette, sheet = app.palette(), app.styleSheet()
    monkeypatch.setenv(theme.THEME_ENV, "dark")
    try:
        theme.apply_theme(app)
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 128
        assert theme.kind_colour("EMAIL") != light_email
        assert theme.kind_colour("EMAIL").lightness() < 128
    finally:
        monkeypatch.setenv(theme.THEME_ENV, "light")
        theme.apply_theme(app)
        app.setPalette(palette)
        app.setStyleSheet(sheet)
    assert app.palette().color(QPalette.ColorRole.Window).lightness() >= 128


@pytest.fixture
def llm(connected_llm: FakeLLMServer) -> FakeLLMServer:
    """Both providers pointed at the fake server, with fake keys in the (in-memory) keychain."""
    return connected_llm


def test_nearly_spent_budget_offers_the_execution_tier_and_sends_there(qtbot, llm: FakeLLMServer,
                                                                     team_dir: Path) -> None:
    (team_dir / "team.toml").write_text("monthly_budget = 1.0\n", encoding="utf-8")
    write_template(personal_folder(), "strategy-note", note_template("Strategy note", tier="reasoning"))
    context = make_context()
    context.ledger.record(Run(user=context.user, template_id="strategy-note", status=DONE, actual_cost=0.95))
    window = open_window(qtbot, context)
    page = window.templates
    page.open_template("strategy-note")
    page.form.editors["text"].setPlainText("Should we open a second shop next year?")
    qtbot.waitUntil(lambda: page.prepared is not None and bool(page.prepared.values.get("text")), timeout=10_000)
    assert page.prepared.route.tier == "reasoning" and page.prepared.budget_warning
    llm.queue(Reply(text="Here is a careful answer."))
    page.route_bar.send.click()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in page.findChildren(QMessageBox)), timeout=10_000)
    box = next(b for b in page.findChildren(QMessageBox) if b.isVisible())
    assert "95%" in box.text() and "Execution" in box.text()
    use_execution = next(b for b in box.buttons() if b.text() == "Use Execution")
    with qtbot.waitSignal(page.run_finished, timeout=20_000) as finished:
        use_execution.click()
    assert finished.args[0].tier == "execution"
    assert llm.requests[-1].body["model"].startswith("claude-sonnet")
    wait_idle(qtbot)


def test_ctrl_number_keys_switch_pages(qtbot) -> None:
    window = open_window(qtbot)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 0
    wait_idle(qtbot)


def test_a_damaged_settings_file_is_reported_and_the_app_starts_with_defaults(qtbot) -> None:
    from desktop.core import paths
    from desktop.gui import app as gui_app

    paths.settings_file().write_text("name = [unclosed\n", encoding="utf-8")
    gui_app.startup_problems.clear()
    try:
        context = gui_app.load_context()
        assert context.settings.values == {}
        assert len(gui_app.startup_problems) == 1
        message = gui_app.startup_problems[0]
        assert str(paths.settings_file()) in message and "Traceback" not in message
        assert paths.settings_file().read_text(encoding="utf-8") == "name = [unclosed\n"  # left for the person
    finally:
        gui_app.startup_problems.clear()


def test_quitting_stops_what_can_stop_and_waits_for_the_rest_to_finish(qtbot) -> None:
    import threading

    from desktop.gui import app as gui_app
    from desktop.gui import worker

    saw_stop = threading.Event()
    started = threading.Event()

    def streaming(task) -> None:  # type: ignore[no-untyped-def]
        started.set()
        while not task.cancelled():
            threading.Event().wait(0.01)  # a pool thread standing in for an answer streaming in
        saw_stop.set()

    worker.run_in_background(streaming)
    assert started.wait(5)
    assert gui_app.finish_background_work(timeout_ms=5000)
    assert saw_stop.is_set()
    qtbot.waitUntil(lambda: not worker._ACTIVE, timeout=5000)
