"""Which tier a request needs, and which pinned model serves that tier.

Users never pick a model. A template names its tier, or a local classifier reads the request
(no network call, a few regular expressions) and follows the team's routing rules:

- judgment, voice, persuasion, strategy, client-facing writing, ambiguity, recovering from a
  failure -> ``reasoning``;
- clear instructions with a defined output (code, data transformation, summaries, extraction
  of many items, filling a template) -> ``execution``;
- short verifiable answers (yes/no checks, labels from a given list, one value pulled out, one
  small item converted) -> ``quick``.

When the signals disagree or there are none, it picks the higher tier and says why: a wasted
cent is cheaper than a wrong answer sent to a client.

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
from desktop.core.settings import TIERS, TeamSettings

CLOUD_PROVIDERS = ("anthropic", "openai")
TIER_NAMES = {"reasoning": "Reasoning", "execution": "Execution", "quick": "Quick"}
_RANK = {"quick": 0, "execution": 1, "reasoning": 2}
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


# --------------------------------------------------------------------------- the classifier

# (tier, what the rule is called in the reason, pattern). Patterns run on lower-cased text.
_CUES: tuple[tuple[str, str, str], ...] = (
    ("reasoning", "judgment", r"\b(decide|decision|should (?:we|i)|which option|trade-?offs?|pros and cons|"
     r"evaluate|assess|prioriti[sz]e|recommend\w*|advi[cs]e|weigh up|is it worth)\b"),
    ("reasoning", "strategy", r"\b(strateg\w*|roadmap|positioning|go-to-market|long-term plan|business plan)\b"),
    ("reasoning", "persuasion", r"\b(persua\w*|convinc\w*|win (?:them |him |her )?back|pitch\w*|negotiat\w*|"
     r"objections?|cold (?:email|outreach)|sales (?:email|letter)|proposal)\b"),
    ("reasoning", "voice and tone", r"\b(tone|our voice|brand voice|on-brand|empath\w*|apolog\w*|friendlier|"
     r"more polite|warmer|softer|"
     r"diplomatic\w*|delicate|tactful\w*|heartfelt|sensitive subject)\b"),
    ("reasoning", "client-facing writing", r"\b(client-facing|customer-facing|(?:to|for) (?:a|the|our|my) "
     r"(?:clients?|customers?|prospects?|investors?|board)|press release|announcement|linkedin post|"
     r"reply to (?:a|an|the|this) (?:complaint|angry|unhappy)|blog post|newsletter|website copy|landing page|"
     r"ad copy|tagline|slogan|product description|social media post)\b"),
    ("reasoning", "ambiguity", r"\b(ambiguous|unclear|open-ended|brainstorm\w*|not sure (?:how|what|whether)|"
     r"what do you think|creative|ideas for)\b"),
    ("reasoning", "recovering from a failure", r"\b(didn'?t work|did not work|went wrong|still (?:wrong|broken)|"
     r"(?:previous|last) (?:answer|attempt|version) (?:was|is)|was rejected|fix (?:the|this|your) answer)\b"),
    ("execution", "a summary", r"\b(summari[sz]\w*|summary|recap|meeting notes|minutes|tl;?dr|key points)\b"),
    ("execution", "extracting many items", r"\b((?:extract|list|find|pull out) (?:all|every|each)|"
     r"action items|make a (?:list|table)|bullet(?:ed)? list)\b"),
    ("execution", "code", r"\b(code|function|script|sql|regex|python|javascript|typescript|refactor\w*|"
     r"unit tests?|stack trace|compile\w*)\b"),
    ("execution", "a data transformation", r"\b(reformat\w*|transform\w*|format (?:it |this |them )?as|json|csv|"
     r"(?:as|in) a table|"
     r"yaml|markdown table|spreadsheet|translat\w*|clean up|convert (?:the|these|all|this (?:file|list|table|"
     r"document|text|spreadsheet)))\b"),
    ("execution", "filling a template", r"\b(fill (?:in|out)|following (?:this |the )?(?:format|template|"
     r"structure)|use this template|outline|job description|from (?:these|my) notes|rewrite (?:this|it) as)\b"),
    ("quick", "a yes/no check", r"(\byes or no\b|\byes/no\b|\btrue or false\b|^\s*(?:is|are|does|do|can|has) "
     r"(?:this|it|there|these)\b|\bcheck (?:whether|if)\b)"),
    ("quick", "a label from a given list", r"\b(classify|categori[sz]e|which category|label (?:it|this|each)|"
     r"sentiment|spam or not|positive or negative|one of the following)\b"),
    ("quick", "pulling out one value", r"\b((?:what|which) is the (?:date|total|amount|price|number|name|"
     r"deadline|due date|invoice number)|(?:extract|find|get) the (?:date|total|amount|price|invoice number|"
     r"order number|email address|phone number|deadline)|how many)\b"),
    ("quick", "one fact", r"\A\s*(?:what|when|where|who|which|how (?:many|much|long|old|far))\b"
     r"[^\n?]{0,100}\?\s*\Z"),
    ("quick", "converting one small item", r"\b(convert (?:this|one|the) (?:date|number|amount|unit|time|"
     r"temperature|currency)|\d+(?:\.\d+)?\s*(?:km|miles|kg|lbs?|usd|eur|gbp|°?[cf]) (?:to|in|into)\b)"),
)
_COMPILED = tuple((tier, name, re.compile(pattern, re.MULTILINE)) for tier, name, pattern in _CUES)
_LONG = 1000  # past this, a request is read as instructions around pasted material
_EDGE = 600  # how much of the first and last paragraph of a long request is read


def _scan(text: str) -> dict[str, list[str]]:
    hits: dict[str, list[str]] = {tier: [] for tier in TIERS}
    for tier, name, pattern in _COMPILED:
        if pattern.search(text) and name not in hits[tier]:
            hits[tier].append(name)
    return hits


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _instructions(text: str) -> str:
    """The first and last paragraph of a long request: where people write what they want.

    Pasted material (an email, a transcript) in between would only add noise, and could steer
    the route if it were read.
    """
    if len(text) <= _LONG:
        return text
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return paragraphs[0][:_EDGE] + "\n" + paragraphs[-1][-_EDGE:]


def classify(text: str, purpose: str = "") -> tuple[str, str]:
    """The tier a request needs and a one-sentence reason a non-technical person can read."""
    hits = _scan(purpose.lower())
    for tier, names in _scan(_instructions(text).lower()).items():  # apart: "one fact" reads the request alone
        hits[tier] += [name for name in names if name not in hits[tier]]
    reasoning, execution, quick = hits["reasoning"], hits["execution"], hits["quick"]
    if reasoning and (execution or quick):
        other = _join(execution + quick)
        return "reasoning", (
            f"It looks like {other}, but it also involves {_join(reasoning)}; when unsure Promptdesk "
            "picks the higher tier."
        )
    if reasoning:
        return "reasoning", f"It involves {_join(reasoning)}, which needs careful judgment."
    if execution and quick:
        return "execution", (
            f"It could be {_join(quick)}, but it also asks for {_join(execution)}; when unsure Promptdesk "
            "picks the higher tier."
        )
    if execution:
        return "execution", f"It asks for {_join(execution)}: clear instructions with a defined result."
    if quick:
        return "quick", f"It asks for {_join(quick)}: a short answer that is easy to check."
    return "reasoning", (
        "Promptdesk could not tell what kind of job this is, so it picked the reasoning tier to be safe."
    )


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
    return Route(
        tier=tier, provider=provider, model=model, label=label_for(tier, provider, model), reason=reason,
        fallbacks=fallbacks_for(tier, provider), warnings=tuple(warnings),
    )
