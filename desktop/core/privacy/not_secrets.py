"""Key-shaped values that are not secrets: a documentation placeholder and a publishable key.

Documentation and config templates write ``sk_test_xxxxxxxxxxxxxxxx`` where the real key goes; a payment provider's publishable key (``pk_test_...``, ``pk_live_...``)
is made to be embedded in a web page. Hiding them makes the answer talk about "[SECRET_1]" in a
text that holds none. The app's own credentials are never let through here, whatever they look
like (the caller keeps them).
"""

from __future__ import annotations

import re

from desktop.core.privacy.candidates import Candidate

_PUBLISHABLE = re.compile(r"pk_(?:test|live)_[A-Za-z0-9]{8,}")
# A documentation placeholder: a payment provider's test or live prefix, then only x's or zeros
# ("sk_test_xxxxxxxx"). A vendor key of full length filled with x's ("sk-ant-api03-xxx...") is
# still hidden: it has a real key's shape, and when in doubt the app fails closed.
_PLACEHOLDER = re.compile(r"(?:sk|rk)_(?:test|live)_(?:x{8,}|X{8,}|0{8,})")


def placeholder_or_public(value: str) -> bool:
    """Whether a value found as a secret is a placeholder or a publishable key."""
    return bool(_PUBLISHABLE.fullmatch(value) or _PLACEHOLDER.fullmatch(value))


def drop_placeholders(text: str, found: list[Candidate], own: tuple[str, ...]) -> list[Candidate]:
    """``found`` without the secrets that are placeholders or publishable keys (own keys kept)."""
    return [
        c for c in found
        if c.type != "SECRET" or text[c.start : c.end] in own or not placeholder_or_public(text[c.start : c.end])
    ]
