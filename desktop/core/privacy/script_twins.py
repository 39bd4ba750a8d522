"""A name written twice, once in Latin letters and once in its own script, side by side.

Work text that deals with people abroad writes their name as it reads and as they write it:
"Sunita Rao (सुनीता राव)", "Takahashi Kenji (高橋健二)", "Somchai Wongsakul (สมชาย วงศ์สกุล)",
"Nadia Rahman (نادية رحمن on her card)", and the other way round, "高橋健二 (Takahashi Kenji)".
Once one of the two is found, the bracket right after it holds the same person. Only the
bracket that touches a find is read: no pass over the whole text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lowered
from desktop.core.privacy.name_words import particles

# Letters (and their combining signs) of the scripts a name is written in besides Latin:
# Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, Hangul, kana and Han.
_OTHER = (
    "\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u097f"
    "\u0e00-\u0e7f\u1100-\u11ff\uac00-\ud7af\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
)
# The bracket after a Latin name: one to four words of one other script, then the bracket's end,
# a comma, or a Latin word ("(نادية رحمن on her card)").
_NATIVE_AFTER = re.compile(
    rf"[ \t]?[(（]([{_OTHER}][{_OTHER}'’\-]*(?:[ ·・][{_OTHER}][{_OTHER}'’\-]*){{0,3}})(?=[)）,，;]|[ \t]+[A-Za-z])"
)
# The bracket after a name in another script: a capitalised Latin name of one to four words.
_LATIN_AFTER = re.compile(
    r"[ \t]?[(（]([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+(?:[ \t][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+){0,3})(?=[)）])"
)
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]")


def script_twins(text: str, finds: Sequence[Candidate]) -> list[Candidate]:
    """The other script's spelling in the bracket right after each person find."""
    out: list[Candidate] = []
    for c in finds:
        if c.type != "PERSON" or text[c.end : c.end + 2].lstrip(" \t")[:1] not in ("(", "（"):
            continue
        name = text[c.start : c.end]
        rule = _NATIVE_AFTER if _LATIN.search(name) else _LATIN_AFTER
        m = rule.match(text, c.end)
        if m:
            out.append(Candidate(m.start(1), m.end(1), "PERSON"))
    return out


# The particles a surname opens with ("de la Fuente", "van der Linden", "Di Stefano", "von der Heydt").
# (use "s" of name_words' particle table: the European ones, with the Italian and Flemish forms)
_PARTICLES = frozenset(particles("s"))


def particle_mentions(text: str, finds: Sequence[Candidate]) -> list[Candidate]:
    """A surname with its particle met again without the first name, its particle capitalised
    at a sentence's or a line's start ("Marta de la Fuente" ... "De la Fuente pide que ...")."""
    surnames: set[str] = set()
    for c in finds:
        if c.type != "PERSON":
            continue
        words = text[c.start : c.end].split()
        for k in range(1, len(words) - 1):
            if words[k].casefold() in _PARTICLES:
                if words[-1][:1].isupper():
                    surnames.add(" ".join(words[k:]))
                break
    if not surnames:
        return []
    # (each found with str.find in the lowered text, its first letter in either case; the finds'
    # starts bisected: a pattern of all of them tried at every position costs tens of ms)
    lower = lowered(text)
    taken = sorted((c.start, c.end) for c in finds if c.type == "PERSON")
    starts = [a for a, _ in taken]
    out = []
    for name in surnames:
        rest, low = name[1:], name.lower()
        at = lower.find(low)
        while at >= 0:
            end = at + len(name)
            if text[at + 1 : end] == rest and not _GLUED.match(text[at - 1 : at] if at else "") \
                    and not _GLUED.match(text[end : end + 1]):
                i = bisect.bisect_right(starts, at) - 1
                if i < 0 or not taken[i][0] <= at < taken[i][1]:
                    out.append(Candidate(at, end, "PERSON"))
            at = lower.find(low, at + 1)
    return out


_GLUED = re.compile(r"[\w'’\-]")


_GREEK_WORD = re.compile(r"[Ά-Ϋ][ά-ώ]{2,}")
_ANY_GREEK = re.compile(r"[Ά-Ϋ]")


def greek_mentions(text: str, known: set[str], finds: Sequence[Candidate]) -> list[Candidate]:
    """A Greek name word already found ("Νίκος Αντωνίου" among those present) met again alone
    ("Μίλησα με τον Αντωνίου"): the Latin rules' capital runs do not read Greek letters."""
    if not _ANY_GREEK.search(text):
        return []
    words = {w for w in known if _GREEK_WORD.fullmatch(w.capitalize())}
    if not words:
        return []
    taken = [(c.start, c.end) for c in finds]
    # (matched without case: the casefolded "νίκοσ" is "Νίκος" with its final sigma)
    pattern = re.compile(r"(?<!\w)(?i:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")
    return [Candidate(m.start(), m.end(), "PERSON") for m in pattern.finditer(text)
            if m.group(0)[0].isupper() and not any(a <= m.start() < b for a, b in taken)]


# An Arabic family name after a given name: "العتيبي", "الحربي" (the article and a word ending in
# the "-i" of descent, a nisba), or "بن"/"بنت" and a name ("خالد بن سعيد").
_ARABIC_FAMILY = re.compile(r"[ \t]+(?:ال[\u0621-\u064a]{2,12}ي(?:ة)?|(?:بن|بنت|ابن)[ \t]+[\u0621-\u064a]{2,12})(?![\u0600-\u06ff])")
_ARABIC = re.compile(r"[\u0621-\u064a]+")


def arabic_family_names(text: str, finds: Sequence[Candidate]) -> list[Candidate]:
    """A found Arabic given name with the family name after it ("خالد العتيبي", "سارة الحربي")."""
    out = []
    for c in finds:
        if c.type == "PERSON" and _ARABIC.fullmatch(text, c.start, c.end):
            m = _ARABIC_FAMILY.match(text, c.end)
            if m:
                out.append(Candidate(c.start, m.end(), "PERSON"))
    return out


_SURNAME_JOIN = re.compile(r"[ \t]+(?:e|i|y)[ \t]+")


def joined_surnames(text: str, finds: Sequence[Candidate]) -> list[Candidate]:
    """Two surnames joined by "e", "i" or "y" as Portuguese, Catalan and Spanish write them ("Ana
    Luíza da Costa e Silva", "Jordi Puig i Ferrer"): a full name found, then a lone surname that
    is no first name (not "Marta Pérez y Juan", two people)."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.name_judge import judge_for

    # (only the finds a joining word follows: most have none)
    joined = [c for c in finds if c.type == "PERSON" and text[c.end : c.end + 3] in (" e ", " i ", " y ")]
    if not joined:
        return []
    starts = {c.start: c for c in finds if c.type == "PERSON"}
    judge = judge_for(lexicon())
    out = []
    for c in joined:
        if " " not in text[c.start : c.end].strip():
            continue
        join = _SURNAME_JOIN.match(text, c.end)
        after = starts.get(join.end()) if join else None
        if after is None:
            continue
        word = text[after.start : after.end]
        # (not a surname that is a strong first name too: "Maria da Silva e Pedro" are two people,
        # and so "da Costa e Silva" stays two finds, both hidden)
        if word.isalpha() and word[:1].isupper() and judge.surname(word) and not judge.strong_first(word):
            out.append(Candidate(c.start, after.end, "PERSON"))
    return out
