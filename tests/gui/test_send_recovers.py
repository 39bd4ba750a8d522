"""Sending that recovers: a request that waits goes by itself, exactly once, when the provider
answers again; a person's own Send always tries, even while the circuit breaker skips the
provider for automatic tries; a waiting request is one entry however often it is retried."""

from __future__ import annotations

import pytest

from desktop.core.run import DONE, WAITING
from desktop.core.send import providers
from tests.gui.test_main_window_support import (
    note_template,
    open_window,
    personal_folder,
    wait_idle,
    write_template,
)
from tests.helpers.fake_llm import FakeLLMServer, Reply

TYPED = "Please tell the supplier the delivery moves to next week."


@pytest.fixture
def llm(connected_llm: FakeLLMServer) -> FakeLLMServer:
    connected_llm.default = lambda _request: Reply(fault="500")  # the provider is down
    return connected_llm


def _window(qtbot):  # type: ignore[no-untyped-def]
    write_template(personal_folder(), "supplier-note", note_template(
        "Supplier note", purpose="Tell a supplier about a change.", body="Write a short note to a supplier."))
    window = open_window(qtbot)
    window.waiting_sender.stop()  # the test says when to look, so every request is counted
    page = window.templates
    page.retry_sleep = lambda _seconds: None
    page.open_template("supplier-note")
    page.form.editors["text"].setPlainText(TYPED)
    qtbot.waitUntil(lambda: page.prepared is not None and page.prepared.values.get("text") == TYPED, timeout=10_000)
    return window


def _send_and_wait(qtbot, window):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.templates.run_finished, timeout=20_000) as finished:
        window.templates.route_bar.send.click()
    return finished.args[0]


def _look(qtbot, window):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.waiting_sender.checked, timeout=20_000):
        window.waiting_sender.check()


def test_provider_down_then_back_the_waiting_run_goes_by_itself_exactly_once(qtbot, llm: FakeLLMServer) -> None:
    window = _window(qtbot)
    run = _send_and_wait(qtbot, window)
    assert run.status == WAITING
    page = window.templates
    assert "goes by itself once it answers again" in page.answer.error.text()
    assert page.answer.again.text() == "Send now"
    assert page.answer.error.property("role") == "warning"  # waiting is not a failure

    sent = len(llm.requests)
    _look(qtbot, window)  # still down: one automatic try per provider, no retries, still one entry
    assert [r.path for r in llm.requests[sent:]] == ["/v1/messages", "/v1/chat/completions"]
    assert [r.id for r in window.context.ledger.waiting()] == [run.id]

    llm.default = lambda _request: Reply(text="The supplier note, sent once the provider was back.")
    sent = len(llm.requests)
    with qtbot.waitSignal(window.waiting_sender.run_finished, timeout=20_000) as by_itself:
        window.waiting_sender.check()
    done = by_itself.args[0]
    assert (done.id, done.status) == (run.id, DONE)
    assert len(llm.requests) == sent + 1
    assert window.context.ledger.get(run.id).status == DONE and window.context.ledger.waiting() == []
    assert "sent by itself" in window.statusBar().currentMessage()
    assert "once the provider was back" in page.answer.browser.toPlainText()  # the page shows it too

    _look(qtbot, window)
    _look(qtbot, window)
    assert len(llm.requests) == sent + 1  # never a second time
    wait_idle(qtbot)


def test_explicit_send_during_a_breaker_window_tries_and_reuses_the_waiting_entry(qtbot, llm: FakeLLMServer) -> None:
    window = _window(qtbot)
    first = _send_and_wait(qtbot, window)
    second = _send_and_wait(qtbot, window)  # two failed requests in a row: the breaker opens
    assert first.status == second.status == WAITING
    assert second.id == first.id  # pressing Send again does not add a second waiting request
    assert [r.id for r in window.context.ledger.waiting()] == [first.id]
    key = providers.endpoint_for("anthropic", window.context.keys, window.context.settings).breaker_key
    assert providers.BREAKER.is_open(key)

    llm.default = lambda _request: Reply(text="Answered at the first click.")
    sent = len(llm.requests)
    run = _send_and_wait(qtbot, window)
    assert run.status == DONE and run.id == first.id
    assert len(llm.requests) == sent + 1 and llm.requests[-1].path == "/v1/messages"
    assert not providers.BREAKER.is_open(key)
    wait_idle(qtbot)


def test_a_run_that_needs_approval_waits_for_a_click(qtbot, llm: FakeLLMServer) -> None:
    window = _window(qtbot)
    run = _send_and_wait(qtbot, window)
    window.context.team.approval_threshold = 0.0000001  # every request now needs approval
    llm.default = lambda _request: Reply(text="should not be sent")
    sent = len(llm.requests)
    _look(qtbot, window)
    assert len(llm.requests) == sent
    assert window.context.ledger.get(run.id).status == WAITING
    wait_idle(qtbot)


def test_the_route_bar_offers_every_tier_with_its_price_and_sends_on_the_one_picked(qtbot, llm) -> None:
    llm.default = lambda _request: Reply(text="Answered on the quick tier.")
    window = _window(qtbot)
    page = window.templates
    actions = [a for a in page.route_bar.tier_menu.actions() if a.text()]
    labels = [a.text() for a in actions]
    assert labels[0].startswith("Let Promptdesk choose") and actions[0].isChecked()
    assert any(text.startswith("Quick · ") and ("¢" in text or "$" in text) for text in labels)
    quick = next(a for a in actions if a.text().startswith("Quick · "))
    with qtbot.waitSignal(page.route_bar.tier_chosen):
        quick.trigger()
    qtbot.waitUntil(lambda: page.prepared is not None and page.prepared.route.tier == "quick", timeout=10_000)
    assert page.route_bar.route.text().startswith("Quick · ")
    run = _send_and_wait(qtbot, window)
    assert run.status == DONE and run.tier == "quick"
    wait_idle(qtbot)


def test_stop_before_the_provider_sends_any_header_ends_the_request_at_once(qtbot, llm) -> None:
    """The provider holds the request without a byte (60 s read timeout): Stop does not wait for it."""
    llm.default = lambda _request: Reply(fault="hang", hang_seconds=120)
    window = _window(qtbot)
    page = window.templates
    page.route_bar.send.click()
    qtbot.waitUntil(lambda: page.send_task is not None and len(llm.requests) > 0, timeout=10_000)
    with qtbot.waitSignal(page.run_finished, timeout=10_000) as finished:  # far less than the read timeout
        page.answer.stop.click()
    assert finished.args[0].status == "cancelled"
    assert page.form.editors["text"].toPlainText() == TYPED
    wait_idle(qtbot)
