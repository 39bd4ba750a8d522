"""Words a text writes in lowercase, and names in text written without capitals.

A word the text also writes in lowercase ("label: Tone" beside "name: tone") is a plain word there,
not a name; logins, addresses and links spell names in lowercase and say nothing about that. In
chat-style text with no capitals at all, a listed first name is a name however it is written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.name_judge import Judge
from desktop.core.privacy.name_words import TITLES
from desktop.core.privacy.text_cache import distinct_tokens

_WORD_CHARS = re.compile(r"[^\W\d_]+")


# Addresses and links spell names in lowercase ("anna.schmidt@example.com"): that is no sign
# the writer uses the word as a plain word.
_ADDRESS_LIKE = re.compile(r"[\w.+\-]+@[\w.\-]+|\b(?:https?://|www\.)\S+")


# A first name alone on its line in lowercase: a sign-off ("no news yet, chasing her\nniamh").
_ALONE_ON_LINE = re.compile(r"(?m)^[ \t]*([a-zß-ÿ]{3,20})[ \t]*$")


@lru_cache(maxsize=4)
def _signed_in_lowercase(text: str) -> frozenset[str]:
    """Listed first names that the text writes in lowercase only alone on their lines: a sign-off
    says nothing about the word being a plain word elsewhere."""
    from desktop.core.privacy.lexicon import lexicon

    alone = [m.group(1) for m in _ALONE_ON_LINE.finditer(text)] if "\n" in text else []
    if not alone:
        return frozenset()
    lex = lexicon()
    out = set()
    for word in set(alone):
        # (counted as a substring: a count inside other words only keeps the word a plain one)
        if lex.is_first_name(word.capitalize()) and text.count(word) == alone.count(word):
            out.add(word)
    return frozenset(out)


@lru_cache(maxsize=4)
def _lowercase_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lowercase (one pass, shared by every question about it)."""
    if " dot " not in text:
        # Letter runs and addresses lie inside tokens: the distinct tokens hold the same ones.
        text = distinct_tokens(text)
    if "@" in text or "://" in text or "www." in text:
        text = _without_addresses(text)
    if " dot " in text:  # "jasmine dot patel at gmail dot com" spells a name in lowercase, too
        from desktop.core.privacy.unlabelled import _SPOKEN_EMAIL

        text = _SPOKEN_EMAIL.sub(" ", text)
    if "." in text or "_" in text:
        text = _LOGIN_TOKEN.sub(" ", text)  # "kwame.asante", "@brandon.okeke": a login spells a name in lowercase
    return frozenset(w for w in set(_WORD_CHARS.findall(text)) if w.islower())


# A login or handle made of lowercase words joined by dots or underscores.
_LOGIN_TOKEN = re.compile(r"(?<![\w.])@?[a-z]+(?:[._][a-z]+)+(?![\w])")
_NON_SPACE = re.compile(r"\S*")


def _run_end(text: str, at: int) -> int:
    """Where the run of non-space characters starting at ``at`` ends (``at`` itself when none)."""
    m = _NON_SPACE.match(text, at)
    return m.end() if m is not None else at


def _without_addresses(text: str) -> str:
    """``_ADDRESS_LIKE.sub(" ", text)``, done only on the stretches between spaces that hold an
    "@", "://" or "www." (every match lies inside one such stretch and holds one of them): the
    same text, without trying the pattern at every character of a long document."""
    anchors = sorted(i for key in ("@", "://", "www.") for i in _find_all(text, key))
    size = len(text)
    backwards = text[::-1]
    pieces: list[str] = []
    done = 0
    for at in anchors:
        if at < done:
            continue  # in the stretch just handled
        begin = size - _run_end(backwards, size - at)
        end = _run_end(text, at)
        pieces += (text[done:begin], _ADDRESS_LIKE.sub(" ", text[begin:end]))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def _find_all(text: str, key: str):
    i = text.find(key)
    while i >= 0:
        yield i
        i = text.find(key, i + 1)


def _used_lowercase(text: str, word: str) -> bool:
    """Whether ``text`` also has ``word`` written in lowercase as a word of its own, other than
    as a lowercase sign-off."""
    lower = word.lower()
    # (a first name signed in lowercase, alone on its line, is no plain word: "chasing her\nniamh")
    return lower != word and lower in _lowercase_words(text) and lower not in _signed_in_lowercase(text)



_LOWER_WORD = re.compile(r"(?<![\w@.\-/])[^\W\d_A-Z]{3,}(?![\w@])")  # ("ok", "jo": too short to tell)
_LOWER_SURNAME = re.compile(r"(?:[ \t]+[a-z]\.?)?[ \t]+([^\W\d_A-Z]{2,})(?![\w@])")


def mostly_lowercase(text: str) -> bool:
    """Chat-style text written without capitals: names lose their capital letter too."""
    head = text[:2000]
    letters = sum(map(str.isalpha, head))
    return letters > 20 and sum(map(str.isupper, head)) < letters / 100


def _lowercase_names(text: str, judge: Judge, found: list[Candidate]) -> list[Candidate]:
    """In text without capitals: a listed first name that is no everyday word, with the
    surname after it when that is no everyday word either ("eva kleist", "benjamin a seiler")."""
    covered = {c.start for c in found}
    out: list[Candidate] = []
    for m in _LOWER_WORD.finditer(text):
        word = m.group(0)
        if m.start() in covered or not judge.strong_first(word) or word in TITLES:
            continue
        end = m.end()
        after = _LOWER_SURNAME.match(text, end)
        if after and not judge.common(after.group(1)) and judge.name_like(after.group(1)) and after.group(1) not in TITLES:
            end = after.end()
        out.append(Candidate(m.start(), end, "PERSON"))
    return out
