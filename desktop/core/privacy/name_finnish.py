"""Finnish surnames in -nen in their cases: "lähetin laskun Virtaselle" (to Virtanen), "sain
Korhoselta sopimuksen" (from Korhonen), "Mäkisen vuoro" (Mäkinen's shift), "Hämäläisten perhe"
(the Hämäläinens' family). Finnish turns the "-nen" of these names into "-se-" before a case
ending, so the word as written is in no list; and the many -nen surnames no list holds
(Virtanen, Mäkinen) are still known by their shape.

A capitalised -nen word (or its case form) inside a sentence is a surname in a Finnish team's text:
Finnish writes its -nen adjectives ("toinen", "suomalainen") in lowercase there. Opening a
sentence, where an adjective is capitalised too ("Toiselle osastolle", "Jokaiselle"), it is one
only when its nominative is a listed surname or the same surname stands inside a sentence of
the text. A capitalised word after it makes a firm's or a place's name ("Virtasen Rakennus Oy"),
and "-llinen" is an adjective's ending ("Kansallisen museon"), inside an institution's name too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.name_suffixes import _OPENING

# The stem, then "nen" (nominative) or "s" and a case ending: of, to, from, at, in, into, as,
# and the plural's "the Xs" and "the Xs'".
_NEN = re.compile(
    r"(?<![\w@.\-/'’])([A-ZÄÖÅ][a-zäöå]{2,16}?)(?:(nen)|s(?:en|elle|elta|eltä|ella|ellä|essa|essä|esta|estä|eksi|ena|enä"
    r"|et|ten|ille|ilta|iltä|illa|illä))(?![\w@'’\-])"
)
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-ZÄÖÅ]")
# A town's, a village's or a parish's word after it: "Kauniaisten kaupunki", "Laukaan kunta".
_PLACE_AFTER = re.compile(r"[ \t]+(?:kaupun|kunn|kunta|kylä|seurakun|asema|kaupunginosa|järv|saar)")
FINNISH = frozenset({"FI"})


def finnish_surnames(text: str, country: str, is_surname: Callable[[str], bool], is_thing: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of Finnish -nen surnames in any case, in a Finnish team's text."""
    if country not in FINNISH or "nen" not in text and "se" not in text:
        return []
    inside: set[str] = set()
    opening: list[tuple[re.Match[str], str]] = []
    for m in _NEN.finditer(text):
        stem = m.group(1)
        if len(stem) < 3 or stem.endswith(("lli", "llí")) or is_thing(m.group(0)) or is_thing(stem + "nen") or _CAPITAL_AFTER.match(text, m.end()) \
                or _PLACE_AFTER.match(text, m.end()):
            continue
        before = _CAPITAL_BEFORE.search(text, max(0, m.start() - 24), m.start()) if m.start() and text[m.start() - 1] in " \t" else None
        if before and not _OPENING.search(text, max(0, before.start(1) - 3), before.start(1)):
            continue  # (the last word of a firm's or a place's name: "Nokian Renkaat", "Etelä-Suomen"; not "Sain Kettuselta")
        if _OPENING.search(text, max(0, m.start() - 3), m.start()):
            opening.append((m, stem))
        else:
            inside.add(stem)
    out = [m.span() for m in _NEN.finditer(text) if m.group(1) in inside and not _CAPITAL_AFTER.match(text, m.end())]
    out += [m.span() for m, stem in opening if stem not in inside and is_surname(stem + "nen")]
    return sorted(set(out))


_CAPITAL_BEFORE = re.compile(r"([A-ZÄÖÅ][\w\-]*)[ \t]+\Z")
