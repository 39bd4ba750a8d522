"""Identity-document numbers named in the words of each language: passports, driving licences,
residence permits, identity cards and social-insurance, pension, health and tax numbers
("Reisepassnummer: ...", "n° de passeport ...", "número de pasaporte", "paspoortnummer",
"numer paszportu", "pasaport no", "passnummer", "旅券番号", "Führerschein-Nr.", "NIE", "BSN",
"personnummer", "TFN", "UAN", ...).

These numbers have no shape of their own (a passport number is nine letters and digits), so
they are taken only where the text names them:

- after the document's word, on the same line, within a few words ("Ihr Aufenthaltstitel
  (Nr. RP0418827)", "El número de pasaporte que aparece en tu contrato (PAF482117)");
- in a column of a table (CSV, TSV, markdown) or a JSON/``key: value`` key named like one;
- as the whole answer, in a chat, to a line that asked for one ("numer paszportu?" /
  "tak, EA4408123").

A value holds at least three digits and is not a date, so "passport valid until 2027-08" and
"the passport number is on file" stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import keyword_windows, lazy_re

# Words naming an identity document or a personal number, lowercased, as regular-expression
# alternatives ("[ _\-]?" lets the same entry match a column name: "passport_no", "dl-number").
_DOC_WORDS = r"""
passport(?:[ _\-]?(?:number|no\.?|nr\.?|num|#))?|driv(?:ing|er'?s?)[ _\-]?licen[cs]e(?:[ _\-]?(?:number|no\.?|#))?|
licen[cs]e[ _\-]?(?:number|no\.?|#)|dl[ _\-](?:number|no\.?|#|nr\.?)|residence[ _\-]?(?:permit|card)|work[ _\-]?permit|
biometric residence permit|visa[ _\-]?(?:number|no\.?)|national[ _\-]?insurance(?:[ _\-]?(?:number|no\.?))?|ni[ _\-]?(?:number|no\.?)|nino|
nhs[ _\-]?(?:number|no\.?)|health[ _\-]?card|medicare(?:[ _\-]?(?:card|number|no\.?))?|tax[ _\-]?file[ _\-]?number|
social[ _\-]?(?:insurance|security)(?:[ _\-]?(?:number|no\.?))?|pan[ _\-]?(?:number|no\.?|card)|aadhaa?r|
id[ _\-]?card|identity[ _\-]?(?:card|number|document)|national[ _\-]?id|
reisepass(?:nummer|[ _\-]?nr\.?)?|passnummer|pass-?nr\.?|f[üu]hrerschein(?:nummer|[ _\-]?nr\.?)?|personalausweis(?:nummer|[ _\-]?nr\.?)?|
ausweis(?:nummer|[ _\-]?nr\.?)?|aufenthalts(?:titel|erlaubnis|bewilligung|karte)|sozialversicherungs(?:nummer|[ _\-]?nr\.?)|sv-?nummer|
rentenversicherungs(?:nummer|[ _\-]?nr\.?)|krankenversicherten(?:nummer|[ _\-]?nr\.?)|versichertennummer|ahv(?:-?nr\.?|-?nummer)?|
steuer[ _\-]?id|steuer-?identifikationsnummer|
passeport|permis de conduire|carte (?:nationale )?d'identit[ée]|titre de s[ée]jour|carte de s[ée]jour|r[ée]c[ée]piss[ée]|
s[ée]curit[ée] sociale|registre national|num[ée]ro national|
pasaporte|n[úu]mero de afiliaci[óo]n|permiso de (?:conducir|residencia)|carn[ée] de conducir|
licencia de conducir|seguridad social|tarjeta sanitaria|c[ée]dula|
passaporto|carta d'identit[àa]|patente(?: di guida)?|codice fiscale|permesso di soggiorno|tessera sanitaria|
paspoort(?:nummer)?|rijbewijs(?:nummer)?|burgerservicenummer|identiteitskaart(?:nummer)?|id-kaart|rijksregisternummer|
verblijfsvergunning|
paszport(?:u)?|pesel|dow[óo]d(?:u)? osobist(?:y|ego)|nr dowodu|numer dowodu|prawo jazdy|prawa jazdy|karta pobytu|
pasaport(?:[ _\-]?(?:no|numaras[ıi]))?|t\.?c\.?[ _\-]?kimlik(?:[ _\-]?no)?|kimlik[ _\-]?(?:no|numaras[ıi])|ehliyet(?:[ _\-]?(?:no|numaras[ıi]))?|
s[üu]r[üu]c[üu] belgesi|oturma izni|
pass(?:nr\.?|nummer)|personnummer|k[öo]rkort(?:snummer)?|uppeh[åa]llstillst[åa]nd|cpr-?nummer|pasnummer|k[øo]rekort|
f[øo]dselsnummer|f[øo]rerkort|oppholdstillatelse|
passaporte|cart[ãa]o de cidad[ãa]o|seguran[çc]a social|carta de condu[çc][ãa]o|carteira de motorista|
旅券番号|パスポート番号|マイナンバー|個人番号|運転免許証番号|免許証番号|在留カード番号|保険証番号|
身份证号码|身份证号|身份證字號|身分證字號|护照号码|护照号|護照號碼|驾驶证号|社保号|여권번호|주민등록번호|운전면허번호
"""
# Short names written in capitals ("NIE", "PAN", "TFN"): matched with their case only, since
# "sin", "pan", "nie", "tie" are everyday words in Spanish, Polish and English; a table's header
# may write them in lowercase ("bsn;paspoort").
_ACRONYMS = "BRP|TFN|SIN|SSN|UAN|PAN|CNI|DNI|NIE|TIE|NIF|NSS|NUSS|CURP|BSN|PESEL|CPR|NISS|CPF|RG|CNH|PIS|NINO|DL|NI|AHV|NIR|RFC"
# Substrings one of which every entry above holds (found fast before the expression is tried).
_DOC_KEYS = (
    "passport", "licen", "dl ", "dl_", "dl-", "dl:", "dl#", "residence", "permit", "brp", "visa", "insurance", "ni ", "ni_", "ni-", "nino", "nhs", "health",
    "medicare", "tfn", "tax", "sin ", "sin:", "sin_", "sin#", "sin\t", "sin)", "sin,", "sin\n", "social", "ssn", "uan", "pan", "aadha", "id card", "id_card", "id-card", "identit", "reisepass", "pass", "hrerschein",
    "ausweis", "aufenthalt", "versicherung", "sv-", "svnummer", "versicherten", "ahv", "steuer", "permis", "carte", "cni", "titre",
    "piss", "curit", "registre", "national", "pasaport", "dni", "nie", "tie", "nif", "nss", "nuss", "afiliaci", "permiso", "carn",
    "seguridad", "tarjeta", "curp", "brp", "cni", "ahv", "nir", "rfc", "dula", "passaport", "carta", "patente", "fiscale", "soggiorno", "tessera", "paspoort",
    "rijbewijs", "bsn", "burgerservice", "kaart", "rijksregister", "verblijf", "paszport", "pesel", "dow", "prawo", "prawa",
    "karta", "kimlik", "ehliyet", "belgesi", "oturma", "personnummer", "rkort", "uppeh", "cpr", "pasnummer", "rekort",
    "dselsnummer", "rerkort", "opphold", "cart", "niss", "seguran", "cpf", "rg ", "rg:", "rg)", "rg,", "rg_", "rg\n", "cnh", "pis ", "pis:", "pis,", "pis\n", "condu", "motorista",
    "番号", "マイナンバー", "身份", "身分", "护照", "護照", "驾驶证", "社保", "번호",
)


_CJK_WORDS = r"(?:旅券|パスポート|マイナンバー|個人番号|免許証|在留カード|保険証|身份|身分|护照|護照|驾驶证|社保|여권|주민등록|운전면허)\w*"


@cache
def _doc_re(headers: bool = False) -> re.Pattern[str]:
    """The words above, then the acronyms (any case in a header, else in capitals only)."""
    words = _DOC_WORDS.replace("\n", "")
    acronyms = rf"(?i:{_ACRONYMS})" if headers else _ACRONYMS
    # Not inside a word ("spin", "opinion", "Tiefgarage"); CJK words may touch their neighbours.
    return re.compile(
        rf"(?<![\w'])(?:(?i:{words})|(?:T\.?C\.? )?{acronyms}(?:[ _\-]?(?i:no\.?|nr\.?|number|nummer|numarası|#))?)(?![^\W_])|{_CJK_WORDS}"
    )


# A candidate value: letters and digits, groups split by a space, dash, dot or slash before a digit
# ("12 150675 Y 556" is split before a letter too: a German pension number).
_VALUE = lazy_re(
    r"(?<![\w\-./])[A-Z0-9](?:[A-Z0-9]|[ \-./](?=\d)|(?<=\d) (?=[A-Z] \d)|(?<=\d)-(?=[A-Z]{2}\b)){4,24}(?![\w\-]|[./]\w)"
)
_DATE = lazy_re(r"\d{1,4}[./\-]\d{1,2}(?:[./\-]\d{1,4})?|(?:19|20)\d\d")
# The stretch between the word and its value: no digit, no end of sentence, not another field.
_GAP_STOP = re.compile(r"[!?;]|\.\s|\n")


def id_value_ok(value: str) -> bool:
    """Whether a value next to a document's word can be its number: three digits or more, six
    characters or more, not a date or a year."""
    compact = re.sub(r"[ \-./]", "", value)
    digits = sum(c.isdigit() for c in compact)
    if digits < 3 or len(compact) < 6 or len(compact) > 20:
        return False
    return not _DATE.fullmatch(value)


# The end of a key in JSON, a config or a log ("nino": "...", brp=...): there a short name may
# be in lowercase.
_KEY_END = lazy_re(r"[\"']?[ \t]*[:=]")


def _labelled(text: str, lower: str, add: Callable[[Candidate], None]) -> None:
    for a, b in keyword_windows(lower, _DOC_KEYS, 70, 30):
        for cue in _doc_re().finditer(text, a, b):
            _value_after(text, cue.end(), add)
        for cue in _doc_re(headers=True).finditer(text, a, b):
            if _KEY_END.match(text, cue.end()):
                _value_after(text, cue.end(), add)


def _value_after(text: str, at: int, add: Callable[[Candidate], None]) -> None:
    """The first value after a document's word within a short stretch of the same sentence."""
    limit = min(len(text), at + 50)
    stop = _GAP_STOP.search(text, at, limit)
    # "Nr." and "n°" end in a period without ending the sentence.
    while stop and stop.group(0).startswith(".") and re.search(r"(?i)(?:\bn|nr|no|n°|nº|núm|num|art)$", text[max(0, stop.start() - 4) : stop.start()]):
        stop = _GAP_STOP.search(text, stop.end(), limit)
    end = stop.start() if stop else limit
    for m in _VALUE.finditer(text, at, end + 25 if stop is None else end):
        value = m.group(0).rstrip(" -./")
        if id_value_ok(value):
            add(Candidate(m.start(), m.start() + len(value), "NATIONAL_ID"))
            return
        if any(c.isdigit() for c in value):
            return  # a date or a short number came first: the number is not given here


_SPLIT = re.compile(r"\t|\||;|,")


def _table_columns(text: str, add: Callable[[Candidate], None]) -> None:
    """Cells under a header that names a document ("passport_no", "BSN", "Steuer-ID")."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    doc = _doc_re(headers=True)
    i = 0
    while i < len(lines):
        line = lines[i]
        mark = next((m for m in "\t|;," if m in line), None)
        if mark is None:
            i += 1
            continue
        cells = _cells(line, mark)
        wanted = {n for n, (_, cell) in enumerate(cells) if doc.fullmatch(cell.strip().strip("\"'*"))}
        i += 1
        if not wanted:
            continue
        while i < len(lines) and lines[i].count(mark) >= 1:
            if set(lines[i].strip()) <= set("|-:+ "):
                i += 1
                continue
            row = _cells(lines[i], mark)
            if len(row) != len(cells):
                break
            for n in wanted:
                start, cell = row[n]
                value = cell.strip().strip("\"'")
                if value and id_value_ok(value) and not any(c.islower() for c in value if c.isalpha()):
                    at = offsets[i] + start + cell.index(value)
                    add(Candidate(at, at + len(value), "NATIONAL_ID"))
            i += 1


def _cells(line: str, mark: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for piece in line.split(mark):
        out.append((pos, piece))
        pos += len(piece) + 1
    if mark == "|":
        out = [c for n, c in enumerate(out) if not (n in (0, len(out) - 1) and not c[1].strip())]
    return out


# A chat line that asks for a document's number, then the next line's whole message is it.
_ANSWER = lazy_re(
    r"(?:\[[\d:. ]{3,12}\][ \t]*)?[^\n:：]{0,40}[:：][ \t]*(?:[a-zà-ÿ]{1,8},?[ \t]+)?(?P<value>[A-Z0-9][A-Z0-9 \-./]{4,24}[A-Z0-9])"
    r"[ \t]*(?:です|입니다|。|\.|!)?[ \t]*$",
    re.MULTILINE,
)


def _answered(text: str, lower: str, add: Callable[[Candidate], None]) -> None:
    ends = set()
    for a, b in keyword_windows(lower, _DOC_KEYS, 70, 30):
        ends |= {text.find("\n", cue.end()) for cue in _doc_re().finditer(text, a, b)}
    for line_end in sorted(ends - {-1}):
        m = _ANSWER.match(text, line_end + 1)
        if m and id_value_ok(m.group("value")):
            add(Candidate(m.start("value"), m.end("value"), "NATIONAL_ID"))


def find_id_documents(text: str, add: Callable[[Candidate], None], lower: str | None = None) -> None:
    """Add every identity-document number these rules find in ``text``."""
    lower = text.lower() if lower is None else lower
    if not any(key in lower for key in _DOC_KEYS):
        return
    _labelled(text, lower, add)
    if "\n" in text:
        _table_columns(text, add)
        _answered(text, lower, add)
