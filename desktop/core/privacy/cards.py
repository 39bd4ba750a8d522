"""Card numbers as people paste them, where the strict rule (a Luhn-valid run with single
separators, in structured_cards.py) does not see them:

- a number grouped as cards are printed (4-4-4-4, Amex 4-6-5, Diners 4-6-4) or written as one
  run of 15-16 digits, in an issuer's range, beside a card word in the team's languages or an
  expiry ("exp 09/27", "gültig bis 05/28", "有効期限"), even when a digit is wrong: a mistyped
  card number is still somebody's card, and a wrong check digit is how people get them wrong;
- the same groups with the gaps people leave after copying from a PDF or a terminal slip
  (two spaces, " - ", a line break and an indent), which the strict rule reads as two numbers.

A masked card ("**** **** **** 4471", "ending 4471") has too few digits to match and is left
alone, as are numbers that their own words call something else (receipt, order, tracking,
reference, IBAN, serial numbers).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re, lazy_skippable

_GAP = r"(?:[ \t\u00a0]{1,3}|[ \t]?[\-.·/][ \t]?|[ \t]*\r?\n[ \t]*)"
# Not after a letter, a digit group and its separator (the rest of an IBAN), or a dash/dot run;
# not running on into another group of four (then it is a longer reference).
_START = r"(?<![\w\-.]\d)(?<!\d[ \-.]\d)"  # (checked behind the first digit: the scan skips on digits)
_END = r"(?![\w\-]|[./]\d|" + _GAP + r"\d{4})"  # (a comma then a digit is the next CSV cell)
_CARD_SHAPES = lazy_re(
    rf"[2-6]{_START}(?:\d{{3}}(?:{_GAP}\d{{4}}){{3}}"  # 4-4-4-4
    rf"|(?<=3)\d{{3}}{_GAP}\d{{6}}{_GAP}\d{{4,5}}"  # Amex 4-6-5, Diners 4-6-4
    rf"|\d{{14,15}}){_END}"  # one run
)
# Words for a card in the team's languages, and the words for its expiry and security code.
_CUE = lazy_re(
    r"(?i)card|karte|carte|tarjeta|\bcarta|kaart|kort|\bkart(?:[aąęyıi]|\b|num)|cart[ãa]o|visa|amex|american express|"
    r"master ?card|maestro|discover|\bjcb\b|unionpay|diners|\bcc\b|cc#|ccnum|\bpan\b|\bcb\b|credit|debit|"
    r"kredit|cr[ée]dit|d[ée]bit|カード|卡号|信用卡|银行卡|카드|신용|"
    r"\bexp\b|exp\.|expir|expiry|valid (?:thru|through|until|till|to)|validity|g[üu]ltig|validade|validez|caduc|scadenz|vencim|vervaldatum|geldig|"
    r"ważn|son kullanma|有効期限|유효기간|有效期|utgång|udløb|voimassa|platnost|\bcvv|\bcvc|\bcid\b"
)
_EXPIRY_AFTER = lazy_re(r"[ \t,;(|]*(?:0[1-9]|1[0-2])[ \t]?/[ \t]?(?:\d{2}|20\d{2})(?![\d/])")  # (right after it: "11/28")
# Words that say the number is something else.
# (in the form the engine skips through to the words' first letters: searched before every card)
_NOT_CARD = lazy_skippable(
    r"(?i)(?:receipt|beleg|quittung|re[cç]u|ricevuta|recibo|bon|ref\.?|reference|referenz|r[ée]f[ée]rence|"
    r"order|bestell|commande|pedido|ordine|tracking|gu[ií]a|rastreo|suivi|spedizione|zending|kargo|takip|sendung|parcel|paket|colis|awb|invoice|rechnung|facture|"
    r"factura|fattura|iban|konto|account|serial|s/n|imei|ean|gtin|upc|barcode|ticket|booking|buchung|"
    r"shipment|shipping|meeting|licen[cs]e|key|note|gutschrift|avoir|abono|kundennummer|customer|member|vin|"
    r"test|demo|sandbox|dummy|example|gift|geschenk|cadeau|regalo)\w*[\s.:#№\-]*(?:no\.?|nr\.?|number|nummer|n[º°o]\.?)?"
    r"[\s.:#\-]*$"
)
_BEFORE = 50
_AFTER = 30


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def find_loose_cards(text: str, add: Callable[[Candidate], None]) -> None:
    """Add a CARD candidate for each card-shaped number ``text`` calls a card."""
    for m in _CARD_SHAPES.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if len(set(digits)) < 3:
            continue  # (4444 4444 4444 4444: a placeholder)
        before = text[max(0, m.start() - _BEFORE) : m.start()]
        if _NOT_CARD.search(before):
            continue
        after = text[m.end() : m.end() + _AFTER]
        if len(digits) == 15 and not digits.startswith(("34", "37")):
            continue  # (fifteen digits are an Amex card or something else: a waybill, a tax number)
        cue = _CUE.search(before) or _CUE.search(after) or _EXPIRY_AFTER.match(after)
        grouped = not m.group(0).isdigit()
        if not cue and not (grouped and _luhn(digits) and digits[0] in "3456"):
            continue  # (a run of digits alone is a card only where a card is talked about)
        add(Candidate(m.start(), m.end(), "CARD"))
