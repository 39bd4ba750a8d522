"""Follow-up turns: "make it shorter" continues a finished run's conversation.

The conversation is sent again as it first went out (the redacted request, each answer and
each earlier follow-up, with the same placeholders), then the new request, redacted with the
same vault: a name already hidden as ``[PERSON_1]`` stays ``[PERSON_1]``, a new one gets the
next free number. Anthropic reads the repeated part from its prompt cache (see
``providers_anthropic.anthropic_messages``); OpenAI caches repeated prefixes by itself. The turn stays
on the run's tier unless asked otherwise, is priced with its cache reads and writes, recorded
as a run of its own (so spend and budgets count it) and kept as the next version of the answer
(``usage/turns.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core.errors import ProviderError, TemplateError
from desktop.core.run import DONE, Run, utc_now
from desktop.core.send import pricing, providers, routing
from desktop.core.send.conversation import PLACEHOLDER_NOTE, hide_known, merge_vault, turn_history
from desktop.core.usage import turns

if TYPE_CHECKING:
    from desktop.core.context import AppContext

@dataclass
class FollowUp:
    """A finished follow-up turn: its own recorded run and the version of the answer it made."""

    run: Run
    version: turns.Version


def ask(context: AppContext, run_id: str, request: str, *, tier_override: str | None = None,
        on_text: Callable[[str], None] | None = None, on_status: Callable[[str], None] | None = None,
        cancelled: Callable[[], bool] | None = None, **send_kw: Any) -> FollowUp:
    """Send ``request`` as the next turn of run ``run_id`` and keep the answer as a new version.

    Raises:
        TemplateError: the run is unknown, has no answer yet, or ``request`` is empty.
        PrivacyError: detection failed on ``request`` (nothing is sent).
        ProviderError: no provider answered (nothing is recorded; the request is the caller's).
        CancelledError: ``cancelled()`` became true.
    """
    from desktop.core.privacy import StreamRestorer, redact_text, restore

    if not request.strip():
        raise TemplateError("Say what to change, for example “make it shorter” or “add a table of the dates”.")
    root = context.ledger.get(run_id)
    if root is None:
        raise TemplateError(f"There is no run {run_id} in your history to continue.")
    if root.status != DONE or not root.response_text.strip():
        raise TemplateError("This request has no answer yet. Send it first, then ask for changes.")
    history, vault = turn_history(root, turns.versions(context.ledger, run_id))
    estimated = _estimate(context, run_id, request, tier_override)
    known = hide_known(request, vault)
    redaction = redact_text(known, country=context.country, terms=tuple(context.sensitive_terms))
    outgoing, added = merge_vault(redaction.text, redaction.vault, vault)
    vault.update(added)
    route = routing.route_for(None, request, context.team, tier_override=tier_override or root.tier or None)
    system = PLACEHOLDER_NOTE if vault else ""
    restorer = StreamRestorer(vault)

    def piece(chunk: str) -> None:
        out = restorer.feed(chunk)
        if out and on_text is not None:
            on_text(out)

    started = utc_now()
    try:
        answer = providers.send(
            ((route.provider, route.model), *route.fallbacks), outgoing, history=history, system=system,
            max_tokens=root.max_output_tokens or 1024, keys=context.keys, settings=context.settings, on_text=piece,
            on_status=on_status, cancelled=cancelled, **send_kw)
    except providers.AllProvidersFailed as exc:
        raise ProviderError(exc.message + " Your request was not sent; try again in a moment.", kind=exc.kind) from exc
    tail = restorer.finish()
    if tail and on_text is not None:
        on_text(tail)
    text = restore(answer.text, vault)
    run = _turn_run(context, root, request, outgoing, answer, text, vault, added, started)
    run.estimated_cost = estimated if estimated is not None else run.estimated_cost
    context.ledger.record(run)
    version = turns.add_version(context.ledger, run_id, turns.Version(
        0, turns.FOLLOW_UP, text, request=request, redacted_request=outgoing, redacted_response=answer.text,
        turn_run_id=run.id, vault=added))
    from desktop.core.review.approval import new_version_made

    new_version_made(context.ledger, run_id)  # a new version starts unapproved
    return FollowUp(run=run, version=version)


def _estimate(context: AppContext, run_id: str, request: str, tier_override: str | None) -> float | None:
    """The price shown before sending (followup_estimate), kept beside the actual cost."""
    from desktop.core.send import followup_estimate

    conversation = followup_estimate.conversation(context, run_id)
    if conversation is None:
        return None
    return followup_estimate.estimate(context, conversation, request, tier_override=tier_override).cost


def _turn_run(context: AppContext, root: Run, request: str, outgoing: str, answer: Any, text: str,
              vault: dict[str, str], added: dict[str, str], started: str) -> Run:
    """The follow-up as a run of its own: what spend, budgets and the team file count."""
    cost = pricing.cost(answer.provider, answer.model, input_tokens=answer.input_tokens,
                        output_tokens=answer.output_tokens, cache_read_tokens=answer.cache_read_tokens,
                        cache_write_tokens=answer.cache_write_tokens)
    provider, model = routing.pin_for("reasoning", context.team)
    return Run(
        user=context.user, started_at=started, finished_at=utc_now(), template_id=root.template_id,
        template_title=root.template_title, template_version=root.template_version,
        # The run's own fields, so History reopens the form as it was; the link is in ``turns``.
        template_hash=root.template_hash, fields=dict(root.fields),
        rendered_prompt=request, redacted_prompt=outgoing, redaction_count=len(added), tier=root.tier,
        tier_reason=f"A follow-up to run {root.id}", provider=answer.provider, model=answer.model,
        max_output_tokens=root.max_output_tokens, response_text=text, stop_reason=answer.stop_reason,
        input_tokens=answer.input_tokens, output_tokens=answer.output_tokens,
        cache_read_tokens=answer.cache_read_tokens, cache_write_tokens=answer.cache_write_tokens,
        actual_cost=cost, estimated_cost=cost,
        reasoning_cost=pricing.cost(provider, model, input_tokens=answer.input_tokens,
                                    output_tokens=answer.output_tokens, cache_read_tokens=answer.cache_read_tokens,
                                    cache_write_tokens=answer.cache_write_tokens),
        status=DONE, checklist_total=root.checklist_total, vault=dict(vault),
    )
