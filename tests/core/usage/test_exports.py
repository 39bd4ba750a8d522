"""Usage and audit exports from the team file, written by the real command in a real process and
opened back with csv and openpyxl, value by value; originals never appear."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.core.run import DONE, FAILED, Run
from desktop.core.usage import sync
from tests.core.usage.test_sync import member

MARCH = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
ORIGINAL = "Call Maria Keller on 0171 555 0199 about the Bluefin renewal"
REDACTED = "Call [PERSON_1] on [PHONE_1] about the [TERM_1] renewal"
VAULT = {"[PERSON_1]": "Maria Keller", "[PHONE_1]": "0171 555 0199", "[TERM_1]": "Bluefin"}
# The ledger keeps the answer restored; the export carries it with its placeholders back.
ANSWER = "Answer for Ms Keller: call 0171 555 0199 before the Bluefin renewal"
REDACTED_ANSWER = "Answer for Ms [PERSON_1]: call [PHONE_1] before the [TERM_1] renewal"


def add(context, cost: float, *, day: int = 10, month: int = 3, **values: object) -> Run:
    run = Run(user=context.user, status=values.pop("status", DONE), actual_cost=cost,  # type: ignore[arg-type]
              started_at=datetime(2026, month, day, 12, tzinfo=UTC).isoformat(timespec="milliseconds"),
              rendered_prompt=ORIGINAL, redacted_prompt=REDACTED, response_text=ANSWER, vault=dict(VAULT),
              **values)  # type: ignore[arg-type]
    context.ledger.record(run)
    return run


@pytest.fixture
def synced_team(tmp_path: Path, team_dir: Path) -> Path:
    (team_dir / "team.toml").write_text("shared_audit = true\n", encoding="utf-8")
    ann, bob = member("ann", tmp_path), member("bob", tmp_path)
    add(ann, 1.25, day=3, template_id="summary", template_title="Meeting summary", template_version=4,
        tier="execution", provider="anthropic", model="m-exec", input_tokens=1000, output_tokens=200,
        checklist_ticked=2, checklist_total=3, approved=True, feedback=1, redaction_count=3)
    add(ann, 0.5, day=4, template_id="summary", template_title="Meeting summary", template_version=4,
        tier="quick", provider="openai", model="m-quick", input_tokens=300, output_tokens=50)
    add(ann, 0.0, day=5, status=FAILED, template_id="summary", template_title="Meeting summary", template_version=4)
    add(bob, 2.0, day=6, template_id="pitch", template_title="=HYPERLINK(\"http://x\")", template_version=1,
        tier="reasoning", provider="anthropic", model="m-reason", input_tokens=5000, output_tokens=900, feedback=-1)
    add(bob, 9.0, month=4, template_id="pitch")  # next month: not in March's exports
    assert sync.sync_now(ann).ok and sync.sync_now(bob).ok
    return team_dir


def promptdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=60)


def test_usage_export_csv_and_xlsx_hold_the_month_by_member_and_template(synced_team, tmp_path: Path) -> None:
    expected = [
        ["2026-03", "ann", "summary", "Meeting summary", 2, 1, 1300, 250, 1.75],
        ["2026-03", "bob", "pitch", "'=HYPERLINK(\"http://x\")", 1, 0, 5000, 900, 2.0],
    ]
    out = promptdesk("team", "export-usage", "--month", "2026-03", "--out", str(tmp_path / "usage.csv"))
    assert out.returncode == 0 and "Wrote 2 rows for 2026-03" in out.stdout and "from the team file" in out.stdout
    with (tmp_path / "usage.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["month", "member", "template_id", "template_title", "runs_answered", "runs_failed",
                       "input_tokens", "output_tokens", "cost_usd"]
    assert rows[1:] == [[str(value) for value in row] for row in expected]
    assert promptdesk("team", "export-usage", "--month", "2026-03", "--out", str(tmp_path / "usage.xlsx")).returncode == 0
    sheet = load_workbook(tmp_path / "usage.xlsx").active
    values = [list(row) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert values == expected
    assert sheet.cell(row=3, column=4).data_type == "s"  # text, not a formula


def test_audit_export_has_every_run_and_only_the_redacted_text(synced_team, tmp_path: Path) -> None:
    out = promptdesk("team", "export-audit", "--month", "2026-03", "--out", str(tmp_path / "audit.xlsx"))
    assert out.returncode == 0 and "Wrote 4 rows" in out.stdout
    sheet = load_workbook(tmp_path / "audit.xlsx").active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][-2:] == ["redacted_prompt", "redacted_answer"] and rows[0][:3] == ["started_at", "member", "template_id"]
    assert [row[1:13] for row in rows[1:]] == [
        ["ann", "summary", 4, "execution", "anthropic", "m-exec", "done", 1.25, 2, 3, "yes", "up"],
        ["ann", "summary", 4, "quick", "openai", "m-quick", "done", 0.5, 0, 0, "no", None],  # empty cells
        ["ann", "summary", 4, None, None, None, "failed", 0, 0, 0, "no", None],
        ["bob", "pitch", 1, "reasoning", "anthropic", "m-reason", "done", 2, 0, 0, "no", "down"],
    ]
    assert [row[0][:10] for row in rows[1:]] == ["2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"]
    assert rows[1][13] == 3 and {row[-2] for row in rows[1:]} == {REDACTED}
    assert {row[-1] for row in rows[1:]} == {REDACTED_ANSWER}
    assert all(len(row[14]) == 32 and row[15] is None for row in rows[1:])  # run ids; no follow-ups here
    everything = repr(rows)
    assert "Maria" not in everything and "Keller" not in everything and "0171" not in everything
    assert "Bluefin" not in everything


def test_audit_export_leaves_prompt_text_out_without_shared_audit(synced_team, tmp_path: Path) -> None:
    (synced_team / "team.toml").write_text("shared_audit = false\n", encoding="utf-8")
    out = promptdesk("team", "export-audit", "--month", "2026-03", "--out", str(tmp_path / "audit.csv"))
    assert out.returncode == 0 and "not included" in out.stdout
    text = (tmp_path / "audit.csv").read_text(encoding="utf-8-sig")
    header = text.splitlines()[0]
    assert "redacted_prompt" not in header and "redacted_answer" not in header
    assert "[PERSON_1]" not in text and "Maria" not in text and "Answer for" not in text
    assert len(text.splitlines()) == 5


def test_an_export_to_an_unknown_format_or_month_is_refused_in_plain_words(synced_team, tmp_path: Path) -> None:
    for args, words in ((["--month", "2026-03", "--out", str(tmp_path / "u.pdf")], ".csv or .xlsx"),
                        (["--month", "March", "--out", str(tmp_path / "u.csv")], "write it as YYYY-MM")):
        out = promptdesk("team", "export-usage", *args)
        assert out.returncode == 2 and words in out.stderr and "Traceback" not in out.stderr
