"""The review screen of a batch: the rows a person should look at, one at a time, each answer
beside the template's checklist.

Flagged rows come first (an automatic check failed, the source held instructions aimed at the
AI, or the row has no answer); "Show every row" lists them all. For each answer the person can
tick the checklist and Approve (the panel beside every answer in the app), edit the answer or ask
for a change (the answer view's own tools), or "Mark fixed" when they corrected it where it is
used. Ticked rows in the list are sent again with "Re-run selected rows": only those, each under
a new run id, the earlier answers kept in History.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import user_message
from desktop.core.money import money
from desktop.core.text import plural
from desktop.gui.answer_view import AnswerView
from desktop.gui.checklist_panel import ChecklistPanel, Review
from desktop.gui.messages import ask
from desktop.gui.widgets import button, vbox
from desktop.gui.worker import Task, run_for

if TYPE_CHECKING:
    from desktop.core.batch.entry import EntryRow
    from desktop.core.batch.runner import Progress
    from desktop.core.batch.store import BatchRecord
    from desktop.core.context import AppContext
    from desktop.core.templates.library import Template

_ROW = Qt.ItemDataRole.UserRole


def _item_text(row: EntryRow) -> str:
    """"Row 2: Kestrel Foods" over "Answered — needs review"."""
    first = next((str(v).strip() for v in (row.fields or {}).values() if str(v).strip()), "")
    name = f"Row {row.row + 1}" + (f": {first[:28]}" if first else "")
    return f"{name}\n{row.words.capitalize()}" + (" — needs review" if row.needs_review else "")


class BatchReviewDialog(QDialog):
    """Walk through a batch's flagged rows; approve, mark fixed, re-run chosen rows.

    Signals:
        loaded(int): the list was (re)filled with this many rows.
        changed(): a row was reviewed or sent again.
        rerun_finished(object): the re-run ended with this ``Progress``.
    """

    loaded = Signal(int)
    changed = Signal()
    rerun_finished = Signal(object)

    def __init__(self, context: AppContext, batch: BatchRecord, template: Template, parent: QWidget | None = None,
                 *, all_rows: bool = False) -> None:
        super().__init__(parent)
        self.context, self.batch, self.template = context, batch, template
        self.rows: list[EntryRow] = []
        self.runs: dict[str, Any] = {}  # the answered rows' runs, read with the rows
        self.current: EntryRow | None = None
        self._task: Task | None = None
        self.setWindowTitle(f"Review the “{template.title}” batch")
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(1100, screen.width() * 92 // 100), min(680, screen.height() * 90 // 100))  # small laptops too
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.show_all = QCheckBox("Show every row", self)
        self.show_all.setChecked(all_rows)
        self.show_all.toggled.connect(lambda _on: self._fill())
        self.row_list = QListWidget(self)
        self.row_list.setAccessibleName("Rows to review; tick rows to send again")
        self.row_list.setWordWrap(True)
        self.row_list.setSpacing(3)
        self.row_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.row_list.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 30)
        self.row_list.currentRowChanged.connect(self._show_row)
        self.row_list.itemChanged.connect(lambda _item: self._update_buttons())
        self.row_heading = QLabel(self)
        self.row_heading.setProperty("role", "heading")
        self.row_heading.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "warning")
        self.answer = AnswerView(self)
        self.answer.again.hide()  # sending a row again is "Re-run selected rows", which keeps the batch whole
        self.checklist = ChecklistPanel(self)
        self.checklist.review_changed.connect(self._record_review)
        self.previous_button, self.next_button = QPushButton("Previous", self), QPushButton("Next", self)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.fixed_button = button("Mark fixed", self, self.mark_fixed,
                                   tip="You corrected this answer yourself: it no longer needs review")
        self.rerun_button = button("Re-run selected rows", self, self.rerun_selected,
                                   tip="Send the ticked rows again; their earlier answers stay in History")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._layout()
        self.reload()

    def _layout(self) -> None:
        left, middle = QWidget(self), QWidget(self)
        vbox(left, self.show_all, (self.row_list, 1), self.rerun_button)
        vbox(middle, self.row_heading, self.problem, (self.answer, 1))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (left, middle, self.checklist):
            splitter.addWidget(widget)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 2)
        splitter.setChildrenCollapsible(False)
        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.next_button)
        steps.addWidget(self.fixed_button)
        steps.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(steps)

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        """Read the rows again (off the UI thread) and show them."""
        from desktop.core.batch.entry import load_rows

        context, batch, template = self.context, self.batch, self.template

        def op(_ctx: object) -> tuple[list[EntryRow], dict[str, Any]]:
            rows = load_rows(context, batch, template)
            return rows, {r.run_id: context.ledger.get(r.run_id) for r in rows if r.status == "done"}

        run_for(self, op, on_success=self._loaded, on_failure=lambda exc: self.status.setText(user_message(exc)))

    def _loaded(self, result: tuple[list[EntryRow], dict[str, Any]]) -> None:
        rows, self.runs = result
        self.rows = rows
        flagged = sum(r.needs_review for r in rows)
        need = f"{flagged} of {len(rows)} rows need a look" if flagged else f"None of the {len(rows)} rows needs a look"
        self.summary.setText(
            f"<b>{need}</b> (an automatic check failed, or there is no answer).<br>Go through the checklist and "
            "approve each answer, or tick rows on the left and press Re-run to send them again.")
        self._fill()

    def shown_rows(self) -> list[EntryRow]:
        return self.rows if self.show_all.isChecked() else [r for r in self.rows if r.needs_review]

    def _fill(self) -> None:
        keep = self.current.row if self.current is not None else None
        self.row_list.blockSignals(True)
        self.row_list.clear()
        for row in self.shown_rows():
            item = QListWidgetItem(_item_text(row))
            item.setData(_ROW, row.row)
            item.setToolTip(row.checks)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if not row.can_rerun:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            self.row_list.addItem(item)
        self.row_list.blockSignals(False)
        shown = [r.row for r in self.shown_rows()]
        self.row_list.setCurrentRow(shown.index(keep) if keep in shown else (0 if shown else -1))
        if not shown:
            self._show_row(-1)
        self._update_buttons()
        self.loaded.emit(len(shown))

    # ------------------------------------------------------------------ one row
    def _show_row(self, position: int) -> None:
        from desktop.core.review import quality

        self.checklist.flush()
        shown = self.shown_rows()
        self.current = row = shown[position] if 0 <= position < len(shown) else None
        if row is None:
            self.row_heading.setText("Nothing to review here." if not self.rows else "Pick a row on the left.")
            self.problem.hide()
            self.answer.reset()
            self.checklist.clear("The checklist appears with an answer.")
            self._update_buttons()
            return
        what = " · ".join(str(v)[:40] for v in (row.fields or {}).values() if str(v).strip())[:120]
        self.row_heading.setText(f"Row {row.row + 1}" + (f": {what}" if what else ""))
        self.problem.setText(row.checks if row.needs_review else "")
        self.problem.setVisible(row.needs_review and bool(row.checks))
        run = self.runs.get(row.run_id) if row.status == "done" else None
        if run is None:
            self.answer.reset()
            self.answer.status.setText(f"{row.words.capitalize()} · {money(row.cost)}" if row.cost
                                       else row.words.capitalize())
            self.checklist.clear("This row has no answer to check. Tick it on the left to send it again.")
        else:
            self.answer.finish(dataclasses.replace(run, response_text=row.answer))
            results = quality.checklist(self.template, row.answer, stop_reason=run.stop_reason,
                                        untrusted=run.injection_flag)
            self.checklist.set_results(run.id, results)
            self.checklist.restore(None, run)
        self._update_buttons()

    def _step(self, delta: int) -> None:
        target = self.row_list.currentRow() + delta
        if 0 <= target < self.row_list.count():
            self.row_list.setCurrentRow(target)

    def _update_buttons(self) -> None:
        position, busy = self.row_list.currentRow(), self._task is not None and self._task.running
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(0 <= position < self.row_list.count() - 1)
        self.fixed_button.setEnabled(self.current is not None and self.current.status == "done"
                                     and not self.current.approved)
        chosen = len(self.chosen_rows())
        self.rerun_button.setEnabled(bool(chosen) and not busy)
        self.rerun_button.setText(f"Re-run {plural(chosen, 'selected row')}" if chosen else "Re-run selected rows")

    # ------------------------------------------------------------------ decisions
    def _record_review(self, review: Review) -> None:
        """Ticks and approval from the checklist, written with the row's run (off the UI thread)."""
        context = self.context

        def op(_ctx: object) -> None:
            context.ledger.update_review(review.run_id, checklist_ticked=review.ticked, checklist_total=review.total,
                                         approved=review.approved, feedback=review.feedback,
                                         feedback_comment=review.comment)

        run_for(self, op, on_success=lambda _r: self._reviewed(review.run_id, review.approved),
                on_failure=lambda exc: self.status.setText(user_message(exc)))

    def mark_fixed(self) -> None:
        """The person corrected the answer where it is used: the row no longer needs review."""
        from desktop.core.batch.entry import mark_reviewed

        if self.current is None:
            return
        context, run_id = self.context, self.current.run_id
        run_for(self, lambda _ctx: mark_reviewed(context, run_id, fixed=True),
                on_success=lambda _r: self._reviewed(run_id, True),
                on_failure=lambda exc: self.status.setText(user_message(exc)))

    def _reviewed(self, run_id: str, approved: bool) -> None:
        if not approved:
            return
        self.status.setText("Approved. " + ("Next row." if self.next_button.isEnabled() else ""))
        self.changed.emit()
        self.reload()

    def chosen_rows(self) -> list[int]:
        """The rows ticked in the list (to send again)."""
        items = (self.row_list.item(i) for i in range(self.row_list.count()))
        return [int(item.data(_ROW)) for item in items if item.checkState() == Qt.CheckState.Checked]

    def choose(self, rows: list[int]) -> None:
        """Tick ``rows`` in the list (as a click on each box would)."""
        for i in range(self.row_list.count()):
            item = self.row_list.item(i)
            if int(item.data(_ROW)) in rows:
                item.setCheckState(Qt.CheckState.Checked)

    def rerun_selected(self) -> None:
        """Send the ticked rows again; rows that may have been billed already are asked about first."""
        rows = self.chosen_rows()
        if not rows or (self._task is not None and self._task.running):
            return
        billed = [r.row + 1 for r in self.rows if r.row in rows and r.status == "unconfirmed"]
        if not billed:
            self._rerun(rows)
            return
        which = ", ".join(str(n) for n in billed[:5]) + ("…" if len(billed) > 5 else "")
        ask(self, f"Row {which} was sent before Promptdesk stopped, and its answer was not received. The AI "
                  "provider may have billed it already; sending it again is billed again.",
            ("Send again",), lambda choice: self._rerun(rows) if choice == 0 else None,
            title="Send again?", warning=True, safe_default=True, name="rerun_question")

    def _rerun(self, rows: list[int]) -> None:
        """Send ``rows`` again, each under a new run id, with progress here."""
        from desktop.core.batch.entry import rerun

        context, batch, template = self.context, self.batch, self.template
        self.status.setText(f"Sending {plural(len(rows), 'row')} again…")

        def progressed(progress: Progress) -> None:
            self.status.setText(f"Sending {plural(len(rows), 'row')} again: {progress.done} answered, "
                                f"{progress.failed} failed.")

        def done(progress: Progress) -> None:
            problems = "; ".join(f"row {r + 1}: {text}" for r, text in sorted(progress.problems.items())[:3])
            self.status.setText(f"Sent again: {progress.done} answered, {progress.failed} failed, "
                                f"{money(progress.cost)}." + (f" {problems}" if problems else ""))
            self.changed.emit()
            self.rerun_finished.emit(progress)
            self.reload()

        self._task = run_for(self, lambda ctx: rerun(context, batch, template, rows, on_progress=lambda p: ctx.progress(
            dataclasses.replace(p, problems=dict(p.problems)))),
                             on_success=done, on_progress=progressed, on_finished=self._update_buttons,
                             on_failure=lambda exc: self.status.setText(user_message(exc)))
        self._update_buttons()
