"""What each tier choice cost against all-on-reasoning, per template and per month.

Read from real recorded usage: every answered run carries its actual cost and the same run
priced on the reasoning tier (``reasoning_cost``, set when it was recorded), so the saving is
the difference of two recorded figures, never a model of what might have been. Sources follow
``budget``: the team file plus this computer's never-synced records, or this computer alone
(and it says so).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop.core.errors import ErrorKind, PromptdeskError
from desktop.core.usage.spend_reader import month_bounds, spend_reader

if TYPE_CHECKING:
    from desktop.core.context import AppContext

FREE_FORM = ""  # runs of "Ask anything" and other requests without a template id


@dataclass(frozen=True)
class SavingsRow:
    month: str  # YYYY-MM
    template_id: str
    tier: str
    runs: int
    cost: float
    all_on_reasoning: float

    @property
    def saved(self) -> float:
        return max(0.0, self.all_on_reasoning - self.cost)


@dataclass
class SavingsReport:
    scope: str  # "personal" | "team"
    first_month: str
    last_month: str
    source: str
    rows: list[SavingsRow] = field(default_factory=list)

    @property
    def cost(self) -> float:
        return round(sum(r.cost for r in self.rows), 10)

    @property
    def all_on_reasoning(self) -> float:
        return round(sum(r.all_on_reasoning for r in self.rows), 10)

    @property
    def saved(self) -> float:
        return round(max(0.0, self.all_on_reasoning - self.cost), 10)

    @property
    def saved_share(self) -> float:
        return self.saved / self.all_on_reasoning if self.all_on_reasoning > 0 else 0.0

    def by(self, key: str) -> dict[str, tuple[int, float, float]]:
        """``key`` "template_id", "month" or "tier" → (runs, cost, all on reasoning), largest saving first."""
        totals: dict[str, tuple[int, float, float]] = {}
        for row in self.rows:
            name = str(getattr(row, key))
            runs, cost, reasoning = totals.get(name, (0, 0.0, 0.0))
            totals[name] = (runs + row.runs, cost + row.cost, reasoning + row.all_on_reasoning)
        order = sorted(totals.items(), key=lambda item: (-(item[1][2] - item[1][1]), item[0]))
        return dict(sorted(order) if key == "month" else order)


def _shift(month: str, back: int) -> str:
    year, mon = (int(p) for p in month.split("-"))
    index = year * 12 + mon - 1 - back
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def routing_savings(context: AppContext, *, months: int = 6, last_month: str | None = None, team: bool = False,
                    now: datetime | None = None) -> SavingsReport:
    """Answered runs of the ``months`` calendar months up to ``last_month`` (default: this one)."""
    if months < 1:
        raise PromptdeskError("Ask for at least one month of savings.", kind=ErrorKind.USAGE)
    last = last_month or (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m")
    first = _shift(last, months - 1)
    start, _ = month_bounds(first)
    _, end = month_bounds(last)
    where = "status = 'done' AND started_at >= ? AND started_at < ?"
    params: list[object] = [start, end]
    if not team:
        where, params = "user = ? AND " + where, [context.user, *params]
    with spend_reader(context) as reader:
        found = reader.rows("substr(started_at, 1, 7), template_id, tier, count(*), total(actual_cost), "
                            "total(reasoning_cost)", where, params, "GROUP BY 1, 2, 3",
                            index="" if team else "usage_member_month")
        source = reader.source
    merged: dict[tuple[str, str, str], list[float]] = {}
    for month, template_id, tier, runs, cost, reasoning in found:  # team file + unsynced: add up
        entry = merged.setdefault((month, template_id or FREE_FORM, tier or ""), [0, 0.0, 0.0])
        entry[0] += runs
        entry[1] += cost or 0.0
        entry[2] += max(reasoning or 0.0, cost or 0.0)  # older records without a reasoning price
    rows = [SavingsRow(m, t, tier, int(v[0]), round(v[1], 10), round(v[2], 10))
            for (m, t, tier), v in sorted(merged.items())]
    return SavingsReport("team" if team else "personal", first, last, source, rows)
