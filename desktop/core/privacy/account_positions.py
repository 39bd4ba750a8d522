"""Bank account numbers in an account's position that ``structured_accounts`` and
``account_words`` do not read:

- an account word, then what the account is for or whose it is, then a colon or a verb and the
  digits ("mi CLABE para el reembolso del seguro: 0121...", "my account for the refund is
  ..."): a customer's, a bill's or a policy's account number said the same way stays;
- an account word of the languages the other rules lack, then the digits straight after it
  (Hebrew "חשבון", Arabic "حساب", Greek "λογαριασμός", Vietnamese "tài khoản", Romanian
  "contul", Croatian and Serbian "žiro račun", Indonesian and Malay "rekening" and "akaun", Thai
  "บัญชี", with a Thai bank's name glued between: "เข้าบัญชีกสิกรไทย 123-4-56789-0").
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.secret_words import BUSINESS_CODES
from desktop.core.privacy.text_cache import keyword_windows

_WORDS = (
    r"account|acct|a/c|clabe|cbu|cvu|cuenta|conta|compte|konto|rekening|rachun\w*|hesab\w*|[úu][čc]et|[úu][čc]tu|tili(?:lle|ni|numero)?|"
    r"cont(?:ul|ului)?|λογαριασμ\w*|חשבון|ח-ן|ח\"ן|حساب|الحساب|tài khoản|tai khoan|akaun|口座|账户|帐户|계좌"
)
_KEYS = ("account", "acct", "a/c", "clabe", "cbu", "cvu", "cuenta", "conta", "compte", "konto", "rekening", "rachun", "hesab", "účet",
         "ucet", "účtu", "uctu", "tili", "cont", "žiro", "tekuć", "tekuc", "broj", "λογαριασμ", "חשבון", "ח-ן", "ח\"ן", "حساب",
         "tài khoản", "tai khoan", "số tk", "so tk", "stk", "akaun", "rek", "口座", "账户", "帐户", "계좌")
_DIGITS = r"(?P<value>\d(?:\d|[ \-](?=\d)){7,33})(?![\d\-]|[.,]\d)"
_FOR_THEN_VALUE = lazy_re(
    rf"(?i)(?<![\w])(?:{_WORDS})(?![\w])(?P<gap>[^\n\d.!?;:=]{{3,50}}?)"
    r"(?:[ \t]*[:=]|[ \t]+(?:is|es|est|ist|è|é|lautet|är|er|jest|je|este|είναι|adalah|là))[ \t]*" + _DIGITS
)
_SCRIPT_WORDS = (
    r"(?:מספר[ \t]+)?(?:ה|ב|ו)?חשבון|ח-ן|ח\"ן|(?:رقم[ \t]+)?(?:ال)?حساب|(?:αριθμός[ \t]+)?λογαριασμ\w*|(?:số[ \t]+)?tài khoản|"
    r"(?:so[ \t]+)?tai khoan|s[ốo][ \t]?tk|stk|(?:no\.?[ \t]*)?akaun|(?:no\.?[ \t]*)?rek(?:ening)?|contul|"
    # (Croatian and Serbian "račun" alone is an invoice too: only a current account's words)
    r"(?:žiro|tekući|tekuci)[ \t]+ra[čc]un\w*|broj[ \t]+ra[čc]una"
)
# (a bank's short name in capitals may stand before the number: "No. rekening BCA 8830112244")
_SCRIPT_VALUE = lazy_re(
    rf"(?i)(?<![\w])(?:{_SCRIPT_WORDS})(?![\w])[ \t]*(?:[:#=\-–][ \t]*)?(?:(?:номер|no\.?|nr\.?|br\.?)[ \t]*)?(?:(?-i:[A-Z]{{2,6}})[ \t]+)?"
    + _DIGITS
)
# Thai writes its account word glued to the words before it ("โอนเข้าบัญชี 123-4-56789-0").
# (the bank's name may be glued between: "เข้าบัญชีกสิกรไทย 123-4-56789-0")
_THAI = lazy_re(
    r"(?:เลขที่บัญชี|เลขบัญชี|บัญชี)[ \t:]*(?:เลขที่[ \t]*)?(?:[\u0e00-\u0e7f]{2,20}[ \t:]*)?"
    r"(?P<value>\d(?:\d|[ \-](?=\d)){7,33})(?![\d\-])"
)
# A bank's and a branch's numbers, then the account's: "בנק 12 סניף 634 חשבון 228419", "bank 10,
# branch 912, account 44817": a short account is an account after its branch.
_BRANCH_THEN = lazy_re(
    r"(?i)(?<![\w])(?:branch|סניף|ס\.|sucursal|şube|sube|filiale|filial|branche|oddzia[łl]|支店|지점)[ \t:#]*\d{2,5}[ \t,;/]*"
    rf"(?:{_WORDS}|{_SCRIPT_WORDS})(?![\w])[ \t]*(?:(?:no\.?|nr\.?|number|#|מס['׳]?)[ \t]*)?[:#\-–]?[ \t]*"
    r"(?P<value>\d(?:\d|-(?=\d)){3,14})(?![\d\-]|[.,]\d)"
)
# ... or with no account word, on a line that names the bank: "בנק הפועלים 12, סניף 600, 384720",
# "Banco Estado, sucursal 214, 00412873".
_BRANCH_BARE = lazy_re(
    r"(?i)(?<![\w])(?:branch|סניף|sucursal|şube|sube|filiale|filial|oddzia[łl]|支店|지점)[ \t:#]*\d{2,5}[ \t]*[,;/][ \t]*"
    r"(?P<value>\d(?:\d|-(?=\d)){3,14})(?![\w\-]|[.,]\d)"
)
_BANK_WORD = lazy_re(r"(?i)bank|banco|banque|banca|בנק|銀行|은행")
_BRANCH_KEYS = ("branch", "סניף", "sucursal", "şube", "sube", "filial", "branche", "oddzia", "支店", "지점")
# What an account number is for when it is no bank account: a customer's, a bill's, a policy's.
_NOT_BANK = lazy_re(
    r"(?i)" + BUSINESS_CODES + r"|bill|utility|electric|gas\b|water|power|energy|phone|mobile|telecom|broadband|internet|"
    r"policy|p[óo]liza|polizza|police|polis|member|loyalty|points|kunden|klant|login|user|online|portal|shop|store|"
    r"contract|contrato|vertrag|contrat|umowa|ticket|case|claim|meter|z[äa]hler|compteur|contador"
)


def find_account_positions(text: str, add: Callable[[Candidate], None], lower: str) -> None:
    """Add every account these forms give in ``text`` (``lower``: the text lowercased)."""
    for a, b in keyword_windows(lower, _KEYS, 110, 2):
        for m in _FOR_THEN_VALUE.finditer(text, a, b):
            if not _NOT_BANK.search(m.group("gap")):
                add(Candidate(m.start("value"), m.end("value"), "ACCOUNT"))
        for m in _SCRIPT_VALUE.finditer(text, a, b):
            add(Candidate(m.start("value"), m.end("value"), "ACCOUNT"))
    for a, b in keyword_windows(lower, _BRANCH_KEYS, 60, 2):
        for m in _BRANCH_THEN.finditer(text, a, b):
            add(Candidate(m.start("value"), m.end("value"), "ACCOUNT"))
        for m in _BRANCH_BARE.finditer(text, a, b):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _BANK_WORD.search(text, max(line_start, m.start() - 40), m.start()):
                add(Candidate(m.start("value"), m.end("value"), "ACCOUNT"))
    if "บัญชี" in text:
        for m in _THAI.finditer(text):
            add(Candidate(m.start("value"), m.end("value"), "ACCOUNT"))
