"""Frames that mark the word inside them as a person however unknown the word is to the lists:

- the articles Tagalog writes only before a person's name ("si Jhunjhun", "ni Marivic", "kay
  Rodel", "sina Ana at Ben"), read only in a text with Tagalog's own words around them (in
  Spanish, Italian and French "si" and "ni" are "if" and "nor");
- an English question asking whether someone does something a person does, with the name between
  the auxiliary and the verb ("did Minjun send the quote?", "is Dindo joining?", "could Ryusei
  guide them?", "asked if Ryusei could guide them"): a product or a firm is rarely asked that way.
"""

from __future__ import annotations

import re

from desktop.core.privacy.candidates import Candidate

_TAGALOG_MARKERS = frozenset({"si", "ni", "kay", "sina", "nina", "kina"})
# Words of Tagalog (and Taglish) that Spanish, Italian and French texts do not write.
_TAGALOG = re.compile(r"(?<![\w'])(?:ang|ng|mga|po|naman|kahapon|bukas|salamat|paki|lang|yung|kasi|nakausap)(?![\w'])", re.IGNORECASE)
_ASKING = re.compile(r"(?<![\w'’])(?:did|does|do|has|have|is|was|can|could|will|would|should)[ \t]+\Z", re.IGNORECASE)
_WHETHER = re.compile(r"(?<![\w'’])(?:if|whether)[ \t]+\Z", re.IGNORECASE)
_MODAL = re.compile(r"[ \t]+(?:could|can|would|will|should)(?=[ \t])")
# Verbs (base or -ing form) of what a person does for a team, after the name in such a question.
_PERSON_VERB = re.compile(
    r"[ \t]+(?:send|sent|call|join|joining|attend|attending|come|coming|guide|reply|replied|sign|signed|approve|"
    r"approved|review|help|drive|driving|cover|covering|chair|present|presenting|lead|leading|bring|check|checked|"
    r"take|taking|pick|know|agree|confirm|confirmed|mind|want)(?![\w'’])"
)


def marked_person(text: str, word_before: str) -> bool:
    """Whether ``word_before`` (lowercased) is a Tagalog person article in a Tagalog text."""
    return word_before in _TAGALOG_MARKERS and _TAGALOG.search(text) is not None


def asked_about(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is asked about as a person: "did X send", "is X joining",
    "asked if X could guide"."""
    if _ASKING.search(text, max(0, start - 12), start) is not None:
        return _PERSON_VERB.match(text, end) is not None
    if _WHETHER.search(text, max(0, start - 12), start) is None:
        return False
    modal = _MODAL.match(text, end)
    return modal is not None and _PERSON_VERB.match(text, modal.end()) is not None


# The family or tribal name an Arabic name written in Latin letters ends with, its article joined
# by a hyphen ("Khalid bin Turki al-Otaibi", "Hessa bint Obaid Al-Suwaidi"): the run of capitals
# a found name is read from stops at the lowercase article.
_ARTICLE_TAIL = re.compile(r"[ \t]+(?:al|Al|el|El|as|As|ad|Ad|ash|Ash|az|Az|an|An|ar|Ar)-[A-Z][a-z]{2,20}(?![\w-])")
_LINKED = re.compile(r"[ \t](?:bin|bint|ibn|binti|ben|ould|Abu|abu|Umm|umm)[ \t]")


def arabic_article_tails(text: str, found: list[Candidate]) -> list[Candidate]:
    """Found names of the "X bin Y" shape, taken on to the "al-Z" written after them."""
    out = []
    for c in found:
        if c.type != "PERSON" or not _LINKED.search(text, c.start, c.end):
            continue
        m = _ARTICLE_TAIL.match(text, c.end)
        if m:
            out.append(Candidate(c.start, m.end(), "PERSON"))
    return out


# Two people joined by "and" as the subject of what only people do at work ("Wapun and Nakoda will
# facilitate the first day", "Mirwais and Shinwari will run the session"): firms and products
# integrate, ship and sync, they do not chair, host or interview.
_ACTIVITY = (r"(?:will|can|should|to|are going to|would)[ \t]+(?:run|facilitate|chair|co-chair|host|present|lead|interview|"
             r"attend|cover|drive|meet|visit|train|teach|moderate|guide|welcome|mentor|coach|greet)(?![\w'’-])")
_PAIR_AFTER = re.compile(rf"[ \t]+(?:and|&)[ \t]+[A-Z][a-z'’\-]{{2,20}}[ \t]+{_ACTIVITY}")
_PAIR_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z'’\-]{2,20}[ \t]+(?:and|&)[ \t]+\Z")
_ACTIVITY_AFTER = re.compile(rf"[ \t]+{_ACTIVITY}")


def paired_subject(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is one of two people doing such a thing together."""
    if _PAIR_AFTER.match(text, end):
        return True
    return _PAIR_BEFORE.search(text, max(0, start - 30), start) is not None and _ACTIVITY_AFTER.match(text, end) is not None


# Romanised Nepali and Hindi mark the doer and the receiver after the name ("Pemba le garchha",
# "Anjali lai cc gareko"), read only where that language's own words are around them ("le" is a
# French article elsewhere).
_MARK_AFTER = re.compile(r"[ \t]+(?:le|lai|ne|ko bhan|ji le)(?![\w'’])")
_NEPALI_HINDI = re.compile(
    r"(?<![\w'])(?:cha|chha|chu|bhayo|garnu|garchha|gareko|pathaye|pathaunu|hajur|thik|hai|hain|kar|diya|bhej|gaya)(?![\w'])"
)


def marked_after(text: str, end: int) -> bool:
    """Whether a romanised Nepali or Hindi case mark follows the word ending at ``end``."""
    return _MARK_AFTER.match(text, end) is not None and _NEPALI_HINDI.search(text) is not None


# Dotted abbreviations that are no one's initials.
_ABBREVIATIONS = frozenset({
    "U.S.", "U.K.", "E.U.", "N.B.", "P.S.", "A.M.", "P.M.", "I.T.", "H.R.", "U. S.", "U. K.", "E. U.", "N. B.", "P. S.",
    "A. M.", "P. M.", "I. T.", "H. R.", "D.C.", "L.A.", "N.Y.", "S.A.", "A.G.", "B.V.", "N.V.", "Q.A.", "R.D.", "C.V.",
})


def initials_of(text: str, found: list[Candidate]) -> list[Candidate]:
    """A person named in full, written again as their dotted initials ("B.O." or "B. O." after
    "Babatunde Ogunleye"): the initials stand for that one person in this text."""
    forms: set[str] = set()
    for c in found:
        words = text[c.start : c.end].split()
        if c.type == "PERSON" and 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:2].islower() for w in words):
            letters = [w[0] for w in words]
            forms.add(".".join(letters) + ".")
            forms.add(". ".join(letters) + ".")
    forms -= _ABBREVIATIONS
    if not forms:
        return []
    # Tried only where a form's first letter and its dot stand, each form there longest first,
    # as one alternation of every form would be (an alternation of hundreds of forms tried at
    # every capital letter is slow); a start glued to a word or a dot is no one's initials.
    by_first: dict[str, list[str]] = {}
    for form in sorted(forms, key=len, reverse=True):
        by_first.setdefault(form[0], []).append(form)
    starts = re.compile("[" + "".join(re.escape(letter) for letter in by_first) + r"]\.")
    out, pos = [], 0
    while (s := starts.search(text, pos)) is not None:
        at, pos = s.start(), s.start() + 1
        if at and _WORD_OR_DOT.match(text, at - 1):
            continue
        for form in by_first[text[at]]:
            # (not before a capitalised word: "J.P. Morgan" is a firm, its initials no one's)
            if text.startswith(form, at) and _ENDS_INITIALS.match(text, at + len(form)):
                out.append(Candidate(at, at + len(form), "PERSON"))
                pos = at + len(form)
                break
    return out


_WORD_OR_DOT = re.compile(r"[\w.]")
_ENDS_INITIALS = re.compile(r"(?!\w)(?![ \t]*[A-Z][a-z])")
