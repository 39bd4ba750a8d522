"""More name finds that name a place, a building, a product line or a heading: their own shape
and the words around them say so.

Business text is full of capitalised words that are no one: a building ("Wellington House",
"Torre Picasso"), a district or a port ("Eastern Creek", "Port of Long Beach"), a hall or a line
with its number ("Halle 4", "Linie 2", "Service Desk Tier 2"), a heading built from an everyday
word and an acronym ("Partita IVA", "Affected CI"), a project or an award ("Projeto Ipê",
"Queen's Award"), a firm's word glued to a brand ("Novo Nordisk-projektet"), a family firm
("Novák a syn", "Rossi e Figli"), a department ("Vice President of Engineering"), a month before
a year ("Kasım 2025"). Hidden as a person, the answer talks about "[PERSON_3]" where the text
named a building. A first name in the find keeps it a person ("Grace Park", "Anna Hall"), unless
the first name is also one of the most frequent words ("Long Beach").
"""

from __future__ import annotations

import re

from desktop.core.privacy.fastscan import spaced_word_end, word_search_from
from desktop.core.privacy.lexicon import Lexicon, strip_accents
from desktop.core.privacy.name_words import TITLES
from desktop.core.privacy.word_shapes import looks_like_a_word

# Words that end a place's or a building's name ("Harbour Point", "Switch House", "Trade Port").
# Most are surnames too, so they count only when the words before them are no first name.
_PLACE_LAST = frozenset({
    "house", "place", "point", "port", "pier", "creek", "beach", "harbour", "harbor", "quay", "dock", "docks",
    "park", "west", "east", "north", "south", "gardens", "estate", "campus", "hall", "yard", "village",
    "valley", "heights", "island", "bay", "plaza", "arcade", "court", "circus",
    # a street named as a landmark ("turn left on London Road", "the shops on Cowley Road")
    "road", "street", "avenue", "lane", "drive", "boulevard", "terrace", "crescent", "square", "parade",
    # and a landmark people meet at or pass ("Peddamma Temple", "St Mary's Church")
    "temple", "church", "mosque", "mandir", "masjid", "cathedral", "station", "mall", "market", "hospital",
})
# Street types that are everyday words too: capitalised after a name they name a street
# ("Victoria Drive", "Marine Parade"); lowercase, "drive" is a verb ("let Anna drive"). The street
# words no one's name ends with are in _STREET_LAST below.
_STREET_TYPE_LAST = frozenset({"drive", "parade"})
# Street-type words that start a street's name, then often a person's ("Rua Augusta", "Via
# Garibaldi", "Avenida Paulista"): a street named as a landmark, whatever names follow.
_STREET_FIRST = frozenset({
    "rua", "rue", "via", "viale", "corso", "piazza", "piazzale", "largo", "avenida", "avenue", "boulevard", "praça",
    "praca", "plaza", "puerta", "paseo", "ulica", "aleja", "plac", "rynek", "travessa", "alameda", "rambla",
})
# Words that end a street's, a market's or a ground's name and no person's (unlike "Lane", "Hall"
# or "Park", which are surnames too): "Fenwick Road", "Covent Garden", "Trent Bridge".
_STREET_LAST = frozenset({
    "road", "street", "avenue", "boulevard", "crescent", "terrace", "market", "garden", "bridge", "motorway",
    "highway", "embankment", "quayside", "roundabout",
})
# Words that start a place's or a building's name ("Torre Picasso", "Polo Logistico", "Na Příkopě").
_PLACE_FIRST = frozenset({
    "torre", "polo", "parque", "parco", "parc", "pier", "port", "centro", "ciudad", "cidade", "città",
    "quinta", "pazo", "castello", "castillo", "schloss", "burg", "mont", "monte", "puerto", "porto", "castel",
    # a Polish street's word in its cases ("przy Alejach Jerozolimskich", "na ulicy Długiej")
    "aleje", "alejach", "alejami", "alei", "aleja", "ulica", "ulicy", "ulicą", "placu", "osiedle", "osiedlu", "rondzie",
    # a bridge, a palace, a museum, a lake ("Ponte Vecchio", "Palazzo Pitti", "Lago Maggiore")
    "ponte", "pont", "puente", "palazzo", "palacio", "palais", "museo", "musée", "duomo", "lago", "lac", "isola",
})
# First words of a project, a programme or an award ("Projekt Nordlicht", "Prêmio Valor").
_OCCASION_FIRST = frozenset({
    "project", "projekt", "projet", "projeto", "proyecto", "progetto", "proje", "projekti", "programme",
    "program", "programa", "programma", "operation", "operação", "operación", "prêmio", "premio", "premios",
    "prix", "preis", "award", "awards", "nagroda", "ödül", "ödülü", "pris", "priset", "prijs", "trofeo",
    "troféu", "trophée", "team", "équipe", "l'équipe", "equipe", "equipo", "squadra", "zespół", "ekibi",
})
# Words that end a product's, a book's or an award's name ("Corona Extra", "Queen's Award").
_THING_LAST = frozenset({
    "award", "prize", "medal", "extra", "maison", "premium", "classic", "original", "edition", "series",
    "board", "committee", "council", "desk", "tier",
})
# Words a family firm's name goes on with: "Novák a syn", "Rossi e Figli", "Jansen en Zonen".
# (capitalised, as firms write them: "Maria y hijos" is Maria and her children; Czech and Polish
# firms write "a syn", "i wspólnicy" in lowercase)
_FAMILY_FIRM = re.compile(
    r"[ \t]+(?:a|and|AND|&|e|et|y|i|og|och|en|und|UND|ve)[ \t]+(?:syn|synové|synowie|wspólnicy|Syn|Synové|Synowie|"
    r"Sons?|SONS?|Söhne|SÖHNE|Soehne|Fils|FILS|Figli|Figlio|Hijos|Hermanos|Irmãos|Filhos|Zonen|Zoon|Søn|Sønner|"
    r"Söner|Wspólnicy|Partners|Oğulları|Kardeşler|Brothers|Bros)\b"
)
# After a find: a designation (a hall's, a line's, a product generation's number or letter,
# "Halle 4.2", "Linie 2:", "Core i5", "Pier T"), not a time ("Anna 2:30").
# (the line or the clause ends there: "Müller 2 Tage", "Schmidt 6 h" are people and their counts)
_DESIGNATION = re.compile(r" (?:\d{1,3}(?:\.\d{1,2})?|[A-Z]|[a-z]\d{1,2})(?=[ \t]*(?:[,;)(\n]|[:.](?!\S)|$))")
# Before a find: a job and "of" ("Vice President of Engineering", "Head of Sales").
_JOB_OF = re.compile(
    r"(?i)(?:president|head|director|vp|svp|evp|chief|manager|lead|officer|dean)[ \t]+of[ \t]+$"
)
# Words before a name in capitals ("Dear LEE", "Ciao ROSSI"): never a heading's.
_GREETINGS = frozenset({
    "dear", "hi", "hello", "hey", "thanks", "cc", "attn", "contact", "call", "ask", "ping", "hallo", "liebe",
    "lieber", "gentile", "caro", "cara", "ciao", "querido", "querida", "estimado", "estimada", "hola", "cher",
    "chère", "bonjour", "beste", "hoi", "hej", "sayın", "merhaba", "szanowny", "szanowna", "olá", "oi", "prezado",
    "prezada", "grüß", "servus", "moin", "salut",
})
_ACRONYM = re.compile(r"[A-ZÀ-ÞČŠŽ]{2,5}")
_MONTH_YEAR = re.compile(r"['’]?[\w]*[ \t]+(?:(?:19|20)\d{2}(?!\d)|ay[ıi]\w*)")  # "Kasım 2025", "Kasım ayı"
_FREQUENT = 2_000  # a first name that is also one of the most frequent words ("Long")
_EVERYDAY = 40_000
_KNOWN = 1_000_000  # a word some language's list holds


def own_words_name_a_thing(words: list[str], lex: Lexicon) -> bool:
    """Whether the words of a find, without the text around them, name a place, a building, a
    product, a project or a heading (see the module docstring)."""
    if len(words) < 2:
        return False
    plain = [_bare(w) for w in words]
    firsts = [_first_name(lex, w) and lex.rank(w) >= _FREQUENT for w in words]
    if plain[-1] in _PLACE_LAST | _THING_LAST and not any(firsts[:-1]):
        return True  # "Wellington House", "Eastern Creek", "Long Beach", "Queen's Award"
    if plain[-1] in _STREET_LAST:
        return True  # "Fenwick Road", "Borough Market": no one's name ends so, whatever comes before
    if plain[-1] in _STREET_TYPE_LAST and words[-1][:1].isupper():
        return True  # "Victoria Drive", "Marine Parade"
    if plain[0] in _STREET_FIRST and words[0][:1].isupper():
        return True  # "Rua Augusta", "Puerta del Sol"
    for i, word in enumerate(plain):
        if i and not all(w.islower() or (len(w) > 3 and not _listed(lex, w)) for w in words[:i]):
            break  # (no name before it, only words and particles: "Magazzino al Polo Nord")
        if word in _PLACE_FIRST and not any(firsts[i + 1 :]):
            return True  # "Torre Picasso", "Polo Logistico"
        if word in _OCCASION_FIRST:
            return True  # "Projeto Ipê", "Prêmio Valor Inovação Brasil", "L'équipe Exposants"
    if _glued_word(lex, words[-1]):
        return True  # "Novo Nordisk-projektet"
    glued = [_everyday_part(lex, w) for w in words]
    if any(glued) and not any(f for f, g in zip(firsts, glued, strict=True) if not g):
        return True  # "Novo Nordisk-projektet", "Billa-Filiale Mariahilfer"
    if _capital_heading(words, lex):
        return True  # "PATIENT REGISTRATION", "ALL BRANCH MANAGERS", "GRANT SELECT"
    return _heading(words, lex)


_SQL = frozenset({
    "select", "grant", "insert", "update", "delete", "create", "drop", "alter", "revoke", "truncate", "merge",
    "table", "into", "from", "where", "values", "index", "view", "join", "usage", "execute", "all",
})


def _capital_heading(words: list[str], lex: Lexicon) -> bool:
    """Everyday words written in capitals, none a first name and not all surnames: a heading,
    a notice or SQL, not a person in capitals ("DEREK HOLLINGSWORTH")."""
    if len(words) < 2 or not all(w.isupper() and w.isalpha() and len(w) > 2 for w in words):
        return False
    if all(w.casefold() in _SQL for w in words):
        return True  # "GRANT SELECT ON ...": a statement's keywords ("Grant" is a first name too)
    if any(_first_name(lex, w) or lex.rank(w) >= _EVERYDAY for w in words):
        return False
    return not all(lex.is_surname(w) for w in words)


def around_names_a_thing(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the words around a find make it a family firm, a firm with its legal form a few
    words on, a quoted title, a numbered hall or line, a department or a month (see the module
    docstring)."""
    words = text[start:end].split()
    if _quoted_title(text, start, end, lex) or _thing_key(text, start, end, words):
        return True  # "The Pragmatic Programmer", „Neue Wege“, "Vessel: CMA CGM Marco Polo", "Job: ..."
    low = max(0, start - 24)
    word_end = spaced_word_end(text, low, start)
    if word_end >= 0:  # (both read a word and the spaces between it and the find; most have none)
        before = _LAST_WORD.search(text, word_search_from(text, low, word_end), start)
        if before and _bare(before.group(1)) in _OCCASION_FIRST:
            return True  # "Projeto Ipê", "Projekt Seestern"
        if text[max(low, word_end - 2) : word_end].lower() == "of" and _JOB_OF.search(text, low, start):
            return True  # "Head of Engineering"
    return text[end : end + 1] in (" ", "\t") and _after_names_a_thing(text, end, words, lex)


def _after_names_a_thing(text: str, end: int, words: list[str], lex: Lexicon) -> bool:
    """The words right after a find (see ``around_names_a_thing``); a find followed by a space."""
    if _FAMILY_FIRM.match(text, end) or _LEGAL_FORM_AFTER.match(text, end) or _PLACE_SUFFIX_AFTER.match(text, end):
        return True  # "Novák a syn", "Southern Cross Office Supplies Pty Ltd", "Levent ofisi"
    street = _NEXT_WORD.match(text, end)
    if street and street.group(1).casefold().endswith(_GLUED_STREETS):
        return True  # "uitgang Gustav Mahlerplein": a square named after a person, as a landmark
    later = _NEXT_CAPITALISED.match(text, end)
    if later and _bare(later.group(1)) in _PLACE_LAST and not any(_first_name(lex, w) for w in words):
        return True  # "Arcade Food Hall": the place's word a word or two on
    if _DESIGNATION.match(text, end) and not any(
            _first_name(lex, w) and (len(words) > 1 or lex.rank(w) >= _EVERYDAY) for w in words):
        return True  # "Linie 2:", "Halle 4.2", "Gen 5", "Desk Tier 2" ("Anna 2" stays)
    month = strip_accents(words[0]).casefold().replace("ı", "i").split("'")[0]
    return len(words) == 1 and _MONTH.match(month) is not None and bool(_MONTH_YEAR.match(text, end))


# Months of Turkish, Polish and Portuguese that are first names too ("Kasım", "Eylül").
_MONTH = re.compile(r"(?:ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik)$")


def _thing_key(text: str, start: int, end: int, words: list[str]) -> bool:
    """A line's key that names a thing ("Job:", "Vessel:"), or a find right after one."""
    line_start = text.rfind("\n", 0, start) + 1
    if len(words) == 1 and text.startswith(":", end) and not text[line_start:start].strip(" \t-•*"):
        return _bare(words[0]) in _THING_KEYS
    if text.find(":", line_start, start) < 0:
        return False  # (no key on the line before it: most finds)
    key = _KEY_BEFORE.match(text, line_start, start)  # (a line's start is the only place it can start)
    return key is not None and _bare(key.group(1)) in _THING_KEYS


# Keys of a form, a ticket or a shipment whose value is a thing, never a person.
_THING_KEYS = frozenset({
    "job", "vessel", "ship", "schiff", "buque", "navio", "nave", "schip", "fartyg", "gemi", "product", "produkt",
    "produit", "producto", "produto", "prodotto", "project", "projekt", "projet", "proyecto", "projeto",
    "progetto", "venue", "building", "gebäude", "site", "standort", "carrier", "spedition", "brand", "marke",
    "marque", "marca", "model", "modell", "modèle", "modelo", "modello", "device", "gerät", "appareil",
    "hotel", "hôtel", "airline", "restaurant", "courier", "kurier", "caterer",
})
_KEY_BEFORE = re.compile(
    r"(?m)^[ \t]*(?:[^\W\d_][\w\-]*[ \t]+)?([^\W\d_][\w\-]*)[ \t]*:[ \t]*(?:[A-ZÀ-Þ][\w'’\-]*[ \t]+){0,2}$"
)
_NEXT_WORD = re.compile(r" ([A-ZÀ-Þ][^\W\d_]{4,})(?![\w\-]|,?[ \t]*\d)")  # (with no house number after it)
_GLUED_STREETS = ("plein", "platz", "straße", "strasse", "allee", "gasse", "laan", "straat", "gracht", "kade",
                  "gatan", "vägen", "torget", "gade", "vej", "plads", "ufer", "damm")
_LAST_WORD = re.compile(r"([^\W\d_][\w'’\-]*)[ \t]+$")
_NEXT_CAPITALISED = re.compile(r"(?:[ \t]+[A-ZÀ-Þ][\w'’\-]*)?[ \t]+([A-ZÀ-Þ][\w'’\-]*)")
# Turkish place words after a name, in their possessive form ("Levent ofisi", "Gebze deposu").
_PLACE_SUFFIX_AFTER = re.compile(
    r"[ \t]+(?:ofisi|ofisimiz|şubesi|şubemiz|deposu|depomuz|fabrikası|fabrikamız|binası|kampüsü|tesisi|tesisleri|"
    r"mağazası|plazası|organize sanayi)\b"
)


def _quoted_title(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A find inside quotation marks on its line that hold a few words and no first name: a
    book's, a talk's or a product's title."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _ANY_OPENING.search(text, line_start, start):
        return False  # (no quotation mark before it on its line: most finds)
    opening = max(text.rfind(q, line_start, start) for q in _OPENING)
    if text[opening + 1 : start].count(" ") > 2:
        return False
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    closing = [i for i in (text.find(q, end, line_end) for q in _CLOSING) if i >= 0]
    if not closing or min(closing) - end > 30:
        return False
    if text[line_start:opening].rstrip()[-1:] in (":", "=", "[", "{", ","):
        return False  # a value in JSON or a config ("name": "Oluwaseun Adebayo")
    words = re.findall(r"[^\W\d_][\w'’\-]*", text[opening + 1 : min(closing)])
    capitals = [w for w in words if w[0].isupper()]
    # every capitalised word a known word of some language and no first name ("Clean Code")
    return len(words) >= 2 and all(lex.rank(w) < _KNOWN and not _first_name(lex, w) for w in capitals)


_OPENING = ('"', "“", "„", "«", "‘")
_CLOSING = ('"', "”", "“", "»", "’")
_ANY_OPENING = re.compile("[" + "".join(_OPENING) + "]")
# A firm's legal form at most three capitalised words after a find ("Southern Cross Office
# Supplies Pty Ltd", "Haberkorn Maschinenbau GmbH").
_LEGAL_FORM_AFTER = re.compile(
    r"(?:[ \t]+[A-ZÀ-Þ][\w&'’\-]*){0,3}[ \t]+(?:Pty|Ltd|GmbH|AG|KG|SE|S\.A\.?|SA|S\.L\.?|SL|B\.V\.?|BV|N\.V\.?|"
    r"Inc|LLC|LLP|PLC|plc|S\.p\.A\.?|SpA|S\.r\.l\.?|Srl|SAS|SARL|A\.Ş\.?|AB|ApS|A/S|Oy|Lda|Ltda|s\.r\.o\.|"
    r"sp\. z o\.o\.|Sp\. z o\.o\.|S\.A\.S\.?|Pvt|Limited)(?![\w])"
)


def _bare(word: str) -> str:
    return word.strip(".,:;()\"“”").casefold().removesuffix("'s").removesuffix("’s")


def _first_name(lex: Lexicon, word: str) -> bool:
    return lex.is_first_name(word) or lex.is_first_name(strip_accents(word))


def _listed(lex: Lexicon, word: str) -> bool:
    bare = strip_accents(word)
    return _first_name(lex, word) or lex.is_surname(word) or lex.is_surname(bare)


def _everyday(lex: Lexicon, word: str) -> bool:
    return not _listed(lex, word) and (lex.rank(word) < _EVERYDAY or looks_like_a_word(word, lex))


def _glued_word(lex: Lexicon, word: str) -> bool:
    """A lowercase everyday word glued with a hyphen after a name: "Nordisk-projektet"."""
    head, _, tail = word.rpartition("-")
    return bool(head) and len(tail) >= 4 and tail.isalpha() and tail.islower() and lex.rank(tail) < _EVERYDAY


def _everyday_part(lex: Lexicon, word: str) -> bool:
    """A word glued to a name with a hyphen whose other part is an everyday word and no name
    ("Nordisk-projektet", "Billa-Filiale"); double surnames ("Müller-Lüdenscheidt") stay."""
    if "-" not in word.strip("-"):
        return False
    parts = [p for p in word.split("-") if p]
    return any(
        len(p) >= 5 and p.isalpha() and not _listed(lex, p)
        and (lex.rank(p) < _EVERYDAY or looks_like_a_word(p.capitalize(), lex))
        for p in parts[1:] + parts[:1]
    )


def _heading(words: list[str], lex: Lexicon) -> bool:
    """An everyday word and an acronym that is no name ("Partita IVA", "Affected CI",
    "Ausschreibung SIA"), or an acronym and a listed place or firm ("SIAL Paris")."""
    # (an acronym may spell a listed first name, "IVA", "CI": the everyday words beside it decide)
    acronyms = [w for w in words if _ACRONYM.fullmatch(w) and (len(w) <= 3 or not _first_name(lex, w))]
    if not acronyms or len(acronyms) == len(words):
        return False
    rest = [w for w in words if w not in acronyms]
    if any(len(w.strip(".")) < 3 for w in rest):
        return False  # "KIM R", "JENNA L": a name and an initial
    if any(_bare(w) in TITLES or _bare(w) in _GREETINGS for w in rest):
        return False  # "Herr ÖZTÜRK", "Dear LEE": a title or a greeting and a surname in capitals
    return all(lex.is_not_name(w) or _everyday(lex, w) for w in rest)
