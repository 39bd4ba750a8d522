"""Runs whose words or surroundings make a thing, not a person: a firm ("Novák a synové s.r.o."),
a product ("Lincoln Log Set"), a numbered thing ("Tier 2"), a date ("On 13 Mar"), a site or a brand's line.
"""

from __future__ import annotations

import re
from functools import cache

from desktop.core.privacy.name_judge import Judge
from desktop.core.privacy.name_words import (
    COMPANY,
    DAY_AFTER,
    MONTH_ABBREVIATIONS,
    NUMBER_AFTER,
    PRODUCT_WORDS,
    THING_AFTER,
)
from desktop.core.privacy.places import used_as_place

# Services, drinks and add-ons written last in a product's name, beside PRODUCT_WORDS ("Koala
# Pay", "Harbour Care", "Wattle Insights", "Sandhamn Pale Ale", "Peter Larsen Kaffe", "Allegro Biznes").
_MORE_PRODUCT_WORDS = frozenset({
    "pay", "care", "insights", "analytics", "ale", "lager", "ipa", "stout", "pils", "pilsner", "kaffe", "kaffee",
    "kahvi", "courier", "pin", "biznes", "business",
})
_PRODUCT_LAST = PRODUCT_WORDS | _MORE_PRODUCT_WORDS
# Food and drink written first in a dish's or a product's name, in the Romance languages ("Tarte
# Tatin", "Vin de Savoie", "Aceite de Jaén"); a listed first name among them ("Vin") counts only
# before "de".
PRODUCT_FIRST = frozenset({
    "vin", "vino", "vinho", "tarte", "tarta", "torta", "crème", "crema", "sauce", "salsa", "huile", "aceite", "azeite",
    "olio", "fromage", "queso", "queijo", "formaggio", "pâté", "soupe", "sopa", "zuppa", "confiture", "mermelada",
    "marmellata", "miel", "mel", "miele", "jambon", "jamón", "presunto", "prosciutto", "bière", "cerveza", "cerveja",
})
_OF = frozenset({"de", "di", "du", "des", "del", "della", "da", "do", "d'", "van", "von"})
_FIRM_AFTER = re.compile(r"[ \t]+(?:(?:a|e|y|et|und|and|&|och|og|en|i)[ \t]+)?([^\s,;:()]+)")


@cache
def _field_labels() -> frozenset[str]:
    from desktop.core.privacy.labels import field_keys

    return frozenset(field_keys())


def _all_field_labels(words: list[str]) -> bool:
    keys = _field_labels()
    return all(w.casefold().strip(".:").replace("-", " ") in keys for w in words)


_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}\.?[ \t]$")


def _names_a_thing(text: str, end: int, words: list[str], titled: bool, judge: Judge) -> bool:
    """Whether the words or what follows them make a firm ("Novák a synové s.r.o."), a product
    or system ("Kingston Ford dealer portal"), a numbered thing ("Tier 2"), a site, a brand's
    line or a table's header row, not a person. (Asked of finds only: most have no word after.)"""
    spaced = text[end : end + 1] in (" ", "\t")
    if spaced:
        firm = _FIRM_AFTER.match(text, end)
        if firm and (is_company([firm.group(1)]) or (firm.group(1).istitle() and firm.group(1).casefold() in _PRODUCT_LAST)):
            return True  # "Novák a synové s.r.o.", "Lincoln Log Set"
        if THING_AFTER.match(text, end):
            return True
    if titled:
        return False
    if len(words) > 1:
        last = words[-1].casefold()
        if last in _PRODUCT_LAST or _all_field_labels(words):
            return True  # "Georgia Peach Jam"; a header row "Namn  Födelsedatum"
        if words[0].casefold() in PRODUCT_FIRST and (words[1].casefold() in _OF or not judge.first(words[0])):
            return True  # "Tarte Tatin", "Vin de Savoie", "Huile d'olive": the dish or the food first
        lex = judge.lex
        # "Boots UK", "Carrefour Market", "Hilton Leeds": a brand's place or line
        return lex.is_not_name(words[0]) and (not judge.first(words[0]) or lex.is_not_name(last) or is_company(words[1:]))
    if words[0].casefold() in MONTH_ABBREVIATIONS and (
        (spaced and DAY_AFTER.match(text, end)) or _DAY_BEFORE.search(text, max(0, end - len(words[0]) - 4), end - len(words[0]))
    ):
        return True  # "On Tue, Jun 4", "On 13 Mar 2025": a date
    if used_as_place(text, end - len(words[0]), end, nouns_only=True):
        return True  # "from Harrow branch", "la oficina de Rosario"
    return spaced and not judge.first(words[0]) and bool(NUMBER_AFTER.match(text, end))


def is_company(words: list[str]) -> bool:
    """Whether a business word ("Ltd", "GmbH", "Logistics") is among ``words``."""
    return any(w.casefold().rstrip(".,") in COMPANY for w in words)


# An article right before the run: "the Ganga meeting room", "the Riyadh project", "at the Ivy",
# "not the Queen Mary". English writes no article before a person's name.
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])the[ \t]+\Z")
# A street, square or road word right after the run, in the team languages: "Bağdat Caddesi",
# "Gustav Adolfs torg", "Martin Luther King Jr. Blvd".
_STREET_AFTER = re.compile(
    r"\.?[ \t]+(?:caddesi|cad\.|sokak|sokağı|sk\.|bulvarı|torg|torget|gata|gatan|gade|vej|väg|vägen|plads|katu|tie|"
    r"náměstí|nábřeží|třída|ulice|aleja|ulica|plac|blvd|boulevard|avenue|ave|street|st|road|rd|square|plaza|"
    r"lane|drive|way|place)\b(?![\w'’])",
    re.IGNORECASE,
)
# Words a product's name follows, written in quotes ("modello „Sofia"", "Sonderedition „Marlene"").
_PRODUCT_BEFORE = re.compile(
    r"(?i:model|modell|modello|modelo|modèle|edition|sonderedition|édition|edición|edizione|edição|version|"
    r"codename|code name|collection|kollektion|collezione|colección|coleção|linie|serie|series|projekt|project|"
    r"proyecto|progetto|projet|projeto)[ \t]*[\"“„«‚'‘]\Z"
)
# An apposition that calls the find a new line, platform or product: "Serena, la nuova linea",
# "Aurora, a nova plataforma", "Heide und Moor – die neue Teesorte" ("Anna, our new colleague" is
# a person: only the words for things count).
_NEW_THING_AFTER = re.compile(
    r"[ \t]*[,–—-][ \t]*(?:[^\W\d_]+[ \t]+){0,2}?(?i:new|nuova|nuovo|nueva|nuevo|nova|novo|nouvelle|nouveau|neue|neuer|"
    r"neues|nieuwe|nowa|nowy|nowe|nová|nový|nové|yeni|ny|nya|nye|uusi)[ \t]+(?i:line|linea|línea|linha|ligne|linie|"
    r"platform|plataforma|piattaforma|plateforme|plattform|range|gamma|gama|gamme|collection|collezione|colección|coleção|"
    r"kollektion|model|modello|modelo|modèle|modell|brand|marca|marque|marke|merk|app|tool|system|sistema|système|"
    r"product|prodotto|producto|produto|produit|produkt|teesorte|sorte|version|versione|versión|versão|edition|serie|"
    r"series|software|service|servizio|servicio|serviço)\b"
)
# "thứ Năm" (Thursday), "thứ Hai": a Vietnamese weekday, not a name.
_WEEKDAY_BEFORE = re.compile(r"(?<!\w)(?i:thứ)[ \t]+\Z")
_QUOTES = ("\"", "“", "„", "«", "‚", "'", "‘")  # (those _PRODUCT_BEFORE ends in)


_STREET_LAST = re.compile(r"[ \t]" + _STREET_AFTER.pattern[len(r"\.?[ \t]+") :] + r"\.?\Z", re.IGNORECASE)
# A preposition of place before a one-word find that is a town and no listed first name:
# "is coming from Chandigarh", "fährt nach Bielefeld", "v Ostravě" is left to the address rules.
_TOWN_BEFORE = re.compile(r"(?<![\w'’])(?:from|to|in|at|near|nach|aus|à|desde|hacia|en|em|di|da|naar|uit|till|från|ke|dari)[ \t]+\Z")


# Things named after people: the word that ends their name ("Ada Lovelace Award", "Nelson Mandela
# Bridge", "King Abdullah Financial District"), the street word that opens it in Malay, Indonesian
# and Vietnamese ("Jalan Sudirman", "đường Lê Lợi"), a ship's prefix ("MV Ngozi Star").
_NAMED_AFTER_LAST = re.compile(
    r"[ \t](?:award|awards|prize|medal|lecture|fellowship|scholarship|memorial|mausoleum|wharves|wharf|bridge|"
    r"district|airport|hospital|university|institute|foundation|stadium|highway|expressway)\Z",
    re.IGNORECASE,
)
_NAMED_AFTER_NEXT = re.compile(
    r"[ \t]+(?:award|awards|prize|medal|lecture|fellowship|scholarship|memorial|mausoleum|wharves|bridge|"
    r"airport|stadium)(?![\w'’])",
    re.IGNORECASE,
)
_STREET_FIRST = frozenset({"jalan", "jln", "jl", "lorong", "lebuh", "persiaran", "lebuhraya", "ship", "mv", "hms", "rms"})
_STREET_BEFORE = re.compile(r"(?<![\w'’])(?:đường|phố|ngõ|jalan|jl\.|jln\.?|MV|MS|MT|SS|HMS|RMS|ship|vessel)[ \t]+\Z")


def named_after(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` names a thing named after a person (see above)."""
    first = text[start:end].split(None, 1)[0].rstrip(".").casefold()
    return (first in _STREET_FIRST or _NAMED_AFTER_LAST.search(text, start, end) is not None
            or _NAMED_AFTER_NEXT.match(text, end) is not None
            or _STREET_BEFORE.search(text, max(0, start - 10), start) is not None)


def thing_around(text: str, start: int, end: int, titled: bool, listed_first: bool = True) -> bool:
    """Whether the words right around a found run make it a thing (see the patterns above);
    ``listed_first``: whether the run's first word is a listed first name."""
    if titled:
        return False
    before = text[max(0, start - 24) : start]
    # (each pattern before the run ends in spaces or in a quote, and holds its word: the words
    # are looked at first, and a pattern tried at each position only then)
    spaced = before.endswith((" ", "\t"))
    if spaced and ((before.rstrip(" \t").endswith("the") and _ARTICLE_BEFORE.search(before))
                   or (("ứ" in before or "Ứ" in before) and _WEEKDAY_BEFORE.search(before))):
        return True
    if before.endswith(_QUOTES) and _PRODUCT_BEFORE.search(before):
        return True
    if _STREET_AFTER.match(text, end) or (not listed_first and _STREET_LAST.search(text, start, end)):
        return True  # "Bağdat Caddesi mağazası", "Gustav Adolfs torg" (but "Diane Lane" is a person)
    if _NEW_THING_AFTER.match(text, end):
        return True  # "Serena, la nuova linea di divani", "Aurora, a nova plataforma"
    if named_after(text, start, end):
        return True  # "Ada Lovelace Award", "Jalan Sudirman", "MV Ngozi Star"
    if not listed_first and spaced and " " not in text[start:end] and _TOWN_BEFORE.search(before):
        from desktop.core.privacy.towns import is_town

        return is_town(text[start:end])
    return False


# "X de Y" with an everyday word on either side of the particle: a product, dish or place ("Crème
# de Marrons", "Vin de Savoie", "Queijo da Serra", "Fleur de Sel", "Preiselbeeren von Darbo").
# People's names have a first name before the particle and a surname after it ("Maria de Souza").
_PARTICLE_PAIR = re.compile(
    r"([^\W\d_][\w'’\-]*)[ \t]+(?:de|di|da|del|della|des|du|von|van|dos|das|do)[ \t]+(?:(?:la|le|l'|los|las)[ \t]*)?([^\W\d_][\w'’\-]*)"
)


def particle_thing(text: str, start: int, end: int, judge: Judge) -> bool:
    """Whether the run ``text[start:end]`` is "X de Y" with a dictionary word that is no name before
the particle, or an everyday word after it."""
    m = _PARTICLE_PAIR.match(text, start, end)
    if m is None:
        return False
    before, after = m.group(1), m.group(2)
    # a first name with more of the name after it: "Anruf von Karl von Bülow" ("Comanda de la Dacia" ends in one)
    named = any(judge.first(w) for w in _RUN_WORDS.findall(text, m.end(1), end)[:-1])
    if not named and not judge.first(before) and not judge.surname(before) and judge.rank(before) < _UNLISTED:
        return True  # a word of some language's dictionary, and no name: "Crème", "Queijo", "Parmigiano"
    return judge.common(after) and not judge.surname(after) and not judge.first(after)


_UNLISTED = 1_000_000  # the rank of a word no dictionary holds
_RUN_WORDS = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+")
