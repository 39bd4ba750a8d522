"""The main flow with the keyboard only: find a template, fill it, send with Ctrl+Enter, tick the
checklist and approve, reaching every control with Tab in a sensible order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.test_main_window_support import (
    note_template,
    open_window,
    personal_folder,
    wait_idle,
    write_template,
)
from tests.helpers.fake_llm import FakeLLMServer, Reply

MAX_TABS = 12  # a control more Tab presses away than this is not "reachable" in any useful sense


def tab_to(qtbot, target: QWidget) -> int:  # type: ignore[no-untyped-def]
    """Press Tab until ``target`` has focus; return how many presses it took."""
    for presses in range(1, MAX_TABS + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is target:
            return presses
    raise AssertionError(f"{target.accessibleName() or target} is not reachable with Tab "
                         f"(focus ended on {QApplication.focusWidget()})")


@pytest.fixture
def llm(connected_llm: FakeLLMServer) -> FakeLLMServer:
    """Both providers pointed at the fake server, with fake keys in the (in-memory) keychain."""
    return connected_llm


def test_keyboard_only_find_fill_send_tick_and_approve(qtbot, llm: FakeLLMServer) -> None:
    write_template(personal_folder(), "customer-reply", note_template("Customer reply", category="Support"))
    window = open_window(qtbot)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.templates

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F: find a template
    assert QApplication.focusWidget() is page.gallery.search
    qtbot.keyClicks(page.gallery.search, "customer reply")
    assert tab_to(qtbot, page.gallery.tree) == 1
    qtbot.keyClick(page.gallery.tree, Qt.Key.Key_Down)
    qtbot.keyClick(page.gallery.tree, Qt.Key.Key_Return)
    assert page.template is not None and page.template.id == "customer-reply"

    text_box = page.form.editors["text"]
    qtbot.waitUntil(text_box.isVisible)  # the new form is on screen before the person tabs into it
    assert tab_to(qtbot, text_box) <= 3  # straight from the list into the form
    qtbot.keyClicks(text_box, "Where is my parcel? It was due on Monday.")
    qtbot.waitUntil(lambda: page.prepared is not None and "parcel" in page.prepared.values["text"], timeout=10_000)
    llm.queue(Reply(text="Sorry for the wait. Your parcel leaves our warehouse today."))
    with qtbot.waitSignal(page.run_finished, timeout=20_000) as finished:
        qtbot.keyClick(text_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter: Send
    assert finished.args[0].status == "done"
    assert text_box.toPlainText() == "Where is my parcel? It was due on Monday."  # Ctrl+Enter typed nothing

    panel = page.checklist
    to_tick = [r for r in panel.results if r.required and r.passed is not True]
    assert to_tick
    qtbot.waitUntil(lambda: all(panel.checks[r.id].isVisible() for r in to_tick))
    for result in to_tick:
        tab_to(qtbot, panel.checks[result.id])
        qtbot.keyClick(panel.checks[result.id], Qt.Key.Key_Space)
    assert panel.approve.isEnabled()
    tab_to(qtbot, panel.approve)
    qtbot.keyClick(panel.approve, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(window.context.ledger.get(finished.args[0].id).approved), timeout=5000)

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Ctrl+2: History
    assert window.stack.currentIndex() == 1
    wait_idle(qtbot)


def test_every_control_of_the_main_flow_has_an_accessible_name(qtbot) -> None:
    write_template(personal_folder(), "customer-reply", note_template("Customer reply"))
    window = open_window(qtbot)
    page = window.templates
    page.open_template("customer-reply")
    controls = [page.gallery.search, page.gallery.tree, page.form.star, page.form.editors["text"],
                page.route_bar.send, page.route_bar.preview, page.answer.browser, page.answer.stop,
                page.checklist.approve, page.checklist.thumbs_up, page.checklist.thumbs_down,
                page.checklist.comment, window.sidebar]
    for control in controls:
        assert control.accessibleName() or control.text(), control  # type: ignore[attr-defined]
    wait_idle(qtbot)
