"""Quiet help text and coloured verdicts through the theme's label roles.

``desktop.gui.theme`` styles ``QLabel[role=...]`` (muted, error, warning, good) with colours that
stay readable in both light and dark themes; these helpers set a role and re-apply the style
when it changes on a label already shown (Qt does not re-read a dynamic property by itself).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def set_role(label: QLabel, role: str) -> None:
    """Give ``label`` the theme role ``role`` ("" for normal text)."""
    if label.property("role") == role:
        return
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)


def muted_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A word-wrapped line of secondary text (help under a field, where figures come from)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    set_role(label, "muted")
    return label
