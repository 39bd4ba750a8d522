"""The team dashboard: spend by day against the budget, the week-over-week and pace alerts, and
tables per member, template (with approval and thumbs-down rates), tier and week. Figures come
from ``desktop.core.usage.dashboard`` on a worker; the operator's exports are one click away."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.context import AppContext
from desktop.core.money import money
from desktop.gui.figure_table import figure_table, fill_rows, fit_rows
from desktop.gui.spend_chart import SpendChart
from desktop.gui.text_roles import muted_label, set_role
from desktop.gui.worker import run_for

if TYPE_CHECKING:
    from desktop.core.usage.dashboard import Dashboard


def week_words(week: str) -> str:
    """ "2026-W44" → "Week of 26 Oct": the Monday it starts, as people name weeks."""
    try:
        year, number = week.split("-W")
        monday = date.fromisocalendar(int(year), int(number), 1)
    except ValueError:
        return week
    return f"Week of {monday.day} {monday.strftime('%b')}"


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{round(rate * 100)}%"


def _table(headers: tuple[str, ...], name: str, parent: QWidget) -> QTableWidget:
    table = figure_table(headers, name, parent)
    # One line a row, all alike: sized from the font so it holds at 150% too.
    table.verticalHeader().setDefaultSectionSize(round(table.fontMetrics().height() * 1.7))
    table.setWordWrap(False)
    return table


def fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    """Rows of text; numbers (every column after the first) right-aligned."""
    fill_rows(table, rows or [("Nothing yet this month", *([""] * (table.columnCount() - 1)))])
    fit_rows(table)


class TeamDashboard(QDialog):
    """This month's team figures.

    Signals:
        loaded(): the figures are on screen.
        exported(str): an export was written; the words say where.
    """

    loaded = Signal()
    exported = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.now = now
        self.board: Dashboard | None = None
        self.setWindowTitle("Team dashboard")
        self.heading = QLabel("Loading the team's figures …", self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.source = muted_label("", self)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        self.alerts = QLabel("", self)
        self.alerts.setWordWrap(True)
        self.alerts.hide()
        self.chart = SpendChart(self)
        self.chart.setMinimumHeight(self.fontMetrics().height() * 12)
        self.members = _table(("Member", "Spent"), "Spend per member", self)
        self.templates = _table(("Template", "Spent", "Answers", "Approved", "Thumbs down", "Last 7 days"),
                                "Spend and quality per template", self)
        self.tiers = _table(("Tier", "Spent"), "Spend per tier", self)
        self.weeks = _table(("Week", "Spent"), "Spend per week", self)
        self.export_usage = QPushButton("Export usage…", self)
        self.export_audit = QPushButton("Export audit…", self)
        self.export_usage.clicked.connect(lambda: self.export("usage"))
        self.export_audit.clicked.connect(lambda: self.export("audit"))
        self._build_layout()
        self.resize(self.fontMetrics().height() * 56, self.fontMetrics().height() * 46)
        self.refresh()

    def _build_layout(self) -> None:
        body = QWidget(self)
        column = QVBoxLayout(body)
        for widget in (self.heading, self.source, self.summary, self.alerts, self.chart):
            column.addWidget(widget)
        grid = QGridLayout()
        for index, (title, table) in enumerate((("Per member", self.members), ("Per tier", self.tiers),
                                                ("Per week", self.weeks))):
            grid.addWidget(QLabel(f"<b>{title}</b>", body), 0, index)
            grid.addWidget(table, 1, index, Qt.AlignmentFlag.AlignTop)
        column.addLayout(grid)
        column.addWidget(QLabel("<b>Per template</b> (approved and thumbs down: of the answers given)", body))
        column.addWidget(self.templates)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.export_usage)
        row.addWidget(self.export_audit)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(row)

    @Slot()
    def refresh(self) -> None:
        context, now = self.context, self.now

        def op(_task: object) -> Dashboard:
            from desktop.core.usage.dashboard import team_dashboard

            return team_dashboard(context, now=now)

        run_for(self, op, on_success=self.show_board, on_failure=self._failed)

    def show_board(self, board: Dashboard) -> None:
        self.board = board
        year, month = (int(part) for part in board.month.split("-"))
        when = datetime(year, month, 1).strftime("%B %Y")
        self.heading.setText(f"{self.context.team.name or 'Your team'} — {when}")
        self.source.setText("From the team's shared file." if board.source == "team file" else
                            "From this computer only: the team's shared file cannot be read, so only your own "
                            "use is counted.")
        budget = f" of {money(board.budget)}" if board.budget else " (no monthly budget set)"
        self.summary.setText(f"Spent {money(board.total)}{budget}. At this pace: {money(board.projected, estimate=True)} by "
                             f"the month's end. {board.failed} failed and {board.waiting} waiting to send.")
        set_role(self.alerts, "warning")
        self.alerts.setText("\n".join(f"⚠ {alert}" for alert in board.alerts))
        self.alerts.setVisible(bool(board.alerts))
        today = (self.now or datetime.now(UTC)).date()
        self.chart.set_data(board.by_day, board.budget, board.month, today=today)
        fill(self.members, [(name or "(no name)", money(cost)) for name, cost in
                            sorted(board.by_member.items(), key=lambda item: -item[1])])
        from desktop.core.send.routing import TIER_NAMES

        fill(self.tiers, [(TIER_NAMES.get(tier, tier or "(none)"), money(cost)) for tier, cost in
                          sorted(board.by_tier.items(), key=lambda item: -item[1])])
        fill(self.weeks, [(week_words(week), money(cost)) for week, cost in sorted(board.by_week.items())])
        fill(self.templates, [(t.title or t.template_id, money(t.cost), str(t.answered), percent(t.approval_rate),
                               percent(t.thumbs_down_rate), money(t.last_7_days)) for t in board.templates])
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.heading.setText("The team's figures could not be read")
        self.summary.setText(getattr(exc, "message", "") or "Try again in a moment.")

    # ------------------------------------------------------------------ exports
    def export(self, kind: str, out: str | None = None) -> None:
        """Write this month's usage or audit; ``out`` skips the file chooser."""
        month = self.board.month if self.board is not None else datetime.now(UTC).strftime("%Y-%m")
        if out is None:
            start = str(Path.home() / f"promptdesk-{kind}-{month}.xlsx")
            out, _ = QFileDialog.getSaveFileName(self, f"Export {kind}", start, "Excel (*.xlsx);;CSV (*.csv)")
            if not out:
                return
        context, path = self.context, Path(out)

        def op(_task: object) -> str:
            from desktop.core.usage.exports import audit_table, usage_table, write_table

            table = usage_table(context, month) if kind == "usage" else audit_table(context, month)
            count = write_table(table, path)
            return f"Wrote {count} row{'s' if count != 1 else ''} to {path}."

        def done(message: str) -> None:
            self.source.setText(message)
            self.exported.emit(message)

        run_for(self, op, on_success=done,
                on_failure=lambda exc: self.source.setText(getattr(exc, "message", "") or "The export failed."))
