"""The team folder field used by Settings and the welcome: a path, Browse…, and a plain verdict.

The folder is checked on the spot (exists, writable, ``team.toml`` valid) on a worker, because a
network drive that has gone away can take many seconds to answer.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QWidget

from desktop.core.errors import SettingsError, user_message
from desktop.core.money import money
from desktop.core.settings import TEAM_FILE, load_team_settings
from desktop.gui.text_roles import set_role
from desktop.gui.widgets import button, hbox, vbox
from desktop.gui.worker import LatestOnly


@dataclass(frozen=True)
class FolderCheck:
    """The verdict on a team folder: ``ok`` False means it cannot be used as it is."""

    ok: bool
    message: str


def check_team_folder(text: str) -> FolderCheck:
    """Check ``text`` as a team folder: it exists, Promptdesk can write in it, team.toml is valid."""
    text = text.strip()
    if not text:
        return FolderCheck(True, "No team folder: your usage stays on this computer. You can set one later.")
    try:
        path = Path(text).expanduser()
    except RuntimeError:  # "~someone/…" for a user this computer does not know
        return FolderCheck(False, f"The folder {text} does not exist on this computer. Use the full path, "
                                  "or press Browse… to pick it.")
    try:
        if not path.exists():
            return FolderCheck(False, f"The folder {path} does not exist, or its drive is not connected.")
        if not path.is_dir():
            return FolderCheck(False, f"{path} is a file, not a folder. Pick the folder that holds {TEAM_FILE}.")
        with tempfile.NamedTemporaryFile(dir=path, prefix=".promptdesk-check-", delete=True):
            pass
    except OSError:
        return FolderCheck(False, f"Promptdesk cannot write in {path}. Ask whoever looks after the team "
                                  "drive to give you permission to change files there.")
    try:
        team = load_team_settings(path)
    except SettingsError as exc:
        return FolderCheck(False, exc.message)
    if not (path / TEAM_FILE).exists():
        return FolderCheck(True, "This folder can be used. It has no team settings yet: if you look after the "
                                 "team, choose Promptdesk → Set up your team to add a budget, sensitive terms "
                                 "and model choices.")
    name = f"“{team.name}”" if team.name else "Your team"
    budget = f", with a monthly budget of {money(team.monthly_budget)}" if team.monthly_budget else ""
    return FolderCheck(True, f"{name} folder found{budget}. Usage will be shared here.")


class TeamFolderPicker(QWidget):
    """A folder field with Browse… and a line saying whether the folder works.

    Signals:
        checked(bool, str): a check finished: usable or not, and the words shown.
    """

    checked = Signal(bool, str)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: FolderCheck | None = None
        self._checks = LatestOnly(self)  # the verdict is always about the folder typed last
        self.edit = QLineEdit(text, self)
        self.edit.setPlaceholderText("For example S:\\Team\\Promptdesk or ~/Dropbox/Team")
        self.edit.setAccessibleName("Team folder")
        self.browse_button = button("Browse…", self, self.browse, name="Choose the team folder")
        self.verdict = QLabel("", self)
        self.verdict.setWordWrap(True)
        self.verdict.hide()  # shown once there is something to say
        self.verdict.setAccessibleName("Team folder check")
        vbox(self, hbox(None, (self.edit, 1), self.browse_button), self.verdict)
        self.edit.editingFinished.connect(self.check)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self.check()

    @Slot()
    def browse(self) -> None:
        start = self.text() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, "Choose your team folder", start)
        if chosen:
            self.set_text(os.path.normpath(chosen))

    @Slot()
    def check(self) -> None:
        """Check the folder now, off the UI thread; the verdict line shows the answer."""
        text = self.text()
        self.verdict.setText("Checking the folder …")
        self.verdict.show()
        self._checks.run(lambda _task: check_team_folder(text), on_success=self._show, on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        """The check itself broke: say so on the verdict line instead of leaving "Checking …"."""
        self._show(FolderCheck(False, f"The folder could not be checked: {user_message(exc)}"))

    def _show(self, result: FolderCheck) -> None:
        self.result = result
        mark = "✓" if result.ok else "⚠"
        set_role(self.verdict, "good" if result.ok else "error")
        self.verdict.setText(f"{mark} {result.message}")
        self.checked.emit(result.ok, result.message)
