"""Two chat speakers, one line each, labelled with one word: people when one is a listed first
name and one of them is called by name in a message; key-value lines stay fields. One initial
alone under a sign-off signs the message."""

from __future__ import annotations

from desktop.core.privacy import redact_text


def _people(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


def test_a_speaker_no_list_knows_beside_one_it_does_is_a_person() -> None:
    people = _people("Zsuzsó: Bence, megvan a Richter anyag?\nBence: igen, reggel küldtem", "HU")
    assert "Zsuzsó" in people and "Bence" in people


def test_key_value_lines_that_call_no_one_are_left() -> None:
    people = _people("Zsuzsó: megvan a Richter anyag?\nBence: igen, reggel küldtem\nDátum: hétfő", "HU")
    assert "Zsuzsó" not in people


def test_one_initial_alone_under_a_sign_off_is_the_person_signing() -> None:
    assert "K." in _people("Hallo Steffi,\n\nbitte schick die Folien vorher.\n\nVG\nK.", "DE")
    assert "A" in _people("Hi all,\n\nThe plan is attached.\n\nBest,\nA", "GB")


def test_an_initial_inside_a_line_after_a_sign_off_is_left() -> None:
    assert "A" not in _people("Best,\nA plan for Monday is attached.", "GB")
