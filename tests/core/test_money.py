"""One money format for the whole app: "less than 1¢", "about 3¢", "$1.20"."""

from __future__ import annotations

import pytest

from desktop.core.money import estimate_and_actual, money


@pytest.mark.parametrize(("usd", "estimate", "text"), [
    (0.0, False, "$0"),
    (0.0, True, "$0"),
    (0.0001, False, "less than 1¢"),
    (0.0006, True, "less than 1¢"),  # never "about less than"
    (0.0049, False, "less than 1¢"),
    (0.005, False, "1¢"),
    (0.007, True, "about 1¢"),
    (0.0299, True, "about 3¢"),
    (0.35, False, "35¢"),
    (0.994, False, "99¢"),
    (0.996, False, "$1"),
    (1.2, False, "$1.20"),
    (1.2, True, "about $1.20"),
    (12.4, False, "$12.40"),
    (200.0, False, "$200"),
    (999.99, False, "$999.99"),
    (1234.5, False, "$1,234"),
    (-0.5, False, "−50¢"),
])
def test_money_table(usd: float, estimate: bool, text: str) -> None:
    assert money(usd, estimate=estimate) == text


def test_every_old_formatter_now_speaks_the_one_format() -> None:
    """pricing.format_cost is the one formatter left beside money(); the spend views and the
    spend command call money() itself."""
    from desktop.core.send.pricing import format_cost

    for usd in (0.0006, 0.03, 1.2, 200.0):
        assert format_cost(usd, approximate=False) == money(usd)
    assert format_cost(0.03) == "about 3¢"


def test_estimate_and_actual_say_why_they_differ_in_one_tooltip() -> None:
    text = estimate_and_actual(0.03, 0.012, input_tokens=1200, output_tokens=300)
    assert "about 3¢" in text and "1¢" in text and "1,200 tokens in, 300 out" in text
    assert "only known once it is written" in text
    assert "reused" in estimate_and_actual(0.03, 0.0, cached=True)
