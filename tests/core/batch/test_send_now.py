"""Sending a batch now against the fake server: every row once, pause, cancel, resume, results."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import openpyxl
import pytest

from desktop.core.batch.plan import Plan, plan_batch
from desktop.core.batch.results import collect, write_results
from desktop.core.batch.rows import auto_map, read_rows
from desktop.core.batch.runner import Control, Progress, open_batch, send_now
from desktop.core.batch.store import BatchStore
from desktop.core.context import AppContext
from desktop.core.run import DONE
from desktop.core.settings import UserSettings
from tests.helpers.fake_llm import Reply


def _plan(context: AppContext, template_id: str, source: Path) -> Plan:
    template = context.library.get(template_id)
    sheet = read_rows(source)
    return plan_batch(context, template, sheet, auto_map(sheet.columns, template.fields))


def _notes_sent(server, notes: str) -> int:
    return sum(notes in r.user_text() for r in server.requests if r.path.endswith(("messages", "completions")))


def test_every_ready_row_is_sent_once_with_its_own_placeholders_and_recorded(template_id, leads_csv,
                                                                              connected_llm) -> None:
    context = AppContext(UserSettings())
    plan = _plan(context, template_id, leads_csv)
    batch, resumed = open_batch(context, plan)
    seen: list[int] = []
    progress = send_now(context, plan, batch, on_progress=lambda p: seen.append(p.finished))
    assert not resumed and progress.done == 4 and progress.not_sent == 1 and progress.failed == 0
    assert progress.cost > 0 and seen[-1] == 5
    assert len(connected_llm.requests) == 4
    assert "Hannah Okafor" not in connected_llm.sent_text() and "555 0134" not in connected_llm.sent_text()
    rows = BatchStore(context.ledger).rows(batch.id)
    assert [r["status"] for r in rows] == [DONE, DONE, DONE, None, DONE]
    answer = context.ledger.get(rows[0]["run_id"]).response_text
    assert "Hannah Okafor" in answer  # the echo came back with placeholders, restored on this computer


def test_the_same_batch_started_again_sends_nothing_twice(template_id, leads_csv, connected_llm) -> None:
    context = AppContext(UserSettings())
    plan = _plan(context, template_id, leads_csv)
    batch, _ = open_batch(context, plan)
    send_now(context, plan, batch)
    again, resumed = open_batch(context, _plan(context, template_id, leads_csv))
    progress = send_now(context, plan, again)
    assert resumed and again.id == batch.id and progress.skipped == 4 and progress.done == 0
    assert len(connected_llm.requests) == 4
    fresh, resumed = open_batch(context, plan, fresh=True)
    assert not resumed and fresh.id != batch.id


def test_cancel_stops_before_the_next_row_and_the_rest_is_sent_on_resume(template_id, leads_csv,
                                                                        connected_llm) -> None:
    context = AppContext(UserSettings())
    plan = _plan(context, template_id, leads_csv)
    batch, _ = open_batch(context, plan)
    control = Control()

    def stop_after_first(p: Progress) -> None:
        if p.done == 1:
            control.cancel()

    first = send_now(context, plan, batch, control=control, on_progress=stop_after_first, per_provider=1)
    assert first.done == 1 and len(connected_llm.requests) == 1
    assert BatchStore(context.ledger).get(batch.id).state == "cancelled"
    rest = send_now(context, plan, batch)
    assert rest.skipped == 1 and rest.done == 3 and len(connected_llm.requests) == 4
    for notes in ("40 seats", "price list", "pilot", "Student project"):
        assert _notes_sent(connected_llm, notes) == 1


def test_pause_holds_the_next_row_until_resumed(template_id, leads_csv, connected_llm) -> None:
    context = AppContext(UserSettings())
    plan = _plan(context, template_id, leads_csv)
    batch, _ = open_batch(context, plan)
    control, paused = Control(), threading.Event()

    def pause_after_first(p: Progress) -> None:
        if p.done == 1 and not paused.is_set():
            control.pause()
            paused.set()

    result: list[Progress] = []
    worker = threading.Thread(target=lambda: result.append(
        send_now(context, plan, batch, control=control, on_progress=pause_after_first, per_provider=1)))
    worker.start()
    assert paused.wait(timeout=60)
    assert control.paused and len(connected_llm.requests) == 1
    control.resume()
    worker.join(timeout=60)
    assert result[0].done == 4 and len(connected_llm.requests) == 4


def test_a_failing_row_is_kept_to_send_again_and_the_results_say_which(template_id, leads_csv, connected_llm,
                                                                       tmp_path) -> None:
    def script(request) -> Reply:  # every provider refuses the second row's key; the others are answered
        text = request.user_text()
        return Reply(fault="401") if "price list" in text else Reply(text="HOT: budget approved." if "40 seats" in text
                                                                     else "COLD: no budget.")

    connected_llm.default = script
    context = AppContext(UserSettings())
    plan = _plan(context, template_id, leads_csv)
    batch, _ = open_batch(context, plan)
    progress = send_now(context, plan, batch, per_provider=1)
    assert progress.done == 3 and progress.failed == 1 and 1 in progress.problems
    results = collect(context, plan, batch.id)
    out = write_results(tmp_path / "answers.xlsx", plan.sheet.columns, results)
    sheet = openpyxl.load_workbook(out).active
    table = [[c.value for c in row] for row in sheet.iter_rows()]
    assert table[0] == ["Company", "Contact Person", "Notes", "Owner", "Answer", "Checks", "Cost (USD)",
                        "Needs review", "Status"]
    assert table[1][4] == "HOT: budget approved." and table[1][7] == "no" and table[1][6] > 0
    assert table[2][8] == "waiting to send" and table[2][7] == "yes" and table[2][5]
    assert table[4][0] is None and table[4][8] == "not sent" and "Company" in table[4][5]
    connected_llm.default = lambda request: Reply(text="WARM: wants prices.")
    again = send_now(context, plan, batch)
    assert again.done == 1 and again.skipped == 3


def test_csv_results_keep_formula_like_text_as_text(tmp_path) -> None:
    from desktop.core.batch.results import ResultRow

    rows = [ResultRow({"Company": "=HYPERLINK(\"x\")"}, "- a list item\n-5 is negative", "all passed", 0.001,
                      False, "answered")]
    out = write_results(tmp_path / "answers.csv", ["Company"], rows)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[1][0] == "'=HYPERLINK(\"x\")" and table[1][1].startswith("- a list item")


def test_a_batch_is_one_history_entry_with_its_rows_counted_and_its_spend(template_id, leads_csv,
                                                                          connected_llm) -> None:
    connected_llm.default = lambda request: Reply(fault="401") if "price list" in request.user_text() \
        else Reply(text="WARM.")
    context = AppContext(UserSettings())
    plan = _plan(context, template_id, leads_csv)
    batch, _ = open_batch(context, plan)
    progress = send_now(context, plan, batch, per_provider=1)
    entries = BatchStore(context.ledger).summaries()
    assert len(entries) == 1 and entries[0].record.id == batch.id and entries[0].record.template_id == template_id
    assert (entries[0].answered, entries[0].failed, entries[0].pending, entries[0].not_sent) == (3, 1, 0, 1)
    spent = sum(r["actual_cost"] for r in BatchStore(context.ledger).rows(batch.id) if r["status"])
    assert entries[0].cost == pytest.approx(spent) and spent == pytest.approx(progress.cost) and spent > 0
