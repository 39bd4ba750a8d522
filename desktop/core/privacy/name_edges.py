"""The edges of a name already found: the parts the rules for single words left outside.

A name is often found without one of its parts: the first of three ("Mei" before "Ling Tan"
on a signature line), the initial before a surname ("B Adeyemi" on an account line), the
particle and surname after a first name ("Yannick" before "Le Goff"), the given name after a
surname written in capitals first ("TAN Hui" before "Min"). Half a name hidden still tells who
it is, so the found span is widened over such a part. Only parts that cannot be something else
are taken: a capitalised word that the name lists hold and that is not a frequent word, a
single capital as an initial, a listed particle followed by a capitalised word.
"""

from __future__ import annotations

import re

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.lexicon import Lexicon
from desktop.core.privacy.name_words import GREETINGS, PARTICLES, TITLES

_FREQUENT = 1500  # words more frequent than this in the team's languages are not taken as name parts
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\"'“]))([A-ZÀ-ÖØ-Þ][a-zß-ÿ]{1,15})[ \t]$")
_INITIAL_BEFORE = re.compile(r"(?:^|(?<=[\s(:,]))([B-HJ-NP-Z])\.?[ \t]$")
_PARTICLE_AFTER = re.compile(rf"[ \t](?i:{PARTICLES[3:-1]})[ \t]([A-ZÀ-ÖØ-Þ][a-zß-ÿ'’]{{1,20}})(?![\w@])")
_WORD_AFTER = re.compile(r"[ \t]([A-ZÀ-ÖØ-Þ][a-zß-ÿ]{1,8})(?![\w@.'’-])")
_CAPS_SURNAME_FIRST = re.compile(r"[A-Z]{2,}[ \t][A-Z][a-z]+")
# A surname in capitals and a comma before the given name, as registers and exports write it
# ("SMITH, Olivia", "BARNES, TERRY"), at a line's or a field's start.
_CAPS_SURNAME_COMMA = re.compile(r"(?:^|(?<=[\n\t,;|:\"]))[ \t]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]{1,24}),[ \t]*\Z")
# An initial with its dot after a first name ("Vikram S.", "Assigned: Marta K.").
_INITIAL_AFTER = re.compile(r"[ \t]([A-ZÀ-ÖØ-Þ])\.(?![\w.])")


def _name_part(lex: Lexicon, word: str) -> bool:
    folded = word.casefold()
    if folded in GREETINGS or folded in TITLES:
        return False  # "Dear" before "Priya Natarajan" is a greeting, though the lists hold a surname Dear
    return (lex.is_first_name(word) or lex.is_surname(word)) and lex.rank(word) >= _FREQUENT and not lex.is_not_name(word)


def _surname_in_capitals(lex: Lexicon, word: str) -> bool:
    written = word.title()  # "O'NEILL" -> "O'Neill"
    return lex.is_surname(written) or (lex.rank(written) >= _FREQUENT and not lex.is_not_name(written))


def _widen(text: str, c: Candidate, lex: Lexicon) -> tuple[int, int]:
    start, end = c.start, c.end
    words = text[start:end].split()
    line_from = text.rfind("\n", 0, start) + 1
    before = _WORD_BEFORE.search(text, max(line_from, start - 18), start)
    if before and len(words) == 2 and before.start(1) == line_from and _name_part(lex, before.group(1)):
        start = before.start(1)  # "Mei Ling Tan" signing a message, found as "Ling Tan"
    elif len(words) == 1:
        initial = _INITIAL_BEFORE.search(text, max(line_from, start - 4), start)
        if initial:
            start = initial.start(1)  # "B Adeyemi"
    caps = _CAPS_SURNAME_COMMA.search(text, max(line_from, start - 28), start) if text[start - 2 : start].strip(" \t") == "," else None
    if caps and len(words) <= 2 and _surname_in_capitals(lex, caps.group(1)):
        start = caps.start(1)
    initial = _INITIAL_AFTER.match(text, end)
    if initial and len(words) == 1 and lex.is_first_name(words[0]):
        return start, initial.end()
    particle = _PARTICLE_AFTER.match(text, end)
    if particle and len(words) == 1 and lex.is_first_name(words[0]) and lex.rank(particle.group(1)) >= _FREQUENT:
        return start, particle.end()  # "Yannick Le Goff"
    after = _WORD_AFTER.match(text, end)
    if after and len(words) == 2 and _CAPS_SURNAME_FIRST.fullmatch(text[c.start : c.end]) and _name_part(lex, after.group(1)):
        end = after.end()  # "TAN Hui Min"
    return start, end


_COMMA_GAP = re.compile(r",[ \t]*")


def _join_caps_surnames(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A surname in capitals, a comma and the given name found as two people ("SMITH, Olivia"
    in a register's name column) are one person."""
    out: list[Candidate] = []
    for c in chosen:
        last = out[-1] if out else None
        if (last is not None and text.startswith(",", last.end) and c.type == last.type == "PERSON"
                and _COMMA_GAP.fullmatch(text, last.end, c.start)
                and _CAPS_WORD.fullmatch(text, last.start, last.end) and " " not in text[c.start : c.end].strip()):
            out[-1] = last._replace(end=c.end)
            continue
        out.append(c)
    return out


_CAPS_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]{1,24}")
# A nickname in quotes between the given name and the surname: 'Robert "Bobby" Fischer',
# 'Margaret ("Peggy") Olsen'. The quotes' inside is the nickname found; the surname after it.
_NICK_OPEN = re.compile(r"[ \t]+\(?[\"“„'‘«][ \t]?")
_NICK_CLOSE = re.compile(r"[ \t]?[\"”“'’»]\)?[ \t]+([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+)")


def _join_nicknames(text: str, chosen: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A given name, a nickname in quotes and the surname after it are one person."""
    out: list[Candidate] = []
    for c in chosen:
        last = out[-1] if out else None
        if last is not None and c.type == last.type == "PERSON" and _NICK_OPEN.fullmatch(text, last.end, c.start):
            close = _NICK_CLOSE.match(text, c.end)
            if close and not lex.is_not_name(close.group(1)) and not _plain(lex, close.group(1)):
                out[-1] = last._replace(end=close.end(1))
                continue
        out.append(c)
    return out


def _plain(lex: Lexicon, word: str) -> bool:
    return lex.rank(word) < _FREQUENT and not lex.is_surname(word)


def widen_names(text: str, chosen: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """``chosen`` (sorted, not overlapping) with each name widened over a part left beside it,
    never into another find."""
    chosen = _join_nicknames(text, _join_caps_surnames(text, chosen), lex)
    out: list[Candidate] = []
    for i, c in enumerate(chosen):
        if c.type == "PERSON":
            start, end = _widen(text, c, lex)
            low = out[-1].end if out else 0
            high = chosen[i + 1].start if i + 1 < len(chosen) else len(text)
            if (start, end) != (c.start, c.end) and low <= start and end <= high:
                c = c._replace(start=start, end=end)
        out.append(c)
    return out
