"""Redaction: from the rendered prompt to the exact text that leaves the machine.

The prompt arrives as segments, ``(text, field name)`` for what the person typed or pasted and
``(text, None)`` for the template's own words. Personal data is looked for in field segments
only (the template is the operator's), secrets everywhere. Each distinct value gets one typed
placeholder for the run; a name found in one field is hidden wherever else it is mentioned,
template included. Any failure raises ``PrivacyError``: nothing is sent by a detector that did
not finish.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import defaultdict
from collections.abc import Collection, Sequence

from desktop.core.errors import PrivacyError
from desktop.core.privacy import address_lines, addresses, chat, layout, names, secrets, structured
from desktop.core.privacy.candidates import Candidate, resolve
from desktop.core.privacy.cjk import cjk_mentions, is_cjk_name
from desktop.core.privacy.coref import declined_mentions, person_aliases, username_mentions
from desktop.core.privacy.injection import injection_reasons
from desktop.core.privacy.lexicon import Lexicon, lexicon
from desktop.core.privacy.model import Doubt, Finding, Redaction, Span, make_span
from desktop.core.privacy.normalise import normalised_view, to_original
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


# Words that label a field rather than name someone ("IBAN:", "Morada:", "Ad Soyad:").
_LABEL_WORDS = frozenset({"iban", "bic", "swift", "pan", "nif", "nie", "cpf", "ssn", "dob", "bsn", "pesel", "nip",
                          "vat", "ifsc", "tckn", "regon", "siret", "siren", "abn", "gentile", "rückruf"})


def _not_things(text: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Name finds that are a language, place or company as a whole, or a field label."""
    keys = layout.field_keys()
    out = []
    for c in found:
        value = text[c.start : c.end]
        folded = value.casefold()
        if lex.is_not_name(value) or folded in keys or folded.split()[0] in _LABEL_WORDS:
            continue
        if _FIRM_AFTER.match(text, c.end) or _FIRM_BEFORE.search(text, max(0, c.start - 30), c.start):
            continue  # "Marks & Spencer", "Johnson & Johnson", "Martin & Fils": a firm
        out.append(c)
    return out


def _dropped_words(text: str, found: list[Candidate], kept: list[Candidate]) -> set[str]:
    """The words of finds dropped as a label, place or firm ("Rückruf" of "Rückruf Weber"): they
    must not be hidden elsewhere as a known name, unless a kept find also holds them."""
    kept_ids = {id(c) for c in kept}
    words = {w.casefold() for c in found if id(c) not in kept_ids for w in text[c.start : c.end].split()}
    return words - {w.casefold() for c in kept for w in text[c.start : c.end].split()}


_FIRM_AFTER = re.compile(r"[ \t]*&[ \t]*[A-ZÀ-Þ]")
_FIRM_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’\-]*[ \t]*&[ \t]*$")


_NEXT_WORD = re.compile(r"[ \t]+([A-ZÀ-ÖØ-ÞĀ-ž][\w'’\-]+)")


def _leftover_surnames(text: str, cands: list[Candidate], surnames: set[str]) -> list[Candidate]:
    """A person's surname left after the first name was found ("Léa Noël" once "Mme Noël" was):
    a word written elsewhere as a person, right after a name, belongs to that name."""
    out = []
    for c in cands:
        if c.type != "PERSON":
            continue
        m = _NEXT_WORD.match(text, c.end)
        if m and m.group(1).casefold() in surnames:
            out.append(Candidate(c.start, m.end(), "PERSON"))
    return out


_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]")
_HAS_CAPS_WORD = re.compile(r"[A-Z]{3}")


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
            cands += self._structured(text)
            cands += addresses.find_addresses(text)
            cands += address_lines.find_address_lines(text)
        return cands

    def _structured(self, text: str) -> list[Candidate]:
        """Structured values, looked for on the normalised view (``＠``, full-width digits,
        zero-width characters inside a number) and mapped back to the original characters."""
        view = normalised_view(text)
        if view is None:
            return structured.find_structured(text, self.country)
        plain, marks = view
        found = structured.find_structured(plain, self.country)
        if not marks:
            return found  # every character kept its place: the spans are the original's
        return [c._replace(start=a, end=b) for c in found for a, b in (to_original(marks, c.start, c.end),)]

    def run(self, segments: Sequence[tuple[str, str | None]], untrusted: set[str]) -> Redaction:
        lex = lexicon()
        segments = [(text or "", origin) for text, origin in segments]
        per_segment: list[list[Candidate]] = []
        known_names: set[str] = set()
        speakers: set[str] = set()
        for text, origin in segments:
            cands = self._detect(text, origin is not None)
            if origin is not None:
                found, known = names.detect_names(text, lex)
                kept = _not_things(text, found, lex)
                cands += kept
                known_names |= known - _dropped_words(text, found, kept)
                placed, spoken = layout.find_layout(text)
                cands += placed
                speakers |= spoken
            per_segment.append(cands)
        known_names |= speakers
        full_names = {text[c.start : c.end] for (text, _), cands in zip(segments, per_segment, strict=True)
                      for c in cands if c.type == "PERSON" and " " in text[c.start : c.end]}
        cjk_names = {text[c.start : c.end] for (text, _), cands in zip(segments, per_segment, strict=True)
                     for c in cands if c.type == "PERSON" and is_cjk_name(text[c.start : c.end])}
        for i, (text, _) in enumerate(segments):
            per_segment[i] += [Candidate(a, b, "PERSON") for a, b in username_mentions(text, full_names)]
            per_segment[i] += _not_things(text, names.mentions(text, known_names, per_segment[i]), lex)
            if speakers:
                # In a chat a person named in full once is then often written in lowercase ("ping phil").
                firsts = {name.split()[0].casefold() for name in full_names} - speakers
                if firsts:
                    firsts &= names._lowercase_words(text)
                per_segment[i] += chat.lowercase_mentions(text, speakers | firsts, per_segment[i])
            if cjk_names:
                per_segment[i] += cjk_mentions(text, cjk_names, per_segment[i])
            per_segment[i] += chat.surname_first(text, per_segment[i])
            covered = [(c.start, c.end) for c in per_segment[i]]
            per_segment[i] += [Candidate(a, b, "PERSON") for a, b in declined_mentions(text, known_names, covered)]
        surnames = {text[c.start : c.end].casefold() for (text, _), cands in zip(segments, per_segment, strict=True)
                    for c in cands if c.type == "PERSON" and " " not in text[c.start : c.end]}
        for i, (text, _) in enumerate(segments):
            per_segment[i] += _leftover_surnames(text, per_segment[i], surnames)
            if _HAS_CAPS_WORD.search(text):
                per_segment[i] += chat.capitals_mentions(text, per_segment[i])
        chosen = [self._filter(text, c) for (text, _), c in zip(segments, per_segment, strict=True)]
        doubts = [self._doubts(text, c) if origin is not None else [] for (text, origin), c in zip(segments, chosen, strict=True)]
        return self._build(segments, chosen, untrusted, doubts)

    def _doubts(self, text: str, chosen: list[Candidate]) -> list[tuple[int, int]]:
        """Words that might be names, outside everything hidden and not kept on purpose."""
        starts = [c.start for c in chosen]
        out = []
        for start, end in names.doubtful(text):
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and chosen[i].end > start:
                continue
            if i + 1 < len(chosen) and chosen[i + 1].start < end:
                continue
            if " ".join(text[start:end].split()).casefold() in self.keep:
                continue
            out.append((start, end))
        return out

    def _filter(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        chosen = _drop_secret_labels(text, resolve(cands))
        if self.keep:
            chosen = [
                c for c in chosen
                if c.source == "secret" or " ".join(text[c.start : c.end].split()).casefold() not in self.keep
            ]
        return chosen

    def _build(
        self, segments: list[tuple[str, str | None]], chosen: list[list[Candidate]], untrusted: set[str],
        doubts: list[list[tuple[int, int]]],
    ) -> Redaction:
        used: dict[str, set[int]] = defaultdict(set)
        for text, _ in segments:
            for m in PLACEHOLDER_RE.finditer(text):
                used[m.group(1).upper()].add(int(m.group(2)))
        counters: dict[str, int] = defaultdict(int)
        by_value: dict[tuple[str, str], str] = {}
        aliases = person_aliases(
            text[c.start : c.end] for (text, _), cands in zip(segments, chosen, strict=True) for c in cands if c.type == "PERSON"
        )
        vault: dict[str, str] = {}
        norms: dict[tuple[str, str], str] = {}  # a long text repeats its names and numbers

        def norm(kind: str, value: str) -> str:
            found = norms.get((kind, value))
            if found is None:
                found = norms[(kind, value)] = _norm(kind, value)
            return found

        spans: list[Span] = []
        out: list[str] = []
        out_len = 0
        in_offset = 0
        secret_counts: dict[tuple[str | None, str], int] = defaultdict(int)
        findings: list[Finding] = []
        doubted: list[Doubt] = []
        for (text, origin), cands, seg_doubts in zip(segments, chosen, doubts, strict=True):
            pos = 0
            pending = list(reversed(seg_doubts))
            for c in cands:
                while pending and pending[-1][0] < c.start:
                    doubted.append(_doubt(text, origin, pending.pop(), out_len - pos, in_offset))
                original = text[c.start : c.end]
                kind = self._extra_type(original) if c.source == "user" else c.type
                key_value = self._term_key(original) if c.source == "term" else original
                if kind == "PERSON" and aliases:
                    key_value = aliases.get(norm(kind, original), key_value)  # one person, one placeholder
                key = (kind, norm(kind, key_value))
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
                # Positional, and without the frozen dataclass's __init__: a long document makes
                # thousands of these.
                spans.append(make_span(
                    out_len, out_len + len(placeholder), kind, placeholder,  # start, end, type, placeholder
                    original, origin, c.source,  # original, origin, source
                    in_offset + c.start, in_offset + c.end,  # input_start, input_end
                ))
                out.append(placeholder)
                out_len += len(placeholder)
                pos = c.end
            while pending:
                doubted.append(_doubt(text, origin, pending.pop(), out_len - pos, in_offset))
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
        return Redaction(text="".join(out), spans=spans, vault=vault, findings=findings, doubts=doubted)


def _doubt(text: str, origin: str | None, span: tuple[int, int], shift: int, in_offset: int) -> Doubt:
    """A doubt at ``span`` of a segment; ``shift`` turns segment offsets into outgoing ones."""
    start, end = span
    return Doubt(start + shift, end + shift, text[start:end], origin, "might be a name", in_offset + start, in_offset + end)
