"""Redaction: from the rendered prompt to the exact text that leaves the machine.

The prompt arrives as segments, ``(text, field name)`` for what the person typed or pasted and
``(text, None)`` for the template's own words. Personal data is looked for in field segments
only (the template is the operator's), secrets everywhere. Each distinct value gets one typed
placeholder for the run; a name found in one field is hidden wherever else it is mentioned,
template included. Any failure raises ``PrivacyError``: nothing is sent by a detector that did
not finish.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Collection, Sequence

from desktop.core.errors import PrivacyError
from desktop.core.privacy import addresses, names, secrets, structured
from desktop.core.privacy.candidates import Candidate, resolve
from desktop.core.privacy.injection import injection_reasons
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.model import Finding, Redaction, Span
from desktop.core.privacy.placeholders import PLACEHOLDER_RE, make_placeholder

log = logging.getLogger(__name__)

_COMPACT_TYPES = {"PHONE", "CARD", "IBAN", "ACCOUNT", "NATIONAL_ID"}
_PLURALS = {
    secrets.API_KEY: "API keys", secrets.PRIVATE_KEY: "private keys", secrets.PASSWORD: "passwords",
    secrets.TOKEN: "access tokens", secrets.RANDOM: "secret-looking codes",
}


def redact_segments(
    segments: Sequence[tuple[str, str | None]],
    *,
    country: str = "US",
    terms: Sequence[str] = (),
    keep: Collection[str] = (),
    extra: Sequence[str] = (),
    untrusted: Collection[str] = (),
    own_secrets: Sequence[str] = (),
) -> Redaction:
    """Hide personal data and secrets in ``segments``; see the module docstring. ``own_secrets``
    are the app's own credentials (``secrets.configured_secrets``), hidden whatever their format.

    Raises:
        PrivacyError: detection could not be completed; nothing may be sent.
    """
    try:
        return _Redactor(country, terms, keep, extra, tuple(own_secrets)).run(segments, set(untrusted))
    except PrivacyError:
        raise
    except Exception as exc:  # fail closed: a detector bug must not let text through
        log.exception("personal-data detection failed")
        raise PrivacyError(
            "Promptdesk could not finish checking this text for personal data, so nothing was sent. "
            "Try again; if it keeps happening, send the log file to whoever looks after Promptdesk."
        ) from exc


def redact_text(text: str, **kw: object) -> Redaction:
    """``text`` as one field (origin ``"text"``): everything in it is checked."""
    return redact_segments([(text, "text")], **kw)  # type: ignore[arg-type]


_LABEL_GAP = re.compile(r"[ \t]*[:=][ \t]*|[ \t]+(?:is|was)[ \t]+")


def _drop_secret_labels(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A one-word "name" right before a secret labels it ("Key: sk-...", "our key is ..."):
    several words are also surnames or first names, but here they name the credential."""
    drop = set()
    for before, after in zip(chosen, chosen[1:], strict=False):
        if (after.source == "secret" and before.type == "PERSON" and " " not in text[before.start : before.end]
                and _LABEL_GAP.fullmatch(text, before.end, after.start)):
            drop.add(id(before))
    return [c for c in chosen if id(c) not in drop] if drop else chosen


_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]")


def _norm(kind: str, value: str) -> str:
    if kind in _COMPACT_TYPES:
        return _NOT_ALNUM.sub("", value).upper()
    return " ".join(value.split()).casefold()


def _literal_re(values: Sequence[str], plurals: bool) -> re.Pattern[str] | None:
    cleaned = sorted({v.strip() for v in values if len(v.strip()) >= 2}, key=len, reverse=True)
    if not cleaned:
        return None
    alts = "|".join(r"\s+".join(re.escape(part) for part in v.split()) for v in cleaned)
    suffix = r"(?:e?s)?" if plurals else ""
    return re.compile(rf"(?<!\w)(?:{alts}){suffix}(?!\w)", re.IGNORECASE)


class _Redactor:
    def __init__(self, country: str, terms: Sequence[str], keep: Collection[str], extra: Sequence[str],
                 own_secrets: tuple[str, ...] = ()) -> None:
        self.own_secrets = own_secrets
        self.country = (country or "US").upper()
        self.terms = [t.strip() for t in terms if t and t.strip()]
        self.term_re = _literal_re(self.terms, plurals=True)
        self.extra = [e.strip() for e in extra if e and e.strip()]
        self.extra_re = _literal_re(self.extra, plurals=False)
        self.keep = {" ".join(k.split()).casefold() for k in keep if k and k.strip()}

    def _term_key(self, matched: str) -> str:
        folded = " ".join(matched.split()).casefold()
        for term in self.terms:
            t = " ".join(term.split()).casefold()
            if folded in (t, t + "s", t + "es"):
                return term
        return matched

    def _extra_type(self, value: str) -> str:
        for cand in structured.find_structured(value, self.country) + addresses.find_addresses(value):
            if cand.start == 0 and cand.end >= len(value.rstrip()):
                return cand.type
        return "PERSON" if names.find_names(value) else "TERM"

    def _detect(self, text: str, is_field: bool) -> list[Candidate]:
        cands = secrets.find_secrets(text, self.own_secrets)
        if self.extra_re:
            cands += [Candidate(m.start(), m.end(), "USER", "user") for m in self.extra_re.finditer(text)]
        if self.term_re:
            cands += [Candidate(m.start(), m.end(), "TERM", "term") for m in self.term_re.finditer(text)]
        if is_field:
            cands += structured.find_structured(text, self.country)
            cands += addresses.find_addresses(text)
        return cands

    def run(self, segments: Sequence[tuple[str, str | None]], untrusted: set[str]) -> Redaction:
        lex = lexicon()
        segments = [(text or "", origin) for text, origin in segments]
        per_segment: list[list[Candidate]] = []
        known_names: set[str] = set()
        for text, origin in segments:
            cands = self._detect(text, origin is not None)
            if origin is not None:
                found, known = names.detect_names(text, lex)
                cands += found
                known_names |= known
            per_segment.append(cands)
        for i, (text, _) in enumerate(segments):
            per_segment[i] += names.mentions(text, known_names, per_segment[i])
        return self._build(segments, [self._filter(text, c) for (text, _), c in zip(segments, per_segment, strict=True)], untrusted)

    def _filter(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        chosen = _drop_secret_labels(text, resolve(cands))
        if self.keep:
            chosen = [
                c for c in chosen
                if c.source == "secret" or " ".join(text[c.start : c.end].split()).casefold() not in self.keep
            ]
        return chosen

    def _build(
        self, segments: list[tuple[str, str | None]], chosen: list[list[Candidate]], untrusted: set[str]
    ) -> Redaction:
        used: dict[str, set[int]] = defaultdict(set)
        for text, _ in segments:
            for m in PLACEHOLDER_RE.finditer(text):
                used[m.group(1).upper()].add(int(m.group(2)))
        counters: dict[str, int] = defaultdict(int)
        by_value: dict[tuple[str, str], str] = {}
        vault: dict[str, str] = {}
        spans: list[Span] = []
        out: list[str] = []
        out_len = 0
        in_offset = 0
        secret_counts: dict[tuple[str | None, str], int] = defaultdict(int)
        findings: list[Finding] = []
        for (text, origin), cands in zip(segments, chosen, strict=True):
            pos = 0
            for c in cands:
                original = text[c.start : c.end]
                kind = self._extra_type(original) if c.source == "user" else c.type
                key_value = self._term_key(original) if c.source == "term" else original
                key = (kind, _norm(kind, key_value))
                placeholder = by_value.get(key)
                if placeholder is None:
                    counters[kind] += 1
                    while counters[kind] in used[kind]:
                        counters[kind] += 1
                    placeholder = make_placeholder(kind, counters[kind])
                    by_value[key] = placeholder
                    vault[placeholder] = key_value
                if c.source == "secret":
                    secret_counts[(origin, c.label)] += 1
                out.append(text[pos : c.start])
                out_len += c.start - pos
                # Positional: a frozen dataclass takes keywords at more than twice the cost,
                # and a long document makes thousands of these.
                spans.append(Span(
                    out_len, out_len + len(placeholder), kind, placeholder,  # start, end, type, placeholder
                    original, origin, c.source,  # original, origin, source
                    in_offset + c.start, in_offset + c.end,  # input_start, input_end
                ))
                out.append(placeholder)
                out_len += len(placeholder)
                pos = c.end
            out.append(text[pos:])
            out_len += len(text) - pos
            in_offset += len(text)
            if origin is not None and origin in untrusted:
                for reason in injection_reasons(text):
                    findings.append(Finding("injection", origin, f"The text in {origin} {reason}. "
                                            "Check the answer carefully before you use it."))
        for (origin, label), count in secret_counts.items():
            where = origin if origin is not None else "the template"
            if count == 1:
                message = f"{label} was found in {where} and removed"
            else:
                message = f"{count} {_PLURALS.get(label, 'secrets')} were found in {where} and removed"
            findings.insert(0, Finding("secret", origin, message))
        return Redaction(text="".join(out), spans=spans, vault=vault, findings=findings)
