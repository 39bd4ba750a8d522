"""The route bar's tooltip says why a tier was chosen and what the next cheaper one would cost."""

from __future__ import annotations

from desktop.core.context import AppContext
from desktop.core.send import pipeline
from desktop.core.settings import UserSettings
from desktop.gui.route_bar import RouteBar, about_cost, cheaper_cost


def _prepared(request: str, tier_override: str | None = None) -> pipeline.Prepared:
    context = AppContext(UserSettings())
    template = context.library.get("ask-anything")
    assert template is not None
    return pipeline.prepare(context, template, {"request": request}, tier_override=tier_override)


def test_tooltip_gives_the_reason_and_the_cheaper_tiers_price(qtbot) -> None:
    bar = RouteBar()
    qtbot.addWidget(bar)
    prepared = _prepared("Translate this paragraph into Dutch: our shop is closed on Monday.")
    bar.set_prepared(prepared)
    assert prepared.route.tier == "execution"
    tier, price = cheaper_cost(prepared)
    assert tier == "quick" and 0 < price < prepared.estimated_cost
    tip = bar.route.toolTip()
    assert tip.startswith("Why this tier: It asks for a translation → Execution.")
    assert f"On the Quick tier it would cost {about_cost(price)}." in tip


def test_a_quick_route_offers_nothing_cheaper(qtbot) -> None:
    bar = RouteBar()
    qtbot.addWidget(bar)
    prepared = _prepared("Is this email spam? Answer yes or no: you have won a cruise.")
    bar.set_prepared(prepared)
    assert prepared.route.tier == "quick" and cheaper_cost(prepared) is None
    assert "would cost" not in bar.route.toolTip()


def test_a_narrow_route_bar_keeps_one_line_and_the_whole_estimate(qtbot) -> None:
    """At 1024 px the bar is about 560 px wide: the route shortens with "…", the cost never does."""
    from PySide6.QtWidgets import QLabel

    bar = RouteBar()
    qtbot.addWidget(bar)
    prepared = _prepared("Translate this paragraph into Dutch: our shop is closed on Monday.", "reasoning")
    bar.set_prepared(prepared)
    bar.set_template_ready(True)
    bar.resize(430, bar.sizeHint().height())
    bar.show()
    qtbot.waitExposed(bar)
    assert bar.cost.text() == f"· {about_cost(prepared.estimated_cost)}"
    assert bar.cost.width() >= bar.cost.sizeHint().width()  # the figure is never cut
    shown = QLabel.text(bar.route)  # what is painted
    assert shown.endswith("…") and bar.route.text() == prepared.route.label
    assert bar.route.height() < 2 * bar.route.fontMetrics().lineSpacing()  # one line, no wrapping
    assert f"{prepared.route.label} · {about_cost(prepared.estimated_cost)}" in bar.route.toolTip()
    bar.resize(1400, bar.height())
    qtbot.waitUntil(lambda: QLabel.text(bar.route) == prepared.route.label)  # wide enough: whole again
