"""Street addresses in the forms of the app's locales.

- number first, street type last (US, UK, AU, CA): "1600 Pennsylvania Ave NW, Apt 2"; street
  types are the USPS Publication 28 suffixes and their abbreviations;
- street type first (FR, ES, IT, PT and others): "12, rue de la Paix", "Calle Mayor 5, 3º",
  "Via Roma 131", "Rua Diadema 1903";
- street type glued to the name, number after (DE, NL, AT, CH, Nordic): "Hauptstraße 12a",
  "Kerkstraat 5", "Hammarvägen 15";
followed, when present, by a unit, a postcode and a town ("Berlin 10115", "75001 Paris",
"SW1A 1AA", "Springfield, IL 62704"), all hidden as one ADDRESS.

Longer than most modules: the street forms of each locale are built from shared parts (house
number, unit, postcode, town) and read best beside them; their street-type words are in
``address_words.py``, address lines and letterheads in ``address_lines.py``.
"""

from __future__ import annotations

import re
from functools import cache

from desktop.core.privacy.address_cells import unquoted, widen_over_cells
from desktop.core.privacy.address_forms import script_addresses, widen_addresses
from desktop.core.privacy.address_low_lines import lowercase_lines
from desktop.core.privacy.address_owner import drop_firm_addresses
from desktop.core.privacy.address_prose import prose_addresses
from desktop.core.privacy.address_south_slavic import south_slavic_addresses
from desktop.core.privacy.address_town_first import street_then_town, town_first_addresses
from desktop.core.privacy.address_words import SUFFIXES_EN as _SUFFIXES_EN
from desktop.core.privacy.address_words import SUFFIXES_GLUED as _SUFFIXES_GLUED
from desktop.core.privacy.address_words import TYPES_FIRST as _TYPES_FIRST
from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import caseless_alternation, first_char_dispatch
from desktop.core.privacy.text_cache import keyword_windows, lowered
from desktop.core.privacy.token_scan import as_token_literals
from desktop.core.privacy.towns import town_in_sentence

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩΆ-Ώ]"
_TOWN_WORD = rf"{_CAP}[\w'’\-()]*"
_TOWN = (
    rf"{_TOWN_WORD}(?:[ \-](?:{_TOWN_WORD}|am|an|der|den|aan|sur|sous|de|di|del|la|le|les|en|im|bei|upon|on|u|nad|pod))"
    r"{0,4}(?:[ \t]*\([^)\n]{1,24}\))?"
)
# (capitals of Latin Extended-A too: "ul. Świdnicka", "Łąkowa", "Şehit")
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(ch for ch in map(chr, range(0x100, 0x17F)) if ch.isupper())
_NAME_WORD = rf"(?:(?:[dl]['’])?[{_UPPER}][\w'’\-.]*|\d{{1,3}}(?:st|nd|rd|th))"
_LOW_WORD = r"(?:d[eiu]|de la|de l'|des|del|della|dei|degli|delle|do|da|dos|das|la|le|les|el|los|las|y|e|et|and|of|the|van|von|der|den|am|an|im|zum|zur|sur|sous|św\.|ks\.|gen\.|bł\.|kard\.|płk\.|prof\.|dr\.)"  # (titles in a Polish street's name: "al. św. Jana Pawła II")


def _unit_and_tail() -> tuple[str, str]:
    """What may follow a street: a unit ("Apt 2", "3º B") with its town, and the postcode and
    town, optionally region and country (", Springfield, IL 62704", "\n75001 Paris")."""
    town = _TOWN
    caps = r"[A-ZÀ-ÖØ-ÞΑ-Ω][A-ZÀ-ÖØ-ÞΑ-Ω\-]{2,}"
    unit_town = (
        rf"(?:[ \t]+{town}(?:[ \t]+[A-Za-z]{{2,3}})?(?=[ \t]*(?:[.?!,;\n]|$))"
        rf"|[ \t]+{caps}(?:[ \t]+{caps})*(?:[ \t]+(?:[A-Z]{{2}}\b|{_TOWN_WORD})){{0,2}})?"
    )
    unit = (
        r"(?:(?:,?\s*\d{1,2}\s?[ºª°](?:\s?[A-Z0-9]{1,2}\b)?|,?\s*(?i:apt\.?|apartment|suite|ste\.?|unit|#|flat|floor|fl\.?|room|rm\.?|bldg\.?|building|"
        r"piso|planta|puerta|piano|appartamento|escalera|esc\.?|interno|int\.?|scala|bus|boîte|bte|etage|étage|stock|whg\.?)(?![^\W\d_])"  # (a whole word: not the "Ste" of "Stellenbosch")
        rf"\s*[#]?[\w\-/]{{1,6}}(?:\s*[ºª°])?)+{unit_town})?"
    )
    # (and the Baltic codes with their country's letters: "LT-01103 Vilnius", "Rīga, LV-1001")
    # (a Swedish or Czech "411 17" whole: not a phone's first digits, "087 441 9021" on the next line)
    postcode = r"(?:\d{5}(?:-\d{4})?|\d{4}\s?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{4,5}|\d{3}\s\d{2}(?!\w)(?![ \t]\d)|(?:LT|LV)-\d{4,5})"
    postcode_first = r"(?:\d{4,5}|\d{4}\s?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]-?\d{4,5}|(?:LT|LV)-\d{4,5}|\d{2}-\d{3}|\d{4,5}-\d{3}|\d{3}[ \t]\d{2})"
    tail = (
        # (a postcode after its word: "CAP 40122 Bologna (BO)", "C.P. 01020 Ciudad de México")
        # (a dash, a middle dot or a bar between, as a letterhead's one line writes it: "12, allée des Acacias – 33600 Pessac")
        rf"(?:(?:\s*,\s*|\s*\n\s*|[ \t]+[\-–—·•|][ \t]+)(?:(?:CAP|C\.A\.P\.|PLZ|CEP|C\.P\.)[ \t:]*{postcode_first}\s+{town}|{postcode_first}\s+{town}"
        rf"|{town}(?:,[ \t]*{town})?,?\s+(?:[A-Za-z]{{2,3}}\s+)?{postcode}"
        rf"|{town},[ \t]*{town}"
        # a town and its state's or province's code with no postcode: ", Ames IA", ", Milano MI"
        rf"|{town},?[ \t]+[A-Z]{{2}}(?=[ \t]*(?:[.?!,;\n]|$))))?"
    )
    return unit, tail


# (up to three more parts: house, stair and door in Vienna, "Kaiserstraße 88/3/12")
# (and a Dutch floor after the number: "112-III", "45-hoog", "14-huis")
_NUMBER = r"\d{1,6}(?:[A-Za-z](?![\w]))?(?:[\-/]\d{1,5}[A-Za-z]?){0,3}(?:-(?:I{1,3}|IV|hoog|huis|bis)(?![\w]))?"
# A word of a street name in any language ("Snellmaninkatu", "Erzsébet", "Północna").
_ANY_WORD = r"[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩΆ-Ώ][^\W\d_]*(?:['’\-.][^\W\d_]+)*\.?"


def _street_forms(unit: str, tail: str) -> dict[str, str]:
    """Streets named by a type word: "1600 Pennsylvania Ave NW" (the type last), "12, rue de la
    Paix" (first), "Hauptstraße 12" (glued to the name) and "Berliner Straße 5"."""
    # Case-free word lists, grouped so the engine skips a group on its first letter.
    suffixes = caseless_alternation(_SUFFIXES_EN.split("|"))
    types_first = caseless_alternation(_TYPES_FIRST.split("|"))
    glued_suffixes = caseless_alternation(_SUFFIXES_GLUED.split("|"))
    short_number = r"\d{1,4}[A-Za-z]?(?![\w])(?:[\-/]\d{1,4}[A-Za-z]?)?"
    number = _NUMBER
    en_body = (
        rf"(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?"
        rf"(?:(?:{_NAME_WORD}|{_LOW_WORD})[ \t]+){{0,4}}(?=[A-Z]){suffixes}\b\.?(?:\s+(?:[NS][EW]?|[EW]|North|South|East|West)\b\.?)?{unit}{tail}"
    )
    return {
        # Number first (the common case) starts with a digit, so the scan skips to digits.
        "en": rf"\d(?<![\w\-/.,]\d)\d{{0,5}}(?:[ \t]+\d{{1,6}})?(?:[A-Za-z](?![\w]))?(?:[\-/]\d{{1,5}}[A-Za-z]?)?,?[ \t]+{en_body}",  # (one line: "27\nPLZ: ..." is a field, then a label)
        "en_unit": rf"(?<![\w\-/.,])(?i:flat|studio|apt\.?|apartment|suite|unit)\s+\w{{1,5}},?\s+(?:{number},?\s+)?{en_body}",
        "first": (
            rf"(?<![\w\-])(?:{number}(?:\s?(?:bis|ter))?,?\s+)?{types_first}\s+"
            rf"(?:(?:{_NAME_WORD}|{_LOW_WORD})[ \t]+){{0,5}}?(?:{_NAME_WORD})"
            rf"(?:,?[ \t]*(?:n\.?\s?|nº\s?|n\.[º°]\s?|no\.?\s?|nr\.?\s?|\#[ \t]?|(?i:número|numero|number|nummer|numer)[ \t])?{short_number}(?:\s?(?:bis|ter))?"
            r"|(?=\s*,?\s*\n?\s*\d{4,5}\s)"
            r"|,?[ \t]*(?i:s/n|s\.n\.)(?!\w))"  # (a house with no number: "Avda. de la Constitución s/n")
            rf"{unit}{tail}"
        ),
        "glued": rf"(?<![\w\-])[A-ZÀ-ÖØ-Þ][\w'’\-]*?{glued_suffixes}(?:\s+|,\s*)(?:nr\.?\s*)?{number}{unit}{tail}",
        "glued_spaced": (
            # (and the Nordic types written apart, in lowercase: "Kongens gate 7", "Thorvald Meyers gate 42B")
            rf"(?<![\w\-])(?:[A-ZÀ-ÖØ-Þ][\w'’\-]+\s(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Ring|Damm|Gasse)"
            # (and the Hungarian ones, with the dot after the number: "Király utca 12.", "Kossuth Lajos sugárút 77.")
            rf"|(?:[A-ZÀ-ÖØ-Þ][\w'’\-]+\s)?[A-ZÀ-ÖØ-Þ][\w'’\-]+\s(?:gate|gata|vei|veg|vej|gade|allé|plass|plads|torg|väg"
            r"|utca|u\.|út|tér|körút|krt\.|sugárút|köz|fasor|rakpart|sétány"
            # (and the Slovene, Croatian, Baltic and Estonian ones: "Slovenska cesta 55", "Brīvības iela 85-7",
            # "Gedimino pr. 9", "Narva mnt 7")
            r"|cesta|ulica|iela|gatvė|g\.|pr\.|prospektas|mnt\.?|maantee|tänav|pst\.?|puiestee))"
            rf"\s+{number}{unit}{tail}"
        ),
        # "29 Rue de Tanger", "33 avenue de Provence": number first, no number after the name.
        "number_first": (
            # (and the number told first in Spanish and Italian prose: "el 14 de la calle Goya", "al 27 di via dei Mille")
            rf"(?<![\w\-/.,])(?:(?i:número|numero|núm\.|num\.)[ \t]+)?(?:\d{{1,6}}[ \t]+)?{number}(?:\s?(?:bis|ter))?,?[ \t]+(?:(?:de(?:[ \t]+la)?|del|di)[ \t]+)?{types_first}[ \t]+"
            rf"(?:(?:{_NAME_WORD}|{_LOW_WORD})[ \t]+){{0,5}}{_NAME_WORD}{unit}{tail}"
        ),
    }


def _other_forms(unit: str, tail: str) -> dict[str, str]:
    """Addresses without a street type: numbers around a name, post boxes, corners, military
    post, and a street announced by the words before it."""
    word = _ANY_WORD
    return {
        # "040 Snellmaninkatu 55", "233 Erzsébet tér 19.", "3037 ul. Północna 73": a building or
        # postbox number, a street name in any language, a house number.
        # Written as "the first character, then what may follow it" (rather than a look-behind and
        # an optional unit word first) so the scan can skip to digits and unit words' initials.
        "number_name_number": (
            r"[\daAsSſuUfF](?<![\w\-/.,].)"
            r"(?:(?:(?<=[aA])(?i:pt\.?)|(?<=[sSſ])(?i:uite)|(?<=[uU])(?i:nit)|(?<=[fF])(?i:lat))"
            r"[ \t]+\w{1,5}[ \t]+(?:\d{1,6}[ \t]+)?\d{1,6}"
            r"|(?<=\d)(?:\d{0,5}[ \t]+\d{1,6}|\d{0,5}))"
            rf"[ \t]+(?:{word}|ul\.|al\.)"
            rf"(?:[ \t]+(?:{word}|[a-zà-ÿ]{{1,12}}\.?)){{0,4}}?[ \t]+\d{{1,5}}[A-Za-z]?(?![\w\-/]|[.,]\d)\.?{unit}{tail}"
        ),
        "po_box": (
            rf"(?<![\w\-])(?:\d{{1,6}}[ \t]+)?(?i:(?:g\.?)?p\.?[ \t]?o\.?[ \t]?box|postbox|postfach|apartado(?: de correos| postal)?|"
            rf"apdo\.|casella postale|boîte postale|case postale|c\.p\.|caixa postal|cx\.?[ \t]postal|skr\.[ \t]pocztowa|"
            rf"skrytka pocztowa|postboks|postbus|postilokero|posta kutusu|p\.k\.|locked bag|private bag|pmb)[ \t]+\d{{1,6}}(?:-\d{{5}}(?!\d))?"
            # a Canadian post office station after the box: "C.P. 418, succ. Place-d'Armes"
            rf"(?:,?[ \t]+(?i:succ\.?|succursale|stn\.?|station)[ \t]+[^\W\d_][\w'’\-]*(?:[ \t\-][^\W\d_][\w'’\-]*){{0,3}})?{unit}{tail}"
        ),
        "corner": r"(?i:(?:the )?corner of)[ \t]+[^\n?!]{3,60}?[ \t]+and[ \t]+[^\n?!.,;]{2,60}",
        "military": (
            r"(?i:(?:PSC|CMR|Unit)[ \t]+\d{3,5},?[ \t]+Box[ \t]+\d{3,5}|USNS[ \t]+\w+|USNV[ \t]+\w+|USS[ \t]+\w+|USCGC[ \t]+\w+)"
            r"[ \t]*\n?[ \t]*(?i:[ADF]PO)[ \t]+(?i:AA|AE|AP)[ \t]+\d{5}"
        ),
        # "lives on Grössgstötten 50", "station is on Pod Floriánem 1677": a street name and number
        # after words that announce a place.
        "announced": (
            r"(?i:lives (?:on|at|in)|is on|located (?:at|on|in)|address is|drops you off at|is at|moved to)[ \t]+"
            rf"(?P<addr>(?:{word}[ \t]+){{1,3}}\d{{1,5}}[A-Za-z]?(?![\w\-/]|[.,]\d))"
        ),
    }


# The rules in the order find_addresses numbers them (its windows and checks use the numbers).
_ORDER = (
    "en", "first", "glued", "glued_spaced", "number_name_number", "corner", "military", "po_box", "number_first",
    "en_unit", "announced",
)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    unit, tail = _unit_and_tail()
    forms = _street_forms(unit, tail) | _other_forms(unit, tail)
    cont = _continuation()
    return tuple(re.compile(forms[name] + cont) for name in _ORDER)


def _continuation() -> str:
    """Further lines of an address block: unit, town, region, country and postcode lines.

    A line joins the block only when the whole line has an address shape, or when it ends in a
    postcode (the block's last line may run on into a sentence: "... Netherlands 62971 in case").
    """
    cap = _TOWN_WORD
    words = rf"{cap}(?:[ \t]+(?:{cap}|[a-z]{{1,4}}))" + "{0,4}"
    whole_line = (
        rf"(?:(?i:apt\.?|apartment|suite|ste\.?|unit|box|flat|floor|bus)[ \t]*#?[\w\-]{{1,6}}|{words}"
        r"|,[ \t]*[A-Za-z0-9]{1,3}|\d{3}[ ]?\d{2,3}"
        # a postcode then its town and province: "06560 Yenimahalle/Ankara"
        rf"|(?:\d{{4,5}}|\d{{2}}-\d{{3}}|\d{{4}}-\d{{3}})[ \t]+{words}(?:/{cap})?)[ \t]*(?=\n|$|[.?!,;](?:\s|$))"
    )
    # (not the first digits of a phone number on the line below: "07700 900 771")
    # (a Canadian, British, Polish, Portuguese, Brazilian or Swedish code too: "Toronto ON M5B 2H1")
    codes = r"[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|\d{2}-\d{3}|\d{4,5}-\d{3}|\d{3}[ \t]\d{2}"
    ends_in_postcode = rf"(?:{words},?[ \t]+(?:[A-Z]{{2}}[ \t]+)?)?(?:\d{{4,6}}(?:-\d{{4}})?|{codes})(?!\w)(?![ \t\-/.]?\d)"
    # (across a blank line only a postcode line: words there start the letter, "An die Firma ...")
    return rf"(?:\n(?:[ \t>?]*\n[ \t>?]*{ends_in_postcode}|[ \t>?]*(?:{ends_in_postcode}|{whole_line}))){{0,6}}"


# (the word taken whole, "*+": a shorter part of it is followed by a letter, never by the space)
_WORD_BEFORE_NUMBER = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![\w\-].)[\w'’\-]*+\.?(?=(?:\s+|,\s*)(?:nr\.?\s*)?\d)")
_GLUED_ENDINGS = tuple(e.replace("\\", "") for e in _SUFFIXES_GLUED.split("|"))


@cache
def _type_word_re() -> re.Pattern[str]:
    """A street-type word ("rue", "Via", "c/") standing on its own before a space."""
    return re.compile(first_char_dispatch(_TYPES_FIRST.split("|"), r"\w\-", ignore_case=True) + r"(?=\s)")


_NUMBER_BEFORE = re.compile(r"(?:(?i:número|numero|núm\.|num\.)[ \t]+)?(?:\d{1,6}[ \t]+)?\d{1,6}[A-Za-z]?(?:\s?(?:bis|ter))?,?\s+(?:(?:de(?:\s+la)?|del|di)\s+)?$")


def _types_first(text: str, pattern: re.Pattern[str], regions: list[tuple[int, int]]):
    """"12, rue de la Paix", "Via Roma 131": tried only where a street-type word stands, from
    the house number before it when there is one."""
    finder = as_token_literals(_type_word_re(), text, r"\w\-")  # (the type words the text holds)
    if finder is None:
        return
    last_end = -1
    for a, b in regions:
        for word in finder.finditer(text, a, b):
            start = word.start()
            if start < last_end:
                continue
            before = _NUMBER_BEFORE.search(text, max(0, start - 28), start)
            tries = [pattern.match(text, start)]
            if before:
                tries += [pattern.match(text, before.start()), _patterns()[8].match(text, before.start())]
            found = [t for t in tries if t]
            m = max(found, key=lambda t: t.end() - t.start()) if found else None
            if m:
                last_end = m.end()
                yield m


# A capitalised word before a glued street that belongs to its name: "Van Woustraat", "Am Sandtorkai".
_NAME_PARTICLE = re.compile(r"(?<![\w\-])(?:Van|Von|De|Den|Der|Ter|Sint|St\.|Nieuwe|Oude|Korte|Lange|Lage|Hoge|Kleine|Grote|Achter|Binnen|Buiten|Eerste|Tweede|Le|La|Am|An|Auf|Im)[ \t]$")


def _glued(text: str, pattern: re.Pattern[str]):
    """"Hauptstraße 12": only words that end like a street and stand before a number are tried."""
    for word in _WORD_BEFORE_NUMBER.finditer(text):
        if word.group(0).lower().endswith(_GLUED_ENDINGS):
            m = pattern.match(text, word.start())
            if m:
                yield m


# A line with a digit and the next ones with one, as long as at most five lines without a
# digit stand between two (further apart, their regions below would not touch).
_DIGIT_LINES = re.compile(r"^[^\n\d]*\d[^\n]*(?:\n(?:[^\n\d]*\n){0,5}[^\n\d]*\d[^\n]*)*", re.MULTILINE)


def _digit_regions(text: str) -> list[tuple[int, int]]:
    """Every address holds a digit (house number, postcode, box): look only at lines with one,
    the line before and a few lines after (an address block's town and country lines)."""
    regions: list[tuple[int, int]] = []
    size = len(text)
    for m in _DIGIT_LINES.finditer(text):
        first, hi = m.span()
        lo = text.rfind("\n", 0, first - 1) + 1 if first > 0 else 0  # the line before
        for _ in range(4):  # the four lines after
            if hi >= size:
                break
            hi = text.find("\n", hi + 1)
            if hi < 0:
                hi = size
        regions.append((lo, hi))
    return regions


_WORDS_BEFORE = re.compile(r"(?:[A-ZÀ-ÖØ-ÞΑ-Ω][\w'’\-]*[ \t]+){1,2}(?:[a-zà-ÿ]{1,6}[ \t]+)?$")


def _street_name_before(text: str, start: int, lex) -> int:
    """Where an address that begins with its number really begins: "Storgarden 52 Trajanka
    Forks" puts a street name before the number. Everyday words ("Visit 10 Downing St") stay out."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _WORDS_BEFORE.search(text, max(line_start, start - 40), start)
    if not m:
        return start
    words = re.findall(r"[^\W\d_]+", m.group(0))
    if any(lex.rank(w) < 20_000 for w in words):
        return start  # only words no everyday list knows: "Storgarden", not "Ship to"
    return m.start()


@cache
def _lowercase_re() -> re.Pattern[str]:
    low = r"(?!(?:apt|suite|unit|flat)\b)[a-zà-ÿα-ω][\w'’\-]*\.?"
    town = rf"{low}(?:[ \t]+{low}){{0,3}}(?![\w'’\-.]*:)"  # (not the next speaker of a chat: "\nsam: k")
    return re.compile(
        # (a numbered street too: "1420 5th ave apt 9")
        rf"(?<![\w\-/.,])(?:\d{{1,6}}[ \t]+)?\d{{1,6}}[ \t]+(?P<street>(?:{low}|\d{{1,3}}(?:st|nd|rd|th)\b)(?:[ \t]+(?:{low}|\d{{1,3}}(?:st|nd|rd|th)\b)){{0,4}})"
        rf"(?:[ \t]+\d{{1,5}}[a-z]?\b\.?)?"
        rf"(?:,?[ \t]+(?:apt\.?|suite|unit|flat)[ \t]+\w{{1,6}}|[ \t]+\#[ \t]?\w{{1,6}})*"  # ("915 maple ave #4")
        rf"(?:[ \t]*[,\n][ \t,\n]*{town}|[ \t]+{town}(?=[ \t]*(?:[.?!\n]|$|\d{{5}}(?!\w)))){{0,3}}(?:[ \t,\n]+\d{{4,6}}|(?<=\d)[ \t]\d[a-z]{{2}}(?![\w]))?"
    )


_LOW_SUFFIXES = frozenset(w for w in _SUFFIXES_EN.split("|") if w.isalpha() and len(w) > 2) | {"st", "rd", "dr", "ln", "ct"}
# A number then these is a duration or a measure, not a house: "5 min walk", "10 km run".
_MEASURES = frozenset({"min", "mins", "minute", "minutes", "sec", "hr", "hrs", "hour", "hours", "day", "days", "week",
                       "weeks", "km", "mi", "mile", "miles", "m", "ft", "kg", "lb", "lbs", "x", "pm", "am"})
_LOW_TYPES = frozenset(w for w in _TYPES_FIRST.replace("\\", "").split("|") if w.isalpha() and len(w) > 2) | {"r", "ul"}
_LOW_POSTCODE = re.compile(r"^[a-z]{1,2}\d[a-z\d]?$")  # a British postcode's outward code in lowercase
_FUNCTION_WORDS = frozenset({"to", "the", "and", "of", "at", "in", "for", "with", "on", "a", "an", "my", "your"})


def _lowercase_addresses(text: str) -> list[Candidate]:
    """In text written without capitals: a number, street words one of which is a street type
    ("avenida", "rue", "street") or ends like one ("...vej", "...tie"), a number, the town."""
    out: list[Candidate] = []
    endings = tuple(e for e in _GLUED_ENDINGS if e.isalpha())
    for m in _lowercase_re().finditer(text):
        words = m.group("street").replace(".", " ").split()
        if _FUNCTION_WORDS.intersection(words) or words[0] in _MEASURES:
            continue  # "3 boxes to the street party", "5 min walk": a sentence, not a street
        if (words[0] in _LOW_TYPES or words[-1] in _LOW_SUFFIXES or any(len(w) > 5 and w.endswith(endings) for w in words)
                or (_LOW_POSTCODE.search(words[-1]) and _LOW_SUFFIXES.intersection(words[1:-1]))):
            # (the last: "14 mill lane bristol bs3 4dt", a street, its town and a postcode)
            value = m.group(0).rstrip(" ,\n.")
            out.append(Candidate(m.start(), m.start() + len(value), "ADDRESS"))
    return out


_GREETINGS = frozenset({
    "dear", "hi", "hello", "sehr", "liebe", "lieber", "hallo", "bonjour", "madame", "monsieur", "estimado", "estimada",
    "hola", "gentile", "egregio", "caro", "cara", "geachte", "beste", "hoi", "prezado", "prezada", "olá", "szanowni",
    "szanowny", "szanowna", "sayın", "hej", "kære", "hei", "hyvä",
})


def _letter_goes_on(line: str, lex) -> bool:
    """A last block line that is the letter going on ("Thanks", "Best regards,"), not a town or
    country ("United States" is everyday words too, but two of them and no comma)."""
    words = re.findall(r"[^\W\d_]+", line)
    if words and words[0].casefold() in _GREETINGS:
        return True  # "Dear Sir", "Sehr geehrte Frau Brandt": the letter begins under the address
    if not words or any(lex.rank(w) >= 3000 for w in words):
        return False
    return len(words) == 1 or line.rstrip().endswith(",")


_NUMBER_JUST_BEFORE = re.compile(r"\d{1,6}[ \t]+$")
# A line that starts with one of these is the next field or the letter's close, not more of the
# address above it ("IBAN AT54 ...", "Tel 0662 ...", "Cordialement").
_NOT_ADDRESS_LINE = frozenset({
    "iban", "bic", "swift", "tel", "tel.", "phone", "fax", "email", "e-mail", "mail", "mobile", "mob", "cell",
    "handy", "telefon", "vat", "ust", "nip", "pesel", "regon", "sv-nr.", "sv-nr", "steuer-id", "ssn", "sin", "dob",
    "geb.", "kto", "konto", "account", "acct", "ref", "ref.", "invoice", "order", "cordialement", "regards",
    "thanks", "thank", "merci", "grüße", "gruß", "saludos", "pozdrawiam", "atenciosamente", "obrigado",
    "obrigada", "cumprimentos", "groeten", "hälsningar", "cheers", "saluti", "distinti", "best", "kind",
    # (and the closings chat and e-mail write under an address: "Viele Grüße", "Danke und LG", "Mvh Erik")
    "viele", "danke", "lg", "vg", "mfg", "mvh", "hilsen", "vänliga", "venlig", "venlige", "terveisin", "groetjes",
    "groet", "cordiali", "tack", "takk", "kiitos", "gracias", "grazie", "bedankt", "pozdrowienia", "üdvözlettel",
})


def _cut_at_other_field(lines: list[str]) -> list[str]:
    for i in range(1, len(lines)):
        words = lines[i].split()
        if words and (words[0].casefold().rstrip(":,") in _NOT_ADDRESS_LINE or ":" in lines[i]):
            return lines[:i]
    return lines


def _rule_regions(text: str) -> dict[int, list[tuple[int, int]]]:
    """Where each rule is tried: rules that need a digit on lines with one, the others around
    their own words (``find_addresses`` tries the glued rule by its own scan)."""
    digit_regions = _digit_regions(text)
    lower = lowered(text)
    return {
        0: digit_regions, 1: digit_regions, 4: digit_regions,
        3: keyword_windows(lower, ("straße", "strasse", "str.", "weg", "platz", "allee", "ring", "damm", "gasse", " gate ",
                                   " gata ", " vei ", " veg ", " vej ", " gade ", " allé ", " plass ", " plads ", " torg ",
                                   " väg ", " utca ", " u. ", " út ", " tér ", " körút ", " krt. ", " sugárút ", " köz ",
                                   " fasor ", " rakpart ", " sétány ", " cesta ", " ulica ", " iela ", " gatvė ", " g. ",
                                   " pr. ", " prospektas ", " mnt", " maantee ", " tänav ", " pst", " puiestee "), 60, 50),
        5: keyword_windows(lower, ("corner of",), 160, 5),
        6: keyword_windows(lower, ("apo ", "fpo ", "dpo "), 30, 60),
        7: keyword_windows(lower, ("box", "postfach", "apartado", "apdo.", "casella postale", "boîte postale", "case postale",
                                   "c.p.", "caixa postal", "postal", "pocztowa", "postboks", "postbus",
                                   "postilokero", "posta kutusu", "p.k.", "locked bag", "private bag", "pmb"), 250, 20),
        9: keyword_windows(lower, ("flat", "studio", "apt", "apartment", "suite", "unit"), 250, 2),
        10: keyword_windows(lower, ("lives ", "is on ", "located ", "address is", "drops you off", "is at ", "moved to"), 120, 2),
    }


def _rejected(i: int, value: str, lex) -> bool:
    """Whether rule ``i``'s match ``value`` is no address after all."""
    if i == 0 and not re.search(r"[A-Za-z]{2}", value.split(None, 1)[-1]):
        return True
    if i == 1 and not any(ch.isdigit() for ch in value):
        return True
    if i == 4:
        from desktop.core.privacy.name_words import NOT_A_STREET

        first_line = value.split("\n", 1)[0]
        if re.search(r"\w{4,}\.\s+[A-Z]", first_line):
            return True  # a sentence ends between the numbers: "51381 Kemnath. The renewal covers 25"
        street = [w for w in re.findall(r"[^\W\d_]+", first_line.split(",")[0]) if len(w) > 2]
        if any(w.casefold() in NOT_A_STREET for w in street):
            return True  # "12 March 2024", "3 Monday 10"
        if not street or sum(lex.rank(w) < 3000 for w in street) > max(0, len(street) - 2):
            return True  # "2024 Revenue 500", "5 Musicians Of The 70s": plain words between numbers
    return False


def _address(text: str, start: int, value: str, lex) -> Candidate:
    """The address a kept match stands for: cut before another field or the letter going on,
    and widened to a street name or building number written before it."""
    lines = _cut_at_other_field(value.split("\n"))
    # A last line that is only everyday words ("Thanks") is the letter going on.
    while len(lines) > 1 and _letter_goes_on(lines[-1], lex):
        lines.pop()
    value = "\n".join(lines).rstrip(" ,\n")
    end = town_in_sentence(text, start + len(value), lex)
    particle = _NAME_PARTICLE.search(text, max(0, start - 7), start)
    start = particle.start() if particle else start
    if value[:1].isdigit():
        start = _street_name_before(text, start, lex)
    else:
        number = _NUMBER_JUST_BEFORE.search(text, max(0, start - 8), start)
        start = number.start() if number else start  # "6688 Kopfhölzistrasse 45": a building number first
    return Candidate(start, end, "ADDRESS")


def find_addresses(text: str) -> list[Candidate]:
    """Street addresses in ``text``; each is one candidate from the number to the town."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.names import mostly_lowercase

    lex = lexicon()
    text = unquoted(text)  # (a reply's "> " marks read as spaces: the quoted address's lines join)
    out: list[Candidate] = []
    where = _rule_regions(text)
    for i, pattern in enumerate(_patterns()):
        if i == 8:
            continue  # tried from the street-type rule
        if i == 2:
            found = _glued(text, pattern)
        elif i == 1:
            found = _types_first(text, pattern, where[1])
        else:
            found = (m for a, b in where[i] for m in pattern.finditer(text, a, b))
        for m in found:
            start = m.start("addr") if "addr" in m.re.groupindex else m.start()
            value = text[start : m.end()].rstrip(" ,\n")
            if not _rejected(i, value, lex):
                out.append(_address(text, start, value, lex))
    out += lowercase_lines(text, _lowercase_addresses, whole=mostly_lowercase(text))
    # (the town after a flat the widening read: "ulicy Mickiewicza 33 m. 8 w Toruniu")
    towns: dict[int, int] = {}  # (several finds end at the same place: the town after it read once)
    widened = [c._replace(end=towns[c.end] if c.end in towns else towns.setdefault(c.end, town_in_sentence(text, c.end, lex)))
               for c in widen_addresses(text, out)]
    kept = drop_firm_addresses(text, widened + script_addresses(text) + town_first_addresses(text)
                               + street_then_town(text) + prose_addresses(text) + south_slavic_addresses(text))
    return widen_over_cells(text, kept)  # (after: a firm's town cell is the firm's too)
