"""Edits to team.toml, checked with the same functions that read it (``team_settings``).

An ``Edit`` sets or removes one setting; ``check_edit`` turns its value into the file's type or
refuses it with words saying what to write; ``edit_from_text`` reads a value as a person types
it on the command line; ``edits_for`` turns a whole set-up form into the edits of what changed.
Saving them is ``team_file.save_edits``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core import team_settings as ts
from desktop.core.errors import SettingsError


@dataclass(frozen=True)
class Edit:
    """Set (or, with ``value=None``, remove) one setting. ``path`` is dotted in the file:
    ``("monthly_budget",)``, ``("personal_budgets", "sam")``, ``("tiers", "quick")``."""

    path: tuple[str, ...]
    value: Any


# --------------------------------------------------------------------------- checking edits


def check_edit(edit: Edit) -> Edit:
    """The edit with its value in the file's type, or ``SettingsError`` saying what to write."""
    key, rest = edit.path[0], edit.path[1:]
    if key == "store":  # a table of its own, set up and checked by `promptdesk team-db`
        raise SettingsError("The team's database ([store]) is set with `promptdesk team-db`, not here.")
    if key not in ts.SETTING_KEYS:
        from desktop.core.text import did_you_mean

        raise SettingsError(f"There is no team setting called '{key}'{did_you_mean(key, ts.SETTING_KEYS) or '.'}")
    try:
        return Edit(edit.path, _checked_value(key, rest, edit.value))
    except ts.Bad as exc:
        raise SettingsError(str(exc)[:1].upper() + str(exc)[1:] + ".") from exc


def _checked_value(key: str, rest: tuple[str, ...], value: Any) -> Any:
    if key in ("personal_budgets", "tiers") and len(rest) != 1:
        what = "a name, like personal_budgets.sam" if key == "personal_budgets" else "a tier, like tiers.quick"
        raise ts.Bad(f"'{key}' is set one entry at a time: give {what}")
    if key not in ("personal_budgets", "tiers") and rest:
        raise ts.Bad(f"'{key}' has no parts to set")
    if value is None:
        return None
    if key == "personal_budgets":
        if not rest[0].strip():
            raise ts.Bad("a personal budget needs the person's name")
        return _plain_number(ts.money(value, f"personal_budgets.{rest[0]}"))
    if key == "tiers":
        if rest[0] not in ts.TIERS:
            raise ts.Bad(f"there is no tier '{rest[0]}' (use {', '.join(ts.TIERS)})")
        pin = ts.tier_pin(rest[0], value)
        return {"provider": pin.provider, "model": pin.model}
    if key in ("monthly_budget", "approval_threshold"):
        return _plain_number(ts.money(value, key))
    if key == "alert_thresholds":
        return ts.alert_thresholds(value)
    if key == "sensitive_terms":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ts.Bad("'sensitive_terms' must be a list of words")
        return list(dict.fromkeys(v.strip() for v in value if v.strip()))
    if key in ("shared_audit", "members_may_change_tiers"):
        return ts.boolean(value, key)
    if key == "country":
        return ts.country(value) if value else None  # empty: each person's own country
    return ts.text(value, key)


def _plain_number(value: float) -> int | float:
    return int(value) if value.is_integer() else value


# --------------------------------------------------------------------------- two editors at once


def merge_list(base: list[Any], theirs: list[Any], ours: list[Any]) -> list[Any]:
    """A list setting edited by two people from the same version (``base``): what we removed
    goes, what we added comes, and everything they did stays ("Falcon" added by one, "Acme"
    removed by the other: both). Their order first, our additions after."""
    removed = [item for item in base if item not in ours]
    added = [item for item in ours if item not in base]
    merged = [item for item in theirs if item not in removed]
    return merged + [item for item in dict.fromkeys(added) if item not in merged]


def merge_list_edits(edits: list[Edit], theirs: dict[str, tuple[Any, Any]]) -> tuple[list[Edit], set[str]]:
    """``edits`` with each whole-list edit merged three ways with a list someone else changed
    meanwhile (``theirs``: key → (as we read it, as it is now)); returns the edits and the keys
    merged. A list they removed, or a setting that is not a list, is left for the caller to ask about.

    Raises:
        SettingsError: a merged value is not valid (checked like any edit).
    """
    out, merged = [], set()
    for edit in edits:
        key = edit.path[0]
        before, after = theirs.get(key, (None, None))
        if len(edit.path) == 1 and key in theirs and isinstance(edit.value, list) and isinstance(after, list) \
                and isinstance(before, list | None):
            edit = check_edit(Edit(edit.path, merge_list(before or [], after, edit.value)))
            merged.add(key)
        out.append(edit)
    return out, merged


# --------------------------------------------------------------------------- values typed as text

_NONE_WORDS = {"", "none", "remove", "unset"}
_BOOL_WORDS = {"true": True, "yes": True, "on": True, "1": True, "false": False, "no": False, "off": False, "0": False}


def edit_from_text(key: str, text: str) -> Edit:
    """An edit from ``promptdesk team set KEY VALUE``: the value as a person types it
    ("$200", "yes", "Acme, Project Falcon", "openai:gpt-4o-mini"), checked like any other."""
    path = tuple(part.strip() for part in key.split(".", 1))
    name, raw = path[0], text.strip()
    value: Any = raw
    if len(path) > 1 and raw.lower() in _NONE_WORDS:
        value = None
    elif name in ("monthly_budget", "approval_threshold", "personal_budgets"):
        try:
            value = float(raw.replace("$", "").replace(",", "").strip())
        except ValueError:
            raise SettingsError(f"'{key}' needs an amount in dollars, like 200 or 0.50, not \"{raw}\".") from None
    elif name in ("shared_audit", "members_may_change_tiers"):
        if raw.lower() not in _BOOL_WORDS:
            raise SettingsError(f"'{key}' needs yes or no, not \"{raw}\".")
        value = _BOOL_WORDS[raw.lower()]
    elif name == "alert_thresholds":
        try:
            value = [float(part) for part in raw.replace(",", " ").replace("%", " ").split()]
        except ValueError:
            raise SettingsError(f"'{key}' needs percentages, like \"50, 75, 90, 100\", not \"{raw}\".") from None
    elif name == "sensitive_terms":
        value = ts.split_terms(raw)
    elif name == "tiers" and value is not None:
        provider, sep, model = raw.replace("/", ":", 1).partition(":")
        if not sep:
            raise SettingsError(f"'{key}' needs a provider and a model, like \"anthropic:claude-sonnet-4-5\".")
        value = {"provider": provider.strip(), "model": model.strip()}
    return check_edit(Edit(path, value))


# --------------------------------------------------------------------------- from a whole form

SCALAR_KEYS = ("name", "monthly_budget", "alert_thresholds", "approval_threshold", "sensitive_terms",
               "shared_audit", "members_may_change_tiers", "country")


def edits_for(team: ts.TeamSettings, wanted: dict[str, Any]) -> list[Edit]:
    """The edits that turn ``team`` (as read) into ``wanted`` (a set-up form's values), each
    checked: only what the person changed is written, so a save never rewrites the rest.

    ``wanted["personal_budgets"]`` is ``{name: dollars}``; ``wanted["tiers"]`` is
    ``{tier: (provider, model) or None}`` where None means Promptdesk's own choice.

    Raises:
        SettingsError: a value is not valid; the message names it.
    """
    edits = [Edit((key,), wanted[key]) for key in SCALAR_KEYS
             if key in wanted and wanted[key] != getattr(team, key)]
    budgets = wanted.get("personal_budgets", team.personal_budgets)
    for name in team.personal_budgets.keys() - budgets.keys():
        edits.append(Edit(("personal_budgets", name), None))
    edits += [Edit(("personal_budgets", name.strip()), amount) for name, amount in budgets.items()
              if team.personal_budgets.get(name.strip()) != amount]
    for tier, pin in wanted.get("tiers", {}).items():
        current = team.tiers.get(tier)
        now = (current.provider, current.model) if current else None
        if pin != now:
            edits.append(Edit(("tiers", tier), {"provider": pin[0], "model": pin[1]} if pin else None))
    return [check_edit(edit) for edit in edits]
