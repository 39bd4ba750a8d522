"""Privacy: find personal data and secrets, hide them behind placeholders, put them back.

Public API (other parts of the app use only these names):

- ``redact_segments(segments, *, country, terms, keep, extra, untrusted) -> Redaction``
- ``redact_text(text, **kw) -> Redaction``
- ``restore(text, vault) -> str`` and ``StreamRestorer`` for streamed answers
- ``Span``, ``Finding``, ``Redaction``

Importing this package is cheap: the name lists load on the first redaction, and the validator
libraries (phonenumbers, python-stdnum) are imported when first needed.
"""

from __future__ import annotations

from desktop.core.privacy.model import KINDS, Finding, Redaction, Span
from desktop.core.privacy.redact import redact_segments, redact_text
from desktop.core.privacy.restore import StreamRestorer, restore

__all__ = [
    "KINDS", "Finding", "Redaction", "Span", "StreamRestorer", "redact_segments", "redact_text", "restore",
]
