""""Test this template": the operator runs a template's test inputs and sees the verdict.

Each case's answer is checked; the table shows this version beside the previous one, and the
two answers of the selected case side by side, so the operator sees what an edit changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.context import AppContext
from desktop.core.errors import user_message
from desktop.core.review.downgrade import CHEAPER, DowngradeReport
from desktop.core.review.evals import TemplateReport, load_cases, run_template_tests
from desktop.gui.worker import Task, run_for

_PASS, _FAIL = "✔ passed", "✘ failed"


class TemplateTestDialog(QDialog):
    """Runs a template's cases through the real send path and shows the verdict."""

    def __init__(self, context: AppContext, template: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.template = template
        self.report: TemplateReport | None = None
        self.task: Task | None = None
        cases, _ = load_cases(template)
        self.setWindowTitle(f"Test “{template.title}”")
        self.resize(980, 640)

        intro = QLabel(
            f"Runs the {len(cases)} test inputs of “{template.title}” (version {template.version}) through "
            "the model your team uses for it, and checks every answer. Do this before sharing a new or "
            "edited template.")
        intro.setWordWrap(True)
        self.run_button = QPushButton("Run the tests")
        self.run_button.setDefault(True)
        self.run_button.setAccessibleName("Run the tests")
        self.dry_button = QPushButton("Check without sending")
        self.dry_button.setToolTip("Checks the test inputs and the outgoing text; costs nothing.")
        self.stop_button = QPushButton("Stop")
        self.stop_button.setEnabled(False)
        self.run_button.clicked.connect(lambda: self.start(dry_run=False))
        self.dry_button.clicked.connect(lambda: self.start(dry_run=True))
        self.stop_button.clicked.connect(self.stop)
        cheaper = CHEAPER.get(str(template.tier or "").lower(), "")
        self.cheaper_button = QPushButton(f"Try on {cheaper.capitalize()}" if cheaper else "Try a cheaper tier")
        self.cheaper_button.setToolTip(f"Runs the test inputs on the {template.tier} tier and on the {cheaper} tier "
                                       "and compares the checks." if cheaper else "")
        self.cheaper_button.setVisible(bool(cheaper))
        self.cheaper_button.clicked.connect(self.try_cheaper)
        self.move_button = QPushButton(f"Move to {cheaper.capitalize()}" if cheaper else "")
        self.move_button.setToolTip("Changes the tier in your team's library, one version up, noted in its history.")
        self.move_button.hide()
        self.move_button.clicked.connect(self.move_to_cheaper)
        self.downgrade: DowngradeReport | None = None
        buttons = QHBoxLayout()
        for button in (self.run_button, self.dry_button, self.cheaper_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.move_button)

        self.progress = QProgressBar()
        self.progress.setRange(0, max(1, len(cases)))
        self.progress.setValue(0)
        self.progress.setAccessibleName("Test progress")
        self.status = QLabel("Not run yet.")
        self.verdict = QLabel("")
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName("Verdict")
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.verdict.setFont(font)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Test input", "This version", "Previous version", "Cost"])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAccessibleName("Results by test input")
        self.table.currentCellChanged.connect(lambda row, *_: self.show_case(row))

        self.now_view = QTextBrowser()
        self.now_view.setAccessibleName("This version's answer")
        self.before_view = QTextBrowser()
        self.before_view.setAccessibleName("Previous version's answer")
        self.now_title = QLabel(f"Version {template.version}")
        self.before_title = QLabel("Previous version")
        compare = QSplitter(Qt.Orientation.Horizontal)
        for title, view in ((self.now_title, self.now_view), (self.before_title, self.before_view)):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(title)
            box_layout.addWidget(view)
            compare.addWidget(box)
        self.failures = QLabel("")
        self.failures.setWordWrap(True)
        self.failures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.verdict)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(compare)
        split.setSizes([180, 360])
        layout.addWidget(split, 1)
        layout.addWidget(self.failures)
        layout.addWidget(close)

    # ------------------------------------------------------------------ running
    def start(self, *, dry_run: bool) -> None:
        if self.task is not None and self.task.running:
            return
        self.run_button.setEnabled(False)
        self.dry_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.verdict.setText("")
        self.failures.setText("")
        self.status.setText("Checking without sending…" if dry_run else "Sending the test inputs…")
        context, template = self.context, self.template

        def op(task: Any) -> TemplateReport:
            return run_template_tests(context, template, dry_run=dry_run, cancelled=task.cancelled,
                                      on_progress=lambda done, total, name: task.progress((done, total, name)))

        self.task = run_for(self, op, on_success=self.show_report, on_failure=self.failed, on_progress=self.progressed)

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText("Stopping after the current test input…")

    def progressed(self, value: tuple[int, int, str]) -> None:
        done, total, name = value
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        if name:
            self.status.setText(f"Test input {done + 1} of {total}: {name}")

    def failed(self, exc: BaseException) -> None:

        self._idle()
        self.status.setText(user_message(exc))

    def show_report(self, report: TemplateReport) -> None:
        self._idle()
        self.report = report
        self.progress.setValue(self.progress.maximum())
        self.status.setText("Done." if not report.dry_run else "Checked without sending; nothing was sent.")
        self.verdict.setText(report.verdict())
        palette_color = "#1a7f37" if report.ok else "#b42318"
        self.verdict.setStyleSheet(f"color: {palette_color};")
        previous = report.previous
        self.before_title.setText(f"Version {previous.version} ({previous.created_at[:10]})" if previous
                                  else "Previous version: never tested")
        self.now_title.setText(f"Version {report.version}" + (" — outgoing text" if report.dry_run else ""))
        self.table.setRowCount(len(report.cases))
        for row, case in enumerate(report.cases):
            before = previous.case_passed.get(case.name) if previous else None
            cells = [case.name, _PASS if case.passed else _FAIL,
                     "—" if before is None else (_PASS if before else _FAIL),
                     f"${case.cost:.4f}"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2) and text != "—":
                    item.setForeground(QColor("#1a7f37" if text == _PASS else "#b42318"))
                self.table.setItem(row, column, item)
        lines = report.failure_lines()
        self.failures.setText("\n".join(lines[:8]) + (f"\n… and {len(lines) - 8} more" if len(lines) > 8 else ""))
        if report.cases:
            self.table.setCurrentCell(0, 0)

    def _idle(self) -> None:
        self.run_button.setEnabled(True)
        self.dry_button.setEnabled(True)
        self.cheaper_button.setEnabled(True)
        self.stop_button.setEnabled(False)

    # ------------------------------------------------------------------ downgrade test
    def try_cheaper(self) -> None:
        """The test inputs on this tier and the next cheaper one, off the UI thread."""
        if self.task is not None and self.task.running:
            return
        for button in (self.run_button, self.dry_button, self.cheaper_button):
            button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.move_button.hide()
        self.verdict.setText("")
        self.status.setText("Sending the test inputs on both tiers…")
        context, template = self.context, self.template

        def op(task: Any) -> DowngradeReport:
            from desktop.core.review.downgrade import try_cheaper

            return try_cheaper(context, template, cancelled=task.cancelled)

        self.task = run_for(self, op, on_success=self.cheaper_finished, on_failure=self.failed)

    def cheaper_finished(self, report: DowngradeReport) -> None:
        self._idle()
        self.downgrade = report
        self.status.setText("Done.")
        self.verdict.setText(report.verdict())
        self.verdict.setStyleSheet(f"color: {'#1a7f37' if report.passes_cheaper else '#b42318'};")
        self.move_button.setVisible(report.passes_cheaper)
        self.table.setHorizontalHeaderLabels(["Test input", f"On {report.tier.capitalize()}",
                                              f"On {report.cheaper.capitalize()}", "Cost"])
        self.table.setRowCount(len(report.own))
        for row, (own, cheap) in enumerate(zip(report.own, report.on_cheaper, strict=False)):
            cells = [own.name, _PASS if own.passed else _FAIL, _PASS if cheap.passed else _FAIL,
                     f"${own.cost:.4f} → ${cheap.cost:.4f}"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setForeground(QColor("#1a7f37" if text == _PASS else "#b42318"))
                self.table.setItem(row, column, item)
        lines = [f"{c.name} on {report.cheaper}: {f}" for c in report.on_cheaper for f in c.failures]
        self.failures.setText("\n".join(lines[:8]))

    def move_to_cheaper(self) -> None:
        report, context, template = self.downgrade, self.context, self.template
        if report is None:
            return
        self.move_button.setEnabled(False)

        def op(_task: Any) -> Any:
            from desktop.core.review.downgrade import apply_cheaper_tier

            return apply_cheaper_tier(context, template, report)

        def moved(path: Any) -> None:
            self.move_button.hide()
            self.status.setText(f"Moved to the {report.cheaper} tier as version {template.version + 1}: {path}")

        def refused(exc: BaseException) -> None:
            self.move_button.setEnabled(True)
            self.failed(exc)

        self.task = run_for(self, op, on_success=moved, on_failure=refused)

    def show_case(self, row: int) -> None:
        if self.report is None or not 0 <= row < len(self.report.cases):
            return
        case = self.report.cases[row]
        self.now_view.setMarkdown(case.output or case.error or "(no answer)")
        before = self.report.previous.outputs.get(case.name) if self.report.previous else None
        self.before_view.setMarkdown(before or "(no answer from a previous version for this test input)")

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        super().reject()
