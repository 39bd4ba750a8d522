"""Phone numbers: ``phonenumbers`` with the country as a hint (more countries next to a phone
word), dates, year ranges, VAT, order, product and service-line numbers left. Dispatched from
``structured``, last, so that digits already taken by a card, an IBAN, an IP or an ID are not
checked again; phones said in words are in ``spoken``.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re, lazy_skippable
from desktop.core.privacy.structured_rules import compiled_rules

_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "AT", "CH", "IE", "CA", "AU")
# Further team countries, tried only for a number next to a phone word (each region tried costs a
# parse, and most numbers without a cue are not phones).
_MORE_REGIONS = ("PT", "BR", "PL", "TR", "SE", "IN", "MX", "AR", "CO", "CN", "TW", "JP", "KR")

_PATTERNS: dict[str, str] = {
    "phone": (
        # "+44 20 ...", "(555) 555-0100", "030 1234567": each form starts with its own character
        # (the characters before and after may be Chinese, Japanese or Korean: "手机13800138000")
        r"(?:\+(?<![0-9A-Za-zÀ-ÿ_+/.\-]\+)\d{1,3}[ \t.\-]?(?:\(\d{1,5}\)[ \t.\-]?|\d)(?:[ \t.\-/]{0,3}\(?\d\)?){5,16}"
        r"|\((?<![0-9A-Za-zÀ-ÿ_+/.\-]\()\d{1,5}\)[ \t.\-]?(?:[ \t.\-/]{0,3}\(?\d\)?){5,16}"
        r"|\d(?<![0-9A-Za-zÀ-ÿ_+/.\-]\d)(?:[ \t.\-/]{0,3}\(?\d\)?){5,16})"
        r"(?:[ \t]*(?:x|ext\.?|extension|#)[ \t]*\d{1,6})?(?![0-9A-Za-zÀ-ÿ_]|-\d|\.\d)"
    ),
    "phone_context": (
        r"(?i)(?:(?:phone|tel|mobile|cell|fax|call|ring|text|whatsapp|number|reach|contact|answering|ph|mob|"
        r"telefon|handy|t[ée]l[ée]phone|portable|t[ée]l|tel[ée]fono|m[óo]vil|cellulare|telefoon|mobiel|bel|"
        r"from|rang|called|calling|callback|call back|call-back|r[üu]ckruf|dial|on|at|numarası|numarasi|n[úu]mero|nummer|tlf|gsm|cep|celular|telefone|"
        r"telem[óo]vel|komórka|tel\.|mobil|fon)\b|电话|手机|電話|携帯|전화|연락처|"
        r"(?<!\w)[tmpf]\.?:)[^\n\d]{0,25}$"
    ),
}
# (phone_context is caseless inside: searched in the form the engine skips through)
_re = compiled_rules(_PATTERNS, cue_first=frozenset({"phone_context"}))

# Numbers that name something else: a VAT or company number, an order, a meeting, a policy.
_NOT_PHONE_BEFORE = lazy_skippable(
    r"(?i)(?:vat|tva|iva|ust-?id(?:nr)?\.?|ust\.?|p\.?\s?iva|partita iva|nip|regon|abn|acn|siret|siren|kvk|btw|"
    r"org\.?\s?nr\.?|org\.?\s?no\.?|company no\.?|reg(?:istration)?\.? no\.?|policy(?: no\.?| number)?|order(?: no\.?| #)?|"
    r"invoice(?: no\.?)?|tracking(?: no\.?)?|meeting id|zoom(?: id)?|conf(?:irmation)?\.?\s?#?|isbn|sku|pn|part(?: no\.?)?|"
    r"ticket|case|ref\.?|cnpj|ein|customer(?: no\.?| number| #| id)?|klantnummer|talep no|订单号|订单编号|注文番号|주문번호|(?:ticket|talep|commande|facture|dossier|pedido|ordine)\s+(?:n[°º.o]|no\.?|nr\.?)|kundennummer|kundennr\.?|klantnr\.?|sendungsnr\.?|nif|cif|ifsc|emp id)"
    r"(?:[ \t]+(?:is|lautet|est|es|è|era|was))?(?-i:\s[A-Z]{2}\d{0,2}(?=\s))?[\s:#.\-]{0,3}$"  # (a VAT number may start with its country: "VAT GB 123 ...",
    # in capitals: "customer on 07700 ..." is a phone)
)
# Product codes (an EAN/GTIN barcode, an article or item number) and offer or quote numbers: a
# second, shorter rule, tried only on a number the first one let through.
_PRODUCT_BEFORE = lazy_skippable(
    r"(?i)(?:artikel(?:nummer|nr\.?)?|art\.?-?nr\.?|ean(?:-?13)?|gtin|upc|barcode|item(?: no\.?| #)?|article(?: no\.?)?|"
    r"codice articolo|offerte?(?:nummer|nr\.?)?|angebot(?:snummer|snr\.?)?|quote(?: no\.?| #)?|devis|presupuesto|preventivo|"
    r"steuernummer|steuer-?nr\.?|st\.-?nr\.?)"
    r"[\s:#.\-(]{0,3}$"
)
_YEAR_RANGE = lazy_re(r"(?:19|20)\d{2}[ \t]*[-–—/][ \t]*(?:19|20)\d{2}")  # "2016–2020" on a CV
_LEADING_DATE = lazy_re(r"\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}(?:[ T]|$)")
_PHONE_AFTER = re.compile(r"\s*[-–(]?\s*(?i:office|fax|mobile|cell|home|work|direct|tel|phone|landline)\b")
_EXTENSION = re.compile(r"(?i)\s*(?:x|ext\.?|extension|#)\s*(?=\d+$)")
_MAY_EXTEND = re.compile(r"[xXeE#]")  # (a character every extension mark holds: most numbers have none)
_DATE_LIKE = re.compile(r"\d{1,2} ?[./\-] ?\d{1,2} ?[./\-] ?\d{2,4}|\d{4}-\d{2}-\d{2}")
# A reference that starts with a year ("2025-0318-44", "2024/118/7"): an offer or file number
# A range of days in one month ("14–27.07.2025", "3-9/5/2025"): a stay or a course, no phone.
_DAY_RANGE = re.compile(r"(?:0?[1-9]|[12]\d|3[01]) ?[–—\-] ?(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:19|20)?\d{2}")
_YEAR_REFERENCE = re.compile(r"(?:19|20)\d{2}[\-/]\d")
_DATE_SIGN = re.compile(r"[./\-–—]")


# Countries whose national numbers are written with a leading 0 (mobiles too): a bare run of
# digits there without it is a part, order or waybill number.
_TRUNK_ZERO = frozenset({"DE", "AT", "CH", "FR", "NL", "BE", "GB", "IE", "SE", "TR", "AU", "NZ", "JP"})


def _phone_shape(raw: str) -> tuple[str, int] | None:
    """``raw`` as a phone number is parsed ("00" written as "+") and its digits before any
    extension; None with too few or too many digits for any phone number."""
    stripped = raw.strip()
    main = _EXTENSION.split(stripped)[0] if _MAY_EXTEND.search(stripped) else stripped
    digits = sum(map(str.isdigit, main))
    if digits < 7 or digits > 15:
        return None
    if main.startswith("00"):
        stripped = "+" + stripped[2:].lstrip(" -.")
    return stripped, digits


def _never_phone(raw: str) -> bool:
    """The first checks of ``_phone_ok``, which need no context: too few or too many digits,
    or a date. Done before the context look-up, which most such matches do not need."""
    shape = _phone_shape(raw)
    if shape is None:
        return True
    stripped = shape[0]
    # a date, or a date and a time ("03/04/2024 11:20" taken up to the hour); a span of years
    if not _DATE_SIGN.search(stripped):
        return False  # (each date form below holds one of these signs: most numbers have none)
    return bool(_DATE_LIKE.fullmatch(stripped) or _LEADING_DATE.match(stripped) or _YEAR_RANGE.fullmatch(stripped)
                or _YEAR_REFERENCE.match(stripped) or _DAY_RANGE.fullmatch(stripped))


@lru_cache(maxsize=4096)
def _phone_ok(raw: str, country: str, has_context: bool) -> bool:
    """Whether ``raw`` is a phone number: valid for the hinted country (or, when written with
    a country code or next to a phone word, anywhere), or possible and written like one."""
    import phonenumbers

    shape = _phone_shape(raw)
    if shape is None:
        return False
    stripped, digits = shape
    if _DATE_LIKE.fullmatch(stripped):
        return False  # a date
    formatted = bool(re.search(r"[\s().\-+/]", stripped)) or stripped.startswith("00")
    if formatted and has_context:
        return True  # what every way through the regions below ends in: no need to parse it
    if not formatted and not has_context and digits not in (10, 11):
        return False
    if not formatted and not has_context and country.upper() in _TRUNK_ZERO and stripped[0] not in "0+":
        return False  # "Profilschiene 3842993419": here a national number is written with its leading 0
    regions: tuple[str, ...] = (country.upper(),)
    if not stripped.startswith("+") and (formatted or has_context):
        regions += tuple(r for r in _REGIONS + (_MORE_REGIONS if has_context else ()) if r != country.upper())
    if digits < 9 and not has_context and not stripped.startswith("+"):
        return False  # a short local number only next to a phone word ("7873 216" is a house number)
    for i, region in enumerate(regions):
        try:
            number = phonenumbers.parse(stripped, region)
        except phonenumbers.NumberParseException:
            continue
        # Cheapest test first: a number written like a phone number (or next to a phone word)
        # that has a possible length for the hinted country is one.
        if i == 0 and (formatted or has_context) and phonenumbers.is_possible_number(number):
            return True
        valid = (
            phonenumbers.is_valid_number(number)
            if stripped.startswith("+")
            else phonenumbers.is_valid_number_for_region(number, region)
        )
        if valid:
            return formatted or has_context or i == 0
        if has_context and formatted:
            return True  # what every later region could answer, and the answer when none does
    return has_context and formatted


def _cue_before(text: str, cue_at: int, phone_context: re.Pattern[str]) -> bool:
    """Whether a phone word stands in the 40 characters before ``cue_at``. (A phone word and
    what follows it hold no digit or line break: it is looked for only after the last one.)"""
    before = text[max(0, cue_at - 40) : cue_at]
    # (after the last digit or line break, a line break that ends the stretch aside)
    last = _LAST_BREAK.match(before, 0, len(before) - 1 if before.endswith("\n") else len(before))
    return bool(phone_context.search(before, last.end() if last else 0))


def find_phones(text: str, country: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Phone numbers in ``text`` outside the ``taken`` spans (sorted)."""
    out = []
    taken_starts = [t[0] for t in taken]
    phone_context = _re("phone_context")
    for start, raw, cue_at in _phone_matches(text):
        while raw.endswith(")") and raw.count(")") > raw.count("("):
            raw = raw[:-1].rstrip(" .-/")  # "(phone +44 20 7946 0958)": the bracket closes the aside
        end = start + len(raw)
        i = bisect.bisect_left(taken_starts, end) - 1  # spans that start before this one ends
        if i >= 0 and taken[i][1] > start and any(taken[j][1] > start for j in range(max(0, i - 3), i + 1)):
            continue
        if _never_phone(raw):
            continue
        context = _cue_before(text, cue_at, phone_context) or bool(_PHONE_AFTER.match(text, end))
        if (_phone_ok(raw, country, context) and not _NOT_PHONE_BEFORE.search(text, max(0, start - 24), start)
                and not _PRODUCT_BEFORE.search(text, max(0, start - 20), start) and not _service_line_named(text, start, end, raw, country)):
            out.append(Candidate(start, end, "PHONE"))
    return out


# A toll-free, shared-cost or premium line ("0800 123 4567", "1-800-555-0199", "0333 014 2200",
# "800 123 4567" in Mexico) named as a service's: a line or a desk before it, or "free" after it
# ("our HR line on 0333 ...", "Atención a clientes: 800 ... (sin costo)"). Told by the number plan,
# only for numbers whose digits start as such lines do (most numbers are not parsed again).
_SERVICE_BEFORE = re.compile(
    r"(?i)(?:(?:hr|help|service|support|info|customer|office|main|advice|booking|sales|enquiry|enquiries|our) line|hotline|helpline|help ?desk|service ?desk|support|customer (?:service|care)|switchboard|"
    r"atenci[óo]n a (?:clientes|usuarios)|servicio al cliente|service client(?:s|èle)?|kundenservice|kundendienst|"
    r"l[íi]nea|ligne|linea|numero verde|klantenservice|infolijn|kundtjänst|asiakaspalvelu|m[üu]şteri hizmetleri)\b[^\n\d]{0,25}$"
)
_FREE_AFTER = re.compile(
    r"(?i)[ \t]*\(?(?:toll[ \-]?free|free ?phone|free of charge|sin costo|gratuit[oa]?|gratis|kostenlos|geb[üu]hrenfrei|"
    r"numero verde|n[úu]mero gratuito|appel gratuit|[üu]cretsiz|gratisnummer|maksuton)"
)


# Substrings one of which every word of _SERVICE_BEFORE or _FREE_AFTER holds (a cheap test first).
_SERVICE_KEYS = ("line", "desk", "support", "service", "care", "board", "client", "kunden", "nea", "gne", "verde",
                 "lijn", "tjänst", "palvelu", "hizmet", "free", "costo", "grat", "kostenlos", "hren", "cretsiz", "maksuton")


def _service_line_named(text: str, start: int, end: int, raw: str, country: str) -> bool:
    if not _SERVICE_START.match(raw.strip()):
        return False  # (most numbers: no context looked at)
    around = text[max(0, start - 40) : end + 30].lower()
    if not any(key in around for key in _SERVICE_KEYS):
        return False
    if not (_FREE_AFTER.match(text, end, end + 30) or _SERVICE_BEFORE.search(text, max(0, start - 40), start)):
        return False
    return _service_line(raw, country)
_SERVICE_START = re.compile(r"\+?(?:0{0,2}(?:1|44|49|33|34|39|31|61|52|55|91)?[ \-.()]*)?0?(?:8\d\d|9\d\d|3\d\d|1[38]\d\d)")


@lru_cache(maxsize=1024)
def _service_line(raw: str, country: str) -> bool:
    import phonenumbers
    from phonenumbers import PhoneNumberType as Kind

    if not _SERVICE_START.match(raw.strip()):
        return False
    try:
        number = phonenumbers.parse(raw, country.upper())
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) in (Kind.TOLL_FREE, Kind.SHARED_COST, Kind.PREMIUM_RATE, Kind.UAN)


# The stretch up to the last digit or line break: read back from the end (the first place from
# which no digit or line break follows, as "[^\n\d]*+\n?\Z" searched forward finds it, tried at
# every place of the stretch).
_LAST_BREAK = re.compile(r"(?s:.*)[\n\d]")
_NUMBER_SLASH = re.compile(r"[ \t]+/[ \t]*|[ \t]*/[ \t]+")


def _phone_matches(text: str):
    """(start, text, where its cue would end) of each phone rule match; two numbers written
    "A / B" are two matches, the second with the first one's cue ("Tel: 021-6432 8877 / 139 ...")."""
    rule = _re("phone")
    pos = 0
    follows_at, cue_at = -1, -1  # where a number after "A / " starts, and A's cue position
    while pos >= 0:
        restart, pos = pos, -1
        # (one scan from each match's end, as a search there would find; begun again only inside
        # a match, after "A / ")
        for m in rule.finditer(text, restart):
            raw = m.group(0).rstrip(" .-/")
            sep = _NUMBER_SLASH.search(raw) if "/" in raw else None
            if sep and sum(map(str.isdigit, raw[: sep.start()])) < 7:
                sep = None  # "0911 / 55 20 418": the slash after an area code
            if sep:
                raw = raw[: sep.start()]
            cue = cue_at if m.start() == follows_at else m.start()
            yield m.start(), raw, cue
            if sep:
                follows_at, cue_at = m.start() + sep.end(), cue
                pos = follows_at
                break
