"""Name finds that name a part of the workplace or a day of its calendar: a department, a
warehouse, a site, a region or a room ("Magazzino Alto", "Bagian Keuangan", "Ege Bölgesi",
"Sala Someș"), a holiday or a weekday in the team's languages ("Maulid Nabi", "Bożym Narodzeniu",
"Thứ Sáu"), a brand after the word for what it is ("Server Dell"), or two places joined by "and"
in a list of places ("de Almería y Murcia").

Plans, rosters, registers and notices are written in every language the team works in, and most
of those languages' everyday words are in no word list, so two capitalised words no dictionary
knows ("Gudang Cikarang", "Phòng Kế") look like a foreign name. The word for the unit, the day
or the holiday says what they are. Hidden as a person, the answer talks about "[PERSON_3]" where
the notice named the warehouse or the Friday.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import _EXTRA_FOLDS, first_char_dispatch, lazy_made_re
from desktop.core.privacy.lexicon import Lexicon, strip_accents
from desktop.core.privacy.not_columns import a_header_cell
from desktop.core.privacy.not_form_keys import a_form_key
from desktop.core.privacy.not_line_items import a_line_item
from desktop.core.privacy.not_products import a_product_or_firm
from desktop.core.privacy.text_cache import lowered, text_memo
from desktop.core.privacy.word_lists import word_list, word_set

# The word lists are in resources/privacy (one entry a line, lowercase): words that open the name
# of a unit of a firm or a site (workplace_units.txt: a department, a warehouse, a hall, a branch,
# a room, a floor; for the languages the word lists hold least), departments by their work
# (workplace_functions.txt: "Gjelder: Regnskap, Lønn, Innkjøp"), points of the compass and
# positions ending a unit's name (workplace_directions.txt: "Open Space Nord", "Vertrieb Süd"),
# Turkish months (months_turkish.txt), weekdays of the languages CALENDAR does not hold
# (weekdays_more.txt) and of those it holds (weekdays_calendar.txt; CALENDAR also holds months,
# some of them names: "Juli:"), holidays and seasons of the team's countries (holidays.txt).
_UNITS, _FUNCTIONS, _DIRECTIONS = "workplace_units.txt", "workplace_functions.txt", "workplace_directions.txt"
# Inflected unit words that end a unit's name and are never a surname ("Ege Bölgesi": the
# Aegean region; "Számviteli Osztályon": at the accounts department).
_UNIT_LAST = re.compile(
    r"(?:bölge(?:si|sinde|sine|den)?|müdürlüğü|departmanı|birimi|deposu|şubesi|osztály(?:on|ra|ról|nak|tól|hoz|a)?|"
    r"raktár(?:ban|ba|ból)?|részleg(?:en|re)?|działu|magazynu|oddziału|skladu|oddělení|avdelingen|avdelningen|"
    r"afdelingen|departamentului|depozitului|biroului)$"
)
# A unit word alone, then a letter or a small number: "Hal A", "Halle 4", "Sala 2".
_DESIGNATION_AFTER = re.compile(r"[ \t]+(?:[A-Z]|\d{1,3})(?![\w.,:/\-]?\d)(?![^\W\d_])")

# Vietnamese units of two syllables, the first capitalised ("Phòng Kế toán", "Hành chính – Nhân sự").
_VIETNAMESE_UNIT = re.compile(
    r"(?i)(?:kế[ \t]+(?:toán|hoạch)|nhân[ \t]+sự|hành[ \t]+chính|kinh[ \t]+doanh|kỹ[ \t]+thuật|mua[ \t]+hàng|sản[ \t]+xuất|"
    r"chi[ \t]+nhánh|văn[ \t]+phòng|ban[ \t]+(?:giám|quản|điều|kiểm|tổ)|"
    # a price list's packages and fees and a letter's closing ("Gói Cơ bản", "Phí triển khai", "Trân trọng")
    r"gói[ \t]+\w+|phí[ \t]+(?:triển|vận|dịch|giao|bảo|quản|thuê|cài|đào)|trân[ \t]+trọng|báo[ \t]+giá|ưu[ \t]+đãi)(?![\w])"
)
_WORD_STARTS = re.compile(r"(?<![\w])\w")
# Every first syllable of _VIETNAMESE_UNIT with the space after it, lowercase: a find whose
# lowercased letters (and the few after it) hold none, and no letter a caseless match takes for
# another ("ı", "ſ"), holds no Vietnamese unit, so its word starts need not be tried.
_VIETNAMESE_UNIT_HEAD = re.compile(
    r"(?:kế|nhân|hành|kinh|kỹ|mua|sản|chi|văn|ban|gói|phí|trân|báo|ưu)[ \t]"
)
# An Indonesian noun made with a circumfix ("Penerimaan", "Pengiriman", "Keuangan"); "-wan" names
# ("Setiawan", "Permana") are left out.
_INDONESIAN_NOUN = re.compile(r"(?:pe[mn]g?|pe|per|ke)[a-z]{3,}an")
# (a noun with a possessive ending, after a Turkish month: "Kasım İndirimleri", "Ocak Kampanyası")
_POSSESSIVE = re.compile(r"\w{3,}(?:leri|ları|ası|esi|ısı|isi|usu|üsü)")

# "Thứ Hai" ... "Thứ Bảy", "Chủ Nhật": Vietnamese weekdays are "the second" to "the seventh" day.
_VIETNAMESE_DAY = re.compile(r"(?i)(?:thứ[ \t]+(?:hai|ba|tư|năm|sáu|bảy)|chủ[ \t]+nhật)")


def _holidays() -> tuple[str, ...]:
    """The holidays (lowercase), in their file's order; a find inside one is the day."""
    return word_list("holidays.txt")


# Grouped by first letter so the engine skips to a holiday's first letter instead of trying a
# hundred words at every position; the same matches as the plain caseless alternation. (Built on
# first use, when the list is read.)
_HOLIDAY = lazy_made_re(lambda: first_char_dispatch(
    [re.escape(h) for h in sorted(_holidays(), key=len, reverse=True)], None, ignore_case=True))
# Every character a holiday can start with, in each case form the caseless match takes (a
# position with none of them is skipped without trying the hundred holidays there).
_HOLIDAY_FIRST = lazy_made_re(lambda: "[" + re.escape("".join(sorted(
    {v for h in _holidays() for c in h[0] for v in c + c.lower() + c.upper() + _EXTRA_FOLDS.get(c.lower(), "")}))) + "]")
# Every holiday's first five letters (the fewest one has), lowercase: a holiday starts only where
# the lowercased text holds one, or where a letter stands that a caseless match takes for another
# though its lowercase differs ("ı" for "i", "ſ" for "s").
_HEAD = 5
# Written as a tree of shared first letters ("bo(?:ż(?:e(?: |g)))..."): the same strings as the
# plain alternation of the heads, tried in a third of the time at each position.
_HOLIDAY_HEAD = lazy_made_re(lambda: _letter_tree(sorted({h[:_HEAD] for h in _holidays()})))
_FOLDED = re.compile("[" + "".join(_EXTRA_FOLDS.values()) + "]")
_REACH = 24  # how far a holiday's words may reach beyond the find

# Two places joined by "and" after "from", "in" or a comma: "distribuidores de Almería y Murcia",
# "Buenos Aires, Córdoba y Rosario".
_AND = frozenset({"y", "e", "i", "and", "und", "et", "en", "och", "og", "ve", "és", "a", "și"})
_LIST_BEFORE = re.compile(
    r"(?i)(?:,|(?<![\w])(?:de|del|en|a|from|in|to|between|entre|zwischen|von|nach|in|di|da|em|do|na|no|"
    r"van|naar|z|do|w|från|till|fra|til))[ \t]+$"
)


def names_a_workplace_thing(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the find at ``start:end`` names a unit, a day or a brand (see the module docstring)."""
    # answered once per stretch: a find judged as a thing is judged again for its other mentions
    memo: dict[tuple[int, int], tuple[Lexicon, bool]] = text_memo(text).setdefault("not_workplace", {})
    held = memo.get((start, end))
    if held is None or held[0] is not lex:
        held = memo[(start, end)] = (lex, _names_a_workplace_thing(text, start, end, lex))
    return held[1]


def _names_a_workplace_thing(text: str, start: int, end: int, lex: Lexicon) -> bool:
    value = text[start:end]
    words = value.split()
    if not words:
        return False
    folded = [w.casefold().replace("i\u0307", "i").strip(".,:;'’\"") for w in words]  # ("İ" folds to "i" and a dot)
    if _a_unit(text, start, end, words, folded, lex):
        return True
    if _a_day(text, start, end, folded, lex):
        return True
    if a_product_or_firm(text, start, end, lex) or a_form_key(text, start, end, lex):
        return True  # "Nexi XPay", "Scheibe DIN 125", "Vada:" among a report's keys
    if a_line_item(text, start, end, lex):
        return True  # "Kraft Tape 48mm", "Ribana Lacivert | 120 kg", "Bekasi Timur"
    if a_header_cell(text, start, end, lambda w: lex.is_first_name(w) or lex.is_first_name(strip_accents(w))):
        return True  # "Oran" heading a column of percentages
    if len(words) == 3 and folded[1] in _AND and not lex.is_first_name(words[0]):
        return bool(_LIST_BEFORE.search(text, max(0, start - 12), start))
    return False


def workplace_words(text: str, found: list[Candidate], lex: Lexicon) -> set[str]:
    """The words (casefolded) of the person finds in ``found`` that name a unit, a day, a product
    or a form's key: no speaker's or signer's name ("Mvh\nButiksdrift", "담당:"), so their other
    mentions are no one either."""
    return {text[c.start : c.end].casefold() for c in found
            if c.type == "PERSON" and names_a_workplace_thing(text, c.start, c.end, lex)}


def _a_unit(text: str, start: int, end: int, words: list[str], folded: list[str], lex: Lexicon) -> bool:
    if _maybe_vietnamese_unit(text, start, end) and any(
            _VIETNAMESE_UNIT.match(text, m.start()) for m in _WORD_STARTS.finditer(text, start, end)):
        return True  # "Kế toán", "Nhân sự", "Chi nhánh", "Ban giám đốc" (their syllables are also given names)
    if len(words) == 1:
        if folded[0] in word_set(_FUNCTIONS) or _a_unit_compound(words[0], lex):
            return True
        return folded[0] in word_set(_UNITS) and _DESIGNATION_AFTER.match(text, end) is not None
    if folded[0] in word_set(_FUNCTIONS) or (len(words) == 2 and folded[1] in ("bedrijf", "dienst", "diensten")):
        return True  # "Facilitair Bedrijf", "Technische Dienst"
    if folded[0] in word_set(_UNITS):
        # "Magazzino Alto", "Gudang Cikarang", "Phòng Kế"; a unit word that is also a first name
        # only before no listed name ("Salle Horta"; "Hal Jordan", "Halle Berry" are people)
        if folded[0] in ("salle", "sala") or not _first(lex, words[0]):
            return True  # (no one is named "Salle" or "Sala" before a surname)
        return not any(_first(lex, w) or lex.is_surname(w) for w in words[1:])
    if _UNIT_LAST.search(folded[-1]):
        return True  # "Ege Bölgesi", "Számviteli Osztályon"
    if any(_INDONESIAN_NOUN.fullmatch(f) and not f.endswith("wan") and not lex.is_surname(w) and not _first(lex, w)
           for w, f in zip(words, folded, strict=True)):  # ("Kerrigan", "Peterman" are surnames)
        return True  # "SOP Penerimaan Barang", "Bagian Keuangan"
    if len(folded) == 2 and folded[0] in word_set("months_turkish.txt") and _POSSESSIVE.fullmatch(folded[1]):
        return True  # "Kasım İndirimleri": November's sales
    # "Dienstplan Rezeption", "Lager" or "Nord" last after no first name ("Anna Lager" stays a person)
    if folded[-1] in word_set(_UNITS) or folded[-1] in word_set(_DIRECTIONS):
        return not any(_first(lex, w) for w in words[:-1])
    return False


# Compounds ending in a unit's or a service's word ("Butiksdrift", "Vestforsyning",
# "Kontoführungsgebühren", "Kundenverwaltung"): a department, a utility, a fee, no one's name.
_UNIT_COMPOUND = re.compile(
    r"[^\W\d_]{3,}(?:drift|forsyning|forsyningen|afdeling|afdelingen|avdeling|avdelingen|avdelning|avdelningen|"
    r"abteilung|verwaltung|gebühren|gebühr|kontor|kontoret|service|lager|lageret|lagret|salg|økonomi|regnskab|"
    r"regnskap|bedrijf|beheer|afdeling|werke|betrieb|betriebe|versorgung|verkehr)"
)


def _a_unit_compound(word: str, lex: Lexicon) -> bool:
    return len(word) >= 9 and word[1:].islower() and _UNIT_COMPOUND.fullmatch(word.casefold()) is not None and not (
        _first(lex, word) or lex.is_surname(word))


def _maybe_vietnamese_unit(text: str, start: int, end: int) -> bool:
    """False only where no word starting inside ``start:end`` can open a _VIETNAMESE_UNIT match
    (its first syllable and the space after it end at most five characters after ``end``)."""
    high = min(len(text), end + 5)
    return _VIETNAMESE_UNIT_HEAD.search(lowered(text), start, high) is not None or _FOLDED.search(text, start, high) is not None


def _first(lex: Lexicon, word: str) -> bool:
    return lex.is_first_name(word) or lex.is_first_name(strip_accents(word))


def _another_day(text: str, holiday: re.Match[str]) -> bool:
    line_start = text.rfind("\n", 0, holiday.start()) + 1
    line_end = text.find("\n", holiday.end())
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return len(_HOLIDAY.findall(line)) > 1 or _DAY_NUMBER.search(line) is not None


_DAY_NUMBER = re.compile(r"\d{1,2}[./]\d{1,2}|\d{1,2}\.?[ \t]+[^\W\d_]{3,}")


def _a_day(text: str, start: int, end: int, folded: list[str], lex: Lexicon) -> bool:
    first = folded[0].split("-")[0] if "-" in folded[0] and len(folded) == 1 else folded[0]
    if len(folded) == 1 and (first in (weekdays := word_set("weekdays_more.txt")) or strip_accents(first) in weekdays):
        return True
    if _VIETNAMESE_DAY.match(text, start):
        return True
    for m in _holidays_from(text, max(0, start - _REACH), start, min(len(text), end + _REACH)):
        if end <= m.end() + 12 and (end <= m.end() or text[m.end()] == "-"):
            # inside the holiday's words, or "Sinterklaas-actie"; a holiday that is also a first
            # name ("Szilveszter", "Silvester") alone only beside another holiday or a day
            return not (m.start() == start and m.end() == end and _first(lex, text[start:end])) or _another_day(text, m)
    # "Sabato: solo Spedizioni": a roster's weekday opening its line
    return len(folded) == 1 and first in word_set("weekdays_calendar.txt") and text[end : end + 1] == ":" and _line_start(text, start)


def _holidays_from(text: str, low: int, last: int, high: int) -> Iterator[re.Match[str]]:
    """The holidays ``_HOLIDAY.finditer(text, low, high)`` finds that start at ``last`` or
    before: tried at those positions only, not searched for up to ``high`` (the ones starting
    after ``last`` cannot hold a find that starts there)."""
    if not _HOLIDAY_HEAD.search(lowered(text), low, min(high, last + _HEAD)) and not _FOLDED.search(text, low, high):
        return  # (no holiday's first letters there: the positions need not be tried one by one)
    at = low
    while (first := _HOLIDAY_FIRST.search(text, at, last + 1)) is not None:
        at = first.start()
        m = _HOLIDAY.match(text, at, high)
        if m is None:
            at += 1
            continue
        yield m
        at = max(m.end(), at + 1)


def _letter_tree(words: list[str]) -> str:
    """A pattern matching exactly ``words`` (plain strings), their shared first letters written
    once: "ab|ac" as "a(?:b|c)"."""
    if words == [""]:
        return ""
    rests: dict[str, list[str]] = {}
    for word in words:
        if word:
            rests.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + _letter_tree(rest) for first, rest in rests.items()]
    if "" in words:
        branches.append("")  # (a word that is the start of another)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _line_start(text: str, at: int) -> bool:
    return not text[text.rfind("\n", 0, at) + 1 : at].strip(" \t-*•")
