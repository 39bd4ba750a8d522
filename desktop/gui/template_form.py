"""The form built from a template's fields, and the promise that nothing typed is lost.

Each field type gets the editor a person expects (a line, a roomy text box for a pasted
transcript, a drop-down, tick boxes, a date picker: ``field_editors``). Values are kept per template while the
user switches between templates, and a draft of each template's values is written to disk
(off the UI thread, a moment after the last keystroke) so a crash or a restart loses nothing.

Problems are shown under the field they concern; a field's problem appears once the user has
typed in it or tried to send, never while the form is still untouched.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.documents.model import values_from_saved
from desktop.core.drafts import draft_key, write_draft
from desktop.gui.field_editors import make_editor, read_editor, write_editor
from desktop.gui.file_chip import DocumentTextEdit
from desktop.gui.template_gallery import team_badge
from desktop.gui.worker import run_in_background

DRAFT_DELAY_MS = 700
HOW_IT_WORKS = (
    "<h3>How it works</h3>"
    "<p><b>1. Pick a template</b> on the left. Each one is a ready-made request for a common job, "
    "written and checked by your team.</p>"
    "<p><b>2. Fill in the form.</b> Names, email addresses, phone numbers and passwords are hidden "
    "before anything leaves your computer, and you see what the request costs before you send it.</p>"
    "<p><b>3. Press Send</b> (Ctrl+Enter). The answer appears below, with a short checklist beside it: "
    "tick what you checked, then Approve.</p>"
    "<p>Your past requests are under <b>History</b>, and what you have spent this month under "
    "<b>My spend</b>.</p>"
)


def problems_by_field(problems: Any) -> dict[str, str]:
    """Normalise what ``validate_values`` returns to ``{field name or "": message}``."""
    if not problems:
        return {}
    if isinstance(problems, dict):
        return {str(k): str(v) for k, v in problems.items()}
    out: dict[str, str] = {}
    for problem in problems:
        if isinstance(problem, str):
            out.setdefault("", problem)
            continue
        name = getattr(problem, "field", None) or getattr(problem, "name", None) or ""
        message = getattr(problem, "message", None) or str(problem)
        out.setdefault(str(name), str(message))
    return out


class TemplateForm(QWidget):
    """The filled-in form of the current template.

    Signals:
        values_changed(): the user changed a value (the main window re-prepares, debounced).
        favourite_toggled(bool): the star next to the title was pressed.
        home_requested(): "All templates" was pressed (the page shows the template cards).
    """

    values_changed = Signal()
    favourite_toggled = Signal(bool)
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template: Any = None
        self.editors: dict[str, QWidget] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self.kept: dict[str, dict[str, Any]] = {}  # template id -> values, while switching
        self.drafts: dict[str, dict[str, Any]] = {}  # read from disk on a worker at start-up
        self._touched: set[str] = set()
        self._strict = False
        self._loading = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)

        self.title = QLabel("Pick a template on the left to begin", self)
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.star = QToolButton(self)
        self.star.setCheckable(True)
        self.star.setText("☆ Favourite")
        self.star.setAccessibleName("Add to favourites")
        self.star.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.star.toggled.connect(self._star_toggled)
        self.star.hide()
        self.badge = QLabel(self)
        self.badge.setProperty("role", "badge")
        self.badge.hide()
        self.purpose = QLabel(
            "Choose one from the list, or type what you want to do in the search box, for example "
            "“summary” or “reply”.", self)
        self.purpose.setProperty("role", "muted")
        self.purpose.setWordWrap(True)
        self.general_problem = QLabel(self)
        self.general_problem.setProperty("role", "error")
        self.general_problem.setWordWrap(True)
        self.general_problem.hide()

        self.home = QToolButton(self)
        self.home.setText("‹ All templates")
        self.home.setAccessibleName("Show all templates")
        self.home.setAutoRaise(True)
        self.home.clicked.connect(self.home_requested)
        head = QHBoxLayout()
        head.addWidget(self.home, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.title, 1)
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.star, 0, Qt.AlignmentFlag.AlignVCenter)

        self.fields_box = QWidget(self)
        self.fields_layout = QFormLayout(self.fields_box)
        self.fields_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.fields_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.how_it_works = QLabel(HOW_IT_WORKS, self.fields_box)
        self.how_it_works.setWordWrap(True)
        self.how_it_works.setTextFormat(Qt.TextFormat.RichText)
        self.how_it_works.setAccessibleName("How Promptdesk works")
        self.fields_layout.addRow(self.how_it_works)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.fields_box)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.purpose)
        layout.addWidget(self.general_problem)
        layout.addWidget(scroll, 1)

    # ------------------------------------------------------------------ template
    def set_template(self, template: Any, *, favourite: bool = False) -> None:
        """Show ``template``'s fields, with the values typed earlier (memory, else the draft read
        at start-up; the UI thread never reads the disk here)."""
        if self.template is not None:
            self.kept[self.template.id] = self.values()
            self.save_draft()
        self.template = template
        self._touched.clear()
        self._strict = False
        self._loading = True
        self.title.setText(template.title)
        self.purpose.setText(getattr(template, "purpose", ""))
        badge = team_badge(template)
        self.badge.setText(badge)
        self.badge.setVisible(bool(badge))
        self.star.show()
        self.star.blockSignals(True)
        self.star.setChecked(favourite)
        self._update_star_text()
        self.star.blockSignals(False)
        while self.fields_layout.rowCount():
            self.fields_layout.removeRow(0)
        self.editors.clear()
        self.problem_labels.clear()
        self.general_problem.hide()
        for field in template.fields:
            self._add_field(field)
        saved = self.kept.get(template.id) or self.drafts.get(draft_key(template.id), {})
        self.set_values(saved)
        self._loading = False

    def _add_field(self, field: Any) -> None:
        editor = make_editor(field, self.fields_box, lambda *_a, name=field.name: self._changed(name))
        editor.setObjectName(f"field_{field.name}")
        editor.setAccessibleName(field.label)
        if field.help:
            editor.setAccessibleDescription(field.help)
            editor.setToolTip(field.help)
        label = QLabel(field.label + (" *" if field.required else ""), self.fields_box)
        label.setProperty("role", "heading")
        label.setBuddy(editor)
        if field.required:
            label.setToolTip("Required")
        cell = QWidget(self.fields_box)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 6)
        box.setSpacing(2)
        box.addWidget(editor)
        if isinstance(editor, DocumentTextEdit):  # Insert from file…, the file's chip, progress
            box.addWidget(editor.file_bar)
        if field.help:
            help_label = QLabel(field.help, cell)
            help_label.setProperty("role", "muted")
            help_label.setWordWrap(True)
            box.addWidget(help_label)
        problem = QLabel(cell)
        problem.setProperty("role", "error")
        problem.setWordWrap(True)
        problem.hide()
        box.addWidget(problem)
        self.editors[field.name] = editor
        self.problem_labels[field.name] = problem
        self.fields_layout.addRow(label, cell)

    def focus_chain(self) -> list[QWidget]:
        """The editors in field order, as Tab should visit them (tick boxes of a multiple choice
        one by one)."""
        chain: list[QWidget] = []
        for editor in self.editors.values():
            if editor.focusPolicy() & Qt.FocusPolicy.TabFocus:
                chain.append(editor)
            else:
                chain.extend(editor.findChildren(QCheckBox))
        return chain

    # ------------------------------------------------------------------ values
    def values(self) -> dict[str, Any]:
        """What the user entered, field name → value (text, option(s), number, date, bool)."""
        if self.template is None:
            return {}
        out: dict[str, Any] = {}
        for field in self.template.fields:
            editor = self.editors.get(field.name)
            if editor is not None:
                out[field.name] = read_editor(field, editor)
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill the editors; fields missing from ``values`` get the template's default."""
        if self.template is None:
            return
        values = values_from_saved(values)  # a file's text stays outside content across restarts
        loading, self._loading = self._loading, True
        for field in self.template.fields:
            editor = self.editors.get(field.name)
            value = values.get(field.name, field.default)
            if field.type == "date" and field.name not in values and not field.default:
                value = dt.date.today()  # a date asked for is most often today's
            if editor is not None:
                write_editor(editor, value)
        self._loading = loading

    def _changed(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        if self.template is not None:
            self.kept[self.template.id] = self.values()
        self._draft_timer.start()
        self.values_changed.emit()

    def save_draft(self) -> None:
        """Write the current template's values to disk, off the UI thread."""
        self._draft_timer.stop()
        if self.template is None:
            return
        template_id, values = self.template.id, self.values()
        run_in_background(lambda _ctx: write_draft(template_id, values))

    # ------------------------------------------------------------------ problems
    def show_problems(self, problems: Any, *, strict: bool | None = None) -> None:
        """Show problems under their fields (``strict``: also on fields not touched yet)."""
        if strict is not None:
            self._strict = strict
        found = problems_by_field(problems)
        for name, label in self.problem_labels.items():
            message = found.get(name, "")
            shown = bool(message) and (self._strict or name in self._touched)
            label.setText(message if shown else "")
            label.setVisible(shown)
        general = [m for n, m in found.items() if n not in self.problem_labels]
        self.general_problem.setText("\n".join(general) if self._strict else "")
        self.general_problem.setVisible(bool(general) and self._strict)

    def first_problem_editor(self) -> QWidget | None:
        for name, label in self.problem_labels.items():
            if not label.isHidden():
                return self.editors[name]
        return None

    def focus_first_problem(self) -> QWidget | None:
        """Scroll to the first field with a problem, its note in view too, and put the cursor in it."""
        editor = self.first_problem_editor()
        if editor is not None:
            self.scroll_area.ensureWidgetVisible(editor.parentWidget() or editor, 0, 40)
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    # ------------------------------------------------------------------ favourite
    def _star_toggled(self, checked: bool) -> None:
        self._update_star_text()
        self.favourite_toggled.emit(checked)

    def _update_star_text(self) -> None:
        on = self.star.isChecked()
        self.star.setText("★ Favourite" if on else "☆ Favourite")
        self.star.setAccessibleName("Remove from favourites" if on else "Add to favourites")
