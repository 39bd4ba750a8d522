"""Name finds in a table column whose header says what it holds is a thing, not a person.

Product sheets, supplier lists and price lists put brands, products, colours and towns in rows
("HK-4410-NVY,Hudson Crew Sweater,Navy", "100-4472;Bitset 32-tlg.;Wera;1"): many are built from
people's names, and hidden as a person the answer talks about "[PERSON_2]" where the sheet named
a sweater. The row's header row says what the column holds ("Description", "Marca",
"Hersteller", "city"); a header that names a thing makes the cell, and the header word itself,
no person. A column named like a person ("Name", "Contact", "Customer") is left to the other
rules, and a table without such a header is judged like any other text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.text_cache import text_memo

# Headers of columns that hold things: products, brands, makers, colours, kinds, places, firms.
# Lowercased, "_" and "-" read as spaces. People's columns ("name", "customer", "contact",
# "owner", "supplier contact") are never here.
THING_COLUMNS = frozenset({
    # products and their descriptions
    "description", "descr", "desc", "product", "product name", "item", "item name", "item description",
    "article", "artikel", "bezeichnung", "artikelbezeichnung", "beschreibung", "produkt", "produktname",
    "omschrijving", "beschrijving", "artikelomschrijving", "descripción", "descripcion", "producto",
    "descrizione", "prodotto", "articolo", "désignation", "designation", "libellé", "libelle", "produit",
    "descrição", "descricao", "produto", "opis", "nazwa", "nazwa produktu", "towar", "ürün", "ürün adı",
    "açıklama", "tuote", "kuvaus", "nimike", "benämning", "beskrivning", "produktnamn", "varenavn",
    "beskrivelse", "vare", "popis", "název", "zboží", "sku name", "title", "dish", "wine", "vino", "wein",
    # brands and makers
    "brand", "marke", "marque", "merk", "marca", "marka", "märke", "mærke", "merkki", "značka",
    "manufacturer", "maker", "make", "hersteller", "fabricant", "fabrikant", "fabricante", "produttore",
    "producent", "producer", "üretici", "tillverkare", "valmistaja", "výrobce", "label", "winery", "bodega",
    "model", "modell", "modèle", "modelo", "modello", "range", "line", "series", "serie", "collection",
    "style", "variety", "sorte", "rebsorte",
    # a status report's traffic light ("Amber", "Rose" under "RAG")
    "rag", "rag status", "ampel",
    # colours, kinds and groups
    "colour", "color", "farbe", "couleur", "kleur", "colore", "cor", "kolor", "renk", "färg", "farve",
    "väri", "barva", "category", "kategorie", "catégorie", "categorie", "categoría", "categoria", "kategori",
    "kategoria", "type", "typ", "tipo", "group", "gruppe", "warengruppe", "family", "famille",
    # firms, vendors and carriers
    "vendor", "vendor name", "supplier", "supplier name", "lieferant", "fournisseur", "leverancier",
    "proveedor", "fornitore", "fornecedor", "dostawca", "tedarikçi", "leverantör", "leverandør",
    "toimittaja", "dodavatel", "company", "company name", "firma", "firmenname", "entreprise", "société",
    "bedrijf", "empresa", "azienda", "şirket", "yritys", "carrier", "spediteur", "transporteur",
    "transportista", "corriere", "transportadora", "przewoźnik", "kargo",
    # places
    "city", "town", "stadt", "ort", "ville", "ciudad", "città", "cidade", "plaats", "stad", "miasto",
    "şehir", "il", "by", "kaupunki", "město", "location", "standort", "lieu", "ubicación", "sede", "local",
    "lokalizacja", "konum", "site", "warehouse", "lager", "entrepôt", "magazzino", "almacén", "armazém",
    "magazyn", "depo", "region", "country", "land", "pays", "país", "paese", "kraj", "ülke", "venue", "hotel",
    "airport", "station",
    # the same in more languages, and what plans and registers list by row: regions, rooms,
    # courses, projects, activities, components ("Denumire | Amplasare", "Bölge | Hedef")
    "denumire", "denumirea", "descriere", "produs", "articol", "amplasare", "megnevezés", "termék", "leírás",
    "nama barang", "deskripsi", "barang", "tên hàng", "mô tả", "наименование", "описание", "товар", "περιγραφή",
    "είδος", "bölge", "ilçe", "région", "regio", "regione", "provincia", "raum", "salle", "sala", "room",
    "kurs", "course", "cours", "curso", "corso", "opleiding", "szkolenie", "schulung", "training",
    "project", "projekt", "projet", "proyecto", "progetto", "projeto", "codenaam", "codename", "code name",
    "activity", "activité", "actividad", "attività", "aktivität", "activiteit", "component", "composant",
    "komponente", "componente", "komponent", "nature", "department", "abteilung", "afdeling", "dział",
})
_MARKS = ("\t", ";", "|", ",")
_DIGIT = re.compile(r"\d")


def _line_bounds(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _header(text: str, line_start: int, mark: str, count: int) -> tuple[int, int] | None:
    """The first line of the block of lines above (and including) ``line_start`` cut by ``mark``
    as often, with its start; markdown rule rows ("|---|---|") skipped. Remembered per line in
    the text's memo: the rows of a long table ask one after another, each from the row above."""
    memo: dict[tuple[int, str, int], tuple[int, int] | None] = text_memo(text).setdefault("column headers", {})
    key = (line_start, mark, count)
    if key not in memo:
        memo[key] = _walk_up(text, line_start, mark, count, memo)
    return memo[key]


def _walk_up(text: str, line_start: int, mark: str, count: int,
             memo: dict[tuple[int, str, int], tuple[int, int] | None]) -> tuple[int, int] | None:
    header: tuple[int, int] | None = None
    start = line_start
    while True:
        if start != line_start and (start, mark, count) in memo and memo[(start, mark, count)] is not None:
            return memo[(start, mark, count)]  # (a row above already knows its header)
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if line.count(mark) == count:
            header = (start, end)  # (positions only: the memo keeps no words of the text)
        elif not (line.strip() and set(line.strip()) <= set("|-:+= ")):
            break
        if start == 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    return header


def _row_below(text: str, line_end: int, mark: str, count: int) -> bool:
    if line_end >= len(text):
        return False
    next_start, next_end = _line_bounds(text, line_end + 1)
    return text[next_start:next_end].count(mark) == count


def column_header(text: str, start: int) -> str | None:
    """The header of the table column that the find at ``start`` stands in (lowercased, "_"
    and "-" as spaces), or None when it stands in no table with a header row of words."""
    line_start = text.rfind("\n", 0, start) + 1
    for mark, cells in _header_rows(text, line_start):
        column = text[line_start:start].count(mark)
        if column >= len(cells):
            continue
        return " ".join(cells[column].strip(" \"'*").replace("_", " ").replace("-", " ").split()).casefold()
    return None


def _header_rows(text: str, line_start: int) -> list[tuple[str, list[str]]]:
    """The header rows' cells, per separator, of the tables the line at ``line_start`` stands in:
    worked out once per line and read by each find on it (a row holds several)."""
    memo: dict[int, list[tuple[str, list[str]]]] = text_memo(text).setdefault("column header rows", {})
    rows = memo.get(line_start)
    if rows is None:
        rows = memo[line_start] = []
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        for mark in _MARKS:
            count = line.count(mark)
            if count < (2 if mark == "," else 1):
                continue
            found = _header(text, line_start, mark, count)
            if found is None:
                continue
            head_start, head_end = found
            head = text[head_start:head_end]
            if head_start == line_start and not _row_below(text, line_end, mark, count):
                continue  # one line cut by commas is prose, not a table
            if _DIGIT.search(head):
                continue  # a row of values, not of headers
            rows.append((mark, head.split(mark)))
    return rows


def in_a_things_column(text: str, start: int) -> bool:
    """Whether the find at ``start`` is a cell (or the header) of a column whose header
    names a thing (see the module docstring)."""
    if "\n" not in text:
        return False
    return (column_header(text, start) in THING_COLUMNS or _header_key(text, start) or _after_a_things_key(text, start)
            or _in_a_price_list_row(text, start) or _a_codes_key(text, start))


def _header_key(text: str, start: int) -> bool:
    """A mail header's key opening its line ("Kime:", "Bilgi:", "Do:"): a field, not a person."""
    from desktop.core.privacy.header_people import header_keys, mail_fields

    colon = text.find(":", start, start + 30)
    if colon < 0 or "\n" in text[start:colon] or text[text.rfind("\n", 0, start) + 1 : start].strip(" \t>"):
        return False
    key = text[start:colon].strip().casefold()
    return key in header_keys() or key in mail_fields()


# A product sheet's line key before the values it lists ("Colours: Slate Grey, Ivory, Forest
# Green", "Färger: Havsblå, Lingon, Granit", "Variedades: Galega, Cobrançosa"): colours and
# varieties are often listed first names or surnames, and no person is listed after such a key.
THING_KEYS = frozenset({
    "colours", "colors", "colour", "color", "farben", "farbe", "coloris", "couleurs", "couleur", "kleuren",
    "kleur", "colori", "colore", "colores", "cores", "cor", "kolory", "kolor", "renkler", "renk", "färger",
    "färg", "farver", "farve", "värit", "väri", "barvy", "barva", "culori", "culoare", "színek", "szín",
    "varieties", "variety", "variedades", "variedad", "variétés", "variété", "varietà", "sorten", "sorte",
    "rebsorten", "cépages", "castas", "vitigni", "flavours", "flavors", "geschmacksrichtungen", "parfums",
    "sabores", "gusti", "smaker", "finishes", "oberflächen", "finitions", "acabados", "finiture",
    # carriers and systems: firms and programs, never a person ("Trasportatori: Planzer, Post CH Cargo")
    "carriers", "trasportatori", "spediteure", "transporteurs", "transportistas", "transportadoras", "vervoerders",
    "przewoźnicy", "speditörer", "systems", "systeme", "systèmes", "sistemi", "sistemas", "systemen", "systemy",
    "systemer", "system", "sistemler", "järjestelmät", "tools", "werkzeuge", "outils", "herramientas", "strumenti",
})
_LINE_KEY = re.compile(r"[ \t]*(?:[-*•][ \t]*)?([^\W\d_][^\W\d_ \t\-]*(?:[ \t\-][^\W\d_]+)?)[ \t]*:")


def _after_a_things_key(text: str, start: int) -> bool:
    """Whether the find stands after a line key that lists colours, varieties or flavours."""
    key = _LINE_KEY.match(text, text.rfind("\n", 0, start) + 1)
    return bool(key and key.end() <= start and key.group(1).casefold() in THING_KEYS)


# A price list's row: the item, dot leaders, then its price ("Gartenbank Lindau, Eiche geölt
# ........ 389,00 €"). The leaders line an item up with its price; no one writes a person so.
_LEADERS = re.compile(r"(?:\.[ \t]?){4,}|…{2,}")
_LEADER_PAIRS = ("..", ". .", ".\t.", "……")  # (what two of a leader's dots, or its two ellipses, hold: no leader without one)
_PRICE_AT_END = re.compile(
    r"(?i)(?:\d[\d.,' ]*[ \t]?(?:€|eur|kr|zł|kč|ft|chf|\$|£|lei|tl|mxn|usd)\.?|(?:€|\$|£|r\$|chf)[ \t]?\d[\d.,]*)[ \t]*$"
)


def _in_a_price_list_row(text: str, start: int) -> bool:
    memo = text_memo(text)
    if "price list leaders" not in memo:  # (most texts hold no dot leaders: their finds need no line read)
        memo["price list leaders"] = any(pair in text for pair in _LEADER_PAIRS)
    if not memo["price list leaders"]:
        return False
    line_end = text.find("\n", start)
    line = text[start : line_end if line_end >= 0 else len(text)]
    leaders = _LEADERS.search(line)
    return bool(leaders and _PRICE_AT_END.search(line, leaders.end()))


# Labels of a product's codes opening a line before the code ("EAN: 5012345678900", "GTIN:",
# "ISBN"): a code's name, not a person's initials.
_CODE_KEYS = frozenset({"ean", "gtin", "upc", "isbn", "issn", "sku", "mpn", "asin", "plu", "taric", "hs code", "ncm",
                        "po", "rfq", "grn", "awb", "bol"})  # (and a purchase order's or a waybill's: "PO: WS-7781")
_CODE_KEY = re.compile(r"([A-Za-z]{2,5}(?: code)?)[ \t]*:[ \t]*[\dA-Z]")


def _a_codes_key(text: str, start: int) -> bool:
    key = _CODE_KEY.match(text, start)
    if key is None or key.group(1).casefold() not in _CODE_KEYS:
        return False  # (the line before it read only for a code's key)
    return not text[text.rfind("\n", 0, start) + 1 : start].strip(" \t-*•")


def a_header_cell(text: str, start: int, end: int, is_name: Callable[[str], bool]) -> bool:
    """Whether the find is a whole cell of a table's header row over a column of numbers
    ("Bölge | Hedef | Gerçekleşen | Oran" over "%91"), the other headers no names: a rota with
    people as its columns ("Day | Anna | Ben") keeps them."""
    line_start = text.rfind("\n", 0, start) + 1
    row = _header_row_over_a_column(text, line_start)
    if row is None:
        return False
    mark, cells, below = row
    column = text[line_start:start].count(mark)
    if cells[column] != text[start:end]:
        return False
    others = [c for i, c in enumerate(cells) if i != column and c]
    return (len(others) >= 2 and not any(is_name(c.split()[0]) for c in others)
            and column < len(below) and _DIGIT.search(below[column]) is not None)


def _header_row_over_a_column(text: str, line_start: int) -> tuple[str, list[str], list[str]] | None:
    """The separator, the cells and the row below's cells of the line at ``line_start`` when it
    heads a table of rows below it and holds no digit: worked out once per line."""
    memo: dict[int, tuple[str, list[str], list[str]] | None] = text_memo(text).setdefault("header cells", {})
    if line_start in memo:
        return memo[line_start]
    found = None
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    for mark in ("\t", ";", "|"):
        count = line.count(mark)
        if count < 2 or _header(text, line_start, mark, count) != (line_start, line_end):
            continue
        if not _row_below(text, line_end, mark, count) or _DIGIT.search(line):
            continue
        below_start, below_end = _line_bounds(text, line_end + 1)
        found = (mark, [c.strip(" *") for c in line.split(mark)], text[below_start:below_end].split(mark))
        break
    memo[line_start] = found
    return found
