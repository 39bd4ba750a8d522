"""Each reader on real files made here with the formats' own libraries: the text comes out in
reading order with its structure (headings, lists, tables) and the counts on the chip are right."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop.core.documents import CHARS_PER_PAGE, read_document
from desktop.core.documents import sheets as sheet_reader
from tests.helpers.document_files import (
    page_lines,
    write_docx,
    write_eml,
    write_pdf,
    write_text_pdf,
    write_xlsx,
)


def test_pdf_text_is_read_page_by_page_in_order(tmp_path: Path) -> None:
    document = read_document(write_text_pdf(tmp_path / "report.pdf", 3))
    assert (document.name, document.kind, document.pages, document.total_pages) == ("report.pdf", "pdf", 3, 3)
    for page in (1, 2, 3):
        assert page_lines(page)[0] in document.text
    assert document.text.index("Page 1 of") < document.text.index("Page 2 of") < document.text.index("Page 3 of")
    assert "\r" not in document.text
    assert document.characters == len(document.text) and document.notes == []


def test_pdf_first_pages_only_when_asked_and_progress_reaches_the_end(tmp_path: Path) -> None:
    seen: list[float] = []
    document = read_document(write_text_pdf(tmp_path / "long.pdf", 12), max_pages=4, on_progress=seen.append)
    assert (document.pages, document.total_pages, document.partial) == (4, 12, True)
    assert "Page 4 of" in document.text and "Page 5 of" not in document.text
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) == 4


def test_pdf_with_some_picture_pages_keeps_the_text_and_names_the_pictures(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "mixed.pdf", [page_lines(1), None, page_lines(3)])
    document = read_document(path)
    assert "Page 1 of" in document.text and "Page 3 of" in document.text
    assert document.notes == ["Page 2 of mixed.pdf is a picture with no text; what is on them was not read."]


def test_docx_keeps_headings_lists_and_tables_in_reading_order(tmp_path: Path) -> None:
    document = read_document(write_docx(tmp_path / "review.docx", pages=2))
    lines = document.text.splitlines()
    assert "# Section 1: supplier review" in lines and "# Section 2: supplier review" in lines
    assert "- Check the credit notes" in lines and "1. Send the summary" in lines
    assert "| Supplier | Terms | Open |" in lines and "| Northwind | 30 days | 2 |" in lines
    assert lines.index("# Section 1: supplier review") < lines.index("| Supplier | Terms | Open |") \
        < lines.index("# Section 2: supplier review")
    assert document.kind == "docx" and document.pages == 2  # the page break counts


def test_xlsx_each_sheet_is_a_table_under_its_name_with_dates_and_numbers_plain(tmp_path: Path) -> None:
    document = read_document(write_xlsx(tmp_path / "orders.xlsx", 3, sheets=("Orders", "Returns")))
    text = document.text
    assert text.startswith("## Sheet: Orders\n| Order | Date | Supplier | Amount | Status | Note |\n|---|")
    assert "## Sheet: Returns" in text
    assert "| PO-00002 | 2026-03-03 | Northwind | 25 | open |  |" in text  # 25.0 shown as 25; empty cell kept
    assert document.notes == []


def test_xlsx_over_the_row_cap_says_how_many_rows_were_left_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheet_reader, "ROW_CAP", 50)
    monkeypatch.setattr(sheet_reader, "COLUMN_CAP", 4)
    document = read_document(write_xlsx(tmp_path / "big.xlsx", 120))
    rows = [line for line in document.text.splitlines() if line.startswith("| ")]
    assert len(rows) == 50 and rows[-1].startswith("| PO-00049 |")
    assert all(row.count("|") == 5 for row in rows)  # four columns
    assert any("first 50 rows" in note and "71 more rows" in note for note in document.notes)
    assert any("first 4 columns" in note and "2 more" in note for note in document.notes)


def test_csv_delimiter_is_detected_and_pipes_in_cells_cannot_break_the_table(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("name;amount;note\nNorthwind;12,50;a|b\nContoso;7;\n", encoding="utf-8")
    document = read_document(path)
    assert document.text.splitlines() == ["| name | amount | note |", "|---|---|---|",
                                          "| Northwind | 12,50 | a/b |", "| Contoso | 7 |  |"]


def test_tsv_is_read_with_tabs(tmp_path: Path) -> None:
    path = tmp_path / "list.tsv"
    path.write_text("a\tb\n1\t2, 3\n", encoding="utf-8")
    assert read_document(path).text.splitlines()[-1] == "| 1 | 2, 3 |"


def test_eml_gives_headers_body_and_attachment_names(tmp_path: Path) -> None:
    document = read_document(write_eml(tmp_path / "move.eml"))
    assert document.text.splitlines()[:5] == [
        "From: Operations Desk <ops@example.com>", "To: Team <team@example.com>",
        "Date: Tue, 03 Mar 2026 09:30:00 +0000", "Subject: Warehouse move: dates and owners",
        "Attachments: minutes.pdf"]
    assert "The finance team checks the credit notes first." in document.text
    assert "%PDF" not in document.text  # attachments are named, not read


def test_eml_with_only_html_body_is_turned_into_text(tmp_path: Path) -> None:
    document = read_document(write_eml(tmp_path / "html.eml", html=True, attachment=None))
    assert "The move starts on the 9th." in document.text and "- Finance checks the credit notes" in document.text
    assert "<" not in document.text.split("\n\n", 1)[1]


def test_html_drops_scripts_and_styles_and_keeps_structure(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>x</title><style>p{color:red}</style></head><body>"
                    "<h2>Delivery</h2><p>Trucks arrive&nbsp;at 9.</p><script>alert('hi')</script>"
                    "<ul><li>Dock A</li><li>Dock B</li></ul><table><tr><td>A</td><td>B</td></tr></table>"
                    "</body></html>", encoding="utf-8")
    text = read_document(path).text
    assert text.splitlines() == ["## Delivery", "", "Trucks arrive at 9.", "", "- Dock A", "- Dock B", "",
                                 "A | B"]


@pytest.mark.parametrize(("data", "note"), [
    (codecs.BOM_UTF8 + "Café déjà vu".encode(), None),
    ("Café déjà vu".encode("utf-16"), None),  # with its byte-order mark
    ("Café déjà vu".encode("utf-16-le"), "UTF-16"),  # without one, as some Windows tools write
    ("Café déjà vu – “quoted”".encode("cp1252"), "Windows-1252"),
    ("Café déjà vu".encode(), None),
    (b"Caf\xe9 d\xe9j\xe0 vu \x81", "Latin-1"),  # \x81 is not Windows-1252
])
def test_text_files_in_any_common_encoding(tmp_path: Path, data: bytes, note: str | None) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(data)
    document = read_document(path)
    assert document.text.startswith("Café déjà vu")
    assert "\ufeff" not in document.text
    if note is None:
        assert document.notes == []
    else:
        assert note in document.notes[0]


def test_long_text_file_counts_pages_of_prose_and_cuts_at_a_line_end(tmp_path: Path) -> None:
    path = tmp_path / "minutes.md"
    path.write_text("\n".join(f"Line {n} of the minutes, with enough words to fill it." for n in range(1000)),
                    encoding="utf-8")
    full = read_document(path)
    assert full.pages == -(-full.characters // CHARS_PER_PAGE)
    first = read_document(path, max_pages=2)
    assert first.pages == 2 and first.total_pages == full.pages
    assert first.characters <= 2 * CHARS_PER_PAGE and full.text.startswith(first.text)
    assert first.text.endswith(".")  # whole lines only
