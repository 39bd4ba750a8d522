"""A long-text box that also takes files: drop one on it, paste a copied one, or "Insert from
file…". The file is read on a worker (desktop/gui/worker.py) with progress and Stop; its text
goes into the box, where it stays readable and editable, and a chip under the box names the
file with its pages, characters and the token estimate.

Text from a file is outside content: ``value()`` gives it back as ``FileText`` so the pipeline
scans and fences it like pasted e-mail, whatever the template says about the field. A file
that cannot be read leaves the box as it was and says why in one sentence; one longer than
the field allows offers its first pages.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from desktop.gui.worker import Task, run_for

log = logging.getLogger(__name__)
SLICE_CHARS = 16_384  # about 250 table rows: one slice is laid out in a few milliseconds
FILE_FILTER = ("Documents (*.pdf *.docx *.xlsx *.xlsm *.xls *.csv *.tsv *.eml *.msg *.html *.htm *.md *.txt);;"
               "All files (*)")


def local_files(data: QMimeData) -> list[Path]:
    """Files on this computer in dropped or pasted data (a copied file, not a copied link)."""
    if not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]


def chip_text(document: Any) -> str:
    """"report.pdf · 12 pages · 34,567 characters · about 8,700 tokens"."""
    from desktop.core.send.pricing import count_tokens

    pages = f"{document.pages} of {document.total_pages} pages" if document.partial else (
        f"{document.pages} page" + ("s" if document.pages != 1 else ""))
    return (f"{document.name} · {pages} · {document.characters:,} characters · "
            f"about {count_tokens(document.text):,} tokens")


class FileBar(QWidget):
    """Under the box: Insert from file…, the chip, progress with Stop, and what went wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.insert = QPushButton("Insert from file…", self)
        self.insert.setToolTip("Read a PDF, Word, Excel, e-mail, web page or text file into this box. "
                               "You can also drop a file on the box, or paste a copied file.")
        self.chip = QLabel(self)
        self.chip.setProperty("role", "badge")
        self.chip.setAccessibleName("File in this box")
        self.chip.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName("Reading the file")
        self.stop = QPushButton("Stop", self)
        self.stop.setAccessibleName("Stop reading the file")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "muted")
        self.first_pages = QPushButton(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Pages that mention…")
        self.search.setAccessibleName("Read only the pages that mention these words")
        self.search.setMinimumWidth(170)
        self.search.setMaximumWidth(240)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 0)
        for widget in (self.insert, self.chip, self.progress, self.stop):
            row.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.message, 1)
        row.addWidget(self.first_pages, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.search, 0, Qt.AlignmentFlag.AlignVCenter)
        self.show_reading(False)
        self.show_offer(False)

    def show_offer(self, shown: bool) -> None:
        """The two ways to take part of a file too long for the box."""
        self.first_pages.setVisible(shown)
        self.search.setVisible(shown)

    def show_reading(self, reading: bool) -> None:
        self.progress.setVisible(reading)
        self.stop.setVisible(reading)
        self.insert.setEnabled(not reading)

    def say(self, text: str, *, problem: bool = False) -> None:
        self.message.setProperty("role", "error" if problem else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)


class DocumentTextEdit(QPlainTextEdit):
    """The long-text editor of a form; a file dropped, pasted or inserted is read into it.

    Signals:
        document_read(object): a file's ``Document`` went into the box.
    """

    document_read = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, max_chars: int | None = None) -> None:
        super().__init__(parent)
        self.max_chars = max_chars
        self.document_source: Any = None  # the last Document read in, while its text is here
        self.task: Task | None = None
        self.file_bar = FileBar(parent)
        self.file_bar.insert.clicked.connect(self.choose_file)
        self.file_bar.stop.clicked.connect(self.cancel_reading)
        self._pending: tuple[Path, int] | None = None
        self.file_bar.first_pages.clicked.connect(self._read_first_pages)
        self.file_bar.search.returnPressed.connect(self._read_matching_pages)
        self.textChanged.connect(self._text_changed)
        # A long text goes into the box a slice per turn of the event loop (see _document_arrived).
        self._slicing: tuple[Any, Any, int] | None = None  # (document, cursor, characters placed)
        self._slice_timer = QTimer(self)
        self._slice_timer.setSingleShot(True)
        self._slice_timer.setInterval(0)
        self._slice_timer.timeout.connect(self._next_slice)

    # ---------------------------------------------------------------- value
    def value(self) -> str:
        """The text; ``FileText`` (outside content) when a file was read into it."""
        text = self.toPlainText()
        if self.document_source is None or not text:
            return text
        from desktop.core.documents import FileText

        source = self.document_source
        return FileText(text, str(getattr(source, "name", None) or getattr(source, "source", "")))

    def setPlainText(self, text: str) -> None:
        """Set from outside (a draft, another template's values): no file behind it any more."""
        self._stop_slicing()
        self._forget_document()
        super().setPlainText(text)

    def set_value(self, value: Any) -> None:
        """Set a form value; text that came from a file (``FileText``) stays outside content."""
        from desktop.core.documents import FileText

        self.setPlainText("" if value is None else str(value))
        if isinstance(value, FileText) and value:
            self.document_source = value
            self.file_bar.chip.setText(f"{value.source or 'From a file'} · {len(value):,} characters")
            self.file_bar.chip.show()

    def _text_changed(self) -> None:
        if not self.toPlainText() and self.document_source is not None:
            self._forget_document()

    def _forget_document(self) -> None:
        self.document_source = None
        self.file_bar.chip.hide()

    # ---------------------------------------------------------------- where files come from
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(local_files(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = local_files(source)
        if files:
            self.read_file(files[0])
            if len(files) > 1:
                self.file_bar.say(f"Read {files[0].name} only: put one file in each box.")
            return
        super().insertFromMimeData(source)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Insert from file", str(Path.home()), FILE_FILTER)
        if path:
            self.read_file(Path(path))

    # ---------------------------------------------------------------- reading
    def read_file(self, path: Path, max_pages: int | None = None, matching: str = "") -> Task:
        """Read ``path`` on a worker (only its first ``max_pages``, or the pages that mention
        ``matching``); its text goes in at the cursor when it is done."""
        from desktop.core.documents import fit_document, read_document
        from desktop.core.documents.isolated import read_isolated, worth_isolating

        self.cancel_reading()
        max_chars = self.max_chars

        def op(ctx: Any) -> Any:
            if worth_isolating(path):  # a large file: its own process, so the window never waits on it
                return read_isolated(path, max_pages=max_pages, matching=matching, max_chars=max_chars,
                                     cancelled=ctx.cancelled, on_progress=ctx.progress)
            document = read_document(path, max_pages=max_pages, cancelled=ctx.cancelled, on_progress=ctx.progress,
                                     matching=matching)
            fit_document(document, max_chars)
            return document

        bar = self.file_bar
        bar.show_offer(False)
        bar.progress.setValue(0)
        bar.show_reading(True)
        bar.say(f"Reading {path.name}…")
        self.task = run_for(self, op, on_success=self._document_arrived, on_failure=lambda exc: self._failed(path, exc),
                            on_progress=lambda value: bar.progress.setValue(int(float(value) * 100)),
                            on_finished=lambda: bar.show_reading(False))
        return self.task

    def cancel_reading(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()

    def _document_arrived(self, document: Any) -> None:
        """The finished text arrives from the worker; it goes in a slice per turn of the event loop.

        Laying out a 10,000-row table in one call kept the window from repainting for about a
        tenth of a second (bench/documents.py measures it); slices of ``SLICE_CHARS`` take a few
        milliseconds each. The box is read-only meanwhile, so nothing typed lands inside the
        file's text, and the slices join into one undo step.
        """
        self._stop_slicing()
        self._slicing = (document, self.textCursor(), 0)
        if len(document.text) > SLICE_CHARS:
            self.setReadOnly(True)
            self.file_bar.say(f"Putting {document.name} into the box…")
        self._next_slice()

    def _next_slice(self) -> None:
        if self._slicing is None:
            return
        document, cursor, placed = self._slicing
        text = document.text
        end = min(len(text), placed + SLICE_CHARS)
        if end < len(text):  # end a slice at a line break when there is one: a table row stays whole
            cut = text.rfind("\n", placed, end)
            end = cut + 1 if cut > placed else end
        if placed:
            cursor.joinPreviousEditBlock()  # one undo step for the whole file
        else:
            cursor.beginEditBlock()
        cursor.insertText(text[placed:end])
        cursor.endEditBlock()
        if end < len(text):
            self._slicing = (document, cursor, end)
            self._slice_timer.start()
            return
        self._slicing = None
        self.setReadOnly(False)
        self.setTextCursor(cursor)
        self._document_placed(document)

    def _stop_slicing(self) -> None:
        """A new file or a value set from outside replaces a text still going in."""
        self._slice_timer.stop()
        if self._slicing is not None:
            self._slicing = None
            self.setReadOnly(False)

    @property
    def placing(self) -> bool:
        """True while a file's text is still going into the box."""
        return self._slicing is not None

    def _document_placed(self, document: Any) -> None:
        self.document_source = document
        bar = self.file_bar
        bar.chip.setText(chip_text(document))
        bar.chip.show()
        bar.say(" ".join(document.notes))
        self.document_read.emit(document)

    def _failed(self, path: Path, exc: BaseException) -> None:
        from desktop.core.documents import DocumentTooLong
        from desktop.core.errors import CancelledError, PromptdeskError, user_message

        bar = self.file_bar
        if isinstance(exc, CancelledError):
            bar.say(f"Stopped reading {path.name}; the box is as it was.")
            return
        if not isinstance(exc, PromptdeskError):
            log.error("Reading %s failed", path.name, exc_info=exc)
        bar.say(user_message(exc), problem=True)
        if isinstance(exc, DocumentTooLong):
            self._pending = (path, exc.pages_that_fit)
            bar.first_pages.setText(f"Use the first {exc.pages_that_fit} pages")
            bar.search.clear()
            bar.show_offer(True)
        elif getattr(exc, "kind", "") == "no_match" and self._pending is not None:
            bar.show_offer(True)  # try another word

    def _read_matching_pages(self) -> None:
        words = self.file_bar.search.text().strip()
        if self._pending is not None and words:
            path, _pages = self._pending
            self.read_file(path, matching=words)  # still offered if nothing matches or it is still too long

    def _read_first_pages(self) -> None:
        if self._pending is not None:
            path, pages = self._pending
            self._pending = None
            self.read_file(path, max_pages=pages)
