"""The team dashboard window: the figures of the shared file, the alerts, the quality per
template, and the operator's exports written from it."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from desktop.gui.team_dashboard import TeamDashboard
from tests.core.usage.test_dashboard import NOW, team  # noqa: F401  (the fixture)


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def cells(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def open_dashboard(qtbot, context) -> TeamDashboard:  # type: ignore[no-untyped-def]
    dashboard = TeamDashboard(context, now=NOW)
    qtbot.addWidget(dashboard)
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        dashboard.show()
    return dashboard


def test_the_dashboard_shows_the_team_file_figures_alerts_and_quality(qtbot, team) -> None:  # noqa: F811
    dashboard = open_dashboard(qtbot, team)
    assert dashboard.heading.text().endswith("March 2026")
    assert dashboard.source.text() == "From the team's shared file."
    assert "Spent $7 of $10" in dashboard.summary.text() and "1 failed and 1 waiting" in dashboard.summary.text()
    assert "Team spend is up 50% on last week" in dashboard.alerts.text() and dashboard.alerts.isVisible()
    assert cells(dashboard.members) == [["ann", "$5"], ["bob", "$2"]]
    assert cells(dashboard.weeks) == [["Week of 2 Mar", "$2"], ["Week of 9 Mar", "$2"], ["Week of 16 Mar", "$3"]]
    assert cells(dashboard.templates) == [["Meeting summary", "$5", "3", "33%", "33%", "$3"],
                                          ["Investor pitch", "$2", "1", "0%", "0%", "$0"]]
    assert dashboard.chart.cumulative()[-1] == pytest.approx(7.0)


def test_usage_is_exported_from_the_dashboard(qtbot, team, tmp_path: Path) -> None:  # noqa: F811
    dashboard = open_dashboard(qtbot, team)
    out = tmp_path / "march.csv"
    with qtbot.waitSignal(dashboard.exported, timeout=10_000) as done:
        dashboard.export("usage", str(out))
    assert "Wrote 2 rows" in done.args[0]
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["member"], r["template_id"], r["runs_answered"], r["runs_failed"], r["cost_usd"]) for r in rows] == [
        ("ann", "summary", "3", "0", "5.0"), ("bob", "pitch", "1", "1", "2.0")]
