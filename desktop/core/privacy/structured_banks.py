"""Bank accounts in national forms that carry no IBAN: a Danish registration number or a
Swedish clearing number before the account, an Indian account beside its IFSC code (with or
without the word "IFSC"), and accounts after a Chinese, Japanese or Korean account word ("账号",
"口座番号", "계좌번호") or a Chinese bank's name, and a chat's answer to a line asking for an account. (Czech
accounts and Spanish CCCs are found by their checksums in ``regional``'s one pass over the digits.)

Numbers are taken only with a checksum that holds or a cue word next to them, so that order
numbers, dates and prices stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.account_shapes import find_account_shapes
from desktop.core.privacy.account_words import find_account_words
from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.secret_prose import cells_under
from desktop.core.privacy.text_cache import keyword_windows, present_keys
from desktop.core.privacy.token_scan import long_numbers
from desktop.core.privacy.unlabelled import next_line_answers

# "reg.nr. 9560 konto ...", "Clearingnummer: 8327-9": the branch part of a Nordic account. A
# "reg.nr." is a bank's only with an account word near it (cars and firms have them too).
_REG_NR = lazy_re(
    r"(?i)(?<!\w)(?:(?P<reg>reg\.?[ \t]?nr\.?|reg\.(?=[ \t]*\d)|registreringsnummer|registreringsnr\.?)|clearing(?:nummer|nr\.?|[ \t]?nr\.?|"
    # (said with a verb in prose: "Mit reg.nr. er 5470 og kontonummer ...", "clearingnumret är 8327-9")
    r"[ \t]?number)?)[ \t]*[:.]?[ \t]*(?:(?:er|är|is|on|ist|=)[ \t]+)?(?P<value>\d{4}(?:-\d)?)(?![\d\-])"
)
_KONTO = lazy_re(r"(?i)kont|account|tili|kto\b")
# A payroll or expense sheet's column of Nordic branch parts, beside an account column
# ("namn<TAB>clearing<TAB>konto"): four digits, maybe a check digit after a dash.
_BRANCH_HEADER = lazy_re(r"(?i)[ \t]*(?:clearing(?:nummer|nr\.?|[ \t]nr\.?|[ \t]?number)?|reg\.?[ \t]?nr\.?|registreringsnummer)[ \t]*")
_BRANCH_CELL = lazy_re(r"[ \t]*(?P<value>\d{4}(?:-\d)?)[ \t]*")
# An IFSC code ("HDFC0001187"), found from its fifth character, always a zero.
_IFSC = lazy_re(r"0(?<=[A-Z]{4}0)(?<![\w][A-Z]{4}0)[A-Z0-9]{6}(?!\w)")
_LONG_DIGITS = lazy_re(r"\d(?<![\d\-.]\d)\d{8,17}(?![\d\-])")
_EAST_ASIAN_ACCOUNT = lazy_re(
    r"(?:账号|帐号|賬號|帳號|账户|賬戶|帐户|帳戶|卡号|卡號|银行卡|銀行卡|[建工农中招交]行卡|口座番号|口座|계좌번호|계좌)[^\n\d]{0,8}?(?P<value>\d[\d \-]{5,30}\d)"
    # a bank's name or a pay card, then a card number of 16 to 19 digits ("工资卡：招商银行 6225 ...", "建行 6217 ...")
    r"|(?:工资卡|薪资卡|[建工农中招交]行|银行|銀行)[^\n\d]{0,8}?(?P<card>\d{4}(?:[ \-]?\d{4}){3}(?:[ \-]?\d{1,3})?)(?![\d\-])"
    # a Japan Post Bank account: its symbol and its number ("記号 10180 番号 12345671")
    r"|記号[ \t:：]*(?P<yucho>\d{5}[ \t\-]*(?:番号[ \t:：]*)?\d{6,8})(?!\d)"
)
_EAST_ASIAN_KEYS = ("账", "帐", "賬", "帳", "卡号", "卡號", "银行卡", "銀行卡", "行卡", "口座", "記号", "银行", "銀行", "工资卡", "薪资卡",
                   "建行", "工行", "农行", "中行", "招行", "交行", "계좌")
# Account shapes no other number has, taken without a cue word: a New Zealand account (bank,
# branch, account, suffix: "12-3140-0512345-00") and a Hungarian one (two or three groups of
# eight digits, each bank and account group with its own check digit: "11773016-11111018").
_NZ_ACCOUNT = lazy_re(r"\d(?<![\d\-]\d)\d-\d{4}-\d{7}-\d{2,3}(?![\d\-])")
_HU_ACCOUNT = lazy_re(r"\d(?<![\d\-]\d)\d{7}-\d{8}(?:-\d{8})?(?![\d\-])")
_HU_WEIGHTS = (9, 7, 3, 1) * 4


# A US routing number (its checksum) then the account, apart by a slash or a comma, with a word
# of banking on the line ("021000021 / 483920017745 (Chase checking)").
_ROUTING_PAIR = lazy_re(r"\d(?<![\d\-]\d)(?P<routing>\d{8})[ \t]*[/,|][ \t]*(?P<account>\d{6,17})(?![\d\-])")
_BANKING = lazy_re(r"(?i)checking|savings|routing|aba|ach|wire|deposit|bank|chase|wells|citi|acct|account")
_ABA_WEIGHTS = (3, 7, 1) * 3


# A chat line asking for an account, then the next line's whole message a long number: the account
# ("a numer konta na zwrot?" / "bartek: 12 2490 0005 0000 4600 7856 2312 alior").
_ASKING_KEYS = ("account", "acct", "konto", "konta", "cuenta", "conto", "compte", "rekening", "rachun", "hesap",
                "clabe", "cbu", "conta", "tilinumero", "kontonr", "sort code", "bsb")
_ANSWER = lazy_re(
    r"(?:\[[^\]\n]{1,20}\][ \t]*)?[^\n:\d]{1,30}:[ \t]*(?P<value>\d[\d \-]{8,40}\d)(?![\d\-])"
    # then the line ends, or a bank's name or an aside follows (not "... is the order number")
    r"(?=[ \t]*$|[ \t]+\(?[^\W\d][^\n\d]{0,30}$)(?![ \t]+(?i:is|es|ist|est|è|is the|order|invoice|ref)\b)",
    re.MULTILINE,
)
_AN_ANSWER = lazy_re(r"\n(?:\[[^\]\n]{1,20}\][ \t]*)?[^\n:\d]{1,30}:[ \t]*\d[\d \-]{8}")  # (a cheap test first)


def _answered_accounts(text: str, lower: str, add: Callable[[Candidate], None]) -> None:
    """The number that answers, on the next chat line, a line asking for an account: the question
    ends its line within 60 characters of the account word and holds no digit after it."""
    asked = (at for at, _ in keyword_windows(lower, _ASKING_KEYS, 1, 0))
    next_line_answers(text, lower, asked, _ANSWER, 10, "ACCOUNT", add)


# An account number's words, then what it is for, then a colon and the number ("mon numéro de
# compte pour le remboursement des frais : 00021984417", "account number for the deposit refund:
# ..."): the words between hold no digit, no colon and no other kind of number's word.
_PURPOSE_ACCOUNT = lazy_re(
    r"(?i)(?<!\w)(?:account (?:number|no\.?)|bank account|num[ée]ro de compte|n[°º] de compte|kontonummer|konto-?nr\.?|"
    r"n[úu]mero de (?:cuenta|conta)|n[úu]mero da conta|numero (?:di )?conto|rekeningnummer|numer (?:rachunku|konta)|"
    r"hesap numara(?:m|s[ıi])|kontonumret|tilinumero|[čc][íi]slo [úu][čc]tu)(?!\w)"
    r"(?P<gap>[^\n\d:：]{1,50}?)[ \t]*[:：][ \t]*(?P<value>\d[\d .\-]{4,32}\d)(?![\d\-])"
)
_PURPOSE_KEYS = ("account", "compte", "kontonum", "konto", "cuenta", "conta", "conto", "rekeningnummer", "rachunku", "hesap",
                 "tilinumero", "čísl", "cisl")
_OTHER_NUMBER = lazy_re(
    r"(?i)client|customer|kunden|klant|cliente|invoice|facture|factura|fattura|rechnung|order|commande|pedido|ordine|"
    r"contrat|contract|vertrag|contrato|polic|police|ticket|dossier|r[ée]f[ée]rence|reference"
)


def _purpose_accounts(text: str, lower: str, add: Callable[[Candidate], None]) -> None:
    for a, b in keyword_windows(lower, _PURPOSE_KEYS, 130, 14):
        for m in _PURPOSE_ACCOUNT.finditer(text, a, b):
            if not _OTHER_NUMBER.search(m.group("gap")) and sum(c.isdigit() for c in m.group("value")) >= 6:
                add(Candidate(m.start("value"), m.end("value"), "ACCOUNT"))


def _hungarian_ok(value: str) -> bool:
    bank, account = value[:8], value[9:].replace("-", "")
    return all(sum(int(d) * w for d, w in zip(part, _HU_WEIGHTS, strict=False)) % 10 == 0 for part in (bank, account))


def find_bank_accounts(text: str, add: Callable[[Candidate], None], lower: str) -> None:
    """Add every account these rules find in ``text`` (``lower``: the text lowercased)."""
    for a, b in keyword_windows(lower, ("reg", "clearing"), 40, 2):
        for m in _REG_NR.finditer(text, a, b):
            if m.group("reg") is None or _KONTO.search(text, max(0, m.start() - 60), m.end() + 60):
                add(Candidate(m.start("value"), m.end("value"), "ACCOUNT"))
    if "clearing" in lower or "reg" in lower:
        _branch_columns(text, lower, add)
    if "0" in text:
        _indian_accounts(text, add)
    for m in long_numbers(text).finditer(_ROUTING_PAIR) if "/" in text or "," in text else ():
        routing = text[m.start() : m.end("routing")]
        line = text[text.rfind("\n", 0, m.start()) + 1 : (text.find("\n", m.end()) + 1 or len(text) + 1) - 1]
        if sum(int(d) * w for d, w in zip(routing, _ABA_WEIGHTS, strict=True)) % 10 == 0 and _BANKING.search(line):
            add(Candidate(m.start(), m.end("routing"), "ACCOUNT"))
            add(Candidate(m.start("account"), m.end("account"), "ACCOUNT"))
    if "-" in text:
        numbers = long_numbers(text)
        for m in numbers.finditer(_NZ_ACCOUNT):
            add(Candidate(m.start(), m.end(), "ACCOUNT"))
        for m in numbers.finditer(_HU_ACCOUNT):
            if _hungarian_ok(m.group(0)) and len(set(m.group(0))) > 3:  # ("00000000-00000000" is no one's)
                add(Candidate(m.start(), m.end(), "ACCOUNT"))
    if "\n" in text and _AN_ANSWER.search(text):
        _answered_accounts(text, lower, add)
    if ":" in text or "：" in text:
        _purpose_accounts(text, lower, add)
    if present_keys(lower, _EAST_ASIAN_KEYS) and any(key in text for key in _EAST_ASIAN_KEYS):
        for m in _EAST_ASIAN_ACCOUNT.finditer(text):
            group = "value" if m.group("value") else "card" if m.group("card") else "yucho"
            add(Candidate(m.start(group), m.end(group), "ACCOUNT"))
    find_account_words(text, add, lower)
    find_account_shapes(text, add, lower)  # (beside a bank's name, or by a shape and check of its own)


def _branch_columns(text: str, lower: str, add: Callable[[Candidate], None]) -> None:
    """The cells under a "clearing" or "reg.nr." column of a table whose header names an account too."""
    starts = {text.rfind("\n", 0, a) + 1 for a, _b in keyword_windows(lower, ("clearing", "reg"), 1, 0)}
    starts = {s for s in starts if _KONTO.search(text, s, (text.find("\n", s) + 1 or len(text) + 1) - 1)}
    for at, cell in cells_under(text, starts, lambda cell: _BRANCH_HEADER.fullmatch(cell) is not None):
        m = _BRANCH_CELL.fullmatch(cell)
        if m:
            add(Candidate(at + m.start("value"), at + m.end("value"), "ACCOUNT"))


def _indian_accounts(text: str, add: Callable[[Candidate], None]) -> None:
    """The long digit run on the line of an IFSC code, within 120 characters of it."""
    for code in _IFSC.finditer(text):
        start = code.start() - 4
        reach_start, reach_end = max(0, start - 120), min(len(text), code.end() + 120)
        line_start = text.rfind("\n", reach_start, start) + 1
        line_end = text.find("\n", code.end(), reach_end)
        for m in _LONG_DIGITS.finditer(text, max(line_start, reach_start), reach_end if line_end < 0 else line_end):
            add(Candidate(m.start(), m.end(), "ACCOUNT"))
