"""The template cards: icon, title, one-line purpose, tier and typical cost, in a grid that
re-flows to the window's width (two columns at 1024 px, four at 1440).

The typical cost of each template is worked out on a worker (a typical fill-in of its form and
an answer of its usual length, priced on its tier's model) and filled in when it arrives.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import theme
from desktop.gui.icons import pixmap, template_icon_name
from desktop.gui.worker import run_for

CARD_MIN_WIDTH = 250
SLICE_SECONDS = 0.008  # building cards yields to the event loop after this long
TYPICAL_INPUT_WORDS = 250  # what a person typically pastes into a form
def typical_costs(library: Any, team: Any) -> dict[str, float]:
    """Template id → the cost of a typical run (plain Python; call it off the UI thread)."""
    from desktop.core.send import pricing, routing
    from desktop.gui.collector import first_load

    with first_load("prices"):
        pricing.warm_up()
    costs: dict[str, float] = {}
    for template in library.templates:
        try:
            # A template without a tier is routed per request; priced on the everyday tier.
            provider, model = routing.pin_for(template.tier or "execution", team)
            # Priced the way the route bar estimates a request: the answer at its longest.
            input_tokens = pricing.count_tokens(template.body) + int(TYPICAL_INPUT_WORDS * 1.4)
            costs[template.id] = pricing.cost(provider, model, input_tokens=input_tokens,
                                              output_tokens=template.max_output_tokens())
        except Exception:  # a tier without a price: the card shows no figure, nothing else
            continue
    return costs


class ElidedLabel(QLabel):
    """One line that ends in "…" when the card is too narrow (the whole text is the tooltip)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setMinimumWidth(40)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(40, self.width())
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, width))


class TemplateCard(QFrame):
    """One template as a card; click, Enter or Space opens it.

    Signals:
        chosen(str): the template id.
    """

    chosen = Signal(str)

    def __init__(self, template: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template_id = template.id
        self.tier = str(getattr(template, "tier", "") or "")
        self.setObjectName("card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(template.title)
        self.setAccessibleDescription(getattr(template, "purpose", "") or "")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        colours = theme.colours()
        icon = QLabel(self)
        icon.setPixmap(pixmap(template_icon_name(template), colours["accent"], 24))
        icon.setFixedSize(28, 28)
        title = ElidedLabel(template.title, self)  # a narrow card shortens the title instead of scrolling sideways
        title.setProperty("role", "heading")
        title.setToolTip(template.title)
        purpose = ElidedLabel(getattr(template, "purpose", "") or "", self)
        purpose.setProperty("role", "muted")
        purpose.setToolTip(getattr(template, "purpose", "") or "")
        self.footer = QLabel(self._tier_words(), self)
        self.footer.setProperty("role", "small")

        head = QHBoxLayout()
        head.setSpacing(theme.SPACE["s"])
        head.addWidget(icon)
        head.addWidget(title, 1)
        layout = QVBoxLayout(self)
        space = theme.SPACE
        layout.setContentsMargins(space["l"], space["m"], space["l"], space["m"])
        layout.setSpacing(space["xs"])
        layout.addLayout(head)
        layout.addWidget(purpose)
        layout.addWidget(self.footer)

    def set_cost(self, usd: float) -> None:
        from desktop.core.money import money

        self.footer.setText(f"{self._tier_words()} · typically {money(usd)}")
        self.footer.setToolTip("A typical run: a form of about 250 words and an answer of the usual length.")

    def _tier_words(self) -> str:
        from desktop.core.send.routing import tier_words

        return tier_words(self.tier)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.chosen.emit(self.template_id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit(self.template_id)
            return
        super().keyPressEvent(event)


class TemplateCards(QScrollArea):
    """Every template as a card, grouped by category, in a grid as wide as the window allows.

    Signals:
        template_chosen(str): a card was opened.
    """

    template_chosen = Signal(str)
    clear_search_requested = Signal()

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.query = ""
        self.matches: set[str] | None = None  # the ids the search found; None: no search, all shown
        self.cards: list[TemplateCard] = []
        self._headings: list[tuple[QLabel, list[TemplateCard]]] = []
        self._columns = 0
        self._generation = 0
        self._pending: list[tuple[str, Any]] = []  # ("heading", category) or ("card", template), in order
        self._costs: dict[str, float] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName("All templates")
        self.body = QWidget(self)
        self.grid = QGridLayout(self.body)
        space = theme.SPACE
        self.grid.setContentsMargins(space["xl"], space["l"], space["xl"], space["xl"])
        self.grid.setHorizontalSpacing(space["m"])
        self.grid.setVerticalSpacing(space["m"])
        self.setWidget(self.body)
        self.title = QLabel("What do you want to do?", self.body)
        self.title.setProperty("role", "display")
        self.hint = QLabel("Pick a template, or type in the search box on the left. Each card says which kind "
                           "of model answers it (Reasoning costs the most, Quick the least) and what a typical run "
                           "costs.", self.body)
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.empty = QWidget(self.body)  # "No template matches …" and a way out
        self.empty_text = QLabel("", self.empty)
        self.empty_text.setProperty("role", "heading")
        self.empty_text.setWordWrap(True)
        self.clear_button = QPushButton("Clear the search", self.empty)
        self.clear_button.setAccessibleName("Clear the search")
        self.clear_button.clicked.connect(self.clear_search_requested)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(0, space["l"], 0, 0)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.empty.hide()
        self.viewport().installEventFilter(self)

    def set_library(self, library: Any) -> None:
        for card in self.cards:
            card.deleteLater()
        for heading, _cards in self._headings:
            heading.deleteLater()
        self.cards, self._headings = [], []
        self._generation += 1
        self._pending = []
        for category in library.categories():
            self._pending.append(("heading", category))
            self._pending += [("card", t) for t in library.templates if t.category == category]
        generation = self._generation
        QTimer.singleShot(1, self, lambda: self._build_next(generation))
        team = self.context.team
        run_for(self, lambda _ctx: typical_costs(library, team), on_success=self._show_costs)

    def _build_next(self, generation: int) -> None:
        """Build cards for a few milliseconds per turn of the event loop (the first screenful
        first), so no turn holds the window long however many templates there are."""
        if generation != self._generation or not self._pending:
            return
        started = time.perf_counter()
        while self._pending and time.perf_counter() - started < SLICE_SECONDS:
            kind, value = self._pending.pop(0)
            if kind == "heading":
                heading = QLabel(value, self.body)
                heading.setProperty("role", "heading")
                self._headings.append((heading, []))
                continue
            card = TemplateCard(value, self.body)
            card.chosen.connect(self.template_chosen)
            if card.template_id in self._costs:
                card.set_cost(self._costs[card.template_id])
            self.cards.append(card)
            self._headings[-1][1].append(card)
        self._apply_filter()
        if self._pending:
            QTimer.singleShot(1, self, lambda: self._build_next(generation))

    def set_filter(self, query: str, matches: list[str] | None) -> None:
        """Show only the cards of ``matches`` (what the search box found for ``query``); None shows all."""
        self.query = query
        self.matches = None if matches is None else set(matches)
        self._apply_filter()

    def visible_ids(self) -> list[str]:
        return [card.template_id for card in self.cards if self._shown(card)]

    def _shown(self, card: TemplateCard) -> bool:
        return self.matches is None or card.template_id in self.matches

    def _apply_filter(self) -> None:
        for card in self.cards:
            card.setVisible(self._shown(card))
        nothing = self.matches is not None and not self.matches and not self._pending
        if nothing:
            self.empty_text.setText(f"No template matches “{self.query}”.")
        self.empty.setVisible(nothing)
        self._columns = 0
        self._reflow()

    def _show_costs(self, costs: dict[str, float]) -> None:
        self._costs = costs
        for card in self.cards:
            if card.template_id in costs:
                card.set_cost(costs[card.template_id])

    def columns_for(self, width: int) -> int:
        return max(1, min(4, (width - 2 * theme.SPACE["xl"]) // (CARD_MIN_WIDTH + theme.SPACE["m"])))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and isinstance(event, QResizeEvent):
            self._reflow(event.size().width())
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self, width: int | None = None) -> None:
        """Lay the cards out again when the number of columns that fit has changed."""
        columns = self.columns_for(width if width is not None else self.viewport().width())
        if columns == self._columns:
            return
        self._columns = columns
        while self.grid.count():
            self.grid.takeAt(0)
        for stretched in range(self.grid.rowCount()):
            self.grid.setRowStretch(stretched, 0)
        self.grid.addWidget(self.title, 0, 0, 1, columns)
        self.grid.addWidget(self.hint, 1, 0, 1, columns)
        self.grid.addWidget(self.empty, 2, 0, 1, columns)
        row = 3
        for heading, group in self._headings:
            shown = [card for card in group if self._shown(card)]  # a search hides the others
            heading.setVisible(bool(shown))
            if not shown:
                continue
            self.grid.addWidget(heading, row, 0, 1, columns)
            row += 1
            for index, card in enumerate(shown):
                self.grid.addWidget(card, row + index // columns, index % columns)
            row += (len(shown) + columns - 1) // columns
        for column in range(4):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.grid.setRowStretch(row, 1)
        self.grid.activate()  # the new height now, so the scroll area never squeezes the cards meanwhile
