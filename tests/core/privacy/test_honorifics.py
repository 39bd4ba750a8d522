"""The one list of titles (honorifics.py, resources/privacy/titles.txt) and the rules that read it."""

from __future__ import annotations

import re

from desktop.core.privacy import chat_titled, name_titles, name_words
from desktop.core.privacy.honorifics import _table, alternation, lowercase_cues, lowercase_titles, titles


def test_each_title_is_listed_once_in_lowercase_with_known_uses() -> None:
    words = [word for word, _ in _table()]
    assert len(words) > 150 and len(words) == len(set(words))
    for word, uses in _table():
        assert word == word.lower() and uses and set(uses) <= set("wbcldska"), word


def test_the_name_rules_read_the_one_list() -> None:
    assert set(titles("w")) == name_words.TITLES
    assert "herr" in name_words.TITLES and "doctor" not in name_words.TITLES  # (read on first use)
    assert name_titles._TITLE_WORD.fullmatch("Dott.ssa") and name_titles._title_set() >= set(titles("b")) - {
        w for w in titles("b") if "." in w}
    assert chat_titled._LOWER_CHAT_TITLED.match("frau lindner") is not None
    assert set(lowercase_cues()) <= set(chat_titled._lower_titles())


def test_the_alternation_reads_the_longest_title_first() -> None:
    pattern = re.compile(rf"(?:{alternation(('dott', 'dott.ssa', 'sig'), capital=True)})\b")
    assert pattern.match("Dott.ssa Ricci").group(0) == "Dott.ssa"  # type: ignore[union-attr]
    assert pattern.match("dott.ssa") is None  # the capital is asked for


def test_lowercase_titles_are_looked_for_by_the_word_or_its_dot() -> None:
    assert "hr." in lowercase_cues() and "hr" not in lowercase_cues()  # "hr" alone is a common syllable
    assert "dott" in lowercase_cues() and "dott.ssa" in lowercase_titles()


def test_titles_from_each_use_still_mark_names() -> None:
    from desktop.core.privacy import redact_text

    for text, name in (("Bitte an Hr. Gruber weiterleiten.", "Hr. Gruber"), ("parlato con dott.ssa Ricci oggi", "Ricci"),
                       ("ok dann frag ich frau lindemann direkt", "lindemann")):
        hidden = [s.original for s in redact_text(text, country="DE").spans]
        assert any(name in h for h in hidden), (text, hidden)
