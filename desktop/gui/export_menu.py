"""The answer's Export button: Copy (formatted and plain), Save as Word, PDF or Markdown, and an
e-mail draft in the person's own mail program.

File names default to the template and the date, in the Documents folder. Word and Markdown
files are written on a worker; the PDF is laid out by Qt on the UI thread (a page of text
takes milliseconds). Every failure is a sentence in the answer's status line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QMimeData, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QPushButton, QWidget

from desktop.gui.worker import run_for

# Mail programs (and Windows' URL handling) cut mailto links somewhere past 2,000 characters.
MAILTO_BODY_LIMIT = 1800
_FILTERS = {"docx": "Word document (*.docx)", "pdf": "PDF (*.pdf)", "md": "Markdown (*.md)"}


def mailto_url(subject: str, body: str) -> tuple[QUrl, bool]:
    """A mailto: link with ``subject`` and ``body``, and whether the body had to be shortened."""
    shortened = len(body) > MAILTO_BODY_LIMIT
    if shortened:
        body = body[:MAILTO_BODY_LIMIT].rsplit("\n", 1)[0] + "\n\n[…the rest is on the clipboard: paste it here]"
    query = f"subject={quote(subject)}&body={quote(body.replace(chr(10), chr(13) + chr(10)))}"
    return QUrl(f"mailto:?{query}"), shortened


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


class ExportButton(QPushButton):
    """"Export ▾" with the ways to pass the answer on.

    ``source()`` gives the answer's Markdown (originals restored) and the template's title.

    Signals:
        status(str): a sentence for the answer's status line ("Saved to …", a problem).
    """

    status = Signal(str)

    def __init__(self, parent: QWidget | None, source: Callable[[], tuple[str, str]]) -> None:
        super().__init__("Export", parent)
        self.setAccessibleName("Export the answer")
        self.source = source
        self.describe: Callable[[], str] | None = None  # "v3, not approved yet": what is being saved
        menu = QMenu(self)
        menu.addAction("Copy (formatted)", self.copy_rich)
        menu.addAction("Copy as plain text", self.copy_plain)
        menu.addSeparator()
        menu.addAction("Save as Word…", lambda: self.ask_save("docx"))
        menu.addAction("Save as PDF…", lambda: self.ask_save("pdf"))
        menu.addAction("Save as Markdown…", lambda: self.ask_save("md"))
        menu.addSeparator()
        menu.addAction("E-mail draft", self.email_draft)
        self.setMenu(menu)

    # ---------------------------------------------------------------- copy
    def copy_rich(self) -> None:
        from desktop.core.review.export import to_plain_text
        from desktop.gui.export_pdf import answer_document

        text, title = self.source()
        data = QMimeData()
        data.setHtml(answer_document(text, title=title).toHtml())
        data.setText(to_plain_text(text))
        QApplication.clipboard().setMimeData(data)
        self.status.emit("Copied, formatted where you paste it (Word, e-mail) and plain elsewhere.")

    def copy_plain(self) -> None:
        from desktop.core.review.export import to_plain_text

        QApplication.clipboard().setText(to_plain_text(self.source()[0]))
        self.status.emit("Copied as plain text.")

    # ---------------------------------------------------------------- save
    def default_path(self, fmt: str) -> Path:
        from desktop.core.review.export import default_file_name

        return documents_folder() / default_file_name(self.source()[1] or "Answer", fmt)

    def ask_save(self, fmt: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save the answer", str(self.default_path(fmt)), _FILTERS[fmt])
        if path:
            self.save(Path(path), fmt)

    def save(self, path: Path, fmt: str) -> None:
        """Write the answer to ``path`` as ``fmt``; the status line says where, or why not."""
        from desktop.core.errors import PromptdeskError, user_message
        from desktop.core.review.export import export_text

        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        text, title = self.source()
        if fmt == "pdf":
            from desktop.gui.export_pdf import write_pdf

            try:
                write_pdf(text, path, title=title)
            except PromptdeskError as exc:
                self.status.emit(exc.message)
                return
            self.status.emit(self._saved(path))
            return
        run_for(self, lambda _ctx: export_text(text, fmt, path, title=title),
                on_success=lambda written: self.status.emit(self._saved(written)),
                on_failure=lambda exc: self.status.emit(user_message(exc)))

    def _saved(self, path: Path) -> str:
        """"Saved v2 (approved) to …": which version went into the file, and whether it was approved."""
        words = self.describe() if self.describe is not None else ""
        return f"Saved {words} to {path}." if words else f"Saved to {path}."

    # ---------------------------------------------------------------- e-mail
    def email_draft(self) -> None:
        from desktop.core.review.export import to_plain_text

        text, title = self.source()
        body = to_plain_text(text)
        url, shortened = mailto_url(title or "Answer", body)
        if shortened:
            QApplication.clipboard().setText(body)
        if not QDesktopServices.openUrl(url):
            self.status.emit("No e-mail program is set up on this computer. Use Copy, then paste the answer into "
                             "a new message.")
            return
        self.status.emit("The e-mail draft is open in your mail program." + (
            " The answer was long: the draft holds the first part, and the whole answer is on the clipboard."
            if shortened else ""))
