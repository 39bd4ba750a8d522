"""The parts of the team set-up screen that are more than one field: personal budgets, the model
for each tier with its price, and the box that shows what the sensitive terms hide."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.team_settings import MAX_MONEY, TIERS
from desktop.gui.text_roles import muted_label
from desktop.gui.widgets import button, hbox, vbox
from desktop.gui.worker import run_for

TYPICAL_INPUT_TOKENS = 2000  # a page of text in, half a page out: what "a typical request" means here
TYPICAL_OUTPUT_TOKENS = 500


@dataclass(frozen=True)
class ModelChoice:
    provider: str
    model: str
    label: str  # "Claude Sonnet (claude-sonnet-4-5), about $0.01 a typical request"


def model_choices(pinned: Sequence[tuple[str, str]] = ()) -> dict[str, list[ModelChoice]]:
    """Per tier, the models Promptdesk knows (and the team's ``pinned`` ones) with a typical
    request's price; the first is Promptdesk's own choice. Plain Python: runs on a worker (the
    price table loads on first use)."""
    from desktop.core.send import pricing, routing

    pins = routing.default_pins()
    every = list(dict.fromkeys([*((p, m) for tier in TIERS for p, m in pins[tier].items() if p != "primary"),
                                *pinned]))

    def label(provider: str, model: str) -> str:
        price = pricing.cost(provider, model, input_tokens=TYPICAL_INPUT_TOKENS, output_tokens=TYPICAL_OUTPUT_TOKENS)
        return f"{routing.friendly_model_name(provider, model)} ({model}), {pricing.format_cost(price)} a typical request"

    choices = {}
    for tier in TIERS:
        primary = pins[tier]["primary"]
        default = ModelChoice("", "", f"Promptdesk's choice: {label(primary, pins[tier][primary])}")
        choices[tier] = [default, *(ModelChoice(p, m, label(p, m)) for p, m in every)]
    return choices


class BudgetTable(QWidget):
    """Personal budgets: one row a person, name and dollars a month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels(("Name (as each person gives it in Settings)", "Dollars a month"))
        self.table.setAccessibleName("Personal budgets")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.fontMetrics().height() * 5)
        self.table.setMaximumHeight(self.fontMetrics().height() * 9)
        self.add_button = QPushButton("Add a person", self)
        self.remove_button = QPushButton("Remove", self)
        self.add_button.clicked.connect(lambda: self.add_row("", 0.0))
        self.remove_button.clicked.connect(self._remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_budgets(self, budgets: dict[str, float]) -> None:
        self.table.setRowCount(0)
        for name, amount in budgets.items():
            self.add_row(name, amount)

    def add_row(self, name: str, amount: float) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        spin = QDoubleSpinBox(self.table)
        spin.setRange(0.0, MAX_MONEY)
        spin.setDecimals(2)
        spin.setPrefix("$")
        spin.setValue(amount)
        spin.setAccessibleName("Dollars a month")
        self.table.setCellWidget(row, 1, spin)
        return row

    def set_row(self, row: int, name: str, amount: float) -> None:
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.spin(row).setValue(amount)

    def spin(self, row: int) -> QDoubleSpinBox:
        widget = self.table.cellWidget(row, 1)
        assert isinstance(widget, QDoubleSpinBox)
        return widget

    def budgets(self) -> dict[str, float]:
        """Rows with a name; a row left without one is ignored."""
        result = {}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            name = item.text().strip() if item is not None else ""
            if name:
                result[name] = self.spin(row).value()
        return result

    def set_editable(self, editable: bool) -> None:
        self.table.setEditTriggers(QTableWidget.EditTrigger.AllEditTriggers if editable
                                   else QTableWidget.EditTrigger.NoEditTriggers)
        for row in range(self.table.rowCount()):
            self.spin(row).setEnabled(editable)
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)

    @Slot()
    def _remove_current(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())


class TierChoices(QWidget):
    """A model per tier, each choice with what a typical request costs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        from desktop.core.send.routing import TIER_NAMES

        for tier in TIERS:
            box = QComboBox(self)
            box.setAccessibleName(f"Model for the {TIER_NAMES[tier]} tier")
            self.boxes[tier] = box
            row = QHBoxLayout()
            caption = QLabel(TIER_NAMES[tier], self)
            caption.setMinimumWidth(self.fontMetrics().horizontalAdvance("Execution  "))
            caption.setBuddy(box)
            row.addWidget(caption)
            row.addWidget(box, 1)
            layout.addLayout(row)

    def set_choices(self, choices: dict[str, list[ModelChoice]], pins: dict[str, tuple[str, str]]) -> None:
        for tier, box in self.boxes.items():
            box.clear()
            options = list(choices.get(tier, []))
            pinned = pins.get(tier)
            if pinned and all((c.provider, c.model) != pinned for c in options):
                options.append(ModelChoice(*pinned, f"{pinned[1]} ({pinned[0]})"))
            for choice in options:
                box.addItem(choice.label, (choice.provider, choice.model) if choice.provider else None)
            # findData does not compare Python tuples by value: look for the pin by hand.
            found = [i for i in range(box.count()) if pinned is not None and box.itemData(i) == pinned]
            box.setCurrentIndex(found[0] if found else 0)

    def pins(self) -> dict[str, tuple[str, str] | None]:
        return {tier: box.currentData() for tier, box in self.boxes.items() if box.count()}


class TermTester(QWidget):
    """Type a sentence, see what the sensitive terms (and the usual detectors) hide.

    Signals:
        tested(str): the sentence as it would be sent.
    """

    tested = Signal(str)

    def __init__(self, terms: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._terms = terms  # a callable giving the terms as typed now
        self.sample = QLineEdit(self)
        self.sample.setPlaceholderText("Type a sentence to see what is hidden, e.g. “Project Falcon starts Monday”")
        self.sample.setAccessibleName("Try the sensitive terms")
        self.button = button("Show what is hidden", self, self.test)
        self.result = muted_label("", self)
        self.result.setAccessibleName("What would be sent")
        vbox(self, hbox(None, (self.sample, 1), self.button), self.result)
        self.sample.returnPressed.connect(self.test)

    @Slot()
    def test(self) -> None:
        text, terms = self.sample.text(), tuple(self._terms())
        if not text.strip():
            return
        self.result.setText("Checking …")

        def op(_task: object) -> str:
            from desktop.core.privacy import redact_text

            return redact_text(text, terms=terms).text

        def done(sent: str) -> None:
            self.result.setText(f"Would be sent as: {sent}")
            self.tested.emit(sent)

        run_for(self, op, on_success=done,
                on_failure=lambda exc: self.result.setText(getattr(exc, "message", "") or "The check could not run."))
