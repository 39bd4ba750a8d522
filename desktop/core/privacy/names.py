"""Person names: dictionaries of first names and surnames plus the places names sit in.

Capitalised words are grouped into runs ("Anna Maria van der Berg"). A run is a name when it
holds a first name from the lists (US census, nam_dict), when a title precedes it ("Herr
Krüger"), or when its place says so: a greeting ("Hi Sam,"), an introduction ("my name is ..."),
a header ("From: ..."), a speaker label at the start of a transcript line ("Okafor: ..."), the
line after a sign-off ("Best regards,\\nJo Park"), a verb of saying ('..." says Iwase'). Words
that are also everyday words ("Will", "May", "Grant") need that extra evidence. Once a name is
found, its other mentions in the text ("Krüger's", "Anna") are names too.

Finding a run, planning it, the rules that accept or refuse it and the second look for its other
mentions are here. The word lists are in ``name_words.py``, the per-word judge and the runs in
``name_judge.py``, the places that say "a person" in ``name_context.py``, lowercase use and
lowercase chat in ``name_lowercase.py``, lists and rare subjects in ``name_lists.py`` and the
firms, products and dates a run can name in ``name_things.py``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.lexicon import Lexicon, lexicon
from desktop.core.privacy.name_context import _SIGN_OFF as _SIGN_OFF
from desktop.core.privacy.name_context import _at_line_start, _called, _has_context
from desktop.core.privacy.name_initials import initialled_names
from desktop.core.privacy.name_judge import (
    PROPAGATE_RANK,
    RARE_RANK,
    Judge,
    Tok,
    bare_word,
    capital_runs,
    judge_for,
)
from desktop.core.privacy.name_lists import _lists_and_subjects
from desktop.core.privacy.name_lowercase import _ADDRESS_LIKE as _ADDRESS_LIKE
from desktop.core.privacy.name_lowercase import _LOGIN_TOKEN as _LOGIN_TOKEN
from desktop.core.privacy.name_lowercase import _lowercase_names, _used_lowercase, mostly_lowercase
from desktop.core.privacy.name_lowercase import _lowercase_words as _lowercase_words
from desktop.core.privacy.name_lowercase import _without_addresses as _without_addresses
from desktop.core.privacy.name_markers import arabic_article_tails, initials_of
from desktop.core.privacy.name_particles import particle_surnames
from desktop.core.privacy.name_prose import (
    cued_lowercase_names,
    prose_full_names,
    prose_names,
    titled_article_names,
)
from desktop.core.privacy.name_things import _names_a_thing, is_company, particle_thing, thing_around
from desktop.core.privacy.name_words import (
    CALENDAR,
    CAPITAL_PARTICLES,
    COMPANY,
    DEPARTMENTS,
    GREETINGS,
    JOB_WORDS,
    MINUTE_MARKS,
    NOT_NAME_START,
    STOP,
    TITLES,
    TRADES,
)
from desktop.core.privacy.places import is_place_name, used_as_place

_LINE_LABEL = re.compile(r"^[ \t]*([^\W\d_][\w'’\-]*):", re.MULTILINE)
_LABEL_AFTER = re.compile(r"\.?[ \t]*(?:(?:[a-z][\w\-]*|To|From|Of)[ \t]*){0,2}:")  # ("Bill To:", "Ship To:", "Obs.:")


_UNKNOWN: Any = object()
_PERSON_VERBS_FIRST = frozenset({"ask", "tell", "ping", "thank", "remind", "cc", "frag", "fragt"})


class _Plan:
    """What a run's words say without looking around it, worked out once for each distinct run
    text in a document (most capitalised runs repeat: "Thanks", "Account Manager", a name)."""

    __slots__ = (
        "kept", "words", "titled", "context", "by_words", "placed", "unplaced", "lower_used", "last", "spreads", "not_name",
    )

    def __init__(self, kept: list[int], words: list[str], titled: bool, context: bool | None, judge: Judge) -> None:
        self.kept = kept  # indices into the run of the words that may be a name
        self.words = words
        self.titled = titled
        self.context = context  # what a greeting or a glued sentence word already says
        self.by_words, self.placed, self.unplaced = _name_rules(judge, words, titled)
        self.lower_used: bool | None = None  # asked of the text only when needed
        last = len(words)
        while last > 1 and len(words[last - 1]) == 1:
            last -= 1  # a trailing initial is the sentence's end
        self.last = kept[last - 1]
        self.spreads: list[str] | None = None  # worked out when the run is found to be a name
        self.not_name: bool | None = None  # whether the run names a firm or a place: asked when needed

    def spreading(self, judge: Judge) -> list[str]:
        """The words (casefolded) whose other mentions are this name too. Only distinctive words
        spread: "Client" found after "Dear" must not hide every "Client" in the text."""
        if self.spreads is None:
            words = self.words[: self.kept.index(self.last) + 1]
            self.spreads = [
                w.casefold() for w in words
                if len(w) > 2 and (judge.strong_first(w) or judge.rank(w) >= PROPAGATE_RANK or is_place_name(w))
            ]
        return self.spreads


def _plan(text: str, run: tuple[Tok, ...], judge: Judge) -> _Plan | None:
    """The words of ``run`` that may be a name, or None when its words rule a name out."""
    if len(run) == 1:  # most runs: the steps below, for one word
        word = run[0].bare
        fact, folded = judge.facts[word], word.casefold()
        if (folded.rstrip(".") in TITLES or (fact.common and not fact.strong_first) or folded in NOT_NAME_START
                or len(word.rstrip(".")) <= 1 or folded in GREETINGS):
            return None
        return _Plan([0], [word], False, None, judge)
    idx = list(range(len(run)))
    context: bool | None = None  # worked out only if needed: see _name_rules
    titled = False
    if len(idx) > 1 and run[0].bare.casefold() in GREETINGS:
        idx, context = idx[1:], True
    while idx and run[idx[0]].bare.casefold().rstrip(".") in TITLES:
        titled = True
        idx = idx[1:]
    after_initials = [i for i in idx[1:] if len(run[i].bare) > 1]
    first_then_name = (
        bool(after_initials) and judge.first(run[idx[0]].bare)
        and judge.name_like(run[after_initials[0]].bare) and not judge.common(run[after_initials[0]].bare)
        and (run[idx[0]].bare.casefold() not in STOP or _month_then_rare_surname(run[idx[0]].bare, run[after_initials[0]].bare, judge))
    )
    if not titled and idx and judge.common(run[idx[0]].bare) and not judge.strong_first(run[idx[0]].bare) and not first_then_name:
        # A sentence-initial word glued to the name: "Yesterday Anna called". The context
        # found before the run belonged to that word, not to what follows; but a verb that takes
        # only a person is a context of its own: "Ask Kowalczyk whether...", "Thank Okafor".
        idx, context = idx[1:], run[idx[0]].bare.casefold() in _PERSON_VERBS_FIRST
        while idx and judge.common(run[idx[0]].bare) and not judge.first(run[idx[0]].bare):
            idx = idx[1:]
    if not idx or run[idx[0]].bare.casefold() in NOT_NAME_START:
        return None
    # Cut the run at the first word that cannot be part of a name.
    keep: list[int] = []
    for i in idx:
        tok = run[i]
        word = tok.bare
        if keep and len(word) == 1 and (tok.text.endswith(".") or word.isupper()):
            keep.append(i)  # an initial: "Vanessa P. Hertzog", "Ruth R Montez"
            continue
        # (after a lowercase particle, or a capital one that followed it: "Jean-Baptiste de La Tour")
        after_particle = bool(keep) and (text[run[keep[-1]].end : tok.start].strip() != "" or (
            len(keep) > 1 and run[keep[-1]].bare.casefold() in CAPITAL_PARTICLES
            and text[run[keep[-2]].end : run[keep[-1]].start].strip() != ""))
        # A capitalised particle inside a titled name goes on to the next word: "Mr Nguyen Van Hai"
        # (or after a first name, before a surname no dictionary holds: "Aroha Te Rangi", "Fatima El Amrani")
        particle_on = keep and i + 1 < len(run) and word.casefold() in CAPITAL_PARTICLES and (titled or (
            len(keep) == 1 and judge.strong_first(run[keep[0]].bare) and judge.name_like(run[i + 1].bare) and not judge.common(run[i + 1].bare)))
        if keep and not judge.name_like(word) and not (after_particle and word.casefold() not in STOP) and not particle_on:
            break  # (a word after "van", "de", "ten" is a surname, however common: "ten Pas")
        keep.append(i)
    if any(run[i].bare.casefold().rstrip(".") in COMPANY for i in idx[1 : len(keep) + 1]):
        return None  # "Acme Trading Ltd", "Pennant Freight": a business, however person-like its words
    if keep and len(keep) > 1 and (run[keep[-1]].bare.casefold() in JOB_WORDS or run[keep[0]].bare.casefold() in JOB_WORDS):
        return None  # "Claims Officer", "Muhasebe Uzmanı", "Direttore Vendite": a job
    if keep and not titled and run[keep[0]].bare.casefold() in TRADES:
        return None  # "Plomberie Lefèvre", "Farmacia Santa Cruz": a trade and the family's name
    kept = keep[:4]
    words = [run[i].bare for i in kept]
    if not words or all(len(w.rstrip(".")) <= 1 for w in words):
        return None
    return _Plan(kept, words, titled, context, judge)


def _month_then_rare_surname(first: str, second: str, judge: Judge) -> bool:
    """A month that is also a first name, then a surname no dictionary knows as a word ("Mai
    Nakamura", "April Okonkwo"): a person; "Mai 2024", "May Johnson said" are left to the other rules."""
    return first.casefold() in CALENDAR and judge.surname(second) and judge.rank(second) >= RARE_RANK


def _name_rules(judge: Judge, words: list[str], titled: bool) -> tuple[bool | None, bool, bool]:
    """Whether a run of capitalised words (titles and greetings already removed) is a name:
    ``(answer, answer where the place says "a person", answer where it does not)``; the first
    is None when only the place can settle it (looking around costs more than all the rest)."""
    w0 = words[0]
    if titled:
        return judge.name_like(w0) or judge.first(w0), True, True
    if judge.strong_first(w0) and not w0.isupper():
        return True, True, True
    # Greetings, headers, speaker labels, signatures: the place says "a person", but a plain
    # word there ("Reset:", "API key:") is still a plain word.
    if len(words) == 1 and judge.common(w0) and not judge.strong_first(w0):
        placed = False  # "Born:", "Total:"
    else:
        placed = not w0.isupper() and (
            judge.first(w0) or judge.surname(w0) or judge.rank(w0) >= RARE_RANK
            or (len(words) > 1 and judge.first(words[1]))
        )
    unplaced = _is_name_by_words(judge, words)
    return (placed if placed == unplaced else None), placed, unplaced


def _is_name_by_words(judge: Judge, words: list[str]) -> bool:
    """Whether the words alone make a name (no title, no place saying so)."""
    w0 = words[0]
    if len(words) < 2:
        return False
    if is_place_name(w0) and any(judge.common(w) for w in words[1:]):
        return False  # "Chelsea Flower Show", "Victoria Station": a place's name, not a person's
    outer_rare = all(judge.rank(w) >= RARE_RANK and not w.isupper() for w in (w0, words[-1])) and not _everyday_lead(judge, w0)
    if outer_rare and (len(words) == 2 or (len(words) == 3 and len(words[1]) == 1)):
        return True  # "Zargan Vedzizhev", "Mijail C Adomo": two words no dictionary knows
    if judge.first(w0) and judge.name_like(words[-1]):
        return True
    if judge.surname(words[-1]) and judge.name_like(w0) and judge.name_like(words[-1]) and not _everyday_lead(judge, w0):
        return True
    return any(judge.strong_first(w) for w in words[1:])


def _everyday_lead(judge: Judge, word: str) -> bool:
    """An everyday word that no list holds as a name, before a surname: "Grilled Cornish",
    "Logo Tiger", "Exchange Server" name a dish, a product, a program; no person's name starts so."""
    if judge.first(word) or judge.surname(word) or word.isupper() or word.casefold().rstrip(".") in _HONORIFICS:
        return False
    return judge.rank(word) < RARE_RANK or _participle(judge, word)


def _participle(judge: Judge, word: str) -> bool:
    """An English participle of an everyday verb ("Grilled", "Chopped", "Baking"), however rare
    the form itself is in the lists."""
    low = word.casefold()
    if low.endswith("ed"):
        stems = [low[:-2], low[:-1], low[:-3]]
    elif low.endswith("ing"):
        stems = [low[:-3], low[:-3] + "e", low[:-4]]
    else:
        return False
    return any(len(stem) >= 3 and judge.rank(stem) < RARE_RANK for stem in stems)


# Words of address before a surname that the title list leaves to the other rules ("Fru Dahl").
_HONORIFICS = frozenset({
    "fru", "fröken", "frøken", "frk", "dña", "doña", "dona", "don", "seu", "dom", "pani", "pan", "bayan", "bay",
    "rouva", "neiti", "herra", "paní", "pane", "slečna", "mevrouw", "juffrouw", "signor", "sig", "sir", "dame", "lady",
})


def find_names(text: str, lex: Lexicon | None = None) -> list[Candidate]:
    """Person names in ``text``, each mention a candidate of type PERSON."""
    found, known = detect_names(text, lex)
    return found + mentions(text, known, found)


def mentions(text: str, known: set[str], already: Sequence[Candidate] = ()) -> list[Candidate]:
    """Other mentions of name words already found (``known``, casefolded) in ``text``."""
    if not known:
        return []
    covered = sorted((c.start, c.end) for c in already)
    starts = [s for s, _ in covered]
    out: list[Candidate] = []
    for run in capital_runs(text):
        for n, tok in enumerate(run):
            word = bare_word(tok)
            if word.casefold() not in known or (is_place_name(word) and used_as_place(text, tok.start, tok.start + len(word))):
                continue
            if n + 1 < len(run) and run[n + 1].start == tok.end + 1 and plain_word(bare_word(run[n + 1])) \
                    and bare_word(run[n + 1]).casefold() not in known:
                continue  # "Sunny Side Up", "the Sunny Corner lounge": a thing named with the word
            i = bisect.bisect_right(starts, tok.start) - 1
            if i < 0 or not covered[i][0] <= tok.start < covered[i][1]:
                if is_company(text[tok.end : tok.end + 40].split()[:3]):
                    continue  # "Rousseau Conseil SAS": the firm bears the name, the mention is the firm
                out.append(Candidate(tok.start, tok.start + len(word), "PERSON"))
    return out


class _LineLabels:
    """How often each word labels a line ("Ella:", "Bill to:"), counted when first asked."""

    __slots__ = ("text", "_counts")

    def __init__(self, text: str) -> None:
        self.text = text
        self._counts: Counter[str] | None = None

    def counts(self) -> Counter[str]:
        if self._counts is None:
            self._counts = Counter(m.group(1) for m in _LINE_LABEL.finditer(self.text))
        return self._counts


def _labels_a_field(text: str, tok: Tok, word: str, judge: Judge, labels: _LineLabels) -> bool:
    """Whether the one capitalised word ``tok`` at a line's start labels a field ("Bill to:",
    "Geboortedatum:") rather than names someone."""
    label_after = _LABEL_AFTER.match(text, tok.end) if _at_line_start(text, tok.start) else None
    if label_after and label_after.group(0).strip(" \t:"):
        return True  # "Bill to:", "Ship to:": a capitalised word and a lowercase one make a label
    if label_after and word.casefold() in MINUTE_MARKS:
        return True  # "AI: Kofi to send the deck": an action item's mark
    if label_after:
        # A field label, unless it labels lines again and again like a transcript's speaker, or
        # is a listed name.
        repeats = labels.counts()[tok.text]
        rare = judge.rank(word) >= RARE_RANK  # not among any language's everyday words
        if not (judge.strong_first(word) or (rare and (judge.surname(word) or repeats >= 2))):
            return True
        if repeats == 1 and _form_keys(labels, tok.text, judge):
            return True  # "Corso: Contabilità ..." above "Sede:", "Date:", "Quota:": a form's key
    return False


def _form_keys(labels: _LineLabels, own: str, judge: Judge) -> bool:
    """Whether the other words labelling lines are mostly everyday words ("Sede", "Date", "Quota"):
    a form's keys, not a transcript's speakers, so this one is a key too."""
    others = [w for w in labels.counts() if w != own]
    plain = sum(1 for w in others if judge.rank(w) < RARE_RANK and not judge.first(w) and not judge.surname(w))
    return plain >= 2 and plain * 3 >= len(others) * 2


def _is_name_here(text: str, run: tuple[Tok, ...], plan: _Plan) -> bool:
    """Whether the run ``plan`` was made for is a name where it stands."""
    is_name = plan.by_words
    if is_name is None:  # the place decides: a greeting before it, a header, a signature...
        context = plan.context
        if context is None:
            place = is_place_name(plan.words[0])
            context = _has_context(text, run[0].start, place) or (place and _called(text, run[0].start, run[-1].end))
        is_name = plan.placed if context else plan.unplaced
    # The text itself knows better than any list: a word it also writes in lowercase
    # ("label: Tone" beside "name: tone") is a plain word here too.
    if is_name and not plan.titled:
        if plan.lower_used is None:
            plan.lower_used = all(_used_lowercase(text, w) for w in plan.words if len(w) > 1)
        if plan.lower_used:
            return False
    return bool(is_name)


def detect_names(text: str, lex: Lexicon | None = None) -> tuple[list[Candidate], set[str]]:
    """Names found by the lists and their context, and the words of those names (casefolded)."""
    judge = judge_for(lex or lexicon())
    found: list[Candidate] = []
    known: set[str] = set()
    runs = capital_runs(text)
    labels = _LineLabels(text)
    plans: dict[str, _Plan | None] = {}  # a run's text -> what its words alone say
    facts = judge.facts
    for run in runs:
        tok0 = run[0]
        first_word = tok0.bare
        if len(run) == 1:
            fact = facts[first_word]
            if fact.plain_word:
                continue  # "The", "Please", "Thanks": most runs end here, before any context look-up
            if fact.first and text.startswith(":", tok0.end) and first_word.casefold() not in NOT_NAME_START \
                    and first_word.casefold() not in MINUTE_MARKS:
                counts = labels.counts()
                if len(counts) >= 2 and counts[tok0.text] and not (counts[tok0.text] == 1 and _form_keys(labels, tok0.text, judge)):
                    # A speaker in a dialogue ("Ella: What a wife.\nNicole: ..."), however
                    # everyday the name is as a word.
                    found.append(Candidate(tok0.start, tok0.start + len(first_word), "PERSON"))
                    continue
        if first_word.casefold() in NOT_NAME_START:
            continue
        key = text[tok0.start : run[-1].end]
        plan: Any = plans.get(key, _UNKNOWN)
        if plan is _UNKNOWN:
            plan = plans[key] = _plan(text, run, judge)
        if plan is None or plan.by_words is False:
            continue  # (not a name wherever it stands: what follows would only confirm that)
        first = run[plan.kept[0]]
        if len(plan.words) == 1 and not plan.titled and (
                plan.words[0].casefold() in DEPARTMENTS or _labels_a_field(text, first, plan.words[0], judge, labels)):
            continue  # (a team alone, "Billing" in a sheet's team column, is no one even when a surname)
        if not _is_name_here(text, run, plan):
            continue
        last = run[plan.last]
        if plan.not_name is None:  # (the same words each time the run is written)
            plan.not_name = bool(judge.lex.not_names) and judge.lex.is_not_name(text[first.start : last.end].rstrip("."))
        if plan.not_name:
            continue  # "Morgan Stanley", "Wendy's", "Houston": a company or a place, and its words stay unspread
        kept_last = run[plan.kept[-1]]
        if _names_a_thing(text, kept_last.start + len(kept_last.bare), plan.words, plan.titled, judge):
            continue
        if not plan.titled and len(plan.words) > 1 and particle_thing(text, first.start, last.start + len(last.bare), judge):
            continue  # "Crème de Marrons", "Vin de Savoie": a product or a place
        if thing_around(text, first.start, last.start + len(last.bare), plan.titled, judge.first(plan.words[0])):
            continue  # "the Riyadh project", "Bağdat Caddesi", "modello „Sofia"", "thứ Năm"
        found.append(Candidate(first.start, last.start + len(last.bare), "PERSON"))
        known.update(plan.spreading(judge))
    found += _lists_and_subjects(text, runs, found, judge)
    found += prose_names(text, runs, found, judge)
    full = prose_full_names(text, runs, found, judge)
    found += full
    # (a first name no list holds, found in full so, is the same person alone: "Nayra" after "Nayra Condori")
    known.update(w.casefold() for c in full for w in text[c.start : c.end].split() if judge.rank(w) >= PROPAGATE_RANK)
    found += cued_lowercase_names(text, found, judge)
    found += titled_article_names(text)
    found += arabic_article_tails(text, found)  # ("Khalid bin Turki al-Otaibi")
    found += initials_of(text, found)  # ("B.O." after "Babatunde Ogunleye")
    found += particle_surnames(text, judge, found)
    if "." in text:  # (two initials before a surname: "J. R. Whitcombe")
        found += [c for c in initialled_names(text, judge.plain_word) if c.start not in {f.start for f in found}]
    if mostly_lowercase(text):
        found += _lowercase_names(text, judge, found)
    return found, known






_SENTENCE_END = frozenset(".!?:;\n\"“”'‘’([{-–—•*>#|")


def doubtful(text: str, lex: Lexicon | None = None) -> list[tuple[int, int]]:
    """Capitalised words that might be a name but were not taken for one: no dictionary of the
    app's languages knows them, they are not in capitals (acronyms) and they do not start a
    sentence. Shown to the person as "check this", never hidden on a guess."""
    facts = judge_for(lex or lexicon()).facts
    out: list[tuple[int, int]] = []
    for run in capital_runs(text):
        if len(run) > 3 or not facts[run[0].bare].rare:  # (most runs end here)
            continue
        if not all(facts[t.bare].rare and len(t.bare) > 2 for t in run):
            continue
        at = run[0].start - 1
        while at >= 0 and text[at] in " \t":
            at -= 1
        if at < 0 or text[at] in _SENTENCE_END:
            continue
        out.append((run[0].start, run[-1].start + len(run[-1].bare)))
    return out


def plain_word(word: str) -> bool:
    """An everyday word of the app's languages that is no listed first name or surname."""
    return judge_for(lexicon()).facts[word.capitalize() if word.islower() else word].common
