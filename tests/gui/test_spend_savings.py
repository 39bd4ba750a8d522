"""My spend: what routing saved, per template and month, from runs recorded in a real ledger."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool

from desktop.core.context import AppContext
from desktop.core.run import DONE, Run
from desktop.gui.spend_chart import money
from desktop.gui.spend_view import SAVINGS_HEADERS, SpendView


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def test_savings_table_lists_each_template_and_month_against_all_on_reasoning(qtbot, monkeypatch) -> None:
    monkeypatch.setenv("PROMPTDESK_USER", "Ana")
    context = AppContext()
    from datetime import UTC, datetime

    this_month = datetime.now(UTC).strftime("%Y-%m")
    for template_id, tier, cost, reasoning in (("meeting-summary", "execution", 0.40, 0.80),
                                               ("meeting-summary", "execution", 0.20, 0.40),
                                               ("lead-qualification", "quick", 0.01, 0.30)):
        context.ledger.record(Run(user="Ana", status=DONE, template_id=template_id, tier=tier, model="m",
                                  actual_cost=cost, reasoning_cost=reasoning))
    view = SpendView(context)
    qtbot.addWidget(view)
    view.resize(900, 1000)
    with qtbot.waitSignal(view.refreshed):
        view.refresh()
    table = view.savings_table
    rows = [[table.item(r, c).text() for c in range(len(SAVINGS_HEADERS))] for r in range(table.rowCount())]
    assert ["Meeting summary", this_month, "Execution", "2", money(0.60), money(1.20), money(0.60)] in rows
    assert ["Lead qualification", this_month, "Quick", "1", money(0.01), money(0.30), money(0.29)] in rows
    assert f"Routing saved <b>{money(0.89)}</b> (59%)" in view.savings_total.text()


def test_no_runs_says_so(qtbot) -> None:
    view = SpendView(AppContext())
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed):
        view.refresh()
    assert view.savings_table.rowCount() == 0
    assert "No answered runs in the last 6 months yet." in view.savings_total.text()
