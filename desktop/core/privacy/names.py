"""Person names: dictionaries of first names and surnames plus the places names sit in.

Capitalised words are grouped into runs ("Anna Maria van der Berg"). A run is a name when it
holds a first name from the lists (US census, nam_dict), when a title precedes it ("Herr
Krüger"), or when its place says so: a greeting ("Hi Sam,"), an introduction ("my name is ..."),
a header ("From: ..."), a speaker label at the start of a transcript line ("Okafor: ..."), the
line after a sign-off ("Best regards,\\nJo Park"), a verb of saying ('..." says Iwase'). Words
that are also everyday words ("Will", "May", "Grant") need that extra evidence. Once a name is
found, its other mentions in the text ("Krüger's", "Anna") are names too.

Longer than most modules on purpose: finding a run, planning it, the rules that accept or refuse
it and the second look for its other mentions are one decision that reads best in one place. The
word lists are in ``name_words.py`` and the per-word judge and the runs in ``name_judge.py``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import distinct_tokens, lazy_skippable
from desktop.core.privacy.lexicon import Lexicon, lexicon
from desktop.core.privacy.name_judge import (
    PROPAGATE_RANK,
    RARE_RANK,
    Judge,
    Tok,
    bare_word,
    capital_runs,
    judge_for,
)
from desktop.core.privacy.name_words import (
    CALENDAR,
    CAPITAL_PARTICLES,
    COMPANY,
    CUES,
    DAY_AFTER,
    GREETINGS,
    JOB_WORDS,
    MONTH_ABBREVIATIONS,
    NOT_NAME_START,
    NUMBER_AFTER,
    PARTICLES,
    PRODUCT_WORDS,
    STOP,
    THING_AFTER,
    TITLES,
    TRADES,
)
from desktop.core.privacy.places import is_place_name, used_as_place

_CUE_WORDS = re.compile(r"[\w'’]+")
_SIGN_OFF = lazy_skippable(
    r"(?i)(?:regards|best|cheers|thanks|thank you|sincerely|yours(?: truly| faithfully| sincerely)?|best wishes|"
    r"warm wishes|all the best|take care|talk soon|gr(?:ü|ue)(?:ß|ss)e|gru(?:ß|ss)|mfg|lg|vg|cordialement|"
    r"bien (?:à|a) vous|amicalement|bien cordialement|salutations|saludos|atentamente|un saludo|abrazos|"
    r"cordiali saluti|distinti saluti|saluti|un caro saluto|groeten|groet|met vriendelijke groet(?:en)?|"
    r"hartelijke groet(?:en)?)[ \t]*[,.!]?[ \t]*\n[ \t]*$"
)


_WORD_CHARS = re.compile(r"[^\W\d_]+")
_LIST_GAP = re.compile(r",[ \t]+|,?[ \t]+(?:and|or|und|oder|et|ou|y|o|e|en|of)[ \t]+")
_SUBJECT_VERB = re.compile(
    r"[ \t]+(?:is from|lives|lived|had given|has given|gave|listed|began|said|says|asked|wrote|told|called|"
    r"explained|replied|joined|works|worked|flew|went|arrived|was born|is a|was a|has been|had been)\b"
)
_PLURAL_VERB = re.compile(r"[ \t]+(?:were|are|have|had|met|founded|wrote|said)\b")
_VOCATIVE = re.compile(r",[ \t]+(?:can|could|would|will|please|thanks|thank you|I)\b")
_LINE_LABEL = re.compile(r"^[ \t]*([^\W\d_][\w'’\-]*):", re.MULTILINE)
_LABEL_AFTER = re.compile(r"\.?[ \t]*(?:(?:[a-z][\w\-]*|To|From|Of)[ \t]*){0,2}:")  # ("Bill To:", "Ship To:", "Obs.:")


# Cues that also stand before places ("to Jordan", "from Florence"): for a first name that is
# also a place they say nothing, unless they label a header ("To: Jordan").
_PLACE_CUES = frozenset({"to", "from", "by", "an", "von", "van", "aan", "per", "de la part de"})


def _has_context(text: str, start: int, place: bool = False) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    stripped = before.rstrip(" \t:,-")
    if stripped.strip(" \t-*•>") == "":
        # At the start of a line: a speaker label ("Okafor:") or a signature line.
        return _speaker_or_signature(text, start)
    if len(stripped) < len(before) or before.endswith(" "):
        words = _CUE_WORDS.findall(stripped.lower()[-30:])
        for n in (1, 2, 3, 4):
            cue = " ".join(words[-n:])
            if len(words) >= n and cue in CUES:
                return not place or cue not in _PLACE_CUES or before.rstrip(" \t").endswith(":")
    return False


def _speaker_or_signature(text: str, start: int) -> bool:
    line_end = text.find("\n", start)
    line = text[start : line_end if line_end >= 0 else len(text)]
    label = _SPEAKER.match(line + " ")
    if label and all(w[:1].isupper() or _PARTICLE.fullmatch(w) for w in label.group(1).split()):
        return True  # "Anna Schmidt: let's start" (but not "Bill to:")
    return bool(_SIGNATURE_LINE.match(line) and _SIGN_OFF.search(text[max(0, start - 60) : start]))


_SPEAKER = re.compile(r"([^\W\d_][\w.'’\- ]{0,40}):\s")
_PARTICLE = re.compile(PARTICLES)
_SIGNATURE_LINE = re.compile(r"[^\W\d_][\w.'’\- ]{0,40}\s*$")


# Addresses and links spell names in lowercase ("anna.schmidt@example.com"): that is no sign
# the writer uses the word as a plain word.
_ADDRESS_LIKE = re.compile(r"[\w.+\-]+@[\w.\-]+|\b(?:https?://|www\.)\S+")


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
    return frozenset(w for w in set(_WORD_CHARS.findall(text)) if w.islower())


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
    """Whether ``text`` also has ``word`` written in lowercase as a word of its own."""
    lower = word.lower()
    return lower != word and lower in _lowercase_words(text)


_UNKNOWN: Any = object()


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
        # found before the run belonged to that word, not to what follows.
        idx, context = idx[1:], False
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
        after_particle = bool(keep) and text[run[keep[-1]].end : tok.start].strip() != ""
        # A capitalised particle inside a titled name goes on to the next word: "Mr Nguyen Van Hai"
        particle_on = titled and keep and i + 1 < len(run) and word.casefold() in CAPITAL_PARTICLES
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
        for tok in run:
            word = bare_word(tok)
            if word.casefold() not in known or (is_place_name(word) and used_as_place(text, tok.start, tok.start + len(word))):
                continue
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
            if fact.first and text.startswith(":", tok0.end) and first_word.casefold() not in NOT_NAME_START:
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
        if len(plan.words) == 1 and not plan.titled and _labels_a_field(text, first, plan.words[0], judge, labels):
            continue
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
        found.append(Candidate(first.start, last.start + len(last.bare), "PERSON"))
        known.update(plan.spreading(judge))
    found += _lists_and_subjects(text, runs, found, judge)
    if mostly_lowercase(text):
        found += _lowercase_names(text, judge, found)
    return found, known


_CALLED_AFTER = re.compile(r"[ \t]*[?!]")
_VOCATIVE_AFTER = re.compile(r",[ \t]+(?:can|could|would|will|please|thanks|thank you|I)\b|[ \t]*[?!]")


def _called(text: str, start: int, end: int) -> bool:
    """Whether someone is spoken to by this word: "Remember me, Chelsea?", "Jordan, can you..."."""
    after_comma = text[max(0, start - 2) : start] == ", "
    return bool((after_comma and _CALLED_AFTER.match(text, end)) or (_at_line_start(text, start) and _VOCATIVE_AFTER.match(text, end)))


def _at_line_start(text: str, at: int) -> bool:
    """Whether only spaces and list marks stand before ``at`` on its line."""
    return text[text.rfind("\n", 0, at) + 1 : at].strip(" \t-*•>") == ""


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
            if not places and (named * 2 >= len(group) or (listed and (acting or len(group) >= 3) and words * 2 <= len(group))):
                for run in group:
                    if run[0].start in covered or any(_used_lowercase(text, t.bare) for t in run):
                        continue
                    if len(run) > 1 and run[-1].bare.casefold() in PRODUCT_WORDS:
                        continue  # "Hudson Cardigan and Walton Desk": products in a list
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
        ):
            extra.append(Candidate(tok0.start, run[-1].start + len(run[-1].bare), "PERSON"))
    close_group()
    return extra


_FIRM_AFTER = re.compile(r"[ \t]+(?:(?:a|e|y|et|und|and|&|och|og|en|i)[ \t]+)?([^\s,;:()]+)")


@cache
def _field_labels() -> frozenset[str]:
    from desktop.core.privacy.labels import field_keys

    return frozenset(field_keys())


def _all_field_labels(words: list[str]) -> bool:
    keys = _field_labels()
    return all(w.casefold().strip(".:").replace("-", " ") in keys for w in words)


_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}\.?[ \t]$")


def _names_a_thing(text: str, end: int, words: list[str], titled: bool, judge: Judge) -> bool:
    """Whether the words or what follows them make a firm ("Novák a synové s.r.o."), a product
    or system ("Kingston Ford dealer portal"), a numbered thing ("Tier 2"), a site, a brand's
    line or a table's header row, not a person. (Asked of finds only: most have no word after.)"""
    spaced = text[end : end + 1] in (" ", "\t")
    if spaced:
        firm = _FIRM_AFTER.match(text, end)
        if firm and (is_company([firm.group(1)]) or (firm.group(1).istitle() and firm.group(1).casefold() in PRODUCT_WORDS)):
            return True  # "Novák a synové s.r.o.", "Lincoln Log Set"
        if THING_AFTER.match(text, end):
            return True
    if titled:
        return False
    if len(words) > 1:
        last = words[-1].casefold()
        if last in PRODUCT_WORDS or _all_field_labels(words):
            return True  # "Georgia Peach Jam"; a header row "Namn  Födelsedatum"
        lex = judge.lex
        # "Boots UK", "Carrefour Market", "Hilton Leeds": a brand's place or line
        return lex.is_not_name(words[0]) and (not judge.first(words[0]) or lex.is_not_name(last) or is_company(words[1:]))
    if words[0].casefold() in MONTH_ABBREVIATIONS and (
        (spaced and DAY_AFTER.match(text, end)) or _DAY_BEFORE.search(text, max(0, end - len(words[0]) - 4), end - len(words[0]))
    ):
        return True  # "On Tue, Jun 4", "On 13 Mar 2025": a date
    if used_as_place(text, end - len(words[0]), end, nouns_only=True):
        return True  # "from Harrow branch", "la oficina de Rosario"
    return spaced and not judge.first(words[0]) and bool(NUMBER_AFTER.match(text, end))


def is_company(words: list[str]) -> bool:
    """Whether a business word ("Ltd", "GmbH", "Logistics") is among ``words``."""
    return any(w.casefold().rstrip(".,") in COMPANY for w in words)


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
