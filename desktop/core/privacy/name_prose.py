"""One-word names in running prose that the lists alone cannot settle, taken where the sentence
holds a person: after a word that takes a person ("ask Oluwaseun", "flag them to Paz", "bei Nur",
"fala com o Thiago") or before a deed only a person does ("Will has agreed", "Frank raised",
"Kirra noticed", "Hope will send").

Two kinds of word need this: a first name that is also an everyday word ("Will", "Hope", "Paz",
"Nur": the lists hold both, so the word alone says nothing) and a capitalised word no list holds
at all ("Karthikeyan", "Jarrah", "Nahuel": a name of an origin the lists lack, or a product).
The everyday-word name needs the frame; the unlisted word needs a frame only a person fits
(asked, told, thanked, "... noticed", "... reckons"), not one a product fits too ("with Jira").
Places stay out: "to Victoria", "from Florence".
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_skippable
from desktop.core.privacy.name_judge import RARE_RANK, Judge, Tok
from desktop.core.privacy.name_lowercase import _used_lowercase
from desktop.core.privacy.name_markers import asked_about, marked_after, marked_person, paired_subject
from desktop.core.privacy.name_things import thing_around
from desktop.core.privacy.name_words import CALENDAR, GREETINGS, NOT_NAME_START, STOP, TITLES
from desktop.core.privacy.not_everyday import EVERYDAY_FIRST_NAMES
from desktop.core.privacy.person_verbs import deed_after
from desktop.core.privacy.places import is_place_name

# Given names that are everyday words, besides those ``not_everyday`` lists: a frame makes them a
# person. Other everyday words the census also holds as names ("Just", "Also") never are.
_WORD_NAMES = EVERYDAY_FIRST_NAMES | frozenset({"nur", "noor", "ernest", "earnest", "bliss", "sunny", "hunter", "paz", "sol"})

# Words before a person that take nothing else: a verb of asking, telling, thanking or reaching
# someone, in the team languages ("ask", "frag", "demande à", "pregunta a", "chiedi a", "vraag").
PERSON_ONLY_BEFORE = frozenset({
    "ask", "asked", "asking", "tell", "told", "telling", "ping", "pinged", "remind", "reminded", "thank", "thanked",
    "ring", "rang", "phone", "phoned", "email", "emailed", "cc", "cc'd", "ccd", "copy", "copied", "loop", "chase",
    "chased", "invite", "invited", "welcome", "welcoming", "congratulate", "meet", "met", "contact", "contacted",
    "informed", "inform", "notify", "notified", "brief", "briefed", "escalated to", "reassigned to", "assigned to",
    "handed over to", "passed it to", "hand it to", "handover to", "escalate to", "escalated", "reassigned", "assigned",
    "forwarded", "introduce", "introduced", "nudge", "check with", "spoke with", "spoke to", "speak with", "speak to",
    "talk to", "talked to", "talked with", "met with", "meeting with", "call with", "catch up with", "sync with",
    "loop in", "on behalf of", "cc:", "attn", "thanks to", "credit to",
    "frag", "fragt", "fragen", "sag", "informiere", "demande", "demander", "demandé", "prévenir", "prévenu", "merci à",
    "pregunta", "preguntar", "pregúntale", "avisa", "avisar", "le pedí a", "habla con", "chiedi", "chiedere",
    "avvisa", "avvisare", "grazie a", "parla con", "vraag", "vraagt", "pergunta", "perguntar", "fala com",
    "conversei com", "falei com", "pede para", "pedir para", "zapyta", "zapytaj", "rozmawiałem z", "rozmawiałam z",
    "napisz do", "zeptej se", "fråga", "frågar", "spørg", "kysy", "kysyy", "soracak", "sordum", "tanya",
    "tanyakan", "bicara dengan", "am vorbit cu", "întreabă", "vorbește cu",
    "had lunch with", "lunch with", "dinner with", "coffee with", "conversé con", "hablé con", "me reuní con",
    "estuve con", "reunión con", "dis à", "dites à", "j'ai vu", "j'ai appelé", "appelle", "ho sentito", "ho parlato con",
})
# Prepositions that stand before a person as often as before a place or thing: enough for a
# listed first name that is no place, not for a word no list holds. (No "and", "or": a list of
# names is read by the list rule, and "Salt and Pepper" is a list of things.)
PERSON_OR_THING_BEFORE = frozenset({
    "with", "to", "for", "from", "by", "per", "mit", "bei", "von", "an", "für", "avec", "à", "pour", "con", "a",
    "para", "o", "met", "aan", "bij", "voor", "van", "com", "pra", "z", "ze", "do", "od", "dla", "s", "se", "med",
    "till", "hos", "för", "til", "dengan", "ke", "cu", "lui", "al", "ao", "pan", "pani",
    # ... and "according to" in each language, which a document follows as often ("laut Akte")
    "according to", "laut", "gemäss", "gemäß", "selon", "d'après", "según", "secondo", "volgens", "segundo",
    "według", "podle", "enligt", "ifølge", "menurut", "potrivit", "zusammen mit", "samen met",
})
# An English owner's "'s" before a lowercase word: the name of someone who has something.
_OWNER = re.compile(r"['’]s[ \t]+[a-z]")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*:?)[ \t]+\Z")
_TWO_BEFORE = re.compile(r"([^\W\d_][\w'’]*[ \t]+[^\W\d_][\w'’]*)[ \t]+\Z")
_THREE_BEFORE = re.compile(r"([^\W\d_][\w'’]*[ \t]+[^\W\d_][\w'’]*[ \t]+[^\W\d_][\w'’]*)[ \t]+\Z")


# The three rules above written backwards, read from the window's end: each is anchored there,
# so matching the reversed window at its start finds what searching the window finds (a word's
# leftmost letter, which the search reaches first, is the last one the greedy backwards match can
# end on), without trying each of the window's forty positions in turn.
_WORD_BEFORE_REVERSED = re.compile(r"[ \t]+(:?[\w'’]*[^\W\d_])")
_TWO_BEFORE_REVERSED = re.compile(r"[ \t]+([\w'’]*[^\W\d_][ \t]+[\w'’]*[^\W\d_])")
_THREE_BEFORE_REVERSED = re.compile(r"[ \t]+([\w'’]*[^\W\d_][ \t]+[\w'’]*[^\W\d_][ \t]+[\w'’]*[^\W\d_])")


def _before(text: str, start: int) -> list[str]:
    """The one, two and three words before ``start`` on its line, lowercased."""
    window = text[max(0, text.rfind("\n", 0, start) + 1, start - 40) : start]
    out: list[str] = []
    if window[-1:] not in (" ", "\t"):
        return out  # (each rule ends with spaces: most words stand at a line's start or after a sign)
    backwards = window[::-1]
    for rule in (_WORD_BEFORE_REVERSED, _TWO_BEFORE_REVERSED, _THREE_BEFORE_REVERSED):
        m = rule.match(backwards)
        if not m:
            break  # (no last word, no two last words: no three either)
        out.append(" ".join(m.group(1)[::-1].lower().split()))
    return out


def _before_searched(text: str, start: int) -> list[str]:
    """``_before`` as the forward rules find it (what the backwards rules must agree with)."""
    window = text[max(0, text.rfind("\n", 0, start) + 1, start - 40) : start]
    out: list[str] = []
    if window[-1:] not in (" ", "\t"):
        return out
    for rule in (_WORD_BEFORE, _TWO_BEFORE, _THREE_BEFORE):
        m = rule.search(window)
        if not m:
            break
        out.append(" ".join(m.group(1).lower().split()))
    return out


def _word_kind(word: str, judge: Judge) -> tuple[bool, bool, bool] | None:
    """What ``word`` alone says, for ``prose_names``: None when it can be no name there, else
    (a listed first name, a place's name too, a listed surname only)."""
    if len(word) < 3 or word.isupper() or not word[1:].islower():
        return None
    folded = word.casefold()
    if folded in STOP or folded in TITLES or folded in GREETINGS or folded in NOT_NAME_START or folded in CALENDAR:
        return None
    listed = judge.first(word) and (not judge.common(word) or folded in _WORD_NAMES)
    unknown = not listed and judge.rank(word) >= RARE_RANK and not judge.surname(word)
    # A listed surname that is no everyday word is a person in a frame only a person fits, like a
    # word no list holds ("am vorbit cu Popescu", "ho parlato con Bianchi", "Visser zegt").
    surname = not listed and not unknown and judge.surname(word) and not judge.common(word)
    if not (listed or unknown or surname) or judge.lex.is_not_name(word):
        return None
    return listed, is_place_name(word), surname  # ("to Victoria", "from Florence": only a frame no place fits)


_UNSEEN: Any = object()  # (a word not judged yet)


def prose_names(text: str, runs: tuple[tuple[Tok, ...], ...], found: list[Candidate], judge: Judge) -> list[Candidate]:
    """The one-word runs the sentence around them makes a person (see the module docstring)."""
    covered = {c.start for c in found}
    out: list[Candidate] = []
    kinds: dict[str, tuple[bool, bool, bool] | None] = {}  # (each distinct word judged once: most recur)
    for run in runs:
        if len(run) != 1:
            continue
        tok = run[0]
        word = tok.bare
        if tok.start in covered:
            continue
        kind = kinds.get(word, _UNSEEN)
        if kind is _UNSEEN:
            kind = kinds[word] = _word_kind(word, judge)
        if kind is None:
            continue
        listed, place, surname = kind
        folded = word.casefold()
        end = tok.start + len(word)
        if text[max(0, tok.start - 2) : tok.start] == "& " or text.startswith(" &", end):
            continue  # "Ernst & Young", "Ward & Sons": a firm
        before = _before(text, tok.start)
        if surname:
            # (a surname alone only after a verb that takes a person: "did Toyota confirm", "Ferrero
            # says" fit the firm that bears it as well)
            if any(b in PERSON_ONLY_BEFORE for b in before) and not thing_around(text, tok.start, end, False, False):
                out.append(Candidate(tok.start, end, "PERSON"))
            continue
        person_only = any(b in PERSON_ONLY_BEFORE for b in before) or deed_after(text, tok.start, end, any_verb=False)
        person_only = person_only or asked_about(text, tok.start, end) or paired_subject(text, tok.start, end) or marked_after(text, end) or (
            bool(before) and marked_person(text, before[0]))
        # A deed, then "he" or "she" in the same sentence: "Florence said she would", "Jordan mentioned he can't"
        person_only = person_only or (listed and deed_after(text, tok.start, end, any_verb=True) and _pronoun_after(text, end))
        either = any(b in PERSON_OR_THING_BEFORE for b in before[:1]) or deed_after(text, tok.start, end, any_verb=True)
        either = either or (listed and _OWNER.match(text, end) is not None)  # "Will's notes", "Hope's draft"
        if not (person_only or (listed and either and not place)):
            continue
        if thing_around(text, tok.start, end, False, listed):
            continue  # "at the Ivy", "from Chandigarh"
        if folded not in _WORD_NAMES and _used_lowercase(text, word):
            continue  # "label: Tone" beside "tone": the word, not a name (an everyday-word name's frame said otherwise)
        out.append(Candidate(tok.start, end, "PERSON"))
    return out


_SENTENCE_REST = re.compile(r"[^.!?\n]{0,80}")
_PERSONAL_PRONOUN = re.compile(r"(?<![\w'’])(?:he|she|his|her|him|he's|she's|he'll|she'll|he'd|she'd)(?![\w'’])")


def _pronoun_after(text: str, end: int) -> bool:
    """Whether the rest of the sentence after ``end`` says "he" or "she" (a firm or a town is "it")."""
    rest = _SENTENCE_REST.match(text, end)
    return rest is not None and _PERSONAL_PRONOUN.search(rest.group(0).replace("’", "'")) is not None


# A listed first name written in lowercase right after a verb that takes only a person, inside a
# text otherwise written with capitals: "can you tell grant the numbers are in?", "did you cc rose".
# (Only verbs that are no noun too: "the on-call rota", "a text message" name no one.)
# (skippable: the engine jumps to the cue words' first letters instead of trying every position)
_LOWER_AFTER_CUE = lazy_skippable(
    r"(?<![\w'’\-])(?:ask|asked|tell|told|ping|pinged|cc|cc'd|cc’d|ccd|remind|reminded|thank|thanked|emailed|"
    r"messaged|texted|rang|frag|fragt|sag|demande à|chiedi a|pregunta a|pregúntale a|"
    r"dile a|vraag|zapytaj|fråga|spør|spørg)[ \t]+([a-zß-ÿ][a-zß-ÿ'’\-]{2,20})(?![\w@])"
)


def cued_lowercase_names(text: str, found: list[Candidate], judge: Judge) -> list[Candidate]:
    """Listed first names that are no everyday word, written in lowercase after a verb that takes
    only a person (see ``_LOWER_AFTER_CUE``)."""
    covered = {c.start for c in found}
    out = []
    for m in _LOWER_AFTER_CUE.finditer(text):
        word = m.group(1)
        if m.start(1) in covered or word in STOP or word in TITLES or word in GREETINGS:
            continue
        name = word.capitalize()
        # (a first name that is also a word, when "he" or "she" follows: "tell guy when he's back")
        listed = judge.strong_first(name) or (judge.first(name) and _pronoun_after(text, m.end(1)))
        if listed and not judge.lex.is_not_name(name) and not is_place_name(name):
            out.append(Candidate(m.start(1), m.end(1), "PERSON"))
    return out


# A surname with the Arabic article glued to it after a title: "Mr. al-Qahtani", "Dr el-Sayed",
# "Sheikha al-Nahyan" (the capital after the hyphen is no run's start for the other rules).
# (skippable: the engine jumps to the titles' first capitals)
_TITLED_ARTICLE_NAME = lazy_skippable(
    r"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Dr|Prof|Eng|Sheikh|Sheikha|Sayyid|Herr|Frau|M|Mme)\.?[ \t]+(?:[aAeE]l|[aA]bu|[bB]in)-[A-Z][a-z]{2,}(?![\w])"
)


def titled_article_names(text: str) -> list[Candidate]:
    """The titled Arabic surnames written with their article ("Mr. al-Qahtani")."""
    if "l-" not in text and "u-" not in text and "n-" not in text:
        return []
    return [Candidate(m.start(), m.end(), "PERSON") for m in _TITLED_ARTICLE_NAME.finditer(text)]



_JOINING = frozenset({"and", "y", "e", "et", "und", "i", "og", "och", "en", "at", "na", "dan"})


def _groups(text: str, run: tuple[Tok, ...]) -> list[list[Tok]]:
    """A run's names: its words split where "and" (in each language) joins two people."""
    groups: list[list[Tok]] = [[run[0]]]
    for prev, tok in zip(run, run[1:], strict=False):
        gap = text[prev.start + len(prev.bare) : tok.start].strip(" \t,").casefold()
        if gap in _JOINING:
            groups.append([tok])
        elif gap == "":
            groups[-1].append(tok)
        else:
            return []
    return groups


def prose_full_names(text: str, runs: tuple[tuple[Tok, ...], ...], found: list[Candidate], judge: Judge) -> list[Candidate]:
    """Names of one or two capitalised words no list holds, right after a word that takes only a
    person, and those joined to them by "and" ("hablé con Killa Mamani", "conversé con Quispe
    Mamani y Nayra Condori"): first names and surnames of an origin the lists lack. Places and
    firms stay: a frame for a person is no frame for them."""
    covered = {c.start for c in found}
    out: list[Candidate] = []
    for run in runs:
        if run[0].start in covered or not any(b in PERSON_ONLY_BEFORE for b in _before(text, run[0].start)):
            continue
        groups = _groups(text, run)
        if not groups or any(len(g) > 2 for g in groups) or (len(groups) == 1 and len(groups[0]) == 1):
            continue  # (one word alone is the one-word rule's)
        for group in groups:
            words = [tok.bare for tok in group]
            if any(len(w) < 3 or not w[1:].islower() or w.casefold() in STOP or judge.lex.is_not_name(w) or is_place_name(w)
                   for w in words) or not all(judge.rank(w) >= RARE_RANK or judge.first(w) or judge.surname(w) for w in words):
                break
            end = group[-1].start + len(words[-1])
            if thing_around(text, group[0].start, end, False, judge.first(words[0])):
                break
            out.append(Candidate(group[0].start, end, "PERSON"))
    return out
