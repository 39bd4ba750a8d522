"""The faster ways some rules look for what they find give exactly what the plain ways gave:
names in a declined form, an initial and a surname, a phone word before a number; and the
lowercased text the detectors share is let go when a check ends."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.privacy import (
    chat_titled,
    coref,
    redact_text,
    structured,
    structured_phones,
    text_cache,
)

# The characters these rules turn on: capitals (ASCII and not), lowercase letters, digits, the
# signs their look-behinds name, spaces and line breaks.
_ALPHABET = "ABKZÅÉŁabeiksyzåéłß019 \t\n.,:-/@'’_"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80), st.integers(min_value=0, max_value=2**16))
def test_declined_words_are_found_where_the_capitalised_word_rule_finds_them(text: str, seed: int) -> None:
    words = sorted(set(coref._CAP_WORD.findall(text)))
    chosen = set(random.Random(seed).sample(words, k=len(words) // 2 + 1)) if words else {"Zosi"}
    expected = [m.span() for m in coref._CAP_WORD.finditer(text) if m.group(0) in chosen]
    assert [m.span() for m in coref._declined_re(chosen).finditer(text)] == expected


def test_a_declined_name_is_hidden_and_a_plain_word_is_not() -> None:
    spans = redact_text("Ingrid Berg ringde i går.\nIngrids nya nummer har jag inte.").spans
    assert "Ingrids" in [s.original for s in spans]
    assert all(s.original != "nya" for s in spans)


_INITIAL_SURNAME_PLAIN = re.compile(
    r"(?<![\w.])[A-Z]\.[ \t]?[A-ZÀ-ÖØ-Þ](?:[a-zß-ÿ'’]{2,}(?:-[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+)?|[A-ZÀ-ÖØ-Þ'’]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})?)"
    r"(?!\w|\.\w)"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ABGHZÉabhnrsé. \t\n-'’,", max_size=60))
def test_an_initial_and_surname_are_found_where_the_look_behind_form_finds_them(text: str) -> None:
    expected = [m.span() for m in _INITIAL_SURNAME_PLAIN.finditer(text)]
    assert [m.span() for m in chat_titled._INITIAL_SURNAME.finditer(text)] == expected


_CUE_WORDS = ["tel", "Phone", "call me on", "t.:", "m:", "电话", "número", "ring"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*_CUE_WORDS, " ", "\n", "7", "12", ":", "x", "ab", " on "]), max_size=14))
def test_a_phone_word_is_found_before_a_number_as_the_whole_window_search_finds_it(parts: list[str]) -> None:
    text = "".join(parts) + "0123456789"
    cue_at = len(text) - 10
    rule = structured._re("phone_context")
    expected = bool(rule.search(text[max(0, cue_at - 40) : cue_at]))
    assert structured_phones._cue_before(text, cue_at, rule) is expected


def test_a_number_after_a_phone_word_on_the_line_before_is_not_taken_for_its_cue() -> None:
    rule = structured._re("phone_context")
    assert structured_phones._cue_before("call me\n", 8, rule) is True  # the word ends the line before the number
    assert structured_phones._cue_before("phone 1234\nthen ", 16, rule) is False  # a digit stands between


def test_the_lowercased_text_is_made_once_and_let_go_when_a_check_ends() -> None:
    text = "Anna Berg, Hauptstraße 12, 10115 Berlin. " * 3
    view = text.replace(",", ";")
    first = text_cache.lowered(text)
    assert text_cache.lowered(text) is first  # the same text: the same lowercased copy
    text_cache.lowered(view)
    assert text_cache.lowered(text) is first  # the text and its normalised view are both held
    redact_text(text)
    assert text_cache._LOWERED == []  # nothing personal is kept once the check has finished


_PIECES = ["born", "geb.", "d.o.b", " mrs", "mr", "tax id", "passwort", "生年月日", "x", "\n", " ", "\t", "İ", "@", "%40"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40), st.lists(st.sampled_from(_PIECES + ["zz", "b orn"]), min_size=1))
def test_cue_words_skipped_as_absent_are_never_in_the_text(pieces: list[str], keys: list[str]) -> None:
    text = ("".join(pieces) + " filler words ") * (4000 // (len("".join(pieces)) + 14) + 1)
    lower = text_cache.lowered(text)
    try:
        kept = text_cache.present_keys(lower, tuple(keys))
        assert [key for key in keys if key in lower] == [key for key in kept if key in lower]
        # and the windows built from the cue words are the ones every word searched gives
        plain = sorted(i for key in keys for i in range(len(lower)) if lower.startswith(key, i))
        assert text_cache.keyword_windows(lower, tuple(keys), 20, 3) == _windows(plain, 20, 3)
    finally:
        text_cache.forget_lowered()


def _windows(starts: list[int], after: int, before: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start in starts:
        begin = max(0, start - before)
        if out and begin <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], start + after))
        else:
            out.append((begin, start + after))
    return out
