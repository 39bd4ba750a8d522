"""Name finds that are a place, a room or a firm named after a person: the words in and around
them say so.

Work text meets at "Gare Saint-Lazare", flies from "Aeroporto Marco Polo", books "salle Victor
Hugo", walks down "piazza Gae Aulenti" and buys from "Koç Holding"; every one is built from a
person's name, and hiding it makes the answer talk about "[PERSON_3]" where the text named a
station. A find is kept as a person unless one of these says otherwise:

- a word for a place inside it or right after it ("Heuston Station", "Atatürk Havalimanı'nda",
  "Københavns Hovedbanegård", "Ludwig Museum"), in the team's languages and their inflected
  forms ("Dworcu Centralnym", "Lotniska Chopina");
- a word for a place, a room or a street right before it ("aeroporto Marco Polo", "salle Victor
  Hugo", "Raum Ferdinand", "alei Jana Pawła II");
- a street or square written into its last word ("Gustav Mahlerplein", "Willy-Brandt-Platz");
- a listed firm, brand or place (``not_names.txt``) as its first or last words, the rest no
  first name: "Hilton Anatole", "Vertrag Erika Mustermann" (a noun before a sample name);
- a firm or product word right after it ("Hale Brothers", "the Morgan theme"), or a place word and "of" before it ("University of Warwick");
- an assistant's name ("Claude", "Alexa") with something about AI near it;
- a firm's word as one of its later words ("Yıldız Holding", "ITA Airways", "Mercedes-Benz
  Trucks"), Turkish case endings after an apostrophe left aside ("Koç Holding'e").

Words that are also common surnames ("Hall", "Park", "Plaza", "Piazza", "Porta", "Puente") count as
place words only before a find: "Leon Park" and "Emilia Puente" are people far more often than
a park or a bridge.
"""

from __future__ import annotations

import re

from desktop.core.privacy.lexicon import Lexicon, strip_accents
from desktop.core.privacy.name_words import CALENDAR, COMPANY, MONTH_ABBREVIATIONS, THING_AFTER
from desktop.core.privacy.not_columns import in_a_things_column
from desktop.core.privacy.not_everyday import a_pair_of_things, opens_with_an_everyday_word
from desktop.core.privacy.not_named_things import names_a_named_thing
from desktop.core.privacy.not_ordinary import names_an_ordinary_thing
from desktop.core.privacy.not_places import around_names_a_thing, own_words_name_a_thing
from desktop.core.privacy.not_surroundings import placed_as_a_thing, weekday_before_time
from desktop.core.privacy.not_workplace import names_a_workplace_thing
from desktop.core.privacy.word_shapes import looks_like_a_word

# A place named after someone, the place word first or last ("Estação de São Bento", "Heuston
# Station"). Lowercased, accents kept; inflected forms of Polish and Turkish written out.
PLACE_WORDS = frozenset({
    # stations and airports
    "station", "stations", "airport", "terminal", "gare", "bahnhof", "hauptbahnhof", "hbf", "stazione", "estación",
    "estacion", "estação", "estacao", "stationsplein", "centraal", "centralstation", "centralstationen",
    "hovedbanegård", "hovedbanegården", "banegård", "aeroporto", "aeropuerto", "aéroport", "aeroport", "flughafen",
    "luchthaven", "flygplats", "lufthavn", "havalimanı", "havaalanı", "havalimani", "lotnisko", "lotniska",
    "lotnisku", "dworzec", "dworca", "dworcu", "stacja", "stacji", "istasyonu", "garı", "limanı", "liman",
    # buildings and grounds
    "museum", "museo", "musée", "muzeum", "pavillon", "pavilion", "palais",
    "stadium", "stadion", "stade", "estadio", "estádio", "theatre", "theater", "théâtre", "teatro",
    "galeria", "galerii", "galerie", "galleria", "kunsthalle", "messe", "praça", "piazzale",
    "square", "platz", "plein", "plac", "placu", "meydanı", "torget", "bridge", "brücke",
    "cathedral", "kathedrale", "cathédrale", "catedral", "basilica", "basilique", "kirche",
    "center", "centre", "centrum", "wharf", "mall", "tower", "towers",
    "hospital", "hôpital", "ospedale", "klinikum", "universität", "université", "università", "universidad",
    "universidade", "universiteit", "uniwersytet", "üniversitesi", "university", "college", "gymnasium", "lycée",
    "liceo", "instituto", "institut", "institute", "school", "schule", "école", "scuola", "escuela", "escola",
})
# Words right before a find that make it a place or a room: "salle Victor Hugo", "Raum Ferdinand".
PLACE_BEFORE = PLACE_WORDS | frozenset({
    "plaza", "piazza", "place", "im", "ins", "restaurant", "restaurante", "ristorante", "restauracja", "restoran",
    "brasserie", "trattoria", "osteria", "pizzeria", "taverna", "taberna", "bistro", "bistrot", "pub", "café", "puerta", "porta", "porte", "arena", "palazzo", "palacio", "palácio", "church", "ponte", "puente", "salle", "sala", "raum", "saal", "zaal", "room", "sal", "aula", "salón", "salon", "hotel", "hôtel", "hotelu",
    "rue", "avenue", "boulevard", "bd", "calle", "avenida", "avda", "rua", "viale", "corso", "largo", "ulica",
    "ulicy", "ul", "aleja", "alei", "al", "straat", "laan", "gracht", "caddesi", "cadde", "sokak", "sokağı",
    "bulvarı", "quai", "chaussée", "paseo", "passeig", "rambla", "travessa", "avinguda",
})
# A street or square written into the last word of a find ("Gustav Mahlerplein").
_GLUED_PLACE = (
    "plein", "platz", "straße", "strasse", "allee", "gasse", "laan", "straat", "gracht", "kade", "gatan", "vägen",
    "torget", "gade", "vej", "plads", "ufer", "damm", "chaussee", "bahnhof", "brücke",
)
# Firm words written after the name a firm carries ("Yıldız Holding", "ITA Airways").
FIRM_WORDS = frozenset({
    "holding", "holdings", "grubu", "grup", "grupo", "gruppo", "groupe", "gruppe", "companies", "company",
    "airways", "airlines", "airline", "lines", "trucks", "beauty", "parfums", "cosmetics", "cosmétiques",
    "vinhos", "vinos", "vini", "wines", "bodegas", "brauerei", "brewery", "elektronik", "electronics", "equipment",
    "analytics", "pharmaceutica", "pharmaceuticals", "pharmaceutical", "healthineers", "energy", "energia",
    "energie", "automotive", "aerospace", "chemicals", "chemie", "textil", "textiles", "tekstil", "gıda", "inşaat",
    "otomotiv", "sanayi", "ticaret", "kgaa", "s.g.p.s", "sgps", "sgps,", "consulting", "unibanco", "bancorp",
    "securities", "investments", "investment", "asset", "insurance", "assurances", "versicherung", "versicherungen",
    "sigorta", "bankası", "banque", "banca", "vertriebszentrale", "vertrieb", "werke",
    # events and competitions ("Champions League", "London Fashion Week", "Web Summit")
    "league", "cup", "liga", "ligue", "bundesliga", "championship", "trophy", "marathon", "festival", "awards",
    "conference", "summit", "expo", "forum", "week", "messe", "kongress", "congress", "congresso", "congreso",
})
# Job words of a title written in capitals ("Vice President Sales", "Chief Revenue Officer").
_JOBS = frozenset({
    "president", "vice", "chairman", "chairwoman", "chairperson", "founder", "co-founder", "cofounder",
    "treasurer", "trustee", "intern", "trainee", "apprentice", "officer", "director", "manager", "executive",
    "präsident", "vorsitzender", "vorstand", "geschäftsführer", "président", "directeur", "directrice",
    "presidente", "directora", "direttore", "amministratore", "voorzitter", "prezes",
    "dyrektor", "başkanı", "müdürü", "vd", "ordförande", "direktør", "formand", "diretor", "diretora",
    "müdür", "yardımcısı", "genel", "sorumlusu", "uzmanı", "kierownik", "gerente", "jefe", "responsabile",
    "leiter", "leiterin", "head", "chief", "coordinator", "coordinatore", "coordinador", "coördinator",
})
_TURKISH_ENDING = re.compile(r"['’][a-zçğıöşü]{1,6}$")
_WORD = re.compile(r"[^\W\d_][\w'’\-.]*")
_AFTER = re.compile(r" ([^\W\d_][\w'’\-]*)")  # one space: two or more start a table's next column


def _plain(word: str) -> str:
    """``word`` lowercased, without a Turkish case ending or a trailing period."""
    if "'" in word or "’" in word:
        word = _TURKISH_ENDING.sub("", word)
    return word.rstrip(".,").casefold()


def names_a_place_or_firm(text: str, start: int, end: int, own_words: bool = True) -> bool:
    """Whether the find ``text[start:end]`` names a place, a room or a firm, by its own words or
    the word right before or after it (see the module docstring); with ``own_words`` false only
    the words around it (and a street glued into its last word) count."""
    return _place_or_firm_words(text[start:end], own_words) or _place_or_firm_around(text, start, end)


def _place_or_firm_words(value: str, own_words: bool) -> bool:
    words = [_plain(w) for w in value.split()]
    if not words:
        return False
    if words[-1].endswith(_GLUED_PLACE) and not words[-1].startswith(_GLUED_PLACE):
        return True  # "Gustav Mahlerplein"
    if own_words and any(w in PLACE_WORDS for w in words):
        return True
    if own_words and len(words) > 1 and (any(w in FIRM_WORDS for w in words[1:]) or words[0] in _ROOMS or words[0] in PUBLIC_BODIES
                                           or words[0] in _AREAS):
        return True  # "Yıldız Holding", "Raum Ferdinand", "Champions League"
    if len(words) > 1 and words[0].endswith(_ROOM_ENDINGS + _SITE_ENDINGS + _TOOL_ENDINGS + ("park", "gebiet")) and len(words[0]) >= 8:
        return True  # "Besprechungsraum Dachstein", "Vergaderzaal Rembrandt": a room named after a mountain or a painter
    return words[0] in _LOG_LEVELS and value.split()[0].isupper()  # a log line's "WARN  Belegnummer"


def _place_or_firm_around(text: str, start: int, end: int) -> bool:
    if start and text[start - 1] in " \t":
        line_start = text.rfind("\n", max(0, start - 40), start) + 1
        before = text[max(line_start, start - 40) : start].split()
        last = before[-1] if before else ""
        if any(ch in last for ch in "'’(\"“"):
            last = _ELIDED.split(last)[-1]  # the word itself: "l'aeroporto", "(salle"
        last = last.rstrip(".").casefold()
        if last in PLACE_BEFORE or last == "casa" or last in PUBLIC_BODIES:
            return True  # "salle Victor Hugo", "aeroporto Marco Polo", "Casa Lucio" (not "casa de Milagros")
        if last in _LINE_BEFORE:
            return True  # "rubinetto serie Aria", "linea Margherita", "variété Golden": a product line
        if len(last) >= 8 and last.endswith(_ROOM_ENDINGS + _SITE_ENDINGS):
            return True  # "Parkeergarage Meir", "Besprechungsraum Dachstein": a compound for a site, then its name
        if last in _OF and len(before) > 1 and before[-2].casefold() in PLACE_BEFORE:
            return True  # "University of Warwick", "Estación de Atocha"
    if text[end : end + 1] not in (" ", "\t"):
        return False
    if THING_AFTER.match(text, end):
        return True
    after = _AFTER.match(text, end)
    if after is None:
        return False
    word = _plain(after.group(1))
    # "Heuston Station", "Hale Brothers", "the Morgan theme" (a street after a name is left to the
    # address rules: "on Marina Fort Street" may be where someone lives)
    return word in _PLACE_AFTER or word in COMPANY or word in FIRM_WORDS or word in _PRODUCT_AFTER


# Assistants and AI products with a person's name: a person where nothing about AI is near
# ("Merci Claude, à demain"), the product where it is ("use Claude or GPT for the summary").
ASSISTANTS = frozenset({"claude", "alexa", "siri", "cortana", "einstein", "watson", "jarvis"})
_AI_NEARBY = re.compile(
    r"(?i)\b(?:gpt[\w.\-]*|chatgpt|gemini|copilot|llm|llms|ai|a\.i\.|ki|ia|model|models|prompt|prompts|chatbot|"
    r"assistant|anthropic|openai|mistral|llama|sonnet|opus|haiku|echo|amazon|apple|microsoft|ibm|salesforce)\b"
)
_MONTHS = MONTH_ABBREVIATIONS | CALENDAR
_IN_A_DATE = re.compile(r"\w+\.?,?[ \t]+\d{4}")  # the month's word, then a year
# Words right before a find that make it a product line, a model or a variety ("serie Aria").
_LINE_BEFORE = frozenset({
    "serie", "série", "series", "linea", "línea", "linha", "modello", "modelo", "modèle", "gamma", "gama", "gamme",
    "collezione", "colección", "coleção", "kollektion", "collectie", "variety", "variété", "variedad", "varietà",
    "sorte", "cultivar", "edition", "édition", "edición", "edizione", "baureihe", "modellreihe",
})
# Utilities, savings banks and public bodies, written before the town or region they serve and
# with no legal form: a letter's recipient "Stadtwerke Tübingen", "Sparkasse Pforzheim Calw",
# "Waterschap Rivierenland", "Teplárna Písek".
PUBLIC_BODIES = frozenset({
    "stadtwerke", "sparkasse", "kreissparkasse", "stadtsparkasse", "volksbank", "raiffeisenbank", "landratsamt",
    "finanzamt", "stadtverwaltung", "gemeinde", "bezirksamt", "verkehrsbetriebe", "zweckverband", "wasserverband",
    "waterschap", "hoogheemraadschap", "gemeente", "provincie", "mairie", "préfecture", "comune", "consorzio",
    "ayuntamiento", "diputación", "ajuntament", "concello", "câmara", "prefeitura", "kommune", "kommun", "landsting",
    "teplárna", "vodárny", "magistrát", "urząd", "gmina", "starostwo", "wodociągi", "kunta", "kaupunki",
})
# A sales area or district written before its name ("Zona Norte", "Region Süd", "Área Centro").
_AREAS = frozenset({"zona", "zone", "región", "regione", "região", "bezirk", "gebiet", "área", "sektor", "sector"})
_ROOMS = frozenset({"raum", "saal", "salle", "zaal", "room", "aula", "salón", "salon", "casa"})  # (also "Casa Lucio")
# Compound words for a room ("Besprechungsraum", "Konferenzsaal", "vergaderzaal", "mötesrummet").
_SITE_ENDINGS = ("garage", "parkhaus", "halle", "hallen", "hal", "bahnhof", "station", "terminal", "centrum", "zentrum")
# Compound words for a piece of software before its name ("Planningstool Schelde", "Kassensystem Merkur").
_TOOL_ENDINGS = ("tool", "systeem", "system", "software", "portaal", "portal", "plattform", "platform")
_ROOM_ENDINGS = ("raum", "saal", "zimmer", "zaal", "kamer", "rummet", "rum", "lokale", "lokalet", "huone")
_LOG_LEVELS = frozenset({"warn", "warning", "info", "error", "debug", "trace", "fatal", "notice", "crit", "err"})
_ELIDED = re.compile(r"['’(\"“]")
_OF = frozenset({"of", "de", "di", "del", "della", "do", "da", "des", "du", "van", "von", "der"})
# Place words that, written after a name, are as often part of a firm's or person's name, left out.
# What a piece of software calls its parts, written after the name they carry ("the Lincoln
# layout"), and a train line ("the Elizabeth line").
_PRODUCT_AFTER = frozenset({"theme", "layout", "dashboard", "font", "widget", "skin", "edition", "workspace", "line"})
_PLACE_AFTER = PLACE_WORDS - {"college", "school", "institute", "institut"}


def names_a_thing(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """``names_a_place_or_firm``, or a listed firm, brand or place written at the start of the
    find before words that are no first name ("VW Crafter"), or at its end after everyday words
    that are no name ("Vertrag Max Mustermann"; "Thaís Albuquerque" stays a person)."""
    value = text[start:end]
    verdict = _verdicts(lex).get(value)
    if verdict is None:
        verdict = _verdicts(lex)[value] = _words_verdict(value, lex)
    if verdict == _THING:
        return True
    if _place_or_firm_around(text, start, end) or _inside_listed(text, start, end, lex):
        return True
    if around_names_a_thing(text, start, end, lex):
        return True  # "Novák a syn", "Linie 2:", "Head of Engineering", "Kasım 2025"
    if names_a_named_thing(text, start, end, lex):
        return True  # "Click Save Changes", "Storm Bert", "Kumara Hash", "Bay 12", "Liszt Ferenc terem"
    if _food_of_a_place(value):
        return True  # "Vin de Savoie", "Aceite de Jaén": a food and where it comes from
    if opens_with_an_everyday_word(text, start, end) or a_pair_of_things(value):
        return True  # "Marge brute en hausse", "Summer hours start", "Min adresse er endret"
    if in_a_things_column(text, start):
        return True  # "HK-4410-NVY,Hudson Crew Sweater,Navy" under "SKU,Description,Colour"
    if names_a_workplace_thing(text, start, end, lex):
        return True  # "Magazzino Alto", "Ege Bölgesi", "Thứ Sáu", "Maulid Nabi", "de Almería y Murcia"
    if names_an_ordinary_thing(text, start, end, lex):
        return True  # "Kedves Kollégák", "Romney ewes", "Priorità: Alta", "Campanie Crăciun"
    folded = value.rstrip(".").casefold()
    if value in CJK_DEPARTMENTS:
        return True  # a mail signed "销售部": the sales department, not a person
    if placed_as_a_thing(text, start, end, lex):
        return True  # "Prince2", "dans le Jura", "from Lorient", a title's "Autumn menu launch"
    if _date_word(text, start, end, value):
        return True  # "teslim 20 Eylül", "14 Mayıs'ta", "Lieferfenster Mo–Mi"
    if ("'" in value or "’" in value) and lex.is_not_name(_TURKISH_ENDING.sub("", value)):
        return True  # "Sabiha Gökçen'den": a listed airport with a Turkish case ending
    if folded in MAKES and _MODEL_AFTER.match(text, end):
        return True  # "Ram ProMaster", "Ford F-150": the model after the make
    if folded in ASSISTANTS and _AI_NEARBY.search(text, max(0, start - 80), end + 80):
        return True  # "can we use Claude or GPT for the summary?"
    if folded in _MONTHS and _IN_A_DATE.match(text[max(0, start - 4) : end + 6], min(start, 4)):
        return True  # "Date: Mon, 3 Jun 2024": a month between a day and a year
    # a listed name after an unknown word opening a sentence: "Bagefter Novo Nordisk"
    return verdict == _THING_AT_SENTENCE_START and _sentence_start(text, start)


_THING, _PERSON, _THING_AT_SENTENCE_START = 2, 0, 1
# Departments of Chinese and Japanese firms, matched whole only: listed among the not-names they
# would also drop the name after them ("人事部 森田"), and "阿部", "服部" are surnames.
CJK_DEPARTMENTS = frozenset({
    "销售部", "采购部", "财务部", "人事部", "市场部", "技术部", "客服部", "行政部", "法务部", "营业部", "物流部",
    "営業部", "購買部", "総務部", "経理部", "技術部", "人事課", "総務課", "経理課", "営業課", "業務部",
})
# Months of the languages CALENDAR does not cover, some also first names ("Eylül", "Haziran").
_MORE_MONTHS = frozenset({
    "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık",
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
    "listopada", "grudnia", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro",
    "dezembro", "augusti", "maj", "marts",
})
_ALL_MONTHS_AND_DAYS = _MORE_MONTHS | CALENDAR
_TIME_WORD_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:am|auf|bis|ab|seit|nach|vor|on|by|until|till|from|next|last|this|every|le|dès|jusqu'à|"
    r"el|hasta|desde|il|entro|da|op|tot|vanaf|på|till|från|w|do|od|em|até|no)[ \t]+$"
)
_DAY_BEFORE = re.compile(r"\d{1,2}\.?[ \t]$")
_DAY_RANGE = re.compile(r"[–—\-/][A-ZÄÖÜ][a-zäöü]{1,2}\.?(?![\w])")  # "Mo–Mi", "lu-ve", "Di/Do"


def _date_word(text: str, start: int, end: int, value: str) -> bool:
    """A month after a day's number ("20 Eylül", "3 Mayıs'ta"), or a weekday's short form in a
    range ("Mo–Mi")."""
    first = _plain(value.split(maxsplit=1)[0])
    if first in _ALL_MONTHS_AND_DAYS:
        if _DAY_BEFORE.search(text, max(0, start - 4), start):
            return True
        if " " not in value and first in CALENDAR and _TIME_WORD_BEFORE.search(text, max(0, start - 8), start):
            return True  # "verschoben auf Freitag", "until Monday", "à partir de mardi"
    if " " not in value and weekday_before_time(text, end, first):
        return True  # "Mo 07:32 ab Zürich HB", "Tue 14.10.": a weekday's short form before a time or a date
    return len(value) <= 3 and value.isalpha() and _DAY_RANGE.match(text, end) is not None


# A model's name after a make: camel case, with a digit, or in capitals ("ProMaster", "F-150", "GLC").
_MODEL_AFTER = re.compile(r" (?:[A-Z][a-z]+[A-Z]\w*|[A-Z]*\d[\w\-]*|[A-Z][A-Z\-]+\d*|[A-Z]-?\d[\w\-]*)\b")
_VERDICTS: dict[int, tuple[Lexicon, dict[str, int]]] = {}


def _verdicts(lex: Lexicon) -> dict[str, int]:
    """What the words of a find alone say, remembered per find (a text names the same things often)."""
    held = _VERDICTS.get(id(lex))
    if held is None or held[0] is not lex:
        held = _VERDICTS[id(lex)] = (lex, {})
    if len(held[1]) > 20_000:
        held[1].clear()
    return held[1]


# Makes that are also first names or surnames ("Mercedes", "Ford", "Otis", "Hilton"): before a
# word that is no surname they name a model or a hotel ("Mercedes Sprinter", "Hilton Anatole");
# "Ford Harrison" and "Mercedes Ruiz" stay people.
MAKES = frozenset({
    "mercedes", "ford", "lincoln", "otis", "ram", "dodge", "chrysler", "porsche", "ferrari", "lamborghini",
    "maserati", "bentley", "morgan", "austin", "rover", "jaguar", "tesla", "dell", "hilton", "marriott",
    "hyatt", "sheraton", "radisson", "wyndham", "kempinski", "peugeot", "renault", "citroën", "opel", "fiat",
    "seat", "toyota", "honda", "nissan", "volvo", "iveco", "man", "scania", "daf", "hp", "canon", "brother",
})
# The last word of a place written with its state's or province's code ("Columbus OH", "Mascot NSW").
REGION_CODES = frozenset({
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la",
    "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok",
    "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc",
    "nsw", "vic", "qld", "tas", "act", "nt", "on", "qc", "bc", "ab", "mb", "sk", "ns", "nb", "nl", "pe",
})
# First words of a trade's or an occasion's name before a family's or a place's ("Transportadora
# Rota Sul", "Pastelaria Flor do Bairro", "Déménagement Lachance", "Dia das Mães", "Feria Alimentaria").
TRADE_FIRST = frozenset({
    "transportadora", "pastelaria", "padaria", "confeitaria", "déménagement", "déménagements", "fromagerie",
    "fromageries", "imprimerie", "papeterie", "droguerie", "quincaillerie", "ferreteria", "ferramenta",
    "ferragens", "tipografia", "gráfica", "grafica", "drukarnia", "hurtownia", "piekarnia", "nakliye",
    "nakliyat", "matbaa", "ofset", "eczane", "feria", "fiera", "foire", "salon", "campanha", "campaña",
    "campagna", "campagne", "kampagne", "kampanya", "kampania", "dia", "día", "dzień", "festa", "fête",
    # trades and workshops named before the family that runs them ("Drukkerij Vos", "Schreinerei Huber")
    "drukkerij", "bakkerij", "slagerij", "timmerbedrijf", "schildersbedrijf", "installatiebedrijf",
    "hoveniersbedrijf", "autobedrijf", "transportbedrijf", "bouwbedrijf", "aannemersbedrijf", "schreinerei",
    "tischlerei", "bäckerei", "metzgerei", "malerbetrieb", "autohaus", "gärtnerei", "zimmerei", "dachdeckerei",
    "spedition", "carpintería", "fontanería", "panadería", "talleres",
    # a venue, a winery or an inn named after its family ("Cervejaria Ramiro", "Domaine William Fèvre")
    "cervejaria", "cervecería", "cerveceria", "brasserie", "bistrot", "bistro", "trattoria", "osteria", "pizzeria",
    "ristorante", "restaurante", "taberna", "taverna", "tasca", "marisquería", "churrascaria", "domaine", "château",
    "chateau", "weingut", "bodegas", "cantina", "cantine", "adega", "hôtel", "hostal", "pensión", "pension",
    "gasthof", "gasthaus", "wirtshaus", "konditorei", "boulangerie", "pâtisserie", "patisserie", "librairie",
    "libreria", "livraria", "herberg", "brouwerij", "birrificio", "cervecera",
    # a group of firms before the name it carries ("Grupa Żabka", "Grupo Bimbo", "Gruppo Ferrero")
    "grupa", "grupo", "gruppo", "groupe", "gruppe", "group", "grubu", "koncern", "konzern",
    "falegnameria", "officina", "autofficina", "marcenaria", "oficina", "serralheria", "snickeri", "bageri",
    "tømrerfirma", "malerfirma",
    "supermercado", "supermercados", "drogaria", "farmácia", "farmacia", "toko", "warung", "apotek", "loja", "tienda", "فندق", "مطعم",
})
# A town named after a saint: these spellings never start a person's name ("San", "Santa" and
# "St" do: "San Martín", "Santa Cruz", "St John" are surnames too).
_SAINT_PLACE = frozenset({"são", "sankt", "sainte", "saint"})
_SAINT_JOINED = ("saint-", "sainte-", "sankt-", "são-")
_LATER_FIRM = frozenset({
    "global", "physiotherapy", "physio", "dental", "clinic", "clinica", "clínica", "ambalaj", "kargo", "lojistik",
    "yapımevi", "yayınevi", "matbaacılık", "logistics", "solar", "collection", "inn", "hotels", "resorts",
    "suites", "foods", "supplies", "services", "systems", "technologies", "alimentaria", "alimentare",
    "vermietung", "verleih", "rental", "rentals", "leasing", "zulieferern", "zulieferer",
    # a trade's word after a family's or a made-up name ("Ribeiro Distribuidora", "Summit Water")
    "janitorial", "landscaping", "plumbing", "roofing", "electrical", "cleaning", "catering", "printing",
    "water", "heating", "hvac", "paving", "towing", "trucking", "staffing", "scaffolding", "haulage",
    "removals", "joinery", "glazing", "signage", "uniforms", "lawncare",
    "consultancy", "distribuidora", "distribuidor", "distribuzione", "distribution", "comercial", "commerciale",
    "importadora", "exportadora", "construtora", "constructora", "costruzioni", "construction", "transportes",
    "trasporti", "industrias", "indústria", "industrie", "engenharia", "ingeniería", "ingegneria", "consultores",
    "consultoria", "consultoría", "servicios", "serviços", "servizi", "soluciones", "soluções", "soluzioni",
    "sistemas", "sistemi", "tecnologia", "tecnología", "logística", "logistica", "logistik", "technik",
    "immobilien", "maschinenbau", "elektrotechnik", "haustechnik", "gebäudetechnik", "handel", "verlag",
    "druckerei", "bouw", "techniek", "installatietechniek", "transporten", "advocaten", "notarissen",
    "avocats", "abogados", "advogados", "avvocati", "rechtsanwälte", "solicitors", "attorneys",
    "étterem", "vendéglő", "cukrászda", "pékség", "kávézó", "áruház", "patika", "gyógyszertár",
})


def _make_or_region(words: list[str], lex: Lexicon) -> bool:
    """A make before a word that is no surname, a place with its state's code, a trade's or an
    occasion's first word, or a firm's later word (see the sets above)."""
    first, last = words[0].casefold(), words[-1]
    if len(words) > 1 and first in MAKES and not (lex.is_surname(last) and not lex.is_not_name(last)):
        return True
    if len(words) > 1 and last.isupper() and last.casefold() in REGION_CODES:
        return True
    if len(words) > 1 and first in TRADE_FIRST:
        return True
    if first in _SAINT_PLACE or first.startswith(_SAINT_JOINED):
        return True  # "São Bernardo do Campo", "Sankt Pölten", "Saint-Priest": a town named after a saint
    if (len(words) > 2 and words[1] == "von" and _everyday(lex, words[0])
            and not any(_first_name(lex, w) for w in words if w != "von")):
        return True  # "Verpackung von Nestlé", "Tankkarten von Aral" ("Ursula von der Leyen" stays)
    # a firm's word as a later word, or as the last part of a hyphenated one ("Hertz Lkw-Vermietung")
    return any(_plain(w) in _LATER_FIRM or _plain(w.rsplit("-", 1)[-1]) in _LATER_FIRM for w in words[1:])


def _everyday(lex: Lexicon, word: str) -> bool:
    """An everyday word or a compound of them, and no listed name ("Verpackung", "Servicetechniker")."""
    return not _listed_name(lex, word) and (_plain_word(lex, word) or looks_like_a_word(word, lex))


def _words_verdict(value: str, lex: Lexicon) -> int:
    """What the words of a find say without the text around it (see ``names_a_thing``)."""
    if _make_or_region(value.split(), lex) or own_words_name_a_thing(value.split(), lex):
        return _THING
    # A first name and a surname is a person even when the surname is a place's or a firm's word
    # ("Sarah Station", "Emma Lines"): then only the words around it count.
    parts = value.split()
    own_words = not (len(parts) == 2 and _first_name(lex, parts[0]) and lex.is_surname(_plain(parts[1])))
    if _place_or_firm_words(value, own_words):
        return _THING
    words = _WORD.findall(value)
    jobs = [w.casefold() in _JOBS for w in words]
    if len(words) > 1 and any(jobs) and not any(_first_name(lex, w) for w, job in zip(words, jobs, strict=True) if not job):
        return _THING  # "Vice President Sales" ("Directora Ana López" stays a person)
    verdict = _PERSON
    for k in range(1, len(words)):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if lex.is_not_name(tail):
            if all(w.casefold() in _OF or _plain_word(lex, w) for w in words[:k]):
                return _THING  # "Vertrag Max Mustermann"
            # "Registro Mercantil de Madrid": a listed place after a particle, no first name before
            if k > 1 and words[k - 1].casefold() in _OF and not any(_first_name(lex, w) for w in words[: k - 1]):
                return _THING
            if not any(_listed_name(lex, w) for w in words[:k]):
                verdict = _THING_AT_SENTENCE_START
            if k == 1 and len(words) == 2 and not _first_name(lex, words[1]) and _thing_word(lex, words[0]):
                return _THING  # "Stampante Kyocera", "Fornitore Brembo": what it is, then the brand
        # (a listed name of one word may be a person's first name, "Chase Miller"; of two, not)
        if lex.is_not_name(head) and (k > 1 or not _first_name(lex, words[0])):
            return _THING  # "VW Crafter", "Hilton Honors" (Hilton is a surname too, but no first name)
    return verdict


_INDEXES: dict[int, tuple[Lexicon, dict[str, tuple[str, ...]]]] = {}


def _listed_with_word(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """Word -> the listed names of several words or with an apostrophe that hold it."""
    held = _INDEXES.get(id(lex))
    if held is None or held[0] is not lex:
        index: dict[str, list[str]] = {}
        for name in lex.not_names:
            words = re.findall(r"[^\W\d_]+", name)
            if len(name.split()) > 1 or "'" in name or "’" in name:  # ("Sage 200" too)
                for word in set(words):
                    index.setdefault(word, []).append(name)
        held = _INDEXES[id(lex)] = (lex, {w: tuple(names) for w, names in index.items()})
    return held[1]


def _inside_listed(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the find is part of a listed name written around it: "Slaughter" of "Slaughter
    and May", "Pepper" of "Dr Pepper", "Lowe" of "Lowe's"."""
    index = _listed_with_word(lex)
    names = [n for w in text[start:end].casefold().split() for n in index.get(w.strip(".,'’"), ())]
    if not names:
        return False
    low = max(0, start - 24)
    window = text[low : end + 24].casefold()
    for name in names:
        at = window.find(name)
        while at >= 0:
            if low + at <= start and end <= low + at + len(name):
                return True
            at = window.find(name, at + 1)
    return False


_EVERYDAY_RANK = 40_000
_KNOWN_WORD = 1_000_000  # a word some language's list holds, however rare


def _thing_word(lex: Lexicon, word: str) -> bool:
    """A word of some language's lists, or shaped like a compound of them, that no list holds
    as a first name ("Stampante", "Zulieferer"; "Anna" and "Jean" do not count)."""
    return not _first_name(lex, word) and (lex.rank(word) < _KNOWN_WORD or looks_like_a_word(word, lex))


def _first_name(lex: Lexicon, word: str) -> bool:
    return lex.is_first_name(word) or lex.is_first_name(strip_accents(word))


def _listed_name(lex: Lexicon, word: str) -> bool:
    bare = strip_accents(word)
    return lex.is_first_name(word) or lex.is_first_name(bare) or lex.is_surname(word) or lex.is_surname(bare)


def _sentence_start(text: str, start: int) -> bool:
    """After a sentence's end on the same line (a line's first word may be a signature's name)."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return bool(before) and before[-1] in ".!?"


def _plain_word(lex: Lexicon, word: str) -> bool:
    """An everyday word of the app's languages (not a rare one) that the name lists do not hold."""
    return min(lex.rank(word), lex.rank(strip_accents(word))) < _EVERYDAY_RANK and not _listed_name(lex, word)


def _food_of_a_place(value: str) -> bool:
    from desktop.core.privacy.name_things import PRODUCT_FIRST

    parts = value.split()
    return len(parts) > 2 and parts[0].casefold() in PRODUCT_FIRST and parts[1].casefold() in _OF
