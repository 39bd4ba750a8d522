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

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re

_LEGAL_FORMS = (
    r"GmbH|mbH|AG|KG|OHG|UG|GbR|e\.K\.|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|PLC|plc|Inc\.?|Corp\.?|Co\.|Pty|Pvt|"
    r"S\.A\.(?:[ \t]de[ \t]C\.V\.)?|S\.L\.U?\.?|S\.[Rr]\.[Ll]\.|[Ss]\.r\.l\.?|[Ss]rl|SRL|S\.p\.A\.|SpA|[Ss]\.?n\.?c\.|SAS|SARL|EURL|"
    r"B\.V\.|BV|N\.V\.|BVBA|SPRL|A/S|ApS|ASA|Oyj?|[Ss]p\.[ \t]?z[ \t]?o\.[ \t]?o\.|Ltda\.?|EIRELI|"
    r"A\.Ş\.|Şti\.|K\.K\.|Kft\.?|s\.r\.o\.|株式会社|有限会社|有限公司|股份有限公司"
)
# (each with its number after it: "btw" alone is also "by the way", "rea" a word)
_REGISTER_CUES = (
    r"(?i:ust-?id(?:-?nr)?\.?|vat(?:[ \t]?(?:no|reg|number))?|p\.[ \t]?iva|partita[ \t]iva|nip|abn|acn|cnpj|siret|siren|"
    r"kvk|btw|cif|gstin|org\.?[ \t]?nr|cvr|y-tunnus|rea|hrb|hra|mersis|vergi[ \t]no|company[ \t](?:no|number|reg))"
    r"(?=[^\n\d]{0,12}\d)"
)
_PRESENTED = (
    r"(?i:public address|registered (?:office|address)|business address|head office|company address|impressum|"
    r"geschäftsadresse|firmensitz|firmenadresse|siège social|adresse de la société|sede legale|sede operativa|"
    r"domicilio (?:social|fiscal)|sede social|endereço comercial|vestigingsadres|adres siedziby|siedziba firmy|"
    r"forretningsadresse|företagets adress)"
)
# ("SA", "AB", "AS" alone are also states and provinces before a postcode: "Glenelg SA 5045")
_OWNER = lazy_re(rf"(?<![\w.])(?:{_LEGAL_FORMS})(?![\w])|(?<![\w])(?:{_REGISTER_CUES})(?![\w])|{_PRESENTED}")
_REGISTER_AFTER = lazy_re(rf"(?<![\w])(?:{_REGISTER_CUES})(?![\w])")
_PRESENTED_RE = lazy_re(_PRESENTED)
_LEGAL_RE = lazy_re(rf"(?<![\w.])(?:{_LEGAL_FORMS})(?![\w])")
_SEPARATORS = lazy_re(r"[\s,|·•–—\-:;]{0,5}")
_SENTENCE_END = lazy_re(r"[.!?](?:[ \t]|$)")


# A venue named just before the address, in the same clause: "the party is at The Grand Ballroom,
# 1200 Main St", "im Restaurant Zum Löwen statt, Marktstraße 10".
# (named: its word capitalised as part of the name; "the restaurant is at ..." names none)
_VENUE_BEFORE = lazy_re(
    r"(?<!\w)(?:Restaurant|Ristorante|Trattoria|Osteria|Pizzeria|Brasserie|Bistro|Café|Cafe|Pub|Brauhaus|Gasthaus|"
    r"Gasthof|Hotel|Ballroom|Theatre|Theater|Cinema|Kino|Museum|Stadium|Arena|Conference Cent(?:re|er)|"
    r"Convention Cent(?:re|er))(?!\w)[^\n.;:!?]{0,40}$"
)


def drop_firm_addresses(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without the addresses a firm owns (other candidates are kept as they are)."""
    if not found:
        return found
    owners = _OWNER.search(text) is not None
    return [c for c in found if c.type != "ADDRESS" or not ((owners and _firm_owns(text, c)) or _at_venue(text, c))]


def _at_venue(text: str, c: Candidate) -> bool:
    line_start = text.rfind("\n", 0, c.start) + 1
    return bool(_VENUE_BEFORE.search(text, max(line_start, c.start - 60), c.start))


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
        if m.end() > c.start or _SEPARATORS.fullmatch(text, m.end(), c.start):
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
    return bool(_REGISTER_AFTER.search(text, above, line_start - 1) or _PRESENTED_RE.search(text, above, line_start - 1))
