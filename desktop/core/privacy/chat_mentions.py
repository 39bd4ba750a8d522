"""Other mentions of people a chat or a header already named: speaker names in any case ("ta raj",
"@meg"), a name in capitals where the text names that person otherwise ("TREVOR CALLED"), and
"Surname, First" where a header or a chat line is that one person.
"""

from __future__ import annotations

import re

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.chat_signoffs import _SIGN_OFFS
from desktop.core.privacy.fastscan import dispatchable, first_char_dispatch, lazy_re
from desktop.core.privacy.names import plain_word as _plain_word
from desktop.core.privacy.text_cache import distinct_tokens
from desktop.core.privacy.word_lists import word_set


def lowercase_mentions(text: str, known: set[str], already: list[Candidate]) -> list[Candidate]:
    """Other mentions of speaker names in any case ("ta raj" after "[10:01] raj:", "@meg",
    "cheers mo," after "mo:")."""
    from desktop.core.privacy.coref import words_in

    seen = words_in(text)
    words = sorted((w for w in known if (w in seen or "@" + w in seen) and len(w) >= 2 and not _plain_word(w)),
                   key=len, reverse=True)
    # A speaker named with an everyday word ("fra", "an") is that person where it labels a line.
    labelled = _plain_speakers(text, [w for w in known if w in seen and len(w) >= 2 and w.isalpha() and _plain_word(w)], already)
    if not words:
        return labelled
    alternatives = [re.escape(w) for w in words]
    if dispatchable(words):
        # The same pattern written so that the engine skips to the names' first letters.
        start = first_char_dispatch(alternatives, r"\w.", ignore_case=True)
    else:
        start = r"(?<![\w.])(?i:" + "|".join(alternatives) + ")"
    pattern = re.compile(start + r"(?![\w@])")
    taken = {(c.start, c.end) for c in already}
    # A speaker named with a frequent word ("mark", "bill", "sol") is that word again in most of
    # its other lowercase uses ("pls mark the tickets", "the bill came in"): only where someone is
    # addressed or named by a cue.
    from desktop.core.privacy.lexicon import lexicon

    lex = lexicon()
    frequent = {w for w in words if lex.rank(w) < _FREQUENT_RANK}
    return labelled + [Candidate(m.start(), m.end(), "PERSON") for m in pattern.finditer(text)
            if m.span() not in taken and _mention_here(text, m.start(), m.end()) and text[m.start() - 1 : m.start()] not in ("/", "\\")
            and (m.group(0).casefold() not in frequent or m.group(0)[0].isupper() or addressed(text, m.start(), m.end()))
            and not (m.group(0)[0].isupper() and _NEXT_CAPITALISED.match(text, m.end()))]


def _plain_speakers(text: str, words: list[str], already: list[Candidate]) -> list[Candidate]:
    """The lines a speaker named with an everyday word labels, written in lowercase ("fra: ...")."""
    if not words:
        return []
    taken = {c.start for c in already}
    pattern = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(" + "|".join(re.escape(w) for w in words) + r"):")
    return [Candidate(m.start(1), m.end(1), "PERSON") for m in pattern.finditer(text) if m.start(1) not in taken]


def _mention_here(text: str, start: int, end: int) -> bool:
    """A handle only as "@name" at a word's start (not an address's domain); a two-letter name
    ("mo", "al") only where someone is thanked or greeted by it or it stands as a speaker."""
    if start and text[start - 1] == "@":
        return start < 2 or text[start - 2].isspace() or text[start - 2] in "(["
    if end - start > 2:
        return True
    before = text[max(0, start - 12) : start].rstrip(" \t").casefold()
    return before.endswith(_GREETED) or text[end : end + 1] in (":", ",")


# A capitalised word after a speaker's name makes it a full name or a thing's ("Sunny Side Up
# cafe", "the Sunny Corner lounge"): the name rules judge those, not the speaker's label.
_NEXT_CAPITALISED = re.compile(r"[ \t][A-ZÀ-ÖØ-Þ][a-zß-ÿ]")
_FREQUENT_RANK = 20_000  # a word at least as frequent as this in the language lists ("mark", "bill")
_CUED = ("cc", "ping", "ask", "asked", "tell", "told", "with", "from", "call", "called", "did", "does", "has", "had", "is",
         "was", "can", "could", "would")


def addressed(text: str, start: int, end: int) -> bool:
    """A lowercase word that someone is thanked, greeted, asked or copied by, that opens a message,
    or that a colon, a comma or a question's or an exclamation's mark follows."""
    before = text[max(0, start - 12) : start].casefold().split()
    last = before[-1] if before else ""
    # (or opens a message, "ale: fede??", or is asked about, "did rose send the invoice")
    return last in _GREETED or last in _CUED or last.endswith(("@", ":")) or text[end : end + 1] in (":", ",", "?", "!") \
        or last.rstrip(",!") in word_set("chat_thanks.txt")  # ("grazie luca", "kiitos mikko")


_GREETED = ("thanks", "thx", "ty", "ta", "cheers", "hi", "hey", "tack", "danke", "merci", "gracias", "obrigado", "ok", "@")


def capitals_mentions(text: str, already: list[Candidate]) -> list[Candidate]:
    """A name written in capitals inside a message ("TREVOR CALLED") where the same text names
    that person otherwise: a found name or the first part of a mail address ("trevor.banks@")."""
    from desktop.core.privacy.lexicon import AMBIGUOUS_RANK, lexicon

    lex = lexicon()
    # A quick pass for runs of capitals first: most texts have none that is a listed name.
    caps = {w.casefold() for w in _CAPS_RUN.findall(distinct_tokens(text))}  # (runs stay inside tokens)
    caps = {w for w in caps if (lex.is_first_name(w) or lex.is_surname(w)) and lex.rank(w) >= AMBIGUOUS_RANK}
    if not caps:
        return []
    wanted: set[str] = set()
    for c in already:
        if c.type not in ("PERSON", "EMAIL"):
            continue
        value = text[c.start : c.end]
        if c.type == "PERSON" and not value.isupper():
            words = value.casefold().split()
        elif c.type == "EMAIL":
            words = re.split(r"[._\-+]", value.split("@")[0].casefold())
        else:
            continue
        wanted.update(w for w in words if w in caps)
    if not wanted:
        return []
    covered = [(c.start, c.end) for c in already]
    out = []
    for word in wanted:
        spelled = word.upper()
        at = text.find(spelled)  # a plain search: these words are few and rare
        while at >= 0:
            end = at + len(spelled)
            alone = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_@.")) and (
                end == len(text) or not (text[end].isalnum() or text[end] in "_@"))
            if alone and not any(a <= at < b for a, b in covered):
                out.append(Candidate(at, end, "PERSON"))
            at = text.find(spelled, end)
    return out


_CAPS_RUN = lazy_re(r"[A-Z][A-Z'’\-]{2,}")


# "To: Hollis, Andrea", "Nguyen, Thao 9:12 AM": a directory or a chat client writes the
# surname first, with a comma. Only where the line is that one person (a header's whole value,
# a speaker line before its time) and one of the two words is already a name, so that
# "Sales, Europe" or "Paris, France" on a line of their own are left alone.
_SURNAME_FIRST = lazy_re(
    r"^[ \t]*(?:(?:To|From|Cc|Bcc|An|Von|De|À|A|Para|Da|Van|Aan|Från|Till|Od|Do)[ \t]*:[ \t]*)?"
    r"([A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’\-]+)?),[ \t]+([A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t]+[A-Z]\.?)?)"
    # (then the time of a chat line, or the address of a mail header: "Von: Sonne, Katrin <k.sonne@...>")
    r"[ \t]*(?:\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*|<[^<>\s]+@[^<>\s]+>[ \t]*)?$",
    re.MULTILINE,
)


def surname_first(text: str, already: list[Candidate]) -> list[Candidate]:
    """"Surname, First" written as one person where a header or a chat line says so."""
    if ", " not in text:
        return []
    found = {(c.start, c.end) for c in already if c.type == "PERSON"}
    starts = {c.start for c in already if c.type == "PERSON"}
    out = []
    for m in _SURNAME_FIRST.finditer(text):
        if m.group(1).casefold() in _SIGN_OFFS:
            continue  # "Thanks, Dan": a thanks, not a surname
        if (m.start(1), m.end(1)) in found or m.start(2) in starts or m.start(1) in starts:
            out.append(Candidate(m.start(1), m.end(2), "PERSON"))
    return out
