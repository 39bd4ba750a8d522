"""Where the layout of a text says what a value is, whatever the value looks like.

- ``key: value`` lines and JSON pairs whose key names a person, an email, a phone, an address or
  a birth date ("Kunde: ...", "Ad Soyad: ...", "氏名：...", ``"full_name": "..."``): the value is
  hidden as that kind;
- tables (CSV, TSV, markdown, psql and fixed-width): a column whose header names one of those
  kinds is hidden cell by cell;
- chat transcripts ("[18:02] mehmet: ...", "kim 11:02 AM"): every speaker label is a person,
  and so are its other mentions ("ta raj", "grazie giulia");
- thanks and sign-offs written in lowercase ("merci thomas", "-kb").

These rules look at the shape of the text, not at name lists, so they work in any language and
script; the value checks (a name has no digits, a phone has enough of them) keep labels that
name something else ("Name: 12 seats") from hiding the wrong thing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.address_fields import PART_KEYS, ROW_NUMBER_KEYS, STREET_NAME_KEYS, part_value
from desktop.core.privacy.address_owner import drop_firm_addresses
from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.chat_speakers import _lines
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.labels import CJK, _norm_key, field_keys
from desktop.core.privacy.layout_blocks import _address_block, _known_place, bare_label_blocks
from desktop.core.privacy.layout_keys import KeyKinds, _cells, cep_kind
from desktop.core.privacy.log_users import log_users
from desktop.core.privacy.names import plain_word as _plain_word

_TITLE = lazy_re(
    r"(?i)^(?:(?:mr|mrs|ms|miss|mx|dr|prof|sir|herr|herrn|frau|mme|mlle|m|sr|sra|srta|dott|dottssa|avv|ing|"
    r"dhr|mevr|pan|pani|bay|bayan|shri|smt|spett\.le|sig|sig\.ra)\.?\s+)+"
)
_CUT = lazy_re(r"\s*(?:[(<\[;|,·•（【、]|\s[-–—]\s|\t| {2,}|$)")
_HAS_DIGIT = lazy_re(r"\d")
_NAME_WORD = lazy_re(r"[^\W\d_][\w'’.\-\u0900-\u097f]*|[\"“'‘(][^\W\d_][\w'’.\-]*[\"”'’)]")  # (Devanagari vowel signs
# are no \w; a nickname in quotes: Bartholomew "Bart" Okonjo)


# The first name after a surname and its comma, up to the value's end or an aside.
_INVERTED_REST = lazy_re(r",[ \t]*([A-ZÀ-ÖØ-Þ][\w'’\-]+)(?=[ \t]*$|[ \t]{2,}|[\t;|(])")


def _listed_first(word: str) -> bool:
    from desktop.core.privacy.lexicon import lexicon

    lex = lexicon()
    # (a compound first name, "Marie-Ève", "Jean-Baptiste": each half a listed first name)
    return lex.is_first_name(word) or ("-" in word and all(lex.is_first_name(part) for part in word.split("-") if part))


def _person_value(value: str, start: int) -> tuple[int, int] | None:
    """The name in a value labelled as a person: titles dropped, cut before an aside."""
    m = _TITLE.match(value)
    lead = m.end() if m else 0
    cut = _CUT.search(value, lead)
    end = cut.start() if cut else len(value)
    inverted = _INVERTED_REST.match(value, end) if cut and value.startswith(",", end) else None
    if inverted and " " not in value[lead:end].strip() and _listed_first(inverted.group(1)):
        end = inverted.end()  # "Grant, Oliver": surname, comma, first name
    body = value[lead:end].rstrip(" .:")
    if not body or _HAS_DIGIT.search(body) or "@" in body:
        return None
    from desktop.core.privacy.header_people import CJK_UNITS, unit_compound

    if body.endswith(CJK_UNITS) or unit_compound(body):
        return None  # "法務部" under "担当者", "Personalrat" under "Kontakt": a department holds the task
    words = body.replace(",", " ").split()
    if len(words) > 5 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    if all(w.islower() for w in words):
        return None  # "name: tone", "customer: retail": forms and records capitalise names
    from desktop.core.privacy.name_words import PRODUCT_WORDS as _PRODUCT_WORDS
    from desktop.core.privacy.names import is_company

    latin = [w for w in words if not CJK.search(w)]
    if len(words) > 1 and words[-1].casefold() in _PRODUCT_WORDS:
        return None  # "name": "Hudson Street Throw Pillow": an item's name
    if is_company(words) or (latin and all(_plain_word(w) for w in latin)):
        return None  # "Name: Widget", "name: tone": an everyday word names a thing
    return start + lead, start + lead + len(body)


def _listed_name_cell(value: str, start: int) -> tuple[int, int] | None:
    """A cell of a name column whose words are everyday words but listed names too ("Van Long",
    "Rose", "Paz" under "Vorname"): the column, not the words, says what the cell holds."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.name_words import PRODUCT_WORDS as _PRODUCT_WORDS
    from desktop.core.privacy.names import is_company

    words = value.split()
    if not 0 < len(words) <= 2 or not all(_NAME_WORD.fullmatch(w) and w[0].isupper() for w in words):
        return None
    if words[-1].casefold() in _PRODUCT_WORDS or is_company(words):
        return None  # "Log Set", "Acme Ltd": an item or a firm in a "name" column
    lex = lexicon()
    if any(lex.is_first_name(w) or lex.is_surname(w) for w in words) and not _HAS_DIGIT.search(value):
        return start, start + len(value)
    return None


def _listed_name_field(value: str, start: int) -> tuple[int, int] | None:
    """A form field's value, up to its aside or the next field, judged as a name column's cell:
    "Cognome: Russo" is a surname although "russo" is an everyday word too."""
    cut = _CUT.search(value)
    return _listed_name_cell(value[: cut.start() if cut else len(value)], start)


_PHONE_SPAN = lazy_re(r"[+(]?\d[\d \t().\-/‑]*\d")


def _phone_value(value: str, start: int) -> tuple[int, int] | None:
    m = _PHONE_SPAN.search(value)
    if not m or not 6 <= sum(map(str.isdigit, m.group(0))) <= 15:
        return None
    return start + m.start(), start + m.end()


# (and a date of a Japanese or Taiwanese era, a Korean date: "平成2年11月3日", "民國79年3月8日", "1988년 3월 15일")
_DATE_VALUE = lazy_re(
    r"\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}|\d{1,2}\.?\s+\w+\.?\s+\d{4}|\w+\s+\d{1,2},?\s+\d{4}|\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"
    r"|(?:平成|昭和|令和|大正|民國|民国)\s*(?:\d{1,3}|元)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
)


def _dob_value(value: str, start: int) -> tuple[int, int] | None:
    m = _DATE_VALUE.search(value)
    return (start + m.start(), start + m.end()) if m else None


_HOUSE_OR_UNIT = lazy_re(r"#?\d{1,4}[A-Za-z]?")


def _street_alone(value: str) -> bool:
    from desktop.core.privacy.address_lines import street_word

    return len(value) <= 40 and (value[:1].isupper() or value.isalpha()) and street_word(value)  # ("straat: biltstraat")


def _named_parts(value: str) -> bool:
    """A house, a place and a town or county with no number: "Rose Cottage, Ashwell, Herts"."""
    parts = [part.strip() for part in value.split(",")]
    return (2 <= len(parts) <= 5 and all(p[:1].isupper() and len(p) <= 40 for p in parts) and _known_place(parts[-1])
            and not parts[0].isupper() and not _known_place(parts[0]))  # (not "TBC, London" nor a list of cities)


def _address_value(value: str, start: int) -> tuple[int, int] | None:
    body = value.rstrip(" .,;")
    # An address has a number (house, postcode) or, in East Asian scripts, its own characters,
    # or it is a street alone, its number in the next column ("Straße: Lessingstraße").
    if (len(body) < 4 and not _HOUSE_OR_UNIT.fullmatch(body)) or not (
            _HAS_DIGIT.search(body) or CJK.search(body) or _street_alone(body) or _named_parts(body)):
        return None  # (a house or flat number in its own column is short: "Hausnummer: 27", "Unit: #4B")
    return start, start + len(body)


# Groups split by spaces, dashes or dots ("55.42.18.909"); a French RIB account may hold one
# capital letter between its digits ("0500013M026").
_ACCOUNT_DIGITS = lazy_re(r"\d(?:[\d \-]|\.(?=\d)|(?<=\d)[A-Z](?=\d)){4,30}\d")
_ACCOUNT_PREFIX = lazy_re(r"(?<![\w])[A-Z]{1,4}[\-/]\Z")


def _account_value(value: str, start: int) -> tuple[int, int] | None:
    """The digits of an account number under its label, with the scheme's letters before them
    ("NST-4418-2093", "KS-7740-2918": a pension member number)."""
    m = _ACCOUNT_DIGITS.search(value)
    if not m or not 6 <= sum(map(str.isdigit, m.group(0))) <= 30:
        return None
    prefix = _ACCOUNT_PREFIX.search(value, 0, m.start())
    return start + (prefix.start() if prefix else m.start()), start + m.end()


_PLACE_VALUE = lazy_re(r"[^\W\d_][\w'’.\- ]{0,39}")


def _place_value(value: str, start: int) -> tuple[int, int] | None:
    body = value.strip().rstrip(" .,;")
    if not _PLACE_VALUE.fullmatch(body) or (body[:1].islower() and " " in body):
        return None  # ("Estado: pendiente de documentos": a status, not a state)
    at = value.index(body)
    return start + at, start + at + len(body)


_EMAIL_VALUE = lazy_re(r"\S.*\S")


def _email_value(value: str, start: int) -> tuple[int, int] | None:
    m = _EMAIL_VALUE.search(value)
    if not m or not re.search(r"@|＠|%40|\s(?:at|@)\s|\[at\]|\(at\)", m.group(0)):
        return None
    return start + m.start(), start + m.end()


_USERNAME = lazy_re(r"[A-Za-z][\w.\-]{2,30}")


def _username_value(value: str, start: int) -> tuple[int, int] | None:
    """A user name in a user name field: one token, no everyday word ("admin", "guest")."""
    token = value.strip().strip("\"'<>")  # (a mail server's log writes "user=<koyelaran>")
    if not _USERNAME.fullmatch(token) or _plain_word(token) or token.lower() in {"admin", "root", "guest", "user", "test"}:
        return None
    if "_" in token and token.upper() == token:
        return None  # "user=EXPORT_USER": a constant in code
    from desktop.core.privacy.lexicon import lexicon

    lex = lexicon()
    parts = [p for p in re.split(r"[._\-]+", token) if len(p) > 2]
    if len(parts) > 1 and all(lex.rank(p) < 50_000 and not lex.is_first_name(p) for p in parts):
        return None  # "compras.levante", "upload_lager": a shared account named by its use
    if _SERVICE_ACCOUNT.search(token):
        return None  # "svc-backup", "etl_loader", "deployer", "acmebuild": a machine's account
    word = token.rstrip("0123456789")
    if word.isalpha() and lex.rank(word) < 50_000 and not lex.is_first_name(word) and not lex.is_surname(word):
        return None  # "reporting", "magazzino2": an everyday word, an account named by its use
    at = value.index(token)
    return start + at, start + at + len(token)


# What a machine's account is named after: a short tag with a separator ("svc-", "_bot"), or a
# task's word anywhere in it ("deployer", "acmebuild", "nightly_backup").
_SERVICE_ACCOUNT = lazy_re(
    r"(?i)(?:^(?:svc|srv|sa|sys|bot|etl|app|api|ci|cd|ro|rw|db)[._\-]|[._\-](?:svc|srv|bot|etl|api|ci|ro|rw|db)$|"
    r"deploy|backup|build|report|monitor|service|daemon|robot|noreply|no-reply|scanner|sync|jenkins|runner|cron|batch)"
)
_ID_VALUE = lazy_re(r"[A-Z0-9](?:[A-Z0-9]|[ .\-/](?=[A-Z0-9])){4,24}")


def _id_value(value: str, start: int) -> tuple[int, int] | None:
    """An ID number under its label: letters and digits, at least five digits."""
    m = _ID_VALUE.search(value)
    if not m or sum(map(str.isdigit, m.group(0))) < 5:
        return None
    return start + m.start(), start + m.end()


_VALUE_CHECK: dict[str, Callable[[str, int], tuple[int, int] | None]] = {
    "USERNAME": _username_value, "PERSON": _person_value, "PHONE": _phone_value, "DOB": _dob_value, "ADDRESS": _address_value, "EMAIL": _email_value,
    "PLACE": _place_value, "FIELD": lambda value, start: None, "ACCOUNT": _account_value, "NATIONAL_ID": _id_value,
}

# (possessive: a line without a colon in its first 31 characters fails at once instead of 31 times)
_KV_LINE = lazy_re(r"^[ \t>*\-•]*+([^\W\d][^\n:：=]{0,30}+)(?:[:：]|=(?!=))[ \t]*([^\n]*)$", re.MULTILINE)
_JSON_PAIR = lazy_re(r"[\"']([A-Za-z_][\w \-]{0,30})[\"']\s*:\s*[\"']([^\"'\n]{1,200})[\"']")
# An XML element holding one value: <cp>1060</cp>, <localite>Saint-Gilles</localite>.
_XML_PAIR = lazy_re(r"<([A-Za-z_][\w\-]{0,30})(?:[ \t][^<>\n]{0,80})?>([^<>\n]{1,200})</\1>")
_THEN_VALUE = lazy_re(r"\s*,\s*[\"']value[\"']\s*:")
# A log's "key=value" pairs in the middle of a line ("zip=33130", name="Ann Lee").
_LOG_PAIR = lazy_re(r"(?<![\w.\-/?&])([A-Za-z_][\w\-]{1,30})=(?:\"([^\"\n]{1,200})\"|([^\s\"&,;]{1,200}))")
# How far (characters) a town or state value may be from the street or postcode of the same record.
_PLACE_REACH = 160


def _same_record(text: str, place: Candidate, address: Candidate, logged: bool) -> bool:
    """Whether a town or state field and a street or postcode field describe one record: close,
    in one JSON object (no brace between), one log line, one block of ``key: value`` lines."""
    a, b = min(place.end, address.end), max(place.start, address.start)
    if b - a > _PLACE_REACH:
        return False
    between = text[a:b]
    return "{" not in between and "}" not in between and "\n\n" not in between and not (logged and "\n" in between)


# A further field on the same form line, after a gap: "Last name: Okafor      First: Chidi",
# "Cognome: Russo  Nome: Davide".
_NEXT_PAIR = lazy_re(r"(?:[ \t]{2,}|\t)([^\W\d][^\n:：=\t]{0,24}?)[ \t]?[:：][ \t]*([^\n]*)")


def _inline_pairs(line: re.Match[str], keys: dict[str, str], add: Callable[[Candidate], None]) -> None:
    for m in _NEXT_PAIR.finditer(line.string, line.start(2), line.end(2)):
        kind = keys.get(_norm_key(m.group(1)))
        if kind in ("PERSON", "USERNAME", "PHONE", "EMAIL", "DOB"):
            span = _VALUE_CHECK[kind](m.group(2), m.start(2))
            if span is None and kind == "PERSON":
                span = _listed_name_field(m.group(2), m.start(2))
            if span:
                add(Candidate(span[0], span[1], "PERSON" if kind == "USERNAME" else kind))


def _key_values(text: str, add: Callable[[Candidate], None]) -> list[re.Match[str]]:
    """Hide the values of keys that name a kind; return the ``key: value`` lines whose key names
    none (they may be a chat's speaker labels)."""
    keys = field_keys()
    kinds = KeyKinds()
    others: list[re.Match[str]] = []
    places: list[tuple[Candidate, bool]] = []  # (find, from a log line)
    addresses: list[Candidate] = []
    from desktop.core.privacy.text_cache import keyword_windows

    log_windows = keyword_windows(text, ("=",), 202, 32) if "=" in text else []
    for pattern in (_KV_LINE, _JSON_PAIR, _LOG_PAIR, _XML_PAIR):
        if pattern is _XML_PAIR and "</" not in text:
            continue
        found = (m for a, b in log_windows for m in _LOG_PAIR.finditer(text, a, b)) if pattern is _LOG_PAIR else pattern.finditer(text)
        for m in found:
            if pattern is _KV_LINE and (":" in m.group(2) or "：" in m.group(2)):
                _inline_pairs(m, keys, add)
            kind, part_key = kinds.of(m.group(1))
            kind = cep_kind(m.group(1), kind, m.group(2) or "")
            if part_key:  # ("numero": "410" beside its street)
                group = 3 if pattern is _LOG_PAIR and m.group(2) is None else 2
                part = part_value(m.group(group), m.start(group))
                if part:
                    places.append((Candidate(part[0], part[1], "ADDRESS"), pattern is _LOG_PAIR))
            if kind is None or (pattern is _XML_PAIR and kind not in ("ADDRESS", "PLACE", "PERSON")):
                if pattern is _KV_LINE:  # (an XML element is read for a person and an address only)
                    others.append(m)
                continue
            if kind == "PERSON" and pattern is _JSON_PAIR and _THEN_VALUE.match(text, m.end()):
                continue  # {"name": "Cookie", "value": ...}: a header's or a field's name, as HAR files and forms write them
            group = 3 if pattern is _LOG_PAIR and m.group(2) is None else 2
            span = _VALUE_CHECK[kind](m.group(group), m.start(group))
            if span is None and kind == "PERSON" and pattern is _KV_LINE:
                span = _listed_name_field(m.group(2), m.start(2))
            if kind == "ADDRESS" and pattern is _KV_LINE:
                span = _address_block(text, m.start(2), m.end(2)) or span
            if span is None and kind == "ADDRESS" and (pattern is not _KV_LINE or _norm_key(m.group(1)) in STREET_NAME_KEYS):
                # a street's field with its number in the next ("Ulica: Słowackiego" over "Nr domu: 12")
                kind, span = "PLACE", _place_value(m.group(2), m.start(2))  # (<rue>Chaussée de Waterloo</rue><numero>)
            if not span:
                continue
            cand = Candidate(span[0], span[1], "ADDRESS" if kind == "PLACE" else "PERSON" if kind == "USERNAME" else kind)
            if kind == "PLACE":
                places.append((cand, pattern is _LOG_PAIR))
                continue
            if kind == "ADDRESS":
                if not drop_firm_addresses(text, [cand]):
                    continue  # a firm's own site under its key ("lager": {... "adresse": "..."}, "gudang: ...")
                addresses.append(cand)
            add(cand)
    for place, logged in places:
        if any(_same_record(text, place, a, logged) for a in addresses):
            add(place)
    return others


# (a comma inside double quotes is part of its cell: "Grant, Oliver","5/4/1962")
_SPLITTERS = (("\t", re.compile(r"\t")), ("|", re.compile(r"\|")), (";", re.compile(r";")),
              (",", re.compile(r',(?=(?:[^"\n]*"[^"\n]*")*[^"\n]*$)')),
              ("  ", re.compile(r" {2,}")))
_RULE_ROW = lazy_re(r"^[\s|:+\-=]+$")


# Column headers that name a part of an address only beside the other parts ("Unit" alone is a
# product table's unit of measure).
_UNIT_KEYS = frozenset({"unit", "flat", "apt", "suite", "door", "tür", "etage", "piso", "lgh"})


def header_kinds(header: list[str], keys: dict[str, str]) -> list[str | None]:
    """The kind of value under each of a table's column names (SQL's too)."""
    kinds = [keys.get(_norm_key(cell)) for cell in header]
    if "ADDRESS" in kinds or "PLACE" in kinds:  # (a CEP column beside a town's is the postcode)
        kinds = ["ADDRESS" if cep_kind(cell, kind, "00000-000") == "ADDRESS" else kind
                 for cell, kind in zip(header, kinds, strict=True)]
    if "ADDRESS" in kinds:  # a unit or flat column beside a street's is part of the address
        kinds = ["ADDRESS" if _norm_key(cell) in _UNIT_KEYS else "PART" if kind is None and _norm_key(cell) in PART_KEYS
                 and not (i == 0 and _norm_key(cell) in ROW_NUMBER_KEYS) else kind
                 for i, (cell, kind) in enumerate(zip(header, kinds, strict=True))]
    return kinds


def _tables(text: str, add: Callable[[Candidate], None], lines: list[tuple[int, str]]) -> None:
    """``lines``: (start, line) for each line of ``text``, as ``chat_speakers._lines`` cuts them."""
    keys = field_keys()
    i = 0
    while i < len(lines):
        offset, line = lines[i]
        i += 1
        if len(line) > 400:
            continue
        if "," not in line and "\t" not in line and "|" not in line and ";" not in line and "  " not in line:
            continue  # (no splitter's mark: most lines of prose, each passed over in one test)
        following = lines[i][1] if i < len(lines) else ""
        for mark, splitter in _SPLITTERS:
            if mark not in line:
                continue
            if (mark != "  " and following.count(mark) != line.count(mark) and not _RULE_ROW.match(following)
                    and not ('"' in following and len(splitter.findall(following)) == len(splitter.findall(line)))):
                continue  # a header row has a row under it cut the same way (prose with commas has not)
            header = _cells(line.strip(" "), splitter, 0)
            if len(header) < 2 or not all(len(c.strip()) <= 30 for _, c in header):
                continue  # (asked before the cells' kinds: a line of prose has long cells)
            kinds = header_kinds([cell for _, cell in header], keys)
            if not any(kinds):
                continue
            i = _table_rows(lines, i, splitter, kinds, add)
            break


def _table_rows(lines: list[tuple[int, str]], i: int, splitter: re.Pattern[str], kinds: list[str | None],
                add: Callable[[Candidate], None]) -> int:
    while i < len(lines):
        offset, line = lines[i]
        if _RULE_ROW.match(line) and line.strip():
            i += 1
            continue
        lead = len(line) - len(line.lstrip(" "))
        cells = _cells(line.strip(" "), splitter, offset + lead)
        if len(cells) != len(kinds) or not line.strip():
            return i
        table_row(cells, kinds, add)
        i += 1
    return i


def table_row(cells: list[tuple[int, str]], kinds: list[str | None], add: Callable[[Candidate], None]) -> None:
    """Hide the cells (start, text) of one row under their columns' ``kinds``."""
    places: list[Candidate] = []
    has_address = False
    for (start, cell), kind in zip(cells, kinds, strict=True):
        if kind is None or not cell.strip():
            continue
        inner = len(cell) - len(cell.lstrip())
        value = cell.strip()
        if len(value) > 2 and value[0] == value[-1] == '"':
            value, inner = value[1:-1], inner + 1  # a quoted CSV cell: "Grant, Oliver"
        if kind == "PART":  # a house number, suffix, state code or area: someone's beside their street
            kind, span = "PLACE", part_value(value, start + inner)
        else:
            span = _VALUE_CHECK[kind](value, start + inner)
        if span is None and kind == "PERSON":
            span = _listed_name_cell(value, start + inner)
        if span is None and kind == "ADDRESS":  # a street column's "Am Mühlbach", "Railway Parade":
            kind, span = "PLACE", _place_value(value, start + inner)  # someone's beside their number
            if span and value.endswith(".") and span[1] == start + inner + len(value) - 1:
                span = span[0], span[1] + 1  # (an abbreviation keeps its dot: "Weserstr.")
        if span and kind == "PLACE":
            places.append(Candidate(span[0], span[1], "ADDRESS"))
        elif span:
            has_address = has_address or kind == "ADDRESS"
            add(Candidate(span[0], span[1], "PERSON" if kind == "USERNAME" else kind))
    for place in places if has_address else ():  # a town is someone's beside their street or postcode
        add(place)


def find_layout(text: str) -> tuple[list[Candidate], set[str]]:
    """Values the layout of ``text`` labels, and the speaker and sign-off names found (casefolded)
    so that their other mentions can be hidden too."""
    from desktop.core.privacy import chat

    out: list[Candidate] = []
    kv_lines: list[re.Match[str]] = []
    if ":" in text or "：" in text or "=" in text or "</" in text:
        kv_lines = _key_values(text, out.append)
    lines = _lines(text)  # (cut once, for the tables and the chat rules)
    if "\n" in text and any(mark in text for mark in ("\t", "|", ";", ",", "  ")):
        _tables(text, out.append, lines)
    if "\n" in text:
        out += [Candidate(a, b, "ADDRESS") for a, b in bare_label_blocks(text, field_keys())]
    known = chat.find_people(text, kv_lines, out.append, lines)
    if "/" in text or " [" in text or "\\" in text or "@" in text or "rw" in text or "sshd" in text:
        known |= log_users(text, out.append)
    keys = field_keys()
    # A "name" that is a field label ("Adı Soyadı", "客户姓名") labels the name after it.
    # (a lowercase chat's speaker is kept: "fra:" speaks in an Italian chat, however Danish mail
    # headers write "Fra:")
    kept: list[Candidate] = []
    speaking_keys: set[str] = set()
    for c in out:
        if c.type != "PERSON" or _norm_key(text[c.start : c.end]) not in keys:
            kept.append(c)
        elif _lower_speaker(text, c, known):
            kept.append(c)
            speaking_keys.add(text[c.start : c.end])
    return kept, {k for k in known if k not in keys or k in speaking_keys}


def _lower_speaker(text: str, c: Candidate, known: set[str]) -> bool:
    """A lowercase word the chat rules took as a speaker, standing as a speaker's label."""
    word = text[c.start : c.end]
    return word.islower() and word in known and text[c.end : c.end + 1] == ":"
