"""Cue-word lists rewritten by ``keywords_first`` find what the plain alternation finds."""

from __future__ import annotations

import random
import re

import pytest

from desktop.core.privacy import structured
from desktop.core.privacy.fastscan import keywords_first

_PIECES = [
    "VAT", "vat", "Ust-IdNr.", "P. IVA", "order #", "Order no.", "ticket", "Ticket n°", "facture no", "订单号", "주문번호",
    "Tel", "TEL.", "t.:", "M:", "f:", "xm:", "call me on", "phone", "Téléphone", "móvil", "numarası", "电话", "at", "on",
    "is", "lautet", "GB", "DE12", "ſku", "İsbn", "Kvk", "emp id", "customer #", " ", "  ", "\t", "\n", ":", "#", "-", ".",
    "7", "12", "a", "Z", "é", "_",
]


def _windows(seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 9))) for _ in range(6000)]


@pytest.mark.parametrize(("words", "rest"), [
    (structured._NOT_PHONE_WORDS, structured._NOT_PHONE_AFTER_WORD),
    (structured._PHONE_CUE_WORDS, r"[^\n\d]{0,25}$"),
])
def test_cue_words_are_found_where_the_plain_list_finds_them(words: str, rest: str) -> None:
    plain = re.compile(f"(?i)(?:{words}){rest}")
    fast = re.compile(keywords_first(words, rest, ignore_case=True))
    found = 0
    for text in _windows(len(words)):
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in fast.finditer(text)] == expected, text
        found += bool(expected)
    assert found > 1000  # the windows do hold cue words, so the comparison means something


def test_the_rules_use_the_fast_forms() -> None:
    assert structured._re("phone_context").pattern == keywords_first(structured._PHONE_CUE_WORDS, r"[^\n\d]{0,25}$", ignore_case=True)
    assert structured._NOT_PHONE_BEFORE.pattern.startswith("[")  # a class first: the engine skips to it


def test_groups_and_look_behinds_are_opened_or_refused() -> None:
    assert re.fullmatch(keywords_first(r"(?:ab|cd)e|(?<!\w)[xy]z", "$"), "cde")
    assert not re.search(keywords_first(r"(?<!\w)[xy]z", ""), "axz")
    with pytest.raises(ValueError):
        keywords_first(r"(?:ab|cd)?e", "")
    with pytest.raises(ValueError):
        keywords_first(r"(?<!ab)c", "")
