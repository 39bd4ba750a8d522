"""The one way Promptdesk writes an amount of money, everywhere: "less than 1¢", "about 3¢", "$1.20".

A person compares amounts, they do not read decimals: the same run once read "about $0.007",
"$0.001", "$0.0013" and "$0.0006 this month" on four screens. Below a dollar, whole cents;
below a cent, "less than 1¢"; from a dollar, dollars and cents (whole dollars without them:
"$200"); from a thousand, whole dollars. An estimate says "about"; what was spent does not.
"""

from __future__ import annotations

import math

ZERO = "$0"


def money(usd: float, *, estimate: bool = False) -> str:
    """``usd`` as people write it; ``estimate`` adds "about" (not to "less than 1¢")."""
    usd = float(usd or 0.0)
    if usd < 0:
        return "−" + money(-usd, estimate=estimate)
    about = "about " if estimate else ""
    if usd == 0:
        return ZERO
    cents = math.floor(usd * 100 + 0.5)  # half a cent rounds up (round() would go to even)
    if cents < 1:
        return "less than 1¢"
    if cents < 100:
        return f"{about}{cents}¢"
    if usd >= 1000 or abs(usd - round(usd)) < 0.005:
        return f"{about}${usd:,.0f}"
    return f"{about}${usd:,.2f}"


def estimate_and_actual(estimate: float | None, actual: float | None, *, input_tokens: int = 0,
                        output_tokens: int = 0, cached: bool = False) -> str:
    """One tooltip that says what the estimate was, what was spent, and why they differ."""
    lines = []
    if estimate is not None:
        lines.append(f"Estimate before sending: {money(estimate, estimate=True)}, worked out from the length of "
                     "your text and a typical answer for this template.")
    if cached:
        lines.append("Spent: nothing. The same request was answered a moment ago, so that answer was reused.")
    elif actual is not None:
        counted = (f" ({input_tokens:,} tokens in, {output_tokens:,} out)" if input_tokens or output_tokens else "")
        lines.append(f"Spent: {money(actual)}, what the provider counted{counted}.")
        if estimate is not None:
            lines.append("They differ because the length of an answer is only known once it is written.")
    return "\n".join(lines)
