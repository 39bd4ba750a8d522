"""Provider batches from the dialog: "Send at half price, results within 24 hours" creates a job
kept in the ledger; its rows show "may have been billed" until collected; the poller (called
directly, never by the clock) records the answers into the History entry and says where the batch
stands in the status bar."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QLabel

from desktop.core.batch import provider_batch
from desktop.core.batch.store import BatchStore
from desktop.core.context import AppContext
from desktop.core.settings import UserSettings
from desktop.gui.batch_dialog import BatchDialog
from desktop.gui.batch_poller import BatchPoller
from desktop.gui.history_view import HistoryView
from tests.core.batch.conftest import LEADS
from tests.gui.batch_support import context_with_template
from tests.gui.test_main_window_support import open_window, wait_idle


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def _leads(folder: Path) -> Path:
    path = folder / "leads.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(LEADS)
    return path


def _submit_from_dialog(qtbot, context: AppContext, source: Path) -> str:
    dialog = BatchDialog(context, context.library.get("qualify-lead"))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.planned, timeout=30000):
        dialog.set_source(source)
    assert dialog.batch_button.isEnabled() and dialog.send_button.isEnabled()
    with qtbot.waitSignal(dialog.batch_submitted, timeout=30000) as submitted:
        qtbot.mouseClick(dialog.batch_button, Qt.MouseButton.LeftButton)
    assert "4 rows as a provider batch at half price" in dialog.status.text()
    assert not dialog.batch_button.isEnabled() and not dialog.send_button.isEnabled()
    return str(submitted.args[0])


def _poll(qtbot, poller: BatchPoller) -> list:
    with qtbot.waitSignal(poller.polled, timeout=30000) as polled:
        poller.poll_now()
    return list(polled.args[0])


def test_half_price_from_the_dialog_then_collected_into_history(qtbot, connected_llm, tmp_path) -> None:
    context = context_with_template()
    batch_id = _submit_from_dialog(qtbot, context, _leads(tmp_path))
    record = BatchStore(context.ledger).get(batch_id)
    job = provider_batch.jobs_of(record)["anthropic"]
    assert record.state == "submitted" and len(connected_llm.batches.jobs[job]["requests"]) == 4
    assert "Hannah Okafor" not in connected_llm.sent_text()

    history = HistoryView(context)
    qtbot.addWidget(history)
    history.show()
    with qtbot.waitSignal(history.loaded, timeout=20000):
        history.refresh()
    cells = [str(history.model.index(0, c).data()) for c in range(5)]
    assert cells[2] == "0 of 5 answered · 4 in the provider batch" and cells[3].startswith("Claude")
    with qtbot.waitSignal(history.batch_panel.rows_loaded, timeout=20000):
        history.table.selectRow(0)
    words = [row.words for row in history.batch_panel.model.rows]
    assert sum("may have been billed" in w for w in words) == 4 and words[3] == "not sent"

    poller = BatchPoller(AppContext(UserSettings()))  # as after a restart: the job is found in the ledger
    states = _poll(qtbot, poller)
    assert [s.sentence() for s in states] == ["Batch 'leads' — 0 of 5 done"]

    connected_llm.batches.finish()
    with qtbot.waitSignal(poller.results_arrived, timeout=30000) as arrived:
        poller.poll_now()
    assert arrived.args[0] == 4
    assert poller.states[0].sentence() == "Batch 'leads' — 4 of 5 done. The answers are in History."
    assert _poll(qtbot, poller) == []  # collected: nothing left to ask about

    with qtbot.waitSignal(history.loaded, timeout=20000):
        history.refresh()
    assert str(history.model.index(0, 2).data()) == "4 of 5 answered"
    qtbot.waitUntil(lambda: [r.words for r in history.batch_panel.model.rows] ==
                    ["answered", "answered", "answered", "not sent", "answered"], timeout=20000)


def test_a_failed_look_is_said_in_plain_words_and_the_job_is_kept(qtbot, connected_llm, tmp_path,
                                                                  monkeypatch) -> None:
    context = context_with_template()
    batch_id = _submit_from_dialog(qtbot, context, _leads(tmp_path))
    monkeypatch.setenv("ANTHROPIC_BASE_URL", "http://127.0.0.1:9")  # nothing listens: as when offline
    poller = BatchPoller(context)
    states = _poll(qtbot, poller)
    assert len(states) == 1 and states[0].problem and "Trying again in a few minutes" in states[0].sentence()
    assert BatchStore(context.ledger).get(batch_id).state == "submitted"


def test_the_window_shows_open_batches_in_the_status_bar(qtbot, connected_llm, tmp_path) -> None:
    context = context_with_template()
    _submit_from_dialog(qtbot, context, _leads(tmp_path))
    window = open_window(qtbot, context)
    poller = window.batch_poller
    assert poller is not None and poller.timer.isActive() and poller.first.isActive()
    poller.stop()  # no looks by the clock in a test: the slot is called directly
    _poll(qtbot, poller)
    label = window.findChild(QLabel, "batch_status")
    assert label.text() == "Batch 'leads' — 0 of 5 done" and label.isVisible()
    wait_idle(qtbot)
