"""A template sent through the real pipeline (fake provider) shows in History and in My spend."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool

from desktop.core import paths
from desktop.core.context import AppContext
from desktop.core.run import DONE, WAITING
from desktop.core.send import pipeline
from desktop.core.settings import UserSettings
from desktop.gui.history_view import HistoryView
from desktop.gui.spend_chart import money
from desktop.gui.spend_view import SpendView
from tests.helpers.fake_llm import FakeLLMServer, Reply

TEMPLATE = """---
title: Client follow-up
category: Sales
tier: execution
version: 1
purpose: Write a short follow-up note after a call.
fields:
  - {name: notes, label: Call notes, type: long_text, required: true}
output: {max_words: 100}
checklist:
  - The note is friendly
---
Write a short follow-up note about this call:
{{notes}}
"""


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:
    """Background work ends before qtbot closes the widgets it reports to."""
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def context(connected_llm: FakeLLMServer) -> AppContext:
    (paths.personal_prompts_dir() / "client-follow-up.md").write_text(TEMPLATE, encoding="utf-8")
    return AppContext(UserSettings())


def _send(context: AppContext, notes: str):  # type: ignore[no-untyped-def]
    template = context.library.get("client-follow-up")
    assert template is not None, context.library.problems
    return pipeline.execute(context, pipeline.prepare(context, template, {"notes": notes}), sleep=lambda _s: None)


def test_a_sent_run_is_listed_in_history_and_counted_in_my_spend(qtbot, context: AppContext,
                                                                  fake_llm: FakeLLMServer) -> None:
    fake_llm.queue(Reply(text="Thanks for the call today; the revised quote follows on Friday."))
    run = _send(context, "They asked for a revised quote by Friday.")
    assert run.status == DONE and run.actual_cost > 0

    history = HistoryView(context)
    qtbot.addWidget(history)
    with qtbot.waitSignal(history.loaded):
        history.refresh()
    assert history.runs[0].id == run.id
    assert history.model.index(0, 1).data() == "Client follow-up"
    assert history.model.index(0, 4).data() == money(run.actual_cost)
    history.table.selectRow(0)
    assert "revised quote follows on Friday" in history.details.toPlainText()

    spend = SpendView(context)
    qtbot.addWidget(spend)
    with qtbot.waitSignal(spend.refreshed):
        spend.refresh()
    assert spend.total_card.value.text() == money(run.actual_cost)
    assert spend.template_table.item(0, 0).text() == "Client follow-up"  # the library's title, not the id


def test_a_run_the_provider_could_not_take_waits_with_send_now(qtbot, context: AppContext,
                                                                fake_llm: FakeLLMServer) -> None:
    fake_llm.default = lambda _request: Reply(fault="529")
    run = _send(context, "Follow up on the demo.")
    assert run.status == WAITING
    history = HistoryView(context)
    qtbot.addWidget(history)
    with qtbot.waitSignal(history.loaded):
        history.refresh()
    assert history.select_run(run.id)
    assert "1 run is waiting to send" in history.waiting_label.text()
    with qtbot.waitSignal(history.send_now_requested) as signal:
        history.send_button.click()
    assert signal.args == [run.id]
