"""What the Templates page does, without its widgets: estimate, send, record the review, save.

``SendController`` owns the state of the send road for the page (the open template, its latest
estimate, the privacy corrections and tier picked per template, the send on its way, the reviews
made) and every background call on it; the page only turns its signals into widget updates and
its widgets' events into calls here. It holds no layout and no widget: a question for the person
(spend more? send on a cheaper tier?) is a signal with the callback for the answer.

Background work, all through ``desktop.gui.worker``:

- estimates are ``LatestOnly``: the values typed last win, a slower older estimate never lands;
- the send is one task at a time, claimed in ``waiting_sender.IN_FLIGHT`` under its run id so
  History's "Send now" and the waiting sender never send it twice; a first send and a resend of
  a waiting run take the same road (``_start_send``), only the pipeline call differs;
- reviews and user settings are written by ``SerialRunner``s: one write at a time, the latest
  last, so an older write can never land after a newer one.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.context import AppContext
from desktop.core.errors import user_message
from desktop.gui.checklist_panel import Review
from desktop.gui.worker import LatestOnly, SerialRunner, Task, TaskContext, run_for

log = logging.getLogger(__name__)

PREPARE_DELAY_MS = 300


def review_key(run_id: str) -> str:
    """Where the ticked items of a run are kept: this computer's ledger (meta), never synced."""
    return f"ticks:{run_id}"


def load_review(context: AppContext, run: Any) -> Review | None:
    """The review recorded for ``run``, ticks included (a ledger read: call it off the UI thread)."""
    stored = context.ledger.get_meta(review_key(run.id))
    if stored is None:
        return None
    try:
        ticked = [str(item) for item in json.loads(stored)]
    except (ValueError, TypeError):
        ticked = []
    return Review(run.id, ticked, int(run.checklist_ticked or 0), int(run.checklist_total or 0), bool(run.approved),
                  int(run.feedback or 0), str(run.feedback_comment or ""))


def _stream_callbacks(task: TaskContext) -> dict[str, Any]:
    """The pipeline's callbacks, turned into progress values the UI thread receives in order."""
    return {
        "on_text": lambda text: task.progress(("text", text)),
        "on_status": lambda message: task.progress(("status", message)),
        "on_reset": lambda: task.progress(("reset", None)),
        "cancelled": task.cancelled,
    }


@dataclass
class Estimate:
    """A current estimate: what ``pipeline.prepare`` made, the price of each tier, the tier the
    person picked ("" for the automatic route) and the corrections it was made with."""

    prepared: Any
    prices: list[Any]
    chosen: str
    keep: list[str]
    extra: list[str]


class SendController(QObject):
    """The send road of the Templates page; see the module docstring.

    ``values()`` gives the form's values now; ``shown_run()`` the run the answer area shows (a
    waiting run there is sent under its own id, not as a second request).

    Signals:
        estimated(object): a current ``Estimate``.
        estimate_failed(str): the estimate could not be made (privacy fails closed); says why.
        sending_changed(bool): a send began (Send pressed) or ended, or was called off.
        problems_found(object): the form's problems as Send was pressed (an empty list clears them).
        question_asked(str, object, object): text, button labels, ``on_choice(index, -1 for Cancel)``.
        note(str): a line for under the estimate (why Send did not go).
        send_started(str): the request is on its way; the answer starts with this status.
        progressed(object): ``("text" | "status" | "reset", payload)`` as the answer streams in.
        send_finished(object, object): the ``Run`` and the template it was sent from.
        send_failed(str): the send (or the estimate before it) failed; what to do, in plain words.
        review_recorded(str): the review of this run id was written to the ledger.
        review_failed(str): a review could not be written; says why.
        settings_changed(): favourites, recently used or the last template changed.
    """

    estimated = Signal(object)
    estimate_failed = Signal(str)
    sending_changed = Signal(bool)
    problems_found = Signal(object)
    question_asked = Signal(str, object, object)
    note = Signal(str)
    send_started = Signal(str)
    progressed = Signal(object)
    send_finished = Signal(object, object)
    send_failed = Signal(str)
    review_recorded = Signal(str)
    review_failed = Signal(str)
    settings_changed = Signal()

    def __init__(self, context: AppContext, values: Callable[[], dict[str, Any]], shown_run: Callable[[], Any],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._values = values
        self._shown_run = shown_run
        self.template: Any = None
        self.prepared: Any = None
        self.corrections: dict[str, tuple[list[str], list[str]]] = {}  # template id -> (keep, extra)
        self.tier_choice: dict[str, str] = {}  # template id -> the tier the person picked in the route bar
        self.reviews: dict[str, Review] = {}  # run id -> the latest review, so ticks survive navigation
        self.send_task: Task | None = None
        self.sending_id = ""  # the run being sent, claimed in IN_FLIGHT so nothing sends it twice
        # How the send path waits between retries; tests replace it so a retried failure is instant.
        self.retry_sleep: Callable[[float], None] = time.sleep
        self._estimates = LatestOnly(self)
        self._review_writes = SerialRunner(self)
        self._settings_writes = SerialRunner(self)  # two writers racing on the same file would lose one
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(PREPARE_DELAY_MS)
        self._prepare_timer.timeout.connect(lambda: self.prepare())

    # ------------------------------------------------------------------ estimate
    def prepare_soon(self) -> None:
        """Estimate again once typing pauses (restarts the wait)."""
        self._prepare_timer.start()

    def keep_extra(self) -> tuple[list[str], list[str]]:
        """The privacy corrections made for the open template: (names to keep, extra to hide)."""
        return self.corrections.get(self.template.id, ([], [])) if self.template is not None else ([], [])

    def set_corrections(self, keep: list[str], extra: list[str]) -> None:
        if self.template is not None:
            self.corrections[self.template.id] = (list(keep), list(extra))
            self.prepare()

    def choose_tier(self, tier: str) -> None:
        """The person picked a tier in the route bar ("" gives the choice back): estimate again."""
        if self.template is None:
            return
        if tier:
            self.tier_choice[self.template.id] = tier
        else:
            self.tier_choice.pop(self.template.id, None)
        self.prepare()

    def prepare(self, *, then: Callable[[Any], None] | None = None, tier_override: str | None = None) -> Task | None:
        """Work out route, estimate and redaction for the current values, off the UI thread.

        ``then(prepared)`` runs on the UI thread with the result when it is still current.
        """
        self._prepare_timer.stop()
        if self.template is None:
            return None
        context, template, values = self.context, self.template, self._values()
        keep, extra = self.keep_extra()
        chosen = self.tier_choice.get(template.id, "")
        tier_override = tier_override or chosen or None

        def op(_ctx: object) -> Any:
            from desktop.core.send import pipeline
            from desktop.gui.collector import first_load
            from desktop.gui.route_bar import tier_prices

            with first_load("estimate"):  # the first one loads the privacy detectors and prices
                prepared = pipeline.prepare(context, template, values, keep=keep, extra=extra,
                                            tier_override=tier_override)
                return prepared, tier_prices(prepared, context.team)

        def done(result: tuple[Any, list[Any]]) -> None:
            prepared, prices = result
            if template is not self.template:
                return
            self.prepared = prepared
            self.estimated.emit(Estimate(prepared, prices, chosen, keep, extra))
            if then is not None:
                then(prepared)

        def failed(exc: BaseException) -> None:
            self.prepared = None
            self.estimate_failed.emit(user_message(exc))
            if then is not None:
                self.sending_changed.emit(False)
                self.send_failed.emit(self._with_fallback(user_message(exc)))

        return self._estimates.run(op, on_success=done, on_failure=failed)

    # ------------------------------------------------------------------ send: questions first
    def send(self, fresh: bool = False) -> None:
        """Send the form as it is now (Send, Ctrl+Enter, Send again)."""
        if self.template is None or self.send_task is not None:
            return
        self.sending_changed.emit(True)
        self.problems_found.emit([])
        self.prepare(then=lambda prepared: self._confirm_and_send(prepared, fresh))

    def _confirm_and_send(self, prepared: Any, fresh: bool) -> None:
        if prepared.problems:
            self.sending_changed.emit(False)
            self.problems_found.emit(prepared.problems)
            return
        if prepared.budget_warning and prepared.route.tier != "execution":
            self.question_asked.emit(
                f"{prepared.budget_warning}\n\nSend it on the Execution tier instead? It costs less and suits "
                "most everyday jobs.",
                ("Use Execution", "Send as planned"),
                lambda choice: self._budget_choice(choice, prepared, fresh),
            )
            return
        self._approve_then_send(prepared, fresh)

    def _budget_choice(self, choice: int, prepared: Any, fresh: bool) -> None:
        if choice == 0:
            self.prepare(tier_override="execution", then=lambda p: self._approve_then_send(p, fresh))
        elif choice == 1:
            self._approve_then_send(prepared, fresh)
        else:
            self.sending_changed.emit(False)

    def _approve_then_send(self, prepared: Any, fresh: bool) -> None:
        if prepared.needs_approval:
            self.question_asked.emit(prepared.approval_reason or "This request costs more than usual. Send it?",
                                     ("Send",), lambda choice: self.execute(prepared, fresh) if choice == 0
                                     else self.sending_changed.emit(False))
            return
        self.execute(prepared, fresh)

    # ------------------------------------------------------------------ send: on its way
    def execute(self, prepared: Any, fresh: bool = False) -> None:
        """Send ``prepared`` on a worker; the answer streams in."""
        context = self.context
        shown = self._shown_run()
        if shown is not None and shown.status == "waiting" and shown.template_id == prepared.template.id:
            prepared.run.id = shown.id  # the request shown as waiting is sent, not a second one made

        def send(sleep: Callable[[float], None], callbacks: dict[str, Any]) -> Any:
            from desktop.core.send import pipeline

            dry_run = bool(context.settings.try_without_key) and context.keys.get(prepared.route.provider) is None
            return pipeline.execute(context, prepared, fresh=fresh, dry_run=dry_run, sleep=sleep, **callbacks)

        self._start_send(prepared.run.id, f"Sending to {prepared.route.label}…", send)

    def resend(self, run_id: str) -> None:
        """Send a run that is waiting to send, under its own id (History's "Send now")."""
        if self.send_task is not None or self.template is None:
            return
        context = self.context

        def send(sleep: Callable[[float], None], callbacks: dict[str, Any]) -> Any:
            from desktop.core.send import pipeline

            return pipeline.resend(context, run_id, sleep=sleep, **callbacks)

        self._start_send(run_id, "Sending again…", send)

    def _start_send(self, run_id: str, status: str, send: Callable[[Callable[[float], None], dict[str, Any]], Any]) -> None:
        """The one road of a send: claim the run id, start the answer, run ``send`` on a worker."""
        if not self._claim(run_id):
            return
        template, sleep = self.template, self.retry_sleep
        self.send_started.emit(status)

        def op(task: TaskContext) -> Any:
            from desktop.gui.collector import import_quietly

            import_quietly("anthropic", "openai")  # Send pressed before they loaded by themselves
            return send(sleep, _stream_callbacks(task))

        self.send_task = run_for(self, op, on_progress=self.progressed.emit,
                                 on_success=lambda run: self._finished(run, template), on_failure=self._failed)

    def _claim(self, run_id: str) -> bool:
        """Claim ``run_id`` for this page's send; False (and said) when it is already on its way."""
        from desktop.gui.waiting_sender import IN_FLIGHT

        if not IN_FLIGHT.claim(run_id):
            self.sending_changed.emit(False)
            self.note.emit("This request is being sent right now; its answer appears in History.")
            return False
        self.sending_id = run_id
        return True

    def _release(self) -> None:
        from desktop.gui.waiting_sender import IN_FLIGHT

        IN_FLIGHT.release(self.sending_id)
        self.sending_id = ""
        self.send_task = None
        self.sending_changed.emit(False)

    def stop(self) -> bool:
        """Ask the send on its way to stop; False when there is none."""
        if self.send_task is None:
            return False
        self.send_task.cancel()
        return True

    def _finished(self, run: Any, template: Any) -> None:
        self._release()
        self.corrections.pop(template.id, None)  # the next send starts from fresh corrections
        self.reviews.pop(run.id, None)  # a new answer (a waiting run sent) starts a new review
        self.send_finished.emit(run, template)

    def _failed(self, exc: BaseException) -> None:
        self._release()
        self.send_failed.emit(self._with_fallback(user_message(exc)))

    def _with_fallback(self, message: str) -> str:
        """A failure to send, with what the template says to do when the AI is unavailable."""
        fallback = self.template.fallback_text if self.template is not None else ""
        return f"{message}\n\n{fallback}" if fallback else message

    # ------------------------------------------------------------------ writes
    def record_review(self, review: Review) -> None:
        """Write the review off the UI thread, one write at a time, so an older review can never
        land after a newer one; while one is being written only the latest waits behind it."""
        self.reviews[review.run_id] = review
        context = self.context

        def op(_ctx: object) -> str:
            context.ledger.set_meta({review_key(review.run_id): json.dumps(review.ticked_ids)})
            context.ledger.update_review(
                review.run_id, checklist_ticked=review.ticked, checklist_total=review.total,
                approved=review.approved, feedback=review.feedback, feedback_comment=review.comment)
            return review.run_id

        self._review_writes.run(op, on_success=self.review_recorded.emit,
                                on_failure=lambda exc: self.review_failed.emit(user_message(exc)))

    def save_settings(self) -> None:
        """Write the user settings off the UI thread, one write at a time, the latest values last."""
        from desktop.core import settings as settings_mod

        self.settings_changed.emit()
        context = self.context
        snapshot = context.settings.copy()  # the UI may change it meanwhile

        def op(_ctx: object) -> None:
            settings_mod.save_user_settings(snapshot)
            context.reload_team()  # what context.save_settings() does after writing

        self._settings_writes.run(op, on_failure=lambda exc: log.warning("Settings not saved: %s", exc))
