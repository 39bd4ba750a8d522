"""Small builders for the shapes every panel repeats: a button wired to what it does, and a
row or a column of widgets.

``vbox(parent, ...)`` (a column) and ``hbox(parent, ...)`` (a row) fill ``parent`` edge to edge (no margins: the
panel sits inside a page or a dialog that has its own); with ``parent=None`` they make a layout
for another one to hold (nested layouts have no margins of their own). An item is a widget, a
layout, or ``(item, stretch)`` for one that takes the room left over.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QPushButton, QVBoxLayout, QWidget

Item = QWidget | QLayout | tuple[QWidget | QLayout, int]
_Box = TypeVar("_Box", bound=QBoxLayout)


def button(text: str, parent: QWidget, on_click: Callable[..., object] | SignalInstance, *, tip: str = "",
           name: str = "") -> QPushButton:
    """A push button that does ``on_click`` (or emits that signal); ``tip`` says what it does when hovered, ``name`` is
    what a screen reader says when the text alone is too short."""
    made = QPushButton(text, parent)
    if tip:
        made.setToolTip(tip)
    if name:
        made.setAccessibleName(name)
    made.clicked.connect(on_click)
    return made


def vbox(parent: QWidget | None, *items: Item) -> QVBoxLayout:
    """``items`` one under the other."""
    return _fill(QVBoxLayout(parent) if parent is not None else QVBoxLayout(), parent, items)


def hbox(parent: QWidget | None, *items: Item) -> QHBoxLayout:
    """``items`` side by side."""
    return _fill(QHBoxLayout(parent) if parent is not None else QHBoxLayout(), parent, items)


def _fill(layout: _Box, parent: QWidget | None, items: tuple[Item, ...]) -> _Box:
    if parent is not None:
        layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        thing, stretch = item if isinstance(item, tuple) else (item, 0)
        if isinstance(thing, QLayout):
            layout.addLayout(thing, stretch)
        else:
            layout.addWidget(thing, stretch)
    return layout
