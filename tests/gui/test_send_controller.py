"""The send road without its page: SendController runs with no widget at all, tells everything
through signals, shows only the estimate of the values typed last, sends a first request and a
resend on one road (one claim per run id), and writes the latest review last."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import QObject

from desktop.core.run import DONE, Run
from desktop.gui.checklist_panel import Review
from desktop.gui.send_controller import Estimate, SendController, load_review, review_key
from tests.gui.test_main_window_support import (
    make_context,
    note_template,
    personal_folder,
    wait_idle,
    write_template,
)
from tests.helpers.fake_llm import FakeLLMServer


class Typing:
    """What the form would give: the values typed so far, changed by the test."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {"text": "first draft"}

    def __call__(self) -> dict[str, Any]:
        return dict(self.values)


@pytest.fixture
def controller(qtbot):  # type: ignore[no-untyped-def]
    write_template(personal_folder(), "plain-note", note_template("Plain note"))
    context = make_context()
    holder = QObject()
    made = SendController(context, Typing(), lambda: None, holder)
    made.template = context.library.get("plain-note")
    made.retry_sleep = lambda _seconds: None
    yield made
    wait_idle(qtbot)
    holder.deleteLater()


def test_only_the_estimate_of_the_values_typed_last_arrives(qtbot, controller: SendController) -> None:
    estimates: list[Estimate] = []
    controller.estimated.connect(estimates.append)
    controller.prepare()
    controller._values.values = {"text": "second draft"}  # type: ignore[attr-defined]
    controller.prepare()
    qtbot.waitUntil(lambda: bool(estimates), timeout=10_000)
    wait_idle(qtbot)
    assert [e.prepared.values["text"] for e in estimates] == ["second draft"]
    assert controller.prepared is estimates[0].prepared


def test_a_send_is_told_through_signals_from_start_to_finished_run(qtbot, controller: SendController,
                                                                  connected_llm: FakeLLMServer) -> None:
    told: list[str] = []
    controller.sending_changed.connect(lambda on: told.append(f"sending {on}"))
    controller.send_started.connect(lambda status: told.append("started"))
    with qtbot.waitSignal(controller.send_finished, timeout=20_000) as finished:
        controller.send()
    run, template = finished.args
    assert run.status == DONE and run.response_text and template is controller.template
    assert told == ["sending True", "started", "sending False"]
    assert controller.send_task is None and controller.sending_id == ""


def test_a_run_already_on_its_way_is_not_sent_again(qtbot, controller: SendController) -> None:
    from desktop.gui.waiting_sender import IN_FLIGHT

    assert IN_FLIGHT.claim("run-on-its-way")
    try:
        with qtbot.waitSignal(controller.note, timeout=1000) as note:
            controller.resend("run-on-its-way")
    finally:
        IN_FLIGHT.release("run-on-its-way")
    assert "being sent right now" in note.args[0]
    assert controller.send_task is None


def test_reviews_are_written_in_order_and_the_latest_lands(qtbot, controller: SendController) -> None:
    context = controller.context
    run = Run(template_id="plain-note", template_title="Plain note", status=DONE, response_text="An answer.",
              user="Test User")
    context.ledger.record(run)
    recorded: list[str] = []
    controller.review_recorded.connect(recorded.append)
    controller.record_review(Review(run.id, ["a"], 1, 3))
    controller.record_review(Review(run.id, ["a", "b"], 2, 3))
    controller.record_review(Review(run.id, ["a", "b", "c"], 3, 3, approved=True))
    qtbot.waitUntil(lambda: len(recorded) == 2, timeout=10_000)  # the middle one was overtaken while waiting
    wait_idle(qtbot)
    assert json.loads(context.ledger.get_meta(review_key(run.id))) == ["a", "b", "c"]
    review = load_review(context, context.ledger.get(run.id))
    assert review is not None and review.approved and review.ticked == 3
    assert controller.reviews[run.id].ticked_ids == ["a", "b", "c"]
