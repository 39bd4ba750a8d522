"""The shortcuts of the workplace check must answer as the plain patterns they stand in for: the
holidays' first letters written as a tree of shared letters match the same places as their plain
alternation, and a find the Vietnamese-unit precheck rules out holds no Vietnamese unit."""

from __future__ import annotations

import random
import re

from desktop.core.privacy import not_workplace
from desktop.core.privacy.text_cache import forget_lowered

_UNIT_PIECES = ["Kế", "kế", "KẾ", "toán", "hoạch", "Nhân", "sự", "Chi", "chi", "nhánh", "Gói", "Cơ", "Ưu", "đãi",
                "Phí", "triển", "Ban", "giám", "Anna", "Lê", "Văn", "phòng", "Trân", "trọng", "\u0131", "\u017f", "\u0130",
                "K\u0130nh", "k\u0131nh", "doanh", "\u017fản", "xuất", "x", "é"]
_GAPS = [" ", " ", " ", "\t", "", "\n", "-", ", "]


def test_the_tree_of_holiday_heads_matches_where_their_alternation_does() -> None:
    heads = sorted({h[: not_workplace._HEAD] for h in not_workplace._holidays()})
    plain = re.compile("|".join(re.escape(h) for h in heads))
    rng = random.Random(3)
    pieces = [*heads, *(h[:3] for h in heads), " ", "\n", "a", "x", "é"]
    hits = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        starts = [m.start() for m in plain.finditer(text)]
        assert [m.start() for m in not_workplace._HOLIDAY_HEAD.finditer(text)] == starts, text
        for at in range(len(text) + 1):
            assert bool(not_workplace._HOLIDAY_HEAD.match(text, at)) == bool(plain.match(text, at)), (text, at)
        hits += bool(starts)
    assert hits > 1000  # (the generated texts do hold heads)


def test_the_letter_tree_of_words_some_the_start_of_others() -> None:
    pattern = re.compile(not_workplace._letter_tree(sorted({"ab", "abc", "b", "abd", "c d"})))
    for text in ("ab", "abc", "abd", "b", "c d", "a", "c", "x"):
        assert bool(pattern.fullmatch(text)) == (text in {"ab", "abc", "b", "abd", "c d"}), text


def test_a_find_ruled_out_by_the_precheck_holds_no_vietnamese_unit() -> None:
    rng = random.Random(7)
    units = ruled_out = 0
    for _ in range(10000):
        text = "".join(rng.choice(_UNIT_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(1, 6)))
        start = rng.randint(0, len(text) - 1)
        end = rng.randint(start + 1, len(text))
        found = any(not_workplace._VIETNAMESE_UNIT.match(text, m.start())
                    for m in not_workplace._WORD_STARTS.finditer(text, start, end))
        maybe = not_workplace._maybe_vietnamese_unit(text, start, end)
        assert maybe or not found, (text, start, end)
        forget_lowered()
        units += found
        ruled_out += not maybe
    assert units > 80 and ruled_out > 3000  # (the generated finds hold units, and most are ruled out)
