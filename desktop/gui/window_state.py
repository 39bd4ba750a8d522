"""Where the main window stood and how its splitters were set, kept between sessions.

Stored in ``window.ini`` in the config folder (so tests and portable installs keep it in their
home), made private (0600) before Qt first writes it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

from desktop.core import paths


def window_settings() -> QSettings:
    # Made 0600 first: Qt's atomic save keeps an existing file's mode, and would use the umask's.
    return QSettings(str(paths.private_file(paths.config_dir() / "window.ini")), QSettings.Format.IniFormat)


def restore_geometry(window: QWidget) -> None:
    geometry = window_settings().value("geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)


def restore_splitters(splitters: dict[str, QSplitter]) -> None:
    stored = window_settings()
    for key, splitter in splitters.items():
        state = stored.value(key)
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)


def save(window: QWidget, splitters: dict[str, QSplitter]) -> None:
    """The window's geometry and every splitter's sizes, written now."""
    stored = window_settings()
    stored.setValue("geometry", window.saveGeometry())
    for key, splitter in splitters.items():
        stored.setValue(key, splitter.saveState())
    stored.sync()
