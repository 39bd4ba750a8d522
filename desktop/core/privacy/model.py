"""The values privacy hands to the rest of the app: what is sent, what was hidden, what to tell.

Kept apart from the detectors so that importing these types costs nothing (the GUI imports them
at start-up; the detectors load their lists on first use, on a worker thread).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.text import plural

# Every kind of placeholder, in the order the preview lists them.
KINDS = (
    "PERSON", "EMAIL", "PHONE", "CARD", "IBAN", "ACCOUNT", "NATIONAL_ID", "IP", "ADDRESS",
    "DOB", "URL", "TERM", "SECRET",
)


@dataclass(frozen=True)
class Span:
    """One hidden value: where its placeholder sits in the outgoing text and where it came from.

    ``start``/``end`` are offsets in the outgoing (redacted) text and cover the placeholder;
    ``input_start``/``input_end`` are offsets of the original value in the input (all segments
    joined), so a preview can highlight either side.
    """

    start: int
    end: int
    type: str
    placeholder: str
    original: str
    origin: str | None
    source: str  # "detected" | "term" | "user" | "secret"
    input_start: int
    input_end: int


_new_object = object.__new__
_set_attribute = object.__setattr__


def make_span(start: int, end: int, type: str, placeholder: str, original: str, origin: str | None, source: str,
              input_start: int, input_end: int) -> Span:
    """``Span(...)`` at half the cost: a frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``, and a long document makes thousands of spans; its fields are set here
    as one dictionary. The result is the same frozen ``Span`` (equal, hashable, read-only)."""
    span = _new_object(Span)
    _set_attribute(span, "__dict__", {
        "start": start, "end": end, "type": type, "placeholder": placeholder, "original": original,
        "origin": origin, "source": source, "input_start": input_start, "input_end": input_end,
    })
    return span


@dataclass(frozen=True)
class Doubt:
    """Something left as typed that might be personal: the person is asked to check it.

    ``start``/``end`` are offsets in the outgoing text (where it is sent as typed),
    ``input_start``/``input_end`` offsets in the input, as for ``Span``.
    """

    start: int
    end: int
    text: str
    origin: str | None
    reason: str
    input_start: int
    input_end: int


@dataclass(frozen=True)
class Finding:
    """Something the person must be told about before sending (a removed secret, an injection)."""

    kind: str  # "secret" | "injection"
    origin: str | None
    message: str


@dataclass
class Redaction:
    """The result of redaction: the exact outgoing text and everything needed to explain it.

    ``vault`` maps each placeholder to its original value; it stays on this machine and is the
    only way back from the answer to the originals.
    """

    text: str
    spans: list[Span] = field(default_factory=list)
    vault: dict[str, str] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)

    @property
    def injection_flag(self) -> bool:
        """True when an untrusted field seems to give the model instructions."""
        return any(f.kind == "injection" for f in self.findings)

    def summary(self) -> str:
        """One line for the send button's neighbourhood: how much will be hidden, and how much
        the person should look at ("3 items will be hidden · 2 to check"). "Nothing personal
        found" only when nothing was found and nothing is in doubt."""
        count = len(self.vault)
        doubts = len({d.text for d in self.doubts})
        hidden = f"{plural(count, 'item')} will be hidden" if count else "Nothing hidden"
        if doubts:
            return f"{hidden} · {doubts} to check"
        return hidden if count else "Nothing personal found"
