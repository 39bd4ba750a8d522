"""Payment card numbers: Luhn, the issuer ranges and a card word nearby; cards with their last
digits masked; test, order and tracking numbers shaped like cards left. Dispatched from
``structured``; cards mistyped or pasted with odd gaps are in ``cards``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.structured_rules import compiled_rules
from desktop.core.privacy.token_scan import long_numbers

_PATTERNS: dict[str, str] = {
    # Groups split by spaces, dashes, dots or a line break ("4111.1111.1111.1111", a number
    # wrapped over two lines)
    "card": r"\d(?<![\d\-.]\d)(?:(?:[ \-.]|\r?\n)?\d){11,18}(?![\d\-]|\.\d)",
    # A card with only its last one to four digits masked ("4539 1872 0466 31XX"): twelve digits
    # or more are still there to read (a mask that keeps the first six and last four hides enough).
    "masked_card": r"\d(?<![\d\-.]\d)\d{3}([ \-]?)\d{4}\1\d{4}\1\d{0,3}[Xx*•]{1,4}(?![\w*•])",
}
_re = compiled_rules(_PATTERNS)


_LUHN_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # a digit doubled, its two digits added


def _luhn(digits: str) -> bool:
    total = sum(map(int, digits[-1::-2])) + sum(_LUHN_DOUBLED[int(ch)] for ch in digits[-2::-2])
    return total % 10 == 0


_NOT_DIGIT = lazy_re(r"\D")
_CARD_WORD = re.compile(r"(?i)card|karte|carte|tarjeta|carta|kaart|visa|amex|mastercard|maestro|\bcc\b")


def _card_ok(raw: str, context: str) -> bool:
    digits = _NOT_DIGIT.sub("", raw)
    if not 12 <= len(digits) <= 19 or not _luhn(digits) or len(set(digits)) < 2:
        return False
    if len(digits) == 14 and not digits.startswith(("30", "36", "38")):
        return False  # fourteen digits are a SIRET (Luhn too) unless they are a Diners card
    if len(digits) == 12:  # Maestro: only where a card is being talked about
        return digits.startswith(("50", "56", "57", "58", "6", "0604")) and bool(_CARD_WORD.search(context))
    # Known issuer ranges stand on their own; anything else needs a card word nearby.
    if digits[0] in "23456" or digits.startswith(("1800", "2131")):
        return True
    return bool(_CARD_WORD.search(context))


_GROUP_GAP = lazy_re(r"[ \-.]|\r?\n")
_CARD_GROUP_GAP = lazy_re(r"[ \-]")


def _card_end(raw: str, context: str) -> int:
    """How much of ``raw`` is a card number (0: none). A card run on into the digits after it
    ("5248-7110-9833-5626 11/26": the expiry's month) is a card without its last groups."""
    if _card_ok(raw, context):
        return len(raw)
    cuts = [m.start() for m in _GROUP_GAP.finditer(raw)]
    for cut in reversed(cuts[-2:]):  # (at most two groups more: an expiry, a CVV)
        groups = [len(group) for group in _CARD_GROUP_GAP.split(raw[:cut])]
        # only a card written in its groups ("4 4 4 4", Amex "4 6 5"), not a version and a date
        if (groups == [4, 6, 5] or set(groups) == {4}) and _card_ok(raw[:cut], context):
            return cut
    return 0


# Numbers shaped like cards that are not anyone's: one called a test or demo card, an order or
# tracking number. (The networks' test numbers stay hidden otherwise: people write them as their
# own when they make up an example of their own complaint.)
_NOT_CARD_BEFORE = lazy_re(
    r"(?i)(?:(?:test|demo|sandbox|dummy|example)\s*(?:card|karte|carte|tarjeta|number|nr\.?|no\.?)?|"
    r"(?:order|订单|注文|주문|pedido|commande|bestell|ordine|sipari[şs]|zam[óo]wieni|tracking|invoice|ean|gtin|upc|barcode|artikel)\S*"
    r"\s*(?:no\.?|nr\.?|#|number|号|番号|번호)?)\s*[:：#]?\s*$"
    # or said to be one ("the test card is 4242 ...")
    r"|(?i:test|demo|sandbox|dummy|example)[ \t]+(?i:card|karte|carte|tarjeta|number)[ \t]+(?i:is|ist|est|es|è|är|er)[ \t]+$"
)


def _not_a_card(before: str) -> bool:
    return bool(_NOT_CARD_BEFORE.search(before))


def find_cards(text: str, add: Callable[[Candidate], None]) -> None:
    """Add every card number, whole or with its last digits masked."""
    for m in long_numbers(text).finditer(_re("card")):  # (twelve digits or more)
        before = text[max(0, m.start() - 40) : m.start()]
        end = _card_end(m.group(0), before)
        if end and not _not_a_card(before):
            add(Candidate(m.start(), m.start() + end, "CARD"))
    if "X" in text or "x" in text or "*" in text or "•" in text:
        for m in long_numbers(text).finditer(_re("masked_card")):
            before = text[max(0, m.start() - 40) : m.start()]
            if m.group(0)[0] in "23456" or _CARD_WORD.search(before):
                add(Candidate(m.start(), m.end(), "CARD"))
