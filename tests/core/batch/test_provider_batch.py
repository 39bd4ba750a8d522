"""Provider batches against the fake server's Message Batches API: create, poll, results,
partial failure, expiry, and collecting the answers from a later process."""

from __future__ import annotations

import os
import subprocess
import sys

import openpyxl

from desktop.core.batch import provider_batch
from desktop.core.batch.plan import BATCH_DISCOUNT, plan_batch
from desktop.core.batch.rows import auto_map, read_rows
from desktop.core.batch.runner import open_batch, send_now
from desktop.core.batch.store import BatchStore
from desktop.core.context import AppContext
from desktop.core.run import DONE, FAILED, SENDING, WAITING
from desktop.core.settings import UserSettings
from tests.helpers.fake_llm import FAKE_ANTHROPIC_KEY


def _setup(template_id, leads_csv):
    context = AppContext(UserSettings())
    template = context.library.get(template_id)
    sheet = read_rows(leads_csv)
    plan = plan_batch(context, template, sheet, auto_map(sheet.columns, template.fields))
    batch, _ = open_batch(context, plan, mode="provider")
    return context, plan, batch


def _statuses(context, batch_id):
    return [r["status"] for r in BatchStore(context.ledger).rows(batch_id)]


def test_rows_go_out_redacted_in_one_job_and_come_back_restored_with_a_partial_failure(
        template_id, leads_csv, connected_llm) -> None:
    context, plan, batch = _setup(template_id, leads_csv)
    submitted = provider_batch.submit(context, plan, batch)
    assert submitted.rows == 4 and submitted.send_now == []
    job = connected_llm.batches.jobs[submitted.job_id]
    assert len(job["requests"]) == 4 and "Hannah Okafor" not in connected_llm.sent_text()
    assert _statuses(context, batch.id) == [SENDING, SENDING, SENDING, None, SENDING]
    record = BatchStore(context.ledger).get(batch.id)
    assert provider_batch.jobs_of(record) == {"anthropic": submitted.job_id}
    assert record.state == provider_batch.SUBMITTED

    assert not provider_batch.poll(context, record).ended  # still processing: nothing recorded
    connected_llm.batches.outcome = lambda custom_id, params: (
        "errored" if "price list" in params["messages"][0]["content"] else "succeeded")
    connected_llm.batches.finish()
    polled = provider_batch.poll(context, record)
    assert polled.ended and (polled.done, polled.failed) == (3, 1)
    assert _statuses(context, batch.id) == [DONE, FAILED, DONE, None, DONE]
    first = context.ledger.get(BatchStore(context.ledger).rows(batch.id)[0]["run_id"])
    assert "Hannah Okafor" in first.response_text
    from desktop.core.send import pricing
    assert first.actual_cost == pricing.cost(first.provider, first.model, input_tokens=first.input_tokens,
                                             output_tokens=first.output_tokens) * BATCH_DISCOUNT > 0

    again = send_now(context, plan, batch)  # the failed row, once, now
    messages = [r for r in connected_llm.requests if r.path.endswith("/messages")]
    assert again.done == 1 and again.skipped == 3 and len(messages) == 1 and "price list" in messages[0].user_text()


def test_an_expired_batch_leaves_every_row_waiting_and_unbilled(template_id, leads_csv, connected_llm) -> None:
    context, plan, batch = _setup(template_id, leads_csv)
    provider_batch.submit(context, plan, batch)
    connected_llm.batches.expire()
    polled = provider_batch.poll(context, BatchStore(context.ledger).get(batch.id))
    assert polled.expired == 4 and _statuses(context, batch.id) == [WAITING, WAITING, WAITING, None, WAITING]
    rows = BatchStore(context.ledger).rows(batch.id)
    assert all(r["actual_cost"] == 0 for r in rows if r["status"])
    assert send_now(context, plan, batch).done == 4


def test_a_later_process_collects_the_answers_and_saves_the_spreadsheet(template_id, leads_csv, fake_llm,
                                                                      monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_llm.url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", FAKE_ANTHROPIC_KEY)
    out = tmp_path / "answers.xlsx"
    command = [sys.executable, "-m", "desktop", "batch", template_id, str(leads_csv), "--provider-batch",
               "--out", str(out)]
    first = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ), timeout=120)
    assert first.returncode == 3 and "4 rows sent as a provider batch" in first.stderr, first.stderr
    waiting = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ), timeout=120)
    assert waiting.returncode == 3 and "still working" in waiting.stderr and len(fake_llm.batches.jobs) == 1
    fake_llm.batches.finish()
    done = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ), timeout=120)
    assert done.returncode == 1 and "4 answered, 0 failed" in done.stderr, done.stderr  # row 4 has no company
    table = [[c.value for c in row] for row in openpyxl.load_workbook(out).active.iter_rows()]
    assert [row[8] for row in table[1:]] == ["answered", "answered", "answered", "not sent", "answered"]
    assert "Hannah Okafor" in table[1][4] and len(fake_llm.batches.jobs) == 1
    assert not [r for r in fake_llm.requests if r.path.endswith("/messages")]


def test_openai_rows_go_through_openai_batch_files_and_a_failed_row_is_sent_again_once(
        template_id, leads_csv, connected_llm, team_dir) -> None:
    (team_dir / "team.toml").write_text('[tiers.quick]\nprovider = "openai"\nmodel = "gpt-6-luna-2026-09-22"\n',
                                        encoding="utf-8")
    context, plan, batch = _setup(template_id, leads_csv)
    assert plan.by_provider == {"openai": 4}
    submitted = provider_batch.submit(context, plan, batch)
    job = next(iter(connected_llm.openai_batches.jobs.values()))
    assert submitted.rows == 4 and len(job["requests"]) == 4 and "Hannah Okafor" not in connected_llm.sent_text()
    record = BatchStore(context.ledger).get(batch.id)
    assert provider_batch.jobs_of(record) == {"openai": job["id"]}
    assert not provider_batch.poll(context, record).ended
    connected_llm.openai_batches.outcome = lambda custom_id, body: (
        "errored" if "price list" in body["messages"][-1]["content"] else "succeeded")
    connected_llm.openai_batches.finish()
    polled = provider_batch.poll(context, record)
    assert polled.ended and (polled.done, polled.failed) == (3, 1)
    assert _statuses(context, batch.id) == [DONE, FAILED, DONE, None, DONE]
    first = context.ledger.get(BatchStore(context.ledger).rows(batch.id)[0]["run_id"])
    assert "Hannah Okafor" in first.response_text and first.actual_cost > 0
    again = send_now(context, plan, batch)
    chats = [r for r in connected_llm.requests if r.path.endswith("/chat/completions")]
    assert again.done == 1 and len(chats) == 1 and "price list" in chats[0].user_text()


def test_an_expired_openai_batch_leaves_rows_waiting(template_id, leads_csv, connected_llm, team_dir) -> None:
    (team_dir / "team.toml").write_text('[tiers.quick]\nprovider = "openai"\nmodel = "gpt-6-luna-2026-09-22"\n',
                                        encoding="utf-8")
    context, plan, batch = _setup(template_id, leads_csv)
    provider_batch.submit(context, plan, batch)
    connected_llm.openai_batches.expire()
    polled = provider_batch.poll(context, BatchStore(context.ledger).get(batch.id))
    assert polled.expired == 4 and _statuses(context, batch.id) == [WAITING, WAITING, WAITING, None, WAITING]
