"""Set up your team: the operator's screen for team.toml, in plain words, no TOML in sight.

An empty folder is set up here (team.toml with explanations, prompts/). Every value is checked
by the core before anything is saved, only what changed is written (comments and order of the
file kept), and a change someone else saved meanwhile is merged or, when it touches the same
setting, shown with the choice to keep theirs or replace it. Whoever cannot write team.toml sees
the same screen read-only: "Only your operator can change this". File work runs on a worker:
a team drive can be slow.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.context import AppContext
from desktop.core.errors import ErrorKind, SettingsError
from desktop.core.team_settings import MAX_MONEY, TeamSettings, split_terms
from desktop.core.usage.store import StoreSettings
from desktop.gui.settings_editors import country_choices
from desktop.gui.team_folder_picker import TeamFolderPicker
from desktop.gui.team_setup_database import TeamDatabaseLogin
from desktop.gui.team_setup_parts import BudgetTable, ModelChoice, TermTester, TierChoices, model_choices
from desktop.gui.text_roles import muted_label, set_role
from desktop.gui.worker import run_for


@dataclass
class SetupState:
    """What the screen shows, read on a worker."""

    folder: Path
    exists: bool  # team.toml is there
    text: str  # the file as read: the base the save is checked against
    team: TeamSettings
    editable: bool
    models: dict[str, list[ModelChoice]]
    store: StoreSettings | None = None  # a PostgreSQL store that can be used, else None
    has_password: bool = False  # this person's database password is at hand (keychain or environment)


def load_state(folder: Path, editable: bool | None, member: str = "") -> SetupState:
    from desktop.core import team_file
    from desktop.core.team_settings import TEAM_FILE, parse_team_text
    from desktop.core.usage.store import POSTGRES, parse_store_settings

    if not folder.is_dir():  # a drive that is not connected is not "a folder with no settings yet"
        raise SettingsError(f"The team folder {folder} cannot be reached. Check that the team drive is connected, "
                            "then open this again.", kind=ErrorKind.DRIVE_MISSING)
    text = team_file.read_text(folder)
    team = parse_team_text(text, str(folder / TEAM_FILE))
    allowed = team_file.can_edit(folder) if editable is None else editable
    pinned = [(pin.provider, pin.model) for pin in team.tiers.values()]
    state = SetupState(folder, (folder / TEAM_FILE).exists(), text, team, allowed, model_choices(pinned))
    try:
        store = parse_store_settings(team.store)
    except SettingsError:  # listed with the file's other problems
        store = None
    if store is not None and store.kind == POSTGRES:
        from desktop.core.usage.pg_login import has_password

        state.store, state.has_password = store, has_password(store, member)
    return state


class TeamSetupDialog(QDialog):
    """The team's settings for the operator; read-only for members.

    ``editable`` None asks the file system (whoever can write team.toml is the operator); True
    or False is the caller's own decision, e.g. a member opening the screen to look.

    Signals:
        loaded(): the settings are on screen.
        folder_ready(str): a folder was set up (or chosen) and is now the team folder.
        saved(): the settings were saved and the context reloaded.
        save_failed(str): nothing was saved; the words are on screen too.
    """

    loaded = Signal()
    folder_ready = Signal(str)
    saved = Signal()
    save_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, editable: bool | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Set up your team")
        self.context = context
        self._editable_choice = editable
        self.state: SetupState | None = None
        self._shown: dict[str, Any] = {}
        self.intro = QLabel("", self)
        self.intro.setWordWrap(True)
        self.notice = QLabel("", self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.picker = TeamFolderPicker(str(context.team_dir or ""), self)
        self.setup_button = QPushButton("Set up this folder", self)
        self.setup_button.clicked.connect(self.set_up_folder)
        self.form_area = QScrollArea(self)
        self.form_area.setWidgetResizable(True)
        self.form_area.setWidget(self._build_form())
        self.form_area.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
        # Until the form shows, this takes the spare room so the set-up controls stay together.
        self.filler = QWidget(self)
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(self.picker)
        row = QHBoxLayout()
        row.addWidget(self.setup_button)
        row.addStretch(1)
        layout.addLayout(row)
        widgets: tuple[QWidget, ...] = (self.notice, self.form_area, self.filler, self.buttons)
        for widget in widgets:
            layout.addWidget(widget)
        line = self.fontMetrics().height()
        self.resize(line * 46, line * 40)
        if context.team_dir is not None:
            self.picker.hide()
            self.setup_button.hide()
            self.reload()
        else:
            self.intro.setText("Choose an empty folder on your team's shared drive (a network share, Dropbox, "
                               "OneDrive…). Promptdesk puts the team's settings and templates there; everyone "
                               "in the team then picks the same folder in Settings.")

    # ------------------------------------------------------------------ the form
    def _build_form(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.name = QLineEdit(page)
        self.budget = self._money_box(page, "Monthly budget for the team")
        self.budgets = BudgetTable(page)
        self.thresholds = QLineEdit(page)
        self.approval = self._money_box(page, "Ask for a second look above")
        self.country = QComboBox(page)
        self.country.addItem("Each person's own (from their Settings)", "")
        for code, label in country_choices():
            self.country.addItem(label, code)
        self.terms = QPlainTextEdit(page)
        self.terms.setTabChangesFocus(True)
        self.terms.setPlaceholderText("One per line: client names, project code names…")
        self.terms.setMaximumHeight(self.fontMetrics().height() * 6)
        self.tester = TermTester(lambda: split_terms(self.terms.toPlainText()), page)
        self.tiers = TierChoices(page)
        self.members_choose = QCheckBox("Members may choose the model for each tier themselves", page)
        self.shared_audit = QCheckBox("Keep the hidden-data version of every prompt in the team's usage file", page)
        self.database = TeamDatabaseLogin(page)
        rows: list[tuple[str, QWidget, str]] = [
            ("Team &name", self.name, "Shown at the top of everyone's spend page."),
            ("Monthly &budget", self.budget, "Dollars a month for the whole team; $0 means no budget."),
            ("&Personal budgets", self.budgets, "Optional: a monthly limit for some people."),
            ("&Warn at", self.thresholds, "Percentages of a budget, e.g. 50, 75, 90, 100: everyone sees a note "
                                          "when the team (or they) reach each one."),
            ("&Approval above", self.approval, "A request estimated to cost more asks “Send it anyway?”; "
                                               "$0 never asks."),
            ("&Country", self.country, "Helps recognise phone numbers written without a country code."),
            ("&Sensitive terms", self.terms, "Always hidden before anything is sent."),
            ("", self.tester, ""),
            ("&Models", self.tiers, "Which model serves each tier, with what a typical request costs."),
            ("", self.members_choose, ""),
            ("Audit", self.shared_audit, "Lets you answer “what did we ask the AI?” later. Names and "
                                         "other personal data are hidden; the originals never leave "
                                         "anyone's computer."),
            ("Team &database", self.database, "Where everyone's usage is collected. Each person has a password of "
                                              "their own, kept in their computer's keychain, never in the team's "
                                              "settings."),
        ]
        self._rows: dict[QWidget, tuple[QWidget, QWidget]] = {}
        for label, editor, help_text in rows:
            editor.setAccessibleName(editor.accessibleName() or label.replace("&", "") or help_text)
            cell = QWidget(page)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(editor)
            if help_text:
                column.addWidget(muted_label(help_text, cell))
            caption = QLabel(label, page)
            caption.setBuddy(editor)
            form.addRow(caption, cell)
            self._rows[editor] = (caption, cell)
        return page

    @staticmethod
    def _money_box(parent: QWidget, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(parent)
        box.setRange(0.0, MAX_MONEY)
        box.setDecimals(2)
        box.setPrefix("$")
        box.setAccessibleName(name)
        return box

    def _fill(self, state: SetupState) -> None:
        team = state.team
        self.name.setText(team.name)
        self.budget.setValue(team.monthly_budget)
        self.budgets.set_budgets(team.personal_budgets)
        self.thresholds.setText(", ".join(str(t) for t in team.alert_thresholds))
        self.approval.setValue(team.approval_threshold)
        self.country.setCurrentIndex(max(0, self.country.findData(team.country)))
        self.terms.setPlainText("\n".join(team.sensitive_terms))
        self.tiers.set_choices(state.models, {tier: (pin.provider, pin.model) for tier, pin in team.tiers.items()})
        self.members_choose.setChecked(team.members_may_change_tiers)
        self.shared_audit.setChecked(team.shared_audit)
        if state.store is not None:  # everyone's own login: open to members too
            self.database.show_store(state.store, self.context.user, state.has_password)
        for widget in self._rows[self.database]:
            widget.setVisible(state.store is not None)
        editable = state.editable
        for widget in (self.name, self.budget, self.thresholds, self.approval, self.country, self.members_choose,
                       self.shared_audit, *self.tiers.boxes.values()):
            widget.setEnabled(editable)
        self.terms.setReadOnly(not editable)
        self.budgets.set_editable(editable)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(editable)
        # What the screen showed: only what the person changes is saved, so a value the boxes
        # round (an approval limit of $0.0001 shown as $0.00) is never rewritten by a save.
        self._shown = self.values()

    def values(self) -> dict[str, Any]:
        """The settings as the screen shows them, for ``team_file.edits_for``."""
        try:
            thresholds = [float(part) for part in self.thresholds.text().replace(",", " ").replace("%", " ").split()]
        except ValueError:
            raise SettingsError("“Warn at” needs percentages separated by commas, like 50, 75, 90, 100.") from None
        return {
            "name": self.name.text().strip(), "monthly_budget": self.budget.value(),
            "personal_budgets": self.budgets.budgets(), "alert_thresholds": thresholds,
            "approval_threshold": self.approval.value(), "country": self.country.currentData() or "",
            "sensitive_terms": split_terms(self.terms.toPlainText()), "tiers": self.tiers.pins(),
            "members_may_change_tiers": self.members_choose.isChecked(), "shared_audit": self.shared_audit.isChecked(),
        }

    # ------------------------------------------------------------------ loading and setting up
    @Slot()
    def reload(self) -> None:
        folder = self.context.team_dir
        if folder is None:
            return
        editable, member = self._editable_choice, self.context.user
        run_for(self, lambda _task: load_state(folder, editable, member), on_success=self._show_state,
                on_failure=lambda exc: self._say(getattr(exc, "message", "") or str(exc), error=True))

    def _show_state(self, state: SetupState) -> None:
        self.state = state
        if not state.exists:
            self.intro.setText(f"The team folder {state.folder} has no team settings yet. Set it up here: "
                               "Promptdesk creates them with sensible starting values.")
            self.setup_button.setVisible(state.editable)
            self.form_area.hide()
            self.filler.show()
            if not state.editable:
                self._say("Only your operator can change this. Your team's folder has no settings yet.")
            self.loaded.emit()
            return
        who = ("You can change these settings; everyone in the team gets them." if state.editable else
               "Only your operator can change this. These are your team's settings, shown so you know them.")
        self.intro.setText(who)
        self.form_area.show()
        self.filler.hide()
        self._fill(state)
        problems = state.team.problem_text()
        if problems:
            self._say("Some settings in the file could not be used:\n" + problems, error=True)
        else:
            self.notice.hide()
        self.loaded.emit()

    @Slot()
    def set_up_folder(self) -> None:
        """Create the layout in the chosen (or current) folder and make it this computer's team folder."""
        text = self.picker.text() if self.context.team_dir is None else str(self.context.team_dir)
        if not text:
            self._say("Choose a folder first.", error=True)
            return
        folder, context, name = Path(text).expanduser(), self.context, self.name.text().strip()

        def op(_task: object) -> str:
            from desktop.core.team_file import init_team_folder

            init_team_folder(folder, name)
            if context.settings.team_path != folder:
                context.settings.set("team_dir", str(folder))
                context.save_settings()
            context.reload_team()
            return str(folder)

        def done(path: str) -> None:
            self.picker.hide()
            self.setup_button.hide()
            self.folder_ready.emit(path)
            self.reload()

        run_for(self, op, on_success=done, on_failure=lambda exc: self._failed(exc))

    # ------------------------------------------------------------------ saving
    @Slot()
    def save(self, overwrite: bool = False) -> None:
        """Check every value, then save what changed on a worker."""
        from desktop.core import team_file

        state = self.state
        if state is None or not state.editable:
            return
        try:
            changed = {key: value for key, value in self.values().items() if value != self._shown.get(key)}
            edits = team_file.edits_for(state.team, changed)
        except SettingsError as exc:
            self._failed(exc)
            return
        folder, base, context = state.folder, state.text, self.context

        def op(_task: object) -> Any:
            result = team_file.save_edits(folder, edits, base, overwrite=overwrite)
            context.reload_team()
            return result

        self.buttons.setEnabled(False)
        run_for(self, op, on_success=self._saved, on_failure=self._failed)

    def _saved(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        if self.state is not None:
            self.state.text = result.text
        merged = ", ".join(change.key for change in result.merged)
        self._say("Saved." + (f" Changes someone else made meanwhile were kept too ({merged})." if merged else ""))
        self.saved.emit()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        from desktop.core.team_file import TeamFileConflict

        self.buttons.setEnabled(True)
        message = getattr(exc, "message", "") or f"The team settings could not be saved ({exc})."
        self._say(message, error=True)
        self.save_failed.emit(message)
        if isinstance(exc, TeamFileConflict):
            self._ask_about_conflict(message)

    def _ask_about_conflict(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, "Someone else changed the team settings", message,
                          QMessageBox.StandardButton.NoButton, self)
        mine = box.addButton("Keep my changes", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Show theirs", QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(lambda _code: self.save(overwrite=True) if box.clickedButton() is mine else self.reload())
        self.conflict_box = box
        box.open()

    def _say(self, message: str, *, error: bool = False) -> None:
        set_role(self.notice, "error" if error else "good")
        self.notice.setText(("⚠ " if error else "✓ ") + message)
        self.notice.show()
