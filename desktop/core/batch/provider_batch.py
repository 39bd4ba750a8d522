"""Sending a batch through the providers' batch interfaces (Anthropic Message Batches, OpenAI
Batch): half price, answers within 24 hours. One job per provider; their ids are kept on the batch.

Each row's run is recorded as SENDING (``Ledger.begin_send``) before the job is created, with
its estimate at the batch price; the job's id is kept on the batch. A later start (of the app or
of ``promptdesk batch``) polls the job and records each row's outcome on its own run: answered
rows become DONE with their restored answer and discounted cost; rows the provider could not
process become FAILED, rows the job did not reach before it expired WAITING — both are sent
again, not twice, the next time the batch is started. Rows for in-house servers are returned to
be sent now.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.core.batch.plan import BATCH_DISCOUNT, Plan, PlannedRow, with_run_id
from desktop.core.batch.runner import Progress, _to_send
from desktop.core.batch.store import SENT, BatchRecord, BatchStore
from desktop.core.errors import PromptdeskError
from desktop.core.run import DONE, FAILED, SENDING, UNCONFIRMED, UNCONFIRMED_MESSAGE, WAITING, utc_now
from desktop.core.send import pricing, providers

if TYPE_CHECKING:
    from desktop.core.context import AppContext

SUPPORTED = ("anthropic", "openai")
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


def _client(context: AppContext, provider: str) -> Any:
    endpoint = providers.endpoint_for(provider, context.keys, context.settings)
    if not endpoint.api_key:
        raise providers.no_key_error(provider)
    if provider == "anthropic":
        import anthropic

        return anthropic.Anthropic(api_key=endpoint.api_key, base_url=endpoint.base_url, max_retries=2, timeout=60)
    import openai

    return openai.OpenAI(api_key=endpoint.api_key, base_url=endpoint.base_url, max_retries=2, timeout=60)


def _params(row: PlannedRow) -> dict[str, Any]:
    prepared = row.prepared
    assert prepared is not None
    text, system = prepared.redaction.text, prepared.system
    if prepared.route.provider == "openai":
        messages = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": text}]
        return {"model": prepared.route.model, "max_completion_tokens": prepared.max_output_tokens,
                "messages": messages}
    params: dict[str, Any] = {"model": prepared.route.model, "max_tokens": prepared.max_output_tokens,
                              "messages": [{"role": "user", "content": text}]}
    if system:
        params["system"] = system
    return params


def _create(client: Any, provider: str, requests: list[dict[str, Any]]) -> str:
    if provider == "anthropic":
        return str(client.messages.batches.create(requests=requests).id)
    lines = "".join(json.dumps({"custom_id": r["custom_id"], "method": "POST", "url": "/v1/chat/completions",
                                "body": r["params"]}) + "\n" for r in requests)
    uploaded = client.files.create(file=("batch.jsonl", lines.encode()), purpose="batch")
    return str(client.batches.create(input_file_id=uploaded.id, endpoint="/v1/chat/completions",
                                     completion_window="24h").id)


def jobs_of(batch: BatchRecord) -> dict[str, str]:
    """Provider -> job id (a batch kept by an earlier version holds one Anthropic id)."""
    if not batch.provider_job:
        return {}
    try:
        value = json.loads(batch.provider_job)
    except ValueError:
        return {"anthropic": batch.provider_job}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def submit(context: AppContext, plan: Plan, batch: BatchRecord) -> Submitted:
    """Record every row still to send as SENDING, then create one job per provider for them.

    Raises:
        ProviderError: a job could not be created (no key, refused); its rows are left waiting
            (or unconfirmed when the connection broke), the jobs already created are kept.
        LedgerError: the rows cannot be recorded first, so nothing is sent.
    """
    progress = Progress(total=len(plan.rows))
    queue = _to_send(context, plan, batch, progress)
    result = Submitted(send_now=[r for r in queue if r.prepared and r.prepared.route.provider not in SUPPORTED],
                       progress=progress)
    jobs = jobs_of(batch)
    store = BatchStore(context.ledger)
    for provider in SUPPORTED:
        rows = [r for r in queue if r.prepared and r.prepared.route.provider == provider]
        if not rows:
            continue
        client = _client(context, provider)  # no key: nothing recorded, nothing sent
        runs, requests = _begin(context, batch, rows)
        if not runs:
            continue
        try:
            job_id = _create(client, provider, requests)
        except Exception as exc:
            _not_submitted(context, runs, exc)
            raise providers.translate(exc, provider, "") from exc
        jobs[provider] = job_id
        store.set_batch(batch.id, mode="provider", provider_job=json.dumps(jobs), state=SUBMITTED)
        store.set_rows(batch.id, {r.index: (SENT, IN_BATCH_NOTE) for r in rows})
        result.job_id = ", ".join(jobs.values())
        result.rows += len(runs)
    return result


def _begin(context: AppContext, batch: BatchRecord, rows: list[PlannedRow]) -> tuple[list[Any], list[dict[str, Any]]]:
    """Each row's run recorded as SENDING before its job is created; rows taken meanwhile are left out."""
    runs, requests = [], []
    run_ids = BatchStore(context.ledger).run_ids(batch.id)
    for row in rows:
        assert row.prepared is not None
        run = dataclasses.replace(with_run_id(row.prepared, run_ids[row.index]).run,
                                  started_at=utc_now(), error_message=IN_BATCH_NOTE)
        run.estimated_cost = row.prepared.estimated_cost * BATCH_DISCOUNT
        try:
            context.ledger.begin_send(run)
        except PromptdeskError as exc:
            if exc.kind != "already_sent":
                raise
            continue  # taken by another window meanwhile: never in two requests
        runs.append(run)
        requests.append({"custom_id": run.id, "params": _params(row)})
    return runs, requests


def _not_submitted(context: AppContext, runs: list[Any], exc: Exception) -> None:
    """A refused job sent nothing (waiting); a lost connection may have created it (unconfirmed)."""
    refused = isinstance(getattr(exc, "status_code", None), int)  # both SDKs' APIStatusError
    for run in runs:
        if refused:
            run.status, run.error_message = WAITING, "The provider refused the batch; the row was not sent."
        else:
            run.status, run.error_kind, run.error_message = UNCONFIRMED, "unconfirmed", UNCONFIRMED_MESSAGE
        context.ledger.record(run)


@dataclass
class _Outcome:
    kind: str  # succeeded / errored / expired
    text: str = ""
    stop_reason: str = ""
    input_tokens: int = 0
    output_tokens: int = 0


def _anthropic_results(client: Any, job_id: str) -> tuple[bool, int, dict[str, _Outcome]]:
    job = client.messages.batches.retrieve(job_id)
    if job.processing_status != "ended":
        return False, int(job.request_counts.processing), {}
    outcomes: dict[str, _Outcome] = {}
    for item in client.messages.batches.results(job_id):
        result = item.result
        if result.type == "succeeded":
            message = result.message
            outcomes[item.custom_id] = _Outcome(
                "succeeded", "".join(getattr(block, "text", "") for block in message.content),
                str(message.stop_reason or ""), int(message.usage.input_tokens), int(message.usage.output_tokens))
        else:
            outcomes[item.custom_id] = _Outcome("errored" if result.type == "errored" else "expired")
    return True, 0, outcomes


def _openai_results(client: Any, job_id: str) -> tuple[bool, int, dict[str, _Outcome]]:
    job = client.batches.retrieve(job_id)
    if job.status in ("validating", "in_progress", "finalizing", "cancelling"):
        counts = job.request_counts
        return False, (int(counts.total - counts.completed - counts.failed) if counts else 0), {}
    outcomes: dict[str, _Outcome] = {}
    for file_id in (job.output_file_id, job.error_file_id):
        if not file_id:
            continue
        for line in client.files.content(file_id).text.splitlines():
            item = json.loads(line) if line.strip() else None
            if not isinstance(item, dict):
                continue
            response, error = item.get("response") or {}, item.get("error") or {}
            if response.get("status_code") == 200:
                body = response.get("body") or {}
                choice, usage = (body.get("choices") or [{}])[0], body.get("usage") or {}
                outcomes[item["custom_id"]] = _Outcome(
                    "succeeded", (choice.get("message") or {}).get("content") or "", choice.get("finish_reason") or "",
                    int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0))
            else:
                expired = error.get("code") in ("batch_expired", "batch_cancelled")
                outcomes[item["custom_id"]] = _Outcome("expired" if expired else "errored")
    return True, 0, outcomes


def poll(context: AppContext, batch: BatchRecord) -> Polled:
    """Ask each provider about its job; record every row of the jobs that have ended."""
    polled = Polled(True)
    for provider, job_id in jobs_of(batch).items():
        client = _client(context, provider)
        try:
            ended, processing, outcomes = (_anthropic_results if provider == "anthropic" else _openai_results)(
                client, job_id)
        except Exception as exc:
            raise providers.translate(exc, provider, "") from exc
        polled.ended &= ended
        polled.processing += processing
        for custom_id, outcome in outcomes.items():
            run = context.ledger.get(custom_id)
            if run is None or run.status not in (SENDING, UNCONFIRMED):
                continue  # recorded already (an earlier poll), or not ours
            _apply(run, outcome)
            polled.done += run.status == DONE
            polled.failed += run.status == FAILED
            polled.expired += run.status == WAITING
            context.ledger.record(run)
    if polled.ended:
        BatchStore(context.ledger).set_batch(batch.id, state="done")
    return polled


def _apply(run: Any, outcome: _Outcome) -> None:
    from desktop.core.privacy import restore

    run.finished_at = utc_now()
    if outcome.kind == "succeeded":
        run.response_text, run.stop_reason = restore(outcome.text, run.vault), outcome.stop_reason
        run.input_tokens, run.output_tokens = outcome.input_tokens, outcome.output_tokens
        run.actual_cost = pricing.cost(run.provider, run.model, input_tokens=run.input_tokens,
                                       output_tokens=run.output_tokens) * BATCH_DISCOUNT
        run.status, run.error_kind, run.error_message = DONE, "", ""
    elif outcome.kind == "errored":
        run.status, run.error_kind, run.actual_cost = FAILED, "batch_error", 0.0
        run.error_message = ("The provider could not process this row in the batch (not billed). Start the batch "
                             "again to send it.")
    else:  # expired or cancelled: never processed, never billed
        run.status, run.error_kind, run.actual_cost = WAITING, "batch_expired", 0.0
        run.error_message = ("The provider batch ended before this row was answered (not billed). Start the batch "
                             "again to send it.")
