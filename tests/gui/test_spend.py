"""My spend: the figures on screen match records put in a real ledger and a real team file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from desktop.core.context import AppContext
from desktop.core.run import DONE, Run
from desktop.core.usage import sync
from desktop.core.usage.ledger import open_ledger
from desktop.gui.spend_chart import SpendChart, money
from desktop.gui.spend_view import SpendView


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:
    """Background work ends before qtbot closes the widgets it reports to."""
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def _run(user: str, cost: float, **values: object) -> Run:
    base: dict[str, object] = {"user": user, "template_id": "meeting-summary", "template_title": "Meeting summary",
                               "status": DONE, "tier": "execution", "model": "claude-sonnet-5-5-20260928",
                               "actual_cost": cost, "reasoning_cost": cost * 5}
    base.update(values)
    return Run(**base)  # type: ignore[arg-type]


def _rows(table) -> dict[str, str]:
    return {table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())}


def _view(qtbot, context: AppContext) -> SpendView:
    view = SpendView(context)
    qtbot.addWidget(view)
    view.resize(900, 1000)
    with qtbot.waitSignal(view.refreshed):
        view.refresh()
    return view


def test_personal_figures_match_the_ledger_without_a_team_folder(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROMPTDESK_USER", "Ana")
    context = AppContext()
    context.ledger.record(_run("Ana", 0.40))
    context.ledger.record(_run("Ana", 0.10, template_id="cold-email", template_title="Cold email",
                               tier="reasoning", reasoning_cost=0.10))
    view = _view(qtbot, context)
    assert view.total_card.value.text() == "50¢"
    assert view.saved_card.value.text() == money(0.40 * 5 - 0.40)
    assert _rows(view.tier_table) == {"Execution (everyday work)": "40¢", "Reasoning (hard thinking)": "10¢"}
    assert sorted(_rows(view.template_table).values()) == ["10¢", "40¢"]
    assert view.chart.cumulative()[-1] == pytest.approx(0.50)
    assert view.team_box.isHidden()
    assert "Set a team folder" in view.source_label.text()
    assert view.budget_card.value.text() == "None set"


def test_team_view_shows_total_each_member_and_the_budgets(qtbot, team_dir: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    (team_dir / "team.toml").write_text(
        'name = "Studio"\nmonthly_budget = 200.0\n[personal_budgets]\nAna = 50.0\n', encoding="utf-8")
    monkeypatch.setenv("PROMPTDESK_USER", "Ana")
    context = AppContext()
    context.ledger.record(_run("Ana", 1.50))
    assert sync.sync_now(context).ok

    bob = AppContext()
    bob.ledger = open_ledger(tmp_path / "bob-ledger.db")  # another member's computer
    bob.ledger.record(_run("Bob", 3.75))
    assert sync.sync_now(bob).ok

    view = _view(qtbot, context)
    assert view.source_label.text() == "From the team file."
    assert view.total_card.value.text() == "$1.50"
    assert view.budget_card.value.text() == "$50"
    assert "3%" in view.budget_card.note.text()  # 1.50 of 50
    assert not view.team_box.isHidden()
    assert _rows(view.member_table) == {"Bob": "$3.75", "Ana": "$1.50"}
    assert "$5.25" in view.team_total.text() and "$200" in view.team_total.text() and "Studio" in view.team_total.text()
    assert view.chart.summary().startswith("$1.50 spent this month; your budget $50")


def test_unreachable_team_drive_is_said_and_local_figures_still_show(qtbot, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROMPTDESK_USER", "Ana")
    monkeypatch.setenv("PROMPTDESK_TEAM_DIR", str(tmp_path / "drive-gone"))
    context = AppContext()
    context.ledger.record(_run("Ana", 0.30))
    view = _view(qtbot, context)
    assert "From this computer only" in view.source_label.text()
    assert "not reachable" in view.source_label.text()
    assert view.total_card.value.text() == "30¢"
    assert view.budget_card.value.text() == "Not known"
    assert view.member_table.isHidden()  # this computer alone cannot tell what the team spent
    assert "come back when the team drive is reachable" in view.team_total.text()


def test_chart_adds_days_up_and_ignores_other_months(qtbot) -> None:
    chart = SpendChart()
    qtbot.addWidget(chart)
    chart.set_data({"2026-11-02": 1.0, "2026-11-05": 2.5, "2026-10-31": 9.0}, 10.0, month="2026-11")
    totals = chart.cumulative()
    assert len(totals) == 30
    assert totals[0] == 0 and totals[1] == 1.0 and totals[4] == 3.5 and totals[-1] == 3.5
    assert "most on day 5" in chart.summary()
    assert chart.accessibleDescription() == chart.summary()
    chart.resize(600, 300)
    assert not chart.grab().isNull()  # paints without error


def test_money_reads_naturally() -> None:
    assert [money(v) for v in (0, 0.004, 0.0123, 0.35, 12.4, 1234)] == ["$0", "less than 1¢", "1¢", "35¢", "$12.40",
                                                                      "$1,234"]
    assert money(200.0) == "$200"


def test_the_saving_from_re_used_documents_is_one_line_when_there_is_one(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core.usage.cache_savings import cache_saving

    monkeypatch.setenv("PROMPTDESK_USER", "Ana")
    context = AppContext()
    context.ledger.record(_run("Ana", 0.40, provider="anthropic"))
    view = _view(qtbot, context)
    assert view.cache_line.isHidden()  # nothing read from a cache: no line at all
    context.ledger.record(_run("Ana", 0.05, provider="anthropic", cache_read_tokens=40_000, cache_write_tokens=0))
    with qtbot.waitSignal(view.refreshed):
        view.refresh()
    expected = cache_saving(context)
    assert not view.cache_line.isHidden() and expected.net > 0
    assert view.cache_line.text() == expected.sentence == f"Saved by re-using documents: {money(expected.net)} this month."
