"""Answers saved as Word, Markdown and text keep their structure; the command line exports a
recorded run with the originals restored, and reads files into fields as the app does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from desktop.cli import main
from desktop.core import paths
from desktop.core.review.export import ExportError, blocks, default_file_name, to_plain_text, write_docx
from tests.helpers.document_files import page_lines, write_pdf, write_text_pdf
from tests.helpers.fake_llm import FakeLLMServer, Reply

ANSWER = """# Supplier review

Payment terms stay at **thirty days**; see the *open* items.

## Action items

- Finance checks the `credit notes`
- Operations confirms the dates
  - with the warehouse

1. Send the summary
2. Book the follow-up

| Supplier | Terms | Open |
|---|---|---|
| Northwind | 30 days | 2 |
| Contoso | 15 days | 0 |

> Agreed by everyone present.
"""

SUMMARY = """---
title: Meeting summary test
category: Operations
tier: execution
version: 1
purpose: Summarise notes.
fields:
  - {name: notes, label: Notes, type: long_text, required: true, max_length: 5000}
---
Summarise these notes:
{{notes}}
"""


def test_blocks_reads_headings_lists_tables_and_quotes_in_order() -> None:
    kinds = [(b.kind, b.level) for b in blocks(ANSWER)]
    assert kinds == [("heading", 1), ("text", 0), ("heading", 2), ("bullet", 0), ("bullet", 0), ("bullet", 1),
                     ("number", 0), ("number", 0), ("table", 0), ("quote", 0)]
    table = next(b for b in blocks(ANSWER) if b.kind == "table")
    assert table.rows == [["Supplier", "Terms", "Open"], ["Northwind", "30 days", "2"], ["Contoso", "15 days", "0"]]


def test_word_file_has_real_headings_list_styles_table_and_bold(tmp_path: Path) -> None:
    path = write_docx(ANSWER, tmp_path / "review.docx", title="Supplier review")
    document = docx.Document(str(path))
    styled = [(p.style.name, p.text) for p in document.paragraphs if p.text]
    assert ("Heading 1", "Supplier review") in styled and ("Heading 2", "Action items") in styled
    assert ("List Bullet", "Finance checks the credit notes") in styled
    assert ("List Bullet 2", "with the warehouse") in styled
    assert ("List Number", "Send the summary") in styled and ("Quote", "Agreed by everyone present.") in styled
    body = next(p for p in document.paragraphs if p.text.startswith("Payment terms"))
    assert [r.text for r in body.runs if r.bold] == ["thirty days"] and [r.text for r in body.runs if r.italic] == ["open"]
    table = document.tables[0]
    assert [[c.text for c in row.cells] for row in table.rows][1] == ["Northwind", "30 days", "2"]
    assert table.rows[0].cells[0].paragraphs[0].runs[0].bold
    assert document.core_properties.title == "Supplier review"
    assert "**" not in "\n".join(p.text for p in document.paragraphs)


def test_plain_text_has_no_markers_and_tables_are_tab_separated() -> None:
    text = to_plain_text(ANSWER)
    assert "**" not in text and "`" not in text and "#" not in text
    assert "• Finance checks the credit notes" in text and "  • with the warehouse" in text
    assert "1. Send the summary\n2. Book the follow-up" in text
    assert "Northwind\t30 days\t2" in text


def test_file_names_default_to_the_template_and_date_and_are_safe() -> None:
    import datetime as dt

    assert default_file_name("Meeting summary", "docx", dt.date(2026, 3, 2)) == "Meeting summary 2026-03-02.docx"
    assert default_file_name('Q1: "costs"/plan?', "pdf", dt.date(2026, 3, 2)) == "Q1 costs plan 2026-03-02.pdf"


def test_saving_into_a_folder_that_is_a_file_is_one_plain_sentence(tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("x", encoding="utf-8")
    with pytest.raises(ExportError) as info:
        write_docx(ANSWER, tmp_path / "blocked" / "answer.docx")
    assert info.value.message.startswith("answer.docx could not be saved")


# --------------------------------------------------------------------------- command line


@pytest.fixture
def cloud(connected_llm: FakeLLMServer) -> FakeLLMServer:
    (paths.personal_prompts_dir()).mkdir(parents=True, exist_ok=True)
    (paths.personal_prompts_dir() / "summary-test.md").write_text(SUMMARY, encoding="utf-8")
    return connected_llm


def test_run_with_a_pdf_field_sends_its_text_hidden_and_json_carries_the_run_id(cloud, tmp_path, capsys) -> None:
    pdf = write_pdf(tmp_path / "call.pdf", [["Call with Maria Keller about the warehouse move.",
                                             "Her e-mail is maria.keller@example.com."]])
    cloud.queue(Reply(chunks=["# Summary\n\n- ", "[PERSON_1]", " agreed to the move.\n"]))
    assert main(["run", "summary-test", "--field", f"notes=@{pdf}", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["id"]) == 32 and data["status"] == "done"
    sent = cloud.sent_text()
    assert "Call with" in sent and "warehouse move" in sent  # the PDF's text went out...
    assert "Maria" not in sent and "maria.keller@example.com" not in sent  # ...with personal data hidden
    assert data["injection_flag"] is False

    out = tmp_path / "out" / "summary.docx"
    assert main(["export", data["id"], "--out", str(out)]) == 0
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Maria Keller agreed to the move." in text and "[PERSON_1]" not in text
    md = tmp_path / "summary.md"
    assert main(["export", data["id"], "--format", "md", "--out", str(md)]) == 0
    assert md.read_text(encoding="utf-8") == "# Summary\n\n- Maria Keller agreed to the move.\n"


def test_pdf_export_runs_in_a_separate_process_without_a_display(cloud, tmp_path, capsys) -> None:
    cloud.queue(Reply(chunks=["# Summary\n\n| Who | What |\n|---|---|\n| ", "[PERSON_1]", " | the move |\n"]))
    assert main(["run", "summary-test", "-f", "notes=Maria Keller talked about the warehouse move today.",
                 "--json"]) == 0
    run_id = json.loads(capsys.readouterr().out)["id"]
    out = tmp_path / "summary.pdf"
    done = subprocess.run([sys.executable, "-m", "desktop", "export", run_id, "--format", "pdf", "--out", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(out))
    text = pdf[0].get_textpage().get_text_range()
    assert "Maria Keller" in text and "the move" in text and "[PERSON_1]" not in text and "|" not in text


def test_too_long_file_offers_the_first_pages_and_the_hash_form_reads_them(cloud, tmp_path, capsys) -> None:
    pdf = write_text_pdf(tmp_path / "annual.pdf", 20)
    assert main(["run", "summary-test", "-f", f"notes=@{pdf}", "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert "annual.pdf has 20 pages" in err and f"Write @{pdf}#" in err and f"@{pdf}#search=WORDS" in err
    pages = int(err.split(f"Write @{pdf}#", 1)[1].split(" ", 1)[0])
    assert main(["run", "summary-test", "-f", f"notes=@{pdf}#{pages}", "--dry-run", "--json"]) == 0
    outgoing = json.loads(capsys.readouterr().out)["outgoing_text"]
    assert page_lines(pages)[0] in outgoing and page_lines(pages + 1)[0] not in outgoing
    assert main(["run", "summary-test", "-f", f"notes=@{pdf}#search=Page 17 of", "--dry-run", "--json"]) == 0
    outgoing = json.loads(capsys.readouterr().out)["outgoing_text"]
    assert "[Page 17]" in outgoing and page_lines(17)[0] in outgoing and "Page 16 of" not in outgoing


def test_unreadable_file_in_a_field_is_one_sentence_and_nothing_is_sent(cloud, tmp_path, capsys) -> None:
    scan = write_pdf(tmp_path / "scan.pdf", [None])
    assert main(["run", "summary-test", "-f", f"notes=@{scan}"]) == 2
    assert capsys.readouterr().err.startswith("This PDF is pictures of pages; Promptdesk cannot read text from it.")
    assert cloud.requests == []


def test_export_of_an_unknown_run_says_where_ids_come_from(capsys) -> None:
    assert main(["export", "nope", "--out", "x.docx"]) == 2
    assert "There is no run nope in your history" in capsys.readouterr().err


