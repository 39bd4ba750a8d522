"""Name finds that the text around them places as a thing: a text's title, a town after a word of
going there, a region after an article, a product with its number glued on, a weekday's short
form before a time.

A capitalised word that opens a document's title ("Spring catalogue - garden furniture"), a
town named after a saint or a family ("Castel San Pietro Terme", "from Lorient"), a region that
takes an article ("dans le Jura", "nel Chianti"), a certificate or a product with its version
glued on ("Prince2") and a timetable's weekday ("Mo 07:32 ab Zürich HB") are listed first names
or look like surnames; hidden as a person, the answer talks about "[PERSON_2]" where the text
named a heading, a town or Monday.
"""

from __future__ import annotations

import re

from desktop.core.privacy.lexicon import Lexicon, strip_accents
from desktop.core.privacy.towns import is_town

_KNOWN_WORD = 1_000_000  # a word some language's list holds, however rare
_VERSION_AFTER = re.compile(r"[-_]v?\d+\.\d+")  # a package's version after a hyphen: "SCHELDE-2.8.0"


def placed_as_a_thing(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the words around the find ``text[start:end]`` make it a product, a region, a town
    or a title (see the module docstring)."""
    if text[end : end + 1].isdigit() or _VERSION_AFTER.match(text, end):
        return True  # "Prince2", "Office365", "SCHELDE-2.8.0": a product with its number glued on; no name is written so
    if _LOCATIVE_ARTICLE.search(text, max(0, start - 12), start):
        return True  # "dans le Jura", "in the Cotswolds", "nel Chianti": a region takes an article
    value = text[start:end]
    return _named_town(text, start, value, lex) or _title_word(text, start, end)


def weekday_before_time(text: str, end: int, word: str) -> bool:
    """Whether ``word`` (lowercased) is a weekday's short form before a time or a date, not a
    transcript's speaker with the time of their line ("Mo 9:15 AM: ok")."""
    when = _TIME_OR_DATE_AFTER.match(text, end) if word in _WEEKDAYS_SHORT else None
    return when is not None and not _SPEAKER_AFTER.match(text, when.end())


def _first_name(lex: Lexicon, word: str) -> bool:
    return lex.is_first_name(word) or lex.is_first_name(strip_accents(word))


_LOWER_NEXT = re.compile(r" [^\W\d_A-ZÀ-ÞĀ-Ž]")
_SENTENCE_INSIDE = re.compile(r"[.!?](?:[ \t]|$)")
_BODY_AFTER_TITLE = re.compile(r"\n[ \t]*(?:\n|\d{1,2}[.)][ \t]|[-*•][ \t])")


# A place preposition and an article right before a find: regions and landmarks take one, people
# do not ("dans le Jura", "in the Dolomites", "nella Maremma", "en la Rioja", "im Allgäu").
_LOCATIVE_ARTICLE = re.compile(
    r"(?i)(?:^|[^\w])(?:dans (?:le|la|les|l')|in the|into the|across the|ins|in der|nel|nella|nei|nelle|"
    r"en el|en la|en los|en las|sur le|sur la|au|aux|op de|in het)[ \t]+$"
)
_TO_OR_FROM = re.compile(
    r"(?i)(?:^|[^\w])(?:from|in|to|at|near|via|aus|nach|in der|bei|à|de|depuis|desde|en|hacia|da|di|per|a|em|"
    r"para|uit|naar|te|bij|från|till|i|fra|til|w|we|z|ze|do|od|pod)[ \t]+$"
)


def _named_town(text: str, start: int, value: str, lex: Lexicon) -> bool:
    """A listed town: of three words or more (no one's name is "Castel San Pietro Terme"), or of
    one word that no list holds as a first name but some word list knows, after a word of going
    or being there ("from Lorient")."""
    words = value.split()
    if len(words) >= 3:
        return is_town(value)
    if len(words) != 1 or _first_name(lex, value) or not _TO_OR_FROM.search(text, max(0, start - 10), start):
        return False
    # (a town no word list knows may be a rare first name too: "avec Ngozi")
    return lex.rank(value) < _KNOWN_WORD and is_town(value)


def _title_word(text: str, start: int, end: int) -> bool:
    """One capitalised word opening a text's title line before lowercase words ("Spring
    catalogue - garden furniture", "Ata da reunião de direção n.º 37/2025"): a heading, not a
    person. A first line that is a sentence ("Tanya said her son ...") is no title."""
    if start > 8 or text[:start].strip(" \t#*•-") or " " in text[start:end] or not _LOWER_NEXT.match(text, end):
        return False
    line_end = text.find("\n")
    if line_end < 0 or not _BODY_AFTER_TITLE.match(text, line_end):
        return False  # a title stands above a blank line or a list: one line alone may be a message
    line = text[:line_end].rstrip()
    return len(line) <= 70 and not _SENTENCE_INSIDE.search(line) and not line.endswith((",", ":"))


# Weekdays' short forms in the team's languages (some are names too: "Mo", "Jo", "Ven").
_WEEKDAYS_SHORT = frozenset({
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mo", "di", "mi", "do", "fr", "sa",
    "so", "lun", "mar", "mer", "jeu", "ven", "dim", "mié", "jue", "vie", "sáb", "gio", "wo", "vr",
    "za", "zo", "må", "ti", "ons", "tor", "fre", "lör", "sön", "lø", "sø", "pon", "wt", "śr", "czw", "pt", "sob",
    "ndz", "pzt", "çar", "cum", "cmt", "paz", "seg", "ter", "qua", "qui", "sex",
})  # ("Sam", "Per", "Dom", "Sal" are left out: first names far more often than Saturday or Sunday)
# A transcript's speaker and time ("Mo 9:15 AM: ok"): the colon after the time makes it a label.
_SPEAKER_AFTER = re.compile(r"(?i)[ \t]*(?:[ap]\.?m\.?)?[ \t]*[:\]]")
_TIME_OR_DATE_AFTER = re.compile(r"\.?,?[ \t]+\d{1,2}(?:[:h]\d{2}|\.\d{1,2}\.|/\d{1,2})")
