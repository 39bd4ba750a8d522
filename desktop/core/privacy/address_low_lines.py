"""Addresses typed in lowercase inside a text that is not, as chats and quick forms hold them:
one speaker types "12 protea street sunnyside pretoria" while the others write with capitals, and
Latin American streets typed name first, then the number and an interior or colonia word
("insurgentes sur 1602 int 304 col credito constructor").

The lowercase street rules of ``addresses`` read a text written without capitals as a whole;
here they are tried on each line (after its speaker label) that has no capital itself and holds a
digit, so a capitalised report is never read as chat. A part after a comma that reads as the
sentence going on ("..., gate code is with the guard") is no town and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re

# A line's speaker label ("[09:12] Pieter:", "Lupita:"), before its message.
_SPEAKER = lazy_re(r"[^\n:]{1,40}:[ \t]*")
_DIGIT = lazy_re(r"\d")
# A number beside a word, which every address here has ("12 protea", "1602 int"): a date, a phone
# or an amount alone on its line ("11/18/1985", "821-986-9374") is not read further.
_NUMBER_BY_WORD = lazy_re(r"\d[a-z]{0,2}[ \t,]+[a-zà-ÿ#]|[a-zà-ÿ][ \t,]+\d")
# Words that make a comma's part a sentence going on rather than a town or suburb.
_SENTENCE_WORDS = frozenset({
    "to", "the", "and", "of", "at", "in", "for", "with", "on", "a", "an", "my", "your", "is", "are", "was", "be", "will",
    "can", "pls", "please", "thanks", "ok", "if", "it", "i", "im", "we", "you", "de", "la", "el", "que", "por", "para",
    "y", "en", "es", "no", "se",
})
# Name first, then the number and an interior, apartment or colonia part: Mexican and other Latin
# American streets as chat types them; the part word after the number is what makes it an address.
# (found from the number and its part, then the street's words before it: a scan from every
# lowercase word would cost a log file as much as the rest of the address rules)
_NUMBER_PART = lazy_re(
    r"(?<![\w\-/.])\d{1,5}[a-z]?"
    r"(?:,?[ \t]+(?:int|interior|depto|dpto|apto|ap|departamento|piso)\.?[ \t]*(?:\d[\w\-]{0,4}|[a-z](?!\w))"
    r"|,?[ \t]+(?:col|colonia|fracc|barrio|bairro)\.?[ \t]+[a-zà-ÿ][\w'’\-]*(?:[ \t]+[a-zà-ÿ][\w'’\-]*){0,2})+"
)
# Words that take a number without being a street: "build 4512 int 3", "release 2 ap 3".
_COUNT_NOUNS = frozenset({
    "build", "release", "version", "v", "ticket", "item", "order", "page", "step", "sprint", "issue", "task", "test",
    "row", "line", "chapter", "section", "room", "level", "table", "figure", "week", "day", "pr", "rev", "run", "job",
    "slide", "point", "option", "case", "bug", "story", "pedido", "factura", "orden", "página", "paso", "versión",
    "sala", "nivel", "tabla", "semana", "día", "dia", "caso", "punto", "número", "numero", "no",
})
_STREET_BEFORE = lazy_re(r"(?<![\w\-/.])[a-zà-ÿ][\w'’\-]*(?:[ \t]+[a-zà-ÿ][\w'’\-]*){0,3},?[ \t]+$")


# A number, street words ending in a street type, then a suburb and town that are listed ones:
# "12 protea street sunnyside pretoria" (the lowercase street rule reads the street's words up to
# the last, and "pretoria" is no street type).
_TYPED_THEN_TOWNS = lazy_re(
    r"(?<![\w\-/.,])\d{1,5}[a-z]?[ \t]+(?:[a-zà-ÿ][\w'’\-]*[ \t]+){1,3}?"
    r"(?:street|st|road|rd|avenue|ave|drive|dr|lane|ln|crescent|cres|close|way|place|pl|court|ct|boulevard|blvd|"
    r"terrace|tce|grove|parade|pde|circle|highway|hwy)\.?"
    r"(?P<towns>(?:,?[ \t]+[a-zà-ÿ][\w'’\-]*){1,3})"
)


# (not the sentence going on: "apto 3 e depois envio o pedido 22010-000")
_NOT_TOWN_WORDS = _SENTENCE_WORDS - {"de", "la", "el", "en"} | {
    "e", "o", "a", "os", "as", "em", "no", "na", "pra", "pro", "com", "ou", "até", "depois", "hoje", "amanhã", "aqui"}
# The district and town typed after a lowercase street, ending in a postcode of the Brazilian or
# Portuguese shape: "rua joão cachoeira 488 apto 71 itaim bibi são paulo 04535-004".
_TOWNS_THEN_CODE = lazy_re(r"(?:,?[ \t]+[a-zà-ÿ][\w'’]*(?:[ \t]*[-/][ \t]*[a-z]{2}(?![\w]))?){1,4}?,?[ \t]+(?:cep[ \t:]*)?\d{4,5}-\d{3}(?![\d\-])")


def lowercase_lines(text: str, finder: Callable[[str], list[Candidate]], whole: bool) -> list[Candidate]:
    """``finder``'s lowercase addresses with the towns and postcode typed after them (see
    ``_found_lines``)."""
    out = _found_lines(text, finder, whole)
    for i, c in enumerate(out):
        m = _TOWNS_THEN_CODE.match(text, c.end)
        if m and not _NOT_TOWN_WORDS.intersection(m.group(0).replace(",", " ").split()):
            out[i] = c._replace(end=m.end())
    return out


def _found_lines(text: str, finder: Callable[[str], list[Candidate]], whole: bool) -> list[Candidate]:
    """``finder``'s lowercase addresses in a text without capitals (``whole``) or on each line
    without capitals of another text, and the forms above, as spans of ``text``."""
    out: list[Candidate] = finder(text) if whole else []
    for base, msg in _lowercase_messages(text):
        if not whole:
            out += [Candidate(base + c.start, base + _trim(msg, c.start, c.end), "ADDRESS") for c in finder(msg)]
        for typed in _TYPED_THEN_TOWNS.finditer(msg):
            end = _listed_towns_end(typed)
            if end:
                out.append(Candidate(base + typed.start(), base + end, "ADDRESS"))
        for part in _NUMBER_PART.finditer(msg):
            street = _STREET_BEFORE.search(msg, max(0, part.start() - 60), part.start())
            if street and street.group(0).split()[-1].rstrip(",") not in _COUNT_NOUNS:
                start = street.start() + _lead_words(msg[street.start() : part.start()].rstrip(" \t,"))
                if start < part.start():
                    out.append(Candidate(base + start, base + _trim(msg, start, part.end()), "ADDRESS"))
    return out


def _lowercase_messages(text: str) -> list[tuple[int, str]]:
    """Each line's message (after its speaker label) that holds a digit and no capital, with
    where it starts; a line loop, as a pattern anchored at each line start costs a long line of
    prose a scan for every digit it lacks."""
    out: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        if _DIGIT.search(line):
            label = _SPEAKER.match(line)
            start = label.end() if label else 0
            msg = line[start:]
            if msg == msg.lower() and _NUMBER_BY_WORD.search(msg):
                out.append((at + start, msg))
        at += len(line) + 1
    return out


def _listed_towns_end(m: re.Match[str]) -> int:
    """Where the listed towns right after a typed street end, else 0 ("..., gate code" is none)."""
    from desktop.core.privacy.towns import is_town

    end = 0
    for word in re.finditer(r"[^\s,]+", m.string[m.start("towns") : m.end("towns")]):
        if not is_town(word.group(0)):
            break
        end = m.start("towns") + word.end()
    return end


def _lead_words(street: str) -> int:
    """How many characters of sentence words lead the street ("a mi depa, insurgentes ...")."""
    words = list(re.finditer(r"[^\s,]+", street))
    at = 0
    for w in words:
        if w.group(0) in _SENTENCE_WORDS or w.group(0) in ("depa", "casa", "mi"):
            at = w.end()
    return len(street) - len(street[at:].lstrip(" \t,"))


def _trim(msg: str, start: int, end: int) -> int:
    """Where the address ends once parts after a comma that go on with the sentence are left."""
    value = msg[start:end]
    parts = value.split(",")
    kept = [parts[0]]
    for part in parts[1:]:
        if _SENTENCE_WORDS.intersection(part.split()):
            break
        kept.append(part)
    return start + len(",".join(kept).rstrip(" ,."))
