"""Bank accounts in the forms payroll, expense and payment texts of more countries write them,
beside those ``structured`` and ``structured_banks`` read:

- a Russian or Ukrainian account after its words ("р/с 40817810938160925982", "расчётный
  счёт", "лицевой счёт", "номер рахунку"); after "счёт" alone (also "invoice") only the twenty
  digits of an account, which start with a 4;
- a Korean bank's name, then the account in its dashed groups ("국민은행 412002-04-183327"): a
  mobile number ("010-...") after a bank's name stays;
- a Brazilian account whose check digit is an X ("c/c 27.551-X", "conta 40412-x");
- a building society's roll number, the reference its account is paid with ("building society
  roll no. B/2291-774");
- an Indian provident fund member id, whose shape nothing else has (state, office, establishment,
  extension, member: "MH/BAN/0012345/000/0001234");
- an account after a compound account word ("Gehaltskonto: 1234567890", "Girokonto 0532013000",
  "spaarrekening 1234.56.789", "lönekonto 8327-9 123 456 789"): a customer's or a login's account
  at a shop or a site ("Kundenkonto 4471", "gebruikersaccount") stays;
- a Hungarian account said before its word, as the case endings put it ("a 11773016-04418293
  számlaszámra utald").
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import keyword_windows

_CYRILLIC = lazy_re(
    r"(?i)(?<![\w])(?:(?P<strong>р/с|р/сч|р\.[ \t]?с\.|расч[её]тн(?:ый|ого|ому)[ \t]+сч[её]т\w*|лицев(?:ой|ого|ому)[ \t]+сч[её]т\w*|"
    r"номер[ \t]+сч[её]та|номер[ \t]+рахунку|рахун(?:ок|ку)|поточн(?:ий|ого)[ \t]+рахун\w*)|сч[её]т\w*)"
    r"[^\n\d]{0,14}?(?P<value>\d[\d \-]{8,28}\d)(?![\d\-])"
)
_CYRILLIC_KEYS = ("р/с", "р/сч", "р.", "расч", "лицев", "номер", "рахун", "поточн", "счет", "счёт", "счета", "счёта")
_KOREAN = lazy_re(
    r"(?:(?:국민|신한|우리|하나|기업|농협|산업|수협|대구|부산|경남|광주|전북|제주|SC제일|씨티|새마을|신협)(?:은행)?|"
    r"카카오뱅크|토스뱅크|케이뱅크|우체국|새마을금고)[^\n\d]{0,8}?"
    r"(?P<value>\d{2,6}-\d{2,6}-\d{1,8}(?:-\d{1,3})?)(?![\d\-])"
)
# (and two banks' short names alone, "국민 123456-01-234567"; "우리", "하나", "기업" are everyday words too)
_KOREAN_KEYS = ("은행", "뱅크", "농협", "우체국", "금고", "신협", "국민", "신한")
_ISO_DATE = lazy_re(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}")
_BRAZIL_X = lazy_re(
    r"(?i)(?<![\w])(?:c/c|cc|conta(?:[ \-]corrente|[ \-]poupan[çc]a)?|n[úu]mero da conta)[ \t.:]*(?:n[º°o.]?[ \t]*)?"
    r"(?P<value>\d{1,3}(?:\.\d{3}){1,3}-[xX]|\d{3,12}-[xX])(?![\w])"
)
_ROLL = lazy_re(
    r"(?i)(?<![\w])roll[ \t]?(?:number|no\.?|num\.?|ref(?:erence)?\.?|#)[ \t:]*(?P<value>[A-Z0-9][A-Z0-9/\-. ]{2,16}[A-Z0-9])(?![\w])"
)
_SOCIETY = lazy_re(r"(?i)building society|(?<![\w])b\.?s\.?(?![\w])|society")
_COMPOUND = lazy_re(
    r"(?i)(?<![\w])(?P<word>[^\W\d_]{2,20})(?:konto|kontot|kontoen|rekening|räkning)(?:nummer|nr\.?|-nr\.?)?[ \t]*(?:[:#]|n[or]\.?)?[ \t]*"
    r"(?P<value>\d[\d \-.]{4,30}\d)(?![\d\-])"
)
_NOT_BANK = frozenset({"kunden", "benutzer", "nutzer", "user", "online", "login", "kunde", "klanten", "gebruikers", "mitglieds", "email",
                       "e-mail", "bonus", "punkte", "kund", "sammel", "verrechnungs", "sach", "erlös", "erlos", "aufwands",
                       "kosten", "gegen", "haupt", "unter", "bestands", "ertrags"})
# (a capital first, the character before it checked after it: the engine then skips to capitals)
_EPF_MEMBER = lazy_re(r"[A-Z](?<![\w/][A-Z])[A-Z]/?[A-Z]{3}/?\d{7}/?\d{3}/?\d{7}(?![\w/])")
_HUNGARIAN_AFTER = lazy_re(
    r"(?<![\d\-])(?P<value>\d{8}-\d{8}(?:-\d{8})?)[ \t]+(?i:sz[áa]mlasz[áa]m\w*|banksz[áa]ml\w*|sz[áa]ml[áa]\w*)"
)


def _add(add: Callable[[Candidate], None], start: int, end: int) -> None:
    add(Candidate(start, end, "ACCOUNT"))


def find_account_words(text: str, add: Callable[[Candidate], None], lower: str) -> None:
    """Add every account these forms give in ``text`` (``lower``: the text lowercased)."""
    for a, b in keyword_windows(lower, _CYRILLIC_KEYS, 70, 2):
        for m in _CYRILLIC.finditer(text, a, b):
            digits = "".join(c for c in m.group("value") if c.isdigit())
            if m.group("strong") or (len(digits) == 20 and digits[0] == "4"):
                _add(add, m.start("value"), m.end("value"))
    for a, b in keyword_windows(lower, _KOREAN_KEYS, 40, 12):
        for m in _KOREAN.finditer(text, a, b):
            if not m.group("value").startswith("01") and not _ISO_DATE.fullmatch(m.group("value")):  # (a mobile number, a date)
                _add(add, m.start("value"), m.end("value"))
    if "-x" in lower:
        for m in _BRAZIL_X.finditer(text):
            _add(add, m.start("value"), m.end("value"))
    for a, b in keyword_windows(lower, ("roll",), 40, 2):
        for m in _ROLL.finditer(text, a, b):
            if sum(c.isdigit() for c in m.group("value")) >= 4 and _SOCIETY.search(text, max(0, m.start() - 80), m.start()):
                _add(add, m.start("value"), m.end("value"))
    for a, b in keyword_windows(lower, ("konto", "rekening", "räkning"), 50, 22):
        for m in _COMPOUND.finditer(text, a, b):
            value = m.group("value")
            cents = text[m.end() : m.end() + 1] == "," and text[m.end() + 1 : m.end() + 2].isdigit()  # an amount: "1.250,00"
            if m.group("word").lower() not in _NOT_BANK and sum(c.isdigit() for c in value) >= 6 and not cents:
                _add(add, m.start("value"), m.end("value"))
    if "/" in text:
        for m in _EPF_MEMBER.finditer(text):
            _add(add, m.start(), m.end())
    for a, b in keyword_windows(lower, ("száml", "szaml"), 40, 30):
        for m in _HUNGARIAN_AFTER.finditer(text, a, b):
            _add(add, m.start("value"), m.end("value"))
