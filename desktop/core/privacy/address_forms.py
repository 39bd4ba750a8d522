"""The parts around a found street that belong to the same address, and addresses written in
scripts and orders the street rules do not read.

- before the street: the unit or plot it is in ("Unit 6/44 Beach Street", "Plot 12, Admiralty Way");
- after it: the flat and floor ("app. 3", "3º izda.", "кв. 108", "3号楼502室", "ブリーゼタワー12階"),
  the town with its region and postcode ("Montréal (Québec) H2J 2L3", "邮编201203"), and a
  locality or two ending in a known town ("Lekki Phase 1, Lagos");
- Cyrillic ("г. Екатеринбург, ул. Малышева, д. 51, кв. 108, 620014"), Vietnamese ("Số 18 ngõ 42
  phố Trần Duy Hưng, phường Trung Hòa, quận Cầu Giấy, Hà Nội") and Arabic post boxes ("ص.ب 4821،
  دبي").

Each rule looks only where the characters it starts from occur: most texts hold none of them.
"""

from __future__ import annotations

import re

from desktop.core.privacy.address_asia import asian_addresses
from desktop.core.privacy.address_scripts import more_script_addresses
from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.places import is_place_name
from desktop.core.privacy.text_cache import keyword_windows, text_memo
from desktop.core.privacy.towns import is_town

_UNIT_BEFORE = lazy_re(
    # (a flat named by its floor: "Second Floor Flat, 27 Elmwood Road", "Basement Flat, 4 ...")
    r"(?i:(?:(?:ground|first|second|third|fourth|fifth|top|upper|lower|garden|1st|2nd|3rd|4th)[ \t]+floor|basement|garden|top|attic)[ \t]+)?"
    # (and a South African stand or erf: "stand 1187 ext 2 mabopane", "Erf 2280, Extension 7")
    r"(?i:unit|flat|apt\.?|apartment|plot|stand|erf|suite|shop|villa|house|no\.?|appartement|appartamento|apartamento|wohnung|"
    r"lejlighed|leilighet|lägenhet|mieszkanie|daire)[ \t]*(?:\d{1,5}[A-Za-z]?[ \t]*)?,?[ \t]*$"
)
# (a house, plot or flat before "No. 18", as West African addresses write it: "House No. 18, Nii Adjei Street")
_HOUSE_BEFORE_NO = lazy_re(r"(?i:house|hse|plot|flat|shop|door)[ \t]+$")
_UNIT_GLUED_BEFORE = lazy_re(r"(?i:unit|flat|apt\.?|plot|suite|shop)[ \t]+$")
_UNIT_AFTER = lazy_re(
    # (parts after a comma, or after a dash as Brazilian addresses write them: "500 - Sala 12")
    r"(?:(?:,|[ \t]+[-–](?=[ \t]))?[ \t]*(?:(?i:appt\.?|app\.?|apto\.?|apt\.?|ap\.|bte|bus|lok\.|lgh|daire|d:|kat:?|piso|esc\.?|int\.?|scala|"
    r"suite|unit|flat|floor|fl\.|whg\.?|stiege|stg\.|top|door|tür|tuer|extension(?=[ \t]*\d)|ext\.?(?=[ \t]*\d))[ \t]*[\w/\-]{1,5}\.?"
    # (the flat, block or office words of Latin America, Brazil, France and the Nordics, then a
    # number or a letter: "depto C", "ap 1101", "bloco 3", "bât. C", "sala 1203", "m. 4")
    r"|(?i:depto|dpto|dto|departamento|apartamento|ap|bloco|bloque|torre|casa|sala|conj|cj|oficina|of|local|bât|bat|"
    r"bâtiment|porte|escalier|piano|planta|puerta|pta|level|room|m|lejl|leil|hus|bl\.|sc\.|et\.|sector|block|blk)\.?[ \t]*(?:\d[\w/\-]{0,4}|[A-Z]\d{0,3})(?!\w)"
    # a floor by its ordinal: "2e étage", "2nd floor", "6º andar", "3. sal", "4. krs."
    r"|(?:\d{1,2}(?:e|er|ère|ème|eme|è|nd|rd|th|st|\.)?|(?<=\d[enrt])|(?<=\d(?:er|nd|rd|th|st)))[ \t]?"
    r"(?i:étage|etage|floor|andar|piso|piano|etasje|etg\.|sal|krs\.|kerros)"
    # (7° "C"; and the floor's word after its ordinal: "3º andar", "2.º piso")
    r"|\d{1,2}\.?[ \t]?[ºª°][ \t]?(?:(?i:izquierda|derecha|izda|izq|dcha|der|esq|dto|dta|frente|centro|andar|piso|planta)\.?|[A-Z]\b|[\"“][A-Z][\"”])?"
    r"|(?<=[ºª°])[ \t]?(?:[\"“][A-Z][\"”]|(?i:andar|piso|planta|esq|dto|dta|izq|izda|dcha|frente)\.?(?!\w))"
    r"|[ \t]+(?i:izquierda|derecha|izda|izq|dcha|esq|dto)\.?"
    # a Portuguese ground floor and a Swedish floor: "r/c esq.", "3 tr"
    r"|(?i:r/c|rc)(?:[ \t]+(?i:esq|dto|dta|frente)\.?)?|\d{1,2}[ \t]?(?i:tr|trappor|trappa)\.?(?!\w)"
    r"|(?:кв|оф|корп|стр|д)\.[ \t]*\d{1,4}[а-яА-Я]?"
    r"|[ \t]?[\u30a0-\u30ff\u4e00-\u9fffA-Za-z]{0,20}\d{1,3}(?:階|F)"
    # a Japanese building and its room: "栄ハイツ702", "メゾン新宿305号室"
    r"|[ \t　]?[\u30a0-\u30ff\u4e00-\u9fff]{1,15}\d{2,4}(?:号室)?(?![\d\-])"
    r"|\d{1,4}号楼(?:\d{1,3}单元)?(?:\d{1,5}室)?|\d{1,5}室"
    r"|(?:\d{1,2}\.[ \t]?)?(?:OG|EG|DG|UG|Obergeschoss|Etage|Stock)(?:[ \t]+(?:links|rechts|li\.|re\.|Mitte))?"
    # Spanish floors by name and a Danish ground floor: "bajo B", "ático", "st. tv."
    r"|(?i:bajo|entresuelo|entlo\.|ático|atico|principal|pral\.|sótano)(?:[ \t]+[A-Z](?!\w))?"
    # (a Hungarian ground floor and its door, and a floor and door after the house number's dot: "fsz. 3.", "7. 3/2")
    r"|fsz\.?(?:[ \t]*\d{1,3}\.?)?|(?:(?<=\d\.)|(?<=\d)\.)[ \t](?:\d{1,2}|[IVX]{1,4})/\d{1,3}\.?(?![\d/])"
    r"|st\.(?:[ \t]?(?:th|tv|mf)\.?)?|\d{1,2}\.[ \t]?(?:th|tv|mf)\.?"
    # a Mexican colonia and postcode: "Col. Centro", "colonia Centro", "C.P. 76000"
    r"|[ \t]+H0\d{3}(?!\w)|[ \t]+[A-H][ \t]\d{1,3}(?![\w/.\-])"
    # (and an Indonesian neighbourhood, village and district: "RT 03/RW 05", "Kel. Sukamaju", "Kec. Coblong")
    r"|(?:RT|RW)[ \t]?\d{1,3}(?:[ \t]?/[ \t]?(?:RW[ \t]?)?\d{1,3})?(?!\w)"
    r"|(?:Col\.|Colonia|colonia|col\.|Fracc\.|Bo\.|Barrio|Alc\.|Alcaldía|Del\.|Delegación|Mpio\.|Municipio|Kel\.|Kelurahan|Kec\.|Kecamatan|Desa)[ \t]+[A-ZÀ-Ö][\w'’\-]*(?:[ \t](?:de|del|la|las|los|[A-ZÀ-Ö][\w'’\-]*)){0,3}"
    r"|(?i:c\.[ \t]?p\.|cp|cep)[ \t]*\d{5}(?:-\d{3})?(?!\d)|\d{5}-\d{3}(?![\d\-])"
    # an Argentine postcode in brackets after the town: "CABA (C1195AAS)"
    r"|[ \t]*\([A-Z]\d{4}[A-Z]{3}\)))+"
)
_POSTCODE_TOWN = lazy_re(
    r"(?:[,，][ \t]*|[ \t]+)(?:"
    r"(?P<town>[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t\-][A-ZÀ-ÖØ-Þ][\w'’\-]+){0,2})[ \t]*(?:\([^)\n]{2,24}\))?,?[ \t]+"
    r"(?P<code>[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{4,5}(?:-\d{3,4})?)"  # "Montréal (Québec) H2J 2L3", "Bilbao 48011"
    # "48011 Bilbao", and a Danish postal district's letter: "2100 København Ø"
    r"|(?:\d{4,5}|\d{2}-\d{3}|\d{4}-\d{3}|[A-Z]\d{4}[A-Z]{3})[ \t]+[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t\-][A-ZÀ-ÖØ-Þ][\w'’\-]+){0,2}(?:[ \t][A-ZÆØÅ](?!\w))?"
    r"|(?:邮编|郵遞區號|邮政编码)[:：]?[ \t]*\d{6}|\d{6}(?!\d))(?![\w])"
)
# (a Brazilian town with its state: "Salvador - BA", "Campinas/SP"; parts after dashes: "- Centro -
# Rio de Janeiro/RJ")
_LOCALITIES = lazy_re(
    r"(?:(?:,[ \t]*(?:(?:off|opp\.?|opposite|near|behind|beside|jud\.|județul|judetul)[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’\-]+|[ \t]+[-–][ \t]+[A-ZÀ-ÖØ-Þ][a-zà-ÿ][\w'’\-]*)"
    r"(?:[ \t](?:(?:de|do|da|dos|das|del|la|le)[ \t])?[A-ZÀ-ÖØ-Þ0-9][\w'’\-]*){0,2}){1,3}"
    r"(?P<state>[ \t]*[-–/][ \t]*[A-Z]{2}(?!\w))?"
    r"(?=[ \t]*(?:[.,;?!\n]|$|[ \t][a-z]|[-–][ \t]|\([A-Z]\d{4}[A-Z]{3}\)))"
)

# (or the town alone before the street: "Київ, просп. Перемоги, 37"; Bulgarian "гр. Пловдив")
_CYR_TOWN = r"(?:(?:г|гр|м|с|пос|смт|мкр|р-н)\.[ \t]*)?[А-ЯЁІЇЄҐ][а-яёіїєґʼ'\-]+"
# (a region or district before the town: "Московская обл., г. Химки, мкр. Сходня, ул. ...")
_CYR_REGION = r"[А-ЯЁІЇЄҐ][а-яёіїєґʼ'\-]+[ \t]+(?:обл|р-н|край)\.?"
_CYR_STREET = (
    # (a Bulgarian street's name in quotes: "ул. „Шипка“ 34")
    # ("пр-т" may go without its dot: "пр-т Ленина, 50")
    # (and a Bulgarian housing estate, its block after it: "ж.к. Младост 1, бл. 31")
    r"(?:(?:ул|вул|пр|просп|пр-т|пер|бул|бульв|ш|наб|пл|ж\.[ \t]?к)\.|пр-т)[ \t]*[„“«\"]?[А-ЯЁІЇЄҐ0-9][а-яёіїєґʼ'\-]*(?:[ \t][А-ЯЁІЇЄҐ][а-яёіїєґʼ'\-]+)?[“”»\"]?"
    r",?[ \t]*(?:(?:д|буд)\.[ \t]*)?\d{1,4}[а-яА-Я]?(?:[/\-]\d{1,4})?"
)
_CYRILLIC = lazy_re(
    rf"(?:\d{{6}},[ \t]*)?(?:{_CYR_REGION},[ \t]*)?(?:{_CYR_TOWN},[ \t]*){{0,2}}{_CYR_STREET}"
    # (a Bulgarian floor, flat and entrance: "ет. 2, ап. 5"; the town with its Ukrainian "м.", a
    # Bulgarian postcode after the town: "м. Львів, 79007", "София 1504")
    r"(?:,?[ \t]*(?:кв|оф|корп|стр|ет|ап|вх|бл|під)\.?[ \t]*(?:\d{1,4}[а-яА-Я]?|[А-Я](?![а-я])))*"
    r"(?:,[ \t]*(?:\d{4}[ \t]+)?(?:(?:гр|[гм])\.[ \t]*)?[А-ЯЁІЇЄҐ][а-яёіїєґʼ'\-]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґʼ'\-]+)?(?:[ \t]\d{4}(?!\d))?(?=[ \t]*(?:[,;]|\n|$|\.)))?(?:,[ \t]*\d{5,6}(?!\d))?"
)
_VI_WORDS = r"[A-ZĐÀ-Ỹ0-9][\wÀ-ỹ]*(?:[ \t][A-ZĐÀ-Ỹ0-9][\wÀ-ỹ]*){0,4}"  # (a district may be a number: "quận 1")
# (an abbreviation may be glued to what it names: "Q.1", "TP.HCM")
_VI_PART = rf"(?:,[ \t]*(?i:phường|p\.|quận|q\.|huyện|xã|thị xã|thành phố|tp\.|tỉnh)(?:[ \t]+|(?<=\.)){_VI_WORDS})"
_VIETNAMESE = lazy_re(
    rf"(?:(?i:số)[ \t]+)?\d{{1,4}}[A-Z]?(?:/\d{{1,4}})?[ \t]+(?:(?i:ngõ|ngách|hẻm|kiệt)[ \t]+\d{{1,4}}(?:/\d{{1,4}})?[ \t]+)?"
    # (the street's word may be left out when a ward or district follows: "123/4 Lê Văn Sỹ, Phường 13, Quận 3")
    rf"(?:(?i:phố|đường|đ\.)[ \t]+{_VI_WORDS}{_VI_PART}{{0,4}}|{_VI_WORDS}{_VI_PART}{{1,4}})"
    # (the city may end the clause or the sentence go on in lowercase: "..., Hà Nội giúp anh")
    rf"(?:,[ \t]*(?:(?i:tp|thành phố)\.?[ \t]*)?{_VI_WORDS}(?=[ \t]*(?:[.,;!?\n]|$)|[ \t]+[a-zà-ỹđ]))?"
)
_ARABIC_BOX = lazy_re(r"ص\.?[ \t]?ب\.?[ \t]*\d{1,6}(?:[،,][ \t]*[\u0600-\u06ff]+(?:[ \t][\u0600-\u06ff]+){0,3}){0,3}")


def widen_addresses(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each address stretched over its unit before and its flat, town and
    postcode after, as far as they are written next to it."""
    # (the street and the postcode rules find many of the same addresses: each stretch is
    # widened once while the text is checked)
    spans: dict[tuple[int, int], tuple[int, int]] = text_memo(text).setdefault("address_forms.widen", {})
    out = []
    for c in found:
        if c.type == "ADDRESS":
            span = spans.get((c.start, c.end))
            if span is None:
                wide = _widen(text, c)
                span = spans[(c.start, c.end)] = (wide.start, wide.end)
            c = c if span == (c.start, c.end) else c._replace(start=span[0], end=span[1])
        out.append(c)
    return out


# A unit word the street rule took as the street's last word ("37 bis avenue Jean-Jaurès, appt"):
# the unit rule below reads it with its number.
# (and a South African township's extension: "Stand 88, Extension 12, Mamelodi East")
_UNIT_WORD_AT_END = lazy_re(r"[, \t]+(?i:appt|app|apt|apto|flat|unit|suite|bte|bus|ext|extension)\.?$")


# A line above a street that names the building or whom the post goes through ("Résidence Les
# Tilleuls, bât. C", "c/o Familie Schreiber", "Edifício Itália, bloco 2", "Rosebank Cottage").
_BUILDING_LINE = lazy_re(
    r"[ \t]*(?:(?i:résidence|residence|residencial|immeuble|bâtiment|bât\.|building|bldg\.?|edificio|edifício|edif\.|"
    r"torre|bloco|bloque|condominio|condomínio|residenza|palazzo|palazzina|wohnanlage|c/o|care of|chez|a/c|"
    r"apartment|flat|unit|suite|lejlighed)[ \t][^\n:@]{1,44}"
    r"|(?i:hinterhaus|vorderhaus|seitenflügel|gartenhaus|quergebäude|dachgeschoss|souterrain|ground floor|basement)(?:[ \t,][^\n:@]{1,30})?"
    r"|[A-Z][^\n:@]{0,40}[ \t](?:House|Cottage|Court|Lodge|Mansions|Apartments|Heights|Residency|Farm|Barn|Mill))[ \t]*"
)


def _building_above(text: str, start: int) -> int:
    """Where an address that starts a line begins when the line above names its building."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text[line_start:start].strip():
        return start
    above = text.rfind("\n", 0, line_start - 1) + 1
    m = _BUILDING_LINE.fullmatch(text, above, line_start - 1)
    return above + (len(m.group(0)) - len(m.group(0).lstrip())) if m else start


# Before a street on its line: who the post goes through ("c/o Andersson, Vasagatan 7") and a
# town written first, as Polish and Russian addresses are ("Kraków, ul. Floriańska 10/3").
_CARE_OF_BEFORE = lazy_re(r"(?i:c/o|a/c|care of|chez)[ \t]+[^\n,:;]{1,40},[ \t]*$")
_TOWN_FIRST = lazy_re(
    r"(?<![\w\-])(?:(?:\d{4}[ \t]?[A-Z]{2}(?!\w)|\d{4,5}|\d{2}-\d{3}|\d{3}[ \t]\d{2})[ \t]+)?"  # ("80331 München, Sendlinger Str. 7")
    r"([A-ZÀ-ÖØ-ÞĀ-ž][\w'’\-]+(?:[ \t\-][A-ZÀ-ÖØ-ÞĀ-ž][\w'’\-]+)?),[ \t]*$"
)


def _lead_before(text: str, start: int) -> int:
    line_start = text.rfind("\n", max(0, start - 60), start) + 1
    if not text[max(line_start, start - 60) : start].rstrip(" \t").endswith(","):
        return start  # (both end in a comma right before the street: most addresses have none)
    m = _CARE_OF_BEFORE.search(text, max(line_start, start - 60), start)
    if m:
        return m.start()
    m = _TOWN_FIRST.search(text, max(line_start, start - 40), start)
    if m and text[start : start + 1].isalpha() and is_town(m.group(1)) and not lexicon().is_first_name(m.group(1).split()[0]):
        return m.start()
    return start


def _widen(text: str, cand: Candidate) -> Candidate:
    start, end = cand.start, cand.end
    if "\n" in text[start:end] or text[end : end + 1] in ("", "\n"):
        start = _building_above(text, start)  # (an address block, not a street in a sentence)
    cut = _UNIT_WORD_AT_END.search(text, max(start, end - 12), end)
    if cut and text[end : end + 1] in " \t" and text[end + 1 : end + 2].isdigit():
        end = cut.start()
    before = text[max(0, start - 24) : start]
    m = _UNIT_BEFORE.search(before) if text[start : start + 1].isdigit() else None
    if m and (m.start() == 0 or not before[m.start() - 1].isalnum()):
        start -= len(before) - m.start()
    if text[start : start + 2].casefold() == "no":
        house = _HOUSE_BEFORE_NO.search(text, max(0, start - 8), start)
        start = house.start() if house and not text[house.start() - 1 : house.start()].isalnum() else start
    start = _lead_before(text, start)
    street_end = end
    for _ in range(3):
        m = _UNIT_AFTER.match(text, end) or _POSTCODE_TOWN.match(text, end)
        if not m or m.end() == end or not _town_and_code(m):
            break
        end = m.end()
    # ("Centro, 97000 Mérida": a district read as the town before the code, the town after it)
    after_code = _TOWN_AFTER_CODE.match(text, end) if end > street_end and text[end - 1 : end].isdigit() else None
    if after_code and is_town(after_code.group(1)) and not lexicon().is_first_name(after_code.group(1).split()[0]):
        end = after_code.end()
    m = _LOCALITIES.match(text, end)
    if m:
        last = _PART_SEPARATOR.split(text[m.start() : m.start("state") if m.group("state") else m.end()])[-1].strip()
        county = _PLACE_LEAD.match(last)  # (the county's word says what the part is: "jud. Bihor")
        if county or is_place_name(last) or lexicon().is_not_name(last) or _listed_town(text, m, last):
            end = m.end()
        elif _STATE_ABBREVIATION.fullmatch(last) and not m.group("state"):
            # "Querétaro, Qro.": a town, then its state shortened
            town = text[m.start() : m.end()].rsplit(",", 2)
            if len(town) == 3 and _listed_town(text, m, town[1].strip()):
                end = m.end()
        after = _UNIT_AFTER.match(text, end) or _SIX_DIGITS.match(text, end)  # the postcode after the town: "Salvador - BA, 40080-001"
        end = after.end() if after else end
    end = next_lines(text, end)
    return cand._replace(start=start, end=end) if (start, end) != (cand.start, cand.end) else cand


_NL_TOWN = r"(?:(?:г|м)\.[ \t]*)?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’\-]+(?:[ \t\-/][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ\d][\w'’\-]*){0,3}"
# A block's next line that only holds the postcode and town, the town, province and postcode, or a
# colonia or postcode line ("Montréal (Québec) H2L 1J8", "г. Самара, 443001", "Col. Del Valle"): it
# joins an address whose line ends before it, read after the unit the widening added.
_NEXT_LINE = lazy_re(
    r"\n[ \t]*(?:(?:\d{4,5}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}[ \t]\d{2}|\d{5}-\d{3})[ \t]+" + _NL_TOWN
    + r"|" + _NL_TOWN + r"[ \t]*(?:\([^)\n]{2,24}\)|[A-Z]{2,3})?,?[ \t]+(?:[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{4,6}(?:-\d{3,4})?)"
    r"|(?:Col\.|Colonia|C\.[ \t]?P\.|CEP)[ \t]+[^\n]{1,50}"
    # (a Brazilian district, town and state: "Jardim América - Goiânia/GO")
    r"|" + _NL_TOWN + r"[ \t]+[-–][ \t]+" + _NL_TOWN + r"[ \t]*[/\-–][ \t]*[A-Z]{2})[ \t]*(?=\n|$)"
)


def next_lines(text: str, end: int) -> int:
    """``end`` moved over the postcode, town or colonia lines right under an address's last line."""
    for _ in range(3):
        m = _NEXT_LINE.match(text, end) if text[end : end + 1] == "\n" else None
        if m is None:
            break
        end = m.end()
    return end


_PART_SEPARATOR = lazy_re(r",|[ \t]+[-–][ \t]+")
_TOWN_AFTER_CODE = lazy_re(r"[ \t]+([A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t\-][A-ZÀ-ÖØ-Þ][\w'’\-]+){0,2})")
_PLACE_LEAD = lazy_re(r"^(?i:jud\.|județul|judetul)[ \t]+")
_SIX_DIGITS = lazy_re(r",[ \t]*\d{6}(?![\w\-])")  # (a Romanian postcode after the county: ", jud. Cluj, 400083")
_STATE_ABBREVIATION = lazy_re(r"[A-Z][a-z]{1,3}|[A-Z]{2,3}")


def _listed_town(text: str, m: re.Match[str], last: str) -> bool:
    """A listed town that is also a first name ("Salvador", "Marco") ends the address only with
    its state or at the end of a line: "Via Roma 3, Marco and Lisa will sign" lists people."""
    if not is_town(last):
        return False
    if m.group("state") or not lexicon().is_first_name(last.split()[0]):
        return True
    return text[m.end() : m.end() + 1] in ("", "\n", ".")


def _town_and_code(m: re.Match[str]) -> bool:
    """A town then a number is a town and its postcode when the town is known or the number has
    a postcode's own shape ("Bilbao 48011", "Montréal H2J 2L3"), not "Termin 2025"."""
    if "town" not in m.re.groupindex or not m.group("town"):
        return True
    code = m.group("code")
    return is_place_name(m.group("town").split()[0]) or (len(code) != 4 and not code.isdigit()) or len(code) == 5


_CYR_KEYS = ("ж.к.", "ж. к.", "ул.", "вул.", "пр.", "пер.", "бул.", "бульв.", "просп.", "пр-т", "наб.", "пл.", "ш.")
_VI_KEYS = ("phố", "đường", "Phố", "Đường", "đ.", "phường", "Phường", "quận", "Quận", ", P.", ", Q.", "TP.")


def script_addresses(text: str) -> list[Candidate]:
    """Addresses in Cyrillic, Vietnamese and Arabic forms (Greek, Hebrew and Arabic streets in
    ``address_scripts``): each rule only around the street
    words it needs (a town and a postcode may stand up to 40 characters before them)."""
    found: dict[tuple[int, int], None] = {}
    for rule, keys in ((_CYRILLIC, _CYR_KEYS), (_VIETNAMESE, _VI_KEYS), (_ARABIC_BOX, ("ص.ب", "ص. ب", "ص ب"))):
        for a, b in keyword_windows(text, keys, 160, 80):
            found.update(((m.start(), next_lines(text, m.end())), None) for m in rule.finditer(text, a, b))
    return [Candidate(a, b, "ADDRESS") for a, b in found] + more_script_addresses(text) + asian_addresses(text)
