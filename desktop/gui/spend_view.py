"""My spend: this month's figures, a chart by day, where the money went, and the team's view.

The figures come from ``desktop.core.usage.budget`` on a worker, because they are read from the team
file on the shared drive when it is reachable. Where they came from is always said on screen:
numbers from this computer only are not the team's numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
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
from desktop.gui.spend_chart import SpendChart, amount
from desktop.gui.worker import Task, run_for

if TYPE_CHECKING:
    from desktop.core.usage.budget import PersonalSpend, TeamSpend
    from desktop.core.usage.cache_savings import CacheSaving
    from desktop.core.usage.savings import SavingsReport

SAVINGS_HEADERS = ["Template", "Month", "Tier", "Runs", "Spent", "All on Reasoning", "Saved"]
SAVINGS_MONTHS = 6


def source_text(source: str, has_team: bool) -> str:
    """Where the figures came from, in words."""
    if "team" in str(source).lower():
        return "From the team file."
    if has_team:
        return "From this computer only — the team drive is not reachable, so the team's figures may be higher."
    return "From this computer. Set a team folder in Settings to see your team's spend."


def template_titles(context: AppContext, template_ids: Mapping[str, object]) -> dict[str, str]:
    """Template ids → titles from the library (runs on a worker: the library may load here)."""
    titles = {"": "Ask anything"}
    try:
        library = context.library
    except Exception:  # titles are a nicety; the ids still say which template it was
        return titles
    for template_id in template_ids:
        try:
            template = library.get(template_id)
        except Exception:
            template = None
        if template is not None:
            titles[template_id] = template.title
    return titles


class _Card(QFrame):
    """One headline figure with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.caption = QLabel(caption, self)
        self.value = QLabel("—", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.note = QLabel("", self)
        self.note.setWordWrap(True)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def set(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setAccessibleName(f"{self.caption.text()}: {value}. {note}".strip())


def _table(headers: tuple[str, str], name: str, parent: QWidget) -> QTableWidget:
    table = figure_table(headers, name, parent)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    return table


def fill_table(table: QTableWidget, figures: Mapping[str, float], names: Mapping[str, str] | None = None) -> None:
    """Rows of (name, dollars), largest first; a table with nothing in it says so."""
    rows = sorted(((str(k), amount(v)) for k, v in figures.items()), key=lambda row: -row[1])
    if not rows:
        rows = [("Nothing yet this month", 0.0)]
    fill_rows(table, [((names or {}).get(name, name) or "—", money(value)) for name, value in rows])
    table.resizeRowsToContents()
    fit_rows(table)


@dataclass(frozen=True)
class _Figures:
    """What one refresh read, on the worker."""

    personal: PersonalSpend
    team: TeamSpend | None  # None without a team folder
    titles: dict[str, str]  # template id → title
    savings: SavingsReport
    cached: CacheSaving


class SpendView(QWidget):
    """This person's spend this month and, with a team folder, the team's.

    Signals:
        refreshed(): the figures on show were just updated.
    """

    refreshed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.personal: PersonalSpend | None = None
        self.team: TeamSpend | None = None
        self._task: Task | None = None
        self._again = False

        content = QWidget(self)
        layout = QVBoxLayout(content)
        header = QHBoxLayout()
        self.title = QLabel(f"<h2>My spend — {date.today().strftime('%B %Y')}</h2>", content)
        self.refresh_button = QPushButton("Refresh", content)
        self.refresh_button.setAccessibleName("Refresh spend figures")
        self.refresh_button.clicked.connect(self.refresh)
        header.addWidget(self.title, 1)
        header.addWidget(self.refresh_button)
        layout.addLayout(header)
        self.source_label = QLabel("Reading the figures …", content)
        self.source_label.setWordWrap(True)
        self.source_label.setAccessibleName("Where these figures come from")
        layout.addWidget(self.source_label)

        cards = QHBoxLayout()
        self.total_card = _Card("Spent this month", content)
        self.budget_card = _Card("Budget", content)
        self.saved_card = _Card("Routing saved you", content)
        for card in (self.total_card, self.budget_card, self.saved_card):
            cards.addWidget(card, 1)
        layout.addLayout(cards)
        self.cache_line = QLabel("", content)  # what re-using documents from the prompt cache saved
        self.cache_line.setWordWrap(True)
        self.cache_line.setAccessibleName("Saved by re-using documents")
        self.cache_line.setVisible(False)
        layout.addWidget(self.cache_line)

        self.chart = SpendChart(content)
        self.chart.setMinimumHeight(self.fontMetrics().height() * 12)
        layout.addWidget(self.chart)

        tables = QGridLayout()
        tables.addWidget(QLabel("<b>By template</b>", content), 0, 0)
        tables.addWidget(QLabel("<b>By tier</b>", content), 0, 1)
        self.template_table = _table(("Template", "Spent"), "Spend by template", content)
        self.tier_table = _table(("Tier", "Spent"), "Spend by tier", content)
        tables.addWidget(self.template_table, 1, 0, Qt.AlignmentFlag.AlignTop)
        tables.addWidget(self.tier_table, 1, 1, Qt.AlignmentFlag.AlignTop)
        tables.setColumnStretch(0, 3)
        tables.setColumnStretch(1, 2)
        layout.addLayout(tables)

        self.team_box = QGroupBox("Team", content)
        team_layout = QVBoxLayout(self.team_box)
        self.team_total = QLabel("", self.team_box)
        self.team_total.setWordWrap(True)
        self.team_source = QLabel("", self.team_box)
        self.team_source.setWordWrap(True)
        self.member_table = _table(("Member", "Spent"), "Spend by team member", self.team_box)
        team_layout.addWidget(self.team_total)
        team_layout.addWidget(self.team_source)
        team_layout.addWidget(self.member_table)
        self.team_box.setVisible(False)
        layout.addWidget(self.team_box)

        self.savings_box = QGroupBox("What routing saved", content)
        savings_layout = QVBoxLayout(self.savings_box)
        self.savings_total = QLabel("", self.savings_box)
        self.savings_total.setWordWrap(True)
        self.savings_table = figure_table(SAVINGS_HEADERS, "Routing savings by template and month", self.savings_box)
        self.savings_table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        savings_layout.addWidget(self.savings_total)
        savings_layout.addWidget(self.savings_table)
        layout.addWidget(self.savings_box)
        layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # ------------------------------------------------------------------ loading
    @Slot()
    def refresh(self) -> None:
        """Read this month's figures (off the UI thread) and show them."""
        if self._task is not None and self._task.running:
            self._again = True  # read once more when this one ends: the figures may have moved since it began
            return
        self._again = False
        context = self.context
        self.refresh_button.setEnabled(False)

        def op(_task: object) -> _Figures:
            from desktop.core.usage import budget
            from desktop.core.usage.cache_savings import cache_saving
            from desktop.core.usage.savings import routing_savings

            personal = budget.personal_spend(context)
            team = budget.team_spend(context) if context.team_dir else None
            saved = routing_savings(context, months=SAVINGS_MONTHS)
            ids = {**personal.by_template, **{row.template_id: 0.0 for row in saved.rows}}
            return _Figures(personal, team, template_titles(context, ids), saved, cache_saving(context, personal.month))

        self._task = run_for(self, op, on_success=self._show, on_failure=self._failed, on_finished=self._maybe_again)

    def _maybe_again(self) -> None:
        if self._again:
            self.refresh()

    def _show(self, figures: _Figures) -> None:
        self.personal, self.team = personal, team = figures.personal, figures.team
        cached = figures.cached
        self.cache_line.setText(cached.sentence)
        self.cache_line.setToolTip(f"{cached.read_tokens:,} tokens of documents were read from the providers' "
                                   f"cache this month instead of being sent at the full price.")
        self.cache_line.setVisible(bool(cached.sentence))
        has_team = self.context.team_dir is not None
        total = personal.total
        self.source_label.setText(source_text(personal.source, has_team))
        self.total_card.set(money(total), f"by {self.context.user}")
        budget = personal.budget
        if budget:
            self.budget_card.set(money(budget), f"{total / budget:.0%} of your personal budget used")
        elif team is not None and team.budget:
            self.budget_card.set(money(team.budget), f"Team budget; {team.total / team.budget:.0%} used so far")
        elif has_team and "team" not in personal.source.lower():
            self.budget_card.set("Not known", "The budget is in the team folder, which is not reachable now.")
        else:
            self.budget_card.set("None set", "No monthly budget has been set for you or your team.")
        self.saved_card.set(money(personal.saved_by_routing), "compared with sending every run to the most capable model")
        if budget:
            self.chart.set_data(personal.by_day, budget, budget_label="Your budget")
        else:  # no personal budget: the team's line still says how this month is going
            self.chart.set_data(personal.by_day, team.budget if team is not None else 0.0, budget_label="Team budget")
        fill_table(self.template_table, personal.by_template, figures.titles)
        from desktop.core.send.routing import TIER_DESCRIPTIONS

        fill_table(self.tier_table, personal.by_tier, TIER_DESCRIPTIONS)
        self._show_team(has_team)
        self._show_savings(figures.savings, figures.titles)
        self.refresh_button.setEnabled(True)
        self.refreshed.emit()

    def _show_savings(self, report: SavingsReport, titles: Mapping[str, str]) -> None:
        """Per template and month: what the runs cost on the tiers they used, against all on Reasoning."""
        from desktop.core.send.routing import TIER_NAMES

        rows = sorted(report.rows, key=lambda r: (r.month, -r.saved), reverse=True)
        if not rows:
            self.savings_total.setText(f"No answered runs in the last {SAVINGS_MONTHS} months yet.")
        else:
            self.savings_total.setText(
                f"Since {report.first_month}: {money(report.cost)} spent; all on the Reasoning tier the same runs "
                f"would have cost {money(report.all_on_reasoning)}. Routing saved <b>{money(report.saved)}</b> "
                f"({report.saved_share:.0%}).")
        fill_rows(self.savings_table, [
            (titles.get(row.template_id, row.template_id) or "Ask anything", row.month,
             TIER_NAMES.get(row.tier, row.tier), str(row.runs), money(row.cost),
             money(row.all_on_reasoning), money(row.saved)) for row in rows], numbers_from=3)
        self.savings_table.resizeRowsToContents()
        fit_rows(self.savings_table)

    def _show_team(self, has_team: bool) -> None:
        team = self.team
        self.team_box.setVisible(has_team and team is not None)
        if not has_team or team is None:
            return
        total, budget = team.total, team.budget
        name = self.context.team.name or "Your team"
        reachable = "team" in team.source.lower()
        self.member_table.setVisible(reachable)
        self.team_source.setVisible(reachable)
        if not reachable:  # this computer alone knows only this member's runs: no team figure
            self.team_total.setText("The team's figures come back when the team drive is reachable again.")
            return
        if budget:
            self.team_total.setText(f"<b>{name}</b> has spent <b>{money(total)}</b> of its "
                                    f"{money(budget)} budget this month ({total / budget:.0%}).")
        else:
            self.team_total.setText(f"<b>{name}</b> has spent <b>{money(total)}</b> this month.")
        self.team_source.setText(source_text(team.source, True))
        fill_table(self.member_table, team.by_member)

    def _failed(self, exc: BaseException) -> None:
        message = getattr(exc, "message", "") or "The spend figures could not be read. Try Refresh in a moment."
        self.source_label.setText(message)
        self.refresh_button.setEnabled(True)
        self.refreshed.emit()
