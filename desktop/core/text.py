"""Small wording helpers shared by the GUI and the command line."""

from __future__ import annotations


def plural(count: int, word: str, many: str | None = None) -> str:
    """``"1 problem"``, ``"2 problems"``; ``many`` for irregular words (``plural(2, "entry", "entries")``)."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def them(count: int) -> str:
    """``"it"`` for one thing, ``"them"`` for several: "Fix it" / "Fix them"."""
    return "it" if count == 1 else "them"
