"""PDF: the text layer, page by page, with pypdfium2 (PDFium, the engine Chrome uses).

Chosen over pypdf because it reads text several times faster on long reports and is one
self-contained wheel (bench/documents.py prints both figures). A PDF made of scanned pictures
has no text to read: that is said plainly instead of sending an empty field.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.documents.model import Cancelled, Document, Progress, check_cancelled
from desktop.core.errors import DocumentError, ErrorKind

if TYPE_CHECKING:
    from pypdfium2 import PdfDocument

# PDFium's own error numbers (FPDF_ERR_*).
_ERR_FORMAT, _ERR_PASSWORD, _ERR_SECURITY = 3, 4, 5


def _open(path: Path) -> PdfDocument:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (_ERR_PASSWORD, _ERR_SECURITY):
            raise DocumentError(
                f"{path.name} is locked with a password. Open it in your PDF viewer, save a copy "
                "without the password (or print it to PDF), and use that copy.", kind=ErrorKind.PASSWORD,
            ) from exc
        raise DocumentError(
            f"{path.name} is damaged or is not really a PDF, so Promptdesk cannot read it. Open it in "
            "your PDF viewer and save a fresh copy, or ask the sender for the file again.", kind=ErrorKind.DAMAGED,
        ) from exc


def read_pdf(path: Path, *, max_pages: int | None, cancelled: Cancelled | None,
             on_progress: Progress | None, matching: str = "") -> Document:
    """The text of the first ``max_pages`` pages; with ``matching``, of the pages that mention it
    (every page is read, then only those are kept)."""
    pdf = _open(path)
    phrase = matching.casefold()
    found: list[int] = []
    try:
        total = len(pdf)
        count = total if max_pages is None or phrase else min(total, max(1, max_pages))
        parts: list[str] = []
        blank: list[int] = []
        for index in range(count):
            check_cancelled(cancelled)
            page = pdf[index]
            textpage = page.get_textpage()
            # PDFium ends lines with CR LF; the field wants plain line ends.
            text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n").strip()
            textpage.close()
            page.close()
            if not text:
                blank.append(index + 1)
            if phrase and phrase not in text.casefold():
                text = ""
            elif phrase:
                found.append(index + 1)
            parts.append(text)
            if on_progress is not None:
                on_progress((index + 1) / count)
            if phrase and max_pages is not None and len(found) >= max_pages:
                break
    finally:
        pdf.close()
    if total == 0:
        raise DocumentError(f"{path.name} has no pages.", kind=ErrorKind.DAMAGED)
    if phrase and len(blank) < count:
        return _matching_pages(path, parts, found, total, matching)
    if len(blank) == count:
        raise DocumentError(
            "This PDF is pictures of pages; Promptdesk cannot read text from it. Run it through text "
            "recognition (OCR) in your scanner or PDF program first, then use the new file.", kind=ErrorKind.NO_TEXT,
        )
    notes = []
    if blank:
        notes.append(f"{_pages_phrase(blank)} of {path.name} {'is a picture' if len(blank) == 1 else 'are pictures'} "
                     "with no text; what is on them was not read.")
    text = "\n\n".join(part for part in parts if part)
    return Document(name=path.name, kind="pdf", pages=count, total_pages=total, text=text, notes=notes)


def _pages_phrase(pages: list[int]) -> str:
    if len(pages) == 1:
        return f"Page {pages[0]}"
    shown = ", ".join(str(p) for p in pages[:8]) + (", …" if len(pages) > 8 else "")
    return f"Pages {shown}"


def _matching_pages(path: Path, parts: list[str], found: list[int], total: int, matching: str) -> Document:
    if not found:
        raise DocumentError(f"No page of {path.name} mentions “{matching}”. Try another word, or use the first "
                            "pages instead.", kind=ErrorKind.NO_MATCH)
    text = "\n\n".join(f"[Page {number}]\n{parts[number - 1]}" for number in found)
    if len(found) == 1:
        note = f"Only page {found[0]} of {total} mentions “{matching}”, so only it was read."
    else:
        note = f"{len(found)} of {total} pages mention “{matching}”; only those were read ({_pages_phrase(found)})."
    return Document(name=path.name, kind="pdf", pages=len(found), total_pages=total, text=text, notes=[note])
