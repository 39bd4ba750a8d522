"""Birth-date cue words in the languages the general rule in ``structured_births`` does not know:
Arabic, Hebrew, Persian, Urdu, Indonesian and Malay, Vietnamese, Thai, Filipino, Russian,
Ukrainian, Bulgarian, Serbian and Croatian, Slovak, Slovenian, Greek, Icelandic, Estonian,
Latvian, Lithuanian, Georgian and Swahili ("تاريخ الميلاد", "תאריך לידה", "tanggal lahir",
"ngày sinh", "วันเกิด", "дата рождения", "dátum narodenia", "ημερομηνία γέννησης",
"fæðingardagur", "sünniaeg").

A date is taken only within a short stretch after the cue, on the same line. The dates are the
general rule's shapes, plus the years of two other calendars written on forms of those countries:
the Hijri year ("1412/07/22") and the Thai Buddhist-era year with Thai month names
("8 มีนาคม 2538").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.text_cache import keys_in, keyword_windows
from desktop.core.privacy.word_lists import derived

# Lowercase substrings, one of which every cue below holds (searched fast).
BIRTH_KEYS = (
    "الميلاد", "ميلاد", "مواليد", "مولود", "الولادة", "تولد", "پیدائش", "לידה", "נולד", "יליד", "lahir", "ngày sinh", "năm sinh",
    "sinh ngày", "ngay sinh", "sinh năm", "เกิด", "kapanganakan", "kaarawan", "рождени", "родил", "народжен", "народив",
    "раждане", "роден", "рођењ", "рођен", "rođen", "rodjen", "narodeni", "narodený", "narodená", "rojstva", "rojen",
    "γέννησ", "γεννήθ", "fæðing", "fædd", "sünni", "sündinud", "dzimšanas", "dzimis", "gimimo", "gimęs", "gimusi",
    "დაბადების", "kuzaliwa", "szület", "szulet",
    # abbreviated on forms and in lists: "д.р.", "nar.", "Ημ. γεν.", "né(e) le", "d.t.", "doğ.", "nasc.", "nac."
    "г.р.", "г. р.", "д.р.", "д. р.", "nar.", "γεν.", "né(e)", "ne(e)", "d.t.", "d. t.", "doğ.", "dog.", "nasc.", "nac.",
    "rođ.", "rod.", "dzim.", "synny", "lindur", "gebore", "ipinanganak", "जन्म",
)
_CUE = (
    r"(?:تاريخ|ت\.)\s*(?:الميلاد|الولادة|ميلاد)|الميلاد|مواليد|تاریخ\s*(?:تولد|پیدائش)|"
    r"תאריך\s*לידה|ת\.\s*לידה|נולד(?:ה)?|ילידת|יליד|المولود(?:ة)?(?:\s*في)?|"
    r"(?:tempat\s*/\s*|tempat,\s*)?(?:tanggal|tgl\.?|tarikh)\s*lahir|lahir(?:\s+pada)?|"
    r"ng[àa]y\s*(?:th[áa]ng\s*n[ăa]m\s*)?sinh|n[ăa]m\s*sinh|sinh\s*ng[àa]y|sinh(?=\s*n[ăa]m)|"
    r"วันเกิด|เกิดวันที่|วัน\s*เดือน\s*ปี\s*เกิด|"
    r"petsa\s*ng\s*kapanganakan|kaarawan|"
    r"дата\s*рождения|год\s*рождения|родил(?:ся|ась)|дата\s*народження|народил?(?:ся|ася|ась|ений|ена)|"
    r"дата\s*на\s*раждане|роден(?:а)?|датум\s*рођења|рођен(?:а)?|datum\s*ro[dđ]j?enja|ro[dđ]j?en(?:a)?|"
    r"d[áa]tum\s*narodenia|narodeni[ae]|narodený|narodená|datum\s*rojstva|rojen(?:a)?|"
    r"ημερομηνία\s*γέννησης|ημ\.\s*γέννησης|γεννήθηκ(?:α|ε|αν|ες)|"
    r"fæðingardag(?:ur)?|fædd(?:ur)?|sünniaeg|sünnikuupäev|sündinud|dzimšanas\s*datums|dzimis|dzimusi|"
    r"sz[üu]let[ée]si\s*(?:id[őo]|d[áa]tum|nap)|sz[üu]letett|"
    r"gimimo\s*data|gimęs|gimusi|დაბადების\s*თარიღი|tarehe\s*ya\s*kuzaliwa|"
    # abbreviations (each ends in its period, so "(?!\w)" after it holds)
    r"д\.\s?р\.|(?:d[áa]t\.\s*)?nar\.|(?:ημ\.\s*)?γεν\.|n[ée]\(e\)\s*le|d\.\s?t\.|do[gğ]\.|nasc\.|nac\.|"
    # Croatian, Bosnian and Serbian "rođ." (rođen, rođenja), Latvian "dzim." (dzimis); Hebrew "born"
    # said of oneself or of others ("נולדתי", "נולדו"); Thai "born" alone before a date's figures
    r"(?:dat(?:um|\.)\s*)?ro[dđ]\.|dzim\.|נולדתי|נולדת|נולדו|เกิด(?=[ \t:]*\d)|"
    # Finnish "I was born", Albanian, Afrikaans, Tagalog and Malay "born", Hindi "birth"
    r"synnyin|synnyit|(?:e\s+)?lindur(?:\s+m[ëe])?|gebore(?:\s+op)?|ipinanganak(?:\s+(?:noong|ako))?|dilahirkan|जन्म"
)
_THAI_MONTHS = (
    r"มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
    r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\."
)
_HU_MONTHS = (
    r"január|február|március|április|május|június|július|augusztus|szeptember|október|november|december|"
    r"jan|febr|márc|ápr|máj|jún|júl|aug|szept|okt|nov|dec"
)
_OTHER_CALENDARS = (
    # Vietnamese and Hungarian dates in words ("12 tháng 5 năm 1992", "1991. március 14.")
    r"\d{1,2}\s*th[áa]ng\s*\d{1,2}\s*,?\s*n[ăa]m\s*(?:19|20)\d{2}|"
    rf"(?:19|20)\d{{2}}\.?\s*(?:{_HU_MONTHS})\.?\s*\d{{1,2}}\.?|"
    rf"\d{{1,2}}\s*(?:{_THAI_MONTHS})\s*(?:พ\.ศ\.\s*)?25\d{{2}}|"
    # (a Hijri year in Arabic-Indic figures too: "١٤١٠/٠٣/١٥")
    r"[1١][34٣٤]\d{2}[/\-.]\d{1,2}[/\-.]\d{1,2}|\d{1,2}[/\-.]\d{1,2}[/\-.]1[34]\d{2}|25\d{2}[/\-.]\d{1,2}[/\-.]\d{1,2}|\d{1,2}[/\-.]\d{1,2}[/\-.]25\d{2}"
)


# A birth year alone after the cue ("lahir tahun 1985", "sinh năm 1990", "родился в 1985 году",
# "γεννήθηκε το 1985", "fæddur 1985"), with the word for "year"/"in" between.
_YEAR_ONLY = (
    r"(?:(?:tahun|n[ăa]m|в|у|во|το|στο|árið|aastal|pada|sa|noong|ב-?|في|عام|سنة)\s*)?"
    r"(?<!\d)(?:19|20)\d{2}(?![\d./\-]|\s*[./\-]\s*\d)"
)
# A firm's or a project's founding ("perusahaan ... lahir tahun 1998"): no one's birth.
_FIRM = re.compile(
    r"(?i)(?:perusahaan|syarikat|công ty|компани|фирм|предприяти|εταιρ|חברה|الشركة|شركة|fyrirtæki|ettevõte|firma|"
    r"company|project|brand|startup)[^\n.]{0,40}$"
)


# The year before the Russian "г.р." (год рождения, year of birth): "Иванов, 1979 г.р.".
_YEAR_BEFORE = re.compile(r"(?<![\d./\-])(?P<value>(?:19|20)\d{2})[ \t]*г\.[ \t]?р\.")
# "b." (born), "f." (født, född, född), "n." (născut, nato) after a comma, a semicolon, a bracket or
# a dash and before a whole date, in figures or with its month in words ("Ciarán Byrne, b. 3 Feb
# 1990", "CNP ..., n. 08.03.1999"): a number's "n." has no comma before it ("fattura n. 12").
# (a dash may arrive folded to "-"; found from its dot, the signs before it checked behind it:
# the engine skips to dots, where the alternation first was tried at every position)
_SHORT_GATE = re.compile(r"\.(?:(?<=[,;(—–][ \t][bfn]\.)|(?<=[ \t]-[ \t][bfn]\.))")


@cache
def _short_rule(date: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:(?<=[,;(—–][ \t])|(?<=[ \t]-[ \t]))[bfn]\.[ \t]?(?P<value>{date})(?!\d|[./]\d)")


def _find_short(text: str, add: Callable[[Candidate], None], lower: str, date: str) -> None:
    rule = _short_rule(date)
    for a, b in keyword_windows(lower, ("b.", "f.", "n."), 40, 3):
        for m in rule.finditer(text, a, b):
            if re.search(r"(?:19|20)\d{2}$", m.group("value")):  # (a whole date: its year in four figures)
                add(Candidate(m.start("value"), m.end("value"), "DOB"))


@cache
def _year_rule() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{_CUE})(?!\w)[ \t,:\-–]{{0,3}}(?P<value>{_YEAR_ONLY})")


def _more_months_date() -> str:
    """A day, a month named in one of the languages of ``months_birth_more.txt`` (Cyrillic,
    Serbo-Croatian, Greek and Hebrew months, French and Spanish abbreviations...), then the year:
    "2. јула 1988", "3 במאי 1988", "22 sept. 2018"; or the month first ("Hunyo 12, 1991")."""
    from desktop.core.privacy.word_lists import word_list

    months = "|".join(re.escape(m) for m in sorted(word_list("months_birth_more.txt"), key=len, reverse=True))
    return (
        rf"\d{{1,2}}\.?\s*(?:ב-?)?(?:{months})(?:\s+|(?<=\.))(?:(?:19|20)\d{{2}}|['’]\d{{2}})(?!\d)"
        rf"|(?:{months})\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}(?!\d)"
    )


@cache
def _rule(date: str) -> re.Pattern[str]:
    # (the cue, then within 30 characters of the same line with no digit, the date)
    return re.compile(
        rf"(?i)(?<!\w)(?:{_CUE})(?!\w)[^\n\d]{{0,30}}?(?P<value>{_OTHER_CALENDARS}|{_more_months_date()}|{date})(?![\d])"
    )


derived(_rule.cache_clear)  # (made from months_birth_more.txt)


def find_birth_cues(text: str, add: Callable[[Candidate], None], lower: str, date: str) -> list[tuple[int, int]]:
    """Add each date right after one of these cue words (``date``: the general rule's date
    pattern); return where the cue words are, each window starting at one."""
    if _SHORT_GATE.search(lower):
        _find_short(text, add, lower, date)
    keys = keys_in(lower, BIRTH_KEYS)  # (most texts hold none)
    if not keys:
        return []
    rule = _rule(date)
    # (a cue may start up to a word before its key: "تاريخ الميلاد", "tanggal lahir")
    for a, b in keyword_windows(lower, keys, 90, 16):
        for m in rule.finditer(text, a, b):
            add(Candidate(m.start("value"), m.end("value"), "DOB"))
        for m in _YEAR_BEFORE.finditer(text, a, b):
            add(Candidate(m.start("value"), m.end("value"), "DOB"))
        for m in _year_rule().finditer(text, a, b):
            if not _FIRM.search(text, max(0, m.start() - 50), m.start()):
                add(Candidate(m.end("value") - 4, m.end("value"), "DOB"))  # (the year, without "tahun")
    return keyword_windows(lower, keys, 90)
