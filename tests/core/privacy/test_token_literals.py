"""A street-type word rule run as the literal words it matched among the text's distinct tokens
finds exactly what the rule finds: any case, glued to punctuation, at the end of the text, in a
stretch of it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.privacy import addresses, redact_text, text_cache, token_scan

_PIECES = ["rue", "Rue", "RUE", "via", "Via", "ſubida", "c/", "C.", "av.", "Avda", "p°", "pl.", "allée", "Allee",
           "place", "placer", "x", "-", "(", ".", " ", "\t", "\n", "\u00a0", "12", "Roma", "de"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20), st.integers(min_value=0, max_value=60))
def test_the_literal_words_find_what_the_type_word_rule_finds(parts: list[str], cut: int) -> None:
    text = "".join(parts)
    rule = addresses._type_word_re()
    text_cache.forget_lowered()
    literal = token_scan.as_token_literals(rule, text, r"\w\-")
    for a, b in ((0, len(text)), (min(cut, len(text)), len(text)), (0, min(cut, len(text)))):
        expected = [m.span() for m in rule.finditer(text, a, b)]
        assert ([] if literal is None else [m.span() for m in literal.finditer(text, a, b)]) == expected


def test_a_text_without_a_type_word_gets_no_pattern_and_one_with_them_finds_each() -> None:
    assert token_scan.as_token_literals(addresses._type_word_re(), "Meeting at 10, room 4.", r"\w\-") is None
    text = "Envoyer au 12, rue de la Paix; sinon Via Roma 131.\n"
    literal = token_scan.as_token_literals(addresses._type_word_re(), text, r"\w\-")
    assert literal is not None and [m.group(0) for m in literal.finditer(text)] == ["rue", "Via"]


def test_street_type_addresses_are_still_hidden() -> None:
    red = redact_text("Bitte an Anna senden: Calle Mayor 5, 28013 Madrid. Oder 12, rue de la Paix, 75002 Paris.")
    hidden = [s.original for s in red.spans if s.type == "ADDRESS"]
    assert any("Calle Mayor 5" in h for h in hidden) and any("rue de la Paix" in h for h in hidden)
