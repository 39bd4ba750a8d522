"""Name finds that are one key among a form's or a plan's line keys ("Vada:", "Norma:" in a
complaint report, "담당:" in a plan, "लेखा विभाग:" in a circular).

A complaint report, a plan or a circular labels its lines with words of its language ("Zákazník:",
"Díl:", "Vada:", "Opatření:", "Norma:"), and a few of those words are also first names ("Vada",
"Norma"), or no word list holds the language at all, so that every key looks like a speaker. A
transcript's speakers come back line after line and are mostly names; a form's keys are written
once each (or numbered: "Objective 1:", "Objective 2:") and few of them are names. So a key among
four or more keys at lines' starts, most written once, few of them listed names, is a key,
unless it is a listed name the text writes again elsewhere (a person named in a ticket, then commenting).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from desktop.core.privacy.lexicon import Lexicon, strip_accents
from desktop.core.privacy.text_cache import text_memo

# A line's key: up to four words before a colon, after a list's mark; a number after the words
# numbers the key ("핵심결과 1:").
_KEY = re.compile(r"^[ \t]*(?:[-*•][ \t]*)?([^\W\d_][^\n:：]{0,40}?)(?:[ \t]+\d{1,2}(?:\.\d)?)?[ \t]*[:：](?!\d)", re.MULTILINE)  # ("mei-ling  10:04 AM": a time)
_KEY_END = re.compile(r"(?:[ \t]+\d{1,2}(?:\.\d)?)?[ \t]*[:：](?!\d)")  # (the end of ``_KEY`` after its words)
_TIMESTAMP = re.compile(r"^[ \t]*[\[(]?\d{1,2}[:.]\d{2}")


def a_form_key(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the find is a whole line key of a text whose line keys make a form."""
    if not _KEY_END.match(text, end):
        return False  # (what must follow a line's key: most finds are no key, told without reading their line)
    key = _KEY.match(text, text.rfind("\n", 0, start) + 1)
    if key is None or key.start(1) != start or key.end(1) != end:
        return False
    value = text[start:end]
    # (the text's keys first: answered once per text, and where they make no form the count of
    # the value's mentions, a search of the whole text for each, is not needed)
    if not _a_form(text):
        return False  # few keys, or a transcript's speakers coming back
    if _named(lex, value.split()[0]) and _more_than_once(text, value):
        return False  # "- Vikram: asked Ananya ...": a person the text names elsewhere too
    words, named = _key_words(text, lex)
    # the distinct keys but this one, and how many of them are names ("- Bianchi:", "- Verdi:": action items)
    distinct = len(words) - (value in words)
    names = len(named) - (value in named)
    return names * 4 <= distinct


def _a_form(text: str) -> bool:
    """Whether the text's line keys are four or more, mostly written once: answered once per text
    (a long text's keys are asked about one by one)."""
    memo: dict[str, Any] = text_memo(text).setdefault("not_form_keys", {})
    if "a form" not in memo:
        written = [full for _, full in _keys(text)]
        memo["a form"] = len(written) >= 4 and len(set(written)) * 4 >= len(written) * 3
    return bool(memo["a form"])


def _more_than_once(text: str, value: str) -> bool:
    """``text.count(value) > 1``, without counting past the second: once per value while the
    text is checked (a long text's keys are asked about one by one)."""
    seen: dict[str, bool] = text_memo(text).setdefault("not_form_keys", {}).setdefault("repeated", {})
    if value not in seen:
        first = text.find(value)
        seen[value] = first >= 0 and text.find(value, first + len(value)) >= 0  # (count's occurrences do not overlap)
    return seen[value]


def _key_words(text: str, lex: Lexicon) -> tuple[set[str], set[str]]:
    """The distinct keys' words, and those of them that open with a listed name."""
    memo: dict[str, tuple[Lexicon, set[str], set[str]]] = text_memo(text).setdefault("not_form_keys", {})
    if "words" not in memo or memo["words"][0] is not lex:
        words = {word for word, _ in _keys(text)}
        memo["words"] = (lex, words, {k for k in words if _named(lex, k.split()[0])})
    return memo["words"][1:]


def _keys(text: str) -> list[tuple[str, str]]:
    """Each line key's words and the key as written (with its number)."""
    memo: dict[str, list[tuple[str, str]]] = text_memo(text).setdefault("not_form_keys", {})
    if "keys" not in memo:
        memo["keys"] = [(m.group(1).strip(), m.group(0).strip(" \t-*•:：")) for m in _line_keys(text)
                        if not _TIMESTAMP.match(m.group(0))]
    return memo["keys"]


def _line_keys(text: str) -> Iterator[re.Match[str]]:
    """``_KEY.finditer(text)``, tried only at the starts of lines that hold a colon: a key ends
    with one and never reaches past its line, so a line without one holds no key."""
    ascii_colon, wide_colon = text.find(":"), text.find("：")
    while ascii_colon >= 0 or wide_colon >= 0:
        colon = ascii_colon if wide_colon < 0 or 0 <= ascii_colon < wide_colon else wide_colon
        key = _KEY.match(text, text.rfind("\n", 0, colon) + 1)
        if key is not None:
            yield key
        line_end = text.find("\n", colon)
        if line_end < 0:
            return
        if ascii_colon >= 0 and ascii_colon < line_end:
            ascii_colon = text.find(":", line_end)
        if wide_colon >= 0 and wide_colon < line_end:
            wide_colon = text.find("：", line_end)


def _named(lex: Lexicon, word: str) -> bool:
    """A listed first name or surname."""
    return lex.is_first_name(word) or lex.is_first_name(strip_accents(word)) or lex.is_surname(word)
