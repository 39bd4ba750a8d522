"""Small wording helpers shared by the GUI and the command line."""

from __future__ import annotations

import math
from typing import Any


def plural(count: int, word: str, many: str | None = None) -> str:
    """``"1 problem"``, ``"2 problems"``; ``many`` for irregular words (``plural(2, "entry", "entries")``)."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def them(count: int) -> str:
    """``"it"`` for one thing, ``"them"`` for several: "Fix it" / "Fix them"."""
    return "it" if count == 1 else "them"


def json_ready(value: Any) -> Any:
    """``value`` as strict JSON can hold it: numbers that are not finite (inf, nan, written in a
    settings file) become their text, so a script never receives invalid JSON."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, dict):
        return {str(k): json_ready(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_ready(v) for v in value]
    return value


def did_you_mean(word: str, choices: list[str] | tuple[str, ...]) -> str:
    """`` — did you mean 'tier'?`` or an empty string."""
    import difflib  # only when something is misspelt

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" — did you mean '{close[0]}'?" if close else ""
