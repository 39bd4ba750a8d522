"""History: every past run, searchable, with "Open again" and "Send now" for waiting runs.

A run sent without its answer being saved (Promptdesk stopped mid-answer) may have been billed:
"Send now" on it asks first, and only a yes makes it sendable again.

The list is read from the local ledger on a worker; typing in the search box waits a moment
before asking (so each key press does not start a query) and only the newest answer is shown.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core import run as run_mod
from desktop.core.context import AppContext
from desktop.core.errors import PromptdeskError
from desktop.gui.history_rows import PERIODS, RunsModel, describe, period_since, row_texts
from desktop.gui.messages import ask
from desktop.gui.table_model import rows_table
from desktop.gui.worker import LatestOnly, run_for

# Runs "Send now" can send; UNCONFIRMED only after a question.
SENDABLE = (run_mod.WAITING, run_mod.UNCONFIRMED)
# What the person filters by: a finished answer is either approved or still needs a review.
REVIEW_FILTERS = {  # the filter's words -> (run status, approved or None for either)
    "Approved": (run_mod.DONE, True),
    "Needs review": (run_mod.DONE, False),
    "Waiting": (run_mod.WAITING, None),
    "Failed": (run_mod.FAILED, None),
    "Stopped": (run_mod.CANCELLED, None),
    "Sent, no answer": (run_mod.UNCONFIRMED, None),
}
SEARCH_DELAY_MS = 250
ROW_LIMIT = 500


class HistoryView(QWidget):
    """Past runs of this person on this computer.

    Signals:
        reopen_requested(str): open this run again (its fields and answer) in the main flow.
        send_now_requested(str): send this waiting run now (asked first if it may have been billed).
        loaded(int): the list was refreshed and holds this many runs.
    """

    reopen_requested = Signal(str)
    send_now_requested = Signal(str)
    loaded = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runs: list[Any] = []
        self.entries: list[Any] = []  # the listed lines: runs and batches (one entry a batch), newest first
        self._reads = LatestOnly(self)  # a newer query's list is never replaced by an older one's
        self._templates: dict[str, str] = {}
        self.labels: dict[str, dict[str, str]] = {}  # template id -> field name -> label (from the library)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search templates, what you typed and the answers")
        self.search.setAccessibleName("Search history")
        self.search.setClearButtonEnabled(True)
        self.template_filter = QComboBox(self)
        self.template_filter.setAccessibleName("Filter by template")
        self.template_filter.addItem("All templates", None)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName("Filter by status")
        self.status_filter.addItem("Any status", None)
        for words in REVIEW_FILTERS:
            self.status_filter.addItem(words, words)
        self.period_filter = QComboBox(self)
        self.period_filter.setAccessibleName("Filter by date")
        self.period_filter.addItems(PERIODS)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.template_filter, 2)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.period_filter, 1)

        self.waiting_label = QLabel(self)
        self.waiting_label.setWordWrap(True)
        self.waiting_label.hide()

        self.model = RunsModel(self)
        self.table = rows_table(self.model, "Past runs", self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        # Sized once after each fill: ResizeToContents re-measures every row on every cell set,
        # which turns filling 500 rows into seconds of a frozen window.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(30)  # size columns from the first rows, not all of them
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

        self.details = QTextBrowser(self)
        self.details.setAccessibleName("Selected run")
        self.details.setPlaceholderText("Pick a run to see what was asked and answered.")
        self.reopen_button = QPushButton("Open again", self)
        self.reopen_button.setToolTip("Open this run with its fields and answer")
        self.send_button = QPushButton("Send now", self)
        self.send_button.setToolTip("Try sending this waiting run again")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.reopen_button)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.details)
        lower_layout.addLayout(buttons)
        from desktop.gui.batch_history import BatchPanel

        self.batch_panel = BatchPanel(context, lower)  # the picked batch's rows, in place of the details
        self.batch_panel.hide()
        self.batch_panel.changed.connect(self.refresh)
        lower_layout.addWidget(self.batch_panel)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        title = QLabel("<h2>History</h2>", self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.refresh)
        for combo in (self.template_filter, self.status_filter, self.period_filter):
            combo.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._selection_changed())
        self.table.activated.connect(lambda _index: self.reopen_selected())
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.send_button.clicked.connect(self.send_selected)
        self._selection_changed()

    # ------------------------------------------------------------------ loading
    def filters(self) -> dict[str, Any]:
        """The ``Ledger.runs`` arguments the controls stand for."""
        wanted = REVIEW_FILTERS.get(self.status_filter.currentData() or "")
        return {
            "search": self.search.text().strip(),
            "template_id": self.template_filter.currentData(),
            "status": wanted[0] if wanted else None,
            "since": period_since(self.period_filter.currentText()),
            "until": None,
            "limit": ROW_LIMIT,
        }

    @Slot()
    def refresh(self) -> None:
        """Read the runs that match the filters (off the UI thread) and show them."""
        self._search_timer.stop()
        filters = self.filters()
        wanted = REVIEW_FILTERS.get(self.status_filter.currentData() or "")
        approved = wanted[1] if wanted else None
        context, status_filter = self.context, self.status_filter.currentData()

        def op(_task: object) -> tuple[list[Any], list[Any], list[tuple[str, ...]]]:
            from desktop.gui.batch_history import (
                batch_entries,
                batch_texts,
                is_batch,
                merge,
                outside_batches,
                title_of,
            )

            ledger = context.ledger
            with contextlib.suppress(PromptdeskError):  # a ledger that cannot be written can still be listed
                ledger.recover_interrupted()  # a send whose process stopped is shown as such
            runs = ledger.runs(**filters, outside_batches=True)
            if approved is not None:
                runs = [run for run in runs if bool(run.approved) == approved]
            self._learn_labels(runs)
            waiting = outside_batches(ledger, ledger.waiting() + ledger.unconfirmed())  # a batch says so itself
            entries = merge(runs, batch_entries(context, filters, status_filter), ROW_LIMIT)
            rows = [batch_texts(e, title_of(context, e.record.template_id)) if is_batch(e) else row_texts(e)
                    for e in entries]  # formatted here, off the UI thread
            return entries, waiting, rows

        self._reads.run(op, on_success=lambda result: self._show(*result), on_failure=self._failed)

    def _show(self, entries: list[Any], waiting: list[Any], rows: list[tuple[str, ...]]) -> None:
        from desktop.gui.batch_history import is_batch

        batch = self.selected_batch()
        selected = self.selected_run_id() or (batch.record.id if batch is not None else None)
        self.entries = list(entries)
        self.runs = [e for e in entries if not is_batch(e)]
        self._remember_templates(self.runs)
        self.model.set_rows(rows)
        for column in (0, 2, 3, 4):
            self.table.resizeColumnToContents(column)
        if selected:
            self.select_run(selected)
        self._show_waiting(waiting)
        self._show_empty()
        self._selection_changed()
        self.loaded.emit(len(self.runs))

    def _failed(self, exc: BaseException) -> None:
        message = getattr(exc, "message", "") or "Your history could not be read. Try again in a moment."
        self.runs, self.entries = [], []
        self.model.set_rows([])
        self.empty_label.setText(message)
        self.empty_label.show()
        self._selection_changed()
        self.loaded.emit(0)

    def _learn_labels(self, runs: list[Any]) -> None:
        """Field labels of the listed runs' templates (read on the worker; the library may load)."""
        library = self.context.library
        for template_id in {run.template_id for run in runs} - set(self.labels):
            template = library.get(template_id) if template_id else None
            if template is not None:
                self.labels[template_id] = {field.name: field.label for field in template.fields}

    def _remember_templates(self, runs: list[Any]) -> None:
        """Grow the template filter with every template seen, keeping the current choice."""
        new = {run.template_id: run.template_title or run.template_id for run in runs if run.template_id}
        if not set(new) - set(self._templates):
            return
        self._templates.update(new)
        current = self.template_filter.currentData()
        self.template_filter.blockSignals(True)
        self.template_filter.clear()
        self.template_filter.addItem("All templates", None)
        for template_id, title in sorted(self._templates.items(), key=lambda item: item[1].lower()):
            self.template_filter.addItem(title, template_id)
        index = self.template_filter.findData(current)
        self.template_filter.setCurrentIndex(max(index, 0))
        self.template_filter.blockSignals(False)

    def _show_waiting(self, waiting: list[Any]) -> None:
        count = sum(run.status == run_mod.WAITING for run in waiting)
        unconfirmed = len(waiting) - count
        parts = []
        if count:
            runs = "1 run is" if count == 1 else f"{count} runs are"
            parts.append(f"<b>{runs} waiting to send.</b> Each goes by itself once its provider answers again; "
                         "<b>Send now</b> tries at once.")
        if unconfirmed:
            runs = "1 run was" if unconfirmed == 1 else f"{unconfirmed} runs were"
            parts.append(f"<b>{runs} sent, but the answer was not received</b> (Promptdesk stopped first); the AI "
                         "provider may have billed them. Open one to see what was asked.")
        self.waiting_label.setText("<br>".join(parts))
        self.waiting_label.setVisible(bool(parts))

    def _show_empty(self) -> None:
        if self.entries:
            self.empty_label.hide()
            return
        filtered = any(v for k, v in self.filters().items() if k != "limit")
        self.empty_label.setText(
            "No runs match these filters." if filtered
            else "Nothing here yet. Every template you send appears here, with its answer."
        )
        self.empty_label.show()

    # ------------------------------------------------------------------ selection and actions
    def selected_entry(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def selected_run(self) -> Any | None:
        from desktop.gui.batch_history import is_batch

        entry = self.selected_entry()
        return None if entry is None or is_batch(entry) else entry

    def selected_batch(self) -> Any | None:
        """The picked batch's ``BatchSummary``, when a batch is picked."""
        from desktop.gui.batch_history import is_batch

        entry = self.selected_entry()
        return entry if entry is not None and is_batch(entry) else None

    def selected_run_id(self) -> str | None:
        run = self.selected_run()
        return run.id if run is not None else None

    def select_run(self, run_id: str) -> bool:
        """Select the run (or the batch) ``run_id`` if it is listed."""
        from desktop.gui.batch_history import is_batch

        for row, entry in enumerate(self.entries):
            if (entry.record.id if is_batch(entry) else entry.id) == run_id:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        batch = self.selected_batch()
        for widget in (self.details, self.reopen_button):
            widget.setVisible(batch is None)
        self.batch_panel.setVisible(batch is not None)
        if batch is not None and (self.batch_panel.summary is None or self.batch_panel.summary != batch):
            if self.batch_panel.summary is None:  # a batch's rows need more room than one run's details
                self.splitter.setSizes([self.splitter.height() * 2 // 5, self.splitter.height() * 3 // 5])
            self.batch_panel.set_batch(batch)
        run = self.selected_run()
        self.reopen_button.setEnabled(run is not None)
        self.send_button.setEnabled(run is not None and run.status in SENDABLE)
        self.send_button.setVisible(batch is None and any(r.status in SENDABLE for r in self.runs))
        labels = self.labels.get(run.template_id, {}) if run is not None else {}
        self.details.setPlainText(describe(run, labels, self._approval_line(run)) if run is not None else "")

    def _approval_line(self, run: Any) -> str:
        """Which version of the answer was approved (one small ledger read for the selected run)."""
        from desktop.core.errors import PromptdeskError
        from desktop.core.review.approval import approval

        if run is None or run.status != run_mod.DONE:
            return ""
        try:
            return approval(self.context.ledger, run.id).summary
        except PromptdeskError:
            return ""

    @Slot()
    def reopen_selected(self) -> None:
        if self.selected_batch() is not None:  # a batch opens on its review screen, every row listed
            self.batch_panel.open_review(all_rows=True)
            return
        run_id = self.selected_run_id()
        if run_id:
            self.reopen_requested.emit(run_id)

    @Slot()
    def send_selected(self) -> None:
        run = self.selected_run()
        if run is not None and run.status == run_mod.WAITING:
            self.send_now_requested.emit(run.id)
        elif run is not None and run.status == run_mod.UNCONFIRMED:
            self.ask_before_resending(run)

    def ask_before_resending(self, run: Any) -> QMessageBox:
        """Ask whether to send again a run that may have been billed; yes makes it sendable."""
        from desktop.core.send.pipeline import resend_question

        context, run_id = self.context, run.id

        def answered(choice: int) -> None:
            if choice == 0:
                run_for(self, lambda _task: context.ledger.allow_resend(run_id),
                        on_success=lambda allowed: self.send_now_requested.emit(run_id) if allowed else self.refresh())

        return ask(self, resend_question(run), ("Send again",), answered, title="Send again?", warning=True,
                   safe_default=True, name="resend_question")
