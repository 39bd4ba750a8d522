"""The one bridge through which deep code tells the person something went wrong.

Widgets and background work never open dialogs of their own for unexpected failures: they emit
``bridge.error_reported`` with a plain message, and the main window shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
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
    from PySide6.QtCore import Qt  # here: the app's first paint need not wait for Qt's enums

    box = QMessageBox(QMessageBox.Icon.Warning, "Promptdesk", message, QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
