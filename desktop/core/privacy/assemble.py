"""From the values chosen in each segment to what leaves the machine: the outgoing text with its
placeholders, the spans and doubts that point into it, the vault that restores it, and what to
tell the person (secrets removed, instructions found in outside content).

Each distinct value gets one typed placeholder for the run, numbered past any placeholder the
text already holds; one person keeps one placeholder in all the forms a run writes their name in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from desktop.core.privacy import secrets
from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.coref import person_aliases
from desktop.core.privacy.model import Doubt, Finding, Redaction, Span, make_span
from desktop.core.privacy.placeholders import PLACEHOLDER_RE, make_placeholder

Segment = tuple[str, str | None]

_COMPACT_TYPES = {"PHONE", "CARD", "IBAN", "ACCOUNT", "NATIONAL_ID"}
_PLURALS = {
    secrets.API_KEY: "API keys", secrets.PRIVATE_KEY: "private keys", secrets.PASSWORD: "passwords",
    secrets.TOKEN: "access tokens", secrets.RANDOM: "secret-looking codes",
}
_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]")


def norm(kind: str, value: str) -> str:
    """The form two written values share when they are the same value ("+44 20 7946 0958" and
    "+442079460958"; "Anna  Berg" and "anna berg")."""
    if kind in _COMPACT_TYPES:
        return _NOT_ALNUM.sub("", value).upper()
    return " ".join(value.split()).casefold()


class Placeholders:
    """The run's placeholders: one per distinct value and kind, and the vault that maps back."""

    def __init__(self, segments: Sequence[Segment], chosen: Sequence[list[Candidate]],
                 user_kind: Callable[[str], str], term_key: Callable[[str], str]) -> None:
        self.used: dict[str, set[int]] = defaultdict(set)  # numbers the text already holds, per kind
        for text, _ in segments:
            for m in PLACEHOLDER_RE.finditer(text):
                self.used[m.group(1).upper()].add(int(m.group(2)))
        self.aliases = person_aliases(
            text[c.start : c.end] for (text, _), cands in zip(segments, chosen, strict=True) for c in cands if c.type == "PERSON"
        )
        self.user_kind, self.term_key = user_kind, term_key
        self.counters: dict[str, int] = defaultdict(int)
        self.by_value: dict[tuple[str, str], str] = {}
        self.vault: dict[str, str] = {}
        # A long text writes the same values again and again: each written form is placed once.
        self.placed: dict[tuple[str, str, str], tuple[str, str]] = {}

    def place(self, c: Candidate, original: str) -> tuple[str, str]:
        """(kind, placeholder) for the value ``original`` found as ``c``."""
        key = (c.type, c.source, original)
        found = self.placed.get(key)
        if found is None:
            found = self.placed[key] = self._assign(c, original)
        return found

    def _assign(self, c: Candidate, original: str) -> tuple[str, str]:
        source = c.source
        kind = self.user_kind(original) if source == "user" else c.type
        key_value = self.term_key(original) if source == "term" else original
        folded = norm(kind, key_value)
        if kind == "PERSON" and self.aliases:
            # (a person's value is as written: no term is a person)
            alias = self.aliases.get(folded)  # one person, one placeholder
            if alias is not None:
                key_value, folded = alias, norm(kind, alias)
        key = (kind, folded)
        placeholder = self.by_value.get(key)
        if placeholder is None:
            number, taken = self.counters[kind] + 1, self.used.get(kind, ())
            while number in taken:
                number += 1
            self.counters[kind] = number
            placeholder = self.by_value[key] = make_placeholder(kind, number)
            self.vault[placeholder] = key_value
        return kind, placeholder


class Outgoing:
    """The outgoing text as it is written, segment by segment, with its spans and doubts."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[Span] = []
        self.doubts: list[Doubt] = []
        self.length = 0  # of the outgoing text so far
        self.in_offset = 0  # where the segment being written starts in the input

    def add(self, text: str, origin: str | None, cands: list[Candidate], doubts: list[tuple[int, int]],
            places: Placeholders) -> None:
        """Write one segment: its text with each chosen value replaced, doubts kept in order."""
        pos = 0
        length = self.length  # (kept in locals in the loop: a long document has thousands of values)
        pending = list(reversed(doubts))
        parts, spans, out_doubts, in_offset = self.parts, self.spans, self.doubts, self.in_offset
        placed, assign = places.placed, places._assign  # (the memo read here: one call less per value)
        for c in cands:
            c_start, c_end, c_type, source, _ = c
            while pending and pending[-1][0] < c_start:
                out_doubts.append(_doubt(text, origin, pending.pop(), length - pos, in_offset))
            original = text[c_start:c_end]
            key = (c_type, source, original)
            found = placed.get(key)
            if found is None:
                found = placed[key] = assign(c, original)
            kind, placeholder = found
            parts.append(text[pos:c_start])
            start = length + c_start - pos
            length = start + len(placeholder)
            # Positional, and without the frozen dataclass's __init__: a long document makes
            # thousands of these.
            spans.append(make_span(
                start, length, kind, placeholder,  # start, end, type, placeholder
                original, origin, source,  # original, origin, source
                in_offset + c_start, in_offset + c_end,  # input_start, input_end
            ))
            parts.append(placeholder)
            pos = c_end
        while pending:
            out_doubts.append(_doubt(text, origin, pending.pop(), length - pos, in_offset))
        parts.append(text[pos:])
        self.length = length + len(text) - pos
        self.in_offset += len(text)


def _doubt(text: str, origin: str | None, span: tuple[int, int], shift: int, in_offset: int) -> Doubt:
    """A doubt at ``span`` of a segment; ``shift`` turns segment offsets into outgoing ones."""
    start, end = span
    return Doubt(start + shift, end + shift, text[start:end], origin, "might be a name", in_offset + start, in_offset + end)


def secret_findings(segments: Iterable[Segment], chosen: Iterable[list[Candidate]]) -> list[Finding]:
    """One finding per place and kind of secret removed ("2 API keys were found in Notes and
    removed"), the last place and kind first."""
    counts: dict[tuple[str | None, str], int] = defaultdict(int)
    for (_, origin), cands in zip(segments, chosen, strict=True):
        for c in cands:
            if c.source == "secret":
                counts[(origin, c.label)] += 1
    findings = []
    for (origin, label), count in counts.items():
        where = origin if origin is not None else "the template"
        if count == 1:
            message = f"{label} was found in {where} and removed"
        else:
            message = f"{count} {_PLURALS.get(label, 'secrets')} were found in {where} and removed"
        findings.append(Finding("secret", origin, message))
    return findings[::-1]


def injection_findings(segments: Iterable[Segment], untrusted: set[str]) -> list[Finding]:
    """Instructions aimed at the model in outside content (a pasted email, a file), per field."""
    # The scan is a package of its own that reads privacy's letter folding: imported at the first
    # scan so that neither package needs the other while it loads.
    from desktop.core.injection.scan import injection_reasons

    return [
        Finding("injection", origin, f"The text in {origin} {reason}. Check the answer carefully before you use it.")
        for text, origin in segments if origin is not None and origin in untrusted
        for reason in injection_reasons(text)
    ]


def assemble(segments: Sequence[Segment], chosen: Sequence[list[Candidate]], doubts: Sequence[list[tuple[int, int]]],
             untrusted: set[str], user_kind: Callable[[str], str], term_key: Callable[[str], str]) -> Redaction:
    """The ``Redaction`` of ``segments`` with the ``chosen`` values of each hidden."""
    places = Placeholders(segments, chosen, user_kind, term_key)
    out = Outgoing()
    for (text, origin), cands, seg_doubts in zip(segments, chosen, doubts, strict=True):
        out.add(text, origin, cands, seg_doubts, places)
    findings = secret_findings(segments, chosen) + injection_findings(segments, untrusted)
    return Redaction(text="".join(out.parts), spans=out.spans, vault=places.vault, findings=findings, doubts=out.doubts)
