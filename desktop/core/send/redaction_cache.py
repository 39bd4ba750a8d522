"""Redaction results kept for the same input.

The form prepares as the user types and again when they press Send; on a 10 KB text the
detectors take tens of milliseconds, which Send need not pay twice for the same text.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.core.privacy import Redaction

_REDACTIONS: OrderedDict[tuple[Any, ...], Redaction] = OrderedDict()
_REDACTIONS_LOCK = threading.Lock()
_REDACTIONS_KEPT = 8


def redact(segments: list[tuple[str, str | None]], *, country: str, terms: tuple[str, ...],
           keep: frozenset[str], extra: tuple[str, ...], untrusted: frozenset[str],
           own_secrets: tuple[str, ...] = ()) -> Redaction:
    """``privacy.redact_segments``, reusing the result for the same input."""
    from desktop.core.privacy import redact_segments

    key = (tuple(segments), country, terms, keep, extra, untrusted, own_secrets)
    with _REDACTIONS_LOCK:
        if key in _REDACTIONS:
            _REDACTIONS.move_to_end(key)
            return _REDACTIONS[key]
    redaction = redact_segments(segments, country=country, terms=terms, keep=keep, extra=extra, untrusted=untrusted,
                                own_secrets=own_secrets)
    with _REDACTIONS_LOCK:
        _REDACTIONS[key] = redaction
        while len(_REDACTIONS) > _REDACTIONS_KEPT:
            _REDACTIONS.popitem(last=False)
    return redaction
