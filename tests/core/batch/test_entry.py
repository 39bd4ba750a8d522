"""Re-running chosen rows of a batch: from the source when it is unchanged, else from what each
row's run recorded, with everything hidden the first time hidden again; never a row on its way."""

from __future__ import annotations

import pytest

from desktop.core.batch import entry
from desktop.core.batch.plan import plan_batch
from desktop.core.batch.rows import auto_map, read_rows
from desktop.core.batch.runner import open_batch, send_now
from desktop.core.batch.store import BatchStore
from desktop.core.context import AppContext
from desktop.core.errors import PromptdeskError
from desktop.core.settings import UserSettings


def _sent(template_id, leads_csv):
    context = AppContext(UserSettings())
    template = context.library.get(template_id)
    sheet = read_rows(leads_csv)
    plan = plan_batch(context, template, sheet, auto_map(sheet.columns, template.fields))
    batch, _ = open_batch(context, plan)
    send_now(context, plan, batch)
    return context, template, batch


def test_a_moved_source_is_rerun_from_the_recorded_values_with_the_same_names_hidden(
        template_id, leads_csv, connected_llm) -> None:
    context, template, batch = _sent(template_id, leads_csv)
    leads_csv.rename(leads_csv.with_name("moved.csv"))
    connected_llm.clear()
    progress = entry.rerun(context, batch, template, [0])
    assert progress.done == 1 and len(connected_llm.requests) == 1
    sent = connected_llm.sent_text()
    assert "Brightwater" in sent and "Hannah Okafor" not in sent  # the contact column stays hidden
    answer = context.ledger.get(BatchStore(context.ledger).run_ids(batch.id)[0]).response_text
    assert "Hannah Okafor" in answer  # restored on this computer

    with pytest.raises(PromptdeskError) as caught:  # never sent, and nothing left to prepare it from
        entry.rerun(context, batch, template, [3])
    assert caught.value.kind == "source_changed" and "moved" in caught.value.message
    assert len(connected_llm.requests) == 1


def test_an_unchanged_source_is_prepared_again_and_only_the_chosen_rows_go(
        template_id, leads_csv, connected_llm) -> None:
    context, template, batch = _sent(template_id, leads_csv)
    connected_llm.clear()
    progress = entry.rerun(context, batch, template, [2, 4])
    assert (progress.total, progress.done) == (2, 2) and len(connected_llm.requests) == 2
    assert "+1 415 555 0134" not in connected_llm.sent_text()
    rows = entry.load_rows(context, BatchStore(context.ledger).get(batch.id), template)
    assert [r.words for r in rows] == ["answered", "answered", "answered", "not sent", "answered"]


def test_sending_rows_now_beside_an_open_provider_job_keeps_the_job_to_be_collected(
        template_id, leads_csv, connected_llm) -> None:
    from desktop.core.batch import provider_batch

    context = AppContext(UserSettings())
    template = context.library.get(template_id)
    sheet = read_rows(leads_csv)
    plan = plan_batch(context, template, sheet, auto_map(sheet.columns, template.fields))
    batch, _ = open_batch(context, plan, mode="provider")
    provider_batch.submit(context, plan, batch)
    record = BatchStore(context.ledger).get(batch.id)
    with pytest.raises(PromptdeskError) as caught:  # a row in the job is on its way
        entry.rerun(context, record, template, [0])
    assert caught.value.kind == "row_busy"
    entry.rerun(context, record, template, [3])  # the row never sent: refused again, the job untouched
    assert [b.id for b in BatchStore(context.ledger).submitted()] == [batch.id]
    connected_llm.batches.finish()
    assert provider_batch.poll(context, BatchStore(context.ledger).get(batch.id)).done == 4
    assert BatchStore(context.ledger).submitted() == []
