"""A large workbook dropped on a field: read by a child process, its text put in slices, the box
usable again afterwards and the whole file one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.documents import isolated, read_document
from desktop.gui import file_chip
from tests.gui.test_documents import _drop, _files, _page
from tests.helpers.document_files import write_xlsx


def test_a_large_workbook_arrives_whole_through_the_child_and_the_slices(qtbot, tmp_path) -> None:
    book = write_xlsx(tmp_path / "orders.xlsx", 3_000)
    assert isolated.worth_isolating(book)
    window, page, editor = _page(qtbot)
    expected = read_document(book).text
    assert len(expected) > 5 * file_chip.SLICE_CHARS  # several slices
    with qtbot.waitSignal(editor.document_read, timeout=30_000):
        _drop(editor, _files(book))
    assert editor.toPlainText() == expected and not editor.isReadOnly() and not editor.placing
    assert editor.file_bar.chip.isVisible() and "orders.xlsx" in editor.file_bar.chip.text()
    editor.undo()  # the whole file was one step
    assert editor.toPlainText() == ""
    window.close()


def test_a_value_set_while_slices_go_in_stops_them(qtbot, tmp_path) -> None:
    window, page, editor = _page(qtbot)
    document = read_document(write_xlsx(tmp_path / "orders.xlsx", 3_000))
    editor._document_arrived(document)  # the worker's hand-over, as the app makes it
    assert editor.placing and editor.isReadOnly() and 0 < len(editor.toPlainText()) < len(document.text)
    editor.setPlainText("Typed instead.")
    assert not editor.placing and not editor.isReadOnly()
    for _ in range(5):  # turns of the event loop, where the next slice would have gone in
        QCoreApplication.processEvents()
    assert editor.toPlainText() == "Typed instead."
    window.close()
