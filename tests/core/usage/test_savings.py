"""Routing savings per template and month, from the team file plus never-synced records."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import PromptdeskError
from desktop.core.usage import savings, sync
from tests.core.usage.test_budget import NOW, spend
from tests.core.usage.test_sync import member


def test_team_savings_add_synced_and_unsynced_runs_of_every_member(tmp_path: Path, team_dir: Path) -> None:
    ann, bob = member("ann", tmp_path), member("bob", tmp_path)
    spend(ann, 0.5, template_id="meeting-summary", tier="execution", reasoning_cost=1.0)
    spend(bob, 0.1, template_id="meeting-summary", tier="quick", reasoning_cost=1.1)
    assert sync.sync_now(ann).ok and sync.sync_now(bob).ok
    spend(ann, 0.5, template_id="meeting-summary", tier="execution", reasoning_cost=1.0)  # not synced yet
    report = savings.routing_savings(ann, team=True, months=1, now=NOW)
    assert report.source == "team file" and report.first_month == report.last_month == "2026-03"
    assert report.cost == pytest.approx(1.1) and report.all_on_reasoning == pytest.approx(3.1)
    assert report.by("template_id") == {"meeting-summary": (3, pytest.approx(1.1), pytest.approx(3.1))}
    assert report.by("tier")["quick"] == (1, pytest.approx(0.1), pytest.approx(1.1))
    mine = savings.routing_savings(ann, months=1, now=NOW)
    assert mine.saved == pytest.approx(1.0) and mine.saved_share == pytest.approx(0.5)


def test_months_count_back_across_a_new_year(tmp_path: Path) -> None:
    ann = member("ann", tmp_path)
    report = savings.routing_savings(ann, months=4, last_month="2026-02")
    assert (report.first_month, report.last_month, report.rows) == ("2025-11", "2026-02", [])
    with pytest.raises(PromptdeskError):
        savings.routing_savings(ann, months=0)
