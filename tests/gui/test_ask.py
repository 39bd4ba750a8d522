"""The one non-blocking question: a label pressed gives its index, Cancel or Escape gives -1, and
a question whose yes costs money has Cancel as the default button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.gui.messages import ask


def _button(box: QMessageBox, text: str):  # type: ignore[no-untyped-def]
    return next(b for b in box.buttons() if b.text() == text)


def test_the_label_pressed_is_given_by_its_index(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answers: list[int] = []
    box = ask(parent, "Send it on the Execution tier instead?", ("Use Execution", "Send as planned"), answers.append)
    assert box.defaultButton() is _button(box, "Use Execution")
    _button(box, "Send as planned").click()
    qtbot.waitUntil(lambda: answers == [1], timeout=2000)


def test_escape_cancels_and_a_costly_yes_is_not_the_default(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answers: list[int] = []
    box = ask(parent, "It may have been billed already.", ("Send again",), answers.append, title="Send again?",
              warning=True, safe_default=True, name="resend_question")
    assert box.objectName() == "resend_question" and box.icon() == QMessageBox.Icon.Warning
    assert box.defaultButton() is box.escapeButton()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: answers == [-1], timeout=2000)
