"""The team dashboard: where the money goes, whether it is speeding up, and how good the answers are.

Figures come from the team file plus this computer's records not yet synced (the reader the
spend views use), so the dashboard works from any member's copy; ``source`` says when it is
this computer alone. Everything is computed from one grouped query per period: by member,
template, tier and day, with status and review counts.

- Week over week: the last 7 days against the 7 before, for the team and for each template;
  a rise of ``JUMP_RATIO`` (50%) or more on at least ``JUMP_MIN_SPEND`` dollars is an alert
  ("Spend on Meeting summary is up 80% on last week").
- Pace: this month's spend so far, spread over the days gone, carried to the month's end.
- Quality per template: approval rate (answers marked approved among those answered) and
  thumbs-down rate (thumbs down among those answered), the signal that a template needs work.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from desktop.core.usage.budget import JUMP_MIN_SPEND, JUMP_RATIO
from desktop.core.usage.spend_reader import month_bounds, spend_reader

if TYPE_CHECKING:
    from desktop.core.context import AppContext

_COLUMNS = ("user, template_id, max(template_title), tier, status, substr(started_at, 1, 10), count(*), "
            "total(actual_cost), total(approved), total(feedback < 0)")


@dataclass
class TemplateFigures:
    template_id: str
    title: str
    cost: float = 0.0
    answered: int = 0
    approved: int = 0
    thumbs_down: int = 0
    last_7_days: float = 0.0
    previous_7_days: float = 0.0

    @property
    def approval_rate(self) -> float | None:
        return self.approved / self.answered if self.answered else None

    @property
    def thumbs_down_rate(self) -> float | None:
        return self.thumbs_down / self.answered if self.answered else None


@dataclass
class Dashboard:
    month: str
    source: str
    total: float = 0.0
    budget: float = 0.0
    projected: float = 0.0  # at this pace, by the month's end
    by_member: dict[str, float] = field(default_factory=dict)
    by_tier: dict[str, float] = field(default_factory=dict)
    by_week: dict[str, float] = field(default_factory=dict)  # "2026-W10"
    by_day: dict[str, float] = field(default_factory=dict)
    templates: list[TemplateFigures] = field(default_factory=list)  # dearest first
    failed: int = 0
    waiting: int = 0
    last_7_days: float = 0.0
    previous_7_days: float = 0.0
    alerts: list[str] = field(default_factory=list)


def team_dashboard(context: AppContext, month: str | None = None, *, now: datetime | None = None) -> Dashboard:
    """The dashboard for ``month`` (default: this month); weeks compared end at ``now``."""
    today = (now or datetime.now(UTC)).astimezone(UTC)
    month = month or today.strftime("%Y-%m")
    start, end = month_bounds(month)
    recent = (today - timedelta(days=14)).isoformat(timespec="milliseconds")
    with spend_reader(context) as reader:
        rows = reader.rows(_COLUMNS, "started_at >= ? AND started_at < ?", [min(start, recent[:10]), end],
                           "GROUP BY 1, 2, 4, 5, 6")
        source = reader.source
    board = Dashboard(month=month, source=source, budget=float(context.team.monthly_budget))
    figures: dict[str, TemplateFigures] = {}
    edges = [(today - timedelta(days=days)).date().isoformat() for days in (14, 7)]
    for user, template_id, title, tier, status, day, count, cost, approved, down in rows:
        entry = figures.setdefault(template_id or "", TemplateFigures(template_id or "", title or template_id or ""))
        if day >= edges[1]:
            entry.last_7_days += cost
            board.last_7_days += cost
        elif day >= edges[0]:
            entry.previous_7_days += cost
            board.previous_7_days += cost
        if day[:7] != month:  # outside the month: only for the week comparison
            continue
        _add_month_row(board, entry, user or "", tier or "", status or "", day, int(count), cost, approved, down)
    board.templates = sorted((f for f in figures.values() if f.cost or f.answered), key=lambda f: (-f.cost, f.title))
    board.projected = _projection(board.total, month, today)
    board.alerts = _week_alerts(board, figures.values())
    return board


def _add_month_row(board: Dashboard, entry: TemplateFigures, user: str, tier: str, status: str, day: str,
                   count: int, cost: float, approved: float, down: float) -> None:
    board.total += cost
    for target, key in ((board.by_member, user), (board.by_tier, tier), (board.by_day, day),
                        (board.by_week, _week(day))):
        target[key] = target.get(key, 0.0) + cost
    entry.cost += cost
    if status == "done":
        entry.answered += count
        entry.approved += int(approved)
        entry.thumbs_down += int(down)
    elif status == "failed":
        board.failed += count
    elif status == "waiting":
        board.waiting += count


def _week(day: str) -> str:
    year, week, _ = date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def _projection(total: float, month: str, today: datetime) -> float:
    """This month at the pace so far; a month already over is what it was."""
    year, mon = (int(part) for part in month.split("-"))
    days = calendar.monthrange(year, mon)[1]
    first = datetime(year, mon, 1, tzinfo=UTC)
    elapsed = (today - first).total_seconds() / 86400
    if elapsed >= days or elapsed <= 0:
        return total
    return total * days / max(elapsed, 1.0)  # the first day's spend is not a month's pace yet


def _rise(last: float, before: float) -> int | None:
    if before <= 0 or last < JUMP_MIN_SPEND or last < before * JUMP_RATIO:
        return None
    return round((last / before - 1) * 100)


def _week_alerts(board: Dashboard, figures: Any) -> list[str]:
    from desktop.core.money import money as usd

    alerts = []
    rise = _rise(board.last_7_days, board.previous_7_days)
    if rise is not None:
        alerts.append(f"Team spend is up {rise}% on last week ({usd(board.last_7_days)} in the last 7 days, "
                      f"{usd(board.previous_7_days)} the 7 before).")
    for entry in sorted(figures, key=lambda f: -f.last_7_days):
        rise = _rise(entry.last_7_days, entry.previous_7_days)
        if rise is not None:
            alerts.append(f"Spend on {entry.title or entry.template_id} is up {rise}% on last week "
                          f"({usd(entry.last_7_days)}, was {usd(entry.previous_7_days)}).")
    if board.budget > 0 and board.projected > board.budget and board.total < board.budget:
        alerts.append(f"At this pace the team will spend {usd(board.projected, estimate=True)} this month, more than its "
                      f"{usd(board.budget)} budget.")
    return alerts
