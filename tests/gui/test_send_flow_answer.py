"""What happens with an answer: Copy (formatted and plain), Save as…, Send again for a fresh
answer, reopening a past run from History; and templates edited on disk showing up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.test_main_window_support import (
    note_template,
    open_window,
    personal_folder,
    wait_idle,
    write_template,
)
from tests.helpers.fake_llm import FakeLLMServer, Reply

MARKDOWN = "## Reply\n\nThanks for your **patience**. The parcel ships today."


@pytest.fixture
def llm(connected_llm: FakeLLMServer) -> FakeLLMServer:
    """Both providers pointed at the fake server, with fake keys in the (in-memory) keychain."""
    return connected_llm


def _answered(qtbot, llm: FakeLLMServer, text: str = "Where is my parcel?"):  # type: ignore[no-untyped-def]
    folder = personal_folder()
    write_template(folder, "customer-reply", note_template("Customer reply"))
    write_template(folder, "other-note", note_template("Other note"))
    window = open_window(qtbot)
    page = window.templates
    page.open_template("customer-reply")
    page.form.editors["text"].setPlainText(text)
    llm.queue(Reply(text=MARKDOWN))
    with qtbot.waitSignal(page.run_finished, timeout=20_000) as finished:
        page.send()
    return window, page, finished.args[0]


def test_copy_gives_formatted_text_and_markdown_and_plain_copy_has_no_marks(qtbot, llm: FakeLLMServer) -> None:
    _, page, _ = _answered(qtbot, llm)
    page.answer.copy.click()
    data = QApplication.clipboard().mimeData()
    assert data.text() == MARKDOWN
    assert "<b>" in data.html() or "font-weight" in data.html()
    page.answer.copy_plain.click()
    plain = QApplication.clipboard().text()
    assert "patience" in plain and "**" not in plain and "##" not in plain
    wait_idle(qtbot)


def test_save_as_writes_markdown_or_plain_text(qtbot, llm: FakeLLMServer, tmp_path: Path) -> None:
    _, page, _ = _answered(qtbot, llm)
    markdown, plain = tmp_path / "answer.md", tmp_path / "answer.txt"
    page.answer.save_to(markdown)
    qtbot.waitUntil(lambda: markdown.exists() and markdown.read_text(encoding="utf-8") == MARKDOWN, timeout=5000)
    page.answer.save_to(plain)
    qtbot.waitUntil(lambda: plain.exists() and "patience" in plain.read_text(encoding="utf-8"), timeout=5000)
    assert "**" not in plain.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: "Saved the answer (not approved yet) to" in page.answer.status.text(), timeout=5000)
    wait_idle(qtbot)


def test_send_again_asks_for_a_fresh_answer_instead_of_the_cached_one(qtbot, llm: FakeLLMServer) -> None:
    _, page, first = _answered(qtbot, llm)
    llm.queue(Reply(text="A second, different answer."))
    with qtbot.waitSignal(page.run_finished, timeout=20_000) as again:
        page.answer.again.click()
    assert len(llm.requests) == 2
    assert again.args[0].id != first.id and not again.args[0].cache_hit
    assert "second, different" in page.answer.browser.toPlainText()
    wait_idle(qtbot)


def test_reopening_a_run_from_history_brings_back_its_fields_and_answer(qtbot, llm: FakeLLMServer) -> None:
    window, page, run = _answered(qtbot, llm, text="The original question")
    page.open_template("other-note")
    page.form.editors["text"].setPlainText("something else")
    page.open_template("customer-reply")
    page.form.editors["text"].setPlainText("edited since")
    window.page("History").reopen_requested.emit(run.id)
    qtbot.waitUntil(lambda: page.form.editors["text"].toPlainText() == "The original question", timeout=5000)
    assert "patience" in page.answer.browser.toPlainText()
    assert page.checklist.run_id == run.id
    wait_idle(qtbot)


def test_a_template_edited_on_disk_shows_up_and_keeps_what_was_typed(qtbot) -> None:
    folder = personal_folder()
    path = write_template(folder, "customer-reply", note_template("Customer reply"))
    window = open_window(qtbot)
    page = window.templates
    page.open_template("customer-reply")
    page.form.editors["text"].setPlainText("typed before the change")
    path.write_text(note_template("Customer reply, second version"), encoding="utf-8")
    window._watch_library()
    qtbot.waitUntil(lambda: page.form.title.text() == "Customer reply, second version", timeout=10_000)
    assert page.form.editors["text"].toPlainText() == "typed before the change"
    wait_idle(qtbot)
