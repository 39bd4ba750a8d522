"""Names written in Cyrillic in running text ("договор подпишет Дмитрий Орлов").

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

_WORD = r"[А-ЯЁІЇЄҐ][а-яёіїєґʼ']{1,20}(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ]{1,20})?"
CYRILLIC = lazy_re(r"[А-ЯЁІЇЄҐ][а-яёіїєґ]")
_RUN = lazy_re(rf"(?<![\w-])({_WORD})[ \t]+({_WORD})(?:[ \t]+({_WORD}))?(?![\w-])")
_SURNAME_SHAPE = lazy_re(
    r"(?:[ое]в|ёв|[иы]н)(?:а|у|ой|ым|ом|е|ых|ым|ого|ой)?"
    r"|(?:ск|цк)(?:ий|ая|ого|ой|ому|им|ую|ой)"
    r"|енко|[юу]к|чук|[ое]вич(?:а|у|ем)?|[ое]вн(?:а|ы|е|ой|у)|ичн(?:а|ы|е|ой|у)|швили|дзе|ян"
)
# Capitalised words that take those endings but name a place or a thing ("Ростов", "Магазин").
_NOT_NAMES = frozenset({
    "Ростов", "Ростове", "Иваново", "Саров", "Магазин", "Магазина", "Бассейн", "Пушкин", "Берлин", "Берлине", "Турин",
    "Лондон", "Киев", "Киеве", "Харьков", "Харькове", "Львов", "Львове", "Псков", "Пскове", "Саратов", "Саратове",
})


def cyrillic_names(text: str, add: Callable[[Candidate], None]) -> None:
    """Two or three capitalised Cyrillic words in a row, one of them shaped like a surname."""
    for m in _RUN.finditer(text):
        words = [w for w in m.groups() if w]
        if any(w in _NOT_NAMES for w in words):
            continue
        if any(_SURNAME_SHAPE.fullmatch(_ending(w)) for w in words):
            add(Candidate(m.start(1), m.end(), "PERSON"))


def _ending(word: str) -> str:
    """The end of ``word`` that a surname ending could be (the last seven letters, lowercased)."""
    lower = word.split("-")[-1].lower()
    for size in range(min(7, len(lower) - 2), 1, -1):
        if _SURNAME_SHAPE.fullmatch(lower[-size:]):
            return lower[-size:]
    return ""
