"""Settings: you, the team folder, API keys, which model serves each tier, and the rest.

Plain settings are built from ``desktop.core.settings.USER_SETTINGS`` (declared once, as data):
each spec's type picks its editor (``settings_editors``), its label and help are the words on screen. The few that
need more than a field (the team folder, keys, the country list) have their own controls. Saving
writes the file on a worker, then emits ``settings_changed`` so the main window reloads.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.context import AppContext
from desktop.core.errors import SettingsError
from desktop.core.settings import TIERS, USER_SETTINGS
from desktop.core.team_file import save_tier_pins
from desktop.gui.key_panel import KeyPanel, check_key
from desktop.gui.settings_editors import country_choices, editor_value, form_page, form_row, spec_editor
from desktop.gui.team_folder_picker import TeamFolderPicker
from desktop.gui.text_roles import muted_label, set_role
from desktop.gui.worker import run_for

log = logging.getLogger(__name__)

# Settings that are not for people to edit here (kept by the app itself).
_INTERNAL = {"first_run_done", "favourites", "recent", "last_template"}
# Settings with their own controls; every other spec gets a generic editor on the "More" page.
USER_SETTINGS_BY_KEY = {spec.key: spec for spec in USER_SETTINGS}
_SPECIAL = {"name", "team_dir", "country", "sensitive_terms", "try_without_key"}
TIER_HELP = {"reasoning": "judgment, strategy, writing for clients",
             "execution": "summaries, extraction, clear tasks",
             "quick": "short checks and labels"}


class SettingsDialog(QDialog):
    """Everything a person may change, on five short pages.

    Signals:
        settings_changed(): the settings were saved; reload what depends on them.
        save_failed(str): saving failed; the message is also shown in the dialog.
        local_tested(bool, str): the in-house server test finished: reachable or not, the words shown.
    """

    settings_changed = Signal()
    save_failed = Signal(str)
    local_tested = Signal(bool, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("Settings")
        self.editors: dict[str, QWidget] = {}
        self.tier_boxes: dict[str, QComboBox] = {}
        self._saving = False

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._you_page(), "You")
        self.tabs.addTab(self._team_page(), "Team folder")
        self.keys_panel = KeyPanel(context.keys, self)
        self.keys_panel.set_row_save_shown(False)  # one Save, at the bottom, stores typed keys too
        self.tabs.addTab(self._keys_page(), "API keys")
        self.tabs.addTab(self._advanced_page(), "Advanced")

        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        line = self.fontMetrics().height()
        self.resize(line * 40, line * 30)

    # ------------------------------------------------------------------ pages
    def _you_page(self) -> QWidget:
        page, form = form_page(self)
        specs = {spec.key: spec for spec in USER_SETTINGS}
        settings = self.context.settings
        name = spec_editor(specs["name"], settings.name, page)
        assert isinstance(name, QLineEdit)
        name.setPlaceholderText(settings.user_name)
        self.editors["name"] = name
        form_row(form, "Your &name", name, specs["name"].help, page)

        self.country = QComboBox(page)
        self.country.setAccessibleName("Country")
        for code, label in country_choices():
            self.country.addItem(label, code)
        self.country.setCurrentIndex(max(0, self.country.findData(settings.country)))
        form_row(form, "&Country", self.country, specs["country"].help, page)

        terms = spec_editor(specs["sensitive_terms"], settings.sensitive_terms, page)
        self.editors["sensitive_terms"] = terms
        team_terms = self.context.team.sensitive_terms
        extra = f" Your team also hides {len(team_terms)} words of its own." if team_terms else ""
        form_row(form, "Your &sensitive words", terms,
                  "Client names, project code names…: one per line, always hidden before sending." + extra, page)
        return page

    def _team_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = QLabel("Your team shares templates, budgets and usage through one folder on a shared drive "
                       "(a network share, Dropbox, OneDrive…). Ask your operator which folder to pick.", page)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.team_picker = TeamFolderPicker(self.context.settings.team_dir, page)
        layout.addWidget(self.team_picker)
        if os.environ.get("PROMPTDESK_TEAM_DIR", "").strip():
            layout.addWidget(muted_label("PROMPTDESK_TEAM_DIR is set on this computer, so it is used "
                                        "instead of the folder above.", page))
        self.team_setup_button = QPushButton("Set up your team…", page)
        self.team_setup_button.setToolTip("Budgets, sensitive terms and model choices for the whole team")
        self.team_setup_button.clicked.connect(self.open_team_setup)
        layout.addWidget(self.team_setup_button, 0, Qt.AlignmentFlag.AlignLeft)
        if self.context.team_problem:
            problem = QLabel(f"⚠ {self.context.team_problem}", page)
            problem.setWordWrap(True)
            set_role(problem, "error")
            layout.addWidget(problem)
        layout.addStretch(1)
        if self.context.settings.team_dir:
            self.team_picker.check()
        return page

    @Slot()
    def open_team_setup(self) -> None:
        from desktop.gui.team_setup_dialog import TeamSetupDialog

        self.team_setup = TeamSetupDialog(self.context, self)
        self.team_setup.saved.connect(self.settings_changed)
        self.team_setup.folder_ready.connect(lambda _path: self.settings_changed.emit())
        self.team_setup.open()

    def _keys_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(self.keys_panel)
        specs = {spec.key: spec for spec in USER_SETTINGS}
        trial = spec_editor(specs["try_without_key"], self.context.settings.try_without_key, page)
        assert isinstance(trial, QCheckBox)
        trial.setText("Try without a key: Send shows what would be sent and what it would cost, and sends nothing")
        self.editors["try_without_key"] = trial
        layout.addWidget(trial)
        return page

    def _models_page(self) -> QWidget:
        from desktop.core.send import routing

        page = QWidget(self)
        layout = QVBoxLayout(page)
        team = self.context.team
        editable = bool(team.members_may_change_tiers and self.context.team_dir)
        words = ("Your team lets members choose the model for each tier. A change here applies to the "
                 "whole team." if editable else
                 "Each template runs on the tier its job needs. Your team's operator chooses the model "
                 "that serves each tier (in team.toml).")
        layout.addWidget(muted_label(words, page))
        table = QTableWidget(len(TIERS), 3, page)
        table.setHorizontalHeaderLabels(("Tier", "Used for", "Model"))
        table.setAccessibleName("Model for each tier")
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        choices = self._model_choices(routing)
        for row, tier in enumerate(TIERS):
            provider, model = routing.pin_for(tier, team)
            table.setItem(row, 0, QTableWidgetItem(routing.TIER_NAMES.get(tier, tier)))
            table.setItem(row, 1, QTableWidgetItem(TIER_HELP.get(tier, "")))
            if editable:
                box = QComboBox(table)
                box.setAccessibleName(f"Model for the {tier} tier")
                for pin in dict.fromkeys([(provider, model), *choices]):
                    box.addItem(f"{routing.friendly_model_name(*pin)} ({pin[1]})", pin)
                self.tier_boxes[tier] = box
                table.setCellWidget(row, 2, box)
            else:
                item = QTableWidgetItem(f"{routing.friendly_model_name(provider, model)} ({model})")
                item.setToolTip(f"{provider}: {model}")
                table.setItem(row, 2, item)
        table.resizeRowsToContents()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
                             + sum(table.rowHeight(row) for row in range(table.rowCount())))
        layout.addWidget(table)
        layout.addStretch(1)
        return page

    def _advanced_page(self) -> QWidget:
        """Tiers and model ids, answer reuse, the in-house server: what most people never touch."""
        from PySide6.QtWidgets import QScrollArea

        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        note = QLabel("Most people never need these. Your team's operator may have set them for you.", holder)
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        for title, page in (("Models for each tier", self._models_page()), ("Other settings", self._more_page())):
            heading = QLabel(title, holder)
            heading.setProperty("role", "heading")
            layout.addWidget(heading)
            layout.addWidget(page)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        return scroll

    @staticmethod
    def _model_choices(routing: Any) -> list[tuple[str, str]]:
        pins = routing.default_pins()
        return [(provider, model) for tier in TIERS for provider, model in pins[tier].items() if provider != "primary"]

    def _more_page(self) -> QWidget:
        page, form = form_page(self)
        settings = self.context.settings
        for spec in USER_SETTINGS:
            if spec.key in _INTERNAL or spec.key in _SPECIAL:
                continue
            editor = spec_editor(spec, getattr(settings, spec.key), page)
            self.editors[spec.key] = editor
            form_row(form, spec.label, editor, spec.help, page)
        self.local_test_button = QPushButton("Test the in-house server", page)
        self.local_test_button.clicked.connect(self.test_local_server)
        self.local_status = QLabel("", page)
        self.local_status.setWordWrap(True)
        form.addRow("", self.local_test_button)
        form.addRow("", self.local_status)
        return page

    @Slot()
    def test_local_server(self) -> None:
        """List the models of the in-house server at the typed address, on a worker."""
        address = editor_value(USER_SETTINGS_BY_KEY["local_base_url"], self.editors["local_base_url"])
        if not address:
            set_role(self.local_status, "error")
            self.local_status.setText("⚠ Type the address of your in-house model server first.")
            return
        key = self.context.keys.get("local") or ""
        self.local_status.setText("Testing …")
        self.local_test_button.setEnabled(False)

        def done(ok: bool, message: str) -> None:
            self.local_test_button.setEnabled(True)
            set_role(self.local_status, "good" if ok else "error")
            self.local_status.setText(("✓ " if ok else "⚠ ") + message)
            self.local_tested.emit(ok, message)

        run_for(self, lambda _task: check_key("local", key, base_url=address),
                on_success=lambda message: done(True, str(message)),
                on_failure=lambda exc: done(False, getattr(exc, "message", "") or "The test could not run."))

    # ------------------------------------------------------------------ saving
    def values(self) -> dict[str, Any]:
        """The user settings as the dialog shows them."""
        specs = {spec.key: spec for spec in USER_SETTINGS}
        values = {key: editor_value(specs[key], editor) for key, editor in self.editors.items()}
        values["country"] = self.country.currentData()
        values["team_dir"] = self.team_picker.text()
        return values

    def changed_tiers(self) -> dict[str, tuple[str, str]]:
        from desktop.core.send import routing

        return {tier: box.currentData() for tier, box in self.tier_boxes.items()
                if tuple(box.currentData()) != routing.pin_for(tier, self.context.team)}

    @Slot()
    def save(self) -> None:
        """Store typed keys first (the keychain may refuse), then write the settings off the UI thread."""
        if self._saving:
            return
        pending = self.keys_panel.pending()
        if pending:
            self._saving = True
            outcomes: list[bool] = []

            def key_done(ok: bool) -> None:
                outcomes.append(ok)
                if len(outcomes) == len(pending):
                    self._saving = False
                    if all(outcomes):
                        self.save()
                    else:
                        keys_page = self.keys_panel.parentWidget()
                        if keys_page is not None:
                            self.tabs.setCurrentWidget(keys_page)
                        self._say("A key could not be saved; see the API keys page.")

            for provider in pending:
                self.keys_panel.save(provider, on_done=key_done)
            return
        self._write_settings()

    def _write_settings(self) -> None:
        context = self.context
        values = self.values()
        tiers = self.changed_tiers()
        for key, value in values.items():
            try:
                context.settings.set(key, value)
            except SettingsError as exc:
                self._say(exc.message)
                return
        self._saving = True
        self.buttons.setEnabled(False)
        team_dir = context.team_dir

        def op(_task: object) -> None:
            context.save_settings()
            if tiers and team_dir is not None:
                save_tier_pins(team_dir, tiers)
                context.reload_team()

        run_for(self, op, on_success=self._saved, on_failure=self._save_failed)

    def _saved(self, _result: object) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        self.settings_changed.emit()
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        message = getattr(exc, "message", "") or f"Your settings could not be saved ({exc})."
        if isinstance(exc, OSError):
            message = f"Your settings could not be saved: {exc.strerror or exc}. Check the disk and try again."
        self._say(message)
        self.save_failed.emit(message)

    def _say(self, message: str) -> None:
        set_role(self.message, "error")
        self.message.setText("⚠ " + message)
        self.message.show()
