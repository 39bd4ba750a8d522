"""Titles and honorifics written beside a name: hidden with it, taken off again for restore.

Many texts write a title before a name ("Mr. Alvarez", "Frau Dr. Keller", "dott.ssa Ricci",
"mevr. Bakker", "Pani Nowak") or, in the languages that put it after, right after it
("Tanaka-san", "김민수 씨", "Ayşe Hanım", "Sharma ji", "佐藤様"). A title left outside the
placeholder says who is meant to anyone who knows the team ("Sra. [PERSON_1]" beside a Madrid
office), so the hidden span takes the title in; the placeholder then stands for the whole form.

The same words are needed the other way: ``strip_titles`` gives the bare name, so that one
person keeps one placeholder whether or not a title was written (coreference), and restore does
not write "Mr. Mr. Alvarez" when the answer itself puts a title before the placeholder.

Only this module's small vocabulary is imported by restore (no name lists): it stays cheap.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_made_re
from desktop.core.privacy.honorifics import titles
from desktop.core.privacy.text_cache import key_starts
from desktop.core.privacy.word_lists import derived


# Titles written before a name, as one alternation (longest first, so that "dott.ssa" is not
# read as "dott"). Case is ignored, except for the single letter "M." (French "Monsieur"), which
# needs its capital and its dot. (The one list of titles is honorifics.py, read on first use.)
def _before_alt() -> str:
    return "|".join(re.escape(w) for w in sorted(titles("b"), key=len, reverse=True))


# A title (with its dot) ending right where the name starts; several may stand in a row
# ("Herr Prof. Dr. Weber"): the pattern is applied again from the new start. A capital with a
# dot is taken too: "M." or the "D." of "Sra. D. Conceição", else an initial of the name.
_TITLE_BEFORE = lazy_made_re(lambda: rf"(?:^|(?<=[\s(\"'“‘,;:/<]))(?:(?i:{_before_alt()})(?:\.[ \t]*|[ \t]+)|[A-Z]\.[ \t]*)\Z")  # (\Z: "$" would also match before a line break)
_TITLE_WORD = lazy_made_re(lambda: rf"(?:(?i:{_before_alt()})\.?|M\.)")

# Honorifics written after a name: joined by a hyphen ("Tanaka-san"), after a space in romanised
# Japanese only in lowercase ("Tanaka san"), Turkish, Hindi and Telugu words and the English of
# India in either case ("Ayşe Hanım", "Ahmet bey", "Sharma ji", "Neha ma'am"), and the East Asian
# ones right after the characters or a space.
_AFTER_HYPHEN = ("sama", "san", "kun", "chan", "sensei", "senpai", "ji", "sahib")
_AFTER_LOWER = ("san", "sama", "kun", "chan", "sensei")
_AFTER_CJK = ("さん", "さま", "様", "くん", "君", "ちゃん", "先生", "氏", "殿", "女士", "小姐", "씨", "님")


def _title_after() -> str:
    return (
        "(?:"
        rf"-(?i:{'|'.join(_AFTER_HYPHEN)})(?![\w\-])"
        rf"|[ \t](?i:{'|'.join(titles('a'))})(?![\w\-])"
        rf"|[ \t](?:{'|'.join(_AFTER_LOWER)})(?![\w\-])"
        rf"|[ \t]?(?:{'|'.join(_AFTER_CJK)})"
        ")"
    )


_TITLE_AFTER = lazy_made_re(_title_after)
_AFTER_AT_END = lazy_made_re(lambda: rf"(?:{_title_after()})\Z")
_AFTER_AT_START = lazy_made_re(
    lambda: r"[ \t]*(?:-|(?=\S))" + rf"(?:(?i:{'|'.join(_AFTER_HYPHEN + titles('a'))})(?![\w\-])|(?:{'|'.join(_AFTER_CJK)}))")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@cache
def _title_set() -> frozenset[str]:
    before = titles("b")
    return frozenset(w.split(".")[-1] if "." in w and "-" not in w else w for w in before) | frozenset(
        w.split(".")[0] for w in before)


derived(_title_set.cache_clear)

_WORD_BEFORE = re.compile(r"([^\s(\"'“‘,;:/<]{1,12})[ \t]*\Z")


def _may_be_titled(text: str, start: int, low: int) -> bool:
    """A quick look at the word before ``start`` (most names have no title): only a title word,
    or a capital with its dot, sends the name on to the pattern."""
    if start <= low or text[start - 1] not in " \t.":
        return False
    m = _WORD_BEFORE.search(text, max(low, start - 16), start)
    if m is None:
        return False
    word = m.group(1)
    return word.rstrip(".").casefold() in _title_set() or (len(word) == 2 and word[1] == ".") or "." in word[:-1]


def title_start(text: str, start: int, low: int = 0) -> int:
    """Where the titles written right before ``text[start:]`` begin (``start`` if none), never
    before ``low``."""
    for _ in range(4):  # "Frau Mag. Dr. Keller": a few titles in a row at most
        if not _may_be_titled(text, start, low):
            break
        m = _TITLE_BEFORE.search(text, max(low, start - 16), start)
        if not m or m.start() == m.end() or m.start() < low:
            break
        start = m.start()
    return start


def title_end(text: str, end: int, high: int) -> int:
    """Where an honorific written right after a name ending at ``end`` ends (``end`` if none)."""
    m = _TITLE_AFTER.match(text, end, high)
    if m is None:
        return end
    if m.group(0).startswith((" ", "\t")) and _CJK.search(m.group(0)) and not _CJK.match(text, end - 1):
        return end  # a Korean or Japanese honorific after a space follows a name in that script
    return m.end()


def take_titles(text: str, chosen: Sequence[Candidate]) -> list[Candidate]:
    """``chosen`` (sorted, not overlapping) with each person's span widened over the titles
    written right before it and the honorific right after it, never into another find."""
    out: list[Candidate] = []
    for i, c in enumerate(chosen):
        if c.type == "PERSON":
            low = out[-1].end if out else 0
            high = chosen[i + 1].start if i + 1 < len(chosen) else len(text)
            start, end = title_start(text, c.start, low), title_end(text, c.end, high)
            if (start, end) != (c.start, c.end):
                c = c._replace(start=start, end=end)
        out.append(c)
    return out


@cache
def _endings() -> tuple[str, ...]:
    return tuple({f"-{w}" for w in _AFTER_HYPHEN} | {f" {w}" for w in titles("a") + _AFTER_LOWER} | set(_AFTER_CJK))


derived(_endings.cache_clear)


def strip_honorific(form: str) -> str:
    """``form`` without the honorific written after it ("Ayşe Hanım" -> "Ayşe")."""
    folded = form.casefold()
    if not folded.endswith(_endings()):
        return form  # (most names: one test in C instead of a pattern tried at every position)
    m = _AFTER_AT_END.search(form)
    return form[: m.start()].rstrip() if m and m.start() > 0 else form


def _is_title_word(word: str) -> bool:
    # (a set look-up first: most words of a name are no title)
    return (word.rstrip(".").casefold() in _title_set() or "." in word) and _TITLE_WORD.fullmatch(word) is not None


def strip_titles(form: str) -> str:
    """``form`` without the titles before it and the honorific after it ("Frau Dr. Keller" ->
    "Keller", "Tanaka-san" -> "Tanaka"); a form that is nothing but titles is kept as written."""
    words = form.split()
    i = 0
    while i < len(words) - 1 and _is_title_word(words[i]):
        i += 1
    return strip_honorific(" ".join(words[i:]) if i else form) or form


def has_title_after(text: str, at: int) -> bool:
    """Whether an honorific starts at ``at`` (an answer writing "[PERSON_1]-san")."""
    return _AFTER_AT_START.match(text, at) is not None


# A capitalised word (or two) right before an honorific that is only ever said of a person:
# "Tanaka-san", "Ayşe Hanım", "Mehmet Bey", "Sharma ji", "Ali sahib". Found from the honorific
# (rare in most texts: a hyphen rule the engine skips to, and plain substrings for the spaced
# ones), then the name is read backwards from it.
# (Japanese may follow with no space: "Kenji-sanにも伝えます")
_HYPHEN_MARK = re.compile(r"-(?i:sama|san|kun|chan|sensei|senpai)(?![^\W\u3040-\u30ff\u4e00-\u9fff]|-)")
_SPACED_MARKS = (" Hanım", " hanım", " Hanim", " hanim", " Bey", " bey", " ji", " Sahib", " sahib", " Saheb", " saheb", " úr", " asszony")
# What may stand before a name said inside a sentence: a lowercase word, a comma.
_INSIDE_SENTENCE = re.compile(r"(?:[a-zß-ÿğış]|,)[ \t]+\Z")
_WORD_GOES_ON = re.compile(r"[\w\-]")
_NAME_BEFORE_MARK = re.compile(
    r"(?<![\w\-])((?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿā-ž']{1,15}[ \t])?[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿā-ž']{1,15})\Z"
)


def _marks(text: str) -> list[int]:
    """Where each honorific after a name starts (its hyphen or its space)."""
    found = [m.start() for m in _HYPHEN_MARK.finditer(text)] if "-" in text else []
    for mark in _SPACED_MARKS:
        found += [at for at in key_starts(text, mark) if not _WORD_GOES_ON.match(text, at + len(mark))]
    return found


def honorific_names(text: str, everyday: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of the names written right before a person's honorific; a first word that is an
    everyday word (``everyday``) is left out ("Thanks Tanaka-san" keeps "Tanaka")."""
    from desktop.core.privacy.lexicon import lexicon

    out = []
    lex = lexicon()
    for at in _marks(text):
        m = _NAME_BEFORE_MARK.search(text, max(0, at - 34), at)
        if m is None:
            continue
        start, words = m.start(1), m.group(1).split()
        if len(words) == 2 and (everyday(words[0]) or not (lex.is_first_name(words[0]) or lex.is_surname(words[0]))):
            start, words = m.end(1) - len(words[1]), words[1:]  # ("Toplantıya Can bey": a sentence's first word)
        # A first name that is also an everyday word somewhere ("Can bey", "Deniz Hanım") is a
        # person inside a sentence; at a sentence's start the word may be the sentence's own.
        inside = _INSIDE_SENTENCE.search(text, max(0, start - 20), start) is not None
        if not everyday(words[-1]) or (lex.is_first_name(words[-1]) and inside):
            out.append((start, m.end(1)))
    return out
