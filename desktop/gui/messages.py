"""The one bridge through which deep code tells the person something went wrong.

Widgets and background work never open dialogs of their own for unexpected failures: they emit
``bridge.error_reported`` with a plain message, and the main window shows it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.errors import user_message


class MessageBridge(QObject):
    """Carries plain-language messages to whoever shows them.

    Signals:
        error_reported(str): a plain-language message to show in a dialog.
    """

    error_reported = Signal(str)


bridge = MessageBridge()


def report_failure(exc: BaseException) -> None:
    """Tell the person about ``exc`` in plain words (the worker's default failure path)."""
    bridge.error_reported.emit(user_message(exc))


def show_error(parent: QWidget | None, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "Promptdesk", message, QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()


def ask(parent: QWidget | None, text: str, labels: tuple[str, ...], on_choice: Callable[[int], object], *,
        title: str = "Promptdesk", warning: bool = False, safe_default: bool = False, name: str = "") -> QMessageBox:
    """A non-blocking question with a button per label and Cancel; ``on_choice(index of the label
    clicked, or -1 for Cancel)``. With ``safe_default`` Cancel is the default button (a yes that
    costs money is never one key press away)."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if name:
        box.setObjectName(name)
    buttons = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in labels]
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel if safe_default else buttons[0])
    box.setEscapeButton(cancel)

    def finished(_code: int) -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        on_choice(buttons.index(clicked) if clicked in buttons else -1)

    box.finished.connect(finished)
    box.open()
    return box
