"""Town and city names (resources/privacy/towns.txt), loaded once, on first use.

Read only beside the rest of an address: a comma-separated part after a street and its number
("Av. Sete de Setembro 2775, ap 1101, Salvador") is the town when it is a listed one. Alone, a
town names no one ("the Reading office"), so nothing here makes a word personal on its own.
"""

from __future__ import annotations

from functools import cache

from desktop.core import paths
from desktop.core.errors import PrivacyError

# Towns as addresses shorten them, which the list (full names) does not hold.
_SHORT_NAMES = frozenset({"caba", "cdmx", "nyc"})


@cache
def _towns() -> frozenset[str]:
    path = paths.resource("privacy/towns.txt")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PrivacyError(
            f"Promptdesk cannot read its list of towns ({path.name}), so it cannot check for personal "
            "data and nothing was sent. Reinstalling Promptdesk should fix this."
        ) from exc
    return frozenset(line.casefold() for line in text.splitlines() if line and not line.startswith("#")) | _SHORT_NAMES


def is_town(text: str) -> bool:
    """Whether ``text`` as a whole is a listed town ("Auderghem", "São Paulo", "Tromsø")."""
    return " ".join(text.split()).casefold() in _towns()
