"""Streets of Serbian, Croatian, Bosnian, Montenegrin and Slovene towns named with a lowercase word
after their type: "Bulevar oslobođenja 88", "Trg slobode 3", "Ulica kneza Mislava 12", "Bulevar
kralja Aleksandra 73", "Cesta dveh cesarjev 34". The street rules need the name's last word
capitalised; here the type word opens it and the name runs to its house number, then a flat,
floor or entrance ("stan 14", "sprat 2", "ulaz B", "stan br. 5") and a postcode and town
("21000 Novi Sad"), as one address.
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import keyword_windows, lowered

# (a word of the name: three letters at least, so not "u 5", "na 3", "od 10" of a sentence)
_WORD = r"[A-Za-zČĆŽŠĐčćžšđ][a-zčćžšđ]{2,}\.?"
_SOUTH_SLAVIC = lazy_re(
    r"(?<![\w\-])(?:Bulevar|bulevar|Bul\.|bul\.|Trg|trg|Ulica|ulica|Ul\.|ul\.|Cesta|cesta|Obala|obala|Šetalište|šetalište|Put|put)"
    rf"[ \t]+(?:{_WORD}[ \t]+){{1,4}}?(?:br\.[ \t]*)?\d{{1,4}}[a-zA-Z]?(?![\w\-/.,]\d)"
    r"(?:,?[ \t]+(?:stan|sprat|ulaz|kat|stan br\.|st\.)[ \t]*\d{0,3}[A-Za-z]?)*"
    r"(?:,[ \t]*(?:\d{5}[ \t]+)?[A-ZČĆŽŠĐ][\wčćžšđ]*(?:[ \t][A-ZČĆŽŠĐ][\wčćžšđ]*)?(?=[ \t]*(?:[.,;!?\n]|$)))?"
)
_KEYS = ("bulevar", "bul.", "trg ", "ulica ", "ul. ", "cesta ", "obala ", "šetalište ", "put ")


def south_slavic_addresses(text: str) -> list[Candidate]:
    """Such streets in ``text``, each only near its type word; a street whose name has no
    lowercase word is left to the street rules."""
    out: list[Candidate] = []
    for a, b in keyword_windows(lowered(text), _KEYS, 120, 2):
        for m in _SOUTH_SLAVIC.finditer(text, a, b):
            name = m.group(0).split()[1:]
            if any(w[:1].islower() for w in name) and any(ch.isdigit() for ch in m.group(0)):
                out.append(Candidate(m.start(), m.end(), "ADDRESS"))
    return out
