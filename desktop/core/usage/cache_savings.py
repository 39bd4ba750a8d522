"""What re-using documents from the providers' prompt caches saved this month.

A follow-up on a long document sends the document again; the provider reads it from its cache
at a fraction of the input price (genai-prices has each model's cache prices), and Anthropic
charges a quarter above input once, when the document is first written to the cache. Both
are recorded per run (``cache_read_tokens``, ``cache_write_tokens``), so the saving is exact
arithmetic on recorded usage: every cached token priced as plain input, minus what was billed.

Read from this computer's ledger: the cache figures are part of a run's own record, and "My
spend" is this person's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop.core.send import pricing

if TYPE_CHECKING:
    from desktop.core.context import AppContext


@dataclass(frozen=True)
class CacheSaving:
    """One month's prompt-cache figures for this person, in US dollars."""

    month: str
    read_tokens: int
    write_tokens: int
    saved_on_reads: float  # cache reads at the full input price, minus their cache-read price
    paid_for_writes: float  # the premium for writing to the cache (a quarter above input on Anthropic)

    @property
    def net(self) -> float:
        return self.saved_on_reads - self.paid_for_writes

    @property
    def sentence(self) -> str:
        """The line for My spend and ``promptdesk spend``; "" when nothing was cached this month."""
        from desktop.core.money import money

        if not self.read_tokens and not self.write_tokens:
            return ""
        if self.net > 0:
            return f"Saved by re-using documents: {money(self.net)} this month."
        return (f"Re-using documents has not saved anything yet this month: keeping long documents ready for "
                f"follow-ups cost {money(-self.net)} more. Follow-ups on them read them at the lower cache price.")


def _bounds(month: str) -> tuple[str, str]:
    year, mon = (int(part) for part in month.split("-"))
    nxt = (year + 1, 1) if mon == 12 else (year, mon + 1)
    return f"{year:04d}-{mon:02d}", f"{nxt[0]:04d}-{nxt[1]:02d}"


def cache_saving(context: AppContext, month: str | None = None, *, now: datetime | None = None) -> CacheSaving:
    """This person's prompt-cache saving in ``month`` (default: this month), from the local ledger."""
    month = month or (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m")
    start, end = _bounds(month)
    rows = context.ledger.query(
        "SELECT provider, model, cache_read_tokens, cache_write_tokens FROM runs "
        "WHERE user = ? AND started_at >= ? AND started_at < ? AND (cache_read_tokens > 0 OR cache_write_tokens > 0)",
        (context.user, start, end))
    reads = writes = 0
    saved = premium = 0.0
    for provider, model, read, write in rows:  # run by run: some models price long requests higher
        read, write = int(read), int(write)
        reads, writes = reads + read, writes + write
        full_read = pricing.cost(provider, model, input_tokens=read, output_tokens=0)
        saved += full_read - pricing.cost(provider, model, input_tokens=0, output_tokens=0, cache_read_tokens=read)
        full_write = pricing.cost(provider, model, input_tokens=write, output_tokens=0)
        premium += pricing.cost(provider, model, input_tokens=0, output_tokens=0, cache_write_tokens=write) - full_write
    return CacheSaving(month, reads, writes, round(saved, 10), round(premium, 10))
