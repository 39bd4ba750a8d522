"""Streets named without a street word, where the sentence says someone lives there: "bydlím teď
v Husově 18 v Plzni", "я сейчас живу на Садовой 14, кв 3", "mieszkam przy Lipowej 7", "wohnt
jetzt Am Sonnenhang 4", "vivo en Serrano 41, 3º B", "moro na Augusta 1200", and German street names built on a preposition, which need no verb
("treffen wir uns bei mir? Am Sonnenhang 4").

Slavic streets are often an adjective in the locative ("Husově", "Садовой") and German ones a
preposition and a noun ("Am Sonnenhang", "Zur Mühle"): no street word marks them, so the verb of
living (or the preposition's own form, with a rare noun) is what makes the name and number an
address. A number followed by a unit of time or amount ("wohne in Berlin 3 Jahre") is none.
"""

from __future__ import annotations

import re

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import keyword_windows, lowered

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-žА-ЯЁІЇЄҐ]"
_LIVE_WORDS = (
    "wohne", "wohnt", "wohnen", "wohnst", "bydlím", "bydlí", "bydlíme", "bývam", "býva", "mieszkam", "mieszka",
    "mieszkamy", "живу", "живёт", "живет", "живём", "живем", "проживаю", "проживает", "мешкаю", "мешкає", "живея",
    "живее", "živim", "živi", "stanujem", "stanuje", "lakom", "lakik",
    # (Madrid, São Paulo and Milan drop the street word too: "vivo en Serrano 41", "moro na Augusta 1200")
    "vivo", "vive", "vivimos", "viven", "moro", "mora", "moramos", "moram", "abito", "abita", "abitiamo",
)
_AFTER_LIVING = lazy_re(
    r"(?i:" + "|".join(_LIVE_WORDS) + r")"
    r"(?:[ \t]+(?i:jetzt|nun|noch|teď|ted|nyní|teraz|obecnie|сейчас|теперь|зараз|тепер|сега|sada|još|már|most))?"
    r"[ \t]+(?P<prep>(?i:in[ \t]+der|in|im|am|an[ \t]+der|auf[ \t]+der|v|ve|na|przy|w|на|в|у|u|по|en|no|em))[ \t]+"
    rf"(?P<street>{_CAP}[\w'’\-.]*(?:[ \t]{_CAP}[\w'’\-.]*){{0,2}})"
    r"[ \t]+\d{1,4}[a-zA-Zа-я]?(?:/\d{1,4}[a-z]?)?(?![\d\w])"
    r"(?:,?[ \t]+(?:(?:кв|m|byt|whg|apto|apt|ap|int)\.?[ \t]*\w{1,4}"
    r"|\d{1,2}[ºª°](?:[ \t]?(?:[A-Z](?!\w)|(?i:izquierda|derecha|izda|izq|dcha|centro)\.?))?))?"
    rf"(?:,?[ \t]+(?:in|v|ve|w|в|у|u|en|em|a)[ \t]+{_CAP}[\w'’\-]+)?"
)
# An English street with no number where someone lives, read only with the listed town after it:
# "she now lives on Parkside Drive in Exeter", "we moved to Larch Close in Thirsk".
_EN_LIVING = ("live on", "lives on", "living on", "live in", "lives in", "living in", "moved to", "moved into", "moving to",
              "flat on", "house on", "staying on")
_STREET_NO_NUMBER = lazy_re(
    r"(?i:lives?|living|moved|moving|flat|house|staying)[ \t]+(?i:on|in|to|into)[ \t]+"
    r"(?P<street>(?:[A-Z][\w'’\-]*[ \t]+){1,3}(?:Street|Road|Avenue|Drive|Lane|Close|Crescent|Way|Place|Court|Terrace|"
    r"Grove|Gardens|Row|Walk|Rise|Mews|Parade|Square|Boulevard))[ \t]+in[ \t]+(?P<town>[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?)"
)
_BUSINESS_BEFORE = lazy_re(
    r"(?i:office|offices|shop|store|branch|company|firm|business|headquarters|hq|studio|clinic|restaurant|café|cafe|"
    r"warehouse|factory|practice|salon|team|department|school)\b[^.!?\n]{0,30}$"
)
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december"})
_TOWN_PREPOSITIONS = frozenset({"in", "im", "v", "ve", "w", "в", "у", "u", "en", "em"})
# German streets built on a preposition: "Am Sonnenhang 4", "Zur Alten Mühle 12", "Auf der Höhe 3".
_GERMAN_PREPOSITION = lazy_re(
    r"(?<![\w\-])(?:Am|Im|An[ \t]der|Auf[ \t]der|Auf[ \t]dem|In[ \t]der|Zum|Zur|Unter[ \t]den|Hinter[ \t]der|Hinter[ \t]dem|"
    r"Vor[ \t]dem|Beim|Über[ \t]der)[ \t]+"
    r"(?P<street>[A-ZÄÖÜ][a-zäöüß]+(?:[ \t\-][A-ZÄÖÜ][a-zäöüß]+)?)[ \t]+\d{1,3}[a-z]?(?![\d\w%]|[.,:]\d)"
    r"(?:,?[ \t]+\d{5}[ \t]+[A-ZÄÖÜ][\w\-]+)?"
)
_GERMAN_KEYS = ("am ", "im ", "an der ", "auf der ", "auf dem ", "in der ", "zum ", "zur ", "unter den ", "hinter der ",
                "hinter dem ", "vor dem ", "beim ", "über der ")
# What a number before is counting when it is no house number.
_COUNTED = lazy_re(
    r"[ \t]*(?i:jahre?n?|tage?n?|monate?n?|wochen?|stunden?|minuten?|uhr|mal|leute|personen|euro|€|%|lat|lata|let|roky|roků|"
    r"měsíců|dní|год|года|лет|месяцев|дней|дня|godina|dana|years?|months?|days?|hours?|km|m²|qm|"
    r"años|anos|anni|meses|mesi|días|dias|giorni|semanas|settimane|horas|ore|minutos|minuti)(?!\w)"
)


def prose_addresses(text: str) -> list[Candidate]:
    """Streets without a street word after a verb of living, and German preposition streets."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.towns import is_town

    lex = lexicon()
    lower = lowered(text)
    out: list[Candidate] = []
    for a, b in keyword_windows(lower, _LIVE_WORDS, 120, 1):
        for m in _AFTER_LIVING.finditer(text, a, b):
            # (a town is read as the street only after a street's preposition: "moro na Augusta 1200")
            a_town = m.group("prep").casefold() in _TOWN_PREPOSITIONS and is_town(m.group("street"))
            if not _COUNTED.match(text, _number_end(text, m)) and not a_town:
                out.append(Candidate(m.start("street"), m.end(), "ADDRESS"))
    for a, b in keyword_windows(lower, _EN_LIVING, 80, 8):
        for m in _STREET_NO_NUMBER.finditer(text, a, b):
            town = m.group("town")
            if _BUSINESS_BEFORE.search(text, max(0, m.start() - 40), m.start()) or town.split()[0].casefold() in _MONTHS:
                continue  # "our office moved to Church Street in Reading", "... in March"
            if is_town(town) or is_town(town.split()[0]):
                end = m.end() if is_town(town) else m.start("town") + len(town.split()[0])
                out.append(Candidate(m.start("street"), end, "ADDRESS"))
    for a, b in keyword_windows(lower, _GERMAN_KEYS, 60, 1):
        for m in _GERMAN_PREPOSITION.finditer(text, a, b):
            words = m.group("street").replace("-", " ").split()
            rare = all(lex.rank(w) >= 30_000 for w in words[-1:]) and not lex.is_first_name(words[0])
            if rare and not _COUNTED.match(text, m.end()) and not is_town(m.group("street")):
                out.append(Candidate(m.start(), m.end(), "ADDRESS"))
    return out


def _number_end(text: str, m: re.Match[str]) -> int:
    """Where the house number after the street ends (what follows it says what it counts)."""
    at = m.end("street")
    while at < len(text) and text[at] in " \t":
        at += 1
    while at < len(text) and (text[at].isalnum() or text[at] == "/"):
        at += 1
    return at
