"""Name finds that a line of goods or a compass point gives away: an article opening a line or a
cell before its size or amount ("Kraft Tape 48mm", "Fûts Jupiler 30 L", "Etichette Termiche
100x150", "Ribana Lacivert | 120 kg"), and a place, a queue or a sales area named with a
compass point last ("Bekasi Timur", "Pós-Venda Sul", "Rota Zona Sul"); and what a small team's
sheets, notes and signatures name beside them: a cell under a thing's header in a table lined up
with spaces, a rota's weekday rows ("Mo | Jana" over "Di | Svenja"), a Vietnamese firm after its
legal form, a firm by its Nordic legal form ("Tromsø Friluft AS"), a number's key ("No. Resi:"), a
registry's dotted label ("P.IVA 0284..."), a discipline ("Lean Management"), a sales region's code
("UK Mid-Market"), a phrasal word ("Walk-in Chiller"), a site's compound ("Sentrallager"), and a
listed town after a firm and a comma or on a route after another town.

Supplier mails, delivery notes and invoices list their goods one a line, and a product's two
capitalised words ("Corrugated Mailers", "Penye Kumaş") look like a foreign name when no word
list knows them. What follows says what they are: a size, a weight or a count with its unit, which
nobody writes after a person's name at the start of a line. A compass point in the languages the
word lists hold least ends the name of a district, a branch or a team; after a first name it is
kept ("Timur" and "Nord" are names too). Hidden as a person, the answer talks about "[PERSON_2]"
where the text listed tape or the southern sales team.
"""

from __future__ import annotations

import re

from desktop.core.privacy.lexicon import Lexicon, strip_accents
from desktop.core.privacy.not_aligned_columns import in_an_aligned_things_column
from desktop.core.privacy.not_surroundings import _WEEKDAYS_SHORT

# A size, a weight, a volume or a count right after the article: "48mm", "30 L", "12x9x4",
# "100x150", "33 cl", "2x2 36W", "1,5 kg"; a unit word must end there ("30 Lamps" is no size).
_UNITS = (
    r"mm|cm|dm|m|m2|m²|m³|km|µm|mg|g|kg|ml|cl|dl|l|L|ltr|oz|lb|lbs|ft|W|kW|V|Ah|mAh|GB|TB|MB|"
    r"pcs|pc|pz|Stk|Stück|szt|kpl|adet|nos|ks|db|kom|шт|und|uds|unid|stk|rolls|rotoli|rollen|rouleaux|rollos"
)
_MEASURE = rf"\d+(?:[.,]\d+)?(?:(?:[ \t]?[x×][ \t]?\d+(?:[.,]\d+)?)+(?:[ \t]?(?:{_UNITS}))?|[ \t]?(?:{_UNITS}))(?![^\W\d_])"
_MEASURE_AFTER = re.compile(rf"[ \t]+{_MEASURE}")
# The next cell of a row holding a count with its unit: "Ribana Lacivert | 120 kg".
_CELL_REST = re.compile(r"[^|;\t\n]*?(?:[ \t]*[|;\t][ \t]*|[ \t]{2,})")
_QUANTITY_CELL = re.compile(rf"{_MEASURE}[ \t]*(?:[|;\t\n]|[ \t]{{2,}}|$)")
# What may open a line or a cell before the article: a bullet, a position number, a separator.
_OPENING = re.compile(r"(?:^|[\n|;\t]|[ \t]{2,})[ \t]*(?:[-*•–][ \t]+|\d{1,3}[.)]?[ \t]*(?:[|;\t][ \t]*)?)?$")

# Compass points and "centre" ending the name of a district, a branch, a queue or an area, in
# the languages the word lists hold least ("Bekasi Timur", "Pós-Venda Sul", "Értékesítés Kelet",
# "Region Mitte"). English ones are left out: "North", "West" and "East" are surnames.
_COMPASS_LAST = frozenset({
    "timur", "utara", "selatan", "tengah", "barat", "sul", "norte", "nordeste", "sudeste", "sudoeste", "noroeste",
    "centro", "sur", "süd", "ost", "mitte", "nord", "sud", "est", "ouest", "noord", "zuid", "oost", "midden",
    "kelet", "nyugat", "észak", "dél", "pohjoinen", "etelä", "itä", "länsi", "północ", "południe", "wschód",
    "zachód", "sever", "jih", "západ", "východ", "nordic", "syd", "väst", "öst", "vest", "øst", "nordre", "søndre",
})

_AREAS = frozenset({"zona", "zone", "região", "regione", "región", "region", "área", "area", "sektor", "setor", "sector"})


def a_line_item(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the find at ``start:end`` is an article of a list of goods, a place, a queue or an
    area named with a compass point, or one of the other things of the module docstring."""
    if _compass_named(text[start:end], lex):
        return True
    if in_an_aligned_things_column(text, start):
        return True  # "Rail" under "Category" in a claim lined up with spaces
    if a_weekday_row(text, start, end) or after_a_vietnamese_firms_form(text, start):
        return True  # "Mo | Jana" over "Di | Svenja"; "Công ty TNHH Phần mềm Sao Việt"
    if a_firm_or_its_town(text, start, end, lex):
        return True  # "Tromsø Friluft AS", "No. Resi:", "P.IVA 0284...", "Forte S.A., Ostrów Mazowiecka"
    if not _OPENING.search(text, max(0, start - 12), start):
        return False
    if _MEASURE_AFTER.match(text, end):
        return True  # "Kraft Tape 48mm – in stock"
    if not _more_cells(text, end):
        return False  # (no cell after it on its line: _CELL_REST cannot match, and is not tried along the line)
    rest = _CELL_REST.match(text, end)
    return rest is not None and _QUANTITY_CELL.match(text, rest.end()) is not None  # "Ribana Lacivert | 120 kg"


def _more_cells(text: str, end: int) -> bool:
    """False only where _CELL_REST cannot match at ``end``: its line holds no cell's separator
    ('|', ';', a tab) and no two spaces after ``end`` (the match never crosses a line's end)."""
    line_end = text.find("\n", end)
    rest = text[end:] if line_end < 0 else text[end:line_end]
    return "|" in rest or ";" in rest or "\t" in rest or "  " in rest


def _compass_named(value: str, lex: Lexicon) -> bool:
    words = value.split()
    if len(words) < 2 or words[-1].casefold() not in _COMPASS_LAST:
        return False
    # the word that would be a first name: "Anna Nord" and "Maria Luisa Sul" stay people, the first
    # of three words may be an everyday word that is also a name ("Rota Zona Sul")
    named = words[1] if len(words) > 2 else words[0]
    if named.casefold() in _AREAS:
        return True  # "Rota Zona Sul": "Zona" is a listed first name too
    return not (lex.is_first_name(named) or lex.is_first_name(strip_accents(named)))


# A Vietnamese firm's name after its legal form and trade words: "Công ty TNHH Phần mềm Sao Việt",
# "Công ty Cổ phần Thép Hòa Phát"; not after a form of address ("Công ty ... anh Long").
_VIETNAMESE_FIRM_BEFORE = re.compile(
    r"(?i)công[ \t]+ty(?:[ \t]+(?:tnhh|cổ[ \t]+phần|cp|tư[ \t]+nhân))?(?:[ \t]+(?!anh|chị|ông|bà|em|cô|chú)[^\W\d_]+){0,3}[ \t]+$"
)


def after_a_vietnamese_firms_form(text: str, start: int) -> bool:
    low = max(0, start - 60)
    if text.find("ty", low, start) < 0 and text.find("TY", low, start) < 0:
        return False  # (no "công ty" before: the regular expression is not tried)
    return _VIETNAMESE_FIRM_BEFORE.search(text, low, start) is not None


def a_weekday_row(text: str, start: int, end: int) -> bool:
    """A weekday's short form opening a table's row, with another weekday opening the row above or
    below ("Mo | Jana | Svenja" over "Di | Svenja | Aleyna"): a rota's day, not a person."""
    if text[start:end].casefold() not in _WEEKDAYS_SHORT or text[start - 1 : start] not in ("", "\n"):
        return False
    if _ROW_CELL_END.match(text, end) is None:
        return False
    day = text[start:end].casefold()
    line_end = text.find("\n", end)
    neighbours = [line_end + 1] if line_end >= 0 else []
    if start:
        neighbours.append(text.rfind("\n", 0, start - 1) + 1)  # the line above
    for at in neighbours:
        first = _FIRST_CELL.match(text, at)
        if first and first.group(1).casefold() in _WEEKDAYS_SHORT and first.group(1).casefold() != day:
            return True
    return False


_ROW_CELL_END = re.compile(r"[ \t]*(?:[|;\t]|[ \t]{2,}|:)")
_FIRST_CELL = re.compile(r"([^\W\d_]{2,4})\.?[ \t]*(?:[|;\t]|[ \t]{2,}|:)")


# A Nordic or Baltic firm's legal form after its name ("Tromsø Friluft AS", "Nordvik ASA").
_FORM_AFTER = re.compile(r"[ \t]+(?:AS|ASA|ANS|DA|ApS|AB|HB|KB|Oy|Oyj|Ay|Ky|OÜ|SIA|UAB)(?![\w/])")
# A document's number key: the word between "No." and the colon ("No. Resi:", "Nr. Auftrag:").
_NUMBER_KEY_BEFORE = re.compile(r"(?i)(?<![\w])(?:no|nr|n[°º]|núm|num|nomor)\.?[ \t]+$")
# A registry's or tax office's abbreviation before its number ("P.IVA 02847110961", "KRS 0000382147").
_REGISTRY_LABEL = re.compile(r"(?:[A-Z]\.)*[A-Z]{2,5}\.?")
_LONG_NUMBER_AFTER = re.compile(r"[ \t:]+[A-Z]{0,2}\d{6,}")
# Disciplines and functions written in English inside any language ("Lean Management", "Customer Success").
_DISCIPLINES = frozenset({
    "management", "marketing", "controlling", "engineering", "development", "operations", "accounting",
    "procurement", "recruiting", "compliance", "payroll", "success", "enablement", "analytics", "reporting",
})
# A firm and the town it is in ("Fabryka Mebli Forte S.A., Ostrów Mazowiecka"), a route's towns
# ("par Namur puis Dinant", "via Kassel dann Fulda").
_FIRM_COMMA_BEFORE = re.compile(
    r"(?:GmbH|AG|S\.A\.|SA|S\.L\.|B\.V\.|Ltd\.?|Inc\.?|LLC|S\.p\.A\.|S\.r\.l\.|SARL|SAS|Lda\.?|Ltda\.?|Sp\. z o\.o\.|"
    r"s\.r\.o\.|a\.s\.|Kft\.|Zrt\.|A\.Ş\.|Oy|AB|AS|A/S|ApS|Pvt\.? Ltd\.?|Pty\.? Ltd\.?|inc\.),[ \t]+$"
)
_ROUTE_WORDS = frozenset({"puis", "then", "dann", "poi", "luego", "depois", "sonra", "potem", "sedan", "deretter", "derefter",
                          "sitten", "daarna"})
_ROUTE_BEFORE = re.compile(
    r"([^\W\d_][\w\-]+)[ \t]+(?:puis|then|dann|poi|luego|depois|sonra|potem|sedan|deretter|derefter|sitten|daarna)[ \t]+$"
)


# A sales region's code opening a team's or a segment's name ("UK Mid-Market", "EMEA Partners").
_REGION_FIRST = frozenset({"UK", "US", "EU", "EMEA", "APAC", "LATAM", "DACH", "CEE", "MENA", "ANZ", "AMER", "NORDICS", "BENELUX"})
# A site's word ending a compound last word ("Tromsø Sentrallager", "Kassel Verteilzentrum").
_SITE_LAST = ("lager", "lageret", "lagret", "senter", "senteret", "zentrum", "centrum", "kontor", "kontoret", "depot", "terminalen")
# A job's word before "of" and the unit it heads ("Head of Brand", "Director of Ops").
_JOBS_OF = frozenset({"head", "director", "chief", "president", "manager", "lead", "dean", "vice"})
_OF_A_UNIT_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")
# A phrasal word glued with a hyphen ("Walk-in Chiller", "Roll-out Plan", "Follow-up Call"): no name is written so.
# (four letters or more before the hyphen: "Seo-in", "Ha-on" are Korean given names)
_PHRASAL = re.compile(r"[^\W\d_]{4,}-(?:in|up|on|off|out|over|back|down|through)(?![\w\-])")


def a_firm_or_its_town(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A firm by its Nordic legal form, a number's key, a registry's label, a discipline, or a
    listed town after a firm and a comma or on a route after another town."""
    from desktop.core.privacy.towns import is_town

    value = text[start:end]
    words = value.split()
    if len(words) > 1 and (words[0] in _REGION_FIRST or ("-" in value and any(_PHRASAL.fullmatch(w) for w in words))):
        return True  # "UK Mid-Market", "Walk-in Chiller"
    if len(words) == 1 and value.casefold() in _JOBS_OF and _OF_A_UNIT_AFTER.match(text, end):
        return True  # "(Head of Brand)": a job, though "Head" and "Brand" are surnames
    last = words[-1].casefold() if words else ""
    if len(words) > 1 and len(last) >= 8 and last.endswith(_SITE_LAST) and not lex.is_surname(words[-1]):
        return True  # "Tromsø Sentrallager"
    if _FORM_AFTER.match(text, end) or (len(words) > 1 and words[-1].casefold() in _DISCIPLINES):
        return True  # "Tromsø Friluft AS", "Lean Management"
    if text[end : end + 1] == ":" and " " not in value and _NUMBER_KEY_BEFORE.search(text, max(0, start - 8), start):
        return True  # "No. Resi: JT0082214771"
    if _REGISTRY_LABEL.fullmatch(value) and "." in value and _LONG_NUMBER_AFTER.match(text, end):
        return True  # "P.IVA 02847110961"
    before = text[max(0, start - 40) : start].rstrip(" \t")
    if before.endswith(",") and _FIRM_COMMA_BEFORE.search(text, max(0, start - 24), start) and is_town(value):
        return True  # "Forte S.A., Ostrów Mazowiecka"
    if not before or before.rsplit(None, 1)[-1].casefold() not in _ROUTE_WORDS:
        return False
    route = _ROUTE_BEFORE.search(text, max(0, start - 40), start)
    if route is None or lex.is_first_name(value) or lex.is_first_name(strip_accents(value)):
        return False  # ("Namur puis Florence a appelé": a first name stays a person)
    return is_town(route.group(1)) and is_town(value)
