"""Spend views and budget alerts for a team of several simulated members."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.context import AppContext
from desktop.core.errors import PromptdeskError
from desktop.core.run import DONE, FAILED, Run
from desktop.core.usage import budget, spend_reader, sync
from tests.core.usage.test_sync import member

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def spend(context: AppContext, cost: float, *, when: datetime = NOW, status: str = DONE, **values: object) -> Run:
    run = Run(user=context.user, status=status, actual_cost=cost, started_at=when.isoformat(timespec="milliseconds"),
              **values)  # type: ignore[arg-type]
    context.ledger.record(run)
    return run


def write_team(team_dir: Path, text: str) -> None:
    (team_dir / "team.toml").write_text(text, encoding="utf-8")


def test_personal_spend_breaks_down_this_month_and_what_routing_saved(tmp_path: Path, team_dir: Path) -> None:
    ann = member("ann", tmp_path)
    spend(ann, 1.0, when=NOW - timedelta(days=2), template_id="summary", tier="execution", model="m-exec",
          reasoning_cost=4.0)
    spend(ann, 0.5, template_id="summary", tier="quick", model="m-quick", reasoning_cost=3.0)
    spend(ann, 2.0, template_id="strategy", tier="reasoning", model="m-reason", reasoning_cost=2.0)
    spend(ann, 0.25, status=FAILED, template_id="summary", tier="quick", model="m-quick", reasoning_cost=9.0)
    spend(ann, 7.0, when=datetime(2026, 2, 27, tzinfo=UTC), template_id="summary")  # last month
    assert sync.sync_now(ann).ok
    mine = budget.personal_spend(ann, now=NOW)
    assert mine.source == "team file" and mine.month == "2026-03"
    # The failed run's cost counts; only the three answered runs are counted as runs.
    assert mine.total == pytest.approx(3.75) and mine.runs == 3
    assert mine.by_day == pytest.approx({"2026-03-08": 1.0, "2026-03-10": 2.75})
    assert mine.by_template == pytest.approx({"summary": 1.75, "strategy": 2.0})
    assert mine.by_tier == pytest.approx({"execution": 1.0, "quick": 0.75, "reasoning": 2.0})
    assert mine.by_model == pytest.approx({"m-exec": 1.0, "m-quick": 0.75, "m-reason": 2.0})
    # Done runs only: (4 - 1) + (3 - 0.5) + (2 - 2); the failed one does not count.
    assert mine.saved_by_routing == pytest.approx(5.5)
    assert budget.personal_spend(ann, "2026-02").total == pytest.approx(7.0)


def test_team_spend_adds_up_every_member_from_the_team_file(tmp_path: Path, team_dir: Path) -> None:
    write_team(team_dir, "monthly_budget = 200\n")
    members = [member(name, tmp_path) for name in ("ann", "bob", "cy")]
    for n, person in enumerate(members, start=1):
        for _ in range(n):
            spend(person, 10.0)
        spend(person, 100.0, when=datetime(2026, 4, 1, tzinfo=UTC))  # next month
        assert sync.sync_now(person).ok
    team = budget.team_spend(members[0], now=NOW)
    assert team.source == "team file" and team.budget == 200
    assert team.total == pytest.approx(60.0) and team.runs == 6
    assert team.by_member == pytest.approx({"cy": 30.0, "bob": 20.0, "ann": 10.0})
    assert list(team.by_member) == ["cy", "bob", "ann"]
    status = budget.month_status(members[1], now=NOW)
    assert (status.spent, status.budget, status.scope, status.source) == (pytest.approx(60.0), 200, "team", "team file")
    assert status.fraction == pytest.approx(0.3)


def test_a_run_not_yet_synced_counts_once_before_and_after_sync(tmp_path: Path, team_dir: Path) -> None:
    ann = member("ann", tmp_path)
    spend(ann, 1.0)
    assert sync.sync_now(ann).ok
    spend(ann, 2.0)  # recorded, not synced yet
    assert budget.team_spend(ann, now=NOW).total == pytest.approx(3.0)
    assert sync.sync_now(ann).ok
    assert budget.team_spend(ann, now=NOW).total == pytest.approx(3.0)
    assert budget.personal_spend(ann, now=NOW).total == pytest.approx(3.0)


def test_without_the_team_file_figures_come_from_this_computer_and_say_so(tmp_path: Path, team_dir: Path) -> None:
    ann, bob = member("ann", tmp_path), member("bob", tmp_path)
    spend(ann, 1.0)
    spend(bob, 5.0)
    assert sync.sync_now(ann).ok and sync.sync_now(bob).ok
    assert budget.team_spend(ann, now=NOW).total == pytest.approx(6.0)
    team_dir.rename(tmp_path / "unplugged")
    team = budget.team_spend(ann, now=NOW)
    assert (team.source, team.total, team.by_member) == ("this computer", pytest.approx(1.0), {"ann": 1.0})
    assert budget.personal_spend(ann, now=NOW).source == "this computer"
    assert budget.month_status(ann, scope="personal", now=NOW).source == "this computer"


def test_a_bad_month_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(PromptdeskError, match="YYYY-MM"):
        budget.personal_spend(member("ann", tmp_path), "March")


def test_threshold_alerts_appear_once_per_threshold_per_month_per_user(tmp_path: Path, team_dir: Path) -> None:
    write_team(team_dir, "monthly_budget = 200\n")
    now = NOW + timedelta(days=10)  # the 20th: no pace warning in the way
    ann, bob = member("ann", tmp_path), member("bob", tmp_path)
    spend(ann, 90.0, when=now)
    sync.sync_now(ann)
    assert budget.pending_alerts(ann, now=now) == []
    spend(bob, 20.0, when=now)
    sync.sync_now(bob)
    [alert] = budget.pending_alerts(ann, now=now)
    assert (alert.level, alert.message) == ("info", "The team has used 50% of this month's $200 budget.")
    budget.mark_alert_shown(ann, alert.key)
    assert budget.pending_alerts(ann, now=now) == []
    # Bob has not seen it yet: each member is told once.
    assert [a.message for a in budget.pending_alerts(bob, now=now)] == [alert.message]
    spend(bob, 45.0, when=now)
    sync.sync_now(bob)
    [second] = budget.pending_alerts(ann, now=now)
    assert second.level == "warning" and "75%" in second.message and second.key != alert.key
    budget.mark_alert_shown(ann, second.key)
    # The same spend next month is a new month with its own alerts.
    next_month = datetime(2026, 4, 20, tzinfo=UTC)
    spend(ann, 200.0, when=next_month)
    sync.sync_now(ann)
    [critical] = budget.pending_alerts(ann, now=next_month)
    assert critical.level == "critical" and critical.message.startswith("The team has used 100% of")


def test_crossing_several_thresholds_at_once_announces_only_the_highest(tmp_path: Path, team_dir: Path) -> None:
    write_team(team_dir, "monthly_budget = 100\nalert_thresholds = [50, 75, 90, 100]\n")
    now = NOW + timedelta(days=10)
    ann = member("ann", tmp_path)
    spend(ann, 92.0, when=now)
    sync.sync_now(ann)
    assert [a.message for a in budget.pending_alerts(ann, now=now)] == [
        "The team has used 90% of this month's $100 budget."]


def test_personal_budget_alerts(tmp_path: Path, team_dir: Path) -> None:
    write_team(team_dir, "[personal_budgets]\nann = 40\n")
    now = NOW + timedelta(days=10)
    ann, bob = member("ann", tmp_path), member("bob", tmp_path)
    spend(ann, 31.0, when=now)
    spend(bob, 39.0, when=now)
    sync.sync_now(ann)
    sync.sync_now(bob)
    assert [a.message for a in budget.pending_alerts(ann, now=now)] == [
        "You have used 75% of your $40 budget this month."]
    assert budget.pending_alerts(bob, now=now) == []  # no personal budget, no team budget
    mine = budget.month_status(ann, scope="personal", now=now)
    assert (mine.spent, mine.budget, mine.fraction) == (31.0, 40.0, pytest.approx(0.775))


def test_pace_warning_when_half_the_budget_goes_before_the_15th(tmp_path: Path, team_dir: Path) -> None:
    write_team(team_dir, "monthly_budget = 100\nalert_thresholds = [75]\n")
    ann = member("ann", tmp_path)
    early = datetime(2026, 3, 9, tzinfo=UTC)
    spend(ann, 55.0, when=early)
    sync.sync_now(ann)
    [pace] = budget.pending_alerts(ann, now=early)
    assert pace.level == "warning" and "half" in pace.message and "before the 15th" in pace.message
    assert budget.pending_alerts(ann, now=datetime(2026, 3, 16, tzinfo=UTC)) == []


@pytest.mark.parametrize(("last_week", "warned"), [(16.0, True), (14.0, False)])
def test_week_over_week_jump_above_half_again_is_warned(
    tmp_path: Path, team_dir: Path, last_week: float, warned: bool
) -> None:
    ann = member("ann", tmp_path)
    spend(ann, 10.0, when=NOW - timedelta(days=10))
    spend(ann, last_week, when=NOW - timedelta(days=2))
    sync.sync_now(ann)
    alerts = budget.pending_alerts(ann, now=NOW)
    if not warned:
        assert alerts == []
        return
    assert [a.message for a in alerts] == [
        "The team's spending in the last 7 days ($16) is 60% higher than the week before ($10).",
        "Your spending in the last 7 days ($16) is 60% higher than the week before ($10).",
    ]
    for alert in alerts:
        budget.mark_alert_shown(ann, alert.key)
    assert budget.pending_alerts(ann, now=NOW) == []


def test_every_spend_query_on_the_team_file_is_served_by_an_index(
    tmp_path: Path, team_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The views stay fast at a million records only if no query scans the whole table."""
    write_team(team_dir, "monthly_budget = 100\n[personal_budgets]\nann = 10\n")
    ann = member("ann", tmp_path)
    spend(ann, 1.0)
    assert sync.sync_now(ann).ok
    statements: list[str] = []
    real_open = spend_reader.open_shared_for_reading

    def traced(team: Path | None) -> sqlite3.Connection | None:
        conn = real_open(team)
        assert conn is not None
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(spend_reader, "open_shared_for_reading", traced)
    budget.personal_spend(ann, now=NOW)
    budget.team_spend(ann, now=NOW)
    budget.pending_alerts(ann, now=NOW)
    queries = [s for s in statements if "FROM usage" in s]
    assert len(queries) >= 7
    with closing(sqlite3.connect(team_dir / "usage.db")) as conn:
        for query in queries:
            steps = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {query}")]
            reads = [step for step in steps if step.startswith(("SCAN usage", "SEARCH usage"))]
            assert reads and all("COVERING INDEX" in step for step in reads), (query, steps)


def test_spend_results_are_frozen_typed_values(tmp_path: Path) -> None:
    """A view reads fields it can trust: the figures cannot be changed on the way to the screen."""
    import dataclasses

    ann = member("ann", tmp_path)
    spend(ann, 1.5, template_id="summary", tier="execution", model="m-exec")
    mine, team = budget.personal_spend(ann, now=NOW), budget.team_spend(ann, now=NOW)
    assert isinstance(mine, budget.PersonalSpend) and isinstance(team, budget.TeamSpend)
    assert (mine.runs, mine.by_template, team.by_member) == (1, {"summary": 1.5}, {"ann": 1.5})
    with pytest.raises(dataclasses.FrozenInstanceError):
        mine.total = 0.0  # type: ignore[misc]
