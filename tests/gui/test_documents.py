"""Files into a form's long-text box (drop, paste of a copied file, Insert from file) read on a
worker with a chip, progress and Stop; what leaves is previewed; the answer is exported."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.core.documents import FileText
from tests.gui.test_main_window_support import (
    note_template,
    open_window,
    personal_folder,
    wait_idle,
    write_template,
)
from tests.helpers.document_files import page_lines, write_pdf, write_text_pdf
from tests.helpers.fake_llm import FakeLLMServer, Reply
from tests.helpers.msg_files import write_msg

LETTER = ["Call notes: Maria Keller asked about the warehouse move.",
          "Her e-mail is maria.keller@example.com; she wants the dates by Friday."]


def _page(qtbot, *, max_length: int | None = None):  # type: ignore[no-untyped-def]
    text = note_template("File note", purpose="Summarise a file.", body="Summarise this.")
    if max_length:
        text = text.replace("required: true}", f"required: true, max_length: {max_length}}}")
    write_template(personal_folder(), "file-note", text)
    window = open_window(qtbot)
    page = window.templates
    page.retry_sleep = lambda _seconds: None
    page.open_template("file-note")
    editor = page.form.editors["text"]
    qtbot.waitUntil(editor.file_bar.isVisible, timeout=10_000)
    return window, page, editor


def _files(*paths: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return data


def _drop(editor, data: QMimeData) -> None:  # type: ignore[no-untyped-def]
    """A real drag-enter and drop on the box's viewport, as the window system delivers them."""
    target = editor.viewport()
    point = QPoint(20, 20)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)


def test_dropped_pdf_fills_the_box_shows_its_chip_and_the_preview_shows_what_leaves(qtbot, tmp_path) -> None:
    _, page, editor = _page(qtbot)
    pdf = write_pdf(tmp_path / "call notes.pdf", [LETTER, page_lines(2)])
    with qtbot.waitSignal(editor.document_read, timeout=10_000):
        _drop(editor, _files(pdf))
    assert "warehouse move" in editor.toPlainText() and "Page 2 of the operations report." in editor.toPlainText()
    chip = editor.file_bar.chip
    assert chip.isVisible() and chip.text().startswith("call notes.pdf · 2 pages · ")
    assert f"{len(editor.toPlainText()):,} characters · about " in chip.text()
    qtbot.waitUntil(lambda: page.prepared is not None and "warehouse move" in page.prepared.rendered, timeout=10_000)
    assert isinstance(page.form.values()["text"], FileText)
    page.show_preview()
    outgoing = page.preview.text.toPlainText()
    assert outgoing == page.prepared.redaction.text
    assert "warehouse move" in outgoing
    assert "maria.keller@example.com" not in outgoing and "Maria Keller" not in outgoing
    wait_idle(qtbot)


def test_pasting_a_copied_file_reads_it_and_the_text_stays_editable(qtbot, tmp_path) -> None:
    _, page, editor = _page(qtbot)
    notes = tmp_path / "minutes.txt"
    notes.write_bytes("Décision: the move starts on the 9th.".encode("cp1252"))
    QApplication.clipboard().setMimeData(_files(notes))
    editor.setFocus()
    with qtbot.waitSignal(editor.document_read, timeout=10_000):
        editor.paste()
    assert editor.toPlainText() == "Décision: the move starts on the 9th."
    assert "Windows-1252" in editor.file_bar.message.text()  # the guess is named
    qtbot.keyClicks(editor, " Confirmed.")
    assert editor.toPlainText().endswith("Confirmed.") and isinstance(page.form.values()["text"], FileText)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert not editor.file_bar.chip.isVisible()  # an emptied box no longer holds the file
    wait_idle(qtbot)


def test_a_scanned_pdf_says_so_in_one_sentence_and_the_box_is_unchanged(qtbot, tmp_path) -> None:
    _, _page_, editor = _page(qtbot)
    editor.setPlainText("What I typed before.")
    task = editor.read_file(write_pdf(tmp_path / "scan.pdf", [None, None]))
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    assert editor.toPlainText() == "What I typed before."
    message = editor.file_bar.message.text()
    assert message.startswith("This PDF is pictures of pages; Promptdesk cannot read text from it.")
    assert not editor.file_bar.chip.isVisible()
    wait_idle(qtbot)


def test_a_file_over_the_fields_limit_offers_its_first_pages(qtbot, tmp_path) -> None:
    _, _page_, editor = _page(qtbot, max_length=20_000)
    pdf = write_text_pdf(tmp_path / "annual.pdf", 40)
    task = editor.read_file(pdf)
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    assert editor.toPlainText() == "" and "annual.pdf has 40 pages" in editor.file_bar.message.text()
    offer = editor.file_bar.first_pages
    assert offer.isVisible() and offer.text().startswith("Use the first ")
    pages = int(offer.text().split()[3])
    search = editor.file_bar.search
    assert search.isVisible()
    qtbot.keyClicks(search, "no such words")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "No page of annual.pdf mentions" in editor.file_bar.message.text(), timeout=10_000)
    assert search.isVisible() and editor.toPlainText() == ""  # another word can be tried
    search.setText("Page 33 of")
    with qtbot.waitSignal(editor.document_read, timeout=10_000):
        qtbot.keyClick(search, Qt.Key.Key_Return)
    assert editor.toPlainText().startswith("[Page 33]\nPage 33 of the operations report.")
    assert "1 of 40 pages" in editor.file_bar.chip.text()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    editor.read_file(pdf)
    qtbot.waitUntil(offer.isVisible, timeout=10_000)
    with qtbot.waitSignal(editor.document_read, timeout=10_000):
        offer.click()
    assert f"{pages} of 40 pages" in editor.file_bar.chip.text()
    assert len(editor.toPlainText()) <= 20_000 and page_lines(pages)[0] in editor.toPlainText()
    wait_idle(qtbot)


def test_stop_while_reading_leaves_the_box_as_it_was(qtbot, tmp_path) -> None:
    _, _page_, editor = _page(qtbot)
    task = editor.read_file(write_text_pdf(tmp_path / "long.pdf", 300))
    assert editor.file_bar.stop.isVisible() and editor.file_bar.progress.isVisible()
    editor.file_bar.stop.click()
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    assert editor.toPlainText() == ""
    assert editor.file_bar.message.text() == "Stopped reading long.pdf; the box is as it was."
    assert not editor.file_bar.stop.isVisible() and editor.file_bar.insert.isEnabled()
    wait_idle(qtbot)


def test_answer_to_a_dropped_file_is_exported_as_word_pdf_and_markdown(qtbot, tmp_path,
                                                                       connected_llm: FakeLLMServer) -> None:
    _, page, editor = _page(qtbot)
    with qtbot.waitSignal(editor.document_read, timeout=10_000):
        _drop(editor, _files(write_pdf(tmp_path / "call.pdf", [LETTER])))
    qtbot.waitUntil(lambda: page.prepared is not None and "warehouse" in page.prepared.rendered, timeout=10_000)
    person = next(p for p, original in page.prepared.redaction.vault.items() if original == "Maria Keller")
    connected_llm.queue(Reply(text=f"# Summary\n\n- {person} wants the dates by **Friday**.\n\n"
                                   "| Who | When |\n|---|---|\n| Finance | Friday |\n"))
    with qtbot.waitSignal(page.run_finished, timeout=20_000):
        page.route_bar.send.click()
    assert "Maria Keller" not in connected_llm.sent_text()
    export = page.answer.export
    assert export.isEnabled()
    assert export.default_path("docx").name.startswith("File note ")

    word = tmp_path / "out" / "summary.docx"
    with qtbot.waitSignal(export.status, timeout=10_000) as saved:
        export.save(word, "docx")
    assert saved.args == [f"Saved the answer (not approved yet) to {word}."]
    document = docx.Document(str(word))
    assert ("Heading 1", "Summary") in [(p.style.name, p.text) for p in document.paragraphs]
    assert "Maria Keller wants the dates by Friday." in [p.text for p in document.paragraphs]
    assert document.tables[0].rows[1].cells[0].text == "Finance"

    pdf = tmp_path / "summary.pdf"
    export.save(pdf, "pdf")
    import pypdfium2 as pdfium

    assert "Maria Keller wants the dates by Friday." in pdfium.PdfDocument(str(pdf))[0].get_textpage().get_text_range()
    md = tmp_path / "summary"  # the ending is added
    with qtbot.waitSignal(export.status, timeout=10_000):
        export.save(md, "md")
    assert "Maria Keller" in (tmp_path / "summary.md").read_text(encoding="utf-8")
    export.copy_rich()
    copied = QApplication.clipboard().mimeData()
    assert "<table" in copied.html() and "**" not in copied.text() and "Maria Keller" in copied.text()
    wait_idle(qtbot)


def test_email_draft_link_carries_subject_and_body_and_shortens_a_long_body() -> None:
    from desktop.gui.export_menu import MAILTO_BODY_LIMIT, mailto_url

    url, shortened = mailto_url("Meeting summary", "Line one\nLine two & more")
    assert not shortened
    text = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert text.startswith("mailto:?subject=Meeting%20summary&body=Line%20one%0D%0ALine%20two%20%26%20more")
    url, shortened = mailto_url("Long", "\n".join(["A line of the answer."] * 400))
    assert shortened and len(url.toString()) < MAILTO_BODY_LIMIT * 3 + 200


def test_dropped_outlook_message_fills_the_box_and_a_damaged_one_says_so(qtbot, tmp_path) -> None:
    _, page, editor = _page(qtbot)
    message = write_msg(tmp_path / "call.msg", subject="Warehouse move", sender_name="Operations Desk",
                        sender_address="ops@example.com", body="\n".join(LETTER), attachments=("plan.pdf",))
    with qtbot.waitSignal(editor.document_read, timeout=10_000):
        _drop(editor, _files(message))
    assert editor.toPlainText().startswith("From: Operations Desk <ops@example.com>\nSubject: Warehouse move\n")
    assert "Attachments: plan.pdf" in editor.toPlainText() and "warehouse move" in editor.toPlainText()
    assert editor.file_bar.chip.text().startswith("call.msg · ")
    assert isinstance(page.form.values()["text"], FileText)
    qtbot.waitUntil(lambda: page.prepared is not None and "warehouse move" in page.prepared.rendered, timeout=10_000)
    assert "maria.keller@example.com" not in page.prepared.redaction.text
    typed = editor.toPlainText()
    (tmp_path / "report.msg").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    task = editor.read_file(tmp_path / "report.msg")
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    assert "report.msg is damaged or incomplete" in editor.file_bar.message.text()
    assert editor.toPlainText() == typed
    wait_idle(qtbot)


def test_a_files_text_stays_outside_content_in_the_saved_draft(qtbot, tmp_path) -> None:
    from desktop.core.drafts import read_draft

    _, page, editor = _page(qtbot)
    with qtbot.waitSignal(editor.document_read, timeout=10_000):
        editor.read_file(write_pdf(tmp_path / "call.pdf", [LETTER]))
    page.form.save_draft()
    qtbot.waitUntil(lambda: "text" in read_draft("file-note"), timeout=10_000)
    draft = read_draft("file-note")
    assert draft["__from_files__"] == {"text": "call.pdf"} and not isinstance(draft["text"], FileText)
    page.form.kept.clear()
    page.form.set_values(draft)  # as after a restart
    restored = page.form.values()["text"]
    assert isinstance(restored, FileText) and restored.source == "call.pdf" and editor.file_bar.chip.isVisible()
    wait_idle(qtbot)
