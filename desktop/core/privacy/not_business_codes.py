"""Structured finds that a firm's name, a clock time or a journey says are no one's: a firm's
registry or tax number after its name and legal form, a timestamp taken for a birth date, a
flight number taken for a house number.

Registers, invoices and notices write a firm with its numbers: "Kulcsár Kft. (Cg. 13-09-187654)",
"PT Sinar Logistik, NPWP 01.234.567.8-431.000", "Alpina S.A. BIC, NIT 860025900-2". The
abbreviated labels are many and change by country, but the legal form right before them says
whose number it is. A ticket's "2024/10/21 09:12" is when something happened, and "SK 656 via
Köpenhamn" on a trip's return line is a flight. Hidden, the answer talks about "[PHONE_1]" where
the text gave the firm's registration, and a person can no longer check it.
"""

from __future__ import annotations

import re

from desktop.core.privacy.candidates import Candidate

# Legal forms of firms in the team's countries, as written before their numbers.
_LEGAL_FORM = re.compile(  # (after the firm's capitalised name: "SA ID number" is South Africa's)
    r"(?<=[\w.)&][ \t])(?:GmbH|AG|KG|SE|S\.A\.?(?:[ \t]+(?:BIC|de C\.V\.))?|SA|S\.L\.?|SL|B\.V\.?|BV|N\.V\.?|Inc\.?|LLC|LLP|PLC|plc|"
    r"Ltd\.?|Limited|S\.p\.A\.?|SpA|S\.r\.l\.?|Srl|SRL|S\.R\.L\.|SAS|SARL|A\.Ş\.?|AB|ApS|A/S|Oy|Oyj|Lda|Ltda|LTDA|"
    r"s\.r\.o\.|a\.s\.|[Ss]p\. z o\.o\.|S\.A\.S\.?|Pvt\.?|Kft\.?|Zrt\.?|Nyrt\.?|Bt\.?|TNHH|JSC|Tbk\.?|"
    r"ООО|АО|ПАО|ЗАО|ТОВ|ПрАТ|Sdn\.? Bhd\.?|Bhd\.?|Pte\.? Ltd\.?|Α\.Ε\.|Ε\.Π\.Ε\.|Ο\.Ε\.|Ι\.Κ\.Ε\.|ΙΚΕ)(?![\w])"
)
# "PT" and "CV" before an Indonesian firm's capitalised name ("PT Sinar Logistik Nusantara").
_FIRM_FIRST = re.compile(r"(?<![\w.])(?:PT|CV|Công ty)[ \t]+[A-ZÀ-Þ]")
_NAME_BEFORE = re.compile(r"[A-ZÀ-ÞΑ-ΩΆ-Ώ][\w&.'’\-]*[ \t]+$")
_GAP = re.compile(r"[^\d\n@]{0,70}$")  # from the firm to its number: words, no digit, no address
_CALLING = re.compile(r"(?i)\b(?:tel|tél|phone|call|mobile|mobil|handy|cell|whatsapp|fax|telefon|telefone|teléfono|"
                      r"telefono|gsm|điện thoại|đt|telp|hp|wa|telefonszám|телефон|тел|contact|kontakt)\b")
_REACH = 110


def a_firms_number(text: str, c: Candidate) -> bool:
    """A phone- or ID-shaped number (a firm's bank account is still hidden) after a firm's legal form on the same line, with only words
    between them and none of calling ("Kft. (Cg. 13-09-187654)", "PT Sinar, NPWP ...")."""
    if c.type not in ("PHONE", "NATIONAL_ID") or text[c.start : c.start + 1] == "+":
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    low = max(line_start, c.start - _REACH)
    before = text[low : c.start]
    gap = _GAP.search(before)
    if gap is None:
        return False
    ends = [m.end() for m in _LEGAL_FORM.finditer(before) if _NAME_BEFORE.search(before, 0, m.start())] + [m.start() for m in _FIRM_FIRST.finditer(before)]
    firm = [e for e in ends if e >= gap.start()]
    return bool(firm) and not _CALLING.search(before, min(firm))


# A clock time right after a date: when something happened, not a birth date ("発生日時:2024/10/21 09:12").
_TIME_AFTER = re.compile(r"[ \t]*(?:T|,)?[ \t]*\d{1,2}:\d{2}(?!\d)")


def a_timestamp(text: str, c: Candidate) -> bool:
    return c.type == "DOB" and _TIME_AFTER.match(text, c.end) is not None


# A flight's code and number opening an "address" on a journey's line ("Hemresa: fredag, SK 656
# via Köpenhamn", "Return: LH 2417 via Frankfurt").
_FLIGHT_FIRST = re.compile(r"[A-Z][A-Z0-9][ \t]?\d{2,4}(?!\d)")
_JOURNEY = re.compile(
    r"(?i)(?<![\w])(?:flight|flights|flug|rückflug|hinflug|vol|vols|vuelo|volo|voo|lot|uçuş|lento|let|flyg|fly|"
    r"avresa|hemresa|utresa|hjemreise|hjemrejse|udrejse|hinreise|rückreise|aller|retour|ida|vuelta|andata|ritorno|"
    r"departure|return|outbound|inbound|out|back)(?![\w])"
)


def a_flight(text: str, c: Candidate) -> bool:
    if c.type != "ADDRESS":
        return False
    if _DOCK_BEFORE.search(text, max(0, c.start - 24), c.start):
        return True  # "Livraisons : quai n° 2, rue de la Loi": a loading dock's number, the firm's site
    if not _FLIGHT_FIRST.match(text, c.start):
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    return _JOURNEY.search(text, line_start, c.start) is not None


# A loading dock's or a gate's number before an "address" ("quai n° 2, rue ...", "Tor 3, ...").
_DOCK_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:quai|dock|loading bay|bay|tor|rampe|rampa|muelle|portão|porte|gate|laadperron|laadkade|lastkaj|"
    r"læsserampe|rampa załadunkowa)\.?[ \t]*(?:n[°º]\.?|no\.?|nr\.?|#)?[ \t]*$"
)
