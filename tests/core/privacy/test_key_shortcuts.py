"""The quick refusals before a find's line is read (a line key must be followed by its colon; a
holiday starts only where its first letters stand; a product code's key is looked up before the
line start is read) answer as the full check does, on texts built from the characters those
checks turn on."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.privacy import address_lines, not_columns, not_form_keys, not_workplace
from desktop.core.privacy.text_cache import forget_lowered

_TEXTS = st.text(alphabet="Ab Ean:：1 2.\t\n-*•", max_size=40)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_a_line_key_ends_where_its_colon_follows(text: str) -> None:
    for line_start in range(len(text) + 1):
        key = not_form_keys._KEY.match(text, line_start)
        if key is not None:
            assert not_form_keys._KEY_END.match(text, key.end(1))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_codes_key_as_the_unordered_check(text: str) -> None:
    for start in range(len(text) + 1):
        key = not_columns._CODE_KEY.match(text, start)
        at_line_start = not text[text.rfind("\n", 0, start) + 1 : start].strip(" \t-*•")
        expected = bool(key and at_line_start and key.group(1).casefold() in not_columns._CODE_KEYS)
        assert not_columns._a_codes_key(text, start) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Co. CountyKerry Ab\n, ", max_size=40))
def test_county_before_a_postcode_as_the_plain_match(text: str) -> None:
    from desktop.core.privacy.towns import is_county

    for anchor in range(len(text) + 1):
        word = re.match(r"[A-Z][a-z]+", text[anchor : anchor + 20])
        expected = word is not None and text[max(0, anchor - 8) : anchor].rstrip().endswith(("Co.", "County")) \
            and is_county(word.group(0))
        assert address_lines._county_at(text, anchor) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Good FridaY fıſİ\u212a-aster Mondy\n", max_size=40))
def test_holidays_near_a_find_as_every_position_tried(text: str) -> None:
    forget_lowered()
    for start in range(len(text) + 1):
        low, last, high = max(0, start - 24), start, min(len(text), start + 24)
        tried = []
        at = low
        while (m := not_workplace._HOLIDAY.search(text, at, high)) is not None and m.start() <= last:
            tried.append(m.span())
            at = max(m.end(), m.start() + 1)
        assert [m.span() for m in not_workplace._holidays_from(text, low, last, high)] == tried


def test_holidays_written_with_letters_a_caseless_match_folds() -> None:
    for text in ("GOOD FRıDAY", "Eaſter Monday", "ıtsenäisyyspäivä", "EASTER MONDAY", "good friday"):
        forget_lowered()
        assert [m.group(0) for m in not_workplace._holidays_from(text, 0, 0, len(text))] == [text], text
