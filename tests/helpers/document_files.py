"""Real document files for tests and benchmarks, written with the same formats' own rules.

PDFs are written by hand (a valid cross-reference table, Helvetica text), so a test can make
the kinds a reader must survive: text pages, pages that are only pictures, and a file locked
with a password. Word and Excel files are written with python-docx and openpyxl, emails with
the standard library. The text is invented office prose; nothing in it belongs to anyone.
"""

from __future__ import annotations

import email.message
from collections.abc import Sequence
from pathlib import Path

LINES = (
    "The quarterly review covers supplier invoices, delivery times and open questions.",
    "Payment terms stay at thirty days; two suppliers asked for fifteen.",
    "The warehouse move is planned for the second week of the next month.",
    "Action: the finance team checks the credit notes before the close.",
)


def page_lines(page: int, count: int = 30) -> list[str]:
    """``count`` lines of text for page ``page`` (1-based); the first names the page."""
    return [f"Page {page} of the operations report."] + [
        f"{n}. {LINES[(page + n) % len(LINES)]}" for n in range(1, count)
    ]


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _text_stream(lines: Sequence[str]) -> bytes:
    body = "".join(f"({_pdf_escape(line)}) Tj T* " for line in lines)
    return f"BT /F1 10 Tf 14 TL 50 800 Td {body}ET".encode("latin-1")


# A page that is a picture: a grey 2x2 inline image stretched over the page, no text at all.
_PICTURE_STREAM = b"q 495 0 0 742 50 50 cm BI /W 2 /H 2 /CS /G /BPC 8 /F /AHx ID 30C0C030> EI Q"


def write_pdf(path: Path, pages: Sequence[Sequence[str] | None], *, password_locked: bool = False) -> Path:
    """A PDF with one page per item: a list of text lines, or ``None`` for a picture-only page.

    ``password_locked`` adds a standard security handler whose user password is not empty, so
    readers must ask for a password before they can open it.
    """
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: page tree; filled in below
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        stream = _PICTURE_STREAM if lines is None else _text_stream(lines)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content)
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    trailer_extra = b""
    if password_locked:
        objects.append(b"<< /Filter /Standard /V 1 /R 2 /P -44 /O <" + b"4f" * 32 + b"> /U <" + b"55" * 32 + b"> >>")
        trailer_extra = b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (len(objects), b"ab" * 16, b"ab" * 16)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref)
    path.write_bytes(bytes(out))
    return path


def write_text_pdf(path: Path, page_count: int, lines_per_page: int = 30) -> Path:
    return write_pdf(path, [page_lines(n, lines_per_page) for n in range(1, page_count + 1)])


def write_docx(path: Path, *, pages: int = 1, with_table: bool = True) -> Path:
    """A Word file with a heading, a bulleted list, a numbered list and a table per page."""
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    for page in range(1, pages + 1):
        document.add_heading(f"Section {page}: supplier review", level=1)
        for line in page_lines(page, 12)[1:7]:
            document.add_paragraph(line)
        document.add_paragraph("Check the credit notes", style="List Bullet")
        document.add_paragraph("Confirm the delivery dates", style="List Bullet")
        document.add_paragraph("Send the summary", style="List Number")
        if with_table:
            table = document.add_table(rows=3, cols=3)
            for r, row in enumerate([("Supplier", "Terms", "Open"), ("Northwind", "30 days", "2"),
                                     ("Contoso", "15 days", "0")]):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        if page < pages:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.save(str(path))
    return path


def write_xlsx(path: Path, rows: int, *, columns: int = 6, sheets: Sequence[str] = ("Orders",)) -> Path:
    """A workbook whose sheets each have a header row and ``rows`` rows of orders."""
    import datetime as dt

    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    for name in sheets:
        sheet = workbook.create_sheet(name)
        header = ["Order", "Date", "Supplier", "Amount", "Status", "Note"][:columns]
        header += [f"Extra {n}" for n in range(len(header), columns)]
        sheet.append(header)
        for n in range(1, rows + 1):
            row = [f"PO-{n:05d}", dt.date(2026, 1 + n % 12, 1 + n % 28), ("Northwind", "Contoso")[n % 2],
                   round(n * 12.5, 2), ("open", "paid")[n % 2], "check | recount" if n % 7 == 0 else ""]
            row = row[:columns] + [n] * (columns - len(row))
            sheet.append(row)
    workbook.save(str(path))
    return path


def write_eml(path: Path, *, html: bool = False, attachment: str | None = "minutes.pdf") -> Path:
    """A message with plain headers, a body (plain or HTML only) and optionally an attachment."""
    message = email.message.EmailMessage()
    message["From"] = "Operations Desk <ops@example.com>"
    message["To"] = "Team <team@example.com>"
    message["Subject"] = "Warehouse move: dates and owners"
    message["Date"] = "Tue, 03 Mar 2026 09:30:00 +0000"
    body = "The move starts on the 9th.\nThe finance team checks the credit notes first."
    if html:
        message.set_content("<html><body><p>The move starts on the <b>9th</b>.</p>"
                            "<ul><li>Finance checks the credit notes</li></ul></body></html>", subtype="html")
    else:
        message.set_content(body)
    if attachment:
        message.add_attachment(b"%PDF-1.4 placeholder", maintype="application", subtype="pdf", filename=attachment)
    path.write_bytes(bytes(message))
    return path
