"""Tier classification, pinned models, fallbacks, labels and warnings."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from desktop.core.errors import SettingsError
from desktop.core.send import pricing, routing
from desktop.core.settings import TIERS, TeamSettings, TierPin, parse_team_settings


@pytest.mark.parametrize(
    ("text", "tier", "seen"),
    [
        ("Write a persuasive cold email to a prospect who went quiet", "reasoning", "persuasion"),
        ("Should we raise prices next year? Weigh the trade-offs.", "reasoning", "a judgment call"),
        ("Draft our go-to-market strategy for Germany", "reasoning", "strategy"),
        ("Reply to this angry customer in a warm, empathetic tone", "reasoning", "a delicate tone"),
        ("Summarise this transcript", "execution", "a summary"),
        ("Translate this paragraph into Italian: we are closed on Monday.", "execution", "a translation"),
        ("Write an Excel formula that adds up column C where A says Paid", "execution", "a spreadsheet formula"),
        ("Reformat this list as a markdown table", "execution", "sorting or cleaning a list"),
        ("Is this email a phishing attempt? Answer yes or no.", "quick", "a yes/no answer"),
        ("Tag this ticket with one of these labels: billing, bug, feature, account", "quick",
         "a label from a given list"),
        ("What is the due date in this invoice?", "quick", "one value pulled out"),
        ("Convert 12 km to miles", "quick", "one small item converted"),
    ],
)
def test_classifier_follows_the_routing_rules_and_says_what_it_saw(text: str, tier: str, seen: str) -> None:
    got, reason = routing.classify(text)
    assert got == tier
    assert seen in reason and reason.endswith(f"→ {routing.TIER_NAMES[tier]}.")


def test_a_request_with_no_signal_says_it_could_not_tell_and_is_not_sent_to_the_top_tier() -> None:
    tier, reason = routing.classify("Hello there")
    assert "could not tell" in reason
    assert tier != "reasoning"  # a greeting is not a judgment call: the cheaper wrong guess wins


def test_pasted_material_after_the_instructions_does_not_steer_the_tier() -> None:
    email = ("We should decide on our strategy and pitch to investors. " * 200)
    tier, _ = routing.classify("Is this email spam? Answer yes or no.\n\n" + email + "\n" + "x " * 400)
    assert tier == "quick"
    tier, _ = routing.classify("Translate this email into German:\n\n" + email)
    assert tier == "execution"


def test_instructions_after_pasted_material_are_read() -> None:
    email = "Hello,\n\nthe printer still jams and nobody called me back. I want a refund.\n\nRegards,\nAlex"
    assert routing.classify(email + "\n\nWhat's the best way to reply so we keep this customer?")[0] == "reasoning"
    assert routing.classify(email + "\n\nTranslate the above into French.")[0] == "execution"


def test_purpose_counts_as_much_as_the_request() -> None:
    assert routing.classify("Here it is: ...", purpose="Summarise a meeting transcript")[0] == "execution"


def test_default_pins_are_dated_and_known_to_the_price_table_for_both_providers() -> None:
    pins = routing.default_pins()
    assert set(pins) == set(TIERS)
    for tier, entry in pins.items():
        assert {"anthropic", "openai"} <= set(entry), tier
        for provider in ("anthropic", "openai"):
            assert routing.is_dated(entry[provider]), entry[provider]
            assert pricing.has_price(provider, entry[provider]), entry[provider]
    # The tiers are priced in order: quick < execution < reasoning on the same request.
    costs = [pricing.cost("anthropic", pins[t]["anthropic"], input_tokens=2000, output_tokens=800)
             for t in ("quick", "execution", "reasoning")]
    assert costs == sorted(costs) and costs[0] < costs[2]


def test_template_tier_wins_and_the_label_is_plain_words() -> None:
    template = SimpleNamespace(tier="execution", title="Meeting summary", purpose="")
    route = routing.route_for(template, "should we pitch a strategy?", TeamSettings())
    assert route.tier == "execution"
    assert route.label == "Execution · Claude Sonnet"
    assert "Meeting summary" in route.reason
    assert route.fallbacks == (("openai", routing.default_pins()["execution"]["openai"]),)
    assert route.warnings == ()


def test_template_without_tier_is_classified_and_override_beats_both() -> None:
    template = SimpleNamespace(tier=None, title="Ask anything", purpose="")
    assert routing.route_for(template, "Answer yes or no: is 7 prime?", TeamSettings()).tier == "quick"
    route = routing.route_for(template, "Answer yes or no", TeamSettings(), tier_override="reasoning")
    assert route.tier == "reasoning" and "You chose" in route.reason
    with pytest.raises(SettingsError):
        routing.route_for(template, "x", TeamSettings(), tier_override="turbo")


def test_team_pin_overrides_the_default_and_falls_back_to_the_other_provider() -> None:
    team = parse_team_settings({"tiers": {"quick": {"provider": "openai", "model": "gpt-6-luna-2026-09-22"}}})
    route = routing.route_for(None, "x", team, tier_override="quick")
    assert (route.provider, route.model) == ("openai", "gpt-6-luna-2026-09-22")
    assert route.label == "Quick · GPT-6 Luna"
    assert route.fallbacks == (("anthropic", routing.default_pins()["quick"]["anthropic"]),)


def test_in_house_pin_never_falls_back_to_a_cloud_provider() -> None:
    team = TeamSettings(tiers={"execution": TierPin("local", "llama3")})
    route = routing.route_for(None, "x", team, tier_override="execution")
    assert route.provider == "local" and route.fallbacks == () and route.warnings == ()
    assert route.label == "Execution · in-house llama3"


def test_unpinned_alias_and_unknown_model_are_warned_about() -> None:
    team = TeamSettings(tiers={"reasoning": TierPin("anthropic", "claude-sonnet-5-5"),
                               "quick": TierPin("openai", "gpt-made-up-2026-01-01")})
    alias = routing.route_for(None, "x", team, tier_override="reasoning")
    assert len(alias.warnings) == 1 and "pin a dated model id" in alias.warnings[0]
    unknown = routing.route_for(None, "x", team, tier_override="quick")
    assert len(unknown.warnings) == 1 and "no price" in unknown.warnings[0]


@pytest.mark.parametrize(
    ("provider", "model", "name"),
    [
        ("anthropic", "claude-opus-5-5-20260921", "Claude Opus"),
        ("anthropic", "claude-3-5-haiku-20241022", "Claude Haiku"),
        ("openai", "gpt-6.1-sol-2026-09-29", "GPT-6.1 Sol"),
        ("openai", "gpt-5", "GPT-5"),
        ("openai", "o3-mini", "o3-mini"),
    ],
)
def test_friendly_model_names(provider: str, model: str, name: str) -> None:
    assert routing.friendly_model_name(provider, model) == name


def test_a_generic_purpose_does_not_hide_a_short_question() -> None:
    purpose = "Ask a question or give a task in your own words; the app picks the model tier that fits the request."
    assert routing.classify("What is the capital of Australia?", purpose)[0] == "quick"
    assert routing.classify("Give me a weekly routine to check stock, as a table.", purpose)[0] == "execution"
