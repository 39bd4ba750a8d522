"""Spend views and budget alerts.

Figures come from the team file when it can be read, plus this computer's records that have
never reached it yet (so a run counts the moment it is recorded); when the team file cannot be
read they come from this computer's ledger alone, and say so (``source``); the reading is
``spend_reader.py``'s. Months are calendar months in UTC, matching the UTC times stored in every
record. The results are frozen dataclasses (``PersonalSpend``, ``TeamSpend``) whose field order is
the key order of ``promptdesk spend --json``.

Alerts are produced here and shown by the GUI: each has a ``key`` unique per scope, threshold
or kind, month (or week) and user; once ``mark_alert_shown`` records a key in this computer's
ledger, that alert is not produced again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from desktop.core.money import money
from desktop.core.run import DONE
from desktop.core.usage.spend_reader import SpendReader, month_bounds, spend_reader

if TYPE_CHECKING:
    from desktop.core.context import AppContext

JUMP_RATIO = 1.5  # week-over-week: warn above +50%
JUMP_MIN_SPEND = 1.0  # ... but not about cents: the last 7 days must reach this many dollars
PACE_DAY = 15  # half the budget gone before this day of the month is a pace warning


@dataclass
class BudgetStatus:
    spent: float
    budget: float
    fraction: float
    scope: str  # "team" | "personal"
    source: str  # "team file" | "this computer"


@dataclass
class Alert:
    key: str
    level: str  # "info" | "warning" | "critical"
    message: str


# The field order is the order of ``promptdesk spend --json``'s keys, which scripts read.
@dataclass(frozen=True)
class PersonalSpend:
    """One member's month. Each ``by_*`` maps a name to dollars (read-only: the value is frozen):
    ``by_day`` "YYYY-MM-DD" in date order; ``by_template`` a template id ("" for free-form
    requests); ``by_tier``; ``by_model``."""

    month: str
    total: float
    runs: int  # answered runs
    by_day: Mapping[str, float]
    by_template: Mapping[str, float]
    by_tier: Mapping[str, float]
    by_model: Mapping[str, float]
    saved_by_routing: float  # the done runs priced on the reasoning tier minus what they cost
    source: str  # spend_reader.TEAM_FILE_SOURCE | LOCAL_SOURCE
    budget: float = 0.0  # this member's personal budget; 0: none


@dataclass(frozen=True)
class TeamSpend:
    """The team's month: ``by_member`` maps a member to dollars, dearest first."""

    month: str
    total: float
    runs: int  # answered runs
    by_member: Mapping[str, float]
    source: str  # spend_reader.TEAM_FILE_SOURCE | LOCAL_SOURCE; from this computer only this member's runs are known
    budget: float = 0.0  # the team's monthly budget; 0: none


def _now(now: datetime | None) -> datetime:
    return now.astimezone(UTC) if now is not None else datetime.now(UTC)


def _add(target: dict[str, float], key: str, value: float) -> None:
    target[key] = round(target.get(key, 0.0) + (value or 0.0), 10)


# ---------------------------------------------------------------------------- spend views


def _personal(reader: SpendReader, user: str, month: str) -> PersonalSpend:
    # Two small groupings cost less than one by day, template, tier, model and status at once
    # (thousands of groups to sort for a busy member's month).
    start, end = month_bounds(month)
    where, params = "user = ? AND started_at >= ? AND started_at < ?", [user, start, end]
    days = reader.rows("substr(started_at, 1, 10), total(status = 'done'), total(actual_cost)", where, params,
                       "GROUP BY 1", index="usage_member_month")
    kinds = reader.rows("template_id, tier, model, status, total(actual_cost), total(reasoning_cost)", where,
                        params, "GROUP BY 1, 2, 3, 4", index="usage_member_month")
    total, runs, saved = 0.0, 0, 0.0
    by_day: dict[str, float] = {}
    by_template: dict[str, float] = {}
    by_tier: dict[str, float] = {}
    by_model: dict[str, float] = {}
    for day, count, cost in days:
        total += cost
        runs += int(count)
        _add(by_day, day, cost)
    for template_id, tier, model, status, cost, reasoning in kinds:
        _add(by_template, template_id or "", cost)
        _add(by_tier, tier or "", cost)
        _add(by_model, model or "", cost)
        if status == DONE:
            saved += reasoning - cost
    return PersonalSpend(month=month, total=round(total, 10), runs=runs, by_day=dict(sorted(by_day.items())),
                         by_template=by_template, by_tier=by_tier, by_model=by_model,
                         saved_by_routing=round(saved, 10), source=reader.source)


# The team's month per member without sorting the month's records: hop from member to member
# along the (user, started_at) index, then count each one's month from the same index. A
# handful of members makes this a few dozen index seeks however big the file is.
_TEAM_BY_MEMBER_SQL = """
WITH RECURSIVE members(user) AS (
    SELECT (SELECT min(user) FROM usage INDEXED BY usage_member_month)
    UNION ALL
    SELECT (SELECT min(user) FROM usage INDEXED BY usage_member_month WHERE user > members.user)
    FROM members WHERE members.user IS NOT NULL
)
SELECT user,
    (SELECT total(status = 'done') FROM usage INDEXED BY usage_member_month
     WHERE usage.user = members.user AND started_at >= ?1 AND started_at < ?2),
    (SELECT total(actual_cost) FROM usage INDEXED BY usage_member_month
     WHERE usage.user = members.user AND started_at >= ?1 AND started_at < ?2)
FROM members WHERE user IS NOT NULL
"""


def _team(reader: SpendReader, month: str) -> TeamSpend:
    start, end = month_bounds(month)
    rows = reader.rows("user, total(status = 'done'), total(actual_cost)", "started_at >= ? AND started_at < ?",
                       [start, end], "GROUP BY user", shared_sql=_TEAM_BY_MEMBER_SQL)
    by_member: dict[str, float] = {}
    total, runs = 0.0, 0
    for user, count, cost in rows:
        if not count and not cost:
            continue
        _add(by_member, user or "", cost)
        total += cost
        runs += int(count)
    return TeamSpend(month=month, total=round(total, 10), runs=runs,
                     by_member=dict(sorted(by_member.items(), key=lambda item: -item[1])), source=reader.source)


def personal_spend(context: AppContext, month: str | None = None, *, now: datetime | None = None) -> PersonalSpend:
    """This member's spend in ``month`` (default: this month): total, by day, template, tier and
    model, what routing saved (the done runs priced on the reasoning tier minus their cost),
    the personal budget (0: none) and where the figures come from."""
    month = month or _now(now).strftime("%Y-%m")
    with spend_reader(context) as reader:
        result = _personal(reader, context.user, month)
    return replace(result, budget=float(context.team.personal_budgets.get(context.user, 0.0)))


def team_spend(context: AppContext, month: str | None = None, *, now: datetime | None = None) -> TeamSpend:
    """The team's spend in ``month``: total, per member, the monthly budget and the source (from
    this computer alone only this member's runs are known)."""
    month = month or _now(now).strftime("%Y-%m")
    with spend_reader(context) as reader:
        result = _team(reader, month)
    return replace(result, budget=float(context.team.monthly_budget))


def _status(spent: float, budget: float, scope: str, source: str) -> BudgetStatus:
    return BudgetStatus(spent=spent, budget=budget, fraction=spent / budget if budget > 0 else 0.0,
                        scope=scope, source=source)


def month_status(context: AppContext, *, scope: str = "team", now: datetime | None = None) -> BudgetStatus:
    """This month's spend against the team budget or this member's personal budget."""
    month = _now(now).strftime("%Y-%m")
    if scope == "personal":
        mine = personal_spend(context, month)
        return _status(mine.total, mine.budget, "personal", mine.source)
    team = team_spend(context, month)
    return _status(team.total, team.budget, "team", team.source)


# ---------------------------------------------------------------------------- alerts


def _level(threshold: int) -> str:
    return "critical" if threshold >= 100 else "warning" if threshold >= 75 else "info"


def _threshold_alert(status: BudgetStatus, thresholds: list[int], month: str, user: str) -> Alert | None:
    """The highest threshold crossed: crossing 90% at once does not also announce 50 and 75."""
    crossed = [t for t in thresholds if status.budget > 0 and status.spent >= status.budget * t / 100]
    if not crossed:
        return None
    top = max(crossed)
    if status.scope == "team":
        message = f"The team has used {top}% of this month's {money(status.budget)} budget."
    else:
        message = f"You have used {top}% of your {money(status.budget)} budget this month."
    if top >= 100:
        message += f" Spent so far: {money(status.spent)}."
    return Alert(f"{status.scope}:{top}:{month}:{user}", _level(top), message)


def _pace_alert(status: BudgetStatus, today: datetime, month: str, user: str) -> Alert | None:
    if status.budget <= 0 or today.day >= PACE_DAY or status.spent < status.budget / 2:
        return None
    who = "The team has" if status.scope == "team" else "You have"
    whose = "this month's" if status.scope == "team" else "your"
    return Alert(f"pace:{status.scope}:{month}:{user}", "warning",
                 f"{who} already spent half of {whose} {money(status.budget)} budget before the {PACE_DAY}th.")


def _jump_alert(reader: SpendReader, scope: str, user: str, today: datetime) -> Alert | None:
    """Spend of the last 7 days against the 7 before, for the team or this member."""
    edges = [(today - timedelta(days=days)).isoformat(timespec="milliseconds") for days in (14, 7, 0)]
    who_sql, who_params = ("", []) if scope == "team" else ("user = ? AND ", [user])
    totals = []
    for start, end in ((edges[0], edges[1]), (edges[1], edges[2])):
        rows = reader.rows("total(actual_cost)", f"{who_sql}started_at >= ? AND started_at < ?",
                           [*who_params, start, end], index="usage_month" if scope == "team" else "usage_member_month")
        totals.append(sum(row[0] for row in rows))
    before, last = totals
    if before <= 0 or last < JUMP_MIN_SPEND or last <= before * JUMP_RATIO:
        return None
    year, week, _ = today.isocalendar()
    who = "The team's spending" if scope == "team" else "Your spending"
    return Alert(f"jump:{scope}:{year}-W{week:02d}:{user}", "warning",
                 f"{who} in the last 7 days ({money(last)}) is {round((last / before - 1) * 100)}% higher "
                 f"than the week before ({money(before)}).")


def pending_alerts(context: AppContext, *, now: datetime | None = None) -> list[Alert]:
    """Alerts not yet shown on this computer: thresholds, pace and week-over-week jumps, for
    the team budget and this member's personal budget."""
    today = _now(now)
    month, user = today.strftime("%Y-%m"), context.user
    thresholds = sorted(context.team.alert_thresholds)
    alerts: list[Alert | None] = []
    with spend_reader(context) as reader:
        team = _team(reader, month)
        team_status = _status(team.total, float(context.team.monthly_budget), "team", reader.source)
        alerts += [_threshold_alert(team_status, thresholds, month, user), _pace_alert(team_status, today, month, user)]
        personal_budget = float(context.team.personal_budgets.get(user, 0.0))
        if personal_budget > 0:
            mine = _personal(reader, user, month)
            status = _status(mine.total, personal_budget, "personal", reader.source)
            alerts += [_threshold_alert(status, thresholds, month, user), _pace_alert(status, today, month, user)]
        if context.team_dir is not None:
            alerts.append(_jump_alert(reader, "team", user, today))
        alerts.append(_jump_alert(reader, "personal", user, today))
    ledger = context.ledger
    return [alert for alert in alerts if alert is not None and not ledger.alert_shown(alert.key)]


def mark_alert_shown(context: AppContext, key: str) -> None:
    """Never produce the alert with this key again on this computer."""
    context.ledger.mark_alert_shown(key)
