"""People placed by a title or an initial, or written in capitals: a surname after a title in any
of the team's languages ("Frau Mag. Berger", "dhr. Bakker", "frau dr. lindner"), an initial and a
surname ("G. Hahn"), a name in capitals as headers and CVs write it ("STEPHANIE CARTER", "ZHANG Wei").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.chat_signoffs import _SIGN_OFFS
from desktop.core.privacy.fastscan import lazy_made_re, lazy_re
from desktop.core.privacy.honorifics import alternation, lowercase_cues, lowercase_titles, titles
from desktop.core.privacy.name_words import particle_alternation, particles
from desktop.core.privacy.names import plain_word as _plain_word
from desktop.core.privacy.text_cache import lowered

# "G. Hahn", "an H. Brandstätter": one initial and a surname. "Plan B. Then" is kept by the
# everyday-word test; "z. B." and "U.S." have no surname after them.
# (the capital first, then the look-behind: the scan skips to capitals)
# (the surname may be in capitals, as attendee lists and forms write it: "D. WASHINGTON")
_INITIAL_SURNAME = lazy_re(
    r"[A-Z](?<![\w.][A-Z])\.[ \t]?[A-ZÀ-ÖØ-Þ](?:[a-zß-ÿ'’]{2,}(?:-[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+)?|[A-ZÀ-ÖØ-Þ'’]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})?)(?!\w|\.\w)"
)


def _initialled(text: str, add: Callable[[Candidate], None]) -> None:
    if ". " not in text and "." not in text:
        return
    from desktop.core.privacy.lexicon import lexicon

    lex = lexicon()
    for m in _INITIAL_SURNAME.finditer(text):
        word = m.group(0)[2:].strip()
        word = word.title() if word.isupper() else word
        before = text[max(0, m.start() - 12) : m.start()]
        # Placed as a person is: alone on a line, after "an"/"to"/a comma, or a listed surname.
        line_start = _INITIAL_BEFORE.search(before) is not None
        if line_start and not _line_end(text, m.end()):
            continue  # "A. Entrega del pedido": an outline's item, not a signature
        if before.endswith(". ") and before[-3:-2].isalpha():
            continue  # "z. B. Hallo": an abbreviation's letters
        signed = line_start and text[: m.start()].rstrip().rsplit("\n", 1)[-1].strip(" \t,!.").lower() in _SIGN_OFFS
        if not _plain_word(word) and (lex.is_surname(word) or signed or _INITIAL_CUE.search(before)):
            add(Candidate(m.start(), m.end(), "PERSON"))


_INITIAL_BEFORE = lazy_re(r"(?:^|\n)[ \t]*$")
_INITIAL_CUE = lazy_re(r"(?:\b(?:an|to|from|von|bei|per|cc|mit|with|and|und|et|e|y|de|à)|,)[ \t]+$", re.IGNORECASE)


def _line_end(text: str, at: int) -> bool:
    return text.startswith("\n", at) or at == len(text) or not text[at:].split("\n", 1)[0].strip(" \t.,")


# The titles themselves are honorifics.py's one list (read on first use); these are the rules that read it.
# (Capitalised: "Hr. Gruber", "Engr. Oyelaran", "Panią Nowak"; "M." only with its dot.)
def _title_words() -> str:
    return alternation(titles("c"), capital=True) + r"|M(?=\.)"


# Titles written in lowercase mid-sentence, looked for only around these words.
# (and the "for the attention of" of a Dutch or an English address line: "t.n.v. J. de Vries", "c/o R. Shah")
_ADDRESSED = ("t.n.v", "c/o")


def _lower_titles() -> tuple[str, ...]:
    return lowercase_cues() + _ADDRESSED


_NAME_AFTER_TITLE = (
    r"\.?(?:[ \t]+(?:(?:Dipl|Dr)\.-[A-Z][a-z]{1,4}|Dr|Prof|Mag|Ing|Dipl|Eng|D|Dª)\.?)*[ \t]+"
    # initials before the surname: "dhr. R.J. van der Meulen"
    # (the particles of use "t" of name_words' table, and some capitalised)
    rf"((?:[A-Z]\.(?:[ \t]?[A-Z]\.){{0,2}}[ \t]?(?=[ \t]*(?:[a-z']+[ \t]+)*[A-ZÀ-ÖØ-ÞĀ-ž][\w'’\-]))?(?:(?:{particle_alternation('t')}|El|Al|Van|Von|De|Der|Den|Ter|Da|Di|Du|La|Le)[ \t]+)*"
    r"[A-ZÀ-ÖØ-ÞĀ-ž][\w'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-ž][\w'’\-]+){0,2})"
)
# Literal alternatives first, so that the engine skips to their first letters; the character
# before is checked in code.
_TITLED = lazy_made_re(lambda: rf"(?:{_title_words()}){_NAME_AFTER_TITLE}")
_LOWER_TITLED = lazy_made_re(lambda: rf"(?:{alternation(lowercase_titles() + _ADDRESSED)}){_NAME_AFTER_TITLE}")
# (one space or tab between the words: a wider gap is a fixed-width table's next column)
_CAPS_NAME = lazy_re(r"([A-ZÀ-ÖØ-Þ](?<![\w\-][A-ZÀ-ÖØ-Þ])[A-ZÀ-ÖØ-Þ'’\-]+)((?:[ \t][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+){1,2}|[ \t][A-Z][a-zà-ÿ]+)(?!-|[^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])")


# A title and a name both written in lowercase, as chats do ("frau dr. lindner", "mrs o'sullivan").
_LOWER_CHAT_TITLED = lazy_made_re(
    lambda: rf"(?:{alternation(titles('k'))})\.?(?:[ \t]+(?:dr|prof|mag)\.)*[ \t]+"
    r"((?:o'|o’|mc)?[a-zß-ÿ][a-zß-ÿ'’\-]{2,})(?![\w@])"
)


def _lower_titled(text: str, add: Callable[[Candidate], None]) -> None:
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.name_judge import RARE_RANK
    from desktop.core.privacy.text_cache import keyword_windows

    lex = lexicon()
    for a, b in keyword_windows(lowered(text), tuple(f" {t}" for t in titles("k")), 12):
        for m in _LOWER_CHAT_TITLED.finditer(text, a, b + 60):
            word = m.group(1)
            rank = lex.rank(word)
            # "dr appointment", "mr right": an everyday word after the title is no name; a rare
            # word or a listed surname not among the most frequent words is.
            if text[m.start() - 1 : m.start()].isalnum() or not (rank >= RARE_RANK or (lex.is_surname(word) and rank >= 3000)):
                continue
            add(Candidate(m.start(1), m.end(1), "PERSON"))


_INITIALS = lazy_re(r"(?:[A-Z]\.){1,3}")
_PARTICLE_WORDS = frozenset(particles("t"))  # (use "t" of name_words' particle table)


def _titled(text: str, add: Callable[[Candidate], None]) -> None:
    from desktop.core.privacy.names import is_company
    from desktop.core.privacy.text_cache import keyword_windows

    lower = lowered(text)
    # (and after an Italian article's apostrophe: "con l'ing. Bonetti", "dell'avv. Marchetti")
    windows = keyword_windows(lower, tuple(f" {t}" for t in _lower_titles()) + ("'ing.", "'avv.", "'arch."), 12)
    found = [*_TITLED.finditer(text), *(m for a, b in windows for m in _LOWER_TITLED.finditer(text, a, b + 60))]
    for m in found:
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._"):
            continue
        words = m.group(1).split()
        # Particles lead the surname ("Van der Meulen", "de la Fuente"): they count as its start.
        keep = 1
        while keep < len(words) and (words[keep - 1].casefold() in _PARTICLE_WORDS or _INITIALS.fullmatch(words[keep - 1])):
            keep += 1  # (and initials: "R.J. van der Meulen")
        # After the first word, further capitalised words belong to the name only when they are
        # no everyday word ("Frau Berger Bescheid" keeps "Berger").
        while keep < len(words) and not _plain_word(words[keep].rstrip(".,")):
            keep += 1
        words = words[:keep]
        if is_company(words) or (len(words) == 1 and _plain_word(words[0]) and len(words[0]) <= 3):
            continue
        start = m.start(1)
        end = text.index(words[-1], start) + len(words[-1])
        add(Candidate(start, end, "PERSON"))


# "ARGAÑARAZ, MILAGROS", "QUISPE MAMANI, ROSALÍA": a staff list or a form in capitals, surname
# first; not "CHICAGO, IL 60609" (a postcode after it) nor "PARIS, FRANCE" (no listed surname).
_CAPS_INVERTED = lazy_re(
    r"([A-ZÀ-ÖØ-Þ](?<![\w\-][A-ZÀ-ÖØ-Þ])[A-ZÀ-ÖØ-Þ'’\-]+(?:[ \t][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+)?),[ \t]"
    r"([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+)(?![\w\-]|[ \t]*\d|[ \t][A-ZÀ-ÖØ-Þ])"  # (nor "ALVAREZ, ROBERT CHEN": two people)
)
_UNLISTED = 1_000_000  # the rank of a word no frequency list holds


def _capitals_inverted(text: str, add: Callable[[Candidate], None]) -> None:
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.names import is_company

    lex = lexicon()
    for m in _CAPS_INVERTED.finditer(text):
        surnames = [w.capitalize() for w in m.group(1).split()]
        given = m.group(2).capitalize()
        if is_company(surnames) or _plain_word(given) or not lex.is_first_name(given):
            continue
        # (a second surname may be an everyday word too: "ECHENIQUE PAZ")
        if not _plain_word(surnames[0]) and all(lex.is_surname(w) or lex.rank(w) == _UNLISTED for w in surnames):
            add(Candidate(m.start(), m.end(), "PERSON"))


def _capitals(text: str, add: Callable[[Candidate], None]) -> None:
    """"STEPHANIE CARTER", "ZHANG Wei": a listed first name or surname and no everyday word."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.names import is_company

    lex = lexicon()
    for m in _CAPS_NAME.finditer(text):
        words = [m.group(1)] + m.group(2).split()
        titled = [w.capitalize() for w in words]
        if is_company(titled) or any(_plain_word(w) for w in titled[1:]) or (_plain_word(titled[0]) and not lex.is_surname(titled[0])):
            continue
        listed = sum(lex.is_first_name(w) or lex.is_surname(w) for w in titled)
        if listed >= max(1, len(words) - 1):
            add(Candidate(m.start(), m.end(), "PERSON"))
    if ", " in text:
        _capitals_inverted(text, add)
