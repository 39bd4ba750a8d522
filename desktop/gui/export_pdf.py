"""The answer as a PDF with Qt's own writer: Markdown laid out by QTextDocument (headings,
lists and tables kept) and printed to A4 by QPdfWriter. No display is needed, so the command
line can use it under the offscreen platform too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.core.review.export import ExportError


def answer_document(markdown: str, *, title: str = "") -> QTextDocument:
    """A QTextDocument of the answer: also the rich half of Copy."""
    document = QTextDocument()
    document.setDefaultFont(QFont("Sans Serif", 10))
    document.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    if title:
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def write_pdf(markdown: str, path: Path, *, title: str = "") -> Path:
    """Write the answer to ``path`` as an A4 PDF with 2 cm margins."""
    try:  # Qt's writer fails silently; find a folder that cannot be written to first
        path.parent.mkdir(parents=True, exist_ok=True)
        path.open("wb").close()
    except OSError as exc:
        raise ExportError(f"{path.name} could not be saved there ({exc.strerror or exc}). If it is open in "
                          "another program, close it; otherwise choose another folder.") from exc
    writer = QPdfWriter(str(path))
    writer.setTitle(title or "Answer")
    writer.setCreator("Promptdesk")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    document = answer_document(markdown, title=title)
    # Lay the text out in points on the writer's page, so fonts print at their real size.
    rect = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    del writer  # the file is finished when the writer goes
    if not path.exists() or path.stat().st_size == 0:
        raise ExportError(f"{path.name} could not be saved. Choose another folder and try again.")
    return path
