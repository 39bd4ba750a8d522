"""First names that are also well-known places: written alone they need a sign of a person.

"Jordan", "Chelsea", "Florence", "Victoria", "Verona" are listed first names, and a text that
ships goods to Jordan or meets at the Chelsea site names no one. Such a word is a name when
something says "a person" (a greeting, a title, a surname after it, a speaker label, a verb of
saying after it), not on its own; and its other mentions in the text are not hidden where the
words around them say "a place" ("to Jordan", "the Charlotte office").

Hand-written for Promptdesk: countries, states, regions and cities of the team's countries whose
place sense is the usual one in work text ("Sofia", "Nancy", "Orlando" are left out: there the
person is the usual sense).
"""

from __future__ import annotations

import re

PLACE_NAMES = frozenset({
    "adelaide", "almeria", "atlanta", "austin", "brooklyn", "camden", "charlotte", "chelsea", "china",
    "cleveland", "dallas", "denver", "devon", "dublin", "elche", "florence", "florida", "francia", "geneva",
    "genova", "georgia", "granada", "houston", "indiana", "israel", "jordan", "kent", "kenya", "lima", "lucca",
    "malaga", "marbella", "mérida", "merida", "messina", "milan", "montana", "murcia", "nevada", "paris",
    "parma", "perth", "phoenix", "portland", "reno", "roma", "rimini", "salem", "sevilla", "siena", "sydney",
    "trinidad", "valencia", "verona", "victoria", "vienna", "virginia", "york",
})

# Words right before a mention that make it a place: "to Jordan", "in Florence", "the Chelsea ...".
_PLACE_BEFORE = re.compile(
    r"(?i)(?:^|[^\w])(?:to|in|into|from|via|across|near|outside|around|of|the|nach|aus|im|in der|bei|"
    r"à|en|au|vers|de|desde|hacia|a|di|da|per|verso|naar|uit|bij|te)[ \t]+$"
)
# Words right after a mention that make it a place: "Jordan office", "Chelsea site".
_PLACE_AFTER = re.compile(
    r"[ \t]+(?i:office|offices|site|store|shop|branch|warehouse|depot|plant|campus|airport|station|hq|"
    r"headquarters|team|region|area|market|customs|border|embassy|port|harbour|harbor|fc|city|county|state|"
    r"flower show|street|road)\b"
)


def is_place_name(word: str) -> bool:
    return word.casefold() in PLACE_NAMES


# A word for a site of the firm right before a mention: "la oficina de Rosario", "our office in
# Harrow", "Niederlassung Kassel". Unlike "to" or "de" alone, these say "a place" of any word.
_SITES = frozenset({
    "office", "offices", "branch", "depot", "warehouse", "plant", "site", "store", "shop", "oficina", "sucursal", "sede",
    "tienda", "almacén", "filiale", "negozio", "magazzino", "stabilimento", "agence", "bureau", "entrepôt", "usine",
    "magasin", "kantoor", "vestiging", "filiaal", "standort", "niederlassung", "lager", "werk", "filial", "escritório",
    "loja", "armazém", "şube", "şubesi", "oddział", "biuro",
})
_SITE_LINKS = frozenset({"in", "at", "of", "de", "del", "di", "en", "em", "da", "do", "van", "te", "der", "von", "w"})
_WORDS = re.compile(r"[^\W\d_]+")


def _site_before(text: str, start: int) -> bool:
    line_start = text.rfind("\n", max(0, start - 30), start) + 1
    words = _WORDS.findall(text, max(line_start, start - 30), start)
    if not words or not text[start - 1 : start].isspace():
        return False
    last = words[-1].casefold()
    return last in _SITES or (last in _SITE_LINKS and len(words) > 1 and words[-2].casefold() in _SITES)


def used_as_place(text: str, start: int, end: int, nouns_only: bool = False) -> bool:
    """Whether the words around ``text[start:end]`` make it a place; with ``nouns_only`` only
    a word for a site says so ("Harrow branch", "oficina de Rosario"), not "to" or "de"."""
    if nouns_only:
        return _site_before(text, start) or bool(_PLACE_AFTER.match(text, end))
    return bool(_PLACE_BEFORE.search(text, max(0, start - 16), start) or _PLACE_AFTER.match(text, end))
