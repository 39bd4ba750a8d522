"""The main flow against the fake LLM server with the real SDKs: pick → fill → preview → send →
stream → tick → approve → the run in History and My spend; and the failures a person meets
(a refused key, the provider down, the team drive gone), each with its plain message and
nothing typed lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core.run import DONE, WAITING
from tests.gui.test_main_window_support import (
    note_template,
    open_window,
    personal_folder,
    wait_idle,
    write_template,
)
from tests.helpers.fake_llm import FakeLLMServer, Reply

TYPED = "Please write back to Anna Schmidt at anna.schmidt@example.com about the late parcel."


@pytest.fixture
def llm(connected_llm: FakeLLMServer) -> FakeLLMServer:
    """Both providers point at the fake server, with fake keys in the (in-memory) keychain."""
    return connected_llm


def _ready_window(qtbot, text: str = TYPED):  # type: ignore[no-untyped-def]
    write_template(personal_folder(), "customer-reply", note_template(
        "Customer reply", category="Support", purpose="Reply to a customer.",
        body="Write a short, friendly reply to this customer message."))
    window = open_window(qtbot)
    page = window.templates
    page.retry_sleep = lambda _seconds: None  # retries happen at once instead of after 1, 2, 4 s
    page.open_template("customer-reply")
    page.form.editors["text"].setPlainText(text)
    qtbot.waitUntil(lambda: page.prepared is not None and page.prepared.values.get("text") == text, timeout=10_000)
    return window


def test_pick_fill_preview_send_stream_tick_approve_then_history_and_spend(qtbot, llm: FakeLLMServer) -> None:
    window = _ready_window(qtbot)
    page = window.templates
    prepared = page.prepared
    assert "will be hidden" in page.route_bar.privacy.text()
    assert "Execution · Claude Sonnet" in page.route_bar.route.text()

    page.route_bar.preview.click()
    preview = page.preview
    assert preview is not None and preview.isVisible()
    outgoing = preview.text.toPlainText()
    assert outgoing == prepared.redaction.text
    assert "anna.schmidt@example.com" not in outgoing
    email_placeholder = next(p for p, original in prepared.redaction.vault.items() if "@" in original)
    assert email_placeholder in outgoing
    preview.close()

    reply = f"Dear customer, I have written to {email_placeholder} about the parcel. Thanks for your patience."
    llm.queue(Reply(text=reply, chunk_delay=0.01))
    pieces: list[str] = []
    original_append = page.answer.append
    page.answer.append = lambda chunk: (pieces.append(chunk), original_append(chunk))  # type: ignore[method-assign]
    with qtbot.waitSignal(page.run_finished, timeout=20_000) as finished:
        page.route_bar.send.click()
    run = finished.args[0]
    assert run.status == DONE
    assert len(pieces) > 3  # it streamed in, piece by piece
    shown = page.answer.browser.toPlainText()
    assert "anna.schmidt@example.com" in shown and email_placeholder not in shown  # restored on this computer
    sent = llm.sent_text()
    assert "anna.schmidt@example.com" not in sent and "Schmidt" not in sent
    assert all(original not in sent for original in prepared.redaction.vault.values())  # nothing hidden left
    assert "less than 1¢" in page.answer.status.text() or "¢" in page.answer.status.text()
    assert "what the provider counted" in page.answer.status.toolTip()
    assert page.form.editors["text"].toPlainText() == TYPED

    panel = page.checklist
    for result in panel.results:
        if result.required and result.passed is not True:
            panel.tick(result.id)
    assert panel.approve.isEnabled()
    panel.approve.click()
    qtbot.waitUntil(lambda: bool(window.context.ledger.get(run.id).approved), timeout=5000)

    window.show_page(1)
    history = window.page("History")
    qtbot.waitUntil(lambda: history.select_run(run.id), timeout=10_000)
    window.show_page(2)
    spend = window.page("My spend")
    qtbot.waitUntil(lambda: spend.template_table.rowCount() > 0, timeout=10_000)
    assert "Customer reply" in spend.template_table.item(0, 0).text()
    wait_idle(qtbot)


def test_a_refused_key_says_which_key_and_keeps_what_was_typed(qtbot, llm: FakeLLMServer) -> None:
    llm.default = lambda _request: Reply(fault="401")
    window = _ready_window(qtbot)
    page = window.templates
    with qtbot.waitSignal(page.run_finished, timeout=20_000) as finished:
        page.route_bar.send.click()
    run = finished.args[0]
    assert run.status != DONE
    message = page.answer.error.text()
    assert not page.answer.error.isHidden()
    assert "key" in message.lower() and "Traceback" not in message
    assert page.form.editors["text"].toPlainText() == TYPED
    assert page.route_bar.send.isEnabled()
    wait_idle(qtbot)


@pytest.mark.parametrize("fault", ["500", "529"])
def test_provider_down_keeps_the_request_waiting_and_explains_it(qtbot, llm: FakeLLMServer, fault: str) -> None:
    llm.default = lambda _request: Reply(fault=fault)
    window = _ready_window(qtbot)
    page = window.templates
    with qtbot.waitSignal(page.run_finished, timeout=20_000) as finished:
        page.route_bar.send.click()
    run = finished.args[0]
    assert run.status == WAITING
    message = page.answer.error.text()
    assert message.startswith("Anthropic is") and message.endswith("goes by itself once it answers again.")
    assert message.count(".") == 1  # one short sentence; the one button says what to do
    assert page.answer.again.text() == "Send now"
    assert page.answer.status.text() == "Waiting to send"
    assert window.context.ledger.get(run.id).status == WAITING
    assert page.form.editors["text"].toPlainText() == TYPED

    llm.default = lambda _request: Reply(text="Back again: here is your reply.")
    with qtbot.waitSignal(page.run_finished, timeout=20_000) as again:
        window.send_waiting_run(run.id)
    assert again.args[0].id == run.id and again.args[0].status == DONE
    assert "Back again" in page.answer.browser.toPlainText()
    wait_idle(qtbot)


def test_team_drive_gone_still_answers_and_says_records_wait(qtbot, llm: FakeLLMServer, team_dir: Path) -> None:
    window = _ready_window(qtbot)
    page = window.templates
    shutil.rmtree(team_dir)
    llm.queue(Reply(text="Here is the reply, written while the drive was away."))
    with qtbot.waitSignal(page.run_finished, timeout=20_000) as finished:
        page.route_bar.send.click()
    assert finished.args[0].status == DONE
    assert "while the drive was away" in page.answer.browser.toPlainText()
    qtbot.waitUntil(lambda: "Team drive not reachable" in window.gauge.sync_button.text(), timeout=10_000)
    assert "waiting" in window.gauge.sync_button.text()
    assert page.form.editors["text"].toPlainText() == TYPED
    wait_idle(qtbot)


def test_stop_ends_the_stream_and_keeps_what_arrived(qtbot, llm: FakeLLMServer) -> None:
    words = [f"word{i} " for i in range(400)]
    llm.queue(Reply(text="".join(words), chunks=words, chunk_delay=0.02))
    window = _ready_window(qtbot)
    page = window.templates
    page.route_bar.send.click()
    qtbot.waitUntil(lambda: page.send_task is not None and "word3" in page.answer.text, timeout=10_000)
    assert page.answer.stop.isVisible()
    with qtbot.waitSignal(page.run_finished, timeout=20_000) as finished:
        page.answer.stop.click()
    run = finished.args[0]
    assert run.status == "cancelled"
    assert "word3" in page.answer.browser.toPlainText()
    assert "word399" not in page.answer.browser.toPlainText()
    wait_idle(qtbot)


def test_a_costly_request_asks_first_and_cancel_sends_nothing(qtbot, llm: FakeLLMServer, team_dir: Path) -> None:
    (team_dir / "team.toml").write_text("approval_threshold = 0.000001\n", encoding="utf-8")
    window = _ready_window(qtbot)
    page = window.templates
    assert page.prepared.needs_approval
    page.route_bar.send.click()
    qtbot.waitUntil(lambda: any(box.isVisible() for box in page.findChildren(QMessageBox)), timeout=10_000)
    box = next(box for box in page.findChildren(QMessageBox) if box.isVisible())
    assert "cost" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: page.route_bar.send.isEnabled(), timeout=5000)
    assert llm.requests == []
    wait_idle(qtbot)


def test_trying_without_a_key_shows_the_outgoing_text_instead_of_sending(qtbot, fake_llm: FakeLLMServer,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_llm.url)
    monkeypatch.setenv("OPENAI_BASE_URL", fake_llm.url + "/v1")
    window = _ready_window(qtbot)
    window.context.settings.set("try_without_key", True)
    page = window.templates
    with qtbot.waitSignal(page.run_finished, timeout=20_000) as finished:
        page.route_bar.send.click()
    assert finished.args[0].status == "dry_run"
    assert fake_llm.requests == []
    assert "without a key" in page.answer.status.text()
    assert "anna.schmidt@example.com" not in page.answer.browser.toPlainText()
    wait_idle(qtbot)
