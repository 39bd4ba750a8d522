"""Read-only tables of figures, shared by My spend and the team dashboard: a name column that
stretches, number columns sized to their contents and right-aligned, and a height that shows up
to eight rows (longer lists scroll inside the table rather than stretching the page)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

ROWS_SHOWN = 8
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def figure_table(headers: Sequence[str], name: str, parent: QWidget) -> QTableWidget:
    """An empty table named for screen readers; the first column stretches."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill_rows(table: QTableWidget, rows: Sequence[Sequence[str]], *, numbers_from: int = 1) -> None:
    """Rows of text; columns from ``numbers_from`` on are numbers (right-aligned)."""
    table.setRowCount(len(rows))
    for index, row in enumerate(rows):
        for column, text in enumerate(row):
            item = QTableWidgetItem(text)
            if column >= numbers_from:
                item.setTextAlignment(NUMBER_ALIGNMENT)
            table.setItem(index, column, item)


def fit_rows(table: QTableWidget) -> None:
    """Make the table as tall as its first ``ROWS_SHOWN`` rows."""
    shown = min(table.rowCount(), ROWS_SHOWN)
    height = table.horizontalHeader().sizeHint().height() + sum(table.rowHeight(i) for i in range(shown))
    table.setFixedHeight(height + 2 * table.frameWidth())
