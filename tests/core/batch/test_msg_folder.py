"""A folder of .eml, .msg and .txt files as a batch: one row per file, Outlook messages read like
e-mails, a damaged message listed with its reason, personal data hidden row by row."""

from __future__ import annotations

from pathlib import Path

from desktop.core.batch.plan import plan_batch
from desktop.core.batch.rows import read_rows
from desktop.core.context import AppContext
from desktop.core.documents import FileText
from desktop.core.settings import UserSettings
from tests.helpers.document_files import write_eml
from tests.helpers.msg_files import write_msg


def _inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    write_eml(folder / "a move.eml")
    write_msg(folder / "b lead.msg", subject="Seats for Brightwater", sender_name="Hannah Okafor",
              sender_address="hannah.okafor@example.com", to="Sales",
              body="We want 40 seats before March. Call me on +1 415 555 0134.", attachments=("quote.pdf",))
    whole = write_msg(folder / "c cut.msg", subject="Cut", body="x" * 9000).read_bytes()
    (folder / "c cut.msg").write_bytes(whole[: len(whole) // 2])
    (folder / "d note.txt").write_text("Please cancel my order 1182.", encoding="utf-8")
    return folder


def test_a_folder_of_mail_gives_one_row_per_file_with_msg_read_like_eml(tmp_path: Path) -> None:
    sheet = read_rows(_inbox(tmp_path))
    assert [row["file"] for row in sheet.rows] == ["a move.eml", "b lead.msg", "c cut.msg", "d note.txt"]
    lead = sheet.rows[1]["text"]
    assert isinstance(lead, FileText) and lead.startswith("From: Hannah Okafor <hannah.okafor@example.com>\n")
    assert "Subject: Seats for Brightwater\nAttachments: quote.pdf\n\nWe want 40 seats" in lead
    assert sheet.rows[0]["text"].startswith("From: Operations Desk")
    assert list(sheet.problems) == [2] and "c cut.msg is damaged or incomplete" in sheet.problems[2]


def test_each_message_row_is_redacted_and_the_damaged_one_is_not_sent(template_id, tmp_path: Path) -> None:
    context = AppContext(UserSettings())
    template = context.library.get(template_id)
    sheet = read_rows(_inbox(tmp_path))
    plan = plan_batch(context, template, sheet, {"company": "file", "notes": "text"})
    assert [r.index for r in plan.refused] == [2]
    lead = plan.rows[1].prepared
    assert lead is not None and "We want 40 seats" in lead.redaction.text
    assert "hannah.okafor@example.com" not in lead.redaction.text and "555 0134" not in lead.redaction.text
    assert "hannah.okafor@example.com" in lead.redaction.vault.values()
