"""The route bar says why a tier was chosen and offers the next cheaper one with its price."""

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
    assert bar.cheaper.isHidden()  # the team does not let members pick tiers


def test_when_the_team_allows_it_one_click_picks_the_cheaper_tier_and_back(qtbot) -> None:
    bar = RouteBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.set_tier_choice_allowed(True)
    bar.set_prepared(_prepared("Translate this paragraph into Dutch: our shop is closed on Monday."))
    assert bar.cheaper.isVisible() and bar.cheaper.text().startswith("Use Quick · ")
    with qtbot.waitSignal(bar.tier_chosen) as picked:
        bar.cheaper.click()
    assert picked.args == ["quick"]
    bar.set_prepared(_prepared("Translate this paragraph into Dutch.", tier_override="quick"))
    assert bar.cheaper.text() == "Back to the suggested tier"
    with qtbot.waitSignal(bar.tier_chosen) as back:
        bar.cheaper.click()
    assert back.args == [""]


def test_a_quick_route_offers_nothing_cheaper(qtbot) -> None:
    bar = RouteBar()
    qtbot.addWidget(bar)
    bar.set_tier_choice_allowed(True)
    prepared = _prepared("Is this email spam? Answer yes or no: you have won a cruise.")
    bar.set_prepared(prepared)
    assert prepared.route.tier == "quick" and cheaper_cost(prepared) is None
    assert bar.cheaper.isHidden() and "would cost" not in bar.route.toolTip()
