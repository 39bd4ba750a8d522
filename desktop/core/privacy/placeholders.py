"""The shape of placeholders that stand in for hidden values: ``[PERSON_1]``, ``[EMAIL_2]``.

Shared by privacy (which makes and restores them) and quality (which flags any left in an
answer). Models sometimes change the case or the brackets (``(person_1)``, ``[[PERSON_1]]``,
``{Person_1}``); ``PLACEHOLDER_RE`` finds those forms too.
"""

from __future__ import annotations

import re

PLACEHOLDER_RE = re.compile(  # (one or two brackets written as a class first: the engine skips to it)
    r"[\[\(\{<][\[\(\{<]?\s*([A-Za-z][A-Za-z]*(?:_[A-Za-z]+)*)_(\d{1,4})\s*[\]\)\}>]{1,2}"
)


def make_placeholder(kind: str, number: int) -> str:
    return f"[{kind.upper()}_{number}]"


def find_placeholders(text: str) -> list[str]:
    """Every placeholder-shaped piece of ``text``, in its canonical form ``[KIND_N]``."""
    return [make_placeholder(m.group(1), int(m.group(2))) for m in PLACEHOLDER_RE.finditer(text)]
