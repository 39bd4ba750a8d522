"""A name under a card's or a form's key printed in capitals with no colon, the value on the same
line: "APELLIDOS MORENO DÍAZ", "NOMBRE ROCÍO", "NAZWISKO KOWALCZYK", "SURNAME OTIENO", as a
scanned identity card, a residence permit or a printed form is typed out. The key-value rules
want a colon; an identity card prints none.

The key, the whole line and the value are in capitals, and the value is one to four words, each
a listed first name or surname, none an everyday word ("NOMBRE COMERCIAL", "NAME TAG",
"NOM DU PRODUIT" are no people).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_KEYS = (
    "APELLIDOS|APELLIDO|NOMBRES?|NOM|PR[ÉE]NOMS?|SURNAMES?|GIVEN NAMES?|FIRST NAMES?|LAST NAME|COGNOME|NOMI|NOME|NAZWISKO|"
    "IMIONA|IMI[ĘE]|NACHNAME|VORNAMEN?|FAMILIENNAME|P[ŘR][ÍI]JMEN[ÍI]|JM[ÉE]NO|PRIEZVISKO|MENO|NUME|PRENUME|PREZIME|IME|"
    "SOBRENOME|ACHTERNAAM|VOORNAMEN?|EFTERNAMN|F[ÖO]RNAMN|ETTERNAVN|FORNAVN|EFTERNAVN|SUKUNIMI|ETUNIMET|ETUNIMI|"
    "VEZET[ÉE]KN[ÉE]V|UT[ÓO]N[ÉE]V|SOYADI|ADI|PAVARD[ĖE]|VARDAS|PEREKONNANIMI|EESNIMED?"
)
_CAPS = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’\-]+"
_BARE_KEY = re.compile(rf"^[ \t]*(?:{_KEYS})[ \t]+({_CAPS}(?:[ \t]{_CAPS}){{0,3}})[ \t]*$", re.MULTILINE)


def card_key_names(text: str) -> list[tuple[int, int]]:
    """Spans of names after a capitals key with no colon, each alone on its line."""
    if not _BARE_KEY.search(text):
        return []
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.name_judge import judge_for

    facts = judge_for(lexicon()).facts
    out = []
    for m in _BARE_KEY.finditer(text):
        words = [facts[w.capitalize()] for w in re.split(r"[ \t\-]+", m.group(1)) if w]
        if all(f.first or f.surname for f in words) and not any(f.common or f.plain_word for f in words):
            out.append(m.span(1))
    return out


# A surname in capitals, a comma and the given name, as lists of participants, rosters and
# directories print people ("BRANDT, Hannelore", "OZTURK, Elif"): the given name listed and no
# everyday word, the surname no frequent word of the languages ("LONDON, Ontario" is a place's).
# (found from the comma and the given name, then the surname is read backwards)
_COMMA_GIVEN = re.compile(r",[ \t]+([A-ZÀ-ÖØ-Þ][a-zß-ÿ'’\-]{1,20})(?![\w'’\-])")
_CAPS_BEFORE = re.compile(r"(?<![\w'’\-])[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’\-]{1,24}\Z")
_RARE = 20_000  # a word at least this rare in the language lists


def caps_surname_given(text: str, is_thing: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of "SURNAME, Given" names."""
    if ", " not in text:
        return []
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.name_judge import judge_for

    lex = lexicon()
    facts = judge_for(lex).facts
    out = []
    for m in _COMMA_GIVEN.finditer(text):
        caps = _CAPS_BEFORE.search(text, max(0, m.start() - 25), m.start())
        if not caps:
            continue
        surname, given = caps.group(0).capitalize(), facts[m.group(1)]
        if given.first and not given.common and not given.plain_word and lex.rank(surname) >= _RARE and not is_thing(surname):
            out.append((caps.start(), m.end()))
    return out
