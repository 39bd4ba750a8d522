"""The per-text and per-line shortcuts of the name checks must answer as the whole-text passes
they replace: a form's line keys read only on lines holding a colon, a word counted once by a
plain search with its neighbours checked, and table cells and headers worked out once per line."""

from __future__ import annotations

import random
import re

from desktop.core.privacy import not_aligned_columns, not_columns, not_everyday, not_form_keys
from desktop.core.privacy.text_cache import forget_lowered

_KEY_PIECES = ["Key", "Vada", " ", "\t", ":", "：", "\n", "- ", "1", "12:30", "x", "Anna", "é", "::", "\n\n", "•"]
_WORD_PIECES = ["Frank", "frank", "Franky", "_Frank", "Frank_", "1Frank", "é", " ", "\n", ".", "Fr", "ank", "Frankank"]


def test_line_keys_are_the_keys_the_whole_text_pattern_finds() -> None:
    rng = random.Random(11)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(_KEY_PIECES) for _ in range(rng.randint(0, 20)))
        expected = [m.span() + m.span(1) for m in not_form_keys._KEY.finditer(text)]
        assert [m.span() + m.span(1) for m in not_form_keys._line_keys(text)] == expected, text
        found += bool(expected)
    assert found > 500  # the generated texts do hold keys


def test_a_word_written_once_is_what_findall_with_word_bounds_counts() -> None:
    rng = random.Random(5)
    once = 0
    for _ in range(4000):
        text = "".join(rng.choice(_WORD_PIECES) for _ in range(rng.randint(0, 10)))
        expected = len(re.findall(r"(?<!\w)Frank(?!\w)", text)) == 1
        assert not_everyday._written_once(text, "Frank") == expected, text
        forget_lowered()
        once += expected
    assert once > 200  # (and many texts hold the word once)


_TABLES = [
    "SKU;Description;Colour\nHK-1;Hudson Crew Sweater;Navy\nHK-2;Marlow Tee;Rose\n",
    "Region | Target | Actual | Oran\n--- | --- | --- | ---\nNorth | 10 | 9 | %91\n",
    "Bölge\tHedef\tGerçekleşen\tOran\nEge\t10\t9\t%91\n",
    "Date       Category        Merchant                      Amount\n"
    "02/10      Rail            LNER King's Cross–Leeds      £96.40\n"
    "03/10      Hotel           Premier Inn Leeds            £80.00\n",
    "Name, City, Phone\nAnna Berg, Malmö, 123\nJonas Lind, Umeå, 456\n",
    "Dear Anna, see you in Paris, Rome and Berlin.\nBest, Jonas",
]


def _slow_column_header(text: str, start: int) -> str | None:
    line_start, line_end = not_columns._line_bounds(text, start)
    line = text[line_start:line_end]
    for mark in not_columns._MARKS:
        count = line.count(mark)
        if count < (2 if mark == "," else 1):
            continue
        found = not_columns._header(text, line_start, mark, count)
        if found is None:
            continue
        head = text[found[0] : found[1]]
        if found[0] == line_start and not not_columns._row_below(text, line_end, mark, count):
            continue
        if not_columns._DIGIT.search(head):
            continue
        column = text[line_start:start].count(mark)
        cells = head.split(mark)
        if column < len(cells):
            return " ".join(cells[column].strip(" \"'*").replace("_", " ").replace("-", " ").split()).casefold()
    return None


def test_column_headers_and_cells_read_once_per_line_answer_as_before() -> None:
    table_finds = 0
    for text in _TABLES:
        for m in re.finditer(r"[A-ZÀ-Þ%][\w'’%]+", text):
            assert not_columns.column_header(text, m.start()) == _slow_column_header(text, m.start()), m.group(0)
            forget_lowered()
            table_finds += not_columns.column_header(text, m.start()) is not None
            forget_lowered()
    assert table_finds > 10
    assert not_aligned_columns.in_an_aligned_things_column(_TABLES[3], _TABLES[3].index("Rail"))
    assert not_aligned_columns.in_an_aligned_things_column(_TABLES[3], _TABLES[3].index("Premier"))
    assert not not_aligned_columns.in_an_aligned_things_column(_TABLES[3], _TABLES[3].index("Amount"))
    oran = _TABLES[2].index("Oran")
    assert not_columns.a_header_cell(_TABLES[2], oran, oran + 4, lambda w: False)
    assert not not_columns.a_header_cell(_TABLES[2], oran, oran + 4, lambda w: w == "Hedef")
    forget_lowered()


def test_price_list_rows_are_looked_for_only_in_texts_with_two_dots_together() -> None:
    rng = random.Random(3)
    pieces = [".", " ", "\t", "…", "x", "Lindau", "389,00 €", "\n"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        has_pair = any(pair in text for pair in not_columns._LEADER_PAIRS)
        assert has_pair or not not_columns._LEADERS.search(text), text
    row = "Gartenbank Lindau, Eiche geölt ........ 389,00 €"
    assert not_columns._in_a_price_list_row(row, 0)
    forget_lowered()
    assert not not_columns._in_a_price_list_row("Gartenbank Lindau, Eiche geölt 389,00 €", 0)
    forget_lowered()
