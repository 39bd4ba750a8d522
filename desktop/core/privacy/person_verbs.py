"""What the words after a capitalised word say: that a person does something there ("Kirra
noticed", "Frank raised the point", "Will has agreed", "- Hope to circulate the rota", "Paz me ha
pedido"). Shared by the rule that finds such names (``name_prose``) and the rule that drops an
everyday word opening a sentence (``not_everyday``).
"""

from __future__ import annotations

import re

# What only a mind does, after the name ("Kirra noticed", "Tane reckons"): enough for a word no
# list holds (a firm confirms, sends and says things too: "Linfox confirmed", "Movistar confirmó").
MIND_AFTER = frozenset({
    "thinks", "thought", "reckons", "reckoned", "noticed", "notices", "feels", "felt", "believes", "disagrees",
    "disagreed", "prefers", "preferred", "remembers", "forgot", "wants", "wanted", "knows", "knew", "volunteered",
    "meint", "pense", "piensa", "cree", "pensa", "crede", "vindt", "denkt", "acha", "uważa", "myśli", "myslí", "tycker", "synes", "mener", "ajattelee", "düşünüyor", "merasa",
})
# Deeds a person does, after the name ("Frank raised", "Hunter keeps", "Mark disagrees").
PERSON_ONLY_AFTER = MIND_AFTER | frozenset({
    "said", "says", "asked", "asks", "agreed", "agrees", "disagrees", "disagreed", "thinks", "thought", "reckons",
    "reckoned", "noticed", "notices", "confirmed", "confirms", "mentioned", "mentions", "suggested", "suggests",
    "prefers", "preferred", "replied", "replies", "wrote", "writes", "told", "tells", "knows", "knew", "wants",
    "wanted", "promised", "promises", "offered", "offers", "volunteered", "raised", "flagged", "approved",
    "approves", "signed", "booked", "rang", "called", "emailed", "phoned", "chased", "joined", "joins", "left",
    "keeps", "kept", "owns", "leads", "handles", "handled", "covers", "covered", "takes", "took", "sent", "sends",
    "spoke", "talked", "explained", "explains", "reported", "reports", "noted", "feels", "felt", "believes",
    "remembers", "forgot", "checked", "checks", "organised", "organized", "arranged", "presented", "presents",
    "sagt", "meint", "fragt", "schreibt", "übernimmt", "dit", "pense", "demande", "écrit", "dice", "dijo", "piensa",
    "pidió", "confirmó", "pensa", "chiede", "ha detto", "zegt", "vindt", "vraagt", "diz", "disse", "acha",
    "pediu", "mówi", "powiedział", "powiedziała", "pyta", "říká", "řekl", "řekla", "säger", "sa", "siger", "sagde",
    "sanoo", "sanoi", "diyor", "dedi", "bilang", "mengatakan", "spune", "a spus",
})
# Words after the name that make a person of an everyday-word name only ("Hope will send",
# "Will has agreed", "Ernst übernimmt"): a listed first name's, never a word no list holds.
PERSON_AFTER = PERSON_ONLY_AFTER | frozenset({
    "has", "had", "is", "was", "will", "would", "can", "could", "should", "may", "might", "must", "to",
    "hat", "ist", "war", "wird", "kann", "est", "ha", "es", "está", "è", "heeft", "tem", "vai", "ma", "jest",
    "będzie", "má", "har", "är", "oli", "akan", "sudah",
})
# ... "will" and the like need a verb after them: "Will you", "Hope so" stay words.
_AUXILIARY = frozenset({"has", "had", "is", "was", "will", "would", "can", "could", "should", "may", "might", "must", "to"})
_NOT_AFTER_AUXILIARY = frozenset({
    "be", "you", "we", "they", "he", "she", "it", "i", "there", "this", "that", "not", "so", "the", "a", "an", "also",
})

# Romance object pronouns between a subject and its verb, and the verbs that follow them there.
_CLITICS = frozenset({"me", "te", "le", "nos", "les", "mi", "ti", "ci", "gli", "lhe", "vi"})
_AFTER_CLITIC = frozenset({
    "ha", "han", "dijo", "dice", "pidió", "pide", "escribió", "mandó", "manda", "envió", "avisó", "comentó", "llamó",
    "confirmó", "detto", "disse", "chiede", "scrive", "pediu", "mandou", "avisou", "ligou", "falou",
})
# A minute's action item: after a bullet, a number or a semicolon ("- Will to circulate the notes").
_ACTION_ITEM = re.compile(r"(?:(?:^|\n)[ \t]*(?:[-*•]|\d{1,2}[.)])|;)[ \t]*\Z")
_WORDS_AFTER = re.compile(r"(?:['’]s)?[ \t]+([^\W\d_][\w'’]*)(?:[ \t]+([^\W\d_][\w'’]*))?")


def deed_after(text: str, start: int, end: int, any_verb: bool) -> bool:
    """Whether the words after ``end`` say a person does something (``any_verb``: a listed first
    name's wider list; else only what a mind does)."""
    m = _WORDS_AFTER.match(text, end)
    if m is None or text.startswith(("'s", "’s"), end):
        return False
    first, second = m.group(1).lower(), (m.group(2) or "").lower()
    if first in MIND_AFTER or (any_verb and first in PERSON_ONLY_AFTER):
        return True
    if any_verb and first in _CLITICS and second in _AFTER_CLITIC:
        return True  # "Paz me ha pedido", "Rosa mi ha detto", "Luz te manda"
    if not any_verb or first not in PERSON_AFTER:
        return False
    if first == "to" and not _ACTION_ITEM.search(text, max(0, start - 12), start):
        return False  # "Hope to see you there"; but a minute's "- Will to circulate the notes"
    if first in _AUXILIARY:
        return bool(second) and second not in _NOT_AFTER_AUXILIARY and second.islower() and m.group(2)[0].islower()
    return True


def person_acts(text: str, start: int, end: int) -> bool:
    """Whether the words after the word at ``start:end`` say a person does something there."""
    return deed_after(text, start, end, any_verb=True)
