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
import gc
import logging
import re
from collections.abc import Collection, Sequence
from typing import Any

from desktop.core.errors import PrivacyError
from desktop.core.privacy import address_lines, addresses, chat, labels, layout, names, secrets, structured
from desktop.core.privacy.assemble import assemble
from desktop.core.privacy.candidates import Candidate, resolve
from desktop.core.privacy.cjk import cjk_mentions, is_cjk_name
from desktop.core.privacy.cjk_lists import cjk_list_names
from desktop.core.privacy.coref import declined_mentions, first_name_mentions, username_mentions
from desktop.core.privacy.family_names import arabic_family_names, joined_surnames
from desktop.core.privacy.file_names import file_name_mentions
from desktop.core.privacy.handles import find_handles, login_mentions, login_words
from desktop.core.privacy.learned_names import drop_vetoed
from desktop.core.privacy.lexicon import Lexicon, lexicon
from desktop.core.privacy.model import Redaction
from desktop.core.privacy.name_baltic import baltic_names
from desktop.core.privacy.name_card_keys import caps_surname_given, card_key_names
from desktop.core.privacy.name_counts import counted_surnames, opening_shaped_surnames
from desktop.core.privacy.name_edges import widen_names
from desktop.core.privacy.name_finnish import finnish_surnames
from desktop.core.privacy.name_initials_after import surname_initials
from desktop.core.privacy.name_pairs import joined_names
from desktop.core.privacy.name_roll_calls import roll_call_names
from desktop.core.privacy.name_suffixes import _surname, declined_names, suffixed_names
from desktop.core.privacy.name_titles import honorific_names, take_titles, title_start
from desktop.core.privacy.name_travel import booked_names
from desktop.core.privacy.name_words import TITLES
from desktop.core.privacy.normalise import normalised_view, to_original
from desktop.core.privacy.not_codes import drop_codes
from desktop.core.privacy.not_numbers import business_number, drop_business_numbers, not_an_address
from desktop.core.privacy.not_people import names_a_thing
from desktop.core.privacy.not_secrets import drop_placeholders
from desktop.core.privacy.not_workplace import workplace_words
from desktop.core.privacy.script_twins import script_twins
from desktop.core.privacy.secret_words import CREDENTIAL_WORDS
from desktop.core.privacy.surname_mentions import greek_mentions, particle_mentions
from desktop.core.privacy.text_cache import forget_lowered, text_memo

log = logging.getLogger(__name__)


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
    are the app's own credentials (``own_secrets.configured_secrets``), hidden whatever their format.

    Raises:
        PrivacyError: detection could not be completed; nothing may be sent.
    """
    # A long text makes hundreds of thousands of short-lived objects (matches, finds, tuples),
    # none of them in a reference cycle: the collector's passes over them (and over every other
    # object of the app, in its full passes) found nothing to free. It pauses while the text is
    # checked and resumes after, if it was running (another thread's check may have paused it).
    collecting = gc.isenabled()
    gc.disable()
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
    finally:
        forget_lowered()
        if collecting:
            gc.enable()


def redact_text(text: str, **kw: Any) -> Redaction:
    """``text`` as one field (origin ``"text"``): everything in it is checked."""
    return redact_segments([(text, "text")], **kw)


_LABEL_GAP = re.compile(r"[ \t]*[:=][ \t]*|[ \t]+(?:is|was)[ \t]+")


def _drop_secret_labels(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A one-word "name" right before a secret labels it ("Key: sk-...", "our key is ..."):
    several words are also surnames or first names, but here they name the credential."""
    drop = set()
    for before, after in zip(chosen, chosen[1:], strict=False):
        if (after.source == "secret" and before.type == "PERSON" and " " not in text[before.start : before.end]
                and _LABEL_GAP.fullmatch(text, before.end, after.start) and not _chat_speaker(text, before, chosen)):
            drop.add(id(before))
    return [c for c in chosen if id(c) not in drop] if drop else chosen


_SPEAKER_AT = re.compile(r"(?m)^(?:\[[\d:. ]+\][ \t]*)?")


def _chat_speaker(text: str, name: Candidate, chosen: list[Candidate]) -> bool:
    """Whether the word starts its line as a chat speaker ("Íker: 2468" answering a question
    about a PIN): it also speaks on another line, or the line before is another found person's
    ("Kathi: Wie war nochmal die PIN?"). Then it is the person speaking, not the label."""
    line_start = text.rfind("\n", 0, name.start) + 1
    if _SPEAKER_AT.match(text, line_start).end() != name.start:  # type: ignore[union-attr]
        return False
    key = text[name.start : name.end] + ":"
    at = text.find(key)
    while at >= 0:  # (a plain search: a pattern built per name would be compiled and run over the whole text)
        if at != name.start and _SPEAKER_AT.match(text, text.rfind("\n", 0, at) + 1).end() == at:  # type: ignore[union-attr]
            return True
        at = text.find(key, at + 1)
    previous = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    if line_start == 0 or text[name.start : name.end].casefold() in CREDENTIAL_WORDS:
        return False
    speaker_at = _SPEAKER_AT.match(text, previous).end()  # type: ignore[union-attr]
    if any(c.type == "PERSON" and c.start == speaker_at and text.startswith(":", c.end) for c in chosen):
        return True
    return bool(_SPEAKER_LABEL.match(text, speaker_at, line_start))


# A chat line's speaker ("Sem: wat was de pincode ..."); and the words that label a credential
# instead ("Pin: 1234" under "User: admin" is a form, not a chat).
_SPEAKER_LABEL = re.compile(r"[^\W\d][\w'’.\-]{1,20}:[ \t]+\S")


# Words that label a field rather than name someone ("IBAN:", "Morada:", "Ad Soyad:").
_LABEL_WORDS = frozenset({"iban", "bic", "swift", "pan", "nif", "nie", "cpf", "ssn", "dob", "bsn", "pesel", "nip",
                          "vat", "ifsc", "tckn", "regon", "siret", "siren", "abn", "gentile", "rückruf"})


def _not_things(text: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Name finds that are a language, place or company as a whole, or a field label."""
    keys = labels.field_keys()
    out = []
    for c in found:
        value = text[c.start : c.end]
        folded = value.casefold()
        if lex.is_not_name(value) or ((folded in keys or folded.split()[0] in _LABEL_WORDS) and title_start(text, c.start) == c.start):
            continue  # (after a title a label word is a surname: "Sr. Nascimento")
        if _FIRM_AFTER.match(text, c.end) or (_amp_before(text, c.start) and _FIRM_BEFORE.search(text, max(0, c.start - 30), c.start)):
            continue  # "Marks & Spencer", "Johnson & Johnson", "Martin & Fils": a firm
        if _thing_at(text, c.start, c.end, lex):
            continue  # "Gare Saint-Lazare", "salle Victor Hugo", "Koç Holding'e", "VW Crafter"
        out.append(c)
    return out


def _placed_thing(text: str, c: Candidate, lex: Lexicon) -> bool:
    """A table or ``key: value`` find that is a firm or place, a date, or a labelled business number."""
    if c.type == "PERSON":
        return _names_a_thing(text, c, lex)
    return _not_an_address(text, c) or business_number(text, c)


def _thing_at(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """``names_a_thing``, answered once per stretch of the text: the same name is often found
    by two rules (a list and a greeting) and judged again among the mentions."""
    verdicts: dict[tuple[int, int], bool] = text_memo(text).setdefault("redact.names_a_thing", {})
    verdict = verdicts.get((start, end))
    if verdict is None:
        verdict = verdicts[(start, end)] = names_a_thing(text, start, end, lex)
    return verdict


def _not_an_address(text: str, c: Candidate) -> bool:
    """``not_an_address``, answered once per address stretch: the street and the postcode rules,
    and a table's cells, often find the same one."""
    if c.type != "ADDRESS":
        return False
    verdicts: dict[tuple[int, int], bool] = text_memo(text).setdefault("redact.not_an_address", {})
    verdict = verdicts.get((c.start, c.end))
    if verdict is None:
        verdict = verdicts[(c.start, c.end)] = not_an_address(text, c)
    return verdict


_TITLE_BEFORE = re.compile(r"([A-Za-zÀ-ÿ]+)\.?[ \t]+$")


def _names_a_thing(text: str, c: Candidate, lex: Lexicon) -> bool:
    """A find from a table or a ``key: value`` line that is a firm, brand or place as a whole
    ("ITA Airways") or by the words around it. After a title only the title and the find
    together can name a brand ("Dr. Oetker"): "Ms. Austin" is a person, though Austin is a city."""
    title = _TITLE_BEFORE.search(text, max(0, c.start - 12), c.start) if text[c.start - 1 : c.start] in (" ", "\t", "\n") else None
    if title and title.group(1).casefold() in TITLES:
        return lex.is_not_name(text[title.start() : c.end])
    value = text[c.start : c.end]
    return lex.is_not_name(value) or value.split()[0].casefold() in _LABEL_WORDS or _thing_at(text, c.start, c.end, lex)


def _dropped_words(text: str, found: list[Candidate], kept: list[Candidate]) -> set[str]:
    """The words of finds dropped as a label, place or firm ("Rückruf" of "Rückruf Weber"): they
    must not be hidden elsewhere as a known name, unless a kept find also holds them."""
    kept_ids = {id(c) for c in kept}
    words = {w.casefold() for c in found if id(c) not in kept_ids for w in text[c.start : c.end].split()}
    return words - {w.casefold() for c in kept for w in text[c.start : c.end].split()}


def _amp_before(text: str, start: int) -> bool:
    """Whether an ampersand (and spaces) stands right before ``start``: ``_FIRM_BEFORE`` can only
    match then (a set test instead of trying each of the 30 positions before most finds)."""
    before = text[max(0, start - 30) : start]
    before = before[:-1] if before.endswith("\n") else before  # ("$" also matches before a last line break)
    return before.rstrip(" \t").endswith("&")


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


_HAS_CAPS_WORD = re.compile(r"[A-Z]{3}")
# (Greek and Cyrillic too: "Αντωνίου" after "Παρόντες: Νίκος Αντωνίου" is met again in the minutes)
_NAME_WORD = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-ŽΆ-ΫА-ЯЁЄІЇҐ][a-zß-ÿā-žά-ώа-яёєіїґ'’]{2,}(?:-[A-ZÀ-ÖØ-ÞĀ-ŽΆ-ΫА-ЯЁЄІЇҐ][a-zß-ÿā-žά-ώа-яёєіїґ]{2,})?"
)


def _capitalised_words(text: str, placed: list[Candidate]) -> set[str]:
    """The capitalised words of the people a list, table or key names ("Presenti: avv.
    Marchetti, Rossi"), casefolded: their later mentions in the text are the same people."""
    words = {m.group(0) for c in placed if c.type == "PERSON" for m in _NAME_WORD.finditer(text, c.start, c.end)}
    return {w.casefold() for w in words if not _plain_name_word(w)}  # (each distinct word judged once)


def _listed_first(word: str) -> bool:
    """A listed first name that is no everyday word of the team's languages."""
    from desktop.core.privacy.name_judge import judge_for

    fact = judge_for(lexicon()).facts[word]
    return fact.first and not fact.common and not fact.plain_word


def _case_thing(word: str) -> bool:
    """An everyday word or a place, however much it looks like a declined first name."""
    from desktop.core.privacy.places import is_place_name

    return names.plain_word(word) or is_place_name(word)


def _plain_name_word(word: str) -> bool:
    return names.plain_word(word) or word.casefold() in TITLES


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
        cands = drop_placeholders(text, secrets.find_secrets(text, self.own_secrets), self.own_secrets)
        if self.extra_re:
            cands += [Candidate(m.start(), m.end(), "USER", "user") for m in self.extra_re.finditer(text)]
        if self.term_re:
            cands += [Candidate(m.start(), m.end(), "TERM", "term") for m in self.term_re.finditer(text)]
        if is_field:
            cands += self._structured(text)
            found = addresses.find_addresses(text) + address_lines.find_address_lines(text)
            cands += [c for c in found if not _not_an_address(text, c)]
        return cands

    def _structured(self, text: str) -> list[Candidate]:
        """Structured values, looked for on the normalised view (``＠``, full-width digits,
        zero-width characters inside a number) and mapped back to the original characters."""
        view = normalised_view(text)
        if view is None:
            return drop_codes(text, drop_business_numbers(text, structured.find_structured(text, self.country)), self.country)
        plain, marks = view
        found = drop_codes(plain, drop_business_numbers(plain, structured.find_structured(plain, self.country)), self.country)
        if not marks:
            return found  # every character kept its place: the spans are the original's
        return [c._replace(start=a, end=b) for c in found for a, b in (to_original(marks, c.start, c.end),)]

    def run(self, segments: Sequence[tuple[str, str | None]], untrusted: set[str]) -> Redaction:
        lex = lexicon()
        segments = [(text or "", origin) for text, origin in segments]
        per_segment: list[list[Candidate]] = []
        known_names: set[str] = set()
        speakers: set[str] = set()
        logins: set[str] = set()
        for text, origin in segments:
            cands = self._detect(text, origin is not None)
            if origin is not None:
                found, known = names.detect_names(text, lex)
                honoured = [Candidate(a, b, "PERSON") for a, b in honorific_names(text, names.plain_word)]
                found += [Candidate(a, b, "PERSON") for a, b in cjk_list_names(text)]
                found += [Candidate(a, b, "PERSON") for a, b in suffixed_names(text, _listed_first)]
                bases: set[str] = set()
                found += [Candidate(a, b, "PERSON") for a, b in declined_names(text, self.country, _listed_first, _case_thing, bases)]
                found += [Candidate(a, b, "PERSON") for a, b in baltic_names(text, self.country, _listed_first, _case_thing)]
                found += [Candidate(a, b, "PERSON") for a, b in finnish_surnames(text, self.country, _surname, _case_thing)]
                found += [Candidate(a, b, "PERSON") for a, b in opening_shaped_surnames(text, self.country, _case_thing)]
                found += [Candidate(a, b, "PERSON") for a, b in surname_initials(text)]
                known |= bases
                found += honoured
                known |= {w.casefold() for c in honoured for w in text[c.start : c.end].split()}
                # (a traveller's booked name is one whatever its words: "OKONKWO/CHIDINMA MS")
                kept = _not_things(text, found, lex) + [Candidate(a, b, "PERSON") for a, b in booked_names(text, _listed_first)]
                kept += [Candidate(a, b, "PERSON") for a, b in counted_surnames(text, self.country, _surname, lex.rank, _case_thing)]
                kept += [Candidate(a, b, "PERSON") for a, b in card_key_names(text) + caps_surname_given(text, _case_thing)]
                cands += kept
                known_names |= known - _dropped_words(text, found, kept)
                laid_out, spoken = layout.find_layout(text)
                placed = [c for c in laid_out if not _placed_thing(text, c, lex)]
                spoken -= workplace_words(text, laid_out, lex)  # a form's key ("담당:") is no speaker either
                handles = find_handles(text, lex)
                cands += placed + handles
                known_names |= _capitalised_words(text, placed)
                logins |= login_words(text, placed + handles, lex)
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
            if logins:
                per_segment[i] += login_mentions(text, logins, per_segment[i])
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
            per_segment[i] += greek_mentions(text, known_names, per_segment[i])
            per_segment[i] += [Candidate(a, b, "PERSON") for a, b in first_name_mentions(text, full_names, covered)]
            per_segment[i] += [Candidate(a, b, "PERSON") for a, b in file_name_mentions(text, known_names)]
            joined = joined_names(text, per_segment[i])
            if joined:  # (and their other mentions: "avec Guy mardi" above "Guy et Anne-Laure")
                per_segment[i] += joined + names.mentions(text, {text[c.start : c.end].casefold() for c in joined}, per_segment[i] + joined)
        surnames = {text[c.start : c.end].casefold() for (text, _), cands in zip(segments, per_segment, strict=True)
                    for c in cands if c.type == "PERSON" and " " not in text[c.start : c.end]}
        for i, (text, _) in enumerate(segments):
            per_segment[i] += _leftover_surnames(text, per_segment[i], surnames)
            if _HAS_CAPS_WORD.search(text):
                per_segment[i] += chat.capitals_mentions(text, per_segment[i])
            if "(" in text or "（" in text:
                per_segment[i] += script_twins(text, per_segment[i])
            per_segment[i] += particle_mentions(text, per_segment[i])
            per_segment[i] += roll_call_names(text)
            if "ال" in text:
                per_segment[i] += arabic_family_names(text, per_segment[i])
            if " e " in text or " i " in text or " y " in text:
                per_segment[i] += joined_surnames(text, per_segment[i])
        chosen = [take_titles(text, widen_names(text, self._filter(text, c), lex))
                  for (text, _), c in zip(segments, per_segment, strict=True)]
        chosen = drop_vetoed([text for text, _ in segments], chosen, lex)
        doubts = [self._doubts(text, c) if origin is not None else [] for (text, origin), c in zip(segments, chosen, strict=True)]
        return assemble(segments, chosen, doubts, untrusted, self._extra_type, self._term_key)

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
