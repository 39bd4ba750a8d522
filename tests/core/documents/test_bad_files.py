"""Files that cannot be read give one plain sentence each (a DocumentError) and nothing else."""

from __future__ import annotations

import os
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.core.documents import DocumentError, DocumentTooLong, fit_document, read_document
from desktop.core.errors import CancelledError
from tests.helpers.document_files import page_lines, write_docx, write_pdf, write_text_pdf, write_xlsx


def refused(path: Path, **kw: object) -> DocumentError:
    with pytest.raises(DocumentError) as info:
        read_document(path, **kw)  # type: ignore[arg-type]
    message = info.value.message
    assert "Traceback" not in message and "Error" not in message and str(path.parent) not in message
    return info.value


def test_pdf_of_pictures_says_it_cannot_read_text_from_it(tmp_path: Path) -> None:
    error = refused(write_pdf(tmp_path / "scan.pdf", [None, None, None]))
    assert error.kind == "no_text"
    assert error.message.startswith("This PDF is pictures of pages; Promptdesk cannot read text from it.")


def test_password_protected_pdf_asks_for_a_copy_without_the_password(tmp_path: Path) -> None:
    error = refused(write_pdf(tmp_path / "locked.pdf", [page_lines(1)], password_locked=True))
    assert error.kind == "password" and "locked.pdf is locked with a password" in error.message


def test_password_protected_office_file_is_recognised_by_its_encrypted_package(tmp_path: Path) -> None:
    # Office saves a password-protected workbook as an OLE compound file holding
    # "EncryptionInfo" and "EncryptedPackage" streams instead of a zip package.
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = "EncryptionInfo".encode("utf-16-le").ljust(128, b"\x00") + \
        "EncryptedPackage".encode("utf-16-le").ljust(128, b"\x00")
    (tmp_path / "budget.xlsx").write_bytes(head + directory + b"\x00" * 2048)
    error = refused(tmp_path / "budget.xlsx")
    assert error.kind == "password" and "budget.xlsx is locked with a password" in error.message


def test_old_binary_office_file_under_a_new_name_says_save_as(tmp_path: Path) -> None:
    (tmp_path / "old.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096)
    error = refused(tmp_path / "old.docx")
    assert error.kind == "unsupported" and "save it as .docx" in error.message


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".xlsx"])
def test_truncated_file_is_damaged_not_a_crash(tmp_path: Path, suffix: str) -> None:
    whole = tmp_path / f"whole{suffix}"
    {".pdf": lambda p: write_text_pdf(p, 3), ".docx": lambda p: write_docx(p, pages=3),
     ".xlsx": lambda p: write_xlsx(p, 500)}[suffix](whole)
    cut = tmp_path / f"cut{suffix}"
    data = whole.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    error = refused(cut)
    assert error.kind == "damaged" and error.message.startswith("cut" + suffix + " is damaged")


def test_zip_with_a_broken_part_inside_is_damaged(tmp_path: Path) -> None:
    good = write_docx(tmp_path / "good.docx")
    bad = tmp_path / "bad.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, b"<w:document><unclosed" if item.filename == "word/document.xml" else data)
    assert refused(bad).kind == "damaged"


def test_text_file_renamed_to_pdf_is_damaged(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_text("just some notes", encoding="utf-8")
    assert refused(tmp_path / "notes.pdf").kind == "damaged"


@pytest.mark.parametrize(("name", "words"), [
    ("archive.zip", "Promptdesk cannot read .zip files (archive.zip). It reads PDF, Word (.docx)"),
    ("archive.zip", "e-mail (.eml and Outlook .msg)"),
    ("report.doc", "save it as .docx"),
    ("picture", "files without an ending"),
])
def test_unsupported_types_say_what_is_supported_or_how_to_convert(tmp_path: Path, name: str, words: str) -> None:
    with zipfile.ZipFile(tmp_path / name, "w") as archive:  # binary content of any kind
        archive.writestr("inside.bin", bytes(range(256)))
    error = refused(tmp_path / name)
    assert error.kind == "unsupported" and words in error.message


@pytest.mark.parametrize("name", ["settings.json", "README", "server.log", "notes.yaml"])
def test_plain_text_under_another_ending_is_read_as_text(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text('{"owner": "finance", "review": "monthly"}\n', encoding="utf-8")
    document = read_document(tmp_path / name)
    assert document.kind == "txt" and document.text.startswith('{"owner": "finance"')


def test_vanished_file_says_choose_it_again(tmp_path: Path) -> None:
    path = write_text_pdf(tmp_path / "gone.pdf", 1)
    path.unlink()
    error = refused(path)
    assert error.kind == "missing" and "gone.pdf is no longer there" in error.message


def test_empty_file_and_folder_are_refused_plainly(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert "empty (0 bytes)" in refused(tmp_path / "empty.txt").message
    (tmp_path / "folder.pdf").mkdir()
    assert "is a folder" in refused(tmp_path / "folder.pdf").message


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file")
def test_file_without_read_permission_says_not_allowed(tmp_path: Path) -> None:
    path = tmp_path / "private.txt"
    path.write_text("x", encoding="utf-8")
    path.chmod(0)
    assert refused(path).kind == "not_allowed"


def test_document_over_the_fields_limit_offers_the_first_pages_that_fit(tmp_path: Path) -> None:
    path = write_text_pdf(tmp_path / "annual.pdf", 300)
    document = read_document(path)
    with pytest.raises(DocumentTooLong) as info:
        fit_document(document, 100_000)
    fit = info.value.pages_that_fit
    assert 1 <= fit < 300
    assert f"annual.pdf has 300 pages, {document.characters:,} characters; this field takes at most 100,000. " \
           f"Use the first {fit} pages, or only the pages that mention a word you choose." in info.value.message
    first = read_document(path, max_pages=fit)
    fit_document(first, 100_000)  # now it fits
    assert first.pages == fit and first.total_pages == 300


def test_fits_when_the_field_has_no_limit_or_the_text_is_short(tmp_path: Path) -> None:
    document = read_document(write_text_pdf(tmp_path / "short.pdf", 1))
    fit_document(document, None)
    fit_document(document, document.characters)


def test_cancelled_reading_stops_with_nothing_read(tmp_path: Path) -> None:
    path = write_text_pdf(tmp_path / "long.pdf", 20)
    seen: list[float] = []
    with pytest.raises(CancelledError):
        read_document(path, on_progress=seen.append, cancelled=lambda: len(seen) >= 3)
    assert len(seen) == 3


def test_file_moved_away_while_being_chosen_is_missing_not_a_crash(tmp_path: Path) -> None:
    path = write_text_pdf(tmp_path / "moving.pdf", 1)
    shutil.move(path, tmp_path / "elsewhere.pdf")
    assert refused(path).kind == "missing"


def test_only_the_pdf_pages_that_mention_a_word_are_read(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "annual.pdf", [page_lines(n) if n != 7 else ["Net total for the year: 2,616.00"]
                                               for n in range(1, 301)])
    document = read_document(path, matching="NET TOTAL")
    assert document.text == "[Page 7]\nNet total for the year: 2,616.00"
    assert (document.pages, document.total_pages) == (1, 300)
    assert document.notes == ["Only page 7 of 300 mentions “NET TOTAL”, so only it was read."]
    several = read_document(path, matching="Page 1 of")
    assert several.pages == 1 and read_document(path, matching="page 2").pages == 111  # 2, 20-29, 200-299
    assert read_document(path, matching="page 2").notes[0].startswith("111 of 300 pages mention “page 2”; only those")
    with pytest.raises(DocumentError, match="No page of annual.pdf mentions “pallets”") as info:
        read_document(path, matching="pallets")
    assert info.value.kind == "no_match"


def test_rows_and_paragraphs_that_mention_a_word_are_kept_with_their_headers(tmp_path: Path) -> None:
    sheet = read_document(write_xlsx(tmp_path / "orders.xlsx", 200), matching="PO-00150")
    assert sheet.text.splitlines() == ["## Sheet: Orders", "| Order | Date | Supplier | Amount | Status | Note |",
                                       "|---|---|---|---|---|---|", sheet.text.splitlines()[-1]]
    assert sheet.text.splitlines()[-1].startswith("| PO-00150 |")
    notes = tmp_path / "notes.md"
    notes.write_text("Intro.\n\nThe pallet order is late.\n\nOther news.\n\nPallets arrive Monday.", encoding="utf-8")
    kept = read_document(notes, matching="pallet")
    assert kept.text == "The pallet order is late.\n\nPallets arrive Monday."
    assert kept.notes[-1] == "Only the 2 paragraphs of notes.md that mention “pallet” were read."
