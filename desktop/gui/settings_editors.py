"""Editors for settings declared as data, and the form rows the settings screens are made of.

``spec_editor`` picks an editor by a ``SettingSpec``'s type and ``editor_value`` reads it back in
that type; ``form_row`` puts a label (its mnemonic focuses the editor), the editor and its help
under it. Used by Settings and by the team set-up, which also offers ``country_choices``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.settings import SettingSpec
from desktop.gui.text_roles import muted_label


def country_choices() -> list[tuple[str, str]]:
    """(code, "Name (code)") for every region phone numbers are known for, sorted by name."""
    import phonenumbers

    choices = []
    for code in phonenumbers.SUPPORTED_REGIONS:
        territory = QLocale.codeToTerritory(code)
        name = QLocale.territoryToString(territory) if territory != QLocale.Country.AnyCountry else code
        choices.append((code, f"{name} ({code})"))
    return sorted(choices, key=lambda item: item[1].lower())


def spec_editor(spec: SettingSpec, value: Any, parent: QWidget) -> QWidget:
    """An editor for one declared setting, chosen by its type."""
    editor: QWidget
    if spec.type is bool:
        editor = QCheckBox(spec.label, parent)
        editor.setChecked(bool(value))
    elif spec.type is int:
        editor = QSpinBox(parent)
        editor.setRange(0, 100_000)
        editor.setValue(int(value))
    elif spec.type is float:
        editor = QDoubleSpinBox(parent)
        editor.setRange(0.0, 100_000.0)
        editor.setDecimals(1)
        editor.setValue(float(value))
    elif spec.type is list:
        editor = QPlainTextEdit("\n".join(value), parent)
        editor.setPlaceholderText("One per line")
        editor.setTabChangesFocus(True)
        editor.setMaximumHeight(editor.fontMetrics().height() * 7)
    else:
        editor = QLineEdit(str(value), parent)
    editor.setAccessibleName(spec.label)
    if spec.help:
        editor.setToolTip(spec.help)
        editor.setAccessibleDescription(spec.help)
    return editor


def editor_value(spec: SettingSpec, editor: QWidget) -> Any:
    """What an editor made by ``spec_editor`` holds, in the spec's type."""
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox | QDoubleSpinBox):
        return editor.value()
    if isinstance(editor, QPlainTextEdit):
        return [line.strip() for line in editor.toPlainText().splitlines() if line.strip()]
    assert isinstance(editor, QLineEdit)
    return editor.text().strip()


def form_page(parent: QWidget) -> tuple[QWidget, QFormLayout]:
    """A page holding a form that keeps its rows together at the top."""
    page = QWidget(parent)
    column = QVBoxLayout(page)
    form = QFormLayout()
    column.addLayout(form)
    column.addStretch(1)
    return page, form


def form_row(form: QFormLayout, label: str, editor: QWidget, help_text: str, parent: QWidget) -> None:
    """A form row: the label (its mnemonic focuses the editor), the editor, its help under it."""
    caption = QLabel(label, parent)
    caption.setBuddy(editor)
    cell = QWidget(parent)
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(editor)
    if help_text:
        column.addWidget(muted_label(help_text, cell))
    form.addRow(caption, cell)
