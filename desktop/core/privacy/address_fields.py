"""The parts of an address that a form, a table or a JSON object keeps in fields of their own:
the house number ("civic_no", "numero", "huisnr"), its suffix ("toev": "bis", "A"), the state or
province code ("prov": "ON", "uf": "RS"), the area or estate ("area": "Ikeja GRA") and the
building parts (floor, staircase, door).

Alone such a value names no one ("410", "ON", "bis"); it is someone's beside the street or
postcode of the same record, so these fields are hidden only where the row or the object also
holds an address field (the callers in ``layout`` check that, as they do for a town).
"""

from __future__ import annotations

from desktop.core.privacy.fastscan import lazy_re

# Field names (as ``labels._norm_key`` writes them: casefolded, "_" and "-" as spaces).
PART_KEYS = frozenset(key.casefold() for key in {  # (casefolded as keys are: the Greek final "ς" as "σ")
    # the house number
    "civic", "civic no", "civic number", "civic nr", "num", "numero", "número", "nro", "no ext", "num ext",
    "numero exterior", "número exterior", "no exterior", "numero interior", "número interior", "no int",
    "house", "house nr", "house num", "hnr", "hno", "h no", "street num", "street nr", "st no", "st num",
    "housenumber", "house number", "nr", "kapı no", "kapi no", "bina no", "numer", "číslo", "cislo",
    "číslo popisné", "husnummer", "nº", "n°", "n.º", "núm", "kod", "boite", "hausnr", "husnr", "talonumero", "házszám", "hazszam", "numar", "număr", "αριθμός", "αριθμος",
    "no", "civico", "nr lokalu", "nr mieszkania", "numéro", "numero de rue", "numéro de rue", "n° de rue", "huisnummer", "номер дома", "дом", "будинок",
    # the street's type and name in fields of their own ("via": "C/", "nombre_via": "Mayor", "gata": "Storgatan")
    "via", "tipo via", "tipo de via", "tipo vía", "nombre via", "nombre vía", "nombre de la via", "calle", "rua", "gata",
    "gatunamn", "gatenavn", "vejnavn", "katu", "kadunnimi", "utca", "strada", "straat naam", "street type", "street suffix",
    "nummer", "gatunummer",
    # its suffix
    "toev", "toevoeging", "huisnummertoevoeging", "huisletter", "addition", "suffix", "house suffix", "zusatz",
    # the state, province or county code
    "prov", "uf", "st", "state code", "province code", "region code", "county", "jud", "județ", "judet", "kanton",
    "bundesland", "land code", "nomos", "νομός", "il kodu",
    # the area or estate
    "area", "sector", "estate", "locality", "village", "suburb name", "colony", "lga", "ward",
    "urbanización", "urbanizacion", "fraccionamiento", "fracc", "ortsteil", "gemeinde", "kommune", "municipality",
    # the building's parts
    "building", "bldg", "block", "bloc", "wing", "floor", "stock", "stockwerk", "stiege", "escalera", "esc",
    "scala", "interno", "int", "bus", "bte", "boîte", "door", "puerta", "porta", "andar", "etage", "étage",
    "apartment no", "apto", "ap", "dpto", "depto", "departamento", "daire", "kat", "patro", "byt", "emelet", "ajtó",
    "lok", "lokal", "mieszkanie", "lägenhet", "lejlighed", "leilighet", "huoneisto", "porras",
})

# Keys of a street's name alone, its number in a field of its own: read as a town is, beside the rest.
STREET_NAME_KEYS = frozenset(key.casefold() for key in {  # (casefolded as keys are: "straße" as "strasse")
    "street", "street name", "ulica", "straße", "straßenname", "rue", "straat", "straatnaam", "οδός", "οδος",
    "logradouro", "vejnavn", "gatuadress"})
# A number's column first in its row counts the rows ("No;Name;Street;City"), not the houses.
ROW_NUMBER_KEYS = frozenset(key.casefold() for key in {
    "no", "nr", "nº", "n°", "num", "numer", "nummer", "número", "numero", "numéro"})

# A part's value: short, one line, not a sentence ("Ikeja GRA", "410", "2º B", "bis", "ON"). (A landmark
# field, "behind the college", describes the way there and is left as written.)
_PART_VALUE = lazy_re(r"[\w#][\w'’.°º ª/\-]{0,39}|\d{1,5}[a-zA-Z]?,[ \t]*[\w'’.°º ª/\-]{1,20}")  # ("1602, int. 804")


def part_value(value: str, start: int) -> tuple[int, int] | None:
    """The span of an address part's value in its field, or None when it is no such value."""
    body = value.strip().rstrip(" ,;")  # (an abbreviation keeps its dot: "Ctra.")
    if not body or not _PART_VALUE.fullmatch(body) or len(body.split()) > 6:  # ("C/ Alfonso X el Sabio" under "calle")
        return None
    at = value.index(body)
    return start + at, start + at + len(body)


# A key that says which of a person's addresses it holds before or after the address word, as
# forms written by hand do: "current addr", "prev addr", "home addr.", "indirizzo di residenza",
# "endereço atual".
_ADDRESS_QUALIFIER = lazy_re(
    r"(?:current|present|previous|prev|former|old|new|permanent|temporary|home|mailing|postal|residential)[ \t]+"
)  # (not "neue adresse:", which a chat writes before an address and its greeting: the street rules read it)
_ADDRESS_QUALIFIER_AFTER = lazy_re(
    r"[ \t]+(?:di residenza|de residencia|de residência|de domicilio|of residence|actual|attuale|atual|actuelle|"
    r"nuovo|nuova|nuevo|nueva|nova|novo|neu|nouvelle|nouveau|actuel)$"
)


def qualified_address_key(norm_key: str, keys: dict[str, str]) -> bool:
    """Whether a key no list holds is an address key with a word saying which address it is."""
    m = _ADDRESS_QUALIFIER.match(norm_key)
    if m is not None and keys.get(norm_key[m.end() :]) == "ADDRESS":
        return True
    m = _ADDRESS_QUALIFIER_AFTER.search(norm_key)
    return m is not None and keys.get(norm_key[: m.start()]) == "ADDRESS"
