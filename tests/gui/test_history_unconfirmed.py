"""History and a run sent without its answer saved: shown honestly, sent again only after a yes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

from desktop.core.context import AppContext
from desktop.core.run import UNCONFIRMED, WAITING
from desktop.gui.history_view import HistoryView

# A real process records a run as sending and stops before any answer is recorded.
_STOPPED_MID_SEND = """
from desktop.core.run import Run
from desktop.core.usage.ledger import open_ledger
run = Run(user="Ana", template_id="cold-email", template_title="Cold email", fields={"client": "Acme"},
          estimated_cost=0.004)
open_ledger().begin_send(run)
print(run.id)
"""


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def context(monkeypatch: pytest.MonkeyPatch) -> AppContext:
    monkeypatch.setenv("PROMPTDESK_USER", "Ana")
    return AppContext()


def _stopped_mid_send() -> str:
    out = subprocess.run([sys.executable, "-c", _STOPPED_MID_SEND], capture_output=True, text=True,
                         env=dict(os.environ), timeout=60, check=True)
    return out.stdout.strip()


def _view(qtbot, context: AppContext) -> HistoryView:
    view = HistoryView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    return view


def _question(view: HistoryView) -> QMessageBox:
    box = view.findChild(QMessageBox, "resend_question")
    assert box is not None and box.isVisible()
    return box


def test_a_run_whose_process_stopped_mid_send_says_it_may_have_been_billed(qtbot, context) -> None:
    run_id = _stopped_mid_send()
    view = _view(qtbot, context)
    assert str(view.model.index(0, 2).data()) == "Sent, answer not received — may have been billed"
    assert "sent, but the answer was not received" in view.waiting_label.text()
    assert context.ledger.get(run_id).status == UNCONFIRMED
    assert view.select_run(run_id)
    assert "may have been billed" in view.details.toPlainText()


def test_send_now_on_an_unconfirmed_run_asks_first_and_cancel_sends_nothing(qtbot, context) -> None:
    run_id = _stopped_mid_send()
    view = _view(qtbot, context)
    assert view.select_run(run_id) and view.send_button.isEnabled()
    emitted: list[str] = []
    view.send_now_requested.connect(emitted.append)

    view.send_button.click()
    box = _question(view)
    assert "may have answered it and billed it" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: view.findChild(QMessageBox, "resend_question") is None)
    assert emitted == [] and context.ledger.get(run_id).status == UNCONFIRMED

    view.send_button.click()
    box = _question(view)
    send_again = next(b for b in box.buttons() if b.text() == "Send again")
    with qtbot.waitSignal(view.send_now_requested) as signal:
        send_again.click()
    assert signal.args == [run_id]
    assert context.ledger.get(run_id).status == WAITING


def test_the_answer_area_says_sent_without_an_answer_not_not_sent(qtbot, context) -> None:
    from desktop.gui.answer_view import AnswerView

    run_id = _stopped_mid_send()
    _view(qtbot, context)  # opening History marks it
    view = AnswerView()
    qtbot.addWidget(view)
    view.finish(context.ledger.get(run_id))
    assert view.status.text() == "Sent, answer not received — may have been billed"
    assert "may have been billed" in view.error.text()
