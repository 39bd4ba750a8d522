"""The card rule and the ID rules scanned only around long digit runs find exactly
what a scan of the whole text finds: every shape, written with its separators (a card over two
lines too), next to other numbers and letters."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.privacy import redact_text, structured, token_scan


def _rules() -> list[re.Pattern[str]]:
    return [
        structured._re("card"),
        structured._re("ssn"),
        structured._re("es_id"),
        structured._re("fr_nir"),
    ]  # (regional's accounts and unlabelled's IDs scan the whole text: some have six digits or fewer)


# Pieces these shapes are built from: digit groups, their separators, the letters some carry
# (NIE "X", Corsican "2A", Cartão "ZZ4", PPSN "W", RIC "X") and what stands around numbers.
_PIECES = ["1", "2", "85", "05", "123", "4567", "0123456", "12345678", " ", ".", "-", "+", "/", "\n",
           "X", "A", "ZZ", "W", "2A", "ab", "Tel ", "id: ",
           # whole shapes: the widest reach before and after their digit runs
           "1 85 05 2A 006 084 36", "1234567 8 ZZ4", "1234567TW", "X1234567L", "123-45-6789",
           "123.456.789-09", "12345678901234567X", "850709-9805", "1 234 567 890", "4111 1111", "1111\r\n", "4242.4242"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24))
def test_each_id_rule_finds_the_same_matches_in_the_number_windows(parts: list[str]) -> None:
    text = "".join(parts)
    numbers = token_scan.LongNumbers(text)
    for rule in _rules():
        expected = [(m.span(), m.group(0), m.lastgroup) for m in rule.finditer(text)]
        assert [(m.span(), m.group(0), m.lastgroup) for m in numbers.finditer(rule)] == expected


def test_the_windows_of_a_text_are_made_once_and_let_go_after_a_check() -> None:
    text = "SSN 123-45-6789, PPS 1234567TW, NIR 1 85 05 2A 006 084 36"
    first = token_scan.long_numbers(text)
    assert token_scan.long_numbers(text) is first
    assert [text[a:b] for a, b in first.windows] != []
    redact_text(text)
    assert all(held is not text for held, _ in token_scan._NUMBERS)


def test_ids_next_to_each_other_are_still_hidden() -> None:
    red = redact_text("Refs: SSN 219-09-9999 / PESEL 44051401359 / Steuer-ID 12 345 678 903 done.")
    kinds = {s.original: s.type for s in red.spans}
    assert kinds.get("219-09-9999") == "NATIONAL_ID"
    assert kinds.get("44051401359") == "NATIONAL_ID"
