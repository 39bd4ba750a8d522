"""A firm's address is no one's: the street of a letterhead, an invoice's issuer or a footer,
or of a venue named just before it (a restaurant, a hotel, a theatre).

An address is a firm's when the words that own it say so on its own line (or, for an address
that starts its line, a register number or phrase on the line above it): a legal form ("GmbH", "Sp. z o.o.", "Pty Ltd",
"S.A. de C.V."), a company register or VAT number beside it ("USt-IdNr.", "P.IVA", "NIP", "ABN"),
or a phrase that presents it as the business's ("registered office", "Geschäftsadresse", "siège
social"). Only these: a shop or clinic word alone is not enough, and a person's address written
next to their employer's name stays hidden.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from desktop.core.privacy.address_listed_firms import at_a_listed_firm
from desktop.core.privacy.address_meeting_points import at_a_meeting_point
from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re, lazy_skippable
from desktop.core.privacy.text_cache import text_memo
from desktop.core.privacy.word_lists import derived, word_list

_LEGAL_FORMS = (
    r"GmbH|mbH|AG|KG|OHG|UG|GbR|e\.K\.|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|PLC|plc|Inc\.?|Corp\.?|Co\.(?![ \t]+[A-Z][a-z])|Pty|Pvt|"
    r"S\.A\.(?:[ \t]de[ \t]C\.V\.)?|S\.L\.U?\.?|S\.[Rr]\.[Ll]\.|[Ss]\.r\.l\.?|[Ss]rl|SRL|S\.p\.A\.|SpA|[Ss]\.?n\.?c\.|SAS|SARL|EURL|"
    r"B\.V\.|BV|N\.V\.|BVBA|SPRL|A/S|ApS|ASA|Oyj?|[Ss]p\.[ \t]?z[ \t]?o\.[ \t]?o\.|Ltda\.?|EIRELI|"
    r"A\.Ş\.|Şti\.|K\.K\.|Kft\.?|s\.r\.o\.|株式会社|有限会社|有限公司|股份有限公司"
)
# (each with its number after it: "btw" alone is also "by the way", "rea" a word)
_REGISTER_WORDS = (
    r"ust-?id(?:-?nr)?\.?|vat(?:[ \t]?(?:no|reg|number))?|p\.[ \t]?iva|partita[ \t]iva|nip|abn|acn|cnpj|siret|siren|"
    r"kvk|btw|cif|gstin|org\.?[ \t]?nr|cvr|y-tunnus|rea|hrb|hra|mersis|vergi[ \t]no|company[ \t](?:no|number|reg)"
)
_REGISTER_CUES = rf"(?i:{_REGISTER_WORDS})(?=[^\n\d]{{0,12}}\d)"
# (a record's key naming the firm's site: "gudang:", "[magazzino]" is not one, "warehouse": {...})
_SITE_KEYS = ("warehouse", "lager", "magazzino", "magazijn", "entrepôt", "almacén", "armazém", "gudang", "depot", "dépôt",
              "sklad", "magazyn", "varasto", "склад")
_PRESENTED_WORDS = (
    r"public address|registered (?:office|address)|business address|head office|company address|impressum|"
    r"geschäftsadresse|firmensitz|firmenadresse|siège social|adresse de la société|sede legale|sede operativa|"
    r"domicilio social|sede social|endereço comercial|vestigingsadres|adres siedziby|siedziba firmy|"
    r"forretningsadresse|företagets adress|"
    # an office's address given as such, in the team's languages
    r"office address|dirección pública|dirección de (?:la|nuestra) oficina|nuestra oficina|"
    r"adresse publique|adresse du bureau|notre bureau|büroadresse|büro-adresse|unsere büros?|indirizzo (?:pubblico|dell'ufficio)|"
    r"kantooradres|ons kantoor|endereço (?:público|do escritório)|nosso escritório|adres biura|kontorsadress|kontoradresse|"
    r"toimiston osoite|ofis adresi|şirket adresi|adresa kanceláře|sídlo firmy|"
    # (and in the other scripts: "המשרד שלנו", "наш офис", "το γραφείο μας", "مكتبنا")
    r"המשרד שלנו|המשרדים שלנו|наш офис|наш офіс|нашият офис|το γραφείο μας|τα γραφεία μας|مكتبنا|مقر الشركة|"
    # a shop inviting its customers ("visit our store at", "besuchen Sie uns in")
    r"visit us at|find us at|visit our (?:store|shop|showroom)|our (?:store|shop|showroom) (?:is )?at|besuchen sie uns|"
    r"unser (?:laden|geschäft)|notre magasin|nuestra tienda|il nostro negozio|onze winkel|nossa loja|"
    # the firm's own site (a warehouse, depot, branch or pick-up point) said to be its, or a
    # record's key naming one ("Notre dépôt :", "Unsere Filiale in der ...", "gudang:", "bodega central")
    r"our (?:warehouse|depot|workshop)|unser(?:e|em)? (?:lager|zentrallager|filiale|werk|standort)|"
    r"notre (?:dépôt|entrepôt|agence|atelier)|nuestr[ao] (?:bodega|almacén|sucursal)|bodega central|"
    r"il nostro (?:magazzino|deposito)|la nostra (?:sede|filiale)|ons (?:magazijn|depot|filiaal)|nosso (?:armazém|depósito)|"
    r"nossa filial|vårt lager|vores lager|meidän varasto|toimistomme osoite|nasz magazyn|náš sklad|şube adresimiz|"
    r"наш склад|gudang kami|"
    + "".join(rf"{site}[\"']?[ \t]*[:=]|" for site in _SITE_KEYS) +
    # a head office or branch in Japanese, Chinese and Korean ("本社(〒100-0005 東京都...)")
    r"本社|本店|支社|支店|営業所|总部|总公司|본사|지점"
)
_PRESENTED = rf"(?i:{_PRESENTED_WORDS})"
_REGISTER_AFTER = lazy_re(rf"(?<![\w])(?:{_REGISTER_CUES})(?![\w])")
_PRESENTED_RE = lazy_skippable(rf"(?i)(?:{_PRESENTED_WORDS})")  # (_PRESENTED, the engine skipping to its words' first letters)
_LEGAL_RE = lazy_re(rf"(?<![\w.])(?:{_LEGAL_FORMS})(?![\w])")
_SEPARATORS = lazy_re(r"[\s,|·•–—\-:;]{0,5}")
_SENTENCE_END = lazy_re(r"[.!?](?:[ \t]|$)")
# The firm's floor or suite between its legal form and its street: "Pty Ltd, Level 9, 180 Lonsdale Street".
_FLOOR_BETWEEN = lazy_re(r"[\s,|·•–—\-:;]{0,5}(?i:level|suite|floor|etage|stock|piso|planta|piano|unit)[ \t]*\w{1,4}[\s,|·•–—\-:;]{1,5}")


_VENUE_WORDS = (
    r"Restaurant|Ristorante|Trattoria|Osteria|Pizzeria|Brasserie|Bistro|Café|Cafe|Pub|Brauhaus|Gasthaus|Gasthof|Hotel|"
    r"Ballroom|Theatre|Theater|Cinema|Kino|Museum|Stadium|Arena|Palacio de Congresos|Palais des Congrès|Kongresszentrum|"
    # (the same in the team's other languages, and a grill or tavern ending the venue's name)
    r"Restaurante|Restauracja|Restauracji|Restauracja|Taverna|Tavern|Grill|Grille|Steakhouse|Auberge|Albergo|Hostal|"
    r"Musée|Museo|Museu|Muzeum|Múzeum|Teatro|Théâtre|Teatr|Teatrze|Divadlo|Színház|Cine|Cinéma"
)
# Trade-fair grounds ("padiglione 4, stand B12, Fiera Milano, Strada Statale del Sempione 28").
_FAIRS = r"Fiera|Messe|Feria|Foire|Beurs|Targi|Fira|Fiere|Expo|Exhibition Cent(?:re|er)"


# Town halls and the hotel chains met for offsites and conferences: their addresses are public.
_PUBLIC_BUILDINGS = (
    r"Rathaus|Town Hall|City Hall|Guildhall|Mairie|Hôtel de Ville|Ayuntamiento|Municipio|Stadhuis|Gemeentehuis|Ratusz|"
    r"Radnice|Rådhuset|Rådhus|Raatihuone|Városháza|Belediye|Câmara Municipal|Prefeitura|Primăria"
)
_HOTEL_CHAINS = (
    r"Novotel|Ibis|Mercure|Sofitel|Pullman|Hilton|Marriott|Sheraton|Radisson|Holiday Inn|Crowne Plaza|Hyatt|Premier Inn|"
    r"Travelodge|Scandic|Clarion|Quality Hotel|Thon|Sokos|Motel One|Meliá|NH Hotel|Best Western|Steigenberger|Maritim|Leonardo"
)


# A venue named just before the address, in the same clause: "the party is at The Grand Ballroom,
# 1200 Main St", "im Restaurant Zum Löwen statt, Marktstraße 10".
# (named: its word capitalised as part of the name; "the restaurant is at ..." names none)
_VENUE_BEFORE = lazy_re(
    r"(?<!\w)(?:Restaurant|Ristorante|Trattoria|Osteria|Pizzeria|Brasserie|Bistro|Café|Cafe|Pub|Brauhaus|Gasthaus|"
    r"Gasthof|Hotel|Ballroom|Theatre|Theater|Cinema|Kino|Museum|Stadium|Arena|Conference Cent(?:re|er)|"
    r"Convention Cent(?:re|er)|Messe|Kongresszentrum|Congress Cent(?:re|er)|Palais des Congrès|Palacio de Congresos|"
    rf"{_PUBLIC_BUILDINGS}|{_HOTEL_CHAINS}|{_FAIRS}|{_VENUE_WORDS}"
    # (a venue's word in lowercase before its capitalised name: "w hotelu Novotel", "på hotell Birger")
    r"|(?:hotel|hotelu|hotell|hotellet|restaurant|restauracji|restauracja|restaurante|ristorante|teatro|teatrze)[ \t]+[A-Z])"
    r"(?!\w)[^\n.;:!?]{0,40}$"
)
# The same venue as the first part of the address found ("Rathaus, Marktplatz 1, ...").
_VENUE_FIRST = lazy_re(
    rf"(?<!\w)(?:{_PUBLIC_BUILDINGS}|{_HOTEL_CHAINS}|{_VENUE_WORDS}|{_FAIRS})(?!\w)[^\n,;:]{{0,40}},"
)


# Words that may own an address, as tokens (a line is searched with the patterns above only when
# one of them is on it: most lines with an address hold none, and the patterns are slow to scan).
_LEGAL_TOKENS = frozenset(
    [
        "GmbH", "mbH", "AG", "KG", "OHG", "UG", "GbR", "e.K", "Ltd", "Limited", "LLC", "L.L.C", "LLP", "PLC",
        "plc", "Inc", "Corp", "Co", "Pty", "Pvt", "S.A", "S.L", "S.L.U", "S.R.L", "S.r.l", "s.r.l", "Srl",
        "srl", "SRL", "S.p.A", "SpA", "snc", "s.n.c", "Snc", "S.n.c", "SAS", "SARL", "EURL", "B.V", "BV", "N.V",
        "BVBA", "SPRL", "A/S", "ApS", "ASA", "Oy", "Oyj", "Sp", "sp", "o.o", "Ltda", "EIRELI", "A.Ş", "Şti",
        "K.K", "Kft", "s.r.o",
    ]
)
_CUE_TOKENS = frozenset(
    [
        "ust-id", "ust-idnr", "ust-id-nr", "ustid", "ustidnr", "vat", "p", "p.iva", "piva", "partita", "nip", "abn", "acn",
        "cnpj", "siret", "siren", "kvk", "btw", "cif", "gstin", "org.nr", "org", "orgnr", "cvr", "y-tunnus",
        "rea", "hrb", "hra", "mersis", "vergi", "company", "public", "registered", "business", "head",
        "impressum", "geschäftsadresse", "firmensitz", "firmenadresse", "siège", "adresse", "sede", "domicilio",
        "endereço", "vestigingsadres", "adres", "siedziba", "forretningsadresse", "företagets",
        "office", "our", "dirección", "nuestra", "notre", "büroadresse", "büro-adresse", "unsere", "indirizzo",
        "kantooradres", "ons", "nosso", "kontorsadress", "kontoradresse", "toimiston", "ofis", "şirket", "adresa", "sídlo",
        "visit", "find", "besuchen", "unser", "nuestra", "il", "onze", "nossa",
        "unsere", "unserem", "nuestro", "la", "vårt", "vores", "meidän", "toimistomme", "nasz", "náš", "adresimiz", "bodega",
        "warehouse", "lager", "magazzino", "magazijn", "entrepôt", "almacén", "armazém", "gudang", "depot", "dépôt", "sklad",
        "magazyn", "varasto", "склад",
        "המשרד", "המשרדים", "наш", "нашият", "γραφείο", "γραφεία", "مكتبنا", "مقر",
    ]
)
_CJK_FORMS = ("株式会社", "有限会社", "有限公司")
_CJK_OFFICES = ("本社", "本店", "支社", "支店", "営業所", "总部", "总公司", "본사", "지점")
_VENUE_TOKENS = frozenset(
    [
        "Restaurant", "Ristorante", "Trattoria", "Osteria", "Pizzeria", "Brasserie", "Bistro", "Café", "Cafe",
        "Pub", "Brauhaus", "Gasthaus", "Gasthof", "Hotel", "Ballroom", "Theatre", "Theater", "Cinema", "Kino",
        "Museum", "Stadium", "Arena", "Conference", "Convention", "Messe", "Kongresszentrum", "Congress", "Palais", "Palacio",
        "hotel", "hotelu", "hotell", "hotellet", "restaurant", "restauracji", "restauracja", "restaurante", "ristorante",
        "teatro", "teatrze", "Rathaus", "Town", "City", "Guildhall", "Mairie", "Hôtel", "Ayuntamiento", "Municipio",
        "Stadhuis", "Gemeentehuis", "Ratusz", "Radnice", "Rådhuset", "Rådhus", "Raatihuone", "Városháza", "Belediye",
        "Câmara", "Prefeitura", "Primăria", "Novotel", "Ibis", "Mercure", "Sofitel", "Pullman", "Hilton", "Marriott",
        "Sheraton", "Radisson", "Holiday", "Crowne", "Hyatt", "Premier", "Travelodge", "Scandic", "Clarion", "Quality",
        "Thon", "Sokos", "Motel", "Meliá", "NH", "Best", "Steigenberger", "Maritim", "Leonardo",
        "Fiera", "Feria", "Foire", "Beurs", "Targi", "Fira", "Fiere", "Expo", "Exhibition",
        "Restaurante", "Restauracja", "Restauracji", "Taverna", "Tavern", "Grill", "Grille", "Steakhouse", "Auberge",
        "Albergo", "Hostal", "Musée", "Museo", "Museu", "Muzeum", "Múzeum", "Teatro", "Théâtre", "Teatr", "Teatrze",
        "Divadlo", "Színház", "Cine", "Cinéma",
    ]
)
_TOKEN = lazy_re(r"[^\s,|·•–—;:()]+")
# A venue in Japanese, Chinese and Korean, written without spaces: "会場は東京ビッグサイト東ホール（東京都...）".
_CJK_VENUES = ("会場", "ホール", "ホテル", "会館", "会議場", "会场", "酒店", "会议中心", "展览中心", "행사장", "호텔", "컨벤션", "전시장")
_CJK_VENUE_BEFORE = lazy_re(r"(?:" + "|".join(_CJK_VENUES) + r")[^\n。．!?]{0,30}$")


def _hints(text: str, a: int, b: int) -> tuple[bool, bool]:
    """Whether the lines ``a:b`` hold a word that may own an address, and a venue's word."""
    lines = text[a:b]
    tokens = {t.rstrip(".").strip("\"'[]{}=") for t in _TOKEN.findall(lines)}  # (each distinct token looked up once; a key's quotes off)
    owner = not tokens.isdisjoint(_LEGAL_TOKENS) or any(t.casefold() in _CUE_TOKENS for t in tokens) \
        or _body_word(tokens)
    venue = not tokens.isdisjoint(_VENUE_TOKENS)
    if not lines.isascii():  # (the Japanese, Chinese and Korean words are written without spaces)
        owner = owner or any(form in lines for form in _CJK_FORMS + _CJK_OFFICES)
        venue = venue or any(v in lines for v in _CJK_VENUES)
    return owner, venue


def drop_firm_addresses(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without the addresses a firm owns (other candidates are kept as they are)."""
    # (the street and the postcode rules find the same addresses: each pair of lines read once)
    seen: dict[tuple[int, int], tuple[bool, bool]] = text_memo(text).setdefault("address owner hints", {})
    out = []
    for c in found:
        if c.type == "ADDRESS":
            line_start = text.rfind("\n", 0, c.start) + 1
            above = text.rfind("\n", 0, line_start - 1) + 1 if line_start else 0
            line_end = text.find("\n", c.end)
            key = (above, len(text) if line_end < 0 else line_end)
            owner, venue = seen[key] if key in seen else seen.setdefault(key, _hints(text, *key))
            if (venue and _at_venue(text, c, line_start)) or (owner and _firm_owns(text, c)) or _project_name(text, c) \
                    or at_a_meeting_point(text, c, line_start) or at_a_listed_firm(text, c, line_start):
                continue
        out.append(c)
    return out


# A street that names a project or a site ("Project Keizersgracht 2027", "projekt Drottninggatan"):
# the project word right before it, and no number but a year.
_PROJECT_BEFORE = lazy_re(r"(?i:project|projekt|projet|proyecto|progetto|projeto|prosjekt|hanke)[ \t]+[\"'„“«]?[ \t]*$")
_NO_NUMBER_BUT_A_YEAR = lazy_re(r"[^\d]*(?:(?:19|20)\d{2}[^\d]*)?")


def _project_name(text: str, c: Candidate) -> bool:
    return bool(_PROJECT_BEFORE.search(text, max(0, c.start - 16), c.start)
                and _NO_NUMBER_BUT_A_YEAR.fullmatch(text, c.start, c.end))


def _at_venue(text: str, c: Candidate, line_start: int) -> bool:
    # (the venue as one of the first two parts of the address: "Teatro Regio, Piazza Castello 215, ...")
    second = text.find(",", text.find(",", c.start, c.end) + 1, c.end)
    return bool(_VENUE_BEFORE.search(text, max(line_start, c.start - 60), c.start)
                or _CJK_VENUE_BEFORE.search(text, max(line_start, c.start - 40), c.start)
                or _VENUE_FIRST.search(text, c.start, c.end if second < 0 else second + 1))


def _firm_owns(text: str, c: Candidate) -> bool:
    line_start = text.rfind("\n", 0, c.start) + 1
    first_end = text.find("\n", c.start, c.end)
    line_end = text.find("\n", c.end)
    # its own (first) line: a register number or phrase anywhere before or in it, a legal form
    # in it or right before it ("Kranz GmbH · Gewerbepark 3", not "Civic LLC is at PSC 4095")
    first = first_end if first_end >= 0 else c.end
    if _REGISTER_AFTER.search(text, line_start, first) or _PRESENTED_RE.search(text, line_start, first):
        return True
    for m in _LEGAL_RE.finditer(text, line_start, first):
        if m.end() > c.start or _SEPARATORS.fullmatch(text, m.end(), c.start) or _FLOOR_BETWEEN.fullmatch(text, m.end(), c.start):
            return True
    # after it, on its line and in its sentence, only a register number: "· USt-IdNr. DE27..."
    after_end = line_end if line_end >= 0 else len(text)
    stop = _SENTENCE_END.search(text, c.end, after_end)
    if _REGISTER_AFTER.search(text, c.end, stop.start() if stop else after_end):
        return True
    if text[line_start : c.start].strip() or line_start == 0:
        return False
    # The line above an address that starts its own counts with a register number or a phrase
    # only: a firm's name alone above a street is also how a person signs with their work address.
    above = text.rfind("\n", 0, line_start - 1) + 1
    if _REGISTER_AFTER.search(text, above, line_start - 1) or _PRESENTED_RE.search(text, above, line_start - 1):
        return True
    # (or the firm's whole name, its legal form ending the line, opening the block as a footer's
    # does: "\n\nBiuro Rachunkowe Kwadrat Sp. z o.o.\nul. ..."; under a person's name and role
    # it says where they work, and stays hidden)
    if above and text[text.rfind("\n", 0, above - 1) + 1 : above - 1].strip():
        return False
    return any(not text[m.end() : line_start - 1].strip(" \t.,") for m in _LEGAL_RE.finditer(text, above, line_start - 1)) \
        or _names_a_body(text[above : line_start - 1])


def _names_a_body(line: str) -> bool:
    """Whether a block's first line names an insurer, an authority or a cooperative with no legal
    form ("Versicherungskammer Bayern", "Spółdzielnia Mieszkaniowa „Piast”"): a letter's recipient."""
    words = _TOKEN.findall(line)
    return 0 < len(words) <= 6 and _body_word(words)


def _body_word(tokens: Iterable[str]) -> bool:
    whole, starts = _body_words()
    return any(t.casefold() in whole or t.casefold().startswith(starts) for t in tokens)


@cache
def _body_words() -> tuple[frozenset[str], tuple[str, ...]]:
    words = word_list("recipient_bodies.txt")
    return frozenset(w for w in words if not w.endswith("*")), tuple(w[:-1] for w in words if w.endswith("*"))


derived(_body_words.cache_clear)
