"""The team's shared settings (``team.toml`` in the team folder), read field by field.

Rules this module keeps:

- Reading never raises. Every setting is checked on its own; a bad one becomes a
  ``TeamProblem`` naming its line and saying what to write instead, and every other setting is
  still used. A file that is not TOML at all is one problem for the whole file.
- Some settings protect the team: ``sensitive_terms`` (what is hidden before sending),
  ``approval_threshold``, ``monthly_budget``, ``personal_budgets`` and ``shared_audit`` (off keeps
  prompt text off the team drive). When one of them cannot be read, its default would silently
  weaken protection, so ``TeamSettings.blocked_reason`` is set and sending stops until the file
  is fixed: fail closed, never open. The app itself always starts.
- An unknown key that looks like a misspelt protective setting (``sensitive_term``) counts as
  that setting being unreadable: the operator meant to protect something. Other unknown keys
  are named with a did-you-mean and otherwise ignored.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from desktop.core.toml_lines import line_index, line_of

TEAM_FILE = "team.toml"
TIERS = ("reasoning", "execution", "quick")
PROVIDERS = ("anthropic", "openai", "local")
PROTECTIVE = ("sensitive_terms", "approval_threshold", "monthly_budget", "personal_budgets", "shared_audit")
MAX_MONEY = 1_000_000.0  # dollars a month: anything above is a typo, not a budget
MAX_FILE_BYTES = 1_000_000
DEFAULT_THRESHOLDS = (50, 75, 90, 100)


@dataclass(frozen=True)
class TeamProblem:
    """One setting that could not be used, and why, in words an operator can act on.

    ``protective`` problems stop sending; ``member`` narrows one to a single person (a personal
    budget that cannot be read stops only that person).
    """

    key: str  # dotted: "tiers.reasoning", "personal_budgets.sam"; "" for the whole file
    line: int | None
    message: str
    protective: bool = False
    member: str = ""

    def text(self, where: str = TEAM_FILE) -> str:
        place = f"{where}, line {self.line}" if self.line else where
        return f"{place}: {self.message}"


@dataclass
class TierPin:
    provider: str
    model: str


@dataclass
class TeamSettings:
    """The team's shared settings (``team.toml`` in the team folder), edited by the operator."""

    name: str = ""
    monthly_budget: float = 0.0
    personal_budgets: dict[str, float] = field(default_factory=dict)
    alert_thresholds: list[int] = field(default_factory=lambda: list(DEFAULT_THRESHOLDS))
    approval_threshold: float = 0.50
    tiers: dict[str, TierPin] = field(default_factory=dict)
    sensitive_terms: list[str] = field(default_factory=list)
    shared_audit: bool = False
    members_may_change_tiers: bool = False
    country: str = ""
    store: dict[str, Any] = field(default_factory=dict)  # [store]: checked and read by usage/store.py
    # Not settings: what went wrong reading them, and from where.
    problems: list[TeamProblem] = field(default_factory=list)
    source: str = ""

    def problem_text(self) -> str:
        """Every problem, one a line; empty when the file was read cleanly."""
        return "\n".join(problem.text(self.source or TEAM_FILE) for problem in self.problems)

    def blocked_reason(self, user: str = "") -> str:
        """Why ``user`` may not send while the file stays as it is, or an empty string."""
        blocking = [p for p in self.problems if p.protective and (not p.member or p.member == user)]
        if not blocking:
            return ""
        shown = "; ".join(p.text(self.source or TEAM_FILE) for p in blocking[:3])
        more = f" (and {len(blocking) - 3} more)" if len(blocking) > 3 else ""
        return (
            "Your team's privacy and spending settings could not be read, so nothing is sent until they "
            f"are fixed. {shown}{more}. Ask your operator to correct team.toml (Team set-up, or "
            "`promptdesk team show`)."
        )


SETTING_KEYS = ("name", "monthly_budget", "personal_budgets", "alert_thresholds", "approval_threshold",
                "tiers", "sensitive_terms", "shared_audit", "members_may_change_tiers", "country", "store")


T = TypeVar("T")


class Bad(ValueError):
    """A value that cannot be used; the message says what to write instead."""


# --------------------------------------------------------------------------- reading the file


def read_team_settings(team_dir: Path | None) -> TeamSettings:
    """Read ``team.toml``; never raises. No folder or no file gives the defaults, no problems."""
    if team_dir is None:
        return TeamSettings()
    path = team_dir / TEAM_FILE
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return _unreadable(str(path), None, "the file is far larger than team settings can be")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return TeamSettings(source=str(path))
    except (OSError, UnicodeDecodeError) as exc:
        return _unreadable(str(path), None, f"the file could not be read ({exc})")
    return parse_team_text(text, str(path))


def parse_team_text(text: str, where: str = TEAM_FILE) -> TeamSettings:
    """Settings from the text of a team.toml, with a problem per setting that cannot be used."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        line = int(found.group(1)) if found else None
        return _unreadable(where, line, f"this is not valid TOML ({exc}), so none of the team settings can be used")
    except (RecursionError, MemoryError):
        return _unreadable(where, None, "the file is nested far too deeply to be team settings")
    return parse_team_settings(raw, where, line_index(text))


def _unreadable(where: str, line: int | None, message: str) -> TeamSettings:
    return TeamSettings(problems=[TeamProblem("", line, message, protective=True)], source=where)


# --------------------------------------------------------------------------- field by field


class _Collector:
    def __init__(self, lines: dict[tuple[str, ...], int]) -> None:
        self.lines = lines
        self.problems: list[TeamProblem] = []

    def add(self, path: tuple[str, ...], message: str, *, protective: bool = False, member: str = "") -> None:
        # An empty key part is written as TOML writes it, so it never reads as "the whole file" ("").
        dotted = ".".join(part or '""' for part in path)
        self.problems.append(TeamProblem(dotted, line_of(self.lines, *path), message, protective, member))


def parse_team_settings(raw: dict[str, Any], where: str = TEAM_FILE,
                        lines: dict[tuple[str, ...], int] | None = None) -> TeamSettings:
    """Typed settings from a parsed team.toml; each bad setting is a problem, the rest are used."""
    team = TeamSettings(source=where)
    out = _Collector(lines or {})
    for key, value in raw.items():
        if key not in SETTING_KEYS:
            _unknown_key(key, out)
            continue
        try:
            _read_field(team, key, value, out)
        except Bad as exc:
            out.add((key,), str(exc), protective=key in PROTECTIVE)
    team.problems = out.problems
    return team


def _unknown_key(key: str, out: _Collector) -> None:
    from desktop.core.text import did_you_mean

    hint = did_you_mean(key, SETTING_KEYS)
    meant = hint.split("'")[1] if hint else ""
    # A misspelt protective setting means protection the operator asked for may not be in force,
    # even beside the real key (which may be the old value the misspelt line meant to replace).
    protective = meant in PROTECTIVE
    advice = hint or f" (settings are: {', '.join(SETTING_KEYS)})"
    out.add((key,), f"there is no setting called '{key}'{advice}", protective=protective)


def _read_field(team: TeamSettings, key: str, value: Any, out: _Collector) -> None:
    if key == "store":
        # Kept even when it cannot be used: sync then sends nowhere rather than to a guessed store.
        team.store = dict(value) if isinstance(value, dict) else {"kind": describe(value)}
    setattr(team, key, _READERS[key](value, key, out))


# Each setting's reader: (value, key, problems) -> the typed value, or raises Bad. Names are
# looked up when a file is read, so the readers may be defined further down.
_READERS: dict[str, Callable[[Any, str, _Collector], Any]] = {
    "name": lambda value, key, out: text(value, key),
    "monthly_budget": lambda value, key, out: money(value, key),
    "approval_threshold": lambda value, key, out: money(value, key),
    "personal_budgets": lambda value, key, out: _personal_budgets(value, out),
    "alert_thresholds": lambda value, key, out: alert_thresholds(value),
    "sensitive_terms": lambda value, key, out: _sensitive_terms(value, out),
    "shared_audit": lambda value, key, out: boolean(value, key),
    "members_may_change_tiers": lambda value, key, out: boolean(value, key),
    "tiers": lambda value, key, out: _tiers(value, out),
    "country": lambda value, key, out: country(value),
    "store": lambda value, key, out: _store(value),
}


def _store(value: Any) -> dict[str, Any]:
    """The ``[store]`` table, checked by the store module (not protective: records wait locally)."""
    from desktop.core.errors import SettingsError
    from desktop.core.usage.store import parse_store_settings

    if not isinstance(value, dict):
        raise Bad(f"'store' must be a table ([store] with kind, host, port, database, user), not {describe(value)}")
    try:
        parse_store_settings(value, TEAM_FILE)
    except SettingsError as exc:
        raise Bad(exc.message.removeprefix(f"{TEAM_FILE}: ")) from None
    return dict(value)


def describe(value: Any) -> str:
    """A value as a person would recognise it in a message, kept short."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value[:40]}…"' if len(value) > 40 else f'"{value}"'
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int | float):
        return repr(value)
    return f"a {type(value).__name__}"


def money(value: Any, key: str) -> float:
    """A dollar amount: a finite number, not negative, not absurd."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Bad(f"'{key}' must be an amount in dollars, like 200 or 0.5, not {describe(value)}")
    if isinstance(value, float) and not math.isfinite(value):
        raise Bad(f"'{key}' must be an ordinary amount in dollars, like 200, not {describe(value)}")
    if value < 0:
        raise Bad(f"'{key}' cannot be negative ({describe(value)}); write 0 for none")
    if value > MAX_MONEY:
        raise Bad(f"'{key}' of {describe(value)} is more than {MAX_MONEY:,.0f} dollars; check the number")
    return float(value)


def alert_thresholds(value: Any) -> list[int]:
    """Percentages of the budget at which to warn, each between 1 and 1000."""
    if not isinstance(value, list):
        raise Bad(f"'alert_thresholds' must be a list of percentages, like [50, 75, 90, 100], not {describe(value)}")
    result = set()
    for item in value:
        ok = isinstance(item, int | float) and not isinstance(item, bool) and math.isfinite(item) and 1 <= item <= 1000
        if not ok:
            raise Bad(f"'alert_thresholds' must hold percentages between 1 and 1000, not {describe(item)}; "
                      f"the usual {list(DEFAULT_THRESHOLDS)} are used until it is fixed")
        result.add(round(item))
    return sorted(result)


def boolean(value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise Bad(f"'{key}' must be true or false, not {describe(value)}")
    return value


def text(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise Bad(f"'{key}' must be text in quotes, not {describe(value)}")
    return value.strip()


def country(value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"\s*[A-Za-z]{2}\s*", value):
        raise Bad(f"'country' must be a two-letter country code in quotes, like \"US\" or \"GB\", not {describe(value)}")
    return value.strip().upper()


def _misplaced(key: str, table: str, out: _Collector) -> bool:
    """A team setting written below a ``[table]`` line belongs to that table in TOML: the
    operator meant the setting, so say so, and treat a protective one as unreadable."""
    from desktop.core.text import did_you_mean

    hint = did_you_mean(key, SETTING_KEYS)
    meant = key if key in SETTING_KEYS else hint.split("'")[1] if hint else ""
    if not meant:
        return False
    out.add((table, key), f"'{key}' is inside [{table}], so it is not read as the team's '{meant}'; move it "
            f"above the first line in square brackets", protective=meant in PROTECTIVE)
    return True


def _personal_budgets(value: Any, out: _Collector) -> dict[str, float]:
    if not isinstance(value, dict):
        raise Bad(f"'personal_budgets' must be a table of names and amounts, like {{ sam = 40 }}, not {describe(value)}")
    return _entries(value, "personal_budgets", out, lambda member, amount: money(amount, f"personal_budgets.{member}"),
                    lambda member, exc: out.add(("personal_budgets", member), str(exc), protective=True, member=member))


def _entries(value: dict[str, Any], table: str, out: _Collector, read: Callable[[str, Any], T],
             failed: Callable[[str, Bad], None], known: Collection[str] = ()) -> dict[str, T]:
    """Each entry of a table read on its own: a bad one is ``failed``, the others are kept; a
    team setting written inside the table (not one of ``known``) is named as misplaced."""
    entries: dict[str, T] = {}
    for key, item in value.items():
        if key not in known and _misplaced(key, table, out):
            continue
        try:
            entries[key] = read(key, item)
        except Bad as exc:
            failed(key, exc)
    return entries


def split_terms(value: str) -> list[str]:
    """Terms written as one text: separated by commas or new lines."""
    return [part.strip() for part in re.split(r"[,\n]", value) if part.strip()]


def _sensitive_terms(value: Any, out: _Collector) -> list[str]:
    if isinstance(value, str):
        # Hiding the words is what the operator wanted; do it, and say how to write it.
        terms = split_terms(value)
        out.add(("sensitive_terms",), "'sensitive_terms' should be a list, like [\"Project Falcon\", \"Acme\"]; "
                f"it is read as {len(terms)} term{'s' if len(terms) != 1 else ''} until it is fixed")
        return terms
    if not isinstance(value, list):
        raise Bad(f"'sensitive_terms' must be a list of words in quotes, like [\"Project Falcon\"], not {describe(value)}")
    terms = []
    for item in value:
        if isinstance(item, str):
            if item.strip():
                terms.append(item.strip())
        elif isinstance(item, int) and not isinstance(item, bool):
            terms.append(str(item))
        else:
            out.add(("sensitive_terms",), f"'sensitive_terms' holds {describe(item)}, which is not a word in quotes",
                    protective=True)
    return terms


def _tiers(value: Any, out: _Collector) -> dict[str, TierPin]:
    from desktop.core.text import did_you_mean

    if not isinstance(value, dict):
        raise Bad(f"'tiers' must be a table, like [tiers.quick] with provider and model, not {describe(value)}")

    def read(tier: str, pin: Any) -> TierPin:
        if tier not in TIERS:
            raise Bad(f"there is no tier '{tier}'{did_you_mean(tier, TIERS)} (use {', '.join(TIERS)})")
        return tier_pin(tier, pin)

    def failed(tier: str, exc: Bad) -> None:
        known = f"; the usual model serves the {tier} tier until it is fixed" if tier in TIERS else ""
        out.add(("tiers", tier), f"{exc}{known}")

    return _entries(value, "tiers", out, read, failed, known=TIERS)


def tier_pin(tier: str, pin: Any) -> TierPin:
    example = f'{tier} = {{ provider = "anthropic", model = "claude-sonnet-4-5" }}'
    if not isinstance(pin, dict):
        raise Bad(f"tier '{tier}' must name a provider and a model, like {example}, not {describe(pin)}")
    extra = sorted(set(pin) - {"provider", "model"})
    if extra:
        raise Bad(f"tier '{tier}' has '{extra[0]}', but only provider and model can be set")
    provider, model = pin.get("provider"), pin.get("model")
    if provider not in PROVIDERS:
        raise Bad(f"tier '{tier}' names provider {describe(provider)}; use one of {', '.join(PROVIDERS)}")
    if not isinstance(model, str) or not model.strip():
        raise Bad(f"tier '{tier}' needs a model name in quotes, like {example}")
    return TierPin(str(provider), model.strip())
