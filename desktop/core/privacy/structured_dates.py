"""Birth dates the cue-word rule in ``structured_births`` does not reach: a birth year in brackets
("age 34 (b. 1990)", "(d. 1978)" in Turkish, "(geb. 1961)", "(b. 1995, 29 at move-in)"), a date marked with the genealogical
star ("*12.03.1985"), and a date given as the answer to a chat question about a birthday ("whats
ur bday for the form" / "jay: july 9th 1994").

Each rule is tried only around its own cue, so text without one costs a few substring searches.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from desktop.core.privacy.birth_cues import find_birth_cues
from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.text_cache import keyword_windows
from desktop.core.privacy.word_lists import derived

# (a plain "(" first: the engine skips straight to each bracket)
_YEAR_IN_BRACKETS = re.compile(
    r"\((?i:b\.|born|geb\.|geboren|ur\.|urodzon[ya]|d\.|n\.|n[ée]e?|nat[oa]|nacid[oa]|nascid[oa]|f\.|f[öo]dd|f[øo]dt|\*)"
    r"[ \t]?(?i:in[ \t]|en[ \t]|em[ \t]|nel[ \t]|im[ \t]|w[ \t])?(?P<value>(?:19|20)\d{2})(?:\)|(?=[,;][ \t][^()\n]{1,40}\)))"
)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# A birthday without its year, in figures: "bday 6/2", "Geburtstag am 14.7."
_BIRTHDAY_FIGURES = re.compile(
    r"(?i)(?<!\w)(?:birthday|bday|b-day|cumplea[ñn]os|cumple|anivers[áa]rio|geburtstag|verjaardag|anniversaire|compleanno|urodziny)"
    r"[^\n\d]{0,14}?(?P<value>\d{1,2}[./]\d{1,2}\.?(?![./]?\d)|(?<=the )\d{1,2}(?:st|nd|rd|th)(?!\w))"
)
_DIGIT_BEFORE = re.compile(r"\d[ \t]+(?:in[ \t]+[^\W\d][\w\-]{1,20}[ \t]+)?(?i:geboren|geb\.)")
# A birth year after "born", not in brackets: "born 1945", "born in March 1990", "né en 1985",
# "nato nel 1975", "urodzony w 1980"; a firm's founding year
# stays (see _FIRM). (A year of birth given as a cohort, "Jahrgang 1994", is left: the corpus
# labels it as no birth date.)
_BIRTH_YEAR = re.compile(
    r"(?<!\w)(?i:born(?: in)?|n[ée]e? en|nat[oa] nel|nacid[oa] en(?: el a[ñn]o)?|nascid[oa] em|urodzon[ya] w|urodzi[łl]a? si[ęe] w|"
    r"geboren(?: in| im jahr)?|f[öo]dd(?: [åa]r| i)?|f[øo]dt(?: i)?|syntynyt(?: vuonna)?|d\.?o\.?b\.?[ \t]*:|"
    r"year of birth[ \t]*:?|birth[ \t]?year[ \t]*:?|geburtsjahr[ \t]*:?|ann[ée]e de naissance[ \t]*:?|a[ñn]o de nacimiento[ \t]*:?|"
    r"anno di nascita[ \t]*:?|ano de nascimento[ \t]*:?|rok urodzenia[ \t]*:?|f[öo]delse[åa]r[ \t]*:?|f[øo]dsels[åa]r[ \t]*:?|"
    r"geboortejaar[ \t]*:?)[ \t]+"
    r"(?P<value>(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+)?(?:19|20)\d{2})"
    r"(?![\d./\-])"
)
# The year, or the whole date, before the word: Turkish "1983 doğumlu" (born in 1983), "3 Mayıs 1988
# doğumluyum" (I was born on 3 May 1988), "12.04.1990 doğumlu".


@cache
def _year_born() -> re.Pattern[str]:
    from desktop.core.privacy.word_lists import word_list

    months = "|".join(re.escape(m) for m in word_list("months_turkish.txt"))
    return re.compile(
        rf"(?<![\d./\-])(?P<value>(?:\d{{1,2}}[ .]+(?i:{months})[ .]+|\d{{1,2}}[./]\d{{1,2}}[./])?(?:19|20)\d{{2}})"
        r"[ \t]+(?i:do[gğ]umlu(?:yum|yuz|yız|sun|sunuz|dur|ydu)?)(?!\w)"
    )


derived(_year_born.cache_clear)  # (made from months_turkish.txt)
_FIRM = re.compile(
    r"(?i)\b(?:company|firm|business|project|startup|brand|idea|band|club|shop|store|team|gmbh|ltd|inc|"
    r"empresa|soci[ée]t[ée]|entreprise|maison|azienda|societ[àa]|ditta|firma|unternehmen|bedrijf|projeto|proyecto|progetto|"
    r"marca|tienda|negozio|loja|sp[óo][łl]ka|srl|spa|sarl|sas|s\.a\.|ltda|bv|nv|projet|association|groupe|marque|magasin|"
    r"boutique|id[ée]e|idea|iniciativa|iniziativa|festival|evento|[ée]v[ée]nement)\b[^\n.]{0,40}$"
)
# A birthday by the age reached on it: "he turns 80 on April 2", "she turned 40 on 3 May".
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_TURNS = re.compile(
    rf"(?i)turn(?:s|ed) \d{{1,3}} on (?:the )?(?P<value>{_MONTH_WORD} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH_WORD})(?![\w])"
)


# A table whose header names the birth column by the genealogical star alone ("Name;Vorname;*;SV-Nr."):
# the dates below it, in the same column of rows with as many cells.
_STAR_HEADER = re.compile(r"^(?P<line>[^\n]*(?:^|[;\t|,])[ \t]*\*[ \t]*(?:[;\t|,][^\n]*|$))$", re.MULTILINE)


def _star_column(text: str, add: Callable[[Candidate], None], date: str) -> None:
    whole = re.compile(rf"[ \t]*(?:{date})[ \t]*")
    for m in _STAR_HEADER.finditer(text):
        line = m.group("line")
        mark = next((c for c in ";\t|," if c in line), None)
        if mark is None:
            continue
        cells = line.split(mark)
        column = next((n for n, cell in enumerate(cells) if cell.strip() == "*"), None)
        if column is None:
            continue  # (the star sits between other separators than the line's first)
        pos = m.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = text[pos:end].split(mark)
            if len(row) != len(cells):
                break
            at = pos + sum(len(cell) + 1 for cell in row[:column])
            if whole.fullmatch(row[column]):
                value = row[column].strip()
                begin = at + row[column].index(value)
                add(Candidate(begin, begin + len(value), "DOB"))
            pos = end + 1


@cache
def _rules(date: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # "*12.03.1985" (born), and "°12/05/2013" as Belgian and French write it
    star = re.compile(rf"(?<=[(\s])[*°] ?(?P<value>{date})", re.IGNORECASE)
    # the date before the word: "ich bin am 12.03.1985 geboren", "op 3 mei 1990 geboren"
    before = re.compile(rf"(?P<value>{date})[ \t]+(?:in[ \t]+[^\W\d][\w\-]{{1,20}}[ \t]+)?(?:geboren|geb\.)(?!\w)", re.IGNORECASE)
    # the line after the question: a speaker ("[10:02] raj:", "bruno:"), then the date
    answer = re.compile(
        rf"(?:\[[^\]\n]{{1,20}}\][ \t]*)?[^\n:\d]{{1,30}}:[ \t]*(?:(?:el|le|den|am|on|the|il|o|a)[ \t]+)?(?P<value>{date})",
        re.IGNORECASE,
    )
    return star, answer, before


def find_more_birth_dates(text: str, add: Callable[[Candidate], None], lower: str, date: str,
                          birth_windows: list[tuple[int, int]]) -> None:
    """Add the birth dates these rules find (``date``: the general rule's date pattern, so that
    every date shape it knows is known here too; ``birth_windows``: where its birth cue words
    are, each window starting at one)."""
    for m in _YEAR_IN_BRACKETS.finditer(text):
        add(Candidate(m.start("value"), m.end("value"), "DOB"))
    # cue words of other languages: their dates, and their questions answered in a chat below
    birth_windows = sorted(birth_windows + find_birth_cues(text, add, lower, date))
    star, answer, before = _rules(date)
    for a, b in keyword_windows(lower, ("geboren", "geb."), 2, 40):
        # (most dates come after the word: look for one before it only when a digit ends there)
        if _DIGIT_BEFORE.search(text, a, b + 8):
            for m in before.finditer(text, a, b + 8):
                add(Candidate(m.start("value"), m.end("value"), "DOB"))
    for a, b in birth_windows:  # (every cue of _BIRTH_YEAR holds one of the birth keys)
        for m in _BIRTH_YEAR.finditer(text, max(0, a - 16), b):  # ("Year of birth": the cue starts before "birth")
            if not _FIRM.search(text, max(0, m.start() - 50), m.start()):
                add(Candidate(m.start("value"), m.end("value"), "DOB"))
    for a, b in keyword_windows(lower, ("doğumlu", "dogumlu"), 10, 24):
        for m in _year_born().finditer(text, a, b):
            add(Candidate(m.start("value"), m.end("value"), "DOB"))
    for a, b in keyword_windows(lower, ("birthday", "bday", "cumple", "geburtstag", "verjaardag", "compleanno"), 30, 2):
        for m in _BIRTHDAY_FIGURES.finditer(text, a, b):
            add(Candidate(m.start("value"), m.end("value"), "DOB"))
    for a, b in keyword_windows(lower, ("turns ", "turned "), 40, 2):
        for m in _TURNS.finditer(text, a, b):
            add(Candidate(m.start("value"), m.end("value"), "DOB"))
    if "*" in text:
        _star_column(text, add, date)
    if "*" in text or "°" in text:
        for a, b in keyword_windows(lower, ("*", "°"), 30, 2):
            for m in star.finditer(text, a, b):
                line_start = text.rfind("\n", 0, m.start()) + 1
                if text[line_start : m.start()].strip(" \t("):  # not a list's bullet at the start of a line
                    add(Candidate(m.start("value"), m.end("value"), "DOB"))
    # A question about a birthday in a chat, then the answer after the next line's speaker: the
    # question ends its line within 90 characters of the cue and holds no digit after it but a
    # year ("doğum tarihin 1992 değil mi" / "emre: 12 Mart 1992 evet").
    for at, _ in birth_windows:
        line_end = lower.find("\n", at, at + 91)  # (bounded: a long paragraph has no line end near)
        if 0 <= line_end - at <= 90 and not _DIGIT.search(_YEAR.sub("", text[at:line_end])):
            said = answer.match(text, line_end + 1) or _listed(date).match(text, line_end + 1)
            if said:
                add(Candidate(said.start("value"), said.end("value"), "DOB"))


@cache
def _listed(date: str) -> re.Pattern[str]:
    """The answer as a list of what was asked ("josh: Joshua Kerr, dob 3.6.97, licence ...",
    "乐乐妈妈：李乐，4401...，2015年3月12日"): the first date after a comma of the line."""
    return re.compile(
        rf"(?:\[[^\]\n]{{1,20}}\][ \t]*)?[^\n:：\d]{{1,30}}[:：][^\n]{{0,80}}?[,，、;][ \t]*(?P<value>{date})(?![\d./\-])",
        re.IGNORECASE,
    )
