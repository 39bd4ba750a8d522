"""What a template says to do when the AI is unavailable is shown where sending fails, and who
reviews is in About this template."""

from __future__ import annotations

from pathlib import Path

from desktop.core.run import WAITING
from desktop.gui.template_details_dialog import details_html
from tests.gui.test_main_window_support import (
    note_template,
    open_window,
    personal_folder,
    wait_idle,
    write_template,
)
from tests.helpers.fake_llm import FakeLLMServer, Reply

FALLBACK = "Use the reply letters in the Support drive and send by hand."


def _window(qtbot, *, prepared: bool = True):  # type: ignore[no-untyped-def]
    text = note_template("Customer reply", purpose="Reply to a customer.").replace(
        "version: 1\n", f"version: 1\nunavailable: {FALLBACK}\nreviewer: Dana, support lead\n", 1)
    write_template(personal_folder(), "customer-reply", text)
    window = open_window(qtbot)
    page = window.templates
    page.retry_sleep = lambda _seconds: None
    page.open_template("customer-reply")
    page.form.editors["text"].setPlainText("Where is my parcel?")
    if prepared:
        qtbot.waitUntil(lambda: page.prepared is not None and bool(page.prepared.values.get("text")), timeout=10_000)
    return window


def test_when_the_provider_is_down_the_templates_fallback_is_shown(qtbot, connected_llm: FakeLLMServer) -> None:
    connected_llm.default = lambda _request: Reply(fault="500")
    window = _window(qtbot)
    page = window.templates
    with qtbot.waitSignal(page.run_finished, timeout=20_000) as finished:
        page.route_bar.send.click()
    assert finished.args[0].status == WAITING
    message = page.answer.error.text()
    first, fallback = message.split("\n\n")
    assert "waits" in first and fallback == f"When the AI is unavailable: {FALLBACK}"  # after why, what to do
    wait_idle(qtbot)


def test_when_team_settings_stop_sending_the_fallback_is_shown_too(qtbot, connected_llm, team_dir: Path) -> None:
    (team_dir / "team.toml").write_text("approval_threshold = nan\n", encoding="utf-8")
    window = _window(qtbot, prepared=False)
    page = window.templates
    page.route_bar.send.click()
    qtbot.waitUntil(lambda: FALLBACK in page.answer.error.text(), timeout=10_000)
    assert "nothing is sent until they are fixed" in page.answer.error.text()
    assert connected_llm.requests == []
    wait_idle(qtbot)


def test_about_this_template_names_the_reviewer_and_the_fallback(qtbot) -> None:
    window = _window(qtbot)
    template = window.templates.template
    html = details_html(template, [])
    assert "Who reviews the answers" in html and "Dana, support lead" in html and FALLBACK in html
    wait_idle(qtbot)
