"""The whole road from a file to a deliverable in the real window: drop a PDF → the preview
shows what leaves → send → ask for a change → edit by hand → approve → save as Word."""

from __future__ import annotations

import docx

from desktop.core.review.approval import approval
from desktop.gui.history_view import HistoryView
from tests.gui.test_documents import LETTER, _drop, _files, _page
from tests.gui.test_main_window_support import wait_idle
from tests.helpers.document_files import write_pdf
from tests.helpers.fake_llm import FakeLLMServer, Reply


def test_drop_preview_send_ask_edit_approve_save_as_word(qtbot, tmp_path, connected_llm: FakeLLMServer) -> None:
    window, page, editor = _page(qtbot)
    with qtbot.waitSignal(editor.document_read, timeout=10_000):
        _drop(editor, _files(write_pdf(tmp_path / "call.pdf", [LETTER])))
    qtbot.waitUntil(lambda: page.prepared is not None and "warehouse" in page.prepared.rendered, timeout=10_000)
    page.show_preview()
    assert "Maria Keller" not in page.preview.text.toPlainText() and "warehouse" in page.preview.text.toPlainText()
    page.preview.close()
    person = next(p for p, original in page.prepared.redaction.vault.items() if original == "Maria Keller")

    connected_llm.queue(Reply(text=f"# Call summary\n\n- {person} asked about the warehouse move.\n"
                                   f"- {person} wants the dates by Friday.\n"))
    with qtbot.waitSignal(page.run_finished, timeout=20_000) as finished:
        page.route_bar.send.click()
    run = finished.args[0]
    bar = page.answer.follow_up
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    assert not bar.version_box.isVisible()  # one version so far

    connected_llm.queue(Reply(text=f"- {person} wants the warehouse dates by Friday.\n"))
    bar.request.setText("Make it one line")
    task = bar.ask()
    assert task is not None
    qtbot.waitUntil(lambda: len(bar.versions) == 2, timeout=20_000)
    assert page.answer.text == "- Maria Keller wants the warehouse dates by Friday.\n"
    assert bar.version_box.isVisible() and bar.version_box.currentText() == "v2"
    last = connected_llm.requests[-1].body["messages"]
    assert [m["role"] for m in last] == ["user", "assistant", "user"] and "Maria" not in connected_llm.sent_text()
    assert "line" in page.answer.status.text()  # what changed from v1, quietly

    bar.version_box.setCurrentIndex(0)  # the first answer is still there
    assert "# Call summary" in page.answer.text
    bar.version_box.setCurrentIndex(1)

    bar.edit_button.click()
    browser = page.answer.browser
    assert not browser.isReadOnly() and browser.toPlainText() == "- Maria Keller wants the warehouse dates by Friday.\n"
    browser.moveCursor(browser.textCursor().MoveOperation.End)
    qtbot.keyClicks(browser, "- Finance checks the credit notes by [Insert date].")
    bar.edit_button.click()
    qtbot.waitUntil(lambda: len(bar.versions) == 3, timeout=10_000)
    assert bar.version_box.currentText() == "v3 (your edit)" and browser.isReadOnly()
    assert page.answer.text.endswith("- Finance checks the credit notes by [Insert date].")
    blanks = next(r for r in page.checklist.results if r.id == "placeholders")
    assert blanks.passed is False  # the checks ran again on the edited text
    bar.edit_button.click()  # the person fixes the blank they left
    browser.setPlainText(page.answer.text.replace(" by [Insert date]", ""))
    bar.edit_button.click()
    qtbot.waitUntil(lambda: len(bar.versions) == 4, timeout=10_000)
    assert next(r for r in page.checklist.results if r.id == "placeholders").passed is True

    panel = page.checklist
    for result in panel.results:
        if result.required and result.passed is not True:
            panel.tick(result.id)
    panel.approve.click()
    qtbot.waitUntil(lambda: bool(window.context.ledger.get(run.id).approved), timeout=5000)
    qtbot.waitUntil(lambda: approval(window.context.ledger, run.id).of(4), timeout=5000)  # the version shown

    word = tmp_path / "call summary.docx"
    with qtbot.waitSignal(page.answer.export.status, timeout=10_000) as saved:
        page.answer.export.save(word, "docx")
    assert saved.args[0] == f"Saved v4 (approved) to {word}."
    paragraphs = [(p.style.name, p.text) for p in docx.Document(str(word)).paragraphs]
    assert ("List Bullet", "Maria Keller wants the warehouse dates by Friday.") in paragraphs
    assert ("List Bullet", "Finance checks the credit notes.") in paragraphs  # the approved, last version

    page.show_run(window.context.ledger.get(run.id))  # as History reopens it: every version, the newest shown
    assert bar.version_box.count() == 4 and bar.version_box.currentText() == "v4 (your edit) · approved"
    assert page.answer.text.endswith("- Finance checks the credit notes.")
    wait_idle(qtbot)


def test_approval_follows_the_version_shown_and_a_follow_up_starts_unapproved(qtbot, tmp_path,
                                                                             connected_llm: FakeLLMServer) -> None:
    window, page, editor = _page(qtbot)
    with qtbot.waitSignal(editor.document_read, timeout=10_000):
        _drop(editor, _files(write_pdf(tmp_path / "call.pdf", [LETTER])))
    qtbot.waitUntil(lambda: page.prepared is not None and "warehouse" in page.prepared.rendered, timeout=10_000)
    connected_llm.queue(Reply(text="First answer."), Reply(text="Second answer."))
    with qtbot.waitSignal(page.run_finished, timeout=20_000) as finished:
        page.route_bar.send.click()
    run, bar, panel, ledger = finished.args[0], page.answer.follow_up, page.checklist, window.context.ledger
    qtbot.waitUntil(bar.isVisible, timeout=5000)

    def approve() -> None:
        for result in panel.results:
            if result.required and result.passed is not True:
                panel.tick(result.id)
        panel.approve.click()

    approve()
    qtbot.waitUntil(lambda: approval(ledger, run.id).of(1), timeout=5000)
    bar.request.setText("Shorter")
    bar.ask()
    qtbot.waitUntil(lambda: len(bar.versions) == 2, timeout=20_000)
    assert panel.approve.text() == "Approve"  # v2 has not been checked
    qtbot.waitUntil(lambda: not ledger.get(run.id).approved, timeout=5000)
    assert [bar.version_box.itemText(i) for i in range(2)] == ["v1 · approved", "v2"]
    assert bar.shown_words() == "v2 (not approved yet)"

    bar.version_box.setCurrentIndex(0)  # the approved version shows as approved
    assert page.answer.text == "First answer." and panel.approve.text() == "Approved ✓"
    assert "(approved)" in page.answer.status.text()
    bar.version_box.setCurrentIndex(1)
    approve()
    qtbot.waitUntil(lambda: approval(ledger, run.id).of(2) and bool(ledger.get(run.id).approved), timeout=5000)
    qtbot.waitUntil(lambda: bar.version_box.itemText(1) == "v2 · approved", timeout=5000)
    history = HistoryView(window.context)
    qtbot.addWidget(history)
    with qtbot.waitSignal(history.loaded):
        history.refresh()
    assert history.select_run(run.id)
    assert "Approved version: v2 of 2." in history.details.toPlainText()
