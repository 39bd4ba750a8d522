"""Word files (.docx) with python-docx: headings, lists and tables kept in a plain text form
the model reads well (``#`` headings, ``-`` and ``1.`` items, ``|`` tables)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from desktop.core.documents.model import (
    Cancelled,
    Document,
    Progress,
    check_cancelled,
    first_pages,
    text_pages,
)
from desktop.core.errors import DocumentError, ErrorKind

# Office files locked with a password are not zip files but OLE "compound files" holding an
# encrypted package; so are the old binary .doc and .xls formats.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def refuse_ole(path: Path, old_format: str) -> None:
    """Raise the right plain sentence when ``path`` is an OLE file instead of a zip package."""
    with path.open("rb") as handle:
        head = handle.read(1 << 16)
    if not head.startswith(OLE_MAGIC):
        return
    if "EncryptionInfo".encode("utf-16-le") in head or "EncryptedPackage".encode("utf-16-le") in head:
        raise DocumentError(f"{path.name} is locked with a password. Open it, remove the password (File › "
                            "Info › Protect), save it, and use that copy.", kind=ErrorKind.PASSWORD)
    raise DocumentError(f"{path.name} is in the old {old_format} format. Open it and save it as "
                        f"{path.suffix.lower()}, then use the new file.", kind=ErrorKind.UNSUPPORTED)


def damaged(path: Path, program: str) -> DocumentError:
    article = "an" if program[:1].upper() in "AEIOU" else "a"
    return DocumentError(f"{path.name} is damaged or is not really {article} {program} file, so Promptdesk cannot "
                         f"read it. Open it in {program} and save a fresh copy.", kind=ErrorKind.DAMAGED)


def _style_names(document: Any) -> dict[str, str]:
    """Style id -> name, read once: python-docx looks each paragraph's style up afresh, which
    made a 50-page file twenty times slower to read than its text."""
    return {style.style_id: style.name or "" for style in document.styles}


def _paragraph_line(paragraph: Any, numbers: dict[str, int], styles: dict[str, str]) -> str:
    text = paragraph.text.strip()
    if not text:
        return ""
    style_id = paragraph._p.style  # the paragraph's own style id; None means the default style
    style = styles.get(style_id, "") if style_id else ""
    if style == "Title":
        return f"# {text}"
    if style.startswith("Heading") and style[7:].strip().isdigit():
        return "#" * min(6, int(style[7:])) + " " + text
    if style.startswith("List Number"):
        numbers[style] = numbers.get(style, 0) + 1
        return f"{numbers[style]}. {text}"
    numbers.clear()
    if style.startswith("List") or paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None:
        return f"- {text}"
    return text


def _table_lines(table: Any) -> list[str]:
    rows = []
    for row in table.rows:
        cells = [" ".join(cell.text.split()).replace("|", "/") for cell in row.cells]
        rows.append("| " + " | ".join(cells) + " |")
    if rows:
        width = rows[0].count("|") - 1
        rows.insert(1, "|" + "---|" * width)
    return rows


def read_docx(path: Path, *, max_pages: int | None, cancelled: Cancelled | None,
              on_progress: Progress | None) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    refuse_ole(path, "Word 97–2003 (.doc)")
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise damaged(path, "Word") from exc
    except Exception as exc:  # lxml's XMLSyntaxError and friends: a broken part inside the zip
        if type(exc).__module__.startswith("lxml"):
            raise damaged(path, "Word") from exc
        raise
    lines: list[str] = []
    numbers: dict[str, int] = {}
    styles = _style_names(document)
    blocks = list(document.iter_inner_content())
    breaks = 0
    for index, block in enumerate(blocks):
        if index % 200 == 0:
            check_cancelled(cancelled)
            if on_progress is not None and blocks:
                on_progress(index / len(blocks))
        if hasattr(block, "rows"):
            numbers.clear()
            lines.extend(["", *_table_lines(block), ""])
        else:
            breaks += len(block._p.xpath(".//w:br[@w:type='page']"))
            line = _paragraph_line(block, numbers, styles)
            if line:
                lines.append(line)
    text = "\n".join(lines).strip()
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    if on_progress is not None:
        on_progress(1.0)
    # Word has no fixed pages: the larger of the page breaks it holds and pages of prose.
    total = max(breaks + 1, text_pages(text))
    kept, pages, _ = first_pages(text, max_pages)
    if max_pages is None or max_pages >= total:
        kept, pages = text, total
    return Document(name=path.name, kind="docx", pages=pages, total_pages=total, text=kept,
                    notes=[] if text else [f"{path.name} has no text in it."])
