"""Files into text for a template's fields.

- ``read_document(path, *, max_pages, cancelled, on_progress) -> Document``: one reader per
  kind (PDF, Word, Excel/CSV/TSV, e-mail (.eml and Outlook .msg), HTML, Markdown/text in any common encoding).
- ``keep_matching(document, words)``: only the parts that mention ``words`` (also
  ``read_document(..., matching=words)``, which for a PDF keeps the matching pages).
- ``fit_document(document, max_chars)``: refuse a document longer than the field allows,
  saying how many pages would fit (``DocumentError`` with ``kind=ErrorKind.TOO_LONG`` and
  ``pages_that_fit``).
- ``FileText``: the text of a document as a field value; the pipeline treats it as outside
  content (privacy detection and the injection scan, like pasted text).

Every failure is a ``DocumentError`` with one plain sentence and nothing else changes; the
readers' libraries load only when a file of their kind is read. Text taken from a file is
untrusted: it is never executed and goes into the prompt fenced, like anything pasted.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.documents.model import (
    CHARS_PER_PAGE,
    Cancelled,
    Document,
    FileText,
    Progress,
    check_cancelled,
)
from desktop.core.errors import DocumentError, ErrorKind

__all__ = ["CHARS_PER_PAGE", "Document", "DocumentError", "DocumentTooLong", "FileText", "KINDS",
           "SUPPORTED_SUFFIXES", "keep_matching",
           "as_field_value", "fit_document", "read_document"]

# suffix -> kind
KINDS: dict[str, str] = {
    ".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".csv": "csv", ".tsv": "tsv",
    ".tab": "tsv", ".eml": "eml", ".msg": "msg", ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md",
    ".txt": "txt", ".text": "txt", ".log": "txt",
}
SUPPORTED_SUFFIXES = tuple(KINDS)
# Files larger than this are refused before reading: no field can hold what they would give.
MAX_BYTES = 200 * 1024 * 1024
_SUPPORTED_PHRASE = ("PDF, Word (.docx), Excel (.xlsx and .xls), CSV and TSV, e-mail (.eml and Outlook .msg), web pages (.html), "
                     "Markdown and plain text files")
_SAVE_AS = {
    ".doc": "Old Word .doc files are not supported; open it in Word, save it as .docx and use that file.",
    ".rtf": "Rich text (.rtf) files are not supported; open it in Word, save it as .docx and use that file.",
    ".pages": "Pages files are not supported; export it as Word (.docx) or PDF and use that file.",
}


def _check_file(path: Path) -> str:
    """The kind of ``path``, or the one plain sentence saying why it cannot be read."""
    suffix = path.suffix.lower()
    if suffix in _SAVE_AS:
        raise DocumentError(_SAVE_AS[suffix], kind=ErrorKind.UNSUPPORTED)
    kind = KINDS.get(suffix) or _text_kind(path)
    if kind is None:
        what = f"{suffix} files" if suffix else "files without an ending like .pdf or .docx"
        raise DocumentError(f"Promptdesk cannot read {what} ({path.name}). It reads {_SUPPORTED_PHRASE}.",
                            kind=ErrorKind.UNSUPPORTED)
    try:
        if path.is_dir():
            raise DocumentError(f"{path.name} is a folder. Choose a file inside it.", kind=ErrorKind.UNSUPPORTED)
        size = path.stat().st_size
    except FileNotFoundError:
        raise DocumentError(f"{path.name} is no longer there: it was moved, renamed or deleted. Choose the file "
                            "again.", kind=ErrorKind.MISSING) from None
    except OSError as exc:
        raise _os_error(path, exc) from exc
    if size > MAX_BYTES:
        raise DocumentError(f"{path.name} is {size // (1024 * 1024)} MB, more than Promptdesk reads into a field "
                            f"({MAX_BYTES // (1024 * 1024)} MB). Split it, or copy the part you need.", kind=ErrorKind.TOO_BIG)
    if size == 0:
        raise DocumentError(f"{path.name} is empty (0 bytes). Check that it finished saving or downloading.",
                            kind=ErrorKind.DAMAGED)
    return kind


def _text_kind(path: Path) -> str | None:
    """``"txt"`` for a file of another ending that holds plain text (notes.json, a log, a
    README), so it reads as it would when pasted; ``None`` for anything binary."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8192)
    except OSError:
        return None  # _check_file reports why the file cannot be opened
    if not head:
        return "txt"
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return "txt"
    if b"\x00" in head:
        return None
    printable = sum(1 for byte in head if byte >= 32 or byte in (9, 10, 13))
    return "txt" if printable / len(head) > 0.95 else None


def _os_error(path: Path, exc: OSError) -> DocumentError:
    if isinstance(exc, FileNotFoundError):
        return DocumentError(f"{path.name} is no longer there: it was moved, renamed or deleted. Choose the file "
                             "again.", kind=ErrorKind.MISSING)
    if isinstance(exc, PermissionError):
        return DocumentError(f"Promptdesk is not allowed to open {path.name}. Close it in any program that has "
                             "it open, or copy it to your Documents folder, and try again.", kind=ErrorKind.NOT_ALLOWED)
    return DocumentError(f"{path.name} could not be read ({exc.strerror or exc}). If it is on a shared drive, "
                         "check the drive is reachable, or copy the file to your computer.", kind=ErrorKind.MISSING)


def read_document(path: str | Path, *, max_pages: int | None = None, cancelled: Cancelled | None = None,
                  on_progress: Progress | None = None, matching: str = "") -> Document:
    """Read ``path`` into text; ``max_pages`` reads only the first pages; ``matching`` keeps only
    the pages (PDF), rows (sheets) or paragraphs (everything else) that mention it.

    ``on_progress`` gets the fraction done (0 to 1) now and then; ``cancelled`` is asked as
    often, and stops the reading with ``CancelledError`` when it says yes.

    Raises:
        DocumentError: the file cannot be read; the message says why and what to do.
        CancelledError: ``cancelled`` said stop.
    """
    path = Path(path).expanduser()
    kind = _check_file(path)
    check_cancelled(cancelled)
    try:
        if kind == "pdf" and matching.strip():
            from desktop.core.documents.pdf import read_pdf

            document = read_pdf(path, max_pages=max_pages, cancelled=cancelled, on_progress=on_progress,
                                matching=matching.strip())
        else:
            document = _read(path, kind, None if matching.strip() else max_pages, cancelled, on_progress)
            if matching.strip():
                document = keep_matching(document, matching.strip())
    except OSError as exc:
        raise _os_error(path, exc) from exc
    except RecursionError as exc:  # a maliciously deep file: refuse it, never crash on it
        raise DocumentError(f"{path.name} is built in a way Promptdesk cannot read.", kind=ErrorKind.DAMAGED) from exc
    if not document.text.strip():
        document.notes.insert(0, f"{path.name} has no text in it.")
    return document


def _read(path: Path, kind: str, max_pages: int | None, cancelled: Cancelled | None,
          on_progress: Progress | None) -> Document:
    if kind == "pdf":
        from desktop.core.documents.pdf import read_pdf

        return read_pdf(path, max_pages=max_pages, cancelled=cancelled, on_progress=on_progress)
    if kind == "docx":
        from desktop.core.documents.office import read_docx

        return read_docx(path, max_pages=max_pages, cancelled=cancelled, on_progress=on_progress)
    if kind == "xlsx":
        from desktop.core.documents.sheets import read_xlsx

        return read_xlsx(path, max_pages=max_pages, cancelled=cancelled, on_progress=on_progress)
    if kind == "xls":
        from desktop.core.documents.sheets import read_xls

        return read_xls(path, max_pages=max_pages, cancelled=cancelled, on_progress=on_progress)
    if kind in ("csv", "tsv"):
        from desktop.core.documents.sheets import read_delimited

        return read_delimited(path, kind, max_pages=max_pages, cancelled=cancelled)
    if kind == "eml":
        from desktop.core.documents.mail import read_eml

        return read_eml(path, max_pages=max_pages)
    if kind == "msg":
        from desktop.core.documents.outlook import read_msg

        return read_msg(path, max_pages=max_pages)
    if kind == "html":
        from desktop.core.documents.web import read_html

        return read_html(path, max_pages=max_pages)
    from desktop.core.documents.plain import read_text

    return read_text(path, kind, max_pages=max_pages)


def keep_matching(document: Document, matching: str) -> Document:
    """Only the parts of ``document`` that mention ``matching``: a table's rows (its headings and
    header kept), or the paragraphs of any other text.

    Raises:
        DocumentError: nothing mentions it (``kind=ErrorKind.NO_MATCH``).
    """
    phrase = matching.casefold()
    if document.kind in ("xlsx", "csv", "tsv"):
        lines = document.text.split("\n")
        kept = [line for index, line in enumerate(lines)
                if phrase in line.casefold() or line.startswith("## ") or not line.strip()
                or line.startswith("|---") or (index + 1 < len(lines) and lines[index + 1].startswith("|---"))]
        hits = sum(1 for line in lines if phrase in line.casefold())
        unit = "rows"
    else:
        blocks = document.text.split("\n\n")
        kept = [block for block in blocks if phrase in block.casefold()]
        hits, unit = len(kept), "paragraphs"
    if not hits:
        raise DocumentError(f"Nothing in {document.name} mentions “{matching}”. Try another word, or use the "
                            "first pages instead.", kind=ErrorKind.NO_MATCH)
    from desktop.core.documents.model import text_pages

    text = ("\n" if unit == "rows" else "\n\n").join(kept).strip()
    note = f"Only the {hits} {unit} of {document.name} that mention “{matching}” were read."
    return Document(name=document.name, kind=document.kind, pages=text_pages(text),
                    total_pages=document.total_pages, text=text, notes=[*document.notes, note])


class DocumentTooLong(DocumentError):
    """A document longer than its field allows; ``pages_that_fit`` of its first pages would fit."""

    kind = ErrorKind.TOO_LONG

    def __init__(self, message: str, pages_that_fit: int) -> None:
        super().__init__(message)
        self.pages_that_fit = pages_that_fit


def pages_that_fit(document: Document, max_chars: int) -> int:
    """How many of ``document``'s first pages fit in ``max_chars`` (at least one)."""
    per_page = max(1, document.characters // max(1, document.pages))
    return max(1, min(document.pages - 1, max_chars // per_page))


def fit_document(document: Document, max_chars: int | None) -> None:
    """Refuse ``document`` when its text is longer than a field taking ``max_chars`` allows.

    Raises:
        DocumentTooLong: read again with ``max_pages=error.pages_that_fit`` to take the first
            pages instead.
    """
    if not max_chars or document.characters <= max_chars:
        return
    fit = pages_that_fit(document, max_chars)
    unit = "pages" if document.kind == "pdf" else "pages (of about 3,000 characters)"
    raise DocumentTooLong(
        f"{document.name} has {document.pages:,} {unit}, {document.characters:,} characters; this field takes at "
        f"most {max_chars:,}. Use the first {fit} pages, or only the pages that mention a word you choose.", fit,
    )


def as_field_value(document: Document, path: str | Path = "") -> FileText:
    """``document``'s text as a field value that the pipeline knows came from a file."""
    return FileText(document.text, str(path) or document.name)
