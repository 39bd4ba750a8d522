"""Outlook .msg files, written here as real OLE compound files, read through the documents API:
the same headers, body and attachment names as an .eml gives, and one plain sentence for a file
that is not a readable message."""

from __future__ import annotations

import struct
from datetime import UTC, datetime
from pathlib import Path

import olefile
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.documents import as_field_value, read_document
from desktop.core.errors import DocumentError
from tests.helpers.document_files import write_eml
from tests.helpers.msg_files import compound_file, message_tree, write_msg

SENT = datetime(2026, 3, 3, 9, 30, tzinfo=UTC)
BODY = ("Hello team,\r\n\r\nThe warehouse move starts on the 9th.\r\n"
        "The finance team checks the credit notes first.\r\n")


def _move(path: Path, **extra: object) -> Path:
    fields: dict[str, object] = dict(
        subject="Warehouse move: dates and owners", sender_name="Operations Desk", sender_address="ops@example.com",
        to="Team", cc="Facilities", sent=SENT, body=BODY, attachments=("minutes.pdf", "budget 2026.xlsx"))
    fields.update(extra)
    return write_msg(path, **fields)


def test_unicode_message_gives_headers_body_and_attachment_names_like_an_eml(tmp_path: Path) -> None:
    document = read_document(_move(tmp_path / "move.msg"))
    assert (document.name, document.kind) == ("move.msg", "msg")
    assert document.text.splitlines()[:7] == [
        "From: Operations Desk <ops@example.com>", "To: Team", "Cc: Facilities",
        "Date: Tue, 03 Mar 2026 09:30:00 +0000", "Subject: Warehouse move: dates and owners",
        "Attachments: minutes.pdf, budget 2026.xlsx", ""]
    assert "The finance team checks the credit notes first." in document.text and "\r" not in document.text
    assert "contents of minutes.pdf" not in document.text  # attachments are named, not read
    assert document.notes == ["Attachments are listed by name only; read one into a field on its own if it is needed."]
    eml = read_document(write_eml(tmp_path / "move.eml"))
    dates = [[line for line in d.text.splitlines() if line.startswith("Date: ")] for d in (eml, document)]
    assert dates[0] == dates[1]  # the same date layout as an .eml


def test_eight_bit_properties_are_decoded_in_the_messages_code_page(tmp_path: Path) -> None:
    path = _move(tmp_path / "greek.msg", subject="Μετακόμιση αποθήκης", body="Η μετακόμιση ξεκινά στις 9.",
                 eight_bit="cp1253", code_page=1253, sender_name="Γραφείο", attachments=())
    text = read_document(path).text
    assert "Subject: Μετακόμιση αποθήκης" in text and "From: Γραφείο <ops@example.com>" in text
    assert "Η μετακόμιση ξεκινά στις 9." in text and "Attachments" not in text


def test_eight_bit_text_without_a_code_page_is_read_as_western_european(tmp_path: Path) -> None:
    path = _move(tmp_path / "cafe.msg", subject="Café opening", body="Crème brûlée at noon.", eight_bit="cp1252")
    text = read_document(path).text
    assert "Subject: Café opening" in text and "Crème brûlée at noon." in text


def test_html_only_body_is_turned_into_text(tmp_path: Path) -> None:
    html = ("<html><head><style>p{color:red}</style></head><body><p>The move starts on the 9th.</p>"
            "<ul><li>Finance checks the credit notes</li></ul><script>alert(1)</script></body></html>")
    document = read_document(_move(tmp_path / "html.msg", body=None, html=html))
    body = document.text.split("\n\n", 1)[1]
    assert "The move starts on the 9th." in body and "- Finance checks the credit notes" in body
    assert "<" not in body and "alert" not in body and "color" not in body


def test_long_body_is_stored_outside_the_mini_stream_and_read_whole(tmp_path: Path) -> None:
    body = "\n\n".join(f"Paragraph {n}: the move plan for dock {n}." for n in range(400))
    document = read_document(_move(tmp_path / "long.msg", body=body, attachments=()))
    with olefile.OleFileIO(str(tmp_path / "long.msg")) as ole:  # a well-formed file: no defect logged
        assert ole.parsing_issues == [] and ole.get_size("__substg1.0_1000001F") >= 4096
        assert ole.get_size("__substg1.0_0037001F") < 4096  # the subject lives in the mini stream
    assert "Paragraph 0:" in document.text and "Paragraph 399: the move plan for dock 399." in document.text
    assert document.pages > 1
    first = read_document(tmp_path / "long.msg", max_pages=1)
    assert first.pages == 1 and first.partial and "Paragraph 399" not in first.text


def test_date_comes_from_the_transport_headers_when_the_sent_time_is_missing(tmp_path: Path) -> None:
    headers = "Received: by mail.example.com\r\nDate: Wed, 04 Mar 2026 10:00:00 +0100\r\nSubject: x\r\n"
    text = read_document(_move(tmp_path / "fwd.msg", sent=None, headers=headers)).text
    assert "Date: Wed, 04 Mar 2026 10:00:00 +0100" in text


def test_exchange_sender_path_is_not_shown_as_an_address(tmp_path: Path) -> None:
    tree = message_tree(subject="Rota", sender_name="Operations Desk", body="Rota attached.")
    tree["__substg1.0_0C1F001F"] = "/O=FIRM/OU=EXCHANGE/CN=RECIPIENTS/CN=OPS".encode("utf-16-le")
    (tmp_path / "rota.msg").write_bytes(compound_file(tree))
    assert read_document(tmp_path / "rota.msg").text.splitlines()[0] == "From: Operations Desk"


def test_matching_keeps_only_the_paragraphs_that_mention_the_word(tmp_path: Path) -> None:
    document = read_document(_move(tmp_path / "move.msg"), matching="credit notes")
    assert "credit notes" in document.text and "From:" not in document.text


def test_the_text_is_outside_content_as_a_field_value(tmp_path: Path) -> None:
    path = _move(tmp_path / "move.msg")
    value = as_field_value(read_document(path), path)
    assert value.source == str(path) and "warehouse move" in value


def _refusal(path: Path) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    return caught.value


def test_a_truncated_message_is_damaged_in_one_sentence(tmp_path: Path) -> None:
    whole = _move(tmp_path / "whole.msg", body="x" * 9000).read_bytes()
    (tmp_path / "cut.msg").write_bytes(whole[: len(whole) // 2])
    error = _refusal(tmp_path / "cut.msg")
    assert error.kind == "damaged" and "cut.msg is damaged or incomplete" in error.message


def test_a_file_that_is_not_ole_is_refused(tmp_path: Path) -> None:
    (tmp_path / "note.msg").write_bytes(b"\x00\x01binary that is not a message" * 10)
    error = _refusal(tmp_path / "note.msg")
    assert error.kind == "damaged" and "is not an Outlook message" in error.message


def test_an_ole_file_that_is_not_a_message_is_refused(tmp_path: Path) -> None:
    (tmp_path / "letter.msg").write_bytes(compound_file({"WordDocument": b"\x00" * 600, "1Table": b"\x00" * 80}))
    assert olefile.isOleFile(str(tmp_path / "letter.msg"))
    error = _refusal(tmp_path / "letter.msg")
    assert error.kind == "damaged" and "another Office file renamed to .msg" in error.message


def test_an_ole_header_with_nothing_after_it_is_damaged(tmp_path: Path) -> None:
    (tmp_path / "report.msg").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert _refusal(tmp_path / "report.msg").kind == "damaged"


_WHOLE = compound_file(message_tree(subject="Rota", sender_name="Operations Desk", body="Rota for March. " * 400,
                                    attachments=("rota.xlsx",)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(st.tuples(st.integers(0, len(_WHOLE) - 1), st.integers(0, 255)), min_size=1, max_size=8),
       cut=st.one_of(st.none(), st.integers(1, len(_WHOLE) - 1)))
def test_a_damaged_message_is_read_or_refused_in_one_sentence_never_anything_else(
        tmp_path: Path, changes: list[tuple[int, int]], cut: int | None) -> None:
    data = bytearray(_WHOLE)
    for offset, value in changes:
        data[offset] = value
    (tmp_path / "rota.msg").write_bytes(bytes(data[:cut]))
    try:
        document = read_document(tmp_path / "rota.msg")
    except DocumentError as error:
        assert error.kind == "damaged" and error.message.startswith("rota.msg ")
    else:
        assert document.kind == "msg"


def test_a_body_kept_only_as_rich_text_is_named_in_a_note(tmp_path: Path) -> None:
    tree = message_tree(subject="Rota", sender_name="Operations Desk", to="Team")
    tree["__substg1.0_10090102"] = b"\x2d\x00\x00\x00\x2b\x00\x00\x00LZFu" + bytes(40)  # compressed RTF
    (tmp_path / "rota.msg").write_bytes(compound_file(tree))
    document = read_document(tmp_path / "rota.msg")
    assert document.text == "From: Operations Desk\nTo: Team\nSubject: Rota"
    assert document.notes[0].startswith("The body of rota.msg is stored only as rich text")


def test_sender_and_date_fall_back_to_on_behalf_of_and_delivery_time(tmp_path: Path) -> None:
    tree = message_tree(subject="Rota", body="Rota attached.")
    tree["__substg1.0_0042001F"] = "Facilities Desk".encode("utf-16-le")
    tree["__substg1.0_0065001F"] = "facilities@example.com".encode("utf-16-le")
    header = struct.pack("<8sIIII8s", b"", 0, 0, 0, 0, b"")
    delivered = int((datetime(2026, 3, 5, 8, 0, tzinfo=UTC) - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds()) * 10**7
    tree["__properties_version1.0"] = header + struct.pack("<IIQ", (0x0E06 << 16) | 0x0040, 6, delivered)
    (tmp_path / "rota.msg").write_bytes(compound_file(tree))
    assert read_document(tmp_path / "rota.msg").text.splitlines()[:3] == [
        "From: Facilities Desk <facilities@example.com>", "Date: Thu, 05 Mar 2026 08:00:00 +0000", "Subject: Rota"]
