"""One person, one placeholder: the forms a run writes one person's name in, joined.

"David Okafor", later "David", "Okafor" (after a title) and the user name "dokafor" are one
person; the model should see ``[PERSON_1]`` each time, or it cannot tell they are the same.
A short form joins a full name only when exactly one full name of the run contains it: with
two Davids, "David" alone stays a person of its own.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from desktop.core.privacy.cjk import is_cjk_name
from desktop.core.privacy.fastscan import dispatchable, first_char_dispatch
from desktop.core.privacy.lexicon import strip_accents
from desktop.core.privacy.name_titles import strip_titles
from desktop.core.privacy.text_cache import distinct_tokens


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _user_names(words: list[str]) -> set[str]:
    """User names people build from a name: "dokafor", "david.okafor", "davido", "okafor.d",
    "david.o"."""
    first, last = strip_accents(words[0]).casefold(), strip_accents(words[-1]).casefold()
    return {first[0] + last, first + last, f"{first}.{last}", f"{first}_{last}", f"{first}-{last}",
            first + last[0], f"{last}.{first[0]}", f"{first[0]}.{last}", f"{first}.{last[0]}", f"{first}_{last[0]}"}


def person_aliases(originals: Iterable[str]) -> dict[str, str]:
    """Map each person form (casefolded) to the full name (as first written) it stands for;
    forms that are already full names, or that could be several people, are left out. A title
    or honorific written with a form ("Mr. Okafor", "Tanaka-san") is read past: the form is
    the bare name's."""
    fulls: dict[str, str] = {}
    shorts: dict[str, list[str]] = {}  # a one-word bare name -> the forms written for it, in order
    cjk: set[str] = set()
    aliases: dict[str, str] = {}
    for text in dict.fromkeys(originals):  # each form once, in the order first written
        bare = strip_titles(text)
        if len(bare.split()) > 1:
            key = _fold(bare)
            first = fulls.setdefault(key, " ".join(text.split()))
            if _fold(text) != _fold(first):
                aliases[_fold(text)] = first  # "Mme Solène Baptiste" and "Solène Baptiste"
        else:
            shorts.setdefault(bare.casefold(), []).append(text)
            if is_cjk_name(bare):
                cjk.add(bare)
    owners: dict[str, set[str]] = defaultdict(set)
    for folded in fulls:
        words = [w.strip(",;") for w in folded.split()]
        if folded.split()[0].endswith(","):
            words = words[1:] + words[:1]  # "Sonne, Katrin" is Katrin Sonne
        for word in words:
            if word.casefold() in shorts and len(word.rstrip(".")) > 1:
                owners[word.casefold()].add(folded)
        for user in _user_names(words):
            if user in shorts:
                owners[user].add(folded)
    for bare, forms in shorts.items():
        names = owners.get(bare, set())
        if len(names) == 1:
            for form in forms:
                aliases[_fold(form)] = fulls[next(iter(names))]
        elif not names and len(forms) > 1:
            for form in forms[1:]:  # "Mr. Alvarez", later "Alvarez": the form first written
                aliases[_fold(form)] = " ".join(forms[0].split())
    _first_names_of_logins(shorts, owners, aliases)
    for short, full in _cjk_aliases(cjk).items():
        first = " ".join(shorts.get(full.casefold(), [full])[0].split())  # "佐藤花子様" as written
        for form in shorts.get(short, [short]):
            aliases[_fold(form)] = first
    return aliases


_LOGIN = re.compile(r"([a-z]{2,})[._\-][a-z][a-z.\-_]*")


def _first_names_of_logins(shorts: dict[str, list[str]], owners: dict[str, set[str]], aliases: dict[str, str]) -> None:
    """A first name written alone and the one login of the run that starts with it ("Magda" and
    "magda-wrobel", no full name written) are one person: the name joins the login."""
    logins: dict[str, list[str]] = {}
    for bare in shorts:
        m = _LOGIN.fullmatch(bare)
        if m:
            logins.setdefault(m.group(1), []).append(bare)
    if not logins:
        return
    for bare, forms in shorts.items():
        held = logins.get(bare, [])
        if len(held) != 1 or owners.get(bare) or any(_fold(form) in aliases for form in forms):
            continue
        login = shorts[held[0]][0]
        target = aliases.get(_fold(login), " ".join(login.split()))
        for form in forms:
            aliases[_fold(form)] = target


def _cjk_aliases(names: set[str]) -> dict[str, str]:
    """East Asian names have no space between surname and given name: a shorter form that begins
    exactly one longer name ("王" and "王伟", "佐藤" and "佐藤花子", "박" and "박지훈") is its surname."""
    out: dict[str, str] = {}
    for short in names:
        longer = [n for n in names if len(n) > len(short) and n.startswith(short)]
        if len(longer) == 1 and len(longer[0]) <= 4:
            out[short.casefold()] = longer[0]
    return out


_PUNCT = ".,;:!?()[]{}<>\"'`*"


@lru_cache(maxsize=4)
def words_in(text: str) -> frozenset[str]:
    """The words of ``text``, casefolded, without the punctuation around them (one pass over the
    distinct space-separated tokens, shared by every question about the text)."""
    tokens = set(distinct_tokens(text).casefold().split())  # (the text's tokens, casefolded)
    marked = {t for t in tokens if t[0] in _PUNCT or t[-1] in _PUNCT}
    return frozenset(tokens | {t.strip(_PUNCT) for t in marked})


def username_mentions(text: str, full_names: Iterable[str]) -> list[tuple[int, int]]:
    """Where ``text`` writes a user name built from one of ``full_names`` ("npetrova")."""
    forms = {u for name in full_names if len(name.split()) > 1 for u in _user_names(name.split()) if len(u) >= 5}
    if forms:  # only those the text holds: a long document names hundreds of people
        forms &= words_in(text)
    if not forms:
        return []
    alternatives = [re.escape(form) for form in sorted(forms, key=len, reverse=True)]
    if dispatchable(forms):
        # The same pattern written so that the engine skips to the forms' first letters.
        start = first_char_dispatch(alternatives, r"\w@.\-", ignore_case=True)
    else:
        start = r"(?<![\w@.\-])(?i:" + "|".join(alternatives) + ")"
    pattern = re.compile(start + r"(?![\w@\-]|\.\w)")
    return [m.span() for m in pattern.finditer(text)]


# A name declined or put in the genitive without an apostrophe: "Ingrids nya nummer" (sv, de,
# nl), "babci Zosi", "z Kasią" (pl: a first name in -a changes its last letter).
_CAP_WORD = re.compile(r"(?<![\w@.\-/])[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿā-ž]{2,}(?![\w@])")
_POLISH_ENDINGS = ("i", "y", "ę", "ą", "o", "u", "ie")
_STEM_LAST = frozenset("siyęąoue")  # the last letters of the endings _stems takes off (others have no stem)


def _stems(word: str) -> list[str]:
    stems = [word[:-1]] if word.endswith("s") else []
    if word.endswith("i"):
        stems.append(word + "a")  # "Zosi", "Kasi": the genitive of "Zosia", "Kasia"
    for ending in _POLISH_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stems.append(word[: -len(ending)] + "a")
    return stems


def _declined_re(words: set[str]) -> re.Pattern[str]:
    """``_CAP_WORD`` narrowed to ``words`` (whole words it matched): the same matches, skipping
    to the words' first letters."""
    alternatives = [re.escape(word) for word in sorted(words, key=len, reverse=True)]
    return re.compile(first_char_dispatch(alternatives, r"\w@.\-/") + r"(?![\w@])")


def declined_mentions(text: str, known: set[str], already: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of declined forms of a name already found in the text (``known``, casefolded)."""
    from desktop.core.privacy.names import plain_word as _plain_word
    from desktop.core.privacy.places import is_place_name

    if not known:
        return []
    covered = sorted(already)
    starts = [a for a, _ in covered]
    # Each distinct word is tested once (a long text writes the same ones again and again), and
    # only the few that may be a declined name are then looked for, by their first letters.
    declined = {word for word in set(_CAP_WORD.findall(distinct_tokens(text)))
                if word[-1] in _STEM_LAST and any(stem.casefold() in known for stem in _stems(word))}
    if not declined:
        return []
    out = []
    for m in _declined_re(declined).finditer(text):
        word = m.group(0)
        i = bisect.bisect_right(starts, m.start()) - 1
        if (i >= 0 and covered[i][0] <= m.start() < covered[i][1]) or _plain_word(word) or is_place_name(word):
            continue
        if word.endswith("s") and text[max(0, m.start() - 4) : m.start()].casefold() == "the ":
            continue  # "the Hendersons": a household or a firm, not a genitive
        out.append((m.start(), m.end()))
    return out


_ARTICLE_BEFORE = re.compile(r"(?i:\b(?:the|a|an|der|die|das|le|la|el|il|lo|het|de|del|della|sala|room))[ \t]+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;>\n])[ \t\"'“(]*$")


def _shouted_first_names(text: str, firsts: set[str], covered: list[tuple[int, int]], starts: list[int]) -> list[tuple[int, int]]:
    """``firsts`` (in capitals) written alone, not before another word in capitals (another
    person's full name, "ROBERT SMITH")."""
    out = []
    pattern = re.compile(r"(?<![\w@.\-'’])(?:" + "|".join(re.escape(f) for f in sorted(firsts)) + r")(?![\w@'’\-])")
    for m in pattern.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if (i >= 0 and covered[i][0] <= m.start() < covered[i][1]) or re.match(r"[ \t]+[A-ZÀ-ÖØ-Þ]{2,}", text[m.end() : m.end() + 4]):
            continue
        out.append(m.span())
    return out


def first_name_mentions(text: str, full_names: Iterable[str], already: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first name of a person named in full, written alone inside a sentence ("lo que me
    pasó Paz del departamento" after "De: Paz Morales"), however everyday the word: the full
    name says who it is. Only where a capital inside a sentence marks a name, and no article or
    capitalised word beside it makes it a thing ("the Rose Garden")."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.name_judge import PROPAGATE_RANK, judge_for

    lex = lexicon()
    judge = judge_for(lex)
    firsts = {name.split()[0] for name in full_names if len(name.split()) > 1 and not name.split()[0].endswith(",")}
    # (a distinctive first name is already hidden wherever it is written: only everyday ones are left)
    # (a first name written in capitals, "ROBERT:" after "ROBERT CHEN": the capitals say nothing, the full name does)
    shouted = {f for f in firsts if len(f) >= 3 and f.isupper() and lex.is_first_name(f.title()) and f in text}
    firsts = {f for f in firsts if len(f) >= 3 and f[0].isupper() and f[1:].islower() and lex.is_first_name(f)
              and not judge.strong_first(f) and lex.rank(f) < PROPAGATE_RANK and f in text}
    if not firsts and not shouted:
        return []
    covered = sorted(already)
    starts = [a for a, _ in covered]
    out = _shouted_first_names(text, shouted, covered, starts) if shouted else []
    if not firsts:
        return out
    alternatives = [re.escape(f) for f in sorted(firsts)]
    start = first_char_dispatch(alternatives, r"\w@.\-'’") if dispatchable(firsts) else (
        r"(?<![\w@.\-'’])(?:" + "|".join(alternatives) + ")")
    for m in re.finditer(start + r"(?![\w@'’\-])", text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and covered[i][0] <= m.start() < covered[i][1]:
            continue  # (most mentions are already hidden: a sorted look-up, not a scan)
        before = text[max(0, m.start() - 30) : m.start()]
        # (at a sentence's start only as the one addressed: "Will, please bring the deed")
        vocative = text[m.end() : m.end() + 1] == "," and before.rstrip(" \t")[-1:] in ("", "\n", ".", "!", "?")
        if (_SENTENCE_START.search(before) and not vocative) or _ARTICLE_BEFORE.search(before) \
                or re.match(r"[ \t]+[A-ZÀ-ÖØ-Þ]", text[m.end() : m.end() + 2]):
            continue
        out.append(m.span())
    return out
