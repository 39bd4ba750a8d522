"""The editor for each type of template field, and how its value is read and written back.

A line, a roomy text box that also takes files for long text, a drop-down for a choice, tick
boxes for several, a tick box, a date picker, a line that takes only numbers. ``read_editor``
gives the value in the field's type (a number as a number, a file's text still marked as
outside content); ``write_editor`` shows a value again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from desktop.gui.file_chip import DocumentTextEdit


def make_editor(field: Any, parent: QWidget, changed: Callable[..., None]) -> QWidget:
    """The editor a person expects for ``field``'s type; ``changed()`` is called on every edit."""
    kind = field.type
    if kind == "long_text":
        edit = DocumentTextEdit(parent, max_chars=field.max_length)  # also takes files
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(field.placeholder or "Paste or type here…")
        edit.setMinimumHeight(140)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        edit.textChanged.connect(changed)
        return edit
    if kind == "choice":
        combo = QComboBox(parent)
        combo.addItems([str(o) for o in field.options])
        if not field.required:  # a hint, not a blank first row to pick by mistake
            combo.setPlaceholderText("Choose one (optional)")
            combo.setProperty("optional", True)
            combo.setCurrentIndex(-1)
        combo.currentIndexChanged.connect(changed)
        return combo
    if kind == "multi_choice":
        group = QWidget(parent)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        for option in field.options:
            check = QCheckBox(str(option), group)
            check.setAccessibleName(f"{field.label}: {option}")
            check.toggled.connect(changed)
            row.addWidget(check)
        row.addStretch(1)
        return group
    if kind == "checkbox":
        check = QCheckBox(field.placeholder or field.label, parent)
        check.toggled.connect(changed)
        return check
    if kind == "date":
        from desktop.gui.date_field import DateField

        date = DateField(parent)
        date.changed.connect(changed)
        return date
    line = QLineEdit(parent)
    line.setPlaceholderText(field.placeholder or "")
    if kind == "number":
        low = field.min if field.min is not None else -1e12
        high = field.max if field.max is not None else 1e12
        line.setValidator(QDoubleValidator(float(low), float(high), 6, line))
    if kind == "short_text" and field.max_length:
        line.setMaxLength(int(field.max_length))
    line.textChanged.connect(changed)
    return line


def read_editor(field: Any, editor: QWidget) -> Any:
    """What an editor made by ``make_editor`` holds, in the field's type."""
    if isinstance(editor, DocumentTextEdit):
        return editor.value()  # FileText when a file was read in: outside content
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QComboBox):
        return editor.currentText()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if field.type == "date" and hasattr(editor, "value"):
        return editor.value()
    if isinstance(editor, QLineEdit):
        text = editor.text().strip() if field.type == "number" else editor.text()
        if field.type == "number" and text:
            try:
                number = float(text.replace(",", "."))
            except ValueError:
                return text
            return int(number) if number.is_integer() else number
        return text
    return [check.text() for check in editor.findChildren(QCheckBox) if check.isChecked()]


def write_editor(editor: QWidget, value: Any) -> None:
    """Show ``value`` in an editor made by ``make_editor``."""
    if isinstance(editor, DocumentTextEdit):
        editor.set_value(value)  # keeps a file's text marked as outside content
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText("" if value is None else str(value))
    elif isinstance(editor, QComboBox):
        index = editor.findText("" if value is None else str(value))
        editor.setCurrentIndex(index if editor.property("optional") else max(index, 0))
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif hasattr(editor, "set_value"):  # a DateField
        editor.set_value(value)
    elif isinstance(editor, QLineEdit):
        editor.setText("" if value is None else str(value))
    else:
        chosen = {str(v) for v in (value or [])} if isinstance(value, list | tuple) else set()
        for check in editor.findChildren(QCheckBox):
            check.setChecked(check.text() in chosen)
