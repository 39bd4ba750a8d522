"""Structured finds that are a document's code, a span of months or a firm's line by their own
shape: the digits of a code glued to its letters ("ACC-44019", "CUST-88120"), a CV's span of
months ("2017.01 – 2020.02", "03.2017 - 02.2020"), a toll-free or shared-cost number nobody owns
("0 800 210 455", "1300 655 506"), and an event's date with its weekday and time after it
("11月19日（火）10:20").

CVs, tickets, logs and notices are full of them; hidden as a phone, an account or a birth date,
the answer talks about "[PHONE_2]" where the text gave years of work or the firm's hotline, and a
person can no longer check it. A number written with a leading "+" stays a phone.
"""

from __future__ import annotations

import re

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.not_business_codes import _LEGAL_FORM

# A code's letters and a hyphen glued before the digits: "ACC-44019", "CUST-8812", "SO-1188273".
_CODE_LETTERS_BEFORE = re.compile(r"(?<![\w\-])[A-Z]{2,6}-$")
# Months of work from and to, year first or month first, with a dash between.
_YEAR_MONTH = r"(?:(?:19|20)\d{2}[./](?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])[./](?:19|20)\d{2})"
_MONTH_SPAN = re.compile(rf"{_YEAR_MONTH}[ \t]*[–—\-][ \t]*{_YEAR_MONTH}")
# A weekday in brackets and a clock time after a date: when something happened ("（火）10:20").
_WEEKDAY_AND_TIME = re.compile(r"[ \t]*[（(][^()（）\n]{1,4}[)）][ \t]*\d{1,2}:\d{2}(?!\d)")
# Words saying a line costs the caller nothing or is a service's: with a toll-free number, the
# firm's line (a toll-free number given as "call us" is still hidden: it may be a person's desk).
_FREE_LINE = re.compile(
    r"(?i)(?<![\w])(?:toll[- ]free|freephone|free ?call|hotline|helpline|numéro vert|appel gratuit|gratuit|kostenlos|"
    r"gebührenfrei|servicenummer|gratis|gratuito|gratuita|número gratuito|numero verde|linea verde|bezpłatn\w*|"
    r"ücretsiz|ingyenes|zdarma|безкоштовн\w*|бесплатн\w*|δωρεάν|gratisnummer|ilmainen|maksuton|miễn phí|bebas pulsa|"
    r"フリーダイヤル|免费|무료)"
)
_NOBODYS_LINES = ("TOLL_FREE", "SHARED_COST", "PREMIUM_RATE", "UAN")


def drop_codes(text: str, found: list[Candidate], country: str) -> list[Candidate]:
    """``found`` without codes, spans of months, toll-free lines and event dates (see the module docstring)."""
    return [c for c in found if not _a_code(text, c, country)]


def _a_code(text: str, c: Candidate, country: str) -> bool:
    if c.type == "DOB":
        return _WEEKDAY_AND_TIME.match(text, c.end) is not None
    if c.type not in ("PHONE", "ACCOUNT", "NATIONAL_ID") or text[c.start : c.start + 1] == "+":
        return False
    if _CODE_LETTERS_BEFORE.search(text, max(0, c.start - 8), c.start) and text[c.start : c.end].isdigit():
        return True  # "account ACC-44019": the account's code in the firm's system
    if c.type != "PHONE":
        return False
    if _MONTH_SPAN.fullmatch(text, c.start, c.end):
        return True  # "2017.01 – 2020.02": a CV's months of work
    line_start, line_end = text.rfind("\n", 0, c.start) + 1, text.find("\n", c.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return _FREE_LINE.search(line) is not None and _nobodys_line(text[c.start : c.end], country)


def _nobodys_line(value: str, country: str) -> bool:
    """A toll-free, shared-cost or premium number of the hinted country: a firm's line."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, country.upper())
    except phonenumbers.NumberParseException:
        return False
    kind = phonenumbers.number_type(number)
    return any(kind == getattr(phonenumbers.PhoneNumberType, name) for name in _NOBODYS_LINES)


# A firm's registry or tax number on its letterhead line ("Pty Ltd  ABN 51 824 753 556").
_REGISTRY_NUMBER = re.compile(
    r"(?i)(?<![\w])(?:abn|acn|hrb|hra|kvk|siret|siren|rcs|cif|nif|nip|krs|regon|vat(?: no)?|ust-idnr|uid|che|p\.? ?iva|"
    r"cvr|org\.? ?nr|y-tunnus|ičo|ico|cui|αφμ|gstin|cnpj|rfc|nit|rut|company no|reg\.? no|registration no|crn)"
    r"\.?[ \t:]*[A-Z]{0,3}[ \t\-]?\d[\d .\-/]{4,}\d"
)
_LEVEL_OR_SUITE = re.compile(r"(?i)[ \t]*(?:(?:level|suite|floor|unit)[ \t]+\d{1,3}[A-Z]?,[ \t]*)?")


def under_a_letterhead(text: str, start: int) -> bool:
    """An address opening the line right under a firm's name with its legal form and registry
    number: the firm's own address on its letterhead, not a person's."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = _LEVEL_OR_SUITE.match(text, line_start)
    if line_start == 0 or opening is None or opening.end() < start and text[opening.end() : start].strip():
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start : line_start - 1]
    return _LEGAL_FORM.search(above) is not None and _REGISTRY_NUMBER.search(above) is not None
