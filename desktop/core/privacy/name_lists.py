"""Names known only by their company: lists that are mostly names ("Matheus, Janet and Kevin"),
and a rare word doing what people do ("Dzhambek is from ...").
"""

from __future__ import annotations

import re

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.lexicon import strip_accents
from desktop.core.privacy.name_context import _at_line_start
from desktop.core.privacy.name_judge import RARE_RANK, Judge, Tok
from desktop.core.privacy.name_lowercase import _used_lowercase
from desktop.core.privacy.name_things import particle_thing, thing_around
from desktop.core.privacy.name_words import GREETINGS, PRODUCT_WORDS, STOP, TITLES
from desktop.core.privacy.places import is_place_name
from desktop.core.privacy.word_lists import word_set

_LIST_GAP = re.compile(r",[ \t]+|,?[ \t]+(?:and|or|und|oder|et|ou|y|o|e|en|of)[ \t]+")
_UNLISTED = 1_000_000  # the rank of a word no frequency list holds
_SUBJECT_VERB = re.compile(
    r"[ \t]+(?:is from|lives|lived|had given|has given|gave|listed|began|said|says|asked|wrote|told|called|"
    r"explained|replied|joined|works|worked|flew|went|arrived|was born|is a|was a|has been|had been)\b"
)
_PLURAL_VERB = re.compile(r"[ \t]+(?:were|are|have|had|met|founded|wrote|said)\b")
_VOCATIVE = re.compile(r",[ \t]+(?:can|could|would|will|please|thanks|thank you|I)\b")


def _person_word_before(text: str, start: int) -> bool:
    from desktop.core.privacy.name_prose import PERSON_ONLY_BEFORE, PERSON_OR_THING_BEFORE, _before

    words = _before(text, start)
    return any(w in PERSON_ONLY_BEFORE for w in words) or (bool(words) and words[0] in PERSON_OR_THING_BEFORE)


def _lists_and_subjects(text: str, runs: tuple[tuple[Tok, ...], ...], found: list[Candidate], judge: Judge) -> list[Candidate]:
    """Names known only by their company: lists that are mostly names ("Matheus, Janet and
    Kevin"), and a rare word doing what people do ("Dzhambek is from ...", "Gerth had given")."""
    covered = {c.start for c in found}
    extra: list[Candidate] = []
    group: list[tuple[Tok, ...]] = []

    def close_group() -> None:
        # Two items only when joined by "and"/"or" ("Matheus and Janet"), not "Kai Morgan, Account
        # Executive"; longer lists may use commas.
        if len(group) > 2 or (len(group) == 2 and _LIST_GAP.fullmatch(text, group[0][-1].end, group[1][0].start)
                              and "," not in text[group[0][-1].end : group[1][0].start]):
            named = sum(run[0].start in covered or judge.strong_first(run[0].bare) for run in group)
            listed = all(
                judge.first(t.bare) or judge.surname(t.bare) or judge.rank(t.bare) >= RARE_RANK for run in group for t in run
            )
            acting = bool(_SUBJECT_VERB.match(text, group[-1][-1].end) or _PLURAL_VERB.match(text, group[-1][-1].end))
            places = all(len(run) == 1 and is_place_name(run[0].bare) for run in group)  # "Georgia and Victoria"
            # Everyday words that are no first name make a list of things ("Milch, Mehl und Salz"),
            # however many of them the census also holds as surnames.
            words = sum(len(run) == 1 and judge.rank(run[0].bare) < RARE_RANK and not judge.first(run[0].bare) for run in group)
            # Two first names joined by "and" after a word that takes a person: "a call with Guy and Tal"
            # (however everyday each word is), not two places ("to Jordan and Israel") or things.
            firsts = len(group) == 2 and all(len(run) == 1 and judge.first(run[0].bare) and not is_place_name(run[0].bare)
                                              for run in group) and _person_word_before(text, group[0][0].start)
            if not places and (firsts or named * 2 >= len(group) or (listed and (acting or len(group) >= 3) and words * 2 <= len(group))):
                for run in group:
                    if run[0].start in covered or any(_used_lowercase(text, t.bare) for t in run):
                        continue
                    if len(run) > 1 and run[-1].bare.casefold() in PRODUCT_WORDS:
                        continue  # "Hudson Cardigan and Walton Desk": products in a list
                    if len(run) > 1 and particle_thing(text, run[0].start, run[-1].end, judge):
                        continue  # "Crème de Marrons et Fleur de Sel": products in a list
                    first = next((t for t in run if t.bare.casefold().rstrip(".") not in TITLES), run[-1])
                    if all(judge.name_like(t.bare) for t in run):  # (a title before the name stays: "Herrn Müller")
                        extra.append(Candidate(first.start, run[-1].start + len(run[-1].bare), "PERSON"))
        group.clear()

    facts = judge.facts
    gap_fits = _LIST_GAP.fullmatch
    gap_start = -1  # where the text after the group's last run starts (-1: no group)
    for run in runs:
        size = len(run)
        # (a list gap starts with a comma or a space: one character rules most runs out)
        if size <= 3 and gap_start >= 0 and text[gap_start] in ", \t" and gap_fits(text, gap_start, run[0].start):
            group.append(run)
            gap_start = run[-1].end
            continue
        if len(group) > 1:
            close_group()
        group.clear()
        group.append(run)
        gap_start = run[-1].end
        # (the rarity of the first word first: it rules out nearly every run)
        tok0 = run[0]
        if size <= 2 and facts[tok0.bare].rare and tok0.start not in covered and (
            (size == 1 or facts[run[1].bare].rare)
            and (_SUBJECT_VERB.match(text, gap_start) or _VOCATIVE.match(text, gap_start))
            and tok0.bare.casefold() not in STOP
            and not thing_around(text, tok0.start, run[-1].end, False)  # "at the Ivy has been closed"
        ):
            extra.append(Candidate(tok0.start, run[-1].start + len(run[-1].bare), "PERSON"))
        elif size == 1 and len(tok0.bare) >= 7 and tok0.start not in covered and _opening_surname(text, tok0, judge):
            extra.append(Candidate(tok0.start, tok0.start + len(tok0.bare), "PERSON"))
    close_group()
    return extra


# What follows a surname that opens a sentence or a list line: a lowercase word (its verb,
# "Korhonen huomasi", "Rinaldi ha mandato"), or on a list line a dash and the duty ("Tóth – szerda").
_AFTER_OPENING = re.compile(r"[ \t]+(?:([a-zß-ÿ][\w'’\-]*)(?![\w'’\-]|[ \t]*:)|[–—-][ \t]+\w)")
# (not after an initial's dot: "H.C. Andersen er booket" is a room named after him)
# A note's date or time and a dash before it: "03.12 – Malinowski potwierdził zamówienie".
_DATED_LINE = re.compile(r"[ \t]*[\d./:\-]{3,16}[ \t]+[–—-][ \t]+")
_SENTENCE_END = re.compile(r"(?<![.\s][A-Z])[.!?][ \t]+\Z")


def _opening_surname(text: str, tok: Tok, judge: Judge) -> bool:
    """A listed surname that is no word of any language's lists and no first name, opening a
    sentence or a line and followed by a lowercase word: someone the text speaks of by surname."""
    facts = judge.facts[tok.bare]
    # (no word of any list at all, nor a greeting: "Tack för", "Halo tim", "Handing to" are words)
    # (seven letters at least: the census holds short everyday words of languages no frequency
    # list covers, "Pode", "Kasa", "Číslo", "Barnet", "Beamer"; long ones are rarely words)
    if not facts.surname or facts.rank < _UNLISTED or facts.first or len(tok.bare) < 7 or tok.text != tok.bare \
            or strip_accents(tok.bare).casefold() in GREETINGS or tok.bare.casefold() in GREETINGS:
        return False
    after = _AFTER_OPENING.match(text, tok.end)
    if after is None or (after.group(1) is None and not _at_line_start(text, tok.start)) \
            or (after.group(1) or "").casefold() in word_set("opening_not_after.txt"):
        return False
    if not (_at_line_start(text, tok.start) or _SENTENCE_END.search(text, max(0, tok.start - 4), tok.start)
            or _DATED_LINE.fullmatch(text, text.rfind("\n", 0, tok.start) + 1, tok.start)):
        return False
    if is_place_name(tok.bare) or thing_around(text, tok.start, tok.end, False) or _used_lowercase(text, tok.bare):
        return False
    # (not a firm's first word met again: "Whitaker will send the quote" after "Whitaker Brothers Moving")
    return re.search(rf"(?<!\w){re.escape(tok.bare)}[ \t]+[A-ZÀ-Þ]", text) is None
