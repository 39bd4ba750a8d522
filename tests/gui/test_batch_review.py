"""The review screen of a batch: flagged rows one at a time beside the checklist; approve and
"Mark fixed" take a row off the list; "Re-run selected rows" sends only the ticked rows again,
under new run ids, the earlier answers kept in History."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool

from desktop.core.batch.entry import FIXED_COMMENT
from desktop.core.batch.store import BatchStore
from desktop.core.usage.budget import personal_spend
from desktop.gui.batch_review import BatchReviewDialog
from desktop.gui.history_view import HistoryView
from tests.core.batch.conftest import LEADS
from tests.gui.batch_support import context_with_template, send_batch, vague_for_price_list
from tests.helpers.fake_llm import Reply


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def sent(connected_llm, tmp_path: Path):
    connected_llm.default = vague_for_price_list
    source = tmp_path / "leads.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(LEADS)
    context = context_with_template()
    _plan, record = send_batch(context, source)
    return context, record


def _dialog(qtbot, context, record, **kwargs) -> BatchReviewDialog:
    dialog = BatchReviewDialog(context, record, context.library.get("qualify-lead"), **kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        dialog.show()
    return dialog


def _listed(dialog: BatchReviewDialog) -> list[str]:
    return [dialog.row_list.item(i).text() for i in range(dialog.row_list.count())]


def test_flagged_rows_come_one_at_a_time_beside_the_checklist_and_approving_takes_one_off(qtbot, sent) -> None:
    context, record = sent
    dialog = _dialog(qtbot, context, record)
    assert _listed(dialog) == ["Row 2: Kestrel Foods\nAnswered — needs review", "Row 4\nNot sent — needs review"]
    assert dialog.row_heading.text().startswith("Row 2: Kestrel Foods")
    assert "It depends" in dialog.answer.text and "labels" in dialog.problem.text()
    flagged = [r for r in dialog.checklist.results if r.automatic and r.passed is False]
    assert [r.id for r in flagged] == ["labels"]
    assert "The reason matches the notes" in [r.label for r in dialog.checklist.results]
    assert not dialog.checklist.approve.isEnabled()  # the failed check and the human items come first

    run_id = dialog.current.run_id
    for result_id in list(dialog.checklist.checks):
        dialog.checklist.tick(result_id)
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        qtbot.mouseClick(dialog.checklist.approve, Qt.MouseButton.LeftButton)
    assert context.ledger.get(run_id).approved
    assert _listed(dialog) == ["Row 4\nNot sent — needs review"]
    assert dialog.row_heading.text().startswith("Row 4") and not dialog.fixed_button.isEnabled()

    dialog.show_all.setChecked(True)
    assert len(_listed(dialog)) == 5


def test_mark_fixed_records_the_row_as_approved_after_a_fix(qtbot, sent) -> None:
    context, record = sent
    dialog = _dialog(qtbot, context, record)
    run_id = dialog.current.run_id
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        qtbot.mouseClick(dialog.fixed_button, Qt.MouseButton.LeftButton)
    run = context.ledger.get(run_id)
    assert run.approved and run.feedback == -1 and run.feedback_comment == FIXED_COMMENT
    assert "Row 2" not in " ".join(_listed(dialog))


def test_rerun_sends_only_the_chosen_rows_under_new_ids_and_keeps_the_old_answers(
        qtbot, sent, connected_llm) -> None:
    context, record = sent
    old_ids = BatchStore(context.ledger).run_ids(record.id)
    connected_llm.clear()
    connected_llm.queue(Reply(text="WARM. A price list request, no timeline yet."))
    dialog = _dialog(qtbot, context, record)
    assert not dialog.rerun_button.isEnabled()
    dialog.choose([1])
    assert dialog.rerun_button.text() == "Re-run 1 selected row"
    with qtbot.waitSignal(dialog.rerun_finished, timeout=30000) as finished:
        qtbot.mouseClick(dialog.rerun_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].done == 1 and len(connected_llm.requests) == 1
    assert "price list" in connected_llm.requests[0].user_text()

    new_ids = BatchStore(context.ledger).run_ids(record.id)
    assert new_ids[1] != old_ids[1] and {k: v for k, v in new_ids.items() if k != 1} == \
        {k: v for k, v in old_ids.items() if k != 1}
    assert context.ledger.get(new_ids[1]).response_text.startswith("WARM.")
    old = context.ledger.get(old_ids[1])
    assert old is not None and old.response_text.startswith("It depends")  # the earlier answer is kept
    qtbot.waitUntil(lambda: _listed(dialog) == ["Row 4\nNot sent — needs review"], timeout=20000)

    history = HistoryView(context)
    qtbot.addWidget(history)
    with qtbot.waitSignal(history.loaded, timeout=20000):
        history.refresh()
    assert [r.id for r in history.runs] == [old_ids[1]]  # listed on its own beside the batch's entry
    assert personal_spend(context).runs == 5  # four rows and the earlier answer: each was paid for


def test_a_row_in_an_open_provider_batch_cannot_be_sent_again(qtbot, connected_llm, tmp_path) -> None:
    from desktop.core.batch import provider_batch

    source = tmp_path / "leads.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(LEADS)
    context = context_with_template()
    plan, record = send_batch(context, source, mode="provider")
    provider_batch.submit(context, plan, record)
    record = BatchStore(context.ledger).get(record.id)
    dialog = _dialog(qtbot, context, record, all_rows=True)
    item = dialog.row_list.item(0)
    assert "may have been billed" in item.text()
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_a_row_that_may_have_been_billed_is_sent_again_only_after_a_yes(qtbot, sent, connected_llm) -> None:
    import dataclasses

    from PySide6.QtWidgets import QMessageBox

    from desktop.core.run import UNCONFIRMED

    context, record = sent
    first = context.ledger.get(BatchStore(context.ledger).run_ids(record.id)[0])
    context.ledger.record(dataclasses.replace(first, status=UNCONFIRMED))  # as after a crash mid-row
    connected_llm.clear()
    dialog = _dialog(qtbot, context, record)
    assert _listed(dialog)[0].startswith("Row 1: Brightwater Ltd\nSent, answer not received")
    dialog.choose([0])

    dialog.rerun_selected()
    box = dialog.findChild(QMessageBox, "rerun_question")
    assert "may have billed it already" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.reject()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "rerun_question") is None)
    assert connected_llm.requests == []

    dialog.rerun_selected()
    box = dialog.findChild(QMessageBox, "rerun_question")
    send = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(dialog.rerun_finished, timeout=30000):
        send.click()
    assert len(connected_llm.requests) == 1 and "Brightwater" in connected_llm.requests[0].user_text()
