"""Which tier a request needs, and which pinned model serves that tier.

Users never pick a model. A template names its tier, or the local classifier
(``classifier.py``: a small linear model trained on labelled requests in seven languages, no
network call) reads the request and follows the team's routing rules:

- judgment, voice, persuasion, strategy, client-facing writing, ambiguity -> ``reasoning``;
- producing or transforming content by clear instructions (translation, formulas, summaries,
  sorting, rotas, proofreading, routine emails) -> ``execution``;
- short verifiable answers (yes/no, a label from a given list, one value pulled out, one small
  item converted) -> ``quick``.

When unsure between two tiers it picks the one with the lower expected cost of a wrong choice,
and the reason says what it saw.

The tier -> model pins come from ``resources/tiers.toml``; the team's ``team.toml`` overrides
the primary pin of any tier. The other cloud provider's model at the same tier is the
fallback, except for an in-house (``local``) pin: data that must stay in-house never falls
back to a cloud provider.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desktop.core import paths
from desktop.core.errors import SettingsError
from desktop.core.send import classifier
from desktop.core.settings import TIERS, TeamSettings

CLOUD_PROVIDERS = ("anthropic", "openai")
TIER_NAMES = {"reasoning": "Reasoning", "execution": "Execution", "quick": "Quick"}
# The names with what each tier is for, where a screen has room to say it.
TIER_DESCRIPTIONS = {"reasoning": "Reasoning (hard thinking)", "execution": "Execution (everyday work)",
                     "quick": "Quick (short checks)"}
AUTOMATIC_TIER = "Tier chosen for each request"
_RANK = {"quick": 0, "execution": 1, "reasoning": 2}
CHEAPER = {"reasoning": "execution", "execution": "quick"}
# Dated ids: Anthropic's end in -YYYYMMDD, OpenAI's in -YYYY-MM-DD.
_DATED = re.compile(r"(?:\d{8}|\d{4}-\d{2}-\d{2})$")


@dataclass(frozen=True)
class Route:
    """Where one request goes, and why; shown to the user as ``label`` and ``reason``."""

    tier: str
    provider: str
    model: str
    label: str
    reason: str
    fallbacks: tuple[tuple[str, str], ...]  # (provider, model) to try after the primary
    warnings: tuple[str, ...] = ()
    # (tier, provider, model) of the next cheaper tier, offered beside the route; () on quick
    cheaper: tuple[str, str, str] | tuple[()] = ()


# --------------------------------------------------------------------------- the classifier


def classify(text: str, purpose: str = "") -> tuple[str, str]:
    """The tier a free-form request needs and a one-sentence reason a non-technical person can read.

    A trained linear model with exact rules on top (``classifier.py``); its weights ship as
    ``resources/routing/router.json``.
    """
    verdict = classifier.classify(text, purpose)
    return verdict.tier, verdict.reason


# --------------------------------------------------------------------------- pins and routes


@lru_cache(maxsize=1)
def default_pins() -> dict[str, dict[str, str]]:
    """``{tier: {"primary": provider, provider: model, ...}}`` from ``resources/tiers.toml``."""
    path = paths.resource("tiers.toml")
    try:
        raw: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"The default model list {path} could not be read ({exc}). Reinstall Promptdesk.") from exc
    pins: dict[str, dict[str, str]] = {}
    for tier in TIERS:
        entry = raw.get(tier) or {}
        primary, fallback = entry.get("primary") or {}, entry.get("fallback") or {}
        if not primary.get("provider") or not primary.get("model"):
            raise SettingsError(f"The default model list {path} has no model for the {tier} tier. Reinstall Promptdesk.")
        pins[tier] = {"primary": primary["provider"], primary["provider"]: primary["model"]}
        if fallback.get("provider") and fallback.get("model"):
            pins[tier][fallback["provider"]] = fallback["model"]
    return pins


def is_dated(model: str) -> bool:
    """True for a pinned snapshot id (``...-20260928``, ``...-2026-09-29``), not a moving alias."""
    return bool(_DATED.search(model))


def friendly_model_name(provider: str, model: str) -> str:
    """"Claude Sonnet", "GPT-6.1 Sol", "in-house llama3": a model family a person recognises."""
    if provider == "local":
        return f"in-house {model}"
    name = re.sub(r"[-@]?(?:\d{8}|\d{4}-\d{2}-\d{2})$", "", model)
    claude = re.match(r"claude-(?:[\d.-]+-)?([a-z]+)", name)
    if claude:
        return f"Claude {claude.group(1).capitalize()}"
    gpt = re.match(r"gpt-([\d.]+)(?:-([a-z]+))?", name)
    if gpt:
        return f"GPT-{gpt.group(1)}" + (f" {gpt.group(2).capitalize()}" if gpt.group(2) else "")
    return name


def label_for(tier: str, provider: str, model: str) -> str:
    return f"{TIER_NAMES.get(tier, tier.capitalize())} · {friendly_model_name(provider, model)}"


def tier_words(tier: str | None, *, described: bool = False) -> str:
    """A tier as every screen names it: "Execution", or with ``described`` "Execution (everyday
    work)"; a template without a tier has it chosen for each request."""
    if not tier:
        return AUTOMATIC_TIER
    return (TIER_DESCRIPTIONS if described else TIER_NAMES).get(tier, tier.capitalize())


def pin_for(tier: str, team: TeamSettings) -> tuple[str, str]:
    """The (provider, model) that serves ``tier``: the team's pin, else the default."""
    team_pin = team.tiers.get(tier)
    if team_pin is not None:
        return team_pin.provider, team_pin.model
    defaults = default_pins()[tier]
    return defaults["primary"], defaults[defaults["primary"]]


def fallbacks_for(tier: str, provider: str) -> tuple[tuple[str, str], ...]:
    """The other cloud provider's default model at the same tier; none for an in-house pin."""
    if provider not in CLOUD_PROVIDERS:
        return ()
    defaults = default_pins()[tier]
    return tuple((other, defaults[other]) for other in CLOUD_PROVIDERS if other != provider and other in defaults)


def _template_tier(template: Any) -> str:
    tier = str(getattr(template, "tier", "") or "").strip().lower() if template is not None else ""
    return tier if tier in TIERS else ""


def route_for(template: Any, request_text: str, team: TeamSettings, *, tier_override: str | None = None) -> Route:
    """The route for one request.

    ``template`` may be None ("Ask anything"); a template without a tier is classified from its
    purpose and the request text. ``tier_override`` is the user's own choice (where the team
    allows it) or the budget prompt's "use the execution tier instead".
    """
    if tier_override:
        if tier_override not in TIERS:
            raise SettingsError(f"There is no tier '{tier_override}'; use {', '.join(TIERS)}.")
        tier, reason = tier_override, f"You chose the {tier_override} tier for this request."
    elif _template_tier(template):
        tier = _template_tier(template)
        title = getattr(template, "title", "") or getattr(template, "id", "this template")
        reason = f"The template '{title}' is written for the {tier} tier."
    else:
        tier, reason = classify(request_text, str(getattr(template, "purpose", "") or ""))
    provider, model = pin_for(tier, team)
    warnings: list[str] = []
    if provider != "local" and not is_dated(model):
        warnings.append(
            f"The {tier} tier uses '{model}', a name whose model the provider can change at any time, so "
            "answers and prices may shift without notice. Ask whoever manages your team's settings to pin "
            "a dated model id."
        )
    if provider != "local":
        from desktop.core.send.pricing import has_price

        if not has_price(provider, model):
            warnings.append(
                f"Promptdesk has no price for '{model}', so its cost shows as $0. Ask whoever manages your "
                "team's settings to check the model name."
            )
    cheaper: tuple[str, str, str] | tuple[()] = ()
    if tier in CHEAPER:
        cheaper = (CHEAPER[tier], *pin_for(CHEAPER[tier], team))
    return Route(
        tier=tier, provider=provider, model=model, label=label_for(tier, provider, model), reason=reason,
        fallbacks=fallbacks_for(tier, provider), warnings=tuple(warnings), cheaper=cheaper,
    )
