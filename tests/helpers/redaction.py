"""What the tests of the privacy rules ask of a redaction: is this value inside a hidden span,
and which secrets were hidden."""

from __future__ import annotations

from desktop.core.privacy import redact_text


def covered(text: str, value: str, country: str = "US") -> bool:
    """Is ``value`` (its first place in ``text``) wholly inside one hidden span?"""
    start = text.index(value)
    spans = redact_text(text, country=country).spans
    return any(s.input_start <= start and start + len(value) <= s.input_end for s in spans)


def secrets_in(text: str, country: str = "US") -> set[str]:
    """The originals of the spans hidden as secrets."""
    return {s.original for s in redact_text(text, country=country).spans if s.type == "SECRET"}


def spans_of_type(text: str, kind: str, country: str = "US") -> set[str]:
    """The originals of the spans hidden as ``kind``."""
    return {s.original for s in redact_text(text, country=country).spans if s.type == kind}
