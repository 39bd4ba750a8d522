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
import threading
import time
from collections import OrderedDict
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
from desktop.core.send import pricing, providers, routing
from desktop.core.send.answer_cache import AnswerCache, cache_key
from desktop.core.send.followup_estimate import first_request

if TYPE_CHECKING:
    from desktop.core.context import AppContext
    from desktop.core.privacy import Redaction
    from desktop.core.templates.library import Template

log = logging.getLogger(__name__)

# Sent only when something was hidden: models otherwise tend to "fix" placeholders, and a
# changed placeholder cannot be put back.
PLACEHOLDER_NOTE = (
    "Some details in this request were replaced by placeholders in square brackets, such as "
    "[PERSON_1] or [EMAIL_2]. Keep every placeholder exactly as written wherever you need it."
)
BUDGET_WARNING_FRACTION = 0.9
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


_BUDGET_CACHE: dict[tuple[str, ...], tuple[float, Any]] = {}
BUDGET_CACHE_SECONDS = 60.0


def _month_status(context: AppContext, scope: str) -> Any:
    """This month's budget status, read at most once a minute.

    ``prepare`` runs as the user types, and the spend lives in the shared file on the team
    drive, which can be slow; a minute-old figure is good enough to decide whether to ask.
    """
    from desktop.core import paths
    from desktop.core.usage.budget import month_status

    key = (str(paths.ledger_file()), str(context.team_dir), scope, context.user)
    now = time.monotonic()
    cached = _BUDGET_CACHE.get(key)
    if cached is not None and now - cached[0] < BUDGET_CACHE_SECONDS:
        return cached[1]
    try:
        status = month_status(context, scope=scope)
    except PromptdeskError as exc:
        log.info("Budget not checked: %s", exc.message)
        return None
    _BUDGET_CACHE[key] = (now, status)
    return status


def _budget_warning(context: AppContext, route: routing.Route, input_tokens: int, max_output: int) -> str:
    team = context.team
    personal = team.personal_budgets.get(context.user, 0.0)
    if route.tier != "reasoning" or (team.monthly_budget <= 0 and personal <= 0):
        return ""
    status = _month_status(context, "team" if team.monthly_budget > 0 else "personal")
    if status is None:
        return ""
    if status.fraction <= BUDGET_WARNING_FRACTION:
        return ""
    execution = routing.route_for(None, "", team, tier_override="execution")
    cheaper = pricing.cost(execution.provider, execution.model, input_tokens=input_tokens, output_tokens=max_output)
    whose = "your team's" if status.scope == "team" else "your"
    return (
        f"{round(status.fraction * 100)}% of {whose} AI budget for this month is used "
        f"({pricing.format_cost(status.spent, approximate=False)} of "
        f"{pricing.format_cost(status.budget, approximate=False)}). This request would use the Reasoning tier; "
        f"the Execution tier ({execution.label}) would cost {pricing.format_cost(cheaper)}."
    )


_REDACTIONS: OrderedDict[tuple[Any, ...], Redaction] = OrderedDict()
_REDACTIONS_LOCK = threading.Lock()
_REDACTIONS_KEPT = 8


def _redact(segments: list[tuple[str, str | None]], *, country: str, terms: tuple[str, ...],
            keep: frozenset[str], extra: tuple[str, ...], untrusted: frozenset[str],
            own_secrets: tuple[str, ...] = ()) -> Redaction:
    """Redact, reusing the result for the same input.

    The form prepares as the user types and again when they press Send; on a 10 KB text the
    detectors take tens of milliseconds, which Send need not pay twice for the same text.
    """
    from desktop.core.privacy import redact_segments

    key = (tuple(segments), country, terms, keep, extra, untrusted, own_secrets)
    with _REDACTIONS_LOCK:
        if key in _REDACTIONS:
            _REDACTIONS.move_to_end(key)
            return _REDACTIONS[key]
    redaction = redact_segments(segments, country=country, terms=terms, keep=keep, extra=extra, untrusted=untrusted,
                                own_secrets=own_secrets)
    with _REDACTIONS_LOCK:
        _REDACTIONS[key] = redaction
        while len(_REDACTIONS) > _REDACTIONS_KEPT:
            _REDACTIONS.popitem(last=False)
    return redaction


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
    from desktop.core.privacy.secrets import configured_secrets
    from desktop.core.templates.library import render_segments, validate_values

    if context.sending_blocked:  # a protective team setting cannot be read: fail closed
        raise SettingsError(context.sending_blocked, kind=ErrorKind.TEAM_SETTINGS)
    values = dict(values)
    problems = validate_values(template, values)
    segments = render_segments(template, values)
    rendered = "".join(text for text, _ in segments)
    redaction = _redact(
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
        budget_warning=_budget_warning(context, route, input_tokens, max_output), run=run, system=system,
    )


# --------------------------------------------------------------------------- execute


def _record(context: AppContext, run: Run, status: Callable[[str], None]) -> None:
    """Record the run; a ledger that cannot be written is told, never allowed to lose the answer."""
    try:
        context.ledger.record(run)
    except LedgerError as exc:
        log.warning("Run %s not recorded: %s", run.id, exc.message)
        status(exc.message)


def _reasoning_cost(context: AppContext, run: Run) -> float:
    """The same tokens priced on the reasoning tier's model: what routing saved."""
    provider, model = routing.pin_for("reasoning", context.team)
    return pricing.cost(provider, model, input_tokens=run.input_tokens, output_tokens=run.output_tokens,
                        cache_read_tokens=run.cache_read_tokens, cache_write_tokens=run.cache_write_tokens)


def _finish(run: Run, started: float, first: float | None) -> None:
    run.finished_at = utc_now()
    run.latency_total_ms = (time.perf_counter() - started) * 1000
    run.latency_first_ms = (first - started) * 1000 if first is not None else 0.0


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
        _finish(run, started, None)
        _record(context, run, status)
        return run

    hours = float(context.settings.cache_hours)
    if not fresh and hours > 0 and _answer_from_cache(context, prepared, run, hours, started, on_text, status):
        return run

    run.error_message = _SENDING_NOTE
    on_text, status = _shielded(on_text), _shielded(status)
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


def _answer_from_cache(context: AppContext, prepared: Prepared, run: Run, hours: float, started: float,
                       on_text: Callable[[str], None] | None, status: Callable[[str], None]) -> bool:
    """Answer ``run`` from a recent identical request and record it; False when there is none."""
    from desktop.core.privacy import restore

    route = prepared.route
    key = cache_key(route.provider, route.model, prepared.redaction.text, prepared.max_output_tokens,
                    {"system": prepared.system})
    hit = AnswerCache().get(key, hours)
    if hit is None:
        return False
    run.response_text = restore(hit.text, prepared.redaction.vault)
    first = time.perf_counter()
    if on_text is not None and run.response_text:
        on_text(run.response_text)
    run.provider, run.model, run.stop_reason = hit.provider, hit.model, hit.stop_reason
    run.cache_hit, run.status = True, DONE
    _finish(run, started, first)
    status("Answered from your recent answers at no cost. Use Send again for a fresh answer.")
    _record(context, run, status)
    return True


def _shielded(callback: Callable[[str], None] | None) -> Callable[[str], None]:
    """``callback`` made harmless to the send: once the request is out, a failure in what shows
    the answer must neither look like a provider error (and be retried, billed twice) nor stop
    the answer being recorded."""
    failed = False

    def call(text: str) -> None:
        nonlocal failed
        if callback is None or failed:
            return
        try:
            callback(text)
        except Exception:  # a closed window or pipe (`| head`): stop showing, keep receiving
            failed = True
            # INFO: into the app's log file with the details, never onto a terminal as a traceback.
            log.info("Showing the answer failed; it is still received and recorded", exc_info=True)

    return call


def _send(context: AppContext, prepared: Prepared, run: Run, status: Callable[[str], None], started: float, *,
          on_text: Callable[[str], None] | None, cancelled: Callable[[], bool] | None,
          sleep: Callable[[float], None], on_reset: Callable[[], None] | None, timeout: float,
          hours: float, automatic: bool) -> Run:
    """Send the request recorded as SENDING and record how it ended."""
    from desktop.core.privacy import StreamRestorer, restore

    route, vault = prepared.route, prepared.redaction.vault
    first: float | None = None
    restorer = StreamRestorer(vault)
    shown: list[str] = []

    def piece(chunk: str) -> None:
        nonlocal first
        if first is None:
            first = time.perf_counter()
        out = restorer.feed(chunk)
        if out:
            shown.append(out)
            if on_text is not None:
                on_text(out)

    def reset() -> None:
        nonlocal restorer
        restorer = StreamRestorer(vault)
        shown.clear()
        status("The connection dropped; the answer is starting again.")
        if on_reset is not None:
            on_reset()

    try:
        answer = providers.send(
            ((route.provider, route.model), *route.fallbacks), prepared.redaction.text,
            max_tokens=prepared.max_output_tokens, system=prepared.system, keys=context.keys,
            settings=context.settings, on_text=piece, on_reset=reset, on_status=status, cancelled=cancelled,
            sleep=sleep, timeout=timeout, automatic=automatic,  # automatic: nobody clicked (see providers.send)
        )
    except CancelledError:
        run.status, run.error_kind = CANCELLED, "cancelled"
        run.error_message = "You stopped this run. Your fields are kept; send again when you are ready."
        run.response_text = "".join(shown) + restorer.finish()
    except providers.AllProvidersFailed as exc:
        every_request_refused = all(error.kind == ErrorKind.BAD_REQUEST for error in exc.errors)
        run.status = FAILED if every_request_refused else WAITING
        run.error_kind = exc.kind
        run.error_message = exc.message + ("" if every_request_refused else " " + _WAITING_ADVICE)
    else:
        tail = restorer.finish()
        if tail and on_text is not None:
            on_text(tail)
        run.response_text = restore(answer.text, vault)
        run.provider, run.model, run.stop_reason = answer.provider, answer.model, answer.stop_reason
        run.input_tokens, run.output_tokens = answer.input_tokens, answer.output_tokens
        run.cache_read_tokens, run.cache_write_tokens = answer.cache_read_tokens, answer.cache_write_tokens
        run.actual_cost = pricing.cost(answer.provider, answer.model, input_tokens=answer.input_tokens,
                                       output_tokens=answer.output_tokens,
                                       cache_read_tokens=answer.cache_read_tokens,
                                       cache_write_tokens=answer.cache_write_tokens)
        run.reasoning_cost = _reasoning_cost(context, run)
        run.status = DONE
        if answer.notes:
            status(" ".join(answer.notes))
        if hours > 0:
            AnswerCache().put(
                cache_key(answer.provider, answer.model, prepared.redaction.text, prepared.max_output_tokens,
                          {"system": prepared.system}),
                provider=answer.provider, model=answer.model, text=answer.text, stop_reason=answer.stop_reason,
                input_tokens=answer.input_tokens, output_tokens=answer.output_tokens,
            )
            AnswerCache().purge(hours)
    _finish(run, started, first)
    _record(context, run, status)
    return run


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
