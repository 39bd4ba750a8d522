"""The main window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from desktop import __version__


class MainWindow(QMainWindow):
    """The window a person works in all day."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Promptdesk")
        self.resize(1100, 720)
        label = QLabel(f"Promptdesk {__version__}")
        label.setAccessibleName("Promptdesk")
        self.setCentralWidget(label)

    def after_shown(self) -> None:
        """Work that may wait until the window is on screen (library, provider SDKs)."""
