"""Town and city names (resources/privacy/towns.txt), loaded once, on first use, and the town
written after a street in a sentence.

Read only beside the rest of an address: a comma-separated part after a street and its number
("Av. Sete de Setembro 2775, ap 1101, Salvador") is the town when it is a listed one. Alone, a
town names no one ("the Reading office"), so nothing here makes a word personal on its own.
"""

from __future__ import annotations

import re
from functools import cache

from desktop.core import paths
from desktop.core.errors import PrivacyError
from desktop.core.privacy.places import is_place_name

# Towns as addresses shorten them, which the list (full names) does not hold.
_SHORT_NAMES = frozenset({"caba", "cdmx", "nyc"})


# British and Irish counties as the last line of a rural address ("Rose Farm / Lower Road /
# Little Hadham / Hertfordshire", "Kilgarvan / Co. Kerry"), with their postal short forms. Kept
# apart from the towns: several are also first names or words ("Kerry", "Clare", "Down").
_COUNTIES = frozenset("""
bedfordshire berkshire buckinghamshire cambridgeshire cheshire cornwall cumbria derbyshire devon dorset durham
east sussex essex gloucestershire hampshire herefordshire hertfordshire kent lancashire leicestershire lincolnshire
norfolk northamptonshire northumberland north yorkshire nottinghamshire oxfordshire rutland shropshire somerset
staffordshire suffolk surrey warwickshire west sussex wiltshire worcestershire east riding of yorkshire
south yorkshire west yorkshire merseyside greater manchester west midlands tyne and wear isle of wight
herts beds bucks berks hants wilts glos worcs lancs leics lincs northants notts oxon staffs warks yorks cambs
derbys salop aberdeenshire angus argyll ayrshire fife midlothian east lothian west lothian perthshire
dumfriesshire gwynedd powys ceredigion pembrokeshire carmarthenshire conwy denbighshire flintshire
monmouthshire glamorgan antrim armagh carlow cavan clare cork donegal down dublin fermanagh galway kerry
kildare kilkenny laois leitrim limerick londonderry longford louth mayo meath monaghan offaly roscommon
sligo tipperary tyrone waterford westmeath wexford wicklow
""".replace(" of ", "_of_").replace(" and ", "_and_").replace("east ", "east_").replace("west ", "west_")
    .replace("north ", "north_").replace("south ", "south_").replace("greater ", "greater_").replace("isle_of_", "isle_of_")
    .replace("tyne_and_", "tyne_and_").split())


def is_county(text: str) -> bool:
    """Whether ``text`` is a British or Irish county ("Hertfordshire", "Co. Kerry", "County Mayo")."""
    name = " ".join(text.split()).casefold().removeprefix("co. ").removeprefix("county ")
    return name.replace(" ", "_") in _COUNTIES


@cache
def _towns() -> frozenset[str]:
    path = paths.resource("privacy/towns.txt")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PrivacyError(
            f"Promptdesk cannot read its list of towns ({path.name}), so it cannot check for personal "
            "data and nothing was sent. Reinstalling Promptdesk should fix this."
        ) from exc
    return frozenset(line.casefold() for line in text.splitlines() if line and not line.startswith("#")) | _SHORT_NAMES


def is_town(text: str) -> bool:
    """Whether ``text`` as a whole is a listed town ("Auderghem", "São Paulo", "Tromsø")."""
    return " ".join(text.split()).casefold() in _towns()


_CAP = r"[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩΆ-Ώ]"
# The town of a street named inside a sentence: "she moved to Kastanienallee 12 in Berlin",
# "vive in corso Vittorio Emanuele 212, Napoli e ...": a capitalised word after "in"/"à"/"w" or
# a comma that ends the clause, or a listed city after "in" ("... 44 in Hamburg gezogen"). A first
# name after a comma starts a list of people instead ("Via Roma 3, Marco and ...").
_TOWN_AFTER = re.compile(
    rf"(?:[ \t]+[A-H](?=[ \t]+(?:in|i|v|w)[ \t]))?"  # (a stair's letter first: "Storgatan 12 B i Umeå")
    rf"(?:,?[ \t]+(?P<link>in|à|a|en|em|na|te|w|i|v|ve)|,)[ \t]+(?P<town>{_CAP}[^\W\d_]+(?:[ \-]{_CAP}[^\W\d_]+)?)"
)
_BARE_TOWN = re.compile(rf"[ \t]+(?P<town>{_CAP}[^\W\d_]+(?:[ \-]{_CAP}[^\W\d_]+)?)(?=[ \t]*(?:\n|$|[.!?](?:\s|$)))")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:e|and|und|et|y|en|og|och|i|ou|o|oder)[ \t]")
# (or a floor or side after it: "3 rue Danton, 2e étage, à Rennes")
_STREET_END = re.compile(r"\d[A-Za-z]?$|(?i:étage|etage|piso|andar|floor|izq|izda|dcha|izquierda|derecha|esq|dto)\.?$")
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december"})  # ("40 Oak Road in March": a date; March is also a town)
# A number-first street ending in its type ("2217 Willow Creek Rd in Plano"): only a listed town
# after "in" is read with it.
_TYPE_END = re.compile(
    r"(?i:\b(?:st|rd|ave|dr|ln|ct|blvd|pl|street|road|avenue|drive|lane|court|place|terrace|way|close|grove|mews|crescent|"
    r"cres|gardens|walk|rise|row|parade|pde|square|circle|loop|trail|parkway|pkwy|hwy|highway|track|esplanade)\.?)$"
)
# A suburb no list holds, after such a street and a comma, ending the sentence or the line: "we
# moved to 14 Riverside Walk, Kirkstall." Its first word must be rare (no sign-off, weekday or
# first name: "..., Cheers", "..., Friday", "..., John"), a second one rare too or a locality word.
_SUBURB_AFTER = re.compile(
    rf",[ \t]*(?P<town>{_CAP}[^\W\d_]+(?:[ \t]{_CAP}[^\W\d_]+)?)(?=[ \t]*(?:[.!?;](?:\s|$)|\n|$))"
)
_LOCALITY_WORDS = frozenset({"north", "south", "east", "west", "central", "beach", "park", "hill", "hills", "heights", "glen",
                             "vale", "green", "village", "bay", "downs", "valley", "estate", "gardens"})


_PART_ABBREVIATIONS = frozenset({"col", "fracc", "bo", "urb", "res", "bl", "bloc", "esc", "ap", "apt", "app", "appt", "lok", "kel", "kec"})


def town_in_sentence(text: str, end: int, lex) -> int:
    """Where a street named in a sentence ends once its town is read ("... 12 in Berlin")."""
    if not _STREET_END.search(text, max(0, end - 10), end):
        if _TYPE_END.search(text, max(0, end - 9), end):
            m = _TOWN_AFTER.match(text, end)
            town = m.group("town") if m else ""
            if m and m.group("link") and _listed_town_after(town, m.group("link"), lex):
                return m.end("town")
            bare = _BARE_TOWN.match(text, end)  # "9/14 Wattle St Ultimo" at the end of a line
            if bare and is_town(bare.group("town")) and not lex.is_first_name(bare.group("town").split()[0]):
                return bare.end("town")
            suburb = _SUBURB_AFTER.match(text, end)
            if suburb and _unlisted_suburb(suburb.group("town"), lex):
                return suburb.end("town")
            return end
        # ("6 rue des Glycines à Villeurbanne", "calle Pintor Sorolla, 23, 4.º B, en Valencia")
        m = _TOWN_AFTER.match(text, end)
        if m and m.group("link") and _listed_town_after(m.group("town"), m.group("link"), lex):
            return m.end("town")
        return end  # only after a house number: a town line already read stays as it is
    m = _TOWN_AFTER.match(text, end)
    if not m:
        bare = _BARE_TOWN.match(text, end)  # "viale dei Mille 22 Firenze" at the end of a chat line
        town = bare.group("town") if bare else ""
        if bare and (is_place_name(town) or (is_town(town) and not lex.is_first_name(town.split()[0]))):
            return bare.end("town")
        return end
    town = m.group("town")
    if town.casefold() in _PART_ABBREVIATIONS and text[m.end("town") : m.end("town") + 1] == ".":
        return end  # "Calle Hidalgo 45, Col. Centro": the colonia's abbreviation, read with it after
    if _CLAUSE_END.match(text, m.end("town")):
        if m.group("link") is None and lex.is_first_name(town.split()[0]) and not lex.is_not_name(town):
            return end
        return m.end("town")
    return m.end("town") if m.group("link") and lex.is_not_name(town) else end


def _unlisted_suburb(name: str, lex) -> bool:
    first, *rest = name.split()
    if lex.rank(first) < 100_000 or lex.is_first_name(first):
        return False
    return all(w.casefold() in _LOCALITY_WORDS or lex.rank(w) >= 100_000 for w in rest)


def _listed_town_after(town: str, link: str, lex) -> bool:
    """A listed town after "in", "à", "en", "i" ends a street named in a sentence, whatever
    follows it ("14 Elm Close in Leeds now, ..."); not a month ("in March"), nor a first name
    after a word that also means "to" ("... rue des Lilas à Marie")."""
    if not is_town(town) or town.casefold() in _MONTHS:
        return False
    return link not in ("à", "a") or not lex.is_first_name(town.split()[0])
