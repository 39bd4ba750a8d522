"""Token estimates and prices from the genai-prices table, cache tokens included."""

from __future__ import annotations

import pytest

from desktop.core.send import pricing

SONNET = "claude-sonnet-5-5-20260928"  # $2 in, $10 out, $0.10 cache read, $2.50 cache write per MTok


def test_count_tokens_is_about_four_characters_a_token_and_more_for_other_scripts() -> None:
    assert pricing.count_tokens("") == 0
    assert pricing.count_tokens("a" * 4000) == 1000
    assert pricing.count_tokens("日本語のテキスト" * 100) > pricing.count_tokens("abcdefgh" * 100)


def test_cost_uses_the_price_table_for_input_and_output() -> None:
    assert pricing.cost("anthropic", SONNET, input_tokens=1_000, output_tokens=1_000) == pytest.approx(0.012)


def test_cache_reads_are_cheaper_and_cache_writes_dearer_than_plain_input() -> None:
    plain = pricing.cost("anthropic", SONNET, input_tokens=100_000, output_tokens=0)
    read = pricing.cost("anthropic", SONNET, input_tokens=0, output_tokens=0, cache_read_tokens=100_000)
    write = pricing.cost("anthropic", SONNET, input_tokens=0, output_tokens=0, cache_write_tokens=100_000)
    assert read == pytest.approx(0.01) and plain == pytest.approx(0.2) and write == pytest.approx(0.25)
    both = pricing.cost("anthropic", SONNET, input_tokens=100_000, output_tokens=0, cache_read_tokens=100_000)
    assert both == pytest.approx(plain + read)


def test_in_house_and_unknown_models_cost_nothing_and_unknown_is_reported() -> None:
    assert pricing.cost("local", "llama3", input_tokens=10**6, output_tokens=10**6) == 0.0
    assert pricing.has_price("local", "llama3")
    assert pricing.cost("openai", "no-such-model", input_tokens=10**6, output_tokens=10**6) == 0.0
    assert not pricing.has_price("openai", "no-such-model")
    assert pricing.has_price("openai", "gpt-6.1-sol-2026-09-29")


@pytest.mark.parametrize(
    ("usd", "approximate", "text"),
    [
        (0.0, True, "$0"),
        (0.0001, True, "less than 1¢"),
        (0.0042, True, "less than 1¢"),
        (0.123, True, "about 12¢"),
        (0.5, False, "50¢"),
        (1234.5, False, "$1,234"),
    ],
)
def test_format_cost_reads_like_a_person_would_say_it(usd: float, approximate: bool, text: str) -> None:
    assert pricing.format_cost(usd, approximate=approximate) == text
