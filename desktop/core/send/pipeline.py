"""The road from a filled template to a recorded answer, stage by stage.

``prepare`` is pure and fast (it runs as the user types): render, redact, route, estimate, and
a pre-filled ``Run``. ``execute`` sends: from the cache when an identical request was answered
recently, else streamed from the route's model with retries and fallback. Every piece of text
handed to ``on_text`` is already restored (placeholders back to the originals, on this
computer only). The finished ``Run`` is recorded in the local ledger whatever happened:
provider failures do not raise, they leave the run "waiting to send" with its fields, so it can
be sent again later with ``resend``.

Nothing is sent unless its record can be written first: the run is recorded as SENDING before
the request leaves (a ledger that cannot be written refuses the send), and again when it ends.
A process that stops in between leaves a SENDING record that the next start marks UNCONFIRMED
("sent, answer not received — may have been billed"); ``resend`` refuses those until the person
has been asked (``Ledger.allow_resend``). One request is one record, whatever the number of
tries: retries and ``resend`` keep its id, and the ledger lets only one sender take it at a time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core.documents.model import FileText
from desktop.core.errors import (
    CancelledError,
    ErrorKind,
    LedgerError,
    PromptdeskError,
    SettingsError,
    TemplateError,
)
from desktop.core.run import (
    CANCELLED,
    DONE,
    DRY_RUN,
    FAILED,
    SENDING,
    UNCONFIRMED,
    UNCONFIRMED_MESSAGE,
    WAITING,
    Run,
    utc_now,
)
from desktop.core.send import pricing, providers, redaction_cache, routing
from desktop.core.send.answer_cache import cache_key
from desktop.core.send.budget_check import budget_warning
from desktop.core.send.conversation import PLACEHOLDER_NOTE
from desktop.core.send.followup_estimate import first_request
from desktop.core.send.receive import Receiver, answer_from_cache, fill_answer, finish, keep_answer, shielded

if TYPE_CHECKING:
    from desktop.core.context import AppContext
    from desktop.core.privacy import Redaction
    from desktop.core.templates.library import Template

log = logging.getLogger(__name__)

_WAITING_ADVICE = "Your request is kept under History as waiting to send; send it again from there."
_SENDING_NOTE = "Sending; the answer is on its way."


@dataclass
class Prepared:
    """A request ready to send, with everything the user sees before pressing Send."""

    template: Template
    values: dict[str, Any]
    problems: dict[str, str]  # validation problems per field; execute refuses while any remain
    rendered: str
    redaction: Redaction
    route: routing.Route
    estimated_cost: float
    estimated_input_tokens: int
    max_output_tokens: int
    needs_approval: bool
    approval_reason: str
    budget_warning: str  # >90% of the month's budget and a reasoning-tier run: ask, offer execution
    run: Run  # pre-filled record (status "")
    system: str = ""  # the system text sent with the request (the placeholder note, or nothing)


def _json_safe(value: Any) -> Any:
    """Field values as the ledger can store them (dates as ISO text, sets as lists)."""
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_json_safe(v) for v in value]
    return str(value)


def _is_outside(field: Any, values: Mapping[str, Any]) -> bool:
    """Outside content: a field the template marks untrusted, or any field filled from a file."""
    return bool(field.untrusted) or isinstance(values.get(field.name), FileText)


def _request_text(template: Template, values: Mapping[str, Any]) -> str:
    """What the classifier reads: the person's own words, not the template's boilerplate.

    Pasted outside content (untrusted fields) is left out when there is anything else, so an
    email cannot talk its way onto a dearer tier.
    """
    filled = [f for f in template.fields if values.get(f.name) not in (None, "")]
    own = [f for f in filled if not _is_outside(f, values)] or filled
    return "\n\n".join(str(values[f.name]) for f in own)


def prepare(
    context: AppContext,
    template: Template,
    values: Mapping[str, Any],
    *,
    keep: Collection[str] = (),
    extra: Sequence[str] = (),
    tier_override: str | None = None,
) -> Prepared:
    """Render, redact, route and estimate; nothing is sent and nothing is recorded.

    Field problems are returned in ``problems`` (the form shows them as the user types);
    ``execute`` refuses to send while any remain.

    Raises:
        SettingsError: a protective team setting cannot be read, so nothing may be sent.
        PrivacyError: detection failed, so nothing may be sent (fail closed).
        TemplateError: the template cannot be rendered.
    """
    from desktop.core.privacy.own_secrets import configured_secrets
    from desktop.core.templates.library import render_segments, validate_values

    if context.sending_blocked:  # a protective team setting cannot be read: fail closed
        raise SettingsError(context.sending_blocked, kind=ErrorKind.TEAM_SETTINGS)
    values = dict(values)
    problems = validate_values(template, values)
    segments = render_segments(template, values)
    rendered = "".join(text for text, _ in segments)
    redaction = redaction_cache.redact(
        segments, country=context.country, terms=tuple(context.sensitive_terms), keep=frozenset(keep),
        extra=tuple(extra), untrusted=frozenset(f.name for f in template.fields if _is_outside(f, values)),
        own_secrets=configured_secrets(context.keys, context.settings),  # the app's own keys, any format
    )
    route = routing.route_for(template, _request_text(template, values), context.team, tier_override=tier_override)
    system = PLACEHOLDER_NOTE if redaction.vault else ""
    input_tokens = pricing.count_tokens(system + redaction.text)
    max_output = template.max_output_tokens()
    # A long request to Anthropic is written to the prompt cache for follow-ups: a quarter above input.
    estimate = first_request(route.provider, route.model, system=system, prompt=redaction.text, output=max_output).cost
    threshold = context.team.approval_threshold
    needs_approval = threshold > 0 and estimate > threshold
    approval_reason = (
        f"This request will cost {pricing.format_cost(estimate)}, more than the "
        f"{pricing.format_cost(threshold, approximate=False)} your team allows without a second look. Send it anyway?"
        if needs_approval else ""
    )
    run = Run(
        user=context.user, template_id=template.id, template_title=template.title,
        template_version=template.version, template_hash=template.content_hash, fields=_json_safe(values),
        rendered_prompt=rendered, redacted_prompt=redaction.text, redaction_count=len(redaction.vault),
        injection_flag=redaction.injection_flag, tier=route.tier, tier_reason=route.reason,
        provider=route.provider, model=route.model, max_output_tokens=max_output, estimated_cost=estimate,
        checklist_total=len(template.checklist), vault=dict(redaction.vault),
    )
    return Prepared(
        template=template, values=values, problems=problems, rendered=rendered, redaction=redaction, route=route,
        estimated_cost=estimate, estimated_input_tokens=input_tokens, max_output_tokens=max_output,
        needs_approval=needs_approval, approval_reason=approval_reason,
        budget_warning=budget_warning(context, route, input_tokens, max_output), run=run, system=system,
    )


# --------------------------------------------------------------------------- execute


def _record(context: AppContext, run: Run, status: Callable[[str], None]) -> None:
    """Record the run; a ledger that cannot be written is told, never allowed to lose the answer."""
    try:
        context.ledger.record(run)
    except LedgerError as exc:
        log.warning("Run %s not recorded: %s", run.id, exc.message)
        status(exc.message)


def execute(
    context: AppContext,
    prepared: Prepared,
    *,
    on_text: Callable[[str], None] | None = None,
    on_status: Callable[[str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    fresh: bool = False,
    dry_run: bool = False,
    sleep: Callable[[float], None] = time.sleep,
    on_reset: Callable[[], None] | None = None,
    timeout: float = providers.DEFAULT_TIMEOUT,
    automatic: bool = False,
) -> Run:
    """Send ``prepared`` and return the recorded ``Run``.

    ``on_text`` gets restored pieces of the answer as they stream; ``on_reset`` is called when
    a dropped answer starts again from the beginning (clear what was shown). ``fresh`` skips the
    cache; ``dry_run`` sends nothing and records a "try without a key" run.

    Raises:
        TemplateError: a field still has a problem (nothing is sent or recorded).
        LedgerError: the run cannot be recorded before sending, so nothing is sent.
        PromptdeskError: kind ``already_sent``: this run is being sent, or was, already.
    """
    if prepared.problems:
        name, problem = next(iter(prepared.problems.items()))
        field = prepared.template.get_field(name)
        raise TemplateError(f"{field.label if field else name}: {problem}. Fix it in the form, then send again.")
    status = on_status or (lambda message: None)
    run = dataclasses.replace(prepared.run, started_at=utc_now(), fields=dict(prepared.run.fields),
                              vault=dict(prepared.run.vault))
    started = time.perf_counter()
    if dry_run:
        run.status = DRY_RUN
        finish(run, started, None)
        _record(context, run, status)
        return run

    hours = float(context.settings.cache_hours)
    key = _cache_key(prepared, prepared.route.provider, prepared.route.model)
    if not fresh and hours > 0 and answer_from_cache(key, prepared.redaction.vault, run, hours, started, on_text, status):
        _record(context, run, status)
        return run

    run.error_message = _SENDING_NOTE
    on_text, status = shielded(on_text), shielded(status)
    try:
        context.ledger.begin_send(run)
    except LedgerError as exc:  # no record, no request: a send nobody can see later must not happen
        raise LedgerError(f"Nothing was sent, because Promptdesk could not record the request first. {exc.message}",
                          kind=exc.kind) from exc
    run.error_message = ""
    try:
        return _send(context, prepared, run, status, started, on_text=on_text, cancelled=cancelled, sleep=sleep,
                     on_reset=on_reset, timeout=timeout, hours=hours, automatic=automatic)
    finally:
        if run.status == SENDING:  # an unexpected error mid-send: the request may have been billed
            run.status, run.error_kind, run.error_message = UNCONFIRMED, "unconfirmed", UNCONFIRMED_MESSAGE
            run.actual_cost = max(run.actual_cost, run.estimated_cost)
            _record(context, run, status)


def _send(context: AppContext, prepared: Prepared, run: Run, status: Callable[[str], None], started: float, *,
          on_text: Callable[[str], None] | None, cancelled: Callable[[], bool] | None,
          sleep: Callable[[float], None], on_reset: Callable[[], None] | None, timeout: float,
          hours: float, automatic: bool) -> Run:
    """Send the request recorded as SENDING and record how it ended."""
    route, vault = prepared.route, prepared.redaction.vault
    receiver = Receiver(vault, on_text, status, on_reset)
    try:
        answer = providers.send(
            ((route.provider, route.model), *route.fallbacks), prepared.redaction.text,
            max_tokens=prepared.max_output_tokens, system=prepared.system, keys=context.keys,
            settings=context.settings, on_text=receiver.piece, on_reset=receiver.reset, on_status=status,
            cancelled=cancelled, sleep=sleep, timeout=timeout,
            automatic=automatic,  # automatic: nobody clicked (see providers.send)
        )
    except CancelledError:
        _stopped(run, receiver.partial())
    except providers.AllProvidersFailed as exc:
        _not_answered(run, exc)
    else:
        receiver.finish()
        fill_answer(context, run, answer, vault)
        if answer.notes:
            status(" ".join(answer.notes))
        if hours > 0:
            keep_answer(_cache_key(prepared, answer.provider, answer.model), answer, hours)
    finish(run, started, receiver.first)
    _record(context, run, status)
    return run


def _cache_key(prepared: Prepared, provider: str, model: str) -> str:
    """Identical requests: the same model, outgoing (redacted) text, output limit and system text."""
    return cache_key(provider, model, prepared.redaction.text, prepared.max_output_tokens, {"system": prepared.system})


def _stopped(run: Run, shown: str) -> None:
    run.status, run.error_kind = CANCELLED, "cancelled"
    run.error_message = "You stopped this run. Your fields are kept; send again when you are ready."
    run.response_text = shown


def _not_answered(run: Run, exc: providers.AllProvidersFailed) -> None:
    """Kept to send again later, unless every provider refused the request itself."""
    every_request_refused = all(error.kind == ErrorKind.BAD_REQUEST for error in exc.errors)
    run.status = FAILED if every_request_refused else WAITING
    run.error_kind = exc.kind
    run.error_message = exc.message + ("" if every_request_refused else " " + _WAITING_ADVICE)


def resend(
    context: AppContext,
    run_id: str,
    *,
    keep: Collection[str] = (),
    extra: Sequence[str] = (),
    tier_override: str | None = None,
    **kw: Any,
) -> Run:
    """Send a waiting (or failed) run again from its stored fields, under the same id.

    The fields are redacted afresh with today's rules; ``kw`` goes to ``execute``.

    Raises:
        PromptdeskError: kind ``unconfirmed`` when the run may already have been answered and
            billed (ask the person, then ``Ledger.allow_resend``); kind ``already_sent`` when
            it was answered or is being sent now.
    """
    ledger = context.ledger
    ledger.recover_interrupted()
    old = ledger.get(run_id)
    if old is None:
        raise TemplateError("That request is no longer in your history, so it cannot be sent again.")
    if old.status == UNCONFIRMED:
        raise PromptdeskError(resend_question(old), kind=ErrorKind.UNCONFIRMED)
    if old.status in (DONE, SENDING):
        raise PromptdeskError(
            ("This request was answered already" if old.status == DONE else "This request is being sent right now")
            + ", so it is not sent again. Open it from History to see the answer.", kind=ErrorKind.ALREADY_SENT)
    template = context.library.get(old.template_id)
    if template is None:
        raise TemplateError(
            f"The template '{old.template_title or old.template_id}' is no longer in the library, so this request "
            "cannot be sent again. Ask whoever manages your team's templates to restore it."
        )
    prepared = prepare(context, template, old.fields, keep=keep, extra=extra, tier_override=tier_override)
    prepared.run.id = old.id
    return execute(context, prepared, **kw)


def resend_question(run: Run) -> str:
    """What to ask before sending again a run whose answer never arrived."""
    from desktop.core.send.pricing import format_cost

    return (
        "This request was sent, but Promptdesk stopped before the answer arrived, so the AI provider may have "
        f"answered it and billed it ({format_cost(run.estimated_cost)}). Sending it again asks for a new "
        "answer and may be billed again. Send it again?"
    )
