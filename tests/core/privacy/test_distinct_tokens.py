"""Questions about the words a text writes, answered on its distinct tokens, give what the same
questions asked of the whole text give (normalised views included)."""

from __future__ import annotations

import random
import re

import pytest

from desktop.core.privacy import chat_mentions, coref, names, text_cache
from desktop.core.privacy.normalise import normalised_view
from desktop.core.privacy.text_cache import (
    distinct_tokens,
    forget_lowered,
    keyword_windows,
    lowered,
    present_keys,
)

_PIECES = [
    "Anna", "anna", "ANNA", "Kasi", "Ingrids", "berg", "O'Brien", "Straße", "ſtraße", "İstanbul", "ZHANG", "wei",
    "anna.berg@example.com", "mail:anna@x.org", "https://example.com/anna?x=Berg", "www.berg.example", "(Berg)",
    "12", "+44 20 7946 0958", "-", ".", "/", "@", "Berg-Olsen", "dot", "at", "ＡＮＮＡ", "ａｎｎａ＠ｘ．ｏｒｇ",
    "0\u200b7\u200b7", "Tel\u00a0:", "4111\u20111111", "\u00ad", "x\ufeffy", "é", "Éva", "ÉVA", "mo", "@meg",
]
_GAPS = [" ", "  ", "\n", "\t", "\u00a0", "\u3000", "\u2009", ", ", ". ", ""]


def _texts(seed: int, count: int = 300) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) + rnd.choice(_GAPS) for _ in range(rnd.randint(0, 40))) for _ in range(count)]


@pytest.fixture(autouse=True)
def _forget() -> None:
    forget_lowered()


def test_distinct_tokens_are_the_texts_tokens() -> None:
    for text in _texts(1):
        forget_lowered()
        assert set(distinct_tokens(text).split("\n")) - {""} == set(text.split())


def test_a_views_tokens_are_mapped_from_its_texts() -> None:
    mapped = 0
    for text in _texts(2):
        forget_lowered()
        distinct_tokens(text)  # the text's tokens first, as a check reads them
        view = normalised_view(text)
        if view is None:
            continue
        mapped += 1
        assert set(distinct_tokens(view[0]).split()) == set(view[0].split()), text
    assert mapped > 100  # most texts hold a character the view changes


def test_lowercase_words_as_on_the_whole_text() -> None:
    spoken = 0
    for text in _texts(3):
        names._lowercase_words.cache_clear()
        forget_lowered()
        plain = names._without_addresses(text) if ("@" in text or "://" in text or "www." in text) else text
        if " dot " in plain:
            spoken += 1
            continue  # spelled-out addresses span tokens: read on the whole text, as before
        plain = names._LOGIN_TOKEN.sub(" ", plain)  # (a login's lowercase parts are no plain words)
        expected = frozenset(w for w in set(re.findall(r"[^\W\d_]+", plain)) if w.islower())
        assert names._lowercase_words(text) == expected, text
    assert spoken < 300


def test_words_in_and_capitalised_words_as_on_the_whole_text() -> None:
    for text in _texts(4):
        coref.words_in.cache_clear()
        forget_lowered()
        tokens = set(text.casefold().split())
        marked = {t for t in tokens if t[0] in coref._PUNCT or t[-1] in coref._PUNCT}
        assert coref.words_in(text) == frozenset(tokens | {t.strip(coref._PUNCT) for t in marked})
        assert set(coref._CAP_WORD.findall(distinct_tokens(text))) == set(coref._CAP_WORD.findall(text))
        assert set(chat_mentions._CAPS_RUN.findall(distinct_tokens(text))) == set(chat_mentions._CAPS_RUN.findall(text))


def test_cue_words_kept_exactly_when_the_long_text_or_its_view_holds_them() -> None:
    keys = ("anna", "tel :", "straße", "berg-olsen", "zzz", "@meg", "ｘ", "x.org", "0958", "dot at")
    for text in _texts(5, 40):
        long_text = (text + " ") * (8000 // max(1, len(text)) + 1)  # (long enough for the filter)
        forget_lowered()
        view = normalised_view(long_text)
        lowered(long_text)
        for checked in (long_text, view[0] if view else long_text):
            lower = lowered(checked)
            kept = present_keys(lower, keys)
            assert [k for k in keys if k in lower] == [k for k in kept if k in lower]  # none that is there dropped
            assert all(all(part in lower for part in k.split()) for k in kept)  # none kept whose parts are absent


def test_cue_words_as_written_kept_exactly_when_a_checked_text_holds_them() -> None:
    keys = ("No:", "No :", "Anna", "市", "ＡＮＮＡ", "zzz", "x.org")
    for text in _texts(6, 40):
        long_text = (text + " No : 市 ") * (8000 // max(1, len(text)) + 1)
        forget_lowered()
        lowered(long_text)  # (a check holds the text it looks at)
        kept = present_keys(long_text, keys)
        assert [k for k in keys if k in long_text] == [k for k in kept if k in long_text]
        assert all(all(part in long_text for part in k.split()) for k in kept)
        assert "zzz" not in kept  # the filter did run


def test_cue_words_asked_again_by_other_rules_get_the_same_answers() -> None:
    # The rules ask for overlapping cue lists: answers and windows kept from an earlier question
    # must be what a fresh search of the text gives, whatever order the questions come in.
    lists = [("anna", "berg"), ("berg", "zzz", "dot at"), ("x.org", "anna", "tel :"), ("zzz",), ("anna berg", "@meg")]
    for seed, text in enumerate(_texts(7, 30)):
        long_text = (text + " ") * (8000 // max(1, len(text)) + 1)
        order = random.Random(seed).sample(lists * 2, len(lists) * 2)
        forget_lowered()
        lower = lowered(long_text)
        for keys in order:
            kept = present_keys(lower, keys)
            assert kept == [k for k in keys if all(part in lower for part in k.split())]
            starts = sorted(m.start() for k in kept for m in re.finditer(f"(?={re.escape(k)})", lower))
            assert keyword_windows(lower, keys, 20, 3) == _merged(starts, 20, 3)


def _merged(starts: list[int], after: int, before: int) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for start in starts:
        if windows and start - before <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], start + after))
        else:
            windows.append((max(0, start - before), start + after))
    return windows


def test_a_part_is_found_among_the_words_exactly_when_a_search_finds_it() -> None:
    # Parts of letters are searched for among the words' letter runs, others only once their
    # letter runs are there: both must answer what a search of the words answers.
    rnd = random.Random(8)
    letters = "abnrgé𝔞İıſß市ｘ" + "\u0301\u0307²½_7"
    punct = ["", ".", ":", "-", " ", "@", "'", "/"]
    for text in _texts(9, 60):
        words = text_cache._Words("\n".join(set(text.lower().split())))
        for _ in range(60):
            part = "".join(rnd.choice(letters) + rnd.choice(punct) * (rnd.random() < 0.2) for _ in range(rnd.randint(1, 5)))
            part = part.strip() or "a"
            if rnd.random() < 0.5 and words.joined:  # (a piece of the words themselves, often)
                at = rnd.randrange(len(words.joined))
                part = words.joined[at : at + rnd.randint(1, 7)].split("\n")[0] or part
            assert words.has(part) == (part in words.joined), (part, text)
