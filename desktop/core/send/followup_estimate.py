"""What a follow-up will cost, before it is sent ("about 2¢" beside Ask for a change).

A follow-up sends the whole conversation again, so its price is mostly the earlier turns. How
they are billed depends on the provider's prompt cache:

- Anthropic caches up to each block marked ``cache_control`` (``providers.anthropic_messages``
  decides the marks). A prefix that an earlier request of this run marked is read at the
  cache-read price (a small fraction of input); the part between the longest such prefix and the last
  mark is written (a quarter more than input); the rest is plain input. Anthropic drops a
  cached prefix five minutes after it was last used, so after a pause nothing is read.
- OpenAI caches a repeated prefix by itself when the request is long enough (1,024 tokens,
  then in steps of 128); there is no write premium.

The earlier requests are rebuilt from the ledger exactly as ``followup.ask`` and the pipeline
sent them, and the same prefix rule is applied, so the estimate follows the provider's own
arithmetic. Token counts are ``pricing.count_tokens`` estimates; the answer is counted at its
limit (``max_output_tokens``), as the Send estimate is, so the figure errs high.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from desktop.core.send import pricing, providers, routing
from desktop.core.send.conversation import PLACEHOLDER_NOTE, hide_known, turn_history
from desktop.core.usage import turns

if TYPE_CHECKING:
    from desktop.core.context import AppContext
    from desktop.core.run import Run

CACHE_LIFETIME = timedelta(minutes=5)  # Anthropic's ephemeral cache; OpenAI keeps prefixes 5 to 10 minutes
OPENAI_CACHE_MIN_TOKENS, OPENAI_CACHE_STEP = 1024, 128

# One request as it went out: (system, earlier turns, the new user text).
Request = tuple[str, Sequence[tuple[str, str]], str]


@dataclass(frozen=True)
class TurnEstimate:
    """The estimated price of one request, split the way the provider bills it."""

    provider: str
    model: str
    input_tokens: int  # plain input: neither read from nor written to the cache
    cache_read_tokens: int
    cache_write_tokens: int
    output_tokens: int  # the most the answer may use
    input_cost: float
    output_cost: float

    @property
    def cost(self) -> float:
        return self.input_cost + self.output_cost

    @property
    def text(self) -> str:
        return pricing.format_cost(self.cost)


def price(provider: str, model: str, *, plain: int, read: int, written: int, output: int) -> TurnEstimate:
    """A ``TurnEstimate`` from token counts (the input side and the answer priced apart)."""
    input_cost = pricing.cost(provider, model, input_tokens=plain, output_tokens=0, cache_read_tokens=read,
                              cache_write_tokens=written)
    output_cost = pricing.cost(provider, model, input_tokens=0, output_tokens=output)
    return TurnEstimate(provider, model, plain, read, written, output, input_cost, output_cost)


def _blocks(request: Request, anthropic: bool) -> list[tuple[str, bool]]:
    """(text, marked for caching) for every block of ``request``, system first, as sent."""
    system, history, prompt = request
    out: list[tuple[str, bool]] = [(system, False)] if system else []
    if not anthropic:
        return out + [(text, False) for _role, text in history] + [(prompt, False)]
    for message in providers.anthropic_messages(prompt, history):
        content = message["content"]
        parts = [{"text": content}] if isinstance(content, str) else content
        out.extend((message["role"] + ":" + str(part["text"]), "cache_control" in part) for part in parts)
    return out


def _tokens(block: str, request: Request) -> int:
    """Tokens of one block: its text without the role that ``_blocks`` puts before it for the key."""
    return pricing.count_tokens(block if block == request[0] else block.split(":", 1)[-1])


def _prefix_keys(blocks: Sequence[tuple[str, bool]]) -> list[str]:
    """One key per block naming everything up to and including it (a cache entry's identity)."""
    digest, keys = hashlib.sha256(), []
    for text, _marked in blocks:
        digest.update(b"\x00" + text.encode())
        keys.append(digest.hexdigest())
    return keys


def split_tokens(request: Request, earlier: Sequence[Request], *, anthropic: bool) -> tuple[int, int, int]:
    """(plain, cache read, cache write) tokens for ``request`` after ``earlier`` requests (still cached)."""
    blocks = _blocks(request, anthropic)
    tokens = [pricing.count_tokens(text) if not anthropic else _tokens(text, request) for text, _marked in blocks]
    # Plain input counts the request whole, as the Send estimate always has; per-block sums differ by rounding.
    total = pricing.count_tokens(request[0] + "".join(text for _role, text in request[1]) + request[2])
    keys = _prefix_keys(blocks)
    if not anthropic:
        plain, read, _written = _openai_split(tokens, keys, earlier)
        return max(0, total - read), read, 0
    written: set[str] = set()
    for old in earlier:
        old_blocks = _blocks(old, anthropic)
        written.update(key for key, (_t, marked) in zip(_prefix_keys(old_blocks), old_blocks, strict=True) if marked)
    marks = [i for i, (_text, marked) in enumerate(blocks) if marked]
    last_mark = max(marks, default=-1)
    read_upto = max((i for i in range(last_mark + 1) if keys[i] in written), default=-1)
    read = sum(tokens[: read_upto + 1])
    write = sum(tokens[read_upto + 1: last_mark + 1])
    return max(0, total - read - write), read, write


def _openai_split(tokens: list[int], keys: list[str], earlier: Sequence[Request]) -> tuple[int, int, int]:
    """OpenAI reads the longest prefix shared with the previous request, in steps of 128 tokens."""
    if not earlier:
        return sum(tokens), 0, 0
    before = set(_prefix_keys(_blocks(earlier[-1], False)))
    shared = sum(t for t, key in zip(tokens, keys, strict=True) if key in before)
    read = shared // OPENAI_CACHE_STEP * OPENAI_CACHE_STEP if shared >= OPENAI_CACHE_MIN_TOKENS else 0
    return sum(tokens) - read, read, 0


def first_request(provider: str, model: str, *, system: str, prompt: str, output: int) -> TurnEstimate:
    """The first turn: a long request to Anthropic is written to the cache, a quarter above input."""
    plain, read, written = split_tokens((system, (), prompt), (), anthropic=provider == "anthropic")
    return price(provider, model, plain=plain, read=read, written=written, output=output)


# --------------------------------------------------------------------------- a run's conversation


@dataclass
class Conversation:
    """A finished run's conversation, read once, so each keystroke only prices the new request."""

    root: Run
    history: list[tuple[str, str]]
    vault: dict[str, str]
    sent: list[tuple[Request, str, str, str]]  # (request, provider, model, finished_at), oldest first


def _sent_requests(context: AppContext, root: Run, versions: list[turns.Version]) -> Iterator[
        tuple[Request, str, str, str]]:
    """Every request this run's conversation sent, rebuilt as ``pipeline`` and ``followup`` built it."""

    if not root.cache_hit:  # an answer from the local answer cache sent nothing
        yield (PLACEHOLDER_NOTE if root.vault else "", (), root.redacted_prompt), root.provider, root.model, \
            root.finished_at
    vault = dict(root.vault)
    history = [("user", root.redacted_prompt), ("assistant", hide_known(root.response_text, vault))]
    for version in versions[1:]:
        vault.update(version.vault)
        if version.kind != turns.FOLLOW_UP:
            history[-1] = ("assistant", hide_known(version.text, vault))
            continue
        turn = context.ledger.get(version.turn_run_id) if version.turn_run_id else None
        if turn is not None:
            yield (PLACEHOLDER_NOTE if vault else "", tuple(history), version.redacted_request), turn.provider, \
                turn.model, turn.finished_at or version.created_at
        history += [("user", version.redacted_request), ("assistant", version.redacted_response)]


def conversation(context: AppContext, run_id: str) -> Conversation | None:
    """The conversation of ``run_id`` as a follow-up would send it; None when it cannot continue."""
    from desktop.core.run import DONE

    root = context.ledger.get(run_id)
    if root is None or root.status != DONE or not root.response_text.strip():
        return None
    versions = turns.versions(context.ledger, run_id)
    history, vault = turn_history(root, versions)
    return Conversation(root, history, vault, list(_sent_requests(context, root, versions)))


def _parse(stamp: str) -> datetime | None:
    try:
        return datetime.fromisoformat(stamp)
    except ValueError:
        return None


def estimate(context: AppContext, conv: Conversation, request: str, *, tier_override: str | None = None,
             now: datetime | None = None) -> TurnEstimate:
    """The price of sending ``request`` next in ``conv``, with the cache as the provider will find it."""
    from desktop.core.run import utc_now

    route = routing.route_for(None, request, context.team, tier_override=tier_override or conv.root.tier or None)
    same = [(req, stamp) for req, provider, model, stamp in conv.sent
            if (provider, model) == (route.provider, route.model)]
    last = _parse(same[-1][1]) if same else None
    moment = now or _parse(utc_now())
    fresh = last is not None and moment is not None and moment - last <= CACHE_LIFETIME
    system = PLACEHOLDER_NOTE if conv.vault else ""
    mine: Request = (system, tuple(conv.history), hide_known(request, conv.vault))
    earlier = [req for req, _stamp in same] if fresh else []
    plain, read, written = split_tokens(mine, earlier, anthropic=route.provider == "anthropic")
    output = conv.root.max_output_tokens or 1024
    return price(route.provider, route.model, plain=plain, read=read, written=written, output=output)
