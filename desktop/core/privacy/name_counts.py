"""A surname alone opening a sentence, with a number after it: "Horvat 31. je potvrdio" (Horvat
confirmed on the 31st), "Wójcik 3 palety odebrał", "Müller 2 Stunden im Stau", "Hernández 20
minutos tarde". A team's notes and chats name a colleague by the surname and go straight to a
count, a day or a duration; an everyday word opening a sentence before a number is a thing's
("Hall 3", "Gate 5", "Phase 2"), which the thing rules judge after this one.

The word must be a listed surname that no language's frequent words hold, or shaped as only
surnames are, no everyday word and no place, and the number a count or a day with a word after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# (found from the number, the rarer thing, then the word before it is read backwards)
_COUNT = re.compile(r"(?<=[a-zß-ÿā-ž])[ \t]+\d{1,3}\.?[ \t]+(?=[^\W\d_]{2,})")
_WORD_BEFORE = re.compile(r"(?<![\w\-])[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿā-ž]{2,20}(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿā-ž]{2,20})?\Z")
# A sentence, a line or a message starts before the word: a line's start, an end of sentence or a colon.
_OPENS = re.compile(r"(?:\A|\n|[.!?]\s{1,2}|:\s)[ \t]*\Z")


def _opening_counts(text: str) -> list[tuple[str, int, int]]:
    """(word, its start, the count's end) for each capitalised word opening a sentence before a number."""
    out = []
    for m in _COUNT.finditer(text):
        w = _WORD_BEFORE.search(text, max(0, m.start() - 43), m.start())
        if w and _OPENS.search(text, max(0, w.start() - 4), w.start()):
            out.append((w.group(0), w.start(), m.end()))
    return out


# Endings only surnames take: West Slavic, East Slavic in Latin letters, Nordic, Greek and Turkish
# ones (not German "-mann": "Viessmann" is a boiler's brand); and where the language's words take
# none of them, South Slavic "-ić" (a Polish verb ends so: "Zmienić") and Spanish "-ez" after an
# accented vowel (a French verb ends so: "Réglez", "Cliquez").
_SURNAME_END = re.compile(
    r"(?:vić|ski|cki|ska|cka|ská|cká|ský|cký|ová|czyk|czak|wicz|sson|ssen|qvist|kvist|ström|enko|"
    r"opoulos|idis|akis|oğlu|[oe]v|[oe]va)\Z"
)
_SOUTH_SLAVIC_END = re.compile(r"(?<![čžj])ić\Z")
_SPANISH_END = re.compile(r"[áéíóú][a-zñ]{0,3}ez\Z")
SOUTH_SLAVIC = frozenset({"HR", "RS", "BA", "ME", "SI", "MK"})
SPANISH = frozenset({"ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV", "NI", "CR",
                     "PA", "UY", "PR", "US"})


def _country_shaped(word: str, country: str) -> bool:
    return (country in SOUTH_SLAVIC and _SOUTH_SLAVIC_END.search(word) is not None) \
        or (country in SPANISH and _SPANISH_END.search(word) is not None)


def counted_surnames(text: str, country: str, is_surname: Callable[[str], bool], rank: Callable[[str], int],
                     is_thing: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of surnames opening a sentence before a count or a day: a listed one that no
    language's frequent words hold (a hall, a gate, a block is among them), or one shaped as
    only surnames are ("Hernández", "Kovačić")."""
    out = []
    for word, start, end in _opening_counts(text):
        shaped = _SURNAME_END.search(word) is not None or _country_shaped(word, country)
        # (a listed surname no shape shows only before a day or a stretch of time: a firm's or a
        # brand's name stands before a count of its goods, "Liebherr 2 Kühlschränke", "Dyson 2 fans")
        timed = text[start:end].rstrip().endswith(".") or _TIME_WORD.match(text, end) is not None
        if (shaped or (timed and is_surname(word) and rank(word) >= _UNRANKED)) and not is_thing(word):
            out.append((start, start + len(word)))
    return out


# Stretches of time in the team's languages: minutes, hours, days, weeks.
_TIME_WORD = re.compile(
    r"(?i:min|minut|minute|minutes|minuten|minutos|minuti|minuta|minuty|minuter|minutter|minuuttia|perc|dk|dakika|"
    r"h|hrs?|hours?|stunden?|horas?|ore|heures?|uur|timmar|timer|tunti|tuntia|godzin[ya]?|hodin[ya]?|sati?|óra|saat|"
    r"days?|tage?n?|días?|giorni|jours?|dagen|dagar|dage|dager|päivää|dni|dn[íů]|dana|nap|gün|weeks?|wochen?|semanas?|settimane)"
    r"(?![\w])"
)


_UNRANKED = 1_000_000  # (the rank of a word in no frequency list)


# Of those, the endings no word of the language opening a sentence takes ("Polski", "Nová",
# "Fachmann" do, and the little things Croatian names with "-čić" and "-žić", "Kolačić", and
# Christmas, "Božić"): a surname so shaped opening a sentence before a lowercase word is the
# person the sentence is about ("Marić je završio popis", "Lindqvist har semester").
# (found from the ending, then the whole word is read backwards and its place checked)
_SHAPED_END = re.compile(r"(?:ić|czyk|czak|wicz|sson|qvist|kvist|ström|ez|enko|opoulos|idis|akis|oğlu)(?=[ \t]+[a-zß-ÿā-ž])")
_SHAPED_WORD = re.compile(r"(?<![\w\-])[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿā-ž]{1,16}\Z")
_OPENING_END = re.compile(r"(?:vić|czyk|czak|wicz|sson|qvist|kvist|ström|enko|opoulos|idis|akis|oğlu)\Z")


def opening_shaped_surnames(text: str, country: str, is_thing: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of surnames shaped as only surnames are, opening a sentence before a lowercase word."""
    out = []
    for m in _SHAPED_END.finditer(text):
        w = _SHAPED_WORD.search(text, max(0, m.start() - 17), m.start())
        if not w or not _OPENS.search(text, max(0, w.start() - 4), w.start()):
            continue
        word = w.group(0) + m.group(0)
        if (_OPENING_END.search(word) or _country_shaped(word, country)) and not is_thing(word):
            out.append((w.start(), m.end()))
    return out
