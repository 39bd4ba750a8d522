"""Token estimates and prices.

Prices come from the ``genai-prices`` package: a maintained table that works offline and knows
current models, so no price is written by hand here. It is imported on first use (it takes a
few hundred milliseconds to load its table); ``warm_up()`` lets the app pay that on a
background thread before the first estimate is needed.

Token convention used everywhere in Promptdesk (and in the Run): ``input_tokens`` are the input
tokens that were *not* read from or written to the provider's prompt cache (Anthropic reports
them that way; OpenAI's ``prompt_tokens`` include cached ones, and the provider layer subtracts
them). ``cost()`` adds them back up for genai-prices, which counts cache tokens inside the input.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import lru_cache

FREE_PROVIDERS = ("local",)  # in-house servers cost nothing per token
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def count_tokens(text: str) -> int:
    """An estimate of the tokens ``text`` costs, erring on the high side.

    About four characters a token for English text, as both providers document; letters outside
    ASCII (accents, other scripts) often take a token or more each, so they count more. Exact
    counts would need a network call (Anthropic) or a large tokenizer table; an estimate shown as
    "about" is enough to decide whether to send.
    """
    if not text:
        return 0
    non_ascii = len(_NON_ASCII.findall(text))
    return math.ceil((len(text) - non_ascii) / 4 + non_ascii / 1.5)


def _price(provider: str, model: str, usage: dict[str, int]) -> Decimal | None:
    """genai-prices' total for ``usage``, or None when it does not know the model."""
    from genai_prices import Usage, calc_price

    try:
        return Decimal(calc_price(Usage(**usage), model, provider_id=provider).total_price)
    except LookupError:
        return None


@lru_cache(maxsize=256)
def has_price(provider: str, model: str) -> bool:
    """True when the price table knows ``model`` (always true for free in-house servers)."""
    return provider in FREE_PROVIDERS or _price(provider, model, {"input_tokens": 1}) is not None


def cost(
    provider: str,
    model: str,
    *,
    input_tokens: int,
    output_tokens: int,
    cache_read_tokens: int = 0,
    cache_write_tokens: int = 0,
) -> float:
    """What a request costs in US dollars; 0 for in-house servers and for unknown models.

    ``input_tokens`` excludes cache reads and writes (see the module docstring).
    """
    if provider in FREE_PROVIDERS:
        return 0.0
    usage = {
        "input_tokens": input_tokens + cache_read_tokens + cache_write_tokens,
        "output_tokens": output_tokens,
        "cache_read_tokens": cache_read_tokens,
        "cache_write_tokens": cache_write_tokens,
    }
    total = _price(provider, model, usage)
    return float(total) if total is not None else 0.0


def format_cost(usd: float, *, approximate: bool = True) -> str:
    """A cost in the app's one money format (``desktop.core.money``); ``approximate``: an estimate."""
    from desktop.core.money import money

    return money(usd, estimate=approximate)


def warm_up() -> None:
    """Load the price table now (call from a background thread) so the first estimate is instant."""
    has_price("anthropic", "claude-sonnet-5-5")
