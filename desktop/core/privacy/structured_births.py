"""Dates of birth after a birth word in many languages and scripts ("born", "DOB", "geb.",
"née le", "生年月日", "b." after a name's comma): the date in figures, with a month's name, in
words, or without separators; a firm's founding date left. Dispatched from ``structured``;
birth dates this rule does not reach are in ``structured_dates``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re, lazy_skippable
from desktop.core.privacy.structured_dates import find_more_birth_dates
from desktop.core.privacy.structured_rules import compiled_rules
from desktop.core.privacy.text_cache import keyword_windows

_MONTHS = (
    r"jan(?:uary|uar|vier|v\.|\.)?|feb(?:ruary|ruar|\.)?|f[ée]vr(?:ier|\.)?|m[aä]r(?:ch|z|s|\.)?|apr(?:il|\.)?|avr(?:il|\.)?|"
    r"may|mai|jun(?:e|i|\.)?|juin|jul(?:y|i|\.)?|juil(?:let|\.)?|aug(?:ust|\.)?|ao[uû]t|sep(?:t\.?|tember|tembre|\.)?|"
    r"o[ck]t(?:ober|obre|\.)?|nov(?:ember|embre|\.)?|d[ée]c(?:ember|embre|\.)?|dez(?:ember)?|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"januari|februari|maart|mei|juni|juli|augustus|oktober|"
    # Portuguese, then Polish in the genitive a date takes ("23 lipca 1994") and the nominative
    r"janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|grudnia|"
    r"stycze[ńn]|luty|kwiecie[ńn]|czerwiec|lipiec|sierpie[ńn]|wrzesie[ńn]|pa[źz]dziernik|listopad|grudzie[ńn]|"
    # Turkish, then Swedish/Danish/Norwegian forms not above, then Czech in the genitive ("8. května 1990")
    r"ocak|[şs]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|aral[ıi]k|"
    r"maj|marts|augusti|mrt\.?|mrz\.?|"
    # Finnish in the partitive a date takes ("3. toukokuuta 1990")
    r"tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kes[äa]kuuta|hein[äa]kuuta|elokuuta|syyskuuta|lokakuuta|"
    r"marraskuuta|joulukuuta|ledna|[úu]nora|b[řr]ezna|dubna|kv[ěe]tna|[čc]ervna|[čc]ervence|srpna|z[áa][řr][íi]|[řr][íi]jna|listopadu|prosince|"
    # Austrian German, Romanian, Catalan, Croatian and Slovak in the genitive, Norwegian's December
    r"j[äa]nner|feber|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
    r"gener|febrer|mar[çc]|maig|juny|juliol|agost|setembre|desembre|"
    r"sije[čc]nja|velja[čc]e|o[žz]ujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga?|prosinca|"
    r"janu[áa]ra|febru[áa]ra|apr[íi]la|m[áa]ja|j[úu]na|j[úu]la|augusta|septembra|okt[óo]bra|novembra|decembra|desember"
)
# A date in words in Portuguese, Spanish, French, Italian, German and Dutch, the year in figures or
# in words ("vinte e dois de março de 1993", "trente juillet mil neuf cent quatre-vingt-cinq").
_SPELLED_NUMBER = (
    r"(?:um|uma|primeiro|dois|duas|tr[êe]s|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze|catorze|quatorze|quinze|"
    r"deza?sseis|deza?ssete|dezoito|deza?nove|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa|cem|cento|mil|"
    r"novecentos|dois mil|uno|primero|dos|cuatro|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[ée]is|diecisiete|dieciocho|diecinueve|"
    r"veinte|veinti(?:uno|d[óo]s|tr[ée]s|cuatro|cinco|s[ée]is|siete|ocho|nueve)|treinta|cuarenta|cincuenta|sesenta|ochenta|"
    r"novecientos|un|une|premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|treize|seize|dix-sept|dix-huit|dix-neuf|"
    r"vingt|trente|quarante|cinquante|soixante|soixante-dix|quatre-vingts?|quatre-vingt-dix|cents?|mille|primo|due|tre|sei|"
    r"sette|otto|dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti|vent(?:uno|otto)|"
    r"venti(?:due|tr[ée]|quattro|cinque|sei|sette|nove)|trenta|trentuno|millenovecento\w*|duemila\w*|"
    # German days as ordinals and years in one word, Dutch cardinals ("am dritten März neunzehnhundertneunzig",
    # "twaalf mei negentienhonderdachtentachtig")
    r"ersten|zweiten|dritten|vierten|f[üu]nften|sechsten|siebten|achten|neunten|zehnten|elften|zw[öo]lften|\w{3,7}zehnten|"
    r"zwanzigsten|\w{3,6}undzwanzigsten|drei[ßs]igsten|einunddrei[ßs]igsten|neunzehnhundert\w*|zweitausend\w*|"
    r"een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|"
    r"negentien|twintig|\w{2,5}entwintig|dertig|eenendertig|negentienhonderd\w*|tweeduizend\w*)"
)
_SPELLED_NEXT = rf"(?:(?:[ \t\-]+|[ \t]+(?:e|y|et)[ \t]+){_SPELLED_NUMBER})"
_SPELLED_WORDS_DATE = (
    rf"(?<![\w\-]){_SPELLED_NUMBER}{_SPELLED_NEXT}{{0,2}}[ \t]+(?:de[ \t]+)?(?:{_MONTHS})[ \t,]+(?:de[ \t]+|del[ \t]+)?"
    # (a year in one word: "neunzehnhundertneunzig", "millenovecentottanta")
    rf"(?:(?:19|20)\d{{2}}(?!\d)|(?:neunzehnhundert|zweitausend|negentienhonderd|tweeduizend|millenovecento|duemila)\w*"
    rf"|{_SPELLED_NUMBER}{_SPELLED_NEXT}{{1,8}}(?![\w\-]))"
)
_DATE = (
    rf"(?:(?:19|20)\d{{2}}\s*[년年]\s*\d{{1,2}}\s*[월月]\s*\d{{1,2}}\s*[일日]|"
    rf"(?:DD|TT|JJ|GG)\s?\d{{1,2}}\s?/\s?MM\s?\d{{1,2}}\s?/\s?(?:YYYY|AAAA|JJJJ|YY)\s?(?:19|20)?\d{{2}}|\d{{1,2}}[./\-]\d{{1,2}}[./\-](?:(?:19|20)\d{{2}} r\.|(?:19|20)?\d{{2}})|\d{{1,2}} [./\-] \d{{1,2}} [./\-] (?:19|20)\d{{2}}|\d{{1,2}}\.[ \t]\d{{1,2}}\.[ \t]?(?:19|20)\d{{2}}|(?:19|20)\d{{2}}\.[ \t]?\d{{1,2}}\.[ \t]?\d{{1,2}}\.?|(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}|(?:19|20)\d{{2}}/\d{{1,2}}/\d{{1,2}}(?![/\d])|\d{{1,2}}/\d{{1,2}}[ \t]+(?:19|20)\d{{2}}(?!\d)|"
    rf"\d{{1,2}}(?:st|nd|rd|th|er|º|°|\.)?\s+(?:de\s+|of\s+)?(?:{_MONTHS})(?:,?\s+(?:del?\s+)?(?:19|20)\d{{2}}(?: r\.)?|\s+(?:del?\s+)?['’]?\d{{2}}(?![\d:.]))|"
    rf"\d{{1,2}}[\-/](?:{_MONTHS})[\-/](?:19|20)?\d{{2}}(?!\d)|"
    rf"(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}|"
    + _SPELLED_WORDS_DATE
    + ")"
)
# A date without separators, year first or last ("19900512", "900512", "12051990"): a date only
# right after a birth word.
_COMPACT_DATE = (
    r"(?:(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2})(?![\d\-./])"
)
# A date in words, as school and bank forms ask for it ("Date of birth (in words): Fourteenth
# August Two Thousand Sixteen"); only after a birth word.
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|and)"
)
_ORDINAL_WORD = (
    r"(?:(?:twenty|thirty)[ \t\-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)
_ENGLISH_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_ENGLISH_YEAR = rf"(?:{_NUMBER_WORD}(?:[ \t\-]+{_NUMBER_WORD}){{1,6}}|(?:19|20)\d{{2}})(?!\w)"
# (the day also in figures with its suffix before a year in words, "the 3rd of March, nineteen
# ninety", and the month first, "March the third, 1990")
_WORDS_DATE = (
    rf"(?:the[ \t]+)?(?:{_ORDINAL_WORD}[ \t]+(?:of[ \t]+)?{_ENGLISH_MONTH}[ \t,]+{_ENGLISH_YEAR}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)[ \t]+(?:of[ \t]+)?{_ENGLISH_MONTH},?[ \t]+{_NUMBER_WORD}(?:[ \t\-]+{_NUMBER_WORD}){{1,6}}(?!\w))"
    rf"|{_ENGLISH_MONTH}[ \t]+(?:the[ \t]+)?{_ORDINAL_WORD},?[ \t]+{_ENGLISH_YEAR}"
)
_SHORT_BIRTH = lazy_re(r"\.(?<=[bfs]\.)(?<![\w.][bfs]\.) ?\d{1,2}[./]\d")
_BIRTH_WORDS = (
    r"born|birth(?:_?date|_?dt|day)?|date_of_birth|d\.?o\.?b\.?|birthday|geboren|geb\.|geburtsdatum|geburtstag|n[ée]e? le|naissance|(?<!\w)naiss\.|"
    # the birthplace between the word and the date ("née à Namur le", "nato a Bari il": not NATO)
    r"n[ée]e?(?= [àa] )|[Nn](?-i:at[oa])(?= a )|[Nn](?-i:at[oa]/[ao])|"
    r"geb\.?[ \-]?datum|nacid[oa]|naci[óo]|nac[íi](?!\w)|nasci(?!\w)|(?<!\w)nac\.|(?<!\w)nasc\.|nasceu|nacque|nascid[oa]|nacimiento|(?<!\w)ur\.|nat[oa] il|nascita|geboortedatum|verjaardag|data ur\.?|data urodzenia|urodzon[ya]|urodzi[łl](?:a|em|am|y|o)?(?: si[ęe])?|(?<!\w)narodil[aoiy]?(?: (?:jsem |jsi |sa |se |som )?se)?|"
    r"do[gğ]um (?:yeri ?/ ?)?tarih(?:iniz|in|im|i)|do[gğ]um g[üu]n[üu]|do[gğ]umlu|nascimento|f[öo]delsedatum|f[öo]dd|f[öo]tt|f[øo]dselsdato|f[øo]dt|"
    # Quebec's "date de fête" (birthday), Portuguese "d.n." (data de nascimento)
    r"date de f[êe]te|(?<![\w.])d\.n\.|d(?<=D)(?-i:N)(?=[ \t]*:)|(?<![\w.])d\.[ \t]?t\.(?=[ \t]*:)|syntym[äa]aika|syntynyt|narozen[íiáaýy]*|"
    r"na[șşs]terii|na[șşs]tere|n[ăa]scut[ăa]?|sz[üu]let(?:ett|[ée]si)|जन्म ?तिथि|生年月日|出生日期|생년월일|"
    # the birth-date half of a Korean resident number said alone ("주민번호 앞자리 950412")
    r"앞[ \t]?(?:6[ \t]?|여섯[ \t]?)?자리(?:는|은)?|"
    # Turkish forms' "D. Tarihi"; "b." (born), Nordic "f." (født, född) and Finnish "s." (syntynyt)
    # only after a name's comma or a bracket and before a whole date ("Walter Hobbs, b. 3/4/1960")
    r"d\.[ \t]?tarihi|[bfs](?<=[ \x28][bfs])(?<![^,;\x28] [bfs])\.(?=[ \t]?\d{1,2}[./]\d{1,2}[./](?:19|20)?\d{2}(?![\d./]))"
)

_PATTERNS: dict[str, str] = {
    # (no "\b" after the cue: "geb." ends in a period)
    # (a date without separators only right after the word: "birthday party, invoice 20250412")
    "dob": (
        rf"(?i)(?:{_BIRTH_WORDS})(?!\w)(?:[^\n\d]{{0,30}}?(?P<value>{_DATE}|{_WORDS_DATE})"
        rf"|[ \t:=\"'|,;(]{{0,6}}(?P<compact>{_COMPACT_DATE}))"
    ),
}
# (dob is caseless inside: searched in the form the engine skips through)
_re = compiled_rules(_PATTERNS, cue_first=frozenset({"dob"}))


_DOB_KEYS = (
    "born", "birth", "dob", "d.o.b", "geboren", "geb.", "geburt", "née", "né ", "nee le", "ne le", "naiss",
    # ("nac" is in nacid-, nació, nacimiento, nac., nací; "nasc" in nascid-, nascimento, nasceu, nasci, nascita)
    "nac", "nasc", "nacque", "ur.", "nato", "nata", "geboorte", "verjaardag", "data ur", "urodz", "doğum",
    "dogum", "urodzi", "narodil", "födelse", "fodelse", "född", "fött", "fødsel", "生年月日", "出生日期", "생년월일", "date de f", "d.n.", "dn:", "dn :", "d.t.", "d. t.",
    "født", "synty", "naroz", "naște", "naşte", "născut", "szület", "जन्म",
    "bday", "b-day", "생일", "生日", "誕生日",  # (asked about in a chat: structured_dates)
    "주민",  # (the front half of a resident number: "주민번호 앞자리 950412")
    "d.tarih", "d. tarih",
)
# "La empresa nació el ...", "the company was born in ...": a firm's founding date, no one's birth.
# ("\b" before a word's first letter is "not after a word character": written so, the pattern takes
# the form the engine skips through to the words' first letters)
_FIRM_BORN = lazy_skippable(
    r"(?i)(?<![\w])(?:empresa|company|firm|business|soci[ée]t[ée]|entreprise|azienda|societ[àa]|firma|unternehmen|bedrijf|project|"
    r"projeto|proyecto|progetto|startup|brand|marca|gmbh|ltd|inc)\b[^\n.]{0,40}$"
)


# The same in other languages, the age then the day and month ("hon fyller 30 den 3 februari",
# "cumple 40 años el 12 de mayo", "wordt 50 op 3 mei", "compie 60 anni il 2 ottobre").
_TURNS_KEYS = ("fyller ", "fylder ", "wordt ", "aura ", "cumple ", "compie ", "faz ", "completa ", "kończy ", "konczy ", "wird ")


@cache
def _turns_rule() -> re.Pattern[str]:
    day = rf"\d{{1,2}}(?:\.|º|er)?[ \t]+(?:de[ \t]+)?(?:{_MONTHS})(?!\w)"
    return re.compile(
        rf"(?i)(?<!\w)(?:fyller|fylder|wordt|aura|cumple|compie|faz|completa|ko[ńn]czy|wird)[ \t]+\d{{1,3}}[ \t]+"
        rf"(?:(?:[åa]r|jaar|ans|a[ñn]os|anni|anos|lat)[ \t]+)?(?:(?:den|op|le|el|il|em|no dia|am|dne)[ \t]+)?(?P<value>{day})"
    )


# The day of the week a form or a letter writes before the date ("Date of birth: Tuesday, 3rd March
# 1987", "né le vendredi 14 octobre 1977"): part of the date, hidden with it (it narrows the date).
_WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|"
    r"(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"poniedzia[łl]ek|wtorek|[śs]roda|czwartek|pi[ąa]tek|sobota|niedziela|pazartesi|sal[ıi]|[çc]ar[şs]amba|per[şs]embe|cuma(?:rtesi)?|pazar|"
    r"m[åa]ndag|tisdag|tirsdag|onsdag|torsdag|fredag|l[øö]rdag|s[øö]ndag|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|"
    r"pond[ěe]l[íi]|[úu]ter[ýy]|st[řr]eda|[čc]tvrtek|p[áa]tek|ned[ěe]le|luni|mar[țţt]i|miercuri|joi|vineri|s[âa]mb[ăa]t[ăa]|duminic[ăa]"
)
_WEEKDAY = lazy_re(rf"(?i)(?<!\w)(?:{_WEEKDAYS}),?[ \t]+(?:(?:the|le|el|il|o|den|der|am)[ \t]+)?$")
# (Turkish writes the day after the date: "3 Mart 1987 Salı")
_WEEKDAY_AFTER = lazy_re(rf"(?i),?[ \t]+\(?(?:{_WEEKDAYS})\)?(?!\w)")


def _with_weekday(text: str, add: Callable[[Candidate], None]) -> Callable[[Candidate], None]:
    def add_date(c: Candidate) -> None:
        before = _WEEKDAY.search(text, max(0, c.start - 24), c.start) if c.start and text[c.start - 1] in " \t" else None
        after = _WEEKDAY_AFTER.match(text, c.end) if c.end < len(text) and text[c.end] in " \t," else None
        add(c._replace(start=before.start() if before else c.start, end=after.end() if after else c.end))

    return add_date


def find_birth_dates(text: str, add: Callable[[Candidate], None], lower: str) -> None:
    """Add every date of birth after a birth word, then those ``structured_dates`` finds."""
    add = _with_weekday(text, add)
    birth_windows = keyword_windows(lower, _DOB_KEYS, 90)
    # "b.", "f.", "s." before a date's first digit: one pass, not a key each ("Mrs. " holds "s. ")
    birth_windows = sorted(birth_windows + [(m.start() - 1, m.start() + 90) for m in _SHORT_BIRTH.finditer(lower)])
    for a, b in birth_windows:
        for m in _re("dob").finditer(text, a, b):
            if not _FIRM_BORN.search(text, max(0, m.start() - 50), m.start()):
                group = "value" if m.group("value") else "compact"
                add(Candidate(m.start(group), m.end(group), "DOB"))
    find_more_birth_dates(text, add, lower, _DATE, birth_windows)
    for a, b in keyword_windows(lower, _TURNS_KEYS, 50, 2):
        for m in _turns_rule().finditer(text, a, b):
            if not _FIRM_BORN.search(text, max(0, m.start() - 50), m.start()):
                add(Candidate(m.start("value"), m.end("value"), "DOB"))
