"""The bar under the form: where the request goes, what it costs, what is hidden, and Send.

"Execution · Claude Sonnet · about $0.004" and "3 items will be hidden · Preview" are worked
out by ``pipeline.prepare`` on a worker (the main window debounces it while the user types);
this bar only shows the latest result.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

SEND_SHORTCUT = "Ctrl+Return"


def about_cost(usd: float) -> str:
    """"about 3¢", "less than 1¢", or "$0" for an in-house model (the app's one money format)."""
    from desktop.core.money import money

    return money(usd, estimate=True)


def tier_prices(prepared: Any, team: Any) -> list[tuple[str, str, float]]:
    """(tier, "Quick · Claude Haiku", cost) of this very request on each tier (plain Python)."""
    from desktop.core.send import pricing, routing
    from desktop.core.settings import TIERS

    prices = []
    for tier in reversed(TIERS):  # cheapest first
        provider, model = routing.pin_for(tier, team)
        cost = pricing.cost(provider, model, input_tokens=prepared.estimated_input_tokens,
                            output_tokens=prepared.max_output_tokens)
        prices.append((tier, routing.label_for(tier, provider, model), cost))
    return prices


def cheaper_cost(prepared: Any) -> tuple[str, float] | None:
    """(tier, estimate) of the same request on the next cheaper tier, or None on quick."""
    from desktop.core.send.pricing import cost

    cheaper = getattr(getattr(prepared, "route", None), "cheaper", ())
    if not cheaper:
        return None
    tier, provider, model = cheaper
    return tier, cost(provider, model, input_tokens=int(getattr(prepared, "estimated_input_tokens", 0) or 0),
                      output_tokens=int(getattr(prepared, "max_output_tokens", 0) or 0))


def route_tooltip(prepared: Any) -> str:
    """Why this tier, and what the next cheaper one would cost."""
    route = prepared.route
    lines = [f"Why this tier: {route.reason}" if route.reason else ""]
    other = cheaper_cost(prepared)
    if other is not None:
        lines.append(f"On the {other[0].capitalize()} tier it would cost {about_cost(other[1])}.")
    return "\n".join(line for line in lines if line)


def hidden_summary(redaction: Any) -> str:
    """"3 items will be hidden · 2 to check" / "Nothing personal found" for a ``Redaction``: the
    words to check (sent as typed, the detector unsure) are listed in the preview."""
    return str(redaction.summary())


class RouteLabel(QLabel):
    """One line that ends in "…" when the bar is narrow; ``text()`` stays the whole text."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setMinimumWidth(60)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        QLabel.setText(self, self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                           max(20, self.width())))


class RouteBar(QFrame):
    """Route, estimate, privacy summary and the Send button.

    Signals:
        send_requested(): Send pressed (or Ctrl+Enter anywhere in the window).
        preview_requested(): the user wants to see exactly what will be sent.
        tier_chosen(str): the user picked the cheaper tier ("" goes back to the suggested one).
    """

    send_requested = Signal()
    preview_requested = Signal()
    tier_chosen = Signal(str)  # "" = let Promptdesk choose

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("routeBar")
        # One line at any width: the route ("Execution · Claude Sonnet") shortens with "…" (whole
        # in the tooltip) while the estimate beside it always shows whole.
        self.route = RouteLabel("Fill in the form to see where it goes and what it costs.", self)
        self.route.setAccessibleName("Tier and model")
        self.cost = QLabel("", self)
        self.cost.setAccessibleName("Estimated cost")
        self.cost.setObjectName("routeCost")
        self.cost.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cost.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.privacy = QLabel("", self)
        self.privacy.setAccessibleName("Privacy summary")
        self.privacy.setProperty("role", "muted")
        self.privacy.setWordWrap(True)
        self.note = QLabel("", self)
        self.note.setProperty("role", "error")
        self.note.setWordWrap(True)
        self.note.hide()
        self.preview = QPushButton("Preview what is sent", self)
        self.preview.setAccessibleName("Preview what will be sent")
        self.preview.setToolTip("See the exact text that leaves this computer, with hidden items marked")
        self.preview.setEnabled(False)
        self.preview.clicked.connect(self.preview_requested)
        self.tier_button = QToolButton(self)
        self.tier_button.setText("Change tier")
        self.tier_button.setAccessibleName("Choose the model tier")
        self.tier_button.setToolTip("Send this request on another tier; each shows its price for this request")
        self.tier_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tier_menu = QMenu(self.tier_button)
        self.tier_button.setMenu(self.tier_menu)
        self.tier_button.setEnabled(False)
        self.send = QPushButton("Send", self)
        self.send.setDefault(True)
        self.send.setProperty("primary", True)
        self.send.setAccessibleName("Send")
        self.send.setToolTip(f"Send ({QKeySequence(SEND_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)})")
        self.send.setEnabled(False)
        self.send.setMinimumWidth(110)
        self.send.clicked.connect(self.send_requested)

        texts = QVBoxLayout()
        texts.setSpacing(2)
        first = QHBoxLayout()
        first.setSpacing(0)
        first.addWidget(self.route)
        first.addWidget(self.cost)
        first.addStretch(1)
        texts.addLayout(first)
        texts.addWidget(self.privacy)
        texts.addWidget(self.note)
        row = QHBoxLayout(self)
        row.addLayout(texts, 1)
        row.addWidget(self.tier_button)
        row.addWidget(self.preview)
        row.addWidget(self.send)
        self.prepared: Any = None

    def set_template_ready(self, ready: bool) -> None:
        self.send.setEnabled(ready)

    def set_working(self) -> None:
        """Values changed; a new estimate is on its way."""
        if self.prepared is None:
            self.route.setText("Working out the cost…")
            self.cost.setText("")

    def set_note(self, message: str) -> None:
        """A line under the estimate (why Send did not go); cleared by the next estimate."""
        self.note.setText(message)
        self.note.setVisible(bool(message))

    def set_prepared(self, prepared: Any) -> None:
        """Show route, estimate and what will be hidden from a ``Prepared``."""
        self.prepared = prepared
        if not getattr(prepared, "problems", None):
            self.set_note("")
        route = getattr(prepared, "route", None)
        if route is not None:
            cost = about_cost(float(getattr(prepared, "estimated_cost", 0.0) or 0.0))
            self.route.setText(route.label)
            self.cost.setText(f"· {cost}")
            from desktop.core.money import estimate_and_actual

            estimate = estimate_and_actual(float(getattr(prepared, "estimated_cost", 0.0) or 0.0), None)
            tip = "\n\n".join(part for part in (route_tooltip(prepared), estimate, f"{route.label} · {cost}") if part)
            self.route.setToolTip(tip)
            self.cost.setToolTip(tip)
        redaction = getattr(prepared, "redaction", None)
        if redaction is not None:
            self.privacy.setText(hidden_summary(redaction))
            self.preview.setEnabled(True)
        else:
            self.privacy.setText("")
            self.preview.setEnabled(False)

    def set_tiers(self, prices: list[tuple[str, str, float]], chosen: str) -> None:
        """Fill the tier menu: "Let Promptdesk choose", then each tier with this request's price."""
        from desktop.core.money import money

        self.tier_menu.clear()
        group = QActionGroup(self.tier_menu)
        automatic = QAction("Let Promptdesk choose (recommended)", self.tier_menu, checkable=True)
        automatic.setChecked(not chosen)
        automatic.triggered.connect(lambda: self.tier_chosen.emit(""))
        group.addAction(automatic)
        self.tier_menu.addAction(automatic)
        self.tier_menu.addSeparator()
        for tier, label, cost in prices:
            action = QAction(f"{label} · {money(cost, estimate=True)}", self.tier_menu, checkable=True)
            action.setChecked(tier == chosen)
            action.triggered.connect(lambda _checked=False, tier=tier: self.tier_chosen.emit(tier))
            group.addAction(action)
            self.tier_menu.addAction(action)
        self.tier_button.setEnabled(bool(prices))
        self.tier_button.setText("Tier (your choice)" if chosen else "Change tier")

    def set_problem(self, message: str) -> None:
        """prepare itself failed (privacy fails closed): say so; sending stays possible to retry."""
        self.prepared = None
        self.route.setText("No estimate yet")
        self.route.setToolTip(message)
        self.cost.setText("")
        self.set_note(message)  # the whole message, wrapped: it says what to do
        self.privacy.setText("")
        self.preview.setEnabled(False)

    def set_sending(self, sending: bool) -> None:
        self.send.setEnabled(not sending)
        self.send.setText("Sending…" if sending else "Send")
