"""Addresses found from their end: a postcode and a town, and the street parts before them.

The street rules (``addresses.py``) need a street type they know ("Straße", "rue", "Road");
many addresses have none ("Lange Voorhout 9", "Limmatquai 52", "The Old Mill, 3 Canal
Street") or come in a form of their own. Here the anchor is the end of the address, which is
far more regular across the team's countries:

- a postcode and a town on one line ("2514 EA Den Haag", "81-391 Gdynia", "C1043AAZ CABA",
  "Bengaluru 560038"), taken back over the comma-separated parts before it on the same line
  (street and number, unit, building, landmark) when one of them has a house number;
- Turkish addresses ("Bağdat Cad. No:214 D:6 Kadıköy/İstanbul");
- Japanese, Chinese and Korean addresses, written from the largest unit to the house number.
"""

from __future__ import annotations

import re

from desktop.core.privacy.address_forms import widen_addresses
from desktop.core.privacy.address_lowercase import lowercase_addresses
from desktop.core.privacy.address_owner import drop_firm_addresses
from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import keyword_windows, lowered

_TOWN = r"[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩΆ-Ώ][\w'’\-]+(?:[ \t](?:am|an|de|del|la|le|im|upon|on|sur|en|di)?[ \t]?[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩΆ-Ώ][\w'’\-]+){0,2}"  # (Greek: "546 30 Θεσσαλονίκη")
# Postcode then town: 10439 Berlin, 2514 EA Den Haag, 81-391 Gdynia, 1100-053 Lisboa, 411 19 Göteborg.
# (Each pattern starts at a digit or capital that no word character precedes, checked just after
# it, so that the engine skips quickly to candidate characters.)
_POSTCODE_TOWN = lazy_re(
    r"(?:\d(?<![\w\-]\d)(?:\d{3}[ \t]?[A-Z]{2}|\d-\d{3}|\d{3}-\d{3}|\d{4}-\d{3}|\d{2}[ \t]\d{2}|\d{3,5})"
    r"|\d(?<=[A-Z]\d)(?<![\w\-][A-Z]\d)\d{3}[A-Z]{3})"  # C1043AAZ, matched from its first digit
    # (a district and its province: "06420 Çankaya/Ankara"; six digits: "400114 Cluj-Napoca")
    rf"[ \t]+(?:{_TOWN}|[A-Z]{{3,5}})(?:/[A-ZÀ-ÖØ-ÞĀ-ž][\w'’\-]+)?(?:[ \t]*\([A-Z]{{2}}\))?"
)
# Town then postcode: Bengaluru 560038, Stockholm 114 51, São Paulo - SP, 01414-001, Manchester M1 3HE
_POSTCODE_AFTER = lazy_re(r"\d(?<![\w\-]\d)(?:\d{5}|\d{2}[ \t]\d{2}|\d{4}-\d{3})(?![\w\-])")
# A UK postcode found from its inward code ("3HE"), the outward code ("M1 ") checked before it.
_UK_INWARD = lazy_re(r"\d[A-Z]{2}(?![\w\-])")
_UK_OUTWARD = lazy_re(r"(?<![\w\-])[A-Z]{1,2}\d[A-Z\d]?[ \t]?$")
# (a town may carry its postal district: "Dublin 8, D08 X2C4")
_TOWN_BEFORE = lazy_re(rf"(?<![\w\-])(?:{_TOWN}(?:[ \t]\d{{1,2}}[Ww]?)?|[\u0900-\u097f]{{2,}})(?:[ \t,]+|[ \t]+[-–][ \t]+)$")  # ("Chennai - 600042")  # (Hindi towns have no capitals)
_HOUSE_NUMBER = lazy_re(
    r"(?<![\w\-])\d{1,5}[A-Za-zºª°]{0,3}(?:[/\-]\d{1,5}[A-Za-z]?)*(?:-(?:bis|ter|hs|[A-Za-z])(?!\w))?(?![\d\-])|No[.:]?[ \t]?\d"
    r"|(?<![\w\-])[A-Z]{1,2}-\d{1,5}(?![\d\-])"  # a flat in an Indian block: "C-204"
)
# Postcodes found with the town before them: Irish Eircode "H91 P2XK", Canadian "L6Z 1Y5", a US
# state and ZIP "CO 80216", an Indian PIN "110016".
# (written from a first character that no word character precedes, so the scan skips quickly)
_OTHER_POSTCODES = lazy_re(
    r"[A-Z1-9](?<![\w\-][A-Z1-9])(?:(?<=[AC-FHKNPRTV-Y])\d{2}[ \t]?[0-9AC-FHKNPRTV-Y]{4}|(?<=D)6W[ \t]?[0-9AC-FHKNPRTV-Y]{4}"
    r"|(?<=[ABCEGHJ-NPRSTVXY])\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d"
    r"|(?<=[A-Z])[A-Z][ \t]+\d{5}(?:-\d{4})?|(?<=[1-9])\d{5}"
    r"|(?<=[NVQSWTA])(?<![\w\-].)(?:(?<=N)SW|(?<=V)IC|(?<=Q)LD|(?<=S)A|(?<=W)A|(?<=T)AS|(?<=N)T|(?<=A)CT)[ \t]+\d{4})(?![\w\-])"
)
# Where a street line may start in lowercase: a street-type abbreviation ("ul. Słoneczna 18").
_LOW_STREET = lazy_re(r"(?:ul|al|os|pl|str|av|avda|c|r|bd|rue|via|calle|rua|travessa|viale|corso|piazza)\.?[ \t]")
# Lowercase words an address part may hold besides short ones ("de", "m.", "2º izq.").
_UNIT_WORDS = frozenset(
    ["piso", "apto", "apt", "andar", "near", "opp", "opposite", "behind", "sector", "plot", "flat", "unit", "suite", "floor", "unidad", "etage", "stock", "lokal", "viale", "corso", "piazza", "calle", "avenida", "travessa", "rua", "ulica", "aleja", "osiedle", "daire", "mah", "cad", "sok", "blv",
     "portal", "bloque", "escalera", "planta", "puerta", "casa", "lote", "manzana", "bloco", "depto", "dpto", "scala",
     "piano", "interno", "kat", "lgh", "bus", "boîte", "whg", "app", "appt", "number", "número", "numero", "nummer",
     "lot",
     # (landmarks written in lowercase in an Indian address: "45 Anna Salai opp LIC building Chennai 600002")
     "building", "bldg", "complex", "tower", "apartments", "society", "temple", "church", "school", "hospital",
     "station", "mall", "market", "road", "cross", "main",
     # (the street types written first in lowercase: "4 allée des Peupliers", "12 chemin de la Serre")
     "rue", "allée", "allee", "avenue", "chemin", "impasse", "route", "quai", "boulevard", "cours", "sentier", "camino",
     "paseo", "carrer", "ronda", "vicolo", "strada", "estrada", "calea", "aleea"]
)
# A unit part in lowercase: "ap. 6", "bl. B2", "sc. A", "et. 3", "apto 81"
_UNIT_START = lazy_re(
    r"[a-zà-ÿ]{1,4}\.[ \t]?[A-Z\d]|(?:apto|apt|flat|unit|piso|daire|portal|bloque|escalera|planta|puerta|casa|lote|manzana|"
    r"bloco|depto|dpto|scala|piano|interno|kat|lgh|bus|boîte|whg|app|appt"
    r"|near|opp\.?|opposite|behind|beside)[ \t]"  # (and an Indian landmark: "H.No 5-8-41, near Hanuman temple, Koti")
)
_SENTENCE_WORDS = frozenset(["to", "at", "in", "on", "is", "for", "of", "the", "from", "zu", "nach", "en", "à", "address", "adresse",
                             "adres", "dirección", "indirizzo", "endereço", "morada"])
_PARTICLES = frozenset(["de", "del", "la", "le", "les", "van", "der", "den", "'t", "di", "da", "do", "dos", "das", "von", "y", "e", "du", "des",
                        "aan"])


def _looks_like_part(part: str) -> bool:
    """An address part: a few words, lowercase ones short or unit words ("apto 81", "piso 8"), or
    a street's own lowercase word after its capital ("Jugoslávských partyzánů 1580/3")."""
    words = part.split()
    if len(words) > 7:
        return False
    long_lower = [w for w in words if w[0].islower() and len(w.strip(".,()")) > 3 and w.strip(".,()").lower() not in _UNIT_WORDS]
    return not long_lower or (words[0][0].isupper() and len(long_lower) <= 2 and all(map(_street_own_word, long_lower)))


def _named_street_word(words: list[re.Match[str]], i: int) -> bool:
    """Whether the lowercase word ``words[i]`` belongs to a street name begun by a capital at most
    two words before it, every word between of the same kind."""
    for j in range(i - 1, max(-1, i - 3), -1):
        if not _street_own_word(words[j + 1].group(0)):
            return False
        if words[j].group(0)[0].isupper():
            return True
    return False


def _street_own_word(word: str) -> bool:
    """A lowercase word of a street's name in the languages that write them so (Czech, Slovak,
    Polish: "partyzánů", "obrancov", "mieru"): no everyday word (as ``address_town_first`` asks
    of a street's own name: rarer still when written in ASCII only)."""
    from desktop.core.privacy.lexicon import lexicon

    word = word.strip(".,()")
    rank = lexicon().rank(word)
    return word.isalpha() and (rank >= 100_000 or (rank >= 20_000 and not word.isascii()))


_NON_SPACE = lazy_re(r"\S+")


def _trim_lead(text: str, start: int, end: int) -> int:
    """Start the first part after the sentence words before the street ("Oficinas en Calle ...")."""
    words = list(_NON_SPACE.finditer(text[start:end]))
    for i in range(len(words) - 1, 0, -1):
        w = words[i - 1].group(0)
        bare = w.strip(".,").lower()
        # (a short word before a house number may belong to it, "n. 5", but not "to 8 Mill Court")
        number_next = _HOUSE_NUMBER.match(words[i].group(0))
        if w[0].islower() and _named_street_word(words, i - 1):
            continue  # ("Ulica obrancov mieru 14": the street's own words after its capital)
        if w[0].islower() and bare not in _PARTICLES and bare not in _UNIT_WORDS and (len(bare) > 2 or not w.endswith(".")) \
                and (not number_next or bare in _SENTENCE_WORDS):
            return start + words[i].start()
    return start
_PART_END = lazy_re(r"[:;]|(?<=[a-z]{4})\.\s+(?=[A-Z])|\t| {2,}|[ \t][—–][ \t]")  # ("Av. Corrientes": no sentence end;
# a CV's "Name — street, postcode town — phone")
_TR = lazy_re(
    r"(?:[A-ZÇĞİÖŞÜ][\wçğıöşü]*\.?[ \t]+){1,3}(?:Mah\.|Mahallesi|Cad\.|Cd\.|Caddesi|Sok\.|Sokak|Sokağı|Sk\.|Blv\.|Bulvarı)"
    r"[^\n]{0,80}?No[ \t]?[:.]?[ \t]?\d+[A-Za-z]?(?:/\d+[A-Za-z]?)?(?:[ \t]*(?:D|Daire|Kat)[ \t]?:?[ \t]?\d+)*"
    r"(?:(?:[ \t]+[A-ZÇĞİÖŞÜ][\wçğıöşü]+){0,2}(?:[ \t]+|[ \t]*\n[ \t]*)\d{5})?(?:[ \t]+[A-ZÇĞİÖŞÜ][\wçğıöşü]+(?:[ \t]?/[ \t]?[A-ZÇĞİÖŞÜ][\wçğıöşü]+)?){0,2}"
)
_EAST_ASIAN = lazy_re(
    # 〒150-0002 東京都渋谷区渋谷2-21-1; 上海市浦东新区世纪大道100号; 台北市信义区松仁路100号12楼
    # (北1条西4丁目2-2: numbered blocks between the names)
    r"(?:〒[ \t]?\d{3}-\d{4}(?:[ \t　]?\n)?[ \t　]?[\u3040-\u30ff\u4e00-\u9fff]{2,30}?"  # (the postcode on a line of its own)
    r"|(?:東京都|北海道|京都府|大阪府|[\u4e00-\u9fff]{2,3}県)[\u3040-\u30ff\u4e00-\u9fff]{2,30}?)"
    r"(?:\d+(?:丁目|番地|番|号|条|線)[\u4e00-\u9fff]{0,3}?)*\d+(?:[-－]\d+){0,3}(?:号)?"
    # a city's ward or a Tokyo ward without the prefecture: 大阪市北区梅田3-1-1, 渋谷区神宮前4-12-8
    r"|(?:[\u4e00-\u9fff]{1,4}市)?[\u4e00-\u9fff]{1,3}区[\u3040-\u30ff\u4e00-\u9fff]{1,10}?(?:\d+丁目)?\d+[-－]\d+(?:[-－]\d+)?"
    r"|(?:[\u4e00-\u9fff]{2,12}?(?:省|市|縣|县|区|區)|香港|九龍|九龙|新界|澳門|澳门)[\u4e00-\u9fff\d]{2,30}?\d+(?:号|號)"
    r"(?:[A-Za-z\u4e00-\u9fff]{0,12}?(?:\d+(?:号楼|號樓|楼|樓|层|層|室|栋|棟|幢|单元|單元)|[A-Za-z]?座\d+(?:室)?|[A-Z]室))*"  # building, floor, room
    r"(?:(?:(?<=单元|單元)|(?<=栋|棟|幢))\d{2,5}(?![\d\-]))?"  # (the flat after the stairway: "2单元801"; a compound first: "27号院3号楼")
    # 서울특별시 강남구 테헤란로 152, 101동 1203호
    r"|(?:[\uac00-\ud7af]+(?:특별시|광역시|도|시)|서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)"
    r"[ \t][\uac00-\ud7af]+(?:구|시|군)(?:[ \t][\uac00-\ud7af]+(?:구|군))?"
    r"(?:[ \t][\uac00-\ud7af\d]+(?:동|읍|면))?"
    # (a side street numbered off the road: "월드컵북로 54길 17")
    r"[ \t][\uac00-\ud7af\d]+(?:로|길)(?:[ \t]?\d+(?:번)?길)?[ \t]?\d+(?:-\d+)?(?:,?[ \t]*(?:\d+동[ \t]?)?\d+(?:호|층))?"
    # (a lot number in the district instead of a road: "서교동 395-12")
    r"|[\uac00-\ud7af]+(?:특별시|광역시|시|도)[ \t][\uac00-\ud7af]+(?:구|시|군)[ \t][\uac00-\ud7af\d]+(?:동|읍|면|리)[ \t]?\d+(?:-\d+)?"
    r"(?:,?[ \t]*\d+(?:호|층))?"
)
# A Colombian address names a street by its number and the nearest cross street and distance
# ("Carrera 43A # 18 Sur-135", "Cl. 72 No. 10-34", "Av. Calle 26 # 69D-91").
_CO_STREET = lazy_re(
    r"(?<![\w\-])(?i:carrera|cra\.?|kra\.?|kr\.?|calle|cll\.?|cl\.?|avenida(?: calle| carrera)?|av\.?(?: calle| carrera)?|"
    r"transversal|tv\.?|diagonal|dg\.?|circular|circunvalar)[ \t]+\d{1,3}[ \t]?[A-Z]?(?:[ \t]?(?i:bis))?(?:[ \t]+(?i:sur|este|norte))?"
    r"[ \t]*(?:#|(?i:no\.?|n[°º]|nro\.?))[ \t]*\d{1,3}[ \t]?[A-Z]?(?:[ \t]?(?i:bis))?(?:[ \t]+(?i:sur|este))?[ \t]*-[ \t]*\d{1,3}"
    r"(?:[ \t]+(?i:sur|este))?(?![\w\-])"
)
# A street of Mérida and the Yucatán, named by its number, the house between two cross streets
# ("Calle 60 No. 421 x 47 y 49", "C. 21 #304 por 18 y 20").
_YUCATAN_STREET = lazy_re(
    r"(?<![\w\-])(?i:calle|c\.)[ \t]+\d{1,3}[ \t]?[A-Z]?[ \t]+(?:(?i:no\.?|n[°º]|núm\.?|#)[ \t]*)?\d{1,4}[ \t]?[A-Z]?"
    r"[ \t]+(?i:x|por)[ \t]+\d{1,3}[ \t]?[A-Z]?(?:[ \t]+(?i:y)[ \t]+\d{1,3}[ \t]?[A-Z]?)?(?![\w\-])"
)
# A plot, block, stand or house number opening an address with no street number after it, as
# West and South African addresses do ("Plot 22, Block B, Lekki Gardens Estate, Ajah, Lagos").
# (and a Brasília superquadra or block: "SQN 308, Bloco C, apto 204, Asa Norte, Brasília", "Qd. 12, Lt. 8")
_PLOT = lazy_re(r"(?<![\w\-])(?:(?i:plot|block|house|hse|stand|erf|qd\.|quadra)|SQN|SQS|SQSW|SHIS|SHIN|CLN|CLS|QI|QL)[ \t]+"
                r"(?:(?i:no)\.?[ \t]*)?\d{1,5}[A-Za-z]?(?=,)")
_PLOT_KEYS = ("plot", "block", "house", "hse", "stand", "erf", "qd.", "quadra", "sqn", "sqs", "shis", "shin", "cln", "cls", "qi ", "ql ")


def _plot_addresses(text: str, lower: str) -> list[Candidate]:
    """Such an opening, kept when the parts read after it end in a listed town."""
    from desktop.core.privacy.towns import is_town

    out: list[Candidate] = []
    for a, b in keyword_windows(lower, _PLOT_KEYS, 20):
        for m in _PLOT.finditer(text, a, b):
            [c] = widen_addresses(text, [Candidate(m.start(), m.end(), "ADDRESS")])
            if c.end > m.end() and is_town(text[c.start : c.end].rsplit(",", 1)[-1].strip()):
                out.append(c)
    return out


# A postcode after the word for one, in a sentence or a note: "my postcode for the permit is
# BS6 5LT", "kod 31-019", "CEP 70355-030", "PLZ 80331", "zip 02134".
_CODE_AFTER_CUE = lazy_re(
    r"(?i:post[ \t]?code|postal[ \t]code|zip(?:[ \t]?code)?|plz|cep|kod(?:[ \t]pocztowy)?|code[ \t]postal|c\.p\.|"
    r"postnummer|postnr\.?|posta[ \t]kodu|pin(?:[ \t]?code)?|eircode)(?![\w])"
    # (right after it, or after "... is": "postcode for the permit is", not "zip file has 2024")
    r"(?:[ \t]*[:=#]?|[^\n\d]{0,30}?[ \t](?i:is|was|ist|es|est|é|er|är|jest|to))[ \t]*"
    r"(?P<code>[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d{2}[ \t]?[0-9AC-FHKNPRTV-Y]{4}|\d{5}-\d{3}|\d{5}(?:-\d{4})?"
    r"|\d{2}-\d{3}|\d{4}[ \t]?[A-Z]{2}|\d{3}[ \t]\d{2}|\d{4}-\d{3}|\d{6}|\d{4})(?![\w\-])"
)
_CODE_CUES = ("post", "zip", "plz", "cep", "kod", "code", "c.p.", "postnr", "pin", "eircode")
# A postcode asked for in a chat ("and eircode?") and given as the next line's whole message
# ("cian: D08 VF8H"): the code pattern above, after the next line's speaker.
_CODE_ANSWER = lazy_re(
    r"(?:\[[^\]\n]{1,20}\][ \t]*)?[^\n:\d]{1,30}:[ \t]*"
    r"(?P<code>[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d{2}[ \t]?[0-9AC-FHKNPRTV-Y]{4}|\d{5}-\d{3}|\d{5}(?:-\d{4})?"
    r"|\d{2}-\d{3}|\d{4}[ \t]?[A-Z]{2}|\d{4}-\d{3})[ \t]*[.!]?[ \t]*$",
    re.MULTILINE,
)
_DIGIT = lazy_re(r"\d")
_CO_KEYS = ("#", "no.", "n°", "nº", "nro")
_CJK_OR_HANGUL = re.compile("[\u4e00-\u9fff\uac00-\ud7af]")
_EAST_ASIAN_ANCHORS = ("〒", "省", "市", "縣", "县", "都", "道", "府", "県", "区", "香港", "九龍", "九龙", "澳門", "澳门", "시", "도",
                       "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남",
                       "경북", "경남", "제주")
# A label or verb glued before an address in Chinese or Japanese ("地址浙江省...", "请寄到广东省...").
_EAST_ASIAN_LABEL = lazy_re(r"^.{0,6}?(?:地址|住址|住所|送货地址|收货地址|寄到|送到|发到|寄往|住在)[：:是为]?")


def _typed(parts: list[str]) -> bool:
    return any(_STREET_WORD.search(part) for part in parts)


def _county_at(text: str, anchor: int) -> bool:
    """Whether the town before a postcode is a county after "Co." or "County" ("Co. Roscommon")."""
    from desktop.core.privacy.towns import is_county

    if not text[max(0, anchor - 8) : anchor].rstrip().endswith(("Co.", "County")):
        return False  # (most postcodes: the word before is read first)
    word = _COUNTY_WORD.match(text, anchor, anchor + 20)
    return word is not None and is_county(word.group(0))


_COUNTY_WORD = lazy_re(r"[A-Z][a-z]+")


def street_word(text: str) -> bool:
    """Whether ``text`` holds a street word ("Lane", "Calle", "...straße")."""
    return bool(_STREET_WORD.search(text))


# Words that make a part a building or a landmark, whatever names it holds ("Sai Krupa Apartments").
_BUILDING_WORDS = frozenset({
    "apartments", "apartment", "society", "towers", "tower", "residency", "residence", "enclave", "complex", "cottage",
    "house", "villa", "colony", "mall", "park", "plaza", "court", "lodge", "heights", "estate", "building", "bhavan",
    "nivas", "nilayam", "market", "temple", "church", "mandir", "masjid", "school", "station", "hospital", "near",
    "opp", "behind", "farm", "manor", "hall", "mansions", "gardens", "centre", "center", "block", "phase", "sector",
    "niwas", "niketan", "sadan", "kunj", "chs", "wing", "bungalow", "chawl", "apts", "residences",
})


def _first_name_alone(part: str) -> bool:
    """Whether a part before a street is a person rather than a part of the address: a first name
    alone ("Marco, via Roma 12") or a first name and a surname ("Customer Sharon Kelly, 18 ...")."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.places import is_place_name

    lex = lexicon()
    words = part.split()
    if len(words) == 1:
        return lex.is_first_name(part) and not is_place_name(part)
    if len(words) > 4 or any(ch.isdigit() for ch in part) or _STREET_WORD.search(part) \
            or any(w.casefold().strip(".,") in _BUILDING_WORDS for w in words):
        return False
    return any(lex.is_first_name(a) and b[:1].isupper() and (lex.is_surname(b) or lex.rank(b) > 3000)
               for a, b in zip(words, words[1:], strict=False))


def _street_before(text: str, line_start: int, anchor: int, end: int) -> int | None:
    """Where the address that ends in a postcode at ``anchor`` starts on its line: back over
    comma-separated parts while they look like address parts; None when none has a number (or,
    before a postcode of a shape no count or price has, a street word: "Church Lane")."""
    start = anchor
    pos = anchor
    county = _county_at(text, anchor)  # (a rural Irish address has none: "Cloonfad, Ballyhaunis, Co. Roscommon F35 K2W7")
    while pos > line_start and text[pos - 1] in " \t,":
        pos -= 1  # the comma between the street and the postcode
    parts = 0
    numbered = False
    plain: list[str] = []  # parts without a number (one with a street word does for one: "Church Lane")
    while parts < 6:
        comma = text.rfind(",", line_start, pos)
        part_start = comma + 1 if comma >= 0 else line_start
        part = text[part_start:pos]
        cut = None
        for m in _PART_END.finditer(part):
            cut = m.end()
        if cut is not None:
            part_start += cut
            part = part[cut:]
        stripped = part.strip(" \t-")
        if len(stripped) > 60 and cut is None:  # a long sentence that ends in the street
            part_start = _trim_lead(text, part_start, pos)
            part = text[part_start:pos]
            stripped = part.strip(" \t-")
        if not stripped or len(stripped) > 60 or (parts == 0 and pos == anchor):
            break  # (a postcode glued to the word before it is no address end)
        if _HOUSE_NUMBER.search(stripped) or _LOCALITY_WORD.match(stripped):  # ("Lieu-dit Le Pigeonnier, 31560 ...")
            if not _looks_like_part(stripped):
                part_start = _trim_lead(text, part_start, pos)
                if not _looks_like_part(text[part_start:pos]):
                    break  # a sentence with a number in it, not a street
                cut = 0
            numbered = True
        elif _first_name_alone(text[_trim_lead(text, part_start, pos) : pos].strip()):
            break  # "Ho visto Marco, via Roma 12": the person met, not a part of the address
        elif (stripped[0].islower() and not _UNIT_START.match(stripped)) or not _looks_like_part(stripped):
            trimmed = _trim_lead(text, part_start, pos)
            lead = text[trimmed:pos].strip()
            numbered = numbered or bool(_LOCALITY_WORD.match(lead))  # ("... le colis au Hameau de la Bruyère, 71250 Cluny")
            if not (numbered or county or _typed(plain) or _typed([lead])) or trimmed >= pos or not _looks_like_part(lead) \
                    or not text[trimmed].isupper() or _first_name_alone(lead):
                break  # a sentence, not an address part
            start = trimmed  # "... post it to Rose Cottage, Church Lane, ...": the part after the sentence
            plain.append(lead)  # ("send it to Ballinrobe Road, Claremorris, Co. Mayo F12 YX53": no house number)
            parts += 1
            break
        else:
            plain.append(stripped)
        part = text[part_start:pos]
        start = part_start + (len(part) - len(part.lstrip()))
        parts += 1
        if cut is not None or comma < 0:
            break
        pos = comma
    if not (numbered or (parts >= 2 and _FULL_POSTCODE.search(text, anchor, end) and (county or _typed(plain)))) or start >= anchor:
        return None
    first_end = text.find(",", start, anchor)
    return _trim_lead(text, start, first_end if first_end >= 0 else anchor)


# Postcodes no count or price is written like (or an Indian PIN after its town): "LA22 9SX", "2514 EA", "81-391", "1100-053", "411 19".
_FULL_POSTCODE = lazy_re(r"[AC-FHKNPRTV-Y]\d{2}[ \t]?[0-9AC-FHKNPRTV-Y]{4}(?!\w)|D6W[ \t]?[0-9AC-FHKNPRTV-Y]{4}(?!\w)|[1-9]\d{5}(?!\d)|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|\d{4}[ \t]?[A-Z]{2}(?!\w)|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}[ \t]\d{2}(?!\d)")
# A street word of the English, Romance and glued forms ("Lane", "Calle", "...straße").
_STREET_WORD = lazy_re(
    r"(?i:\b(?:lane|road|street|avenue|close|drive|way|place|terrace|crescent|grove|gardens|row|walk|hill|green|square|"
    r"rue|avenue|chemin|calle|avenida|camino|via|viale|corso|rua|travessa|ulica|ul\.|"
    # (an Indian address names its house and the landmarks near it: "Kottaram House, Near St. Mary's Church")
    r"near|opp\.?|opposite|behind|nagar|colony|layout|enclave|marg|chowk|house|villa|bhavan|nivas|nilayam)(?!\w)|\w(?:straße|strasse|weg|gasse|"
    r"straat|laan|gatan|vägen|vej|gade|veien|katu|tie)\b)"
)
# A place with no street and number: a named locality or farm ("Lieu-dit Les Granges", "Fraz. Pieve").
_LOCALITY_WORD = lazy_re(r"(?i:lieu-dit|lieudit|hameau|le bourg|quartier|località|loc\.|frazione|fraz\.|ortsteil|vereda|sitio|lugar)[ \t]")
_BLOCK_LINE = lazy_re(r"[A-Z0-9][^:@\n]{0,44}")
_TITLE_LINE = lazy_re(r"(?i:mr|mrs|ms|miss|mx|dr|prof|sir|dear|to|attn|fao|herr|frau|m|mme|sr|sra)\.?[ \t]")


def _block_above(text: str, code_start: int, end: int) -> int | None:
    """A postcode alone on its line below the lines of a letterhead ("The Old Forge / Church Lane /
    Little Snoring / Fakenham / NR21 0HZ"): the address starts at the first of up to five short
    lines above it, not at a blank line or a name with a title."""
    line_start = text.rfind("\n", 0, code_start) + 1
    line_end = text.find("\n", end)
    if text[line_start:code_start].strip() or text[end : line_end if line_end >= 0 else len(text)].strip(" \t,."):
        return None
    start = None
    pos = line_start
    for _ in range(5):
        if pos == 0:
            break
        above = text.rfind("\n", 0, pos - 1) + 1
        line = text[above : pos - 1].strip()
        if not line or not _BLOCK_LINE.fullmatch(line) or _TITLE_LINE.match(line):
            break
        start = above + (len(text[above : pos - 1]) - len(text[above : pos - 1].lstrip()))
        pos = above
    return start


def find_address_lines(text: str) -> list[Candidate]:
    from desktop.core.privacy.address_cells import unquoted

    text = unquoted(text)  # (a quoted reply's address block: its "> " marks read as spaces)
    out: list[Candidate] = []
    ends: list[tuple[int, int, bool]] = []
    for m in _POSTCODE_TOWN.finditer(text):
        begin = m.start() - 1 if m.start() and text[m.start() - 1].isupper() else m.start()
        ends.append((begin, m.end(), True))
    postcodes = [m.span() for m in _POSTCODE_AFTER.finditer(text)]
    postcodes += [m.span() for m in _OTHER_POSTCODES.finditer(text)]
    for m in _UK_INWARD.finditer(text):
        outward = _UK_OUTWARD.search(text, max(0, m.start() - 5), m.start())
        if outward:
            postcodes.append((outward.start(), m.end()))
    for code_start, end in postcodes:
        town = _TOWN_BEFORE.search(text, max(0, code_start - 40), code_start)
        if town:
            ends.append((town.start(), end, False))
        else:
            block = _block_above(text, code_start, end)
            if block is not None:
                out.append(Candidate(block, end, "ADDRESS"))
    for anchor, end, postcode_first in ends:
        line_start = text.rfind("\n", 0, anchor) + 1
        start = _street_before(text, line_start, anchor, end)
        if start is None and postcode_first and line_start > 0 and not text[line_start:anchor].strip(" \t"):
            # A letterhead: the street on the line above ("Am Markt 3\n04109 Leipzig").
            above = text.rfind("\n", 0, line_start - 1) + 1
            street = text[above : line_start - 1]
            label = max(street.rfind(":"), street.rfind("："))
            if label >= 0:  # "adres zameldowania: os. Kościuszkowskie 7/22"
                above += label + 1
                street = street[label + 1 :]
            lead = street.strip()
            named = _HOUSE_NUMBER.search(street) or _LOCALITY_WORD.match(lead)  # ("Lieu-dit Les Granges")
            if 0 < len(lead) <= 50 and named and (lead[0].isupper() or _LOW_STREET.match(lead)):
                start = above + (len(street) - len(street.lstrip()))
        if start is not None:
            out.append(Candidate(start, end, "ADDRESS"))
    for a, b in keyword_windows(text, ("No:", "No :", "No "), 40, 130):  # a Turkish address holds "No"
        out += [Candidate(m.start(), m.end(), "ADDRESS") for m in _TR.finditer(text, a, b)]
    lower = lowered(text)  # (one character per character: offsets stay the text's)
    for a, b in keyword_windows(lower, _CODE_CUES, 60, 2):
        out += [Candidate(m.start("code"), m.end("code"), "ADDRESS") for m in _CODE_AFTER_CUE.finditer(text, a, b)]
        line_end = lower.find("\n", a, a + 41)
        if line_end >= 0 and lower.rfind("?", a, line_end) >= 0 and not _DIGIT.search(text, a, line_end):
            said = _CODE_ANSWER.match(text, line_end + 1)
            if said:
                out.append(Candidate(said.start("code"), said.end("code"), "ADDRESS"))
    for a, b in keyword_windows(lower, _CO_KEYS, 30, 30):
        out += [Candidate(m.start(), m.end(), "ADDRESS") for m in _CO_STREET.finditer(text, a, b)]
    out += _plot_addresses(text, lower)
    for a, b in keyword_windows(lower, (" x ", " por "), 30, 30):
        out += [Candidate(m.start(), m.end(), "ADDRESS") for m in _YUCATAN_STREET.finditer(text, a, b)]
    if "〒" in text or _CJK_OR_HANGUL.search(text, 0, 4000):
        # Only around the characters every such address holds (its postcode mark, province,
        # city or prefecture): the match starts at most a few characters before them.
        windows = keyword_windows(text, _EAST_ASIAN_ANCHORS, 120, 16)
        found = {m.span(): m for a, b in windows for m in _EAST_ASIAN.finditer(text, a, b)}
        for m in found.values():
            glued = _EAST_ASIAN_LABEL.match(m.group(0))
            out.append(Candidate(m.start() + (glued.end() if glued else 0), m.end(), "ADDRESS"))
    out += lowercase_addresses(text)
    return drop_firm_addresses(text, widen_addresses(text, out)) if out else out
