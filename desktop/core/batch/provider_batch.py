"""Sending a batch through Anthropic's Message Batches: half price, answers within 24 hours.

Each row's run is recorded as SENDING (``Ledger.begin_send``) before the job is created, with
its estimate at the batch price; the job's id is kept on the batch. A later start (of the app or
of ``promptdesk batch``) polls the job and records each row's outcome on its own run: answered
rows become DONE with their restored answer and discounted cost; rows the provider could not
process become FAILED, rows the job did not reach before it expired WAITING — both are sent
again, not twice, the next time the batch is started. Rows for other providers are returned to
be sent now.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.core.batch.plan import BATCH_DISCOUNT, Plan, PlannedRow, with_run_id
from desktop.core.batch.runner import Progress, _to_send
from desktop.core.batch.store import SENT, BatchRecord, BatchStore, row_run_id
from desktop.core.errors import PromptdeskError
from desktop.core.run import DONE, FAILED, SENDING, UNCONFIRMED, UNCONFIRMED_MESSAGE, WAITING, utc_now
from desktop.core.send import pricing, providers

if TYPE_CHECKING:
    from desktop.core.context import AppContext

SUPPORTED = ("anthropic",)
IN_BATCH_NOTE = "In a provider batch at half price; the answer arrives within 24 hours."
SUBMITTED = "submitted"


@dataclass
class Submitted:
    job_id: str = ""
    rows: int = 0
    send_now: list[PlannedRow] = field(default_factory=list)  # rows for providers without a batch interface
    progress: Progress | None = None


@dataclass
class Polled:
    ended: bool
    done: int = 0
    failed: int = 0
    expired: int = 0
    processing: int = 0


def _client(context: AppContext) -> Any:
    import anthropic

    endpoint = providers.endpoint_for("anthropic", context.keys, context.settings)
    if not endpoint.api_key:
        raise providers.no_key_error("anthropic")
    return anthropic.Anthropic(api_key=endpoint.api_key, base_url=endpoint.base_url, max_retries=2, timeout=60)


def _params(row: PlannedRow) -> dict[str, Any]:
    prepared = row.prepared
    assert prepared is not None
    params: dict[str, Any] = {"model": prepared.route.model, "max_tokens": prepared.max_output_tokens,
                              "messages": [{"role": "user", "content": prepared.redaction.text}]}
    if prepared.system:
        params["system"] = prepared.system
    return params


def submit(context: AppContext, plan: Plan, batch: BatchRecord) -> Submitted:
    """Record every row still to send as SENDING, then create one provider job for them.

    Raises:
        ProviderError: the job could not be created (no key, refused); its rows are left waiting.
        LedgerError: the rows cannot be recorded first, so nothing is sent.
    """
    progress = Progress(total=len(plan.rows))
    queue = _to_send(context, plan, batch, progress)
    result = Submitted(send_now=[r for r in queue if r.prepared and r.prepared.route.provider not in SUPPORTED],
                       progress=progress)
    rows = [r for r in queue if r.prepared and r.prepared.route.provider in SUPPORTED]
    if not rows:
        return result
    client = _client(context)
    ledger, runs, requests = context.ledger, [], []
    for row in rows:
        assert row.prepared is not None
        run = dataclasses.replace(with_run_id(row.prepared, row_run_id(batch.id, row.index)).run,
                                  started_at=utc_now(), error_message=IN_BATCH_NOTE)
        run.estimated_cost = row.prepared.estimated_cost * BATCH_DISCOUNT
        try:
            ledger.begin_send(run)
        except PromptdeskError as exc:
            if exc.kind != "already_sent":
                raise
            continue  # taken by another window meanwhile: never in two requests
        runs.append(run)
        requests.append({"custom_id": run.id, "params": _params(row)})
    try:
        job = client.messages.batches.create(requests=requests)
    except Exception as exc:
        _not_submitted(context, runs, exc)
        raise providers.translate(exc, "anthropic", "") from exc
    BatchStore(ledger).set_batch(batch.id, mode="provider", provider_job=str(job.id), state=SUBMITTED)
    BatchStore(ledger).set_rows(batch.id, {r.index: (SENT, IN_BATCH_NOTE) for r in rows})
    result.job_id, result.rows = str(job.id), len(runs)
    return result


def _not_submitted(context: AppContext, runs: list[Any], exc: Exception) -> None:
    """A refused job sent nothing (waiting); a lost connection may have created it (unconfirmed)."""
    import anthropic

    refused = isinstance(exc, anthropic.APIStatusError)
    for run in runs:
        if refused:
            run.status, run.error_message = WAITING, "The provider refused the batch; the row was not sent."
        else:
            run.status, run.error_kind, run.error_message = UNCONFIRMED, "unconfirmed", UNCONFIRMED_MESSAGE
        context.ledger.record(run)


def poll(context: AppContext, batch: BatchRecord) -> Polled:
    """Ask the provider about the batch's job; when it has ended, record every row's outcome."""
    client = _client(context)
    try:
        job = client.messages.batches.retrieve(batch.provider_job)
        if job.processing_status != "ended":
            return Polled(False, processing=int(job.request_counts.processing))
        results = list(client.messages.batches.results(batch.provider_job))
    except Exception as exc:
        raise providers.translate(exc, "anthropic", "") from exc
    polled = Polled(True)
    for item in results:
        run = context.ledger.get(item.custom_id)
        if run is None or run.status not in (SENDING, UNCONFIRMED):
            continue  # recorded already (an earlier poll), or not ours
        _apply(run, item.result)
        polled.done += run.status == DONE
        polled.failed += run.status == FAILED
        polled.expired += run.status == WAITING
        context.ledger.record(run)
    BatchStore(context.ledger).set_batch(batch.id, state="done")
    return polled


def _apply(run: Any, result: Any) -> None:
    from desktop.core.privacy import restore

    run.finished_at = utc_now()
    if result.type == "succeeded":
        message = result.message
        text = "".join(getattr(block, "text", "") for block in message.content)
        run.response_text, run.stop_reason = restore(text, run.vault), str(message.stop_reason or "")
        run.input_tokens, run.output_tokens = int(message.usage.input_tokens), int(message.usage.output_tokens)
        run.actual_cost = pricing.cost(run.provider, run.model, input_tokens=run.input_tokens,
                                       output_tokens=run.output_tokens) * BATCH_DISCOUNT
        run.status, run.error_kind, run.error_message = DONE, "", ""
    elif result.type == "errored":
        run.status, run.error_kind, run.actual_cost = FAILED, "batch_error", 0.0
        run.error_message = ("The provider could not process this row in the batch (not billed). Start the batch "
                             "again to send it.")
    else:  # expired or canceled: never processed, never billed
        run.status, run.error_kind, run.actual_cost = WAITING, "batch_expired", 0.0
        run.error_message = ("The provider batch ended before this row was answered (not billed). Start the batch "
                             "again to send it.")
