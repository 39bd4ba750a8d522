"""National IDs with a shape and a checksum (US SSN, UK National Insurance number, Spanish DNI
and NIE, Italian codice fiscale, French NIR) and any ID after an ID word ("passport no.",
"DNI", "TCKN"). Dispatched from ``structured``; more national forms are in ``regional``,
``id_documents`` and ``unlabelled``.
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.structured_rules import compiled_rules
from desktop.core.privacy.text_cache import keyword_windows
from desktop.core.privacy.token_scan import long_numbers
from desktop.core.privacy.unlabelled import answered_ids, checksum_ids

_PATTERNS: dict[str, str] = {
    "ssn": r"\d(?<![\d\-]\d)\d{2}([- ])\d{2}\1\d{4}(?![\d\-])",
    # (ZZ, written where the number is missing, fits these letter classes too)
    "nino": r"[A-Z](?<!\w[A-Z])(?<=[A-CEGHJ-PR-TW-Z])[A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-Z]\b",
    # (a DNI's, a NIE's and a codice fiscale's letters in lowercase too, as typed in a chat or a
    # form: "75217489z", "rssgpp79a12h501l"; the check letter still has to hold)
    "es_id": r"[XYZxyz\d](?<!\w[XYZxyz\d])(?:(?<=[XYZxyz])-?\d{7}|(?<=\d)\d{7})[- ]?[A-Za-z]\b",
    # (found from its first digit, the seventh character: digits are far rarer than letters; the
    # match starts six characters before it)
    "it_cf": (
        r"\d(?<=[A-Za-z]{6}\d)(?:(?<=(?<!\w)[A-Z]{6}\d)\d[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]\b"
        r"|(?<=(?<!\w)[a-z]{6}\d)\d[a-ehlmprst]\d{2}[a-z]\d{3}[a-z]\b)"
    ),
    # An Indian PAN, a Mexican CURP and a UK NI number typed in lowercase ("bxkpk4821m",
    # "gahm880412mdfrrr09", "jt 48 27 19 c"): the capitals' rules in ``unlabelled`` and above read
    # capitals only; these shapes are checked by PAN's holder letter, CURP's check digit and the
    # NI number's letter classes.
    # Each shape is found from its first digit (digits are far rarer than lowercase letters), the
    # letters before it checked behind it; the group names the shape, which says where it starts.
    "lower_ids": (
        r"\d(?:(?<=[a-z]\d)|(?<=[a-z] \d))(?:(?<=(?<![\w])[a-z]{3}[pchfatbljg][a-z]\d)(?P<pan>\d{3}[a-z])"
        r"|(?<=(?<![\w])[a-z]{4}\d)(?P<curp>\d{5}[hm][a-z]{5}[a-z\d]\d)"
        r"|(?<=(?<![\w])[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]\d)(?P<ni>\d ?\d{2} ?\d{2} ?[a-d])"
        r"|(?<=(?<![\w])[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z] \d)(?P<ni_spaced>\d ?\d{2} ?\d{2} ?[a-d]))(?![\w])"
    ),
    "fr_nir": r"[12](?<!\d[12]) ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?!\d)",
    "id_context": (
        r"\b(?:(?i:social security(?: number| no\.?)?|ssn|tax (?:id|identification number)|tin|steuer-?id|"
        r"steueridentifikationsnummer|ppsn?|pps number|personalausweis(?:nummer)?|passport(?: number| no\.?| #)?|reisepass(?:nummer)?|"
        r"passeport|pasaporte|passaporto|paspoort|bsn|burgerservicenummer|dni|nie|nif|codice fiscale|"
        r"national insurance(?: number| no\.?)?|ni number|nino|driver'?s? licen[cs]e(?: number| no\.?| #)?|"
        r"licen[cs]e (?:number|no\.?|#)|dl(?: number| no\.?| #)|f[üu]hrerschein(?:nummer)?|permis de conduire|"
        r"id (?:number|no\.?|#)|identity (?:card|number)|tax file number|social insurance number|nhs (?:number|no\.?)|"
        r"c[ée]dula(?: de ciudadan[íi]a| de identidad)?|my number|マイナンバー|dow[óo]d(?: osobisty)?|identiteitskaart|"
        r"carte d['’]identit[ée]|carta d['’]identit[àa]|documento de identidad|bilhete de identidade)"
        # short ones only in capitals ("sin" is Spanish for "without")
        # (an RFC is read by id_documents, which tells a person's from a firm's)
        r"|(?-i:SIN|TFN|NHS|NRIC|FIN|CURP|CUIL|CUIT|RG|NSS|TCKN|AHV|AVS|C\.C\.))"
        r"\s*(?i:is|:|#|=|-)?\s*(?P<value>[A-Z0-9](?:[A-Z0-9]|[ \-.](?=\d)){4,19})(?![\w\-]|\.\d)"
    ),
}
_re = compiled_rules(_PATTERNS)

# Substrings at least one of which every id_context keyword holds; short ones with the
# character around them, so "did" or "meeting" do not open a window.
_ID_KEYS = (
    "social security", "ssn", "pps", "tax id", "tax identification", " tin", "steuer", "personalausweis", "passport",
    "reisepass", "passeport", "pasaporte", "passaporto", "paspoort", "bsn", "burgerservice", "dni", " nie",
    "nif", "codice fiscale", "national insurance", "ni number", "nino", "licen", "dl ", "dl:", "dl#",
    "führerschein", "fuhrerschein", "permis de conduire", "id ", "id:", "id#", "id.", "identit",
    # (single words: a key of several common words costs a search of the whole text; the short
    # capital cues with the colon after them: "sin", "rg", "fin" are inside common words)
    "sin:", "tfn", "nhs", "nric", "fin:", "curp", "cuil", "cuit", "dula", "rg:", "nss:", "tckn", "ahv", "avs",
    "マイナンバー", "dowód", "dowod", "c.c.",
)


def find_national_ids(text: str, add, lower: str | None = None) -> None:
    """Add every national ID of a checksummed national form, and every ID after an ID word."""
    from stdnum.es import dni, nie
    from stdnum.fr import nir
    from stdnum.it import codicefiscale
    from stdnum.us import ssn

    numbers = long_numbers(text)  # (SSNs, NIRs, DNIs and NIEs hold seven digits or more)
    for m in numbers.finditer(_re("ssn")):
        if ssn.is_valid(m.group(0).replace(" ", "-")) or ssn.is_valid(m.group(0)):
            add(Candidate(m.start(), m.end(), "NATIONAL_ID"))
    for m in _re("nino").finditer(text):
        prefix = m.group(0)[:2]
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT"}:  # ZZ stands in for a missing number: still hide
            add(Candidate(m.start(), m.end(), "NATIONAL_ID"))
    for m in numbers.finditer(_re("es_id")):
        value = m.group(0)
        if dni.is_valid(value) or nie.is_valid(value):
            add(Candidate(m.start(), m.end(), "NATIONAL_ID"))
    for m in _re("it_cf").finditer(text):
        start = m.start() - 6
        if codicefiscale.is_valid(text[start : m.end()]):
            add(Candidate(start, m.end(), "NATIONAL_ID"))
    for m in numbers.finditer(_re("fr_nir")):
        if nir.is_valid(m.group(0)):
            add(Candidate(m.start(), m.end(), "NATIONAL_ID"))
    _lowercase_ids(text, add)
    checksum_ids(text, add)
    lower = text.lower() if lower is None else lower
    windows = keyword_windows(lower, _ID_KEYS, 70, 2)
    found = (m for a, b in windows for m in _re("id_context").finditer(text, a, b))
    for m in found:
        value = m.group("value")
        if any(ch.isdigit() for ch in value):
            add(Candidate(m.start("value"), m.end("value"), "NATIONAL_ID"))
    answered_ids(text, lower, windows, add)


# (how many characters each lowercase shape holds before its first digit)
_LOWER_ID_LEAD = {"pan": 5, "curp": 4, "ni": 2, "ni_spaced": 3}


def _lowercase_ids(text: str, add) -> None:
    from stdnum.in_ import pan
    from stdnum.mx import curp

    for m in _re("lower_ids").finditer(text):
        start = m.start() - _LOWER_ID_LEAD[m.lastgroup or ""]
        value = text[start : m.end()].upper()
        compact = value.replace(" ", "")
        if len(compact) == 18:
            ok = curp.is_valid(compact)
        elif len(compact) == 10 and compact[5].isdigit():
            ok = pan.is_valid(compact)
        else:  # a NI number: not a prefix the scheme never issues
            ok = compact[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
        if ok:
            add(Candidate(start, m.end(), "NATIONAL_ID"))
