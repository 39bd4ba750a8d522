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
from functools import cache, lru_cache

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.honorifics import alternation
from desktop.core.privacy.text_cache import distinct_tokens, key_starts, keys_in, keyword_windows, merged
from desktop.core.privacy.token_scan import long_numbers
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
_WORD = re.compile(r"\w+")
_COMMON = frozenset({"bank", "banco", "banca", "banque", "of", "de", "do", "la", "the", "us", "one", "first", "standard",
                     "metro", "capital", "national", "credit", "crédit", "mutuel", "agricole"})


@cache
def _names_by_word() -> dict[str, tuple[str, ...]]:
    """Each bank's name under its telling word (its longest word but the words many names share):
    a text is looked at closely only where one of these words stands."""
    by_word: dict[str, list[str]] = {}
    for name in word_list("bank_names.txt"):
        found = _WORD.findall(name)
        telling = [w for w in found if w not in _COMMON] or found
        by_word.setdefault(max(telling, key=len), []).append(name)
    return {word: tuple(names) for word, names in by_word.items()}


derived(_names_by_word.cache_clear)


@lru_cache(maxsize=32)
def _bank_rules(names: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The bank's name then the number, and the number then the name, for the names a text holds."""
    words = alternation(tuple(names))
    return (
        re.compile(rf"(?i)(?<![\w])(?:{words})(?![\w]){_GAP}(?P<clearing>\d{{4}}(?:-\d)?,?[ \t]+)?$"),
        re.compile(rf"(?P<gap>[ \t]*[,(\-–/]?[ \t]*)(?i:{words})(?![\w])"),
    )


derived(_bank_rules.cache_clear)


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
# One pass over the long numbers for three shapes, from a first digit no word character, dash or
# dot comes before:
# - a CLABE: a bank's three-digit code (the codes in use), then fifteen digits and a check digit;
# - a Russian account: the balance account (a deposit, a person's or a firm's current account), the
#   currency (810 and 643 roubles, 840 dollars, 978 euros, 156 yuan), a check digit, a branch and
#   the account;
# - a Canadian institution (the big banks' and the credit unions' codes), transit and account.
_SHAPES = lazy_re(
    r"\d(?<![\w\-.]\d)(?:(?P<clabe>(?:(?<=0)(?:0[269]|1[249]|21|3[0267]|4[24]|5[89]|6[02]|72)"
    r"|(?<=1)(?:0[2368]|1[0236]|2[46-9]|3[0-9]|4[013579]|5[0-9]|6[068])|(?<=6)\d{2}|(?<=7)2[28])\d{15}(?![\w\-]))"
    r"|(?P<russian>(?<=4)(?:0[5-8]|2[36])\d{2}(?:810|643|840|978|156)\d{12}(?![\w\-]))"
    r"|(?P<canadian>(?:(?<=0)(?:0[1-6]|10|16|30|39)|(?<=2)19|(?<=3)26|(?<=5)40|(?<=6)14|(?<=8)(?:15|28|29|37|39|65|79|89|99))"
    r"[ \-](?P<transit>\d{5})[ \-](?P<account>\d{7,12})(?![\w\-])))"
)
_CLABE_WEIGHTS = (3, 7, 1) * 6
_BANKING = lazy_re(
    r"(?i)bank|banque|deposit|dépôt|transit|institution|account|acct|compte|payroll|e-transfer|td|rbc|bmo|cibc|scotia|desjardins|"
    r"tangerine"
)
# A UK sort code alone at the end of its line and the account alone on the next, quoted maybe
# ("> 20-32-06" / "> 73011598").
# (found from the line break, the sort code checked behind it: line breaks are rarer than digits)
_UK_TWO_LINES = lazy_re(r"\n(?<=(?<![\w\-./])\d\d-\d\d-\d\d\n)[ \t>]*(?P<account>\d{8})[ \t]*(?=\r?\n|$)")
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
    windows, names = _bank_windows(text, lower)
    for a, b in windows:
        for m in _NUMBER.finditer(text, a, b):
            _beside_bank(text, m, _bank_rules(names), add)
    for m in long_numbers(text).finditer(_SHAPES):
        if m.group("clabe") and _clabe_ok(m.group(0)) or m.group("russian"):
            _add(add, m.start(), m.end())
        elif m.group("canadian"):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            if _BANKING.search(text, line_start, len(text) if line_end < 0 else line_end):
                _add(add, m.start("transit"), m.end("transit"))
                _add(add, m.start("account"), m.end("account"))
    for m in _UK_TWO_LINES.finditer(text) if "-" in text and "\n" in text else ():
        _add(add, m.start() - 8, m.start())
        _add(add, m.start("account"), m.end("account"))
    for a, b in keyword_windows(lower, ("routing", "aba", "rtn"), 45, 1):
        for m in _ROUTING.finditer(text, a, b):
            if _aba_ok(m.group("value")) and not _NOT_ACCOUNT.search(m.group("gap")):
                _add(add, m.start("value"), m.end("value"))
    _corrected(text, add, lower)


def _bank_windows(text: str, lower: str) -> tuple[list[tuple[int, int]], frozenset[str]]:
    """The stretches around each bank's telling word standing as a word of its own, and the names
    those words tell (most texts name no bank)."""
    by_word = _names_by_word()
    starts: list[int] = []
    names: set[str] = set()
    for word in by_word.keys() & set(_WORD.findall(distinct_tokens(text).lower())):  # (the text's words, once each)
        size = len(word)
        found = [at for at in key_starts(lower, word)
                 if not lower[at - 1 : at].isalnum() and not lower[at + size : at + size + 1].isalnum()]
        if found:
            starts += found
            names.update(by_word[word])
    return merged((max(0, at - 70), at + 80) for at in sorted(starts)), frozenset(names)


def _beside_bank(text: str, m: re.Match[str], rules: tuple[re.Pattern[str], re.Pattern[str]],
                 add: Callable[[Candidate], None]) -> None:
    """Add the number ``m`` when a bank's name stands right before or after it."""
    value = m.group(0)
    if sum(c.isdigit() for c in value) < 8 or _THOUSANDS.fullmatch(value):
        return
    line_start = text.rfind("\n", max(0, m.start() - 60), m.start()) + 1
    before = rules[0].search(text, max(line_start, m.start() - 60), m.start())
    after = None if before else rules[1].match(text, m.end())
    found = before or after
    if found is None or _NOT_ACCOUNT.search(found.group("gap")):
        return
    start = before.start("clearing") if before and before.group("clearing") else m.start()
    ahead = text[max(line_start, start - 30) : start]
    if _NOT_ACCOUNT.search(ahead) or _PAIR_BEFORE.search(ahead) or _MONEY_AFTER.match(text, m.end()):
        return  # (the second of a routing/account pair is the pair rule's, which checks the routing)
    _add(add, start, m.end())


def _clabe_ok(value: str) -> bool:
    total = sum((int(d) * w) % 10 for d, w in zip(value[:17], _CLABE_WEIGHTS[:17], strict=True))
    return (10 - total % 10) % 10 == int(value[17])


def _corrected(text: str, add: Callable[[Candidate], None], lower: str) -> None:
    """The number ending in the digits a correction names, in a text that speaks of an account."""
    windows = keyword_windows(lower, ("ends ", "end in", "end with", "ending", "last ", "termina", "endet", "finit", "eindigt",
                                      "kończy", "slutar", "ender på", "끝자리", "末尾"), 40, 1)
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
