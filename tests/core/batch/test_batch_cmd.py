"""``promptdesk batch`` in real processes: killed mid-batch, run again, no row sent twice."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from typing import Any

import openpyxl

from desktop.cli import main
from tests.helpers.fake_llm import FAKE_ANTHROPIC_KEY, Reply, echo_reply

NOTES = ("40 seats", "price list", "pilot", "Student project")


def _command(template_id: str, source: Any, *extra: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "batch", template_id, str(source), "--per-provider", "1", *extra]


def test_killed_mid_batch_then_run_again_resumes_without_sending_a_row_twice(
        template_id, leads_csv, fake_llm, monkeypatch, tmp_path) -> None:
    arrived = threading.Event()

    def third_hangs(request: Any) -> Reply:
        if "pilot" in request.user_text():
            arrived.set()
            return Reply(fault="hang", hang_seconds=30)
        return echo_reply(request)

    fake_llm.default = third_hangs
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_llm.url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", FAKE_ANTHROPIC_KEY)
    out = tmp_path / "answers.xlsx"
    process = subprocess.Popen(_command(template_id, leads_csv, "--out", str(out)), stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=dict(os.environ), text=True)
    try:
        assert arrived.wait(timeout=120)
    finally:
        process.kill()  # SIGKILL: no clean-up code runs
        process.wait(timeout=30)
    assert process.returncode == -9 and not out.exists()
    assert [sum(n in r.user_text() for r in fake_llm.requests) for n in NOTES] == [1, 1, 1, 0]

    fake_llm.default = echo_reply
    again = subprocess.run(_command(template_id, leads_csv, "--out", str(out)), capture_output=True, text=True,
                           env=dict(os.environ), timeout=120)
    assert "Resuming this batch" in again.stderr and again.returncode == 1  # one row may have been billed
    assert [sum(n in r.user_text() for r in fake_llm.requests) for n in NOTES] == [1, 1, 1, 1]
    assert "may have been billed" in again.stderr and "row 4" in again.stderr
    table = [[c.value for c in row] for row in openpyxl.load_workbook(out).active.iter_rows()]
    assert [row[8] for row in table[1:]] == ["answered", "answered", "sent, answer not received", "not sent",
                                             "answered"]
    assert "Hannah Okafor" in table[1][4]  # restored from the placeholder on this computer


def test_dry_run_shows_the_mapping_refused_rows_and_both_totals(template_id, leads_csv, fake_llm, capsys) -> None:
    assert main(["batch", template_id, str(leads_csv), "--dry-run"]) == 0
    err = capsys.readouterr().err
    assert "Company: column 'Company'" in err and "4 of 5 rows ready" in err and "as a provider batch" in err
    assert "row 4 will not be sent: Company" in err and fake_llm.requests == []


def test_a_required_field_without_a_column_is_a_plain_error(template_id, leads_csv, capsys) -> None:
    assert main(["batch", template_id, str(leads_csv), "--map", "Owner=notes", "--map", "Company=contact"]) == 2
    assert "No column fills Company" in capsys.readouterr().err


def test_fresh_sends_every_row_again_and_csv_out_is_written(template_id, leads_csv, fake_llm, monkeypatch,
                                                            tmp_path, capsys) -> None:
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_llm.url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", FAKE_ANTHROPIC_KEY)
    out = tmp_path / "answers.csv"
    assert main(["batch", template_id, str(leads_csv), "--out", str(out)]) == 1  # row 4 has no company
    assert main(["batch", template_id, str(leads_csv), "--out", str(out)]) == 1
    assert len(fake_llm.requests) == 4
    assert main(["batch", template_id, str(leads_csv), "--out", str(out), "--fresh"]) == 1
    assert len(fake_llm.requests) == 4 + 4 and out.read_text(encoding="utf-8-sig").count("answered") == 4
