"""Bank accounts given with no account word, known by the bank named beside them or by a shape
and a check no other number has:

- a long number right before or after a bank's name ("pls send to Vietcombank 0451000412873",
  "014180001234567897 santander", "Swedbank 8327-9, 914 223 518-4"): the banks people name are
  listed in ``resources/privacy/bank_names.txt``; a phone's, an order's or an amount's word
  between them keeps the number;
- a Mexican CLABE alone (eighteen digits: a bank's code, its weighted check digit);
- a Russian account alone (twenty digits: the balance account of a person's or a firm's deposit,
  then the currency's code: "40817810099910004312");
- a Canadian institution, transit and account in that order, with a word of banking on the line
  ("004 12842 6620937 (TD)");
- a UK sort code at the end of a line and the account alone on the next ("> 20-32-06" / "> 73011598");
- a US routing number said a few words after its word ("Routing stays 071000013"), by its check;
- an account corrected by its last digits: after "ends in 4471, not 4417" or "last digits are
  8803", the number in the text that ends in those digits, when the text speaks of an account.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import keys_in, keyword_windows, lazy_made_re, lazy_re, long_numbers
from desktop.core.privacy.honorifics import alternation
from desktop.core.privacy.word_lists import derived, word_list

# A number of eight digits or more, in groups maybe (found first: digits are rarer than a bank's
# name, whose 200 spellings are then looked for only beside it).
_NUMBER = lazy_re(r"\d(?<![\w+\-/.]\d)(?:\d|[ \-.](?=\d)){6,34}(?![\w\-]|[.,]\d)")
# (the bank's name, then punctuation, an aside in brackets, "no.", an account's short word or a word
# for "my", and maybe a Nordic clearing number: "santander:", "Banorte cta 0812947301", "BDO ko 0045
# ...", "Nubank (conta) 8821043-5", "Swedbank 8327-9, 914 ..."; a verb keeps the number:
# "Commerzbank hat 12345678 Kunden")
_GAP = (
    r"(?P<gap>[ \t]*(?:[:#\-–,]|\([^()\n\d]{0,20}\)|no\.?|nr\.?|n[º°]\.?|cta\.?|acc\.?|a/c|conta|compte|konto|kto\.?)?[ \t]*"
    r"(?:(?:ko|my|mi|meu|minha|mein|meine|mon|ma|mijn|min|mitt|moj|mój|benim|của tôi|saya)[ \t]+)?)"
)
_BANK_BEFORE = lazy_made_re(
    lambda: rf"(?i)(?<![\w])(?:{alternation(word_list('bank_names.txt'))})(?![\w]){_GAP}(?P<clearing>\d{{4}}(?:-\d)?,?[ \t]+)?$"
)
_WORD = re.compile(r"\w+")


_COMMON = frozenset({"bank", "banco", "banca", "banque", "of", "de", "do", "la", "the", "us", "one", "first", "standard",
                     "metro", "capital", "national", "credit", "crédit", "mutuel", "agricole"})


@cache
def _bank_words() -> frozenset[str]:
    """The telling word of each bank's name (the longest but the words many names share): a number
    is looked at closely only with one of them near."""
    words = set()
    for name in word_list("bank_names.txt"):
        found = _WORD.findall(name)
        telling = [w for w in found if w not in _COMMON] or found
        words.add(max(telling, key=len))
    return frozenset(words)


derived(_bank_words.cache_clear)
_BANK_AFTER = lazy_made_re(
    lambda: rf"(?P<gap>[ \t]*[,(\-–/]?[ \t]*)(?i:{alternation(word_list('bank_names.txt'))})(?![\w])"
)
# What the number beside a bank is when it is no account: a phone, an order, a card, an amount.
_NOT_ACCOUNT = lazy_re(
    r"(?i)(?<![\w])(?:tel|phone|hotline|call|ring|fax|whatsapp|sms|mobile|order|invoice|ref|reference|customer|client|"
    r"ticket|case|claim|policy|card|karte|carte|tarjeta|cart[ãa]o|swift|bic|sort|routing|iban|usd|eur|gbp|total|amount|"
    # (a bank's or a branch's own code: "BLZ 500 105 17 (ING)", "IFSC", "agência 0421")
    r"blz|bankleitzahl|ifsc|micr|бик|инн|кпп|огрн|мфо|к/с|корр|ag[êe]ncia|ag\.|branch|filial|sucursal|bank code|code banque|abi|cab|"
    r"kundennummer|rechnung|bestell|pedido|factura|commande|facture|ordine|fattura|zamówienie|sipariş|fatura)"
)
_THOUSANDS = lazy_re(r"\d{1,3}(?:[ .,\u00a0]\d{3})+")  # ("Revolut 12 500 000 users": a count or a sum)
_PAIR_BEFORE = lazy_re(r"\d[ \t]*[/,|][ \t]*$")
_MONEY_AFTER = lazy_re(r"[ \t]*(?:[$€£¥₹₦]|(?i:usd|eur|gbp|mxn|brl|ngn|inr|vnd|đ|kr|zł|rub|₽)(?![\w]))")

# A CLABE: a bank's three-digit code (the codes in use), then fifteen digits and a check digit.
_CLABE = lazy_re(
    r"(?<![\w\-.])(?:0(?:0[269]|1[249]|2[1]|3[0267]|4[24]|5[89]|6[02]|72)|1(?:0[2368]|1[0236]|2[46-9]|3[0-9]|4[013579]|5[0-9]|6[068])"
    r"|6\d{2}|72[28])\d{15}(?![\w\-])"
)
_CLABE_WEIGHTS = (3, 7, 1) * 6
# A Russian account: the balance account (a deposit, a person's or a firm's current account),
# the currency (810 and 643 roubles, 840 dollars, 978 euros, 156 yuan), a check digit, a branch and
# the account.
_RUSSIAN = lazy_re(r"(?<![\w\-.])4(?:0[5-8]|2[36])\d{2}(?:810|643|840|978|156)\d{12}(?![\w\-])")
# A Canadian institution (the big banks' and the credit unions' codes), transit and account.
_CANADIAN = lazy_re(
    r"(?<![\w\-.])(?:00[1-6]|010|016|030|039|219|326|540|614|815|828|829|837|839|865|879|889|899)[ \-](?P<transit>\d{5})[ \-]"
    r"(?P<account>\d{7,12})(?![\w\-])"
)
_BANKING = lazy_re(
    r"(?i)bank|banque|deposit|dépôt|transit|institution|account|acct|compte|payroll|e-transfer|td|rbc|bmo|cibc|scotia|desjardins|"
    r"tangerine"
)
# A UK sort code alone at the end of its line and the account alone on the next, quoted maybe
# ("> 20-32-06" / "> 73011598").
_UK_TWO_LINES = lazy_re(r"\d(?<![\w\-./]\d)\d-\d{2}-\d{2}[ \t]*\r?\n[ \t>]*(?P<account>\d{8})[ \t]*(?=\r?\n|$)")
_ROUTING = lazy_re(r"(?i)(?<![\w])(?:routing|aba|rtn)(?![\w])(?P<gap>[^\d\n]{1,25}?)(?<![\d\-])(?P<value>\d{9})(?![\d\-])")
_ABA_WEIGHTS = (3, 7, 1) * 3
# "ends in 4471", "last digits are 8803", "last four: 0917", "termina en 4471", "endet auf 4471".
_ENDING = lazy_re(
    r"(?i)(?:ends?(?: with| in)|ending(?: in| with)?|last (?:\d|four|five|three|digits?|numbers?)(?: digits)?(?: (?:are|is|should be))?|"
    r"termina(?:ndo)? (?:en|em|in|con|com)|endet (?:auf|mit)|finit par|se termine par|eindigt op|kończy się na|"
    r"slutar på|ender på|끝자리(?:는|가)?|末尾)[ \t:]*(?P<digits>\d{3,5})(?!\d)"
)
_ACCOUNT_WORDS = ("account", "acct", "a/c", "konto", "cuenta", "conta", "compte", "conto", "rekening", "rachun", "iban",
                  "계좌", "口座", "routing", "sort code", "bsb")
_LONG = lazy_re(r"(?<![\w\-.])\d(?:\d|[ \-](?=\d)){6,30}(?![\w\-])")


def _add(add: Callable[[Candidate], None], start: int, end: int) -> None:
    add(Candidate(start, end, "ACCOUNT"))


def _aba_ok(digits: str) -> bool:
    return sum(int(d) * w for d, w in zip(digits, _ABA_WEIGHTS, strict=True)) % 10 == 0


def find_account_shapes(text: str, add: Callable[[Candidate], None], lower: str) -> None:
    """Add every account these forms give in ``text`` (``lower``: the text lowercased)."""
    for m in _NUMBER.finditer(text):
        value = m.group(0)
        if sum(c.isdigit() for c in value) < 8 or _THOUSANDS.fullmatch(value):
            continue
        line_start = text.rfind("\n", max(0, m.start() - 60), m.start()) + 1
        near = _WORD.findall(lower, max(line_start, m.start() - 60), min(len(lower), m.end() + 40))
        if _bank_words().isdisjoint(near):
            continue
        before = _BANK_BEFORE.search(text, max(line_start, m.start() - 60), m.start())
        after = None if before else _BANK_AFTER.match(text, m.end())
        if (before or after) is None or _NOT_ACCOUNT.search((before or after).group("gap")):
            continue
        start = before.start("clearing") if before and before.group("clearing") else m.start()
        ahead = text[max(line_start, start - 30) : start]
        if _NOT_ACCOUNT.search(ahead) or _PAIR_BEFORE.search(ahead) or _MONEY_AFTER.match(text, m.end()):
            continue  # (the second of a routing/account pair is the pair rule's, which checks the routing)
        _add(add, start, m.end())
    numbers = long_numbers(text)
    for m in numbers.finditer(_CLABE):
        if _clabe_ok(m.group(0)):
            _add(add, m.start(), m.end())
    for m in numbers.finditer(_RUSSIAN):
        _add(add, m.start(), m.end())
    for m in numbers.finditer(_CANADIAN):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if _BANKING.search(text, line_start, len(text) if line_end < 0 else line_end):
            _add(add, m.start("transit"), m.end("transit"))
            _add(add, m.start("account"), m.end("account"))
    for m in _UK_TWO_LINES.finditer(text) if "-" in text and "\n" in text else ():
        _add(add, m.start(), m.start() + 8)
        _add(add, m.start("account"), m.end("account"))
    for a, b in keyword_windows(lower, ("routing", "aba", "rtn"), 45, 1):
        for m in _ROUTING.finditer(text, a, b):
            if _aba_ok(m.group("value")) and not _NOT_ACCOUNT.search(m.group("gap")):
                _add(add, m.start("value"), m.end("value"))
    _corrected(text, add, lower)


def _clabe_ok(value: str) -> bool:
    total = sum((int(d) * w) % 10 for d, w in zip(value[:17], _CLABE_WEIGHTS[:17], strict=True))
    return (10 - total % 10) % 10 == int(value[17])


def _corrected(text: str, add: Callable[[Candidate], None], lower: str) -> None:
    """The number ending in the digits a correction names, in a text that speaks of an account."""
    windows = keyword_windows(lower, ("end", "last", "termina", "endet", "finit", "eindigt", "kończy", "slutar", "ender",
                                      "끝자리", "末尾"), 40, 1)
    if not windows or not keys_in(lower, _ACCOUNT_WORDS):
        return
    for a, b in windows:
        for said in _ENDING.finditer(text, a, b):
            ending = said.group("digits")
            # (the number itself within a few lines of the correction)
            for m in _LONG.finditer(text, max(0, said.start() - 300), min(len(text), said.end() + 300)):
                digits = re.sub(r"\D", "", m.group(0))
                if len(digits) >= 7 and digits.endswith(ending):
                    _add(add, m.start(), m.end())
