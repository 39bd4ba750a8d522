"""A batch in History: one entry among the single runs; picking it shows its rows (state, cost,
needs review, answer); "Export results…" writes the XLSX/CSV again from the ledger; spend counts
every row. Real ledger, real files, the real SDKs against the fake server."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QThreadPool

from desktop.core.batch.store import BatchStore
from desktop.core.run import DONE, Run
from desktop.core.usage.budget import personal_spend
from desktop.gui.history_view import HistoryView
from tests.core.batch.conftest import LEADS
from tests.gui.batch_support import context_with_template, send_batch, vague_for_price_list


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def _leads(folder: Path) -> Path:
    path = folder / "leads.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(LEADS)
    return path


def _history(qtbot, context) -> HistoryView:
    view = HistoryView(context)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.refresh()
    return view


def _cells(model, row: int) -> list[str]:
    return [str(model.index(row, c).data()) for c in range(model.columnCount())]


def test_a_batch_is_one_history_entry_whose_rows_show_state_cost_review_and_answer(
        qtbot, connected_llm, tmp_path) -> None:
    connected_llm.default = vague_for_price_list
    context = context_with_template()
    context.ledger.record(Run(template_id="meeting-summary", template_title="Meeting summary", status=DONE,
                              user=context.user, response_text="Decisions: ship on Friday."))
    _plan, record = send_batch(context, _leads(tmp_path))
    view = _history(qtbot, context)

    assert view.model.rowCount() == 2  # the batch's four answered rows are one entry, not four
    batch_row = next(r for r in range(2) if "batch" in _cells(view.model, r)[1])
    cells = _cells(view.model, batch_row)
    assert cells[1] == "Qualify a lead — batch of 5 rows from leads.csv" and cells[2] == "4 of 5 answered"
    assert cells[3].startswith("Claude")  # the model the rows went to

    panel = view.batch_panel
    with qtbot.waitSignal(panel.rows_loaded, timeout=20000):
        view.table.selectRow(batch_row)
    assert panel.isVisible() and not view.details.isVisible()
    rows = [_cells(panel.model, r) for r in range(panel.model.rowCount())]
    assert [r[1] for r in rows] == ["answered", "answered", "answered", "not sent", "answered"]
    # The vague answer and the row never sent, each with why.
    assert [r[2] for r in rows] == ["", "yes: None of these labels appears: HOT, WARM, COLD.", "", "yes: no answer", ""]
    assert rows[0][4].startswith("HOT.") and rows[0][3] != "—" and rows[3][3] == "—"
    assert "labels" in panel.model.rows[1].checks and "Company" in rows[3][4]
    assert panel.review_button.text() == "Review 2 flagged rows…"

    # Picking a single run again shows its details, not the batch.
    view.table.selectRow(1 - batch_row)
    assert view.details.isVisible() and not panel.isVisible()


def test_export_results_writes_xlsx_and_csv_from_the_ledger(qtbot, connected_llm, tmp_path) -> None:
    connected_llm.default = vague_for_price_list
    context = context_with_template()
    send_batch(context, _leads(tmp_path))
    view = _history(qtbot, context)
    with qtbot.waitSignal(view.batch_panel.rows_loaded, timeout=20000):
        view.table.selectRow(0)

    with qtbot.waitSignal(view.batch_panel.exported, timeout=20000):
        view.batch_panel.export_to(tmp_path / "out.xlsx")
    table = list(openpyxl.load_workbook(tmp_path / "out.xlsx").active.iter_rows(values_only=True))
    assert table[0] == ("Company", "Contact Person", "Notes", "Owner", "Answer", "Checks", "Cost (USD)",
                        "Needs review", "Status")
    assert [r[7] for r in table[1:]] == ["no", "yes", "no", "yes", "no"]
    assert table[1][0] == "Brightwater Ltd" and table[1][4].startswith("HOT.")
    assert "Saved to" in view.batch_panel.status.text()

    # The source moved away: the export still holds every row, with the fields each row filled in.
    (tmp_path / "leads.csv").unlink()
    with qtbot.waitSignal(view.batch_panel.exported, timeout=20000):
        view.batch_panel.export_to(tmp_path / "out.csv")
    with (tmp_path / "out.csv").open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][:3] == ["Company", "Contact person", "Notes from the form"] and len(lines) == 6
    assert lines[3][0] == "Northgate Clinic" and lines[3][-1] == "answered"


def test_spend_counts_every_row_of_a_batch(qtbot, connected_llm, tmp_path) -> None:
    context = context_with_template()
    _plan, record = send_batch(context, _leads(tmp_path))
    summary = BatchStore(context.ledger).summaries()[0]
    row_costs = [context.ledger.get(r["run_id"]).actual_cost for r in BatchStore(context.ledger).rows(record.id)
                 if r["status"] == DONE]
    spend = personal_spend(context)
    assert len(row_costs) == 4 and all(cost > 0 for cost in row_costs)
    assert spend.runs == 4 and spend.total == pytest.approx(sum(row_costs)) == pytest.approx(summary.cost)
    assert spend.by_template == {"qualify-lead": pytest.approx(sum(row_costs))}


def test_rows_of_a_batch_are_left_out_of_the_no_answer_notice_and_double_click_opens_the_review(
        qtbot, connected_llm, tmp_path) -> None:
    import dataclasses

    from desktop.core.run import UNCONFIRMED

    context = context_with_template()
    _plan, record = send_batch(context, _leads(tmp_path))
    first = context.ledger.get(BatchStore(context.ledger).run_ids(record.id)[0])
    context.ledger.record(dataclasses.replace(first, status=UNCONFIRMED))  # as after a crash mid-row
    context.ledger.record(Run(template_id="meeting-summary", template_title="Meeting summary", status=UNCONFIRMED,
                              user=context.user))
    view = _history(qtbot, context)
    assert "1 run was sent, but the answer was not received" in view.waiting_label.text()
    batch_row = next(r for r in range(view.model.rowCount()) if "batch" in _cells(view.model, r)[1])
    with qtbot.waitSignal(view.batch_panel.rows_loaded, timeout=20000):
        view.table.selectRow(batch_row)
    assert view.batch_panel.model.rows[0].words == "sent, answer not received"
    view.reopen_selected()
    dialog = view.batch_panel.review_dialog
    qtbot.waitUntil(lambda: dialog.row_list.count() == 5, timeout=20000)
    dialog.close()
