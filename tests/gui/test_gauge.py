"""The status-bar gauge: spend against the budget, and the sync state in plain words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from desktop.core.context import AppContext
from desktop.core.run import DONE, Run
from desktop.gui.budget_gauge import BudgetGauge, gauge_colour


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:
    """Background work ends before qtbot closes the widgets it reports to."""
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def _gauge(qtbot, context: AppContext) -> BudgetGauge:
    gauge = BudgetGauge(context)
    qtbot.addWidget(gauge)
    with qtbot.waitSignal(gauge.refreshed):
        gauge.refresh()
    return gauge


def _spend(context: AppContext, cost: float) -> None:
    context.ledger.record(Run(user=context.user, template_id="cold-email", status=DONE, actual_cost=cost))


def test_missing_team_folder_shows_records_waiting(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROMPTDESK_TEAM_DIR", str(tmp_path / "unplugged-drive"))
    context = AppContext()
    _spend(context, 0.5)
    _spend(context, 0.25)
    gauge = _gauge(qtbot, context)
    assert gauge.sync_button.text() == "Team drive not reachable — 2 records waiting"
    assert "color" in gauge.sync_button.styleSheet()
    assert "this computer only" in gauge.figure.toolTip()


def test_reachable_team_folder_shows_budget_fraction_and_synced(qtbot, team_dir: Path) -> None:
    (team_dir / "team.toml").write_text("monthly_budget = 10.0\n", encoding="utf-8")
    context = AppContext()
    _spend(context, 8.0)
    gauge = _gauge(qtbot, context)
    assert gauge.figure.text() == "$8 of $10"
    assert gauge.bar.known and gauge.bar.fraction == pytest.approx(0.8)
    assert gauge.sync_button.text() == "Synced just now"
    assert gauge.sync_button.styleSheet() == ""
    assert "80%" in gauge.figure.toolTip()


def test_sync_now_sends_records_once_the_drive_is_back(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    drive = tmp_path / "drive"
    monkeypatch.setenv("PROMPTDESK_TEAM_DIR", str(drive))
    context = AppContext()
    _spend(context, 0.5)
    gauge = _gauge(qtbot, context)
    assert "1 record waiting" in gauge.sync_button.text()
    drive.mkdir()
    with qtbot.waitSignal(gauge.refreshed):
        gauge.sync_button.click()
    assert gauge.sync_button.text() == "Synced just now"
    assert gauge.sync.sent == 1


def test_without_team_folder_it_says_so_and_shows_this_months_spend(qtbot) -> None:
    context = AppContext()
    _spend(context, 0.35)
    gauge = _gauge(qtbot, context)
    assert gauge.sync_button.text() == "No team folder set"
    assert gauge.figure.text() == "35¢ this month"
    assert not gauge.bar.known


def test_refresh_requested_while_reading_runs_once_more_afterwards(qtbot) -> None:
    context = AppContext()
    gauge = BudgetGauge(context)
    qtbot.addWidget(gauge)
    emitted: list[bool] = []
    gauge.refreshed.connect(lambda: emitted.append(True))
    gauge.refresh()
    gauge.refresh()  # queued behind the first, not dropped
    gauge.refresh()  # folded into the same second read
    qtbot.waitUntil(lambda: len(emitted) == 2)
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.waitUntil(lambda: not gauge._runner.busy)
    assert len(emitted) == 2


def test_colour_turns_amber_then_red_as_the_budget_fills() -> None:
    assert gauge_colour(0.5) != gauge_colour(0.8) != gauge_colour(0.95)
    assert gauge_colour(0.95) == gauge_colour(1.4)


def test_timer_reads_often_and_syncs_every_third_tick(qtbot, team_dir: Path) -> None:
    """Reading the state is cheap and frequent; touching the team drive happens every third tick."""
    from desktop.gui.budget_gauge import REFRESH_MS, SYNC_EVERY

    context = AppContext()
    gauge = _gauge(qtbot, context)  # the first refresh syncs
    assert gauge.timer.isActive() and gauge.timer.interval() == REFRESH_MS
    _spend(context, 0.2)
    for tick in range(1, SYNC_EVERY + 1):
        with qtbot.waitSignal(gauge.refreshed):
            gauge._tick()
        expected = 1 if tick == SYNC_EVERY else 0
        assert gauge.sync.sent == expected
        assert gauge.sync.waiting == 1 - expected
