"""The team dashboard from the shared file: spend per member, template, tier and week, the
week-over-week alert, the pace to the month's end, failed and waiting runs, and the approval and
thumbs-down rates per template."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.run import DONE, FAILED, WAITING, Run
from desktop.core.usage import sync
from desktop.core.usage.dashboard import team_dashboard
from tests.core.usage.test_sync import member

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)


def add(context, day: str, cost: float, template: str, *, status: str = DONE, **values: object) -> None:
    titles = {"summary": "Meeting summary", "pitch": "Investor pitch"}
    context.ledger.record(Run(user=context.user, status=status, actual_cost=cost, template_id=template,
                              template_title=titles[template], started_at=f"{day}T10:00:00.000+00:00",
                              **values))  # type: ignore[arg-type]


@pytest.fixture
def team(tmp_path: Path, team_dir: Path):  # type: ignore[no-untyped-def]
    (team_dir / "team.toml").write_text("monthly_budget = 10\n", encoding="utf-8")
    ann, bob = member("ann", tmp_path), member("bob", tmp_path)
    add(ann, "2026-03-02", 1.0, "summary", tier="execution", approved=True)
    add(ann, "2026-03-02", 1.0, "summary", tier="execution")
    add(ann, "2026-03-16", 3.0, "summary", tier="reasoning", feedback=-1)
    add(bob, "2026-03-10", 2.0, "pitch", tier="reasoning")
    add(bob, "2026-03-17", 0.0, "pitch", status=FAILED, tier="reasoning")
    add(bob, "2026-03-18", 0.0, "pitch", status=WAITING, tier="reasoning")
    add(bob, "2026-02-27", 5.0, "pitch", tier="reasoning")  # last month
    assert sync.sync_now(ann).ok and sync.sync_now(bob).ok
    return ann


def test_spend_is_broken_down_by_member_tier_and_week_from_the_team_file(team) -> None:
    board = team_dashboard(team, now=NOW)
    assert board.source == "team file" and board.month == "2026-03"
    assert board.total == pytest.approx(7.0) and board.budget == 10
    assert board.by_member == pytest.approx({"ann": 5.0, "bob": 2.0})
    assert board.by_tier == pytest.approx({"execution": 2.0, "reasoning": 5.0})
    assert board.by_week == pytest.approx({"2026-W10": 2.0, "2026-W11": 2.0, "2026-W12": 3.0})
    assert board.failed == 1 and board.waiting == 1
    assert team_dashboard(team, "2026-02", now=NOW).total == pytest.approx(5.0)


def test_templates_carry_their_cost_approval_and_thumbs_down_rates(team) -> None:
    board = team_dashboard(team, now=NOW)
    summary, pitch = board.templates
    assert (summary.title, summary.cost, summary.answered) == ("Meeting summary", 5.0, 3)
    assert summary.approval_rate == pytest.approx(1 / 3) and summary.thumbs_down_rate == pytest.approx(1 / 3)
    assert (pitch.title, pitch.cost, pitch.answered, pitch.approval_rate) == ("Investor pitch", 2.0, 1, 0.0)


def test_a_week_up_50_percent_and_a_pace_past_the_budget_are_alerts(team) -> None:
    board = team_dashboard(team, now=NOW)
    assert (board.last_7_days, board.previous_7_days) == (3.0, 2.0)
    # $7 in 19.5 days of a 31-day month.
    assert board.projected == pytest.approx(7.0 * 31 / 19.5)
    assert board.alerts == [
        "Team spend is up 50% on last week ($3 in the last 7 days, $2 the 7 before).",
        f"At this pace the team will spend about ${7.0 * 31 / 19.5:,.2f} this month, more than its $10 budget.",
    ]


def test_a_template_whose_spend_jumps_is_named(tmp_path: Path, team_dir: Path) -> None:
    cy = member("cy", tmp_path)
    add(cy, "2026-03-08", 1.0, "summary")
    add(cy, "2026-03-18", 1.8, "summary")
    add(cy, "2026-03-09", 3.0, "pitch")
    add(cy, "2026-03-19", 1.0, "pitch")  # down: no alert
    board = team_dashboard(cy, now=NOW)
    assert board.source == "this computer" and board.budget == 0
    assert board.alerts == ["Spend on Meeting summary is up 80% on last week ($1.80, was $1)."]
