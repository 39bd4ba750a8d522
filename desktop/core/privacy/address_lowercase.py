"""Addresses typed in lowercase in the continental order, as chat writes them: the street, its
number, then the postcode and town ("via verdi 8, 40121 bologna", "lindenallee 4, 50968 köln",
"kerkstraat 4, 1017 gc amsterdam", "calle mayor 12 3ºb 28013 madrid").

The rules that read capitals (a town is a capitalised word) miss them all. Here a street is a
street-type word first or a street ending glued to the name, its number, and a postcode then a
town that is a listed one (or a postcode of a shape no count has: "1017 gc", "31-042"): so "via
email 3 times" or "room 4, 2024 budget" are no address.
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import keyword_windows
from desktop.core.privacy.towns import is_town

_WORD = r"[a-zà-ÿß][\w'’\-]*\.?"
_STREET = (
    r"(?<![\w\-])(?:(?:via|viale|corso|piazza|vicolo|calle|c/|avenida|avda\.|av\.|paseo|plaza|rua|travessa|rue|avenue|"
    r"boulevard|bd|chemin|allée|ul\.|al\.|os\.|ulica)[ \t]+(?:" + _WORD + r"[ \t]+){0,3}?" + _WORD
    + r"|[a-zà-ÿß][\w'’\-]*(?:straße|strasse|str\.|weg|allee|gasse|platz|ring|damm|straat|laan|gracht|plein|kade|"
    r"gatan|vägen|vej|gade|veien|vegen|gata|katu|tie)"
    # (a Nordic street named after someone, its type a word of its own: "thorvald meyers gate 55")
    r"|[a-zà-ÿ][\w'’\-]*[ \t]+[a-zà-ÿ][\w'’\-]*s[ \t]+(?:gate|gata|gatan|vei|veg|vej|gade|väg|vägen|allé|plass|plads|torg))"
    r",?[ \t]+\d{1,4}[a-z]?(?:[/\-]\d{1,4}[a-z]?)?"
)
# (and a Finnish staircase and flat: "mannerheimintie 102 a 14", "kivikkotie 6 as 3")
_UNIT = (r"(?:,?[ \t]+(?:\d{1,2}[ºª°][ \t]?[a-z]{0,4}\.?|(?:apt|apto|app|int|scala|piso|lgh|m\.|lok\.|bus|bte|as)\.?[ \t]*\w{1,4}"
         r"|[a-h][ \t]\d{1,3}(?![\w\-])))*")
_ADDRESS = lazy_re(
    _STREET + _UNIT
    + r"(?:,?[ \t]+|[ \t]*\n[ \t]*)(?P<code>\d{5}|\d{4}[ \t]?[a-z]{2}(?![\w])|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}[ \t]\d{2}|\d{4})"
    r"[ \t]+(?P<town>[a-zà-ÿ][\w'’\-]+(?:[ \t][a-zà-ÿ][\w'’\-]+)?)"
)
# Where such an address ends: a postcode then a lowercase word (the scan starts at digits).
_CODE_THEN_WORD = lazy_re(r"\d(?<![\w\-]\d)(?:\d{3,4}|\d{3}[ \t]?[a-z]{2}|\d-\d{3}|\d{3}-\d{3}|\d{2}[ \t]\d{2})[ \t]+[a-zà-ÿ]")
_STRONG_CODE = lazy_re(r"\d{4}[ \t]?[a-z]{2}|\d{2}-\d{3}|\d{4}-\d{3}")


# An Indonesian street typed in lowercase: "jl." or "jalan", the name, "no." and the number, the
# neighbourhood ("rt 04/rw 07"), then the district and town ending in the postcode ("jakarta pusat
# 10510") or listed towns: "jl. cempaka putih tengah no. 21, rt 04/rw 07, jakarta pusat 10510".
_WORDS = r"[a-z][\w'’\-]*(?:[ \t]+[a-z][\w'’\-]*){0,2}"
_JALAN = lazy_re(
    r"(?<![\w\-])(?:jl|jln|jalan)\.?[ \t]+(?:[a-z0-9][\w'’\-]*[ \t]+){0,5}?no\.?[ \t]*\d{1,4}[a-z]?(?![\w\-])"
    r"(?:,?[ \t]*(?:blok|blk)\.?[ \t]*[a-z]?\d{0,3}[a-z]?(?!\w))?"
    r"(?:,?[ \t]*rt\.?[ \t]*\d{1,3}(?:[ \t]*/[ \t]*(?:rw\.?[ \t]*)?\d{1,3})?)?"
    r"(?P<tail>(?:,?[ \t]+(?:(?:kel|kec|kab)\.[ \t]*)?" + _WORDS + r"){0,3}[ \t]+\d{5}(?!\d)"
    r"|(?:,[ \t]*(?:(?:kel|kec|kab)\.[ \t]*)?" + _WORDS + r"){0,3})"
)


# A Turkish address typed in lowercase: the neighbourhood, street or lane words, "no:" and the
# number, the flat, then the district and province: "esentepe mah. büyükdere cad. no:199 d:4 şişli/istanbul".
_TR_WORD = r"[a-zçğıöşü0-9][\wçğıöşü]*\.?"
_TR_TYPE = r"(?:mah\.?|mahallesi|cad\.?|cd\.?|caddesi|sok\.?|sokak|sokağı|sk\.?|blv\.?|bulvarı)(?![\wçğıöşü])"
_TURKISH = lazy_re(
    rf"(?<![\w.])(?:{_TR_WORD}[ \t]+){{1,2}}{_TR_TYPE}(?:,?[ \t]+(?:{_TR_WORD}[ \t]+){{0,3}}{_TR_TYPE})*"
    r"[ \t,]*no[ \t]?[:.]?[ \t]?\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)?(?:[ \t,]*(?:d|daire|kat)[ \t]?[:.]?[ \t]?\d{1,3}(?!\d))*"
    r"(?:[ \t,]+\d{5}(?!\d))?(?:[ \t,]+[a-zçğıöşü]+[ \t]?/[ \t]?[a-zçğıöşü]+)?"
)


def _turkish_addresses(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "ADDRESS")
            for a, b in keyword_windows(text, ("mah", "cad", "sok", "sk.", "cd."), 120, 40) for m in _TURKISH.finditer(text, a, b)]


def _jalan_addresses(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for a, b in keyword_windows(text, ("jl", "jalan"), 160, 2):
        for m in _JALAN.finditer(text, a, b):
            end = m.end()
            if not m.group("tail")[-1:].isdigit():  # (no postcode: the parts that are listed towns)
                end = m.start("tail")
                for part in m.group("tail").split(",")[1:]:
                    if not is_town(part.strip()) and not is_town(part.split()[0] if part.split() else ""):
                        break
                    end += len(part) + 1
            out.append(Candidate(m.start(), end, "ADDRESS"))
    return out


def lowercase_addresses(text: str) -> list[Candidate]:
    """Each lowercase street, number, postcode and listed town in ``text``."""
    out: list[Candidate] = _jalan_addresses(text) if "jl" in text or "jalan" in text else []
    if "no" in text and ("mah" in text or "cad" in text or "sok" in text or "sk." in text or "cd." in text):
        out += _turkish_addresses(text)
    last = 0
    for hit in _CODE_THEN_WORD.finditer(text):
        begin = max(last, hit.start() - 80)
        for m in _ADDRESS.finditer(text, begin, min(len(text), hit.end() + 40)):
            town = m.group("town")
            words = town.split()
            if len(words) == 2 and is_town(town):
                end = m.end()
            elif is_town(words[0]) or _STRONG_CODE.fullmatch(m.group("code")):
                end = m.start("town") + len(words[0])
            else:
                continue
            out.append(Candidate(m.start(), end, "ADDRESS"))
            last = end
    return out
