""""Run on many…": one template over every row of a spreadsheet or a folder of files.

The person picks the source, confirms which column fills each field (matched by name), sees the
first row exactly as it will be sent (personal data hidden), the total with and without the
providers' batch discount and the rows that will not be sent, then sends now with progress,
pause and cancel, or as a provider batch at half price (the job is kept in the ledger; the app
collects the answers, see ``batch_poller.py``). Reading, preparing and sending run through
``worker.py``; the answers are saved beside the source as a spreadsheet when the batch ends.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import user_message
from desktop.core.send.pricing import format_cost
from desktop.gui.worker import Task, TaskContext, run_for

if TYPE_CHECKING:
    from desktop.core.batch.plan import Plan
    from desktop.core.batch.rows import Sheet
    from desktop.core.batch.runner import Progress
    from desktop.core.context import AppContext
    from desktop.core.templates.library import Template

_NO_COLUMN = "(no column)"


class BatchDialog(QDialog):
    """Signals: planned(): the totals are shown; batch_finished(object): the final ``Progress``;
    batch_submitted(str): the batch with this id went to the providers as a batch job."""

    planned = Signal()
    batch_finished = Signal(object)
    batch_submitted = Signal(str)

    def __init__(self, context: AppContext, template: Template, parent: QWidget | None = None) -> None:
        from desktop.core.batch.runner import Control

        super().__init__(parent)
        self.context, self.template = context, template
        self.sheet: Sheet | None = None
        self.plan: Plan | None = None
        self.results_path: Path | None = None
        self.control = Control()
        self._task: Task | None = None
        self._submitted = False  # sent as a provider batch: sending again here would only resume it
        self.setWindowTitle(f"Run “{template.title}” on many")
        self.resize(640, 560)  # room for the column choices and the first row as it will be sent
        self.source_label = QLabel("Choose a CSV or Excel file (one request per row), or a folder of files.")
        self.source_label.setWordWrap(True)
        choose, folder = QPushButton("Choose file…"), QPushButton("Choose folder…")
        choose.clicked.connect(self._choose_file)
        folder.clicked.connect(self._choose_folder)
        self.mapping_form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        self.preview = QPlainTextEdit(readOnly=True)
        self.preview.setPlaceholderText("The first row, exactly as it will be sent, appears here.")
        self.preview.setMaximumHeight(160)  # the totals and the rows not sent must stay in view
        self.totals = QLabel("")
        self.totals.setWordWrap(True)
        self.approve = QCheckBox("I approve this cost")
        self.approve.setVisible(False)
        self.approve.toggled.connect(self._update_buttons)
        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)  # shown once sending starts
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.send_button, self.pause_button = QPushButton("Send now"), QPushButton("Pause")
        self.send_button.setToolTip("Send every row now, a few at a time, with progress here")
        self.batch_button = QPushButton("Send at half price, results within 24 hours")
        self.batch_button.setToolTip("Send the rows as one batch job to the AI provider: half the price; the answers "
                                     "arrive in History within 24 hours, even if you close Promptdesk meanwhile")
        self.cancel_button = QPushButton("Cancel")
        self.send_button.clicked.connect(self._send)
        self.batch_button.clicked.connect(self._send_as_batch)
        self.pause_button.clicked.connect(self._pause)
        self.cancel_button.clicked.connect(self._cancel)
        self.how_label = QLabel("<b>Send now</b>: every answer within minutes, at the full price. "
                                "<b>At half price</b>: the AI provider answers within 24 hours; Promptdesk "
                                "collects the answers into History, even after a restart.")
        self.how_label.setWordWrap(True)
        self.how_label.setProperty("role", "muted")
        self._layout(choose, folder)
        self._update_buttons()

    def _layout(self, choose: QPushButton, folder: QPushButton) -> None:
        """Four steps from top to bottom: the rows, the columns, the first request, cost and sending."""
        sources = QHBoxLayout()
        sources.addWidget(choose)
        sources.addWidget(folder)
        sources.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.send_button, self.batch_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.pause_button, self.cancel_button):
            buttons.addWidget(button)
            button.setVisible(False)  # shown while the rows are being sent
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        for item in (_heading("1. The rows"), self.source_label, sources,
                     _heading("2. Which column fills each field"), self.mapping_form,
                     _heading("3. The first request, as it will be sent (personal data hidden)"), self.preview,
                     _heading("4. Cost and sending"), self.totals, self.approve, self.how_label, buttons,
                     self.progress_bar, self.status):
            layout.addLayout(item) if isinstance(item, QHBoxLayout | QFormLayout) else layout.addWidget(item)
        layout.addStretch(1)

    # ------------------------------------------------------------------ source and mapping
    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose a spreadsheet", "", "Spreadsheets (*.csv *.xlsx *.tsv)")
        if path:
            self.set_source(path)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Choose a folder of files")
        if path:
            self.set_source(path)

    def set_source(self, path: str | Path) -> None:
        from desktop.core.batch.rows import read_rows

        self.source_label.setText(f"Reading {Path(path).name}…")
        run_for(self, lambda ctx: read_rows(path), on_success=self._show_sheet, on_failure=self._failed)

    def _show_sheet(self, sheet: Sheet) -> None:
        from desktop.core.batch.rows import auto_map

        self.sheet = sheet
        self.source_label.setText(f"{sheet.source.name}: {len(sheet.rows)} rows.")
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos.clear()
        mapping = auto_map(sheet.columns, self.template.fields)
        for f in self.template.fields:
            combo = QComboBox()
            combo.addItems([_NO_COLUMN, *sheet.columns])
            combo.setMaximumWidth(combo.fontMetrics().horizontalAdvance("x") * 60)  # a column name, not a banner
            combo.setCurrentText(mapping.get(f.name, _NO_COLUMN))
            combo.currentTextChanged.connect(self._replan)
            self.combos[f.name] = combo
            self.mapping_form.addRow(f.label + (" *" if f.required else ""), combo)
        self._replan()

    def mapping(self) -> dict[str, str]:
        return {name: c.currentText() for name, c in self.combos.items() if c.currentText() != _NO_COLUMN}

    def _replan(self) -> None:
        from desktop.core.batch.plan import plan_batch
        from desktop.core.batch.rows import missing_required

        if self.sheet is None:
            return
        self.plan = None
        self._update_buttons()
        missing = missing_required(self.mapping(), self.template.fields)
        if missing:
            self.totals.setText(f"Choose a column for {', '.join(missing)}.")
            return
        sheet, mapping, context, template = self.sheet, self.mapping(), self.context, self.template
        self.totals.setText("Preparing every row…")
        run_for(self, lambda ctx: plan_batch(context, template, sheet, mapping, cancelled=ctx.cancelled),
                on_success=self._show_plan, on_failure=self._failed)

    def _show_plan(self, plan: Plan) -> None:
        if plan.mapping != self.mapping():
            return  # the mapping changed meanwhile; its own plan follows
        self.plan = plan
        first = plan.sendable[0].prepared if plan.sendable else None
        self.preview.setPlainText(first.redaction.text if first is not None else "")
        lines = [f"{len(plan.sendable)} of {len(plan.rows)} rows ready: {format_cost(plan.total)} now, "
                 f"{format_cost(plan.total_batch_price)} as a provider batch (answers within 24 hours)."]
        lines += [f"Row {r.index + 1} will not be sent: {r.problem}" for r in plan.refused[:10]]
        if len(plan.refused) > 10:
            lines.append(f"…and {len(plan.refused) - 10} more rows.")
        lines += [text for text in (plan.approval_reason, plan.budget_warning) if text]
        self.totals.setText("\n".join(lines))
        self.approve.setVisible(plan.needs_approval)
        self.approve.setChecked(False)
        self._update_buttons()
        self.planned.emit()

    # ------------------------------------------------------------------ sending
    def _update_buttons(self) -> None:
        running = self._task is not None and self._task.running
        ready = self.plan is not None and bool(self.plan.sendable)
        approved = self.plan is None or not self.plan.needs_approval or self.approve.isChecked()
        self.send_button.setEnabled(ready and approved and not running and not self._submitted)
        self.batch_button.setEnabled(ready and approved and not running and not self._submitted)
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running)
        sending_now = running and not self.progress_bar.isHidden()
        self.pause_button.setVisible(sending_now)
        self.cancel_button.setVisible(sending_now)

    def _send(self) -> None:
        from desktop.core.batch.runner import Control, open_batch, send_now

        if self.plan is None:
            return
        plan, context = self.plan, self.context
        self.control = control = Control()

        def op(ctx: TaskContext) -> Progress:
            batch, _ = open_batch(context, plan)
            progress = send_now(context, plan, batch, control=control,
                                on_progress=lambda p: ctx.progress(dataclasses.replace(p, problems=dict(p.problems))))
            self.results_path = _save(context, plan, batch.id)
            return progress

        self.progress_bar.setRange(0, len(plan.rows))
        self.progress_bar.setVisible(True)
        self._task = run_for(self, op, on_success=self._done, on_failure=self._failed, on_progress=self._show_progress,
                             on_finished=self._update_buttons)
        self._update_buttons()

    def _send_as_batch(self) -> None:
        """One job per provider at half price; rows for other servers are sent now."""
        from desktop.core.batch import provider_batch
        from desktop.core.batch.runner import open_batch, send_now

        if self.plan is None:
            return
        plan, context = self.plan, self.context

        def op(_ctx: TaskContext) -> tuple[str, Any]:
            batch, _ = open_batch(context, plan, mode="provider")
            submitted = provider_batch.submit(context, plan, batch)
            if submitted.send_now:
                send_now(context, dataclasses.replace(plan, rows=submitted.send_now), batch)
            return batch.id, submitted

        self.status.setText("Sending the rows to the provider as a batch…")
        self._task = run_for(self, op, on_success=self._submitted_now, on_failure=self._failed,
                             on_finished=self._update_buttons)
        self._update_buttons()

    def _submitted_now(self, result: tuple[str, Any]) -> None:
        batch_id, submitted = result
        self._submitted = True
        sent_now = f" {len(submitted.send_now)} rows for your in-house server were sent now." if submitted.send_now \
            else ""
        self.status.setText(
            f"Sent {submitted.rows} rows as a provider batch at half price.{sent_now} The answers arrive within 24 "
            "hours: Promptdesk collects them every few minutes while it is open (and when it starts), and shows "
            "them in History. You can close this window.")
        self.batch_submitted.emit(batch_id)

    def _show_progress(self, progress: Progress) -> None:
        self.progress_bar.setValue(progress.finished)
        self.status.setText(f"{progress.done + progress.skipped} answered, {progress.failed} failed, "
                            f"{progress.not_sent} not sent; cost so far {format_cost(progress.cost)}.")

    def _pause(self) -> None:
        if self.control.paused:
            self.control.resume()
            self.pause_button.setText("Pause")
        else:
            self.control.pause()
            self.pause_button.setText("Resume")

    def _cancel(self) -> None:
        self.control.cancel()
        self.status.setText("Stopping after the rows on their way… Rows not sent are sent when you start again.")

    def _done(self, progress: Progress) -> None:
        self._show_progress(progress)
        if self.results_path is not None:
            self.status.setText(self.status.text() + f" Answers saved to {self.results_path}.")
        self.status.setText(self.status.text() + " History lists this batch with the rows that need a look.")
        self.batch_finished.emit(progress)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(user_message(exc))
        self._update_buttons()


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "heading")
    return label


def _save(context: Any, plan: Plan, batch_id: str) -> Path:
    from desktop.core.batch.results import collect, default_out, write_results

    return write_results(default_out(plan.sheet.source), plan.sheet.columns, collect(context, plan, batch_id))
