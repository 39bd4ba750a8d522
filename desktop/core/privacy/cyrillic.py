"""Names written in Cyrillic ("договор подпишет Дмитрий Орлов", "Иванов И.И.", "Лена: ...").

The Latin-script rules judge a capitalised word against name lists written in Latin letters, so a
Russian, Ukrainian or Bulgarian name in prose was never a candidate. Here two or three capitalised
Cyrillic words in a row are a name when one of them has the shape of an East Slavic surname or
patronymic (-ов/-ева/-ин/-ский/-енко/-ович/-овна..., in any case ending): "Наталья Смирнова",
"Смирнова Наталья", "Иваном Петровым", "Олег Иванович Кравченко". One capitalised word alone is
left: it starts most sentences.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re

_WORD = r"[А-ЯЁІЇЄҐЂЈЉЊЋЏЃЌЅ][а-яёіїєґђјљњћџѓќѕʼ']{1,20}(?:-[А-ЯЁІЇЄҐЂЈЉЊЋЏЃЌЅ][а-яёіїєґђјљњћџѓќѕ]{1,20})?"
CYRILLIC = lazy_re(r"[А-ЯЁІЇЄҐЂЈЉЊЋЏЃЌЅ][а-яёіїєґђјљњћџѓќѕ]")
# (each pattern starts with the capital, then looks behind it: the engine skips to capitals)
_FIRST_WORD = r"[А-ЯЁІЇЄҐЂЈЉЊЋЏЃЌЅ](?<![\w-].)[а-яёіїєґђјљњћџѓќѕʼ']{1,20}(?:-[А-ЯЁІЇЄҐЂЈЉЊЋЏЃЌЅ][а-яёіїєґђјљњћџѓќѕ]{1,20})?"  # _WORD, not after a word
_RUN = lazy_re(rf"({_FIRST_WORD})[ \t]+({_WORD})(?:[ \t]+({_WORD}))?(?![\w-])")
_SURNAME_SHAPE = lazy_re(
    r"(?:[ое]в|ёв|[иы]н)(?:а|у|ой|ым|ом|е|ых|ым|ого|ой)?"
    r"|(?:ск|цк)(?:ий|ая|ого|ой|ому|им|ую|ой)"
    r"|енко|[юу]к|чук|[ое]вич(?:а|у|ем)?|[ое]вн(?:а|ы|е|ой|у)|ичн(?:а|ы|е|ой|у)|швили|дзе|ян|ић(?:а|у|ем)?"
)
# Capitalised words that take those endings but name a place or a thing ("Ростов", "Магазин").
_NOT_NAMES = frozenset({
    "Ростов", "Ростове", "Иваново", "Саров", "Магазин", "Магазина", "Бассейн", "Пушкин", "Берлин", "Берлине", "Турин",
    "Лондон", "Киев", "Киеве", "Харьков", "Харькове", "Львов", "Львове", "Псков", "Пскове", "Саратов", "Саратове",
    # (and where one comes from or goes to: "зі Львова", "до Харкова", "из Ростова")
    "Ростова", "Киева", "Харькова", "Харкова", "Львова", "Пскова", "Саратова", "Кишинёва", "Кишинева",
})


def cyrillic_names(text: str, add: Callable[[Candidate], None]) -> None:
    """Two or three capitalised Cyrillic words in a row, one of them shaped like a surname; a
    surname with initials ("Иванов И.И."); a listed first name alone ("Тарас", "Серёга"); and
    the other mentions of a surname found so ("Ахмедов - подготовить отчёт")."""
    found: list[tuple[int, int]] = []
    for m in _RUN.finditer(text):
        words = [w for w in m.groups() if w]
        if any(w in _NOT_NAMES for w in words) or _STREET_BEFORE.search(words[0] + " "):
            continue  # (nor a street named after someone: "Улица Јовановића", "Вулиця Шевченка")
        if any(_SURNAME_SHAPE.fullmatch(_ending(w)) for w in words) or all(is_first_name(w) for w in words[:1]):
            start = m.start(1)
            if len(words) > 1 and _VERB.search(words[0]) and not is_first_name(words[0]):
                start = m.start(2)  # "Передайте Сидоровой отчёт": a verb opening the sentence, then the name
            found.append((start, m.end()))
    for rule in (_SURNAME_INITIALS, _INITIALS_SURNAME):
        for m in rule.finditer(text):
            if m.group(1) not in _NOT_NAMES and _SURNAME_SHAPE.fullmatch(_ending(m.group(1))):
                found.append((m.start(), m.end()))
    for m in _LONE_WORD.finditer(text):
        word = m.group(0)
        surname = word not in _NOT_NAMES and _STRONG_SURNAME.search(word) \
            and (_lone_surname_place(text, m.start()) or _opening_before_verb(text, m.start(), m.end()))
        # (a name that is also a word, "Вера" faith, only with a capital after a lowercase word: "с Верой")
        worded = word in _WORD_NAME_FORMS and _LOWER_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
        if is_first_name(word) or surname or worded:
            found.append(m.span())
    surnames = {w for a, b in found for w in _LONE_WORD.findall(text[a:b])
                if not is_first_name(w) and _SURNAME_SHAPE.fullmatch(_ending(w))}
    if surnames:
        found += [m.span() for m in _LONE_WORD.finditer(text) if m.group(0) in surnames]
    for a, b in found:
        add(Candidate(a, b, "PERSON"))


# Surname endings no everyday word takes ("Петров", "Петрову", "Шевчук", "Коваленко", "Сидоровой").
# (Ukrainian declines "-енко" and "-чук": "з Шевченком", "Ковальчукові"; not "of", which names
# streets after them: "вулиця Шевченка")
_STRONG_SURNAME = lazy_re(r"(?:[ое]в|ёв|[иы]н)(?:а|у|ой|ым|ом|е)?$|(?:ск|цк)(?:ий|ая|ого|ой|ому)$|енк(?:о|у|ом|ові)$"
                          r"|чук(?:у|ом|ові)?$|швили$|дзе$|ић(?:а|у|ем)?$")  # (Serbian: "Петровић", "Петровићу")
_PLACE_PREPOSITION = lazy_re(r"(?:^|[\s(])(?:в|во|из|под|над|до|через|около|під|над|з|із|зі)[ \t]+$", flags=2)  # re.IGNORECASE


def _lone_surname_place(text: str, start: int) -> bool:
    """A surname alone stands where a person does: inside a sentence after a lowercase word or a
    comma, or opening a chat message after its speaker; not after "в"/"из" ("в Кирове": a town)."""
    before = text[max(0, start - 12) : start]
    if _STREET_BEFORE.search(text[max(0, start - 16) : start]):
        return False  # (a street or a square named after someone: "на улице Морозова", "вул. Шевченка")
    if _PLACE_PREPOSITION.search(before):
        # (but "з"/"с" before a surname in the instrumental is "with": "з Шевченком", "с Ивановым")
        return _WITH.search(before) is not None and _INSTRUMENTAL.match(text, start) is not None
    return bool(before) and before.rstrip(" \t")[-1:] in ",:" or bool(_LOWER_BEFORE.search(before))


# A surname opening a sentence with its verb next ("Кузнецовой передала акты", "Иванову отправил
# счёт", "Никитиным ознакомлен"): a past tense, a participle or a present's ending, in Russian,
# Ukrainian ("скинула", "передав") and Bulgarian ("пратих"), or what I will do ("перезвоню"); an adjective opening a sentence
# has its noun next instead ("Новой версии", "Основу проекта").
_VERB_NEXT = lazy_re(r"[ \t]+[а-яёіїєґђјљњћџѓќѕ]{2,}(?:л|ла|ли|ло|лся|лась|лись|в|х|н|на|но|ны|ет|ит|ут|ют|ат|ят|ю)(?![\w-])")
_SENTENCE_START = lazy_re(r"(?:^|[.!?:;]|\n)[ \t]*$")


def _opening_before_verb(text: str, start: int, end: int) -> bool:
    return _SENTENCE_START.search(text[max(0, start - 4) : start]) is not None and _VERB_NEXT.match(text, end) is not None


_STREET_BEFORE = lazy_re(r"(?:улиц[аеуыи]|ул\.|проспект[аеу]?|пр-т|просп\.|переул[ок][ке]?а?|пер\.|площад[ьи]|пл\.|бульвар[аеу]?|"
                         r"б-р|шоссе|набережн[аяойу]{1,2}|вулиц[яіею]|вул\.|провулок|проспекті|майдан[уі]?)[ \t]+$", flags=2)
_WITH = lazy_re(r"(?:^|[\s(])(?:с|со|з|із|зі)[ \t]+$", flags=2)  # re.IGNORECASE
_INSTRUMENTAL = lazy_re(r"[А-ЯЁІЇЄҐЂЈЉЊЋЏЃЌЅ][а-яёіїєґђјљњћџѓќѕʼ']{1,20}(?:ом|ем|ым|им|ой|ою)(?![\w-])")
_VERB = lazy_re(r"(?:йте|ите|ать|ять|ить|еть|ал|ала|али|ил|ила|или|ет|ит|ют|ут|ем|им)$")
_LOWER_BEFORE = lazy_re(r"[а-яёіїєґђјљњћџѓќѕ][ \t]+$")
_LONE_WORD = lazy_re(r"[А-ЯЁІЇЄҐЂЈЉЊЋЏЃЌЅ](?<![\w-].)[а-яёіїєґђјљњћџѓќѕʼ']{1,20}(?![\w-])")
_INITIAL = r"[А-ЯЁІЇЄҐЂЈЉЊЋЏЃЌЅ]\.[ \t]?(?:[А-ЯЁІЇЄҐЂЈЉЊЋЏЃЌЅ]\.)?"
_SURNAME_INITIALS = lazy_re(rf"({_FIRST_WORD})[ \t]+{_INITIAL}")
_INITIALS_SURNAME = lazy_re(rf"[А-ЯЁІЇЄҐЂЈЉЊЋЏЃЌЅ](?<![\w.-].)\.[ \t]?(?:[А-ЯЁІЇЄҐЂЈЉЊЋЏЃЌЅ]\.)?[ \t]?({_WORD})(?![\w-])")

# Common Russian and Ukrainian first names and the short forms colleagues use; names that are
# also everyday words ("Вера" faith, "Надежда" hope, "Любовь" love, "Роза", "Лев", "Слава") are
# left to the surname rules.
_FIRST_WORDS = (
    "Александр Алексей Анатолий Андрей Антон Аркадий Артём Артем Богдан Борис Вадим Валентин Валерий Василий Виктор "
    "Виталий Владимир Владислав Всеволод Вячеслав Геннадий Георгий Глеб Григорий Денис Дмитрий Евгений Егор Иван Игорь "
    "Илья Кирилл Константин Леонид Максим Матвей Михаил Никита Николай Олег Павел Пётр Петр Роман Руслан Сергей "
    "Станислав Степан Тарас Тимур Фёдор Федор Юрий Ярослав Остап Мирослав Назар Олександр Олексій Андрій Дмитро "
    "Микола Михайло Сергій Юрій Василь Петро Іван Богдана Тимофей Эдуард Эльдар Рустам Ринат Азат Ильдар "
    "Александра Алина Алла Анастасия Анна Антонина Валентина Валерия Галина Дарья Диана Евгения Екатерина Елена "
    "Елизавета Жанна Зинаида Ирина Карина Кира Ксения Лариса Лидия Людмила Маргарита Марина Мария Наталья Наталия "
    "Нина Оксана Ольга Полина Светлана Софья София Таисия Тамара Татьяна Ульяна Юлия Яна Олена Оксана Тетяна Ганна "
    "Катерина Наталія Юлія Софія Анастасія Вікторія Виктория Христина Леся Мирослава Зульфия Гульнара Эльвира "
    "Саша Дима Лёша Леша Серёжа Сережа Серёга Серега Вова Володя Коля Миша Паша Петя Ваня Витя Женя Костя "
    "Лёня Толя Юра Гоша Гриша Стас Макс Тёма Артёмка Лена Оля Таня Наташа Катя Маша Даша Настя Света Юля Ира "
    "Галя Люда Ксюша Аня Соня Поля Вика Лиза Кристина Алёна Алена Олеся Оленка Тарасик Андрюша "
    # (Ukrainian given names and the short forms colleagues use)
    "Ірина Іра Марічка Мар'яна Соломія Уляна Зоряна Ярина Орися Людмила Ганнуся Оленка Надійка Катруся Марта "
    "Дарина Богдан Ігор Остапко Іванко Тарас Левко Зеновій Ярема Орест Устим Василина Світлана Наталка "
    "Віталій Володимир Євген Євгенія Анатолій Валентин Віктор Вікторія Олеся Роман "
    # (Serbian, Macedonian and Bulgarian given names)
    "Марко Милан Драган Зоран Ненад Милош Душан Снежана Драгана Јована Ивана Милица Стефан Лазар Небојша Горан "
    "Александар Дејан Бојан Мирјана Катарина Гордана Весна Ђорђе Вук Јован Георги Димитър Стоян Десислава "
    "Цветелина Пламен Красимир Веселин Христо Йордан Ивайло Радослав Гергана Милена Росица"
)
_FIRST = _FIRST_WORDS.split()


def _forms(name: str) -> list[str]:
    """A first name in the cases a message uses ("Тарасу", "Леной", "у Серёги")."""
    if name[-1] in "ая":
        stem, soft = name[:-1], name[-1] == "я" or name[-2] in "гкхжшчщ"
        forms = [name, stem + ("и" if soft else "ы"), stem + "е", stem + ("ю" if name[-1] == "я" else "у"),
                 stem + ("ей" if name[-1] == "я" or name[-2] in "жшчщц" else "ой")]
        if name[-1] == "а" and name[-2] not in "кгх":
            # (Ukrainian: the form of address, "to" and "with": "Оксано", "Ірині", "Оксаною")
            forms += [stem + "о", stem + "і", stem + "ою"]
        elif name[-1] == "а":
            # (after к, г, х "to" changes the consonant: "Наталці", "Ользі"; address and "with" keep it)
            forms += [stem + "о", stem[:-1] + {"к": "ці", "г": "зі", "х": "сі"}[name[-2]], stem + "ою"]
        return forms
    if name[-1] == "й":
        stem = name[:-1]
        # (and the Ukrainian forms: "Андрієві", "Андрієм", "Сергію")
        return [name, stem + "я", stem + "ю", stem + "ем", stem + "е", stem + "єві", stem + "єм", stem + "ю"]
    if name[-1] in "ьо":
        return [name]
    return [name, name + "а", name + "у", name + "ом", name + "е", name + "ові"]  # ("Тарасові", "Богданові")


_FIRST_FORMS = frozenset(form for name in _FIRST for form in _forms(name)) - {"Алло"}  # ("hello?" on the phone)
# Names that are everyday words too (faith, hope, love, rose, lion, glory): Russian writes the word
# in lowercase inside a sentence, so a capital there is the name.
_WORD_NAMES = "Вера Надежда Любовь Роза Лев Слава Віра Надія Любов"
_WORD_NAME_FORMS = frozenset(form for name in _WORD_NAMES.split() for form in _forms(name))


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a listed Russian or Ukrainian first name, in any common case."""
    return word in _FIRST_FORMS


def _ending(word: str) -> str:
    """The end of ``word`` that a surname ending could be (the last seven letters, lowercased)."""
    lower = word.split("-")[-1].lower()
    for size in range(min(7, len(lower) - 2), 1, -1):
        if _SURNAME_SHAPE.fullmatch(lower[-size:]):
            return lower[-size:]
    return ""


def cyrillic_speaker(label: str) -> bool:
    """Whether a chat's label is a Cyrillic first name or surname ("Белова:", "Тарас:")."""
    return _LONE_WORD.fullmatch(label) is not None and label not in _NOT_NAMES \
        and (is_first_name(label) or _STRONG_SURNAME.search(label) is not None)
