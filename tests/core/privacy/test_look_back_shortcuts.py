"""The look-backs before a find that skip their pattern when it cannot match (no spaces, no
comma, no ampersand, no quotation mark or colon before the find) give what the pattern searched
over the same stretch gives, on texts built from the characters those patterns turn on."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.privacy import address_forms, name_prose, not_numbers, not_places, redact
from desktop.core.privacy.fastscan import spaced_word_end, word_search_from

_TEXTS = st.text(alphabet="aoOfPr &,:\"“ \t\n-'é1.", max_size=40)


def _ends(text: str) -> range:
    return range(len(text) + 1)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_word_before_a_find_as_the_searched_pattern(text: str) -> None:
    for start in _ends(text):
        low = max(0, start - 24)
        word_end = spaced_word_end(text, low, start)
        for pattern in (not_places._LAST_WORD, not_numbers._WORD_BEFORE):
            plain = pattern.search(text, low, start)
            fast = pattern.search(text, word_search_from(text, low, word_end), start) if word_end >= 0 else None
            assert (plain and plain.span(1)) == (fast and fast.span(1))
        if not_places._JOB_OF.search(text, low, start):
            assert word_end >= 0 and text[max(low, word_end - 2) : word_end].lower() == "of"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Head of Sales\t\n ,.", max_size=40))
def test_job_of_shortcut(text: str) -> None:
    for start in _ends(text):
        low = max(0, start - 24)
        word_end = spaced_word_end(text, low, start)
        if not_places._JOB_OF.search(text, low, start):
            assert word_end >= 0 and text[max(low, word_end - 2) : word_end].lower() == "of"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="MarksSp &\t\n,Dr.", max_size=40))
def test_firm_and_title_before_shortcuts(text: str) -> None:
    for start in _ends(text):
        if redact._FIRM_BEFORE.search(text, max(0, start - 30), start):
            assert redact._amp_before(text, start)
        if redact._TITLE_BEFORE.search(text, max(0, start - 12), start):
            assert text[start - 1 : start] in (" ", "\t", "\n")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="c/o Ank, \t\nKr", max_size=40))
def test_town_or_care_of_needs_a_comma(text: str) -> None:
    for start in _ends(text):
        line_start = text.rfind("\n", max(0, start - 60), start) + 1
        if address_forms._CARE_OF_BEFORE.search(text, max(line_start, start - 60), start) or \
                address_forms._TOWN_FIRST.search(text, max(line_start, start - 40), start):
            assert text[max(line_start, start - 60) : start].rstrip(" \t").endswith(",")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Job: Ve\"“ssel\t\n-x", max_size=40))
def test_thing_key_and_quote_shortcuts(text: str) -> None:
    for start in _ends(text):
        line_start = text.rfind("\n", 0, start) + 1
        plain = not_places._KEY_BEFORE.search(text, line_start, start)
        fast = not_places._KEY_BEFORE.match(text, line_start, start) if ":" in text[line_start:start] else None
        assert (plain and plain.span(1)) == (fast and fast.span(1))
        if any(q in text[line_start:start] for q in not_places._OPENING):
            assert not_places._ANY_OPENING.search(text, line_start, start)
        else:
            assert not not_places._ANY_OPENING.search(text, line_start, start)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab.Z_ @1\n", max_size=40))
def test_login_start_as_the_searched_pattern(text: str) -> None:
    searched = re.compile(r"[a-z]+\Z")
    for j in _ends(text):
        before = text[max(0, j - 30) : j]
        head = j - (len(before) - len(before.rstrip("abcdefghijklmnopqrstuvwxyz")))
        m = searched.search(text, max(0, j - 30), j)
        assert (m.start() if m else j) == head


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="Ask Jo: é_1'’\t\n ", max_size=60))
def test_words_before_read_backwards_as_the_searched_rules(text: str) -> None:
    """The one, two and three words before a find, read from the end of its window, are the
    ones the forward rules find (a digit or an apostrophe opening a word, a colon, tabs)."""
    for start in range(1, len(text) + 1):
        assert name_prose._before(text, start) == name_prose._before_searched(text, start), (text, start)
