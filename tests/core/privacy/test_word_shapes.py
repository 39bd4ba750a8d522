"""Words that are words by their shape: compounds of everyday words and camel-case product names."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.word_shapes import looks_like_a_word


@pytest.mark.parametrize("word", ["Wartungsvertrag", "Schichtleitung", "Servicetechniker", "Bürobedarf",
                                  "ProMaster", "FortiClient", "DevOps", "MongoDB", "TASKalfa"])
def test_compounds_and_product_names_are_words(word: str) -> None:
    assert looks_like_a_word(word, lexicon())


@pytest.mark.parametrize("word", ["McAllister", "DeShawn", "LaToya", "MacDonald", "Kellermann", "Lindqvist",
                                  "Ceccarelli", "Hoekstra", "Oluwadamilola", "Rosenthal", "Whitfield"])
def test_names_keep_their_shape(word: str) -> None:
    assert not looks_like_a_word(word, lexicon())


def test_a_compound_is_not_hidden_and_the_person_beside_it_is() -> None:
    text = "Übergabe: Schichtleitung hat Linie 2 geprüft.\nServicetechniker kommt Freitag, Rückfragen an Jasper Wendholt."
    hidden = {s.original for s in redact_text(text, country="DE").spans}
    assert "Jasper Wendholt" in hidden
    assert not any("Schichtleitung" in h or "Servicetechniker" in h for h in hidden)
