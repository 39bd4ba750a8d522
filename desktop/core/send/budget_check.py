"""Before a send: is this month's budget nearly used? Read at most once a minute, because
``prepare`` runs as the user types and the spend lives in the team file on the team drive,
which can be slow; a minute-old figure is good enough to decide whether to ask."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from desktop.core.errors import PromptdeskError
from desktop.core.send import pricing, routing

if TYPE_CHECKING:
    from desktop.core.context import AppContext
    from desktop.core.usage.budget import BudgetStatus

log = logging.getLogger(__name__)

BUDGET_WARNING_FRACTION = 0.9
BUDGET_CACHE_SECONDS = 60.0
_BUDGET_CACHE: dict[tuple[str, ...], tuple[float, BudgetStatus]] = {}


def _month_status(context: AppContext, scope: str) -> BudgetStatus | None:
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


def budget_status(context: AppContext) -> BudgetStatus | None:
    """This month's spend against the team budget, else this member's personal budget; None
    when neither is set or the spend cannot be read (the send is not held up for it)."""
    team = context.team
    if team.monthly_budget <= 0 and team.personal_budgets.get(context.user, 0.0) <= 0:
        return None
    return _month_status(context, "team" if team.monthly_budget > 0 else "personal")


def budget_warning(context: AppContext, route: routing.Route, input_tokens: int, max_output: int) -> str:
    """Past ``BUDGET_WARNING_FRACTION`` of the budget, a reasoning-tier request is asked about,
    with the execution tier's price beside it; otherwise nothing."""
    if route.tier != "reasoning":
        return ""
    status = budget_status(context)
    if status is None or status.fraction <= BUDGET_WARNING_FRACTION:
        return ""
    execution = routing.route_for(None, "", context.team, tier_override="execution")
    cheaper = pricing.cost(execution.provider, execution.model, input_tokens=input_tokens, output_tokens=max_output)
    whose = "your team's" if status.scope == "team" else "your"
    return (
        f"{round(status.fraction * 100)}% of {whose} AI budget for this month is used "
        f"({pricing.format_cost(status.spent, approximate=False)} of "
        f"{pricing.format_cost(status.budget, approximate=False)}). This request would use the Reasoning tier; "
        f"the Execution tier ({execution.label}) would cost {pricing.format_cost(cheaper)}."
    )
