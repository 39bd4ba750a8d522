"""Addresses written town first, as Polish, Czech and Hungarian people write them in a line:
"Poznań, Grunwaldzka 120 m. 4", "Praha 6, Dejvická 12", "1061 Budapest, Király utca 12. II. em. 5.",
"Gdańsk, os. Przymorze, ul. Obrońców Wybrzeża 14/32".

The street there often has no type word ("Dejvická", "Kounicova" are the street's whole name),
so the town must be a listed one and the street words either hold a type word or be words no
everyday list knows: "Berlin, Halle 3" and "London, Terminal 5" name no one's home. The same
holds for the street written first and the town after it with no postcode ("Lidická 27, Brno").
"""

from __future__ import annotations

import re

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.towns import is_town

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ž]"
_WORD = rf"{_CAP}[^\W\d_]*(?:-[^\W\d_]+)*\.?"
# Street types of these languages, before or after the name ("ul. Długa", "Piac u.", "třída Svobody").
_BEFORE_WORDS = ("ul.", "ulica", "al.", "aleje", "aleja", "pl.", "plac", "os.", "osiedle", "třída", "tř.", "náměstí", "nám.",
                 "nábřeží", "nábř.")
_AFTER_WORDS = ("utca", "u.", "út", "útja", "tér", "tere", "körút", "krt.", "sugárút", "köz", "fasor", "rakpart", "sétány",
                "sor", "ulice")
_TYPES_BEFORE = "(?:" + "|".join(map(re.escape, _BEFORE_WORDS)) + ")"
_TYPES_AFTER = "(?:" + "|".join(map(re.escape, _AFTER_WORDS)) + ")"
_TYPE_WORDS = frozenset(_BEFORE_WORDS + _AFTER_WORDS)
_TITLES = frozenset({"gral.", "gen.", "dr.", "pres.", "presidente", "sf.", "sv.", "św.", "ks.", "hl.", "mons.", "cnel.", "tte.",
                     "ing.", "prof.", "burg.", "kard.", "abp.", "bp.", "san", "santa", "são", "saint", "st.", "sankt"})
_TOWN_FIRST = lazy_re(
    r"(?<![\w\-/.])(?:(?:\d{4}|\d{2}-\d{3}|\d{3}[ \t]\d{2})[ \t]+)?"  # a postcode before the town ("1061 Budapest")
    # the town, a district ("Praha 6", "Budapest XIII.", "Budapest, XIII. kerület,")
    rf"(?P<town>{_CAP}[^\W\d_]+(?:[ \t\-]{_CAP}[^\W\d_]+)?)(?:[ \t]+\d{{1,2}}|[ \t]+[IVX]{{1,5}}\.)?,[ \t]*"
    r"(?:[IVX]{1,5}\.[ \t]*(?:kerület|ker\.),[ \t]*)?"
    rf"(?:(?i:os\.|osiedle)[ \t]+{_WORD}(?:[ \t]+{_WORD})?,[ \t]*)?"  # a housing estate ("os. Przymorze")
    rf"(?P<street>(?:{_TYPES_BEFORE}[ \t]+)?{_WORD}(?:[ \t]+(?:{_TYPES_AFTER}(?![\w])|{_WORD})){{0,3}})[ \t]+"
    r"\d{1,5}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?)?(?![\w\-/]|[.,]\d)"
    # the flat: Polish "m. 4", Hungarian floor and door "12. II. em. 5." or "48. 3/12"
    r"(?:[ \t]+m\.[ \t]*\d{1,4}|\.(?:[ \t]+(?:[IVX]{1,4}|\d{1,2})\.[ \t]*(?:em\.|emelet)?[ \t]*\d{1,3}\.?(?:[ \t]*ajtó)?"
    r"|[ \t]+\d{1,2}/\d{1,3}|[ \t]+(?:fszt|földszint)\.?[ \t]*\d{0,3}\.?))?"
)


def _street_named(street: str, lex) -> bool:
    """Whether the words before the number name a street: a type word among them, or only words
    no everyday list holds (a street's own name, not "Halle", "Terminal" or "Gate")."""
    words = street.split()
    if any(w.casefold() in _TYPE_WORDS for w in words):
        return True
    if len(words) > 1 and words[0].casefold() in _TITLES and words[1][:1].isupper():
        return True  # a street named after a titled person or a saint ("Gral. Paz", "Sf. Vineri")
    return all(_rare_name(w.rstrip("."), lex) for w in words)


def _rare_name(word: str, lex) -> bool:
    """A street's own name: four letters or more with small letters (not "Oct 6" after "Mon,",
    nor a state's "NV 89502"), no first name, and rare: an everyday word of the English list
    ("Terminal", "Booth") is far commoner than a street named "Kounicova"; one with letters beyond
    ASCII ("Dejvická", "Nádražní") only needs to be no common word."""
    if len(word) < 4 or word.isupper() or lex.is_first_name(word):
        return False
    rank = lex.rank(word)
    return rank >= 100_000 or (rank >= 20_000 and not word.isascii())


# A comma after a word (or a district's number) with a digit ahead on its line: where a town
# written first may end. Most commas have none, and the rule is tried only before those that do.
_COMMA_AHEAD = lazy_re(r",[ \t]*[^\W\d_][^\n]{0,60}?\d")
_WORD_START = lazy_re(rf"(?<![\w\-/.])(?:{_CAP}|\d)")


_DISTRICT = lazy_re(r"(?:[ \t]+(?:\d{1,2}|[IVX]{1,5}\.))?[ \t]*$")


def _town_before(text: str, lo: int, comma: int) -> bool:
    """Whether a listed town (of one word or two, a district's number after it) ends right
    before the comma: read with string operations, as most commas follow no town."""
    words = _DISTRICT.sub("", text[lo:comma]).replace("-", " ").split()[-2:]
    if not words or not words[-1][:1].isupper():
        return False
    return is_town(words[-1]) or (len(words) == 2 and is_town(" ".join(words)))


def town_first_addresses(text: str) -> list[Candidate]:
    """Addresses that start with a listed town and a comma, then a street and its number."""
    from desktop.core.privacy.lexicon import lexicon

    out: list[Candidate] = []
    last_end = 0
    comma = text.find(",")
    while comma >= 0:
        if comma >= last_end and _COMMA_AHEAD.match(text, comma) and _town_before(text, max(0, comma - 45), comma):
            lo = max(last_end, text.rfind("\n", 0, comma) + 1, comma - 45)
            for start in _WORD_START.finditer(text, lo, comma):
                m = _TOWN_FIRST.match(text, start.start())
                if m and m.end("town") <= comma < m.end() and is_town(m.group("town")) \
                        and _street_named(m.group("street"), lexicon()):
                    out.append(Candidate(m.start(), m.end(), "ADDRESS"))
                    last_end = m.end()
                    break
        comma = text.find(",", comma + 1)
    return out


# The other order, street then town with no postcode between ("Lidická 27, Brno", "Kounicova 12,
# Praha 6"): found from the number just before a comma, the town after it a listed one.
_NUMBER_BEFORE_COMMA = lazy_re(r"(?<![\w\-/.])\d{1,5}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?)?[ \t]*$")
_STREET_WORDS_BEFORE = lazy_re(rf"(?<![\w\-])(?:{_TYPES_BEFORE}[ \t]+)?(?:(?i:św|ks|gen|bł|kard|płk|prof|dr)\.[ \t]+)?{_WORD}(?:[ \t]+(?:{_TYPES_AFTER}|[^\W\d_]+\.?)){{0,2}}[ \t]+$")
_TOWN_AFTER = lazy_re(rf"[ \t]*(?P<town>{_CAP}[^\W\d_]+(?:[ \t\-]{_CAP}[^\W\d_]+)?)(?:[ \t]+\d{{1,2}})?(?=[ \t]*(?:[.,;:!?)\n]|$))")


# A village's house with only the postcode after it, as Czech and Slovak villages are written
# ("Dolní Lomnice 27, 543 71"): the postcode of three and two digits ends the clause.
_CODE_ALONE = lazy_re(r",[ \t]*\d{3}[ \t]\d{2}(?![\w\-])(?=[ \t]*(?:[.,;:!?)\n]|$))")
_VILLAGE_BEFORE = lazy_re(rf"(?<![\w\-])(?P<village>{_WORD}(?:[ \t]{_WORD}){{0,2}})[ \t]+\d{{1,4}}(?:/\d{{1,4}})?[ \t]*$")


def village_and_postcode(text: str) -> list[Candidate]:
    """Such a village address: the village's words no everyday word, as a street's own name is."""
    from desktop.core.privacy.lexicon import lexicon

    out: list[Candidate] = []
    for m in _CODE_ALONE.finditer(text):
        lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 60)
        village = _VILLAGE_BEFORE.search(text, lo, m.start())
        if village and _street_named(village.group("village"), lexicon()):
            out.append(Candidate(village.start(), m.end(), "ADDRESS"))
    return out


def street_then_town(text: str) -> list[Candidate]:
    """Addresses written street, number, then a listed town, the street named as ``_street_named`` asks."""
    from desktop.core.privacy.lexicon import lexicon

    out: list[Candidate] = []
    comma = text.find(",")
    while comma >= 0:
        number = _NUMBER_BEFORE_COMMA.search(text, max(0, comma - 14), comma)
        town = _TOWN_AFTER.match(text, comma + 1) if number else None
        if number and town and is_town(town.group("town")):
            lo = max(text.rfind("\n", 0, number.start()) + 1, number.start() - 60)
            street = _STREET_WORDS_BEFORE.search(text, lo, number.start())
            if street and _street_named(street.group(0), lexicon()):
                out.append(Candidate(street.start(), town.end(), "ADDRESS"))
        comma = text.find(",", comma + 1)
    return out + village_and_postcode(text)
