"""The secret rules' shortcuts (a pattern tried only from the first of its keys in a stretch)
give what the pattern searched over the same stretch gives, on texts built from the letters of
its words, their capitals and the letters a case-free match also takes ("ı", "ſ", the Kelvin sign)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.privacy import secret_spoken
from desktop.core.privacy.text_cache import forget_lowered


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="pasSwordPWDlogiInıſ\u212akKwf-m \n:İ", max_size=40))
def test_asked_for_a_password_as_the_searched_pattern(text: str) -> None:
    forget_lowered()
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1, 3):
            plain = secret_spoken._TWO_PART_ASK.search(text[start:end]) is not None
            assert secret_spoken._asked(text, start, end) == plain


def test_two_pieces_after_an_ask_are_found() -> None:
    text = "ana: what's the WIFI pw?\nben: first half is Harbor-Lights\nben: _2026!\n"
    found = {text[c.start : c.end] for c in secret_spoken.find_spoken_secrets(text, text.lower())}
    assert found == {"Harbor-Lights", "_2026!"}
    no_ask = "ana: lunch?\nben: first half is Harbor-Lights\nben: _2026!\n"
    assert secret_spoken.find_spoken_secrets(no_ask, no_ask.lower()) == []


def test_letters_a_case_free_match_also_takes() -> None:
    for text in ("the logın?\n", "WıFI pw\n", "paſsword:\n", "\u212aennwort bitte\n", "LOGİN\n", "no ask here\n"):
        forget_lowered()
        plain = secret_spoken._TWO_PART_ASK.search(text) is not None
        assert secret_spoken._asked(text, 0, len(text)) == plain, text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["code ", "PIN ", "Four ", "SEVEN ", "eins ", "zwei ", "ſix ", "sıx ", "\u212aod ", "Ü", "fünf ",
                                  "FÜNF ", ", ", "-", "\n", "x"]), max_size=14).map("".join))
def test_spoken_codes_as_the_caseless_pattern(text: str) -> None:
    forget_lowered()
    lower = text.lower()
    expected = []
    for a, b in secret_spoken.keyword_windows(lower, secret_spoken.present_keys(lower, *secret_spoken._CODE_CUES), 90, 0):
        expected += [m.span("value") for m in secret_spoken._SPOKEN.finditer(text, a, b + 120)
                     if m.start() < b and len(m.group("value").replace(",", " ").replace("-", " ").split()) <= 8]
    assert [(c.start, c.end) for c in secret_spoken._spoken_codes(text, lower)] == expected


def test_spoken_codes_in_capitals_and_folded_letters() -> None:
    for text, value in (("Door CODE: FOUR SEVEN ONE NINE", "FOUR SEVEN ONE NINE"),
                        ("kod: ſiedem ſiedem dwa cztery", "ſiedem ſiedem dwa cztery"),
                        ("Code fünf SECHS ſieben acht", "fünf SECHS ſieben acht")):
        forget_lowered()
        found = [text[c.start : c.end] for c in secret_spoken._spoken_codes(text, text.lower())]
        assert found == [value], text
