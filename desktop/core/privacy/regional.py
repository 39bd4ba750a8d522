"""Structured values in national forms the general rules in ``structured`` do not cover: birth
dates written in East Asian scripts, eras and month names, bank accounts in national formats
(Argentine CBU, Japanese 普通/当座 accounts, Brazilian conta,
Swedish Bankgiro/Plusgiro; more in ``structured_banks``) and national IDs with a strong checksum (Portuguese Cartão de
Cidadão, Irish PPSN).

A number is taken only with a checksum that holds or a cue word next to it, so that order
numbers, prices and dates stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import merged
from desktop.core.privacy.token_scan import long_numbers

# A birth cue in Korean, Japanese, Chinese or Hindi, then a date written in that script
# ("1993년 10월 2일", "平成9年4月21日", "1990年5月3日") or with digits ("03/01/2016").
_CJK_BIRTH = lazy_re(
    r"(?:생년월일|생일|출생|生年月日|誕生日|生まれ|出生日期|出生于|生于|出生|生日|जन्म\s*(?:तिथि|दिनांक|तारीख)?)"
    r"[^\n\d]{0,12}?"
    # (a Japanese era, or Taiwan's Republic era: "民國79年5月12日")
    r"(?P<value>(?:平成|昭和|令和|大正|民國|民国)\s*(?:\d{1,3}|元)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|(?:19|20)\d{2}\s*[년年]\s*\d{1,2}\s*[월月]\s*\d{1,2}\s*[일日]"
    r"|\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d{2}|(?:19|20)\d{2}[./\-]\d{1,2}[./\-]\d{1,2}"
    # year, month and day without separators, as Korean forms write them ("900512", "19900512")
    r"|(?<!\d)(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\d\-])"
    # and with dots and a two-figure year, as Korean writes a date ("출생 92.07.04"), or a Japanese
    # era's year after its letter ("S63.5.3": Shōwa 63, "H2.11.3": Heisei 2)
    r"|(?<![\dA-Za-z.])(?:[MTSHR]\d{1,2}|\d{2})\.\s?(?:0?[1-9]|1[0-2])\.\s?(?:0?[1-9]|[12]\d|3[01])\.?(?![\d.])"
    # a year and month only ("出生年月：1990年2月"), a birthday's month and day ("생일 2월 1일", "誕生日は2月1日")
    r"|(?:(?<=出生年月)|(?<=出生年月[：: ])|(?<=出生年月[：:] ))(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?!\s*\d)"
    r"|(?<![\d年년])\d{1,2}\s*[월月]\s*\d{1,2}\s*[일日](?!\s*[\d~\-]))"
)
# An era date is someone's birth date even without a cue when "生" (birth) is just before it.
# So is a Western date with "生まれ"/"生" (Japanese) or "생" (Korean) after it ("1990年5月3日生まれ", "1990년 5월 3일생").
_ERA_BIRTH = lazy_re(
    r"(?P<value>(?:(?:昭和|平成)\s*\d{1,2}|(?:19|20)\d{2})\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일])\s*"
    r"(?:生まれ|生(?![\u3040-\u30ff\u4e00-\u9fff])|생(?![\uac00-\ud7af]))"  # (not 生産, 생산: production)
)
# A birthday without a year ("cumpleaños 14 de julio", "birthday 3 March"): still a birth date.
_BIRTHDAY = lazy_re(
    r"(?i)(?:birthday|cumpleaños|cumple|aniversário|compleanno|geburtstag|anniversaire|urodziny|verjaardag)"
    r"[^\n\d]{0,20}?(?P<value>\d{1,2}(?:st|nd|rd|th|er|º)?\s+(?:de\s+|of\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|"
    r"dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janvier|février|avril|mai|"
    r"juin|juillet|août|décembre|märz|juni|juli|oktober|dezember)[a-zäéû]*)(?!\s*(?:de\s+)?\d)"
)

# Accounts.
_JP_ACCOUNT = lazy_re(r"(?:普通|当座|貯蓄)(?:預金)?(?:口座)?\s*[:：]?\s*(?:No\.?\s*)?(?P<value>\d{7})(?!\d)")
_BR_CONTA = lazy_re(
    r"(?i)\b(?:conta(?:\s+corrente|\s+poupança)?|c/c)\s*(?:n[º°.o]\s*)?[:#]?\s*(?P<value>\d{3,12}-[\dXx])(?![\w\-])"
)
_GIRO = lazy_re(
    r"(?i)\b(?:bankgiro|plusgiro|bg|pg)\b(?:\s*\([^)\n]{0,20}\))?\s*(?:nr\.?|nummer)?\s*[:#]?\s*"
    # (a Plusgiro number may be grouped by twos or fours: "4171 53-4", "41 71 53-4")
    r"(?P<value>\d{3,4}-\d{4}|\d{1,7}-\d|\d{1,4}(?: \d{1,4}){1,3}-\d)(?![\w\-])"
)
# Checksummed numbers, one pass from a digit no word character, dot or dash precedes: an
# Argentine CBU (22 digits), a Portuguese Cartão de Cidadão, an Irish PPSN, a Spanish CCC (bank,
# branch, two check digits, account: "2100 0418 45 0200051332") and a Czech account with its
# bank code ("19-2000145399/0800": two mod-11 sums and the bank code list), and those below.
_CHECKSUMMED = lazy_re(
    r"\d(?<![\w.\-]\d)(?:(?P<cbu>\d{21}(?![\d\-]))|(?P<cc>\d{7} ?\d ?[A-Z]{2}\d(?!\w))|(?P<pps>\d{6}[A-W][AHWTX]?(?!\w))"
    r"|(?P<ccc>\d{3}(?P<sep>[ \-]?)\d{4}(?P=sep)\d{2}(?P=sep)\d{10}(?![\w\-]))"
    r"|(?P<cz>(?:\d{0,5}-\d{2,10}|\d{4,9})/\d{4}(?![\w/]))"
    # a New Zealand account (bank-branch-account-suffix: "01-0242-0448213-00") and a Polish NRB
    # (an IBAN without its "PL": "37 2158 3800 8462 1434 9119 8685")
    r"|(?P<nz>\d-\d{4}-\d{7}-\d{2,3}(?![\w\-]))"
    # a French RIB (bank, branch, account, key: "30004 00828 00010245678 76", its key a mod-97 sum)
    # (or its four parts in a table's cells: "30004 | 00821 | 00012345675 | 58", "30004;00821;...")
    r"|(?P<rib>\d{4}(?P<rsep> ?|[ \t]*[|;\t][ \t]*)\d{5}(?P=rsep)[0-9A-Z]{11}(?P=rsep)\d{2}(?![\w\-]))"
    # a Portuguese NIB (bank, branch, account, check: "0035 0123 00012345678 55", an IBAN without "PT50")
    r"|(?P<nib>\d{3}(?P<psep> ?)\d{4}(?P=psep)\d{11}(?P=psep)\d{2}(?![\w\-]))"
    r"|(?P<nrb>\d(?P<nsep> ?)\d{4}(?:(?P=nsep)\d{4}){5}(?![\w\-]))"
    # a UK sort code and account number written together ("04-00-04 59183370", "20-32-06 / 73011598")
    r"|(?P<uk>\d-\d{2}-\d{2})(?P<ukgap>[ \t]*[/,]?[ \t]*)\d{8}(?![\w\-])"
    # and the other way round, the account first ("70872490 / 40-47-84")
    r"|(?P<ukacc>\d{7})(?P<ukgap2>[ \t]*[/,]?[ \t]*)\d{2}-\d{2}-\d{2}(?![\w\-]))"
)
_NIB_WORD = lazy_re(r"(?i)\bnib\b")
# A RIB's letters count as digits (A and J as 1, B and K as 2 ... S as 2), as the banks' key does.
_RIB_LETTERS = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")


def _rib_ok(value: str) -> bool:
    digits = "".join(c for c in value if c.isalnum()).translate(_RIB_LETTERS)
    bank, branch, account, key = int(digits[:5]), int(digits[5:10]), int(digits[10:21]), int(digits[21:])
    return key == 97 - (89 * bank + 15 * branch + 3 * account) % 97
_DOCUMENT_BEFORE = lazy_re(r"(?i)\b(?:ref|reference|order|invoice|lease|policy|ticket|case|contract|no|nr|number|#)\.?[ \t]*[:#]?[ \t]*$")
# An Argentine DNI written with dots ("38.114.902") only next to its cue.
_AR_DNI = lazy_re(r"\b(?:DNI|D\.N\.I\.)\s*(?:n[º°.o]\s*)?[:#]?\s*(?P<value>\d{1,2}\.\d{3}\.\d{3})(?![\d.])")


# Rules anchored on a cue word look only around the cue (lowercase substrings of every cue).
_CUES: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (_BIRTHDAY, "DOB", ("birthday", "cumple", "aniversário", "compleanno", "geburtstag", "anniversaire", "urodziny",
                        "verjaardag")),
    (_BR_CONTA, "ACCOUNT", ("conta", "c/c")),
    (_GIRO, "ACCOUNT", ("giro", "bg", "pg")),
    (_AR_DNI, "NATIONAL_ID", ("dni", "d.n.i")),
)
_EAST_ASIAN_CUES = ("생", "출생", "生", "誕", "जन्म", "普通", "当座", "貯蓄")


def find_regional(text: str, add: Callable[[Candidate], None], lower: str | None = None) -> None:
    """Add every value these rules find in ``text`` (``lower``: the text lowercased, if at hand)."""
    from desktop.core.privacy.text_cache import keyword_windows

    lower = text.lower() if lower is None else lower
    if any(cue in text for cue in _EAST_ASIAN_CUES):
        for rule in (_CJK_BIRTH, _ERA_BIRTH):
            for m in rule.finditer(text):
                add(Candidate(m.start("value"), m.end("value"), "DOB"))
        for m in _JP_ACCOUNT.finditer(text):
            add(Candidate(m.start("value"), m.end("value"), "ACCOUNT"))
    for rule, kind, cues in _CUES:
        for a, b in keyword_windows(lower, cues, 80, 12):
            for m in rule.finditer(text, a, b):
                add(Candidate(m.start("value"), m.end("value"), kind))
    _checksummed(text, add)


# Where the checksummed rule can match: every shape but three holds a long number (seven digits or
# more, ``token_scan.long_numbers``) from its first digit, and ends at most sixteen characters past
# it (a RIB's account may hold letters); a Czech account holds "/" and four digits, at most
# seventeen characters after its start; a UK sort code and account stand on one line.
_CZ_SLASH = re.compile(r"/(?<=\d/)\d{4}")
_SORT_CODE = re.compile(r"-(?<=\d\d-)\d\d-\d\d")
_PAST_LONG = 12  # (characters added to a long number's stretch, which holds eight past it)
# A RIB in a table's cells starts with its bank's and branch's five digits and a cell's bar.
_RIB_CELLS = re.compile(r"\d{5}[ \t]*[|;\t][ \t]*\d{5}[ \t]*[|;\t]")


def _checksummed_matches(text: str) -> Iterator[re.Match[str]]:
    """``_CHECKSUMMED.finditer(text)``, run only over the stretches where it can match (merged:
    a match and the matches before it in its stretch are those of the whole text)."""
    size = len(text)
    spans = [(begin, min(size, end + _PAST_LONG)) for begin, end in long_numbers(text).windows]
    if "/" in text:
        spans += [(max(0, m.start() - 17), min(size, m.start() + 7)) for m in _CZ_SLASH.finditer(text)]
    if "|" in text or ";" in text or "\t" in text:
        spans += [(max(0, m.start() - 1), min(size, m.start() + 48)) for m in _RIB_CELLS.finditer(text)]
    if "-" in text:
        for m in _SORT_CODE.finditer(text):
            line_end = text.find("\n", m.end())
            spans.append((text.rfind("\n", 0, m.start()) + 1, size if line_end < 0 else line_end + 1))
    for begin, end in merged(sorted(spans)):
        yield from _CHECKSUMMED.finditer(text, begin, end)


def _checksummed(text: str, add: Callable[[Candidate], None]) -> None:
    from stdnum import iban
    from stdnum.ar import cbu
    from stdnum.cz import bankaccount
    from stdnum.es import ccc
    from stdnum.ie import pps
    from stdnum.nz import bankaccount as nz_bankaccount
    from stdnum.pt import cc

    for m in _checksummed_matches(text):
        kind = ("ccc" if m.group("ccc") else "nrb" if m.group("nrb") else "uk" if m.group("uk")
                else "nib" if m.group("nib") else "rib" if m.group("rib") else m.lastgroup)
        if kind == "uk":
            add(Candidate(m.start(), m.end("uk"), "ACCOUNT"))
            add(Candidate(m.end("ukgap"), m.end(), "ACCOUNT"))
            continue
        if m.group("ukacc"):
            if _DOCUMENT_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                continue  # "Lease ref 12345678 / 12-03-24": a document's number and its date
            add(Candidate(m.start(), m.end("ukacc"), "ACCOUNT"))
            add(Candidate(m.end("ukgap2"), m.end(), "ACCOUNT"))
            continue
        value = m.group(0)
        if ((kind == "cbu" and cbu.is_valid(value)) or (kind == "ccc" and ccc.is_valid(value))
                or (kind == "cz" and bankaccount.is_valid(value)) or (kind == "nz" and nz_bankaccount.is_valid(value))
                or (kind == "nrb" and iban.is_valid("PL" + value.replace(" ", "")))
                or (kind == "rib" and _rib_ok(value))
                or (kind == "nib" and (iban.is_valid("PT50" + value.replace(" ", "")) or _NIB_WORD.search(text, max(0, m.start() - 40), m.start())))):
            add(Candidate(m.start(), m.end(), "ACCOUNT"))
        elif (kind == "cc" and cc.is_valid(value)) or (kind == "pps" and pps.is_valid(value)):
            add(Candidate(m.start(), m.end(), "NATIONAL_ID"))
