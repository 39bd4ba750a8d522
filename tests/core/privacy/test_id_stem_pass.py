"""The ID words of more countries are found in one automaton pass; the places must be the ones
the expression of them all finds (the longest at each place, none inside the one before)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.privacy import id_documents
from desktop.core.privacy.cue_index import _AUTOMATA

FOLDER = Path(__file__).resolve().parents[2] / "data" / "privacy" / "handwritten"


def _expression_starts(lower: str) -> list[int]:
    return [m.start() for m in id_documents._more_stem_re().finditer(lower)]


@pytest.mark.skipif(_AUTOMATA is None, reason="pyahocorasick is not installed: the expression runs")
@pytest.mark.parametrize("name", ["dev34.txt", "dev39.txt", "dev18.txt", "dev.txt"])
def test_the_pass_finds_the_places_the_expression_finds(name: str) -> None:
    lower = (FOLDER / name).read_text(encoding="utf-8").lower()
    found = list(id_documents._more_stem_starts(lower))
    assert found == _expression_starts(lower) and found  # (each file holds some of these words)


def test_overlapping_words_keep_the_longest_and_skip_what_it_covers() -> None:
    lower = "no sim: 1234 · số hộ chiếu b1234567 · căn cước công dân 001 · nomor ktp 3171"
    assert list(id_documents._more_stem_starts(lower)) == _expression_starts(lower)


@pytest.mark.skipif(_AUTOMATA is None, reason="pyahocorasick is not installed: the expression runs")
@pytest.mark.parametrize("name", ["dev34.txt", "dev39.txt", "dev18.txt", "dev44.txt"])
def test_a_long_text_searched_from_its_words_finds_the_same_places(name: str) -> None:
    from desktop.core.privacy.text_cache import forget_lowered, lowered

    text = (FOLDER / name).read_text(encoding="utf-8")
    lower = lowered(text)  # (a text being checked: its words are known)
    try:
        found = list(id_documents._more_stem_starts(lower, by_words=True))
    finally:
        forget_lowered()
    assert len(lower) >= id_documents._SEARCHED_FROM
    assert found == _expression_starts(lower) and found
