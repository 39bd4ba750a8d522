"""The first-run welcome: your name, your key (or try without one), and the team folder.

Short on purpose: three questions, all of which can be changed later in Settings. A person
without a key can still try everything up to Send, which then shows what would be sent and
what it would cost instead of sending.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.context import AppContext
from desktop.core.errors import KeychainError
from desktop.core.settings import PROVIDER_NAMES
from desktop.gui.key_panel import KEY_PROVIDERS, WHERE_TO_GET
from desktop.gui.team_folder_picker import TeamFolderPicker
from desktop.gui.text_roles import muted_label, set_role
from desktop.gui.worker import run_for


class WelcomeDialog(QDialog):
    """Three questions on one page; "Start" saves the answers and marks the welcome done.

    Signals:
        sources_read(): where existing keys come from is known (read off the UI thread).
    """

    sources_read = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._busy = False
        self.setWindowTitle("Welcome to Promptdesk")
        settings = context.settings

        heading = QLabel("<h2>Welcome to Promptdesk</h2>", self)
        intro = QLabel("Three quick questions and you are ready. You can change every answer later in "
                       "<b>Settings</b>.", self)
        intro.setWordWrap(True)

        self.name_edit = QLineEdit(settings.name, self)
        self.name_edit.setPlaceholderText(settings.user_name)
        self.name_edit.setAccessibleName("Your name")

        self.have_key = QRadioButton("I have a key", self)
        self.no_key = QRadioButton("Try without a key", self)
        no_key_help = "Everything works up to Send, which then shows what would be sent and what it would cost."
        self.no_key.setAccessibleDescription(no_key_help)
        group = QButtonGroup(self)
        group.addButton(self.have_key)
        group.addButton(self.no_key)
        self.provider = QComboBox(self)
        self.provider.setAccessibleName("Whose key")
        for provider in KEY_PROVIDERS:
            self.provider.addItem(PROVIDER_NAMES[provider], provider)
        self.key_edit = QLineEdit(self)
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setAccessibleName("Your key")
        self.key_help = muted_label("", self)
        self.memory_button = QPushButton("Keep the key in memory until Promptdesk closes", self)
        self.memory_button.hide()

        self.team_picker = TeamFolderPicker(settings.team_dir, self)
        team_help = muted_label("If your team shares a folder for Promptdesk on a shared drive, pick it here. "
                                "You can also do this later in Settings.", self)

        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        set_role(self.message, "error")
        self.message.hide()

        key_row = QHBoxLayout()
        key_row.addWidget(self.provider)
        key_row.addWidget(self.key_edit, 1)
        indent = self.have_key.sizeHint().height()
        key_box = QVBoxLayout()
        key_box.setContentsMargins(indent, 0, 0, 0)
        key_box.addLayout(key_row)
        key_box.addWidget(self.key_help)
        key_box.addWidget(self.memory_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton("Start using Promptdesk", QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setDefault(True)
        self.buttons.accepted.connect(self.finish)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(indent // 2)
        layout.addWidget(self._heading("1. What should your team call you?", self.name_edit))
        layout.addWidget(self.name_edit)
        layout.addSpacing(indent // 2)
        layout.addWidget(self._heading("2. Your AI key", self.key_edit))
        layout.addWidget(self.have_key)
        layout.addLayout(key_box)
        layout.addWidget(self.no_key)
        no_key_note = muted_label(no_key_help, self)
        no_key_note.setContentsMargins(indent, 0, 0, 0)
        layout.addWidget(no_key_note)
        layout.addSpacing(indent // 2)
        layout.addWidget(self._heading("3. Your team folder (optional)", self.team_picker.edit))
        layout.addWidget(self.team_picker)
        layout.addWidget(team_help)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.sources: dict[str, str] = {}  # provider -> where its key comes from; read on a worker
        self._no_keychain = False
        (self.no_key if settings.try_without_key else self.have_key).setChecked(True)
        self.have_key.toggled.connect(self._key_choice_changed)
        self.provider.currentIndexChanged.connect(self._key_choice_changed)
        self.memory_button.clicked.connect(self.keep_key_in_memory)
        self._key_choice_changed()
        order = [self.name_edit, self.have_key, self.provider, self.key_edit, self.memory_button, self.no_key,
                 self.team_picker.edit, self.team_picker.browse_button, self.start_button]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        line = self.fontMetrics().height()
        self.setMinimumWidth(line * 38)
        keys = context.keys
        run_for(self, lambda _task: {provider: keys.source(provider) for provider in KEY_PROVIDERS},
                on_success=self._sources_read)

    def _sources_read(self, sources: dict[str, str]) -> None:
        """Keys already set up (keychain or environment) are offered as they are."""
        self.sources = sources
        existing = [provider for provider in KEY_PROVIDERS if sources[provider] != "no key"]
        if existing and not self.key_edit.text():
            self.provider.setCurrentIndex(self.provider.findData(existing[0]))
        self._key_choice_changed()
        self.sources_read.emit()

    def _heading(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(f"<b>{text}</b>", self)
        label.setBuddy(buddy)
        return label

    # ------------------------------------------------------------------ the key question
    def _key_choice_changed(self) -> None:
        with_key = self.have_key.isChecked()
        for widget in (self.provider, self.key_edit):
            widget.setEnabled(with_key)
        if not with_key:  # a warning about the key no longer applies
            self.message.hide()
            self.memory_button.hide()
        provider = self.provider.currentData()
        source = self.sources.get(provider, "no key")
        if source != "no key":
            self.key_edit.setPlaceholderText("A key is already set up; leave empty to keep it")
            self.key_help.setText(f"Your {PROVIDER_NAMES[provider]} key is {source}.")
        elif self._no_keychain:
            self.key_edit.setPlaceholderText("Paste your key here")
            self.key_help.setText(f"Get one at {WHERE_TO_GET[provider]}. This computer has no keychain, so the "
                                  "key can only be kept in memory until Promptdesk closes.")
        else:
            self.key_edit.setPlaceholderText("Paste your key here")
            self.key_help.setText(f"Get one at {WHERE_TO_GET[provider]}. It is kept in your computer's "
                                  "keychain, never in a file.")
        self._fit()

    def _fit(self) -> None:
        """Grow to fit notes that appear (a wrapped hint must never be cut off)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _has_key(self) -> bool:
        return bool(self.key_edit.text().strip()) or self.sources.get(self.provider.currentData(), "no key") != "no key"

    # ------------------------------------------------------------------ finishing
    @Slot()
    def finish(self) -> None:
        """Check the answers, store the key, save the settings, then close."""
        if self._busy:
            return
        if self.have_key.isChecked() and not self._has_key():
            self._say("Paste your key, or choose “Try without a key”.")
            self.key_edit.setFocus()
            return
        key = self.key_edit.text().strip() if self.have_key.isChecked() else ""
        provider = self.provider.currentData()
        if key:
            self._busy = True
            self.start_button.setEnabled(False)
            keys = self.context.keys
            run_for(self, lambda _task: keys.set(provider, key), on_success=lambda _r: self._save(),
                              on_failure=self._key_failed)
        else:
            self._save()

    @Slot()
    def keep_key_in_memory(self) -> None:
        key = self.key_edit.text().strip()
        if not key:
            return
        self.context.keys.set(self.provider.currentData(), key, memory_only=True)
        self.key_edit.clear()
        self.memory_button.hide()
        self.sources[self.provider.currentData()] = "kept in memory until Promptdesk closes"
        self._key_choice_changed()
        self.message.hide()
        self._save()

    def _key_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.start_button.setEnabled(True)
        if isinstance(exc, KeychainError):
            self._no_keychain = True
            self._key_choice_changed()
            self._say(exc.message)
            self.memory_button.show()
            self.memory_button.setFocus()
        else:
            self._say("The key could not be stored. Try again, or keep it in memory for now.")
            self.memory_button.show()

    def _save(self) -> None:
        context = self.context
        settings = context.settings
        settings.set("name", self.name_edit.text().strip())
        settings.set("try_without_key", self.no_key.isChecked())
        settings.set("team_dir", self.team_picker.text())
        settings.set("first_run_done", True)
        self._busy = True
        self.start_button.setEnabled(False)
        run_for(self, lambda _task: context.save_settings(), on_success=lambda _r: self._done(),
                          on_failure=self._save_failed)

    def _done(self) -> None:
        self._busy = False
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.start_button.setEnabled(True)
        self._say(getattr(exc, "message", "") or f"Your answers could not be saved ({exc}). Try again.")

    def _say(self, message: str) -> None:
        self.message.setText("⚠ " + message)
        self.message.show()
        self._fit()
