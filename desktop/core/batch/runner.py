"""Sending a batch now: a few rows at a time per provider, with progress, pause and cancel.

Every row is sent under its own run id (``store.row_run_id``, or a new one for a re-run row) through ``pipeline.execute``, which
records the run as SENDING before its request leaves. Starting the same batch again therefore
resumes: answered rows are skipped, rows whose request may have left before a crash (SENDING or
UNCONFIRMED) are listed and not sent again, and the rest are sent.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.core.batch.plan import Plan, PlannedRow, with_run_id
from desktop.core.batch.store import NOT_SENT, SENT, BatchRecord, BatchStore
from desktop.core.errors import PromptdeskError
from desktop.core.run import CANCELLED, DONE, SENDING, UNCONFIRMED
from desktop.core.send import pipeline

if TYPE_CHECKING:
    from desktop.core.context import AppContext

PER_PROVIDER = 4  # requests in flight per provider: well under every tier's rate limit
MAY_HAVE_BEEN_BILLED = ("Sent before the batch stopped, without an answer being saved (it may have been billed); "
                        "not sent again. Send it from History if you need it.")


def source_key(template_id: str, fingerprint: str) -> str:
    """The same template over the same file content: the same batch, which resumes."""
    return hashlib.sha256(f"{template_id}\0{fingerprint}".encode()).hexdigest()


def open_batch(context: AppContext, plan: Plan, *, fresh: bool = False, mode: str = "now") -> tuple[BatchRecord, bool]:
    """The batch to run: the last one for this template and content (resumed), or a new one.

    Returns the record and whether it was resumed.
    """
    store = BatchStore(context.ledger)
    key = source_key(plan.template.id, plan.sheet.fingerprint)
    found = None if fresh else store.latest(key)
    if found is not None and found.rows_total == len(plan.rows):
        return found, True
    record = store.create(source_key=key, template_id=plan.template.id, source=str(plan.sheet.source),
                          mapping=plan.mapping, rows_total=len(plan.rows), mode=mode)
    return record, False


@dataclass
class Progress:
    total: int
    done: int = 0
    failed: int = 0
    skipped: int = 0  # answered in an earlier run of the same batch
    not_sent: int = 0  # refused before sending, or possibly billed already
    cost: float = 0.0
    problems: dict[int, str] = field(default_factory=dict)  # row -> plain reason

    @property
    def finished(self) -> int:
        return self.done + self.failed + self.skipped + self.not_sent


class Control:
    """Pause, resume and cancel from another thread (the window's buttons)."""

    def __init__(self) -> None:
        self._running = threading.Event()
        self._running.set()
        self._cancelled = threading.Event()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def cancel(self) -> None:
        self._cancelled.set()
        self._running.set()  # a paused batch wakes up to stop

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def wait_if_paused(self) -> None:
        self._running.wait()


def _to_send(context: AppContext, plan: Plan, batch: BatchRecord, progress: Progress) -> list[PlannedRow]:
    """The rows still to send; the others are counted and their reasons kept."""
    store = BatchStore(context.ledger)
    status = {r["row"]: r["status"] for r in store.rows(batch.id)}
    refused: dict[int, tuple[str, str]] = {}
    queue: list[PlannedRow] = []
    for row in plan.rows:
        state = status.get(row.index)
        if row.prepared is None:
            refused[row.index] = (NOT_SENT, row.problem)
            progress.not_sent += 1
            progress.problems[row.index] = row.problem
        elif state == DONE:
            progress.skipped += 1
        elif state in (SENDING, UNCONFIRMED):
            progress.not_sent += 1
            progress.problems[row.index] = MAY_HAVE_BEEN_BILLED
        else:
            queue.append(row)
    if refused:
        store.set_rows(batch.id, refused)
    return queue


def send_now(context: AppContext, plan: Plan, batch: BatchRecord, *, control: Control | None = None,
             on_progress: Callable[[Progress], None] | None = None, per_provider: int = PER_PROVIDER,
             fresh_answers: bool = False) -> Progress:
    """Send every row not yet answered; returns the counts. Provider failures do not raise: the
    row's run stays "waiting to send" and the next start of the batch sends it again.

    ``on_progress`` is called from worker threads after each row.
    """
    control = control or Control()
    progress = Progress(total=len(plan.rows))
    ledger = context.ledger  # opened here, once, before any worker needs it
    store = BatchStore(ledger)
    queue = _to_send(context, plan, batch, progress)
    run_ids = store.run_ids(batch.id)
    lock = threading.Lock()
    limits = {p: threading.Semaphore(per_provider) for p in plan.by_provider}

    def report() -> None:
        if on_progress is not None:
            on_progress(progress)

    def send(row: PlannedRow) -> None:
        assert row.prepared is not None
        control.wait_if_paused()
        if control.cancelled():
            return
        with limits[row.prepared.route.provider]:
            control.wait_if_paused()
            if control.cancelled():
                return
            prepared = with_run_id(row.prepared, run_ids[row.index])
            try:
                run = pipeline.execute(context, prepared, cancelled=control.cancelled, fresh=fresh_answers)
                state, note = run.status, run.error_message if run.status != DONE else ""
            except PromptdeskError as exc:  # already sent by another window, or no record possible
                run, state, note = None, NOT_SENT, exc.message
        with lock:
            if run is not None and run.status == DONE:
                progress.done += 1
                progress.cost += run.actual_cost
            elif run is not None and run.status == CANCELLED:
                pass  # stays to send on the next start
            else:
                progress.failed += 1
                progress.problems[row.index] = note
            store.set_rows(batch.id, {row.index: (SENT if run is not None else state, note)})
            report()

    report()
    workers = max(1, per_provider * max(1, len(limits)))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="batch") as pool:
        for future in [pool.submit(send, row) for row in queue]:
            future.result()
    finished = progress.finished == progress.total
    current = store.get(batch.id)
    if current is None or current.state != "submitted":  # a provider job still open is collected later
        store.set_batch(batch.id, state="done" if finished else ("cancelled" if control.cancelled() else "open"))
    return progress
