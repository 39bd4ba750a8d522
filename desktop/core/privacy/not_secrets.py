"""Key-shaped values that are not secrets: a documentation placeholder and a publishable key.

Documentation and config templates write ``sk_test_xxxxxxxxxxxxxxxx`` where the real key goes; a payment provider's publishable key (``pk_test_...``, ``pk_live_...``)
is made to be embedded in a web page. Config templates and wikis write ``SMTP_PASSWORD=your-smtp-password``
and ``postgres://postgres:password@localhost:5432/app_dev``: a password that says it is to be
filled in, at a connection string to the writer's own machine. Hiding them makes the answer talk about "[SECRET_1]" in a
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


# A value that asks to be filled in: "your-smtp-password", "<api-key>", "${DB_PASSWORD}",
# "changeme", "xxxxxxxx", "replace-with-your-key".
_FILL_IN = re.compile(
    r"(?i)(?:your[-_ ][\w\-]*|<[\w\- ]+>|\$\{\w+\}|\{\{\s*\w+\s*\}\}|change[-_]?me|x{6,}|\*{6,}|"
    r"replace[-_](?:me|with[\w\-]*)|[\w\-]*[-_]here)"
)
# A connection string to the writer's own machine with a sample password ("app:changeme@localhost").
_SAMPLE_PASSWORDS = r"password|passwd|pass|secret|changeme|change_me|example|postgres|root|admin|test|xxx+|\*+"
_LOCAL_DSN = re.compile(
    rf"(?i)[a-z][\w+.\-]*://[\w.\-]*:(?:{_SAMPLE_PASSWORDS}|your[\w\-]*|<[\w\-]+>)@(?:localhost|127\.0\.0\.1|\[::1\]|db|database)"
    r"(?=[:/?\s]|$)\S*"
)


def placeholder_or_public(value: str) -> bool:
    """Whether a value found as a secret is a placeholder or a publishable key."""
    return bool(_PUBLISHABLE.fullmatch(value) or _PLACEHOLDER.fullmatch(value) or _FILL_IN.fullmatch(value))


def sample_connection(value: str) -> bool:
    """Whether a URL find is a connection string to the local machine with a sample password."""
    return _LOCAL_DSN.fullmatch(value) is not None


def drop_placeholders(text: str, found: list[Candidate], own: tuple[str, ...]) -> list[Candidate]:
    """``found`` without the secrets that are placeholders or publishable keys (own keys kept)."""
    return [
        c for c in found
        if c.type != "SECRET" or text[c.start : c.end] in own or not placeholder_or_public(text[c.start : c.end])
    ]
