"""The quick tests that skip a search in the layout and name rules when it cannot match say "may
match" wherever the search matches: on texts built from the characters those patterns turn on."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.privacy import header_people

# Pieces the display-name-before-address patterns turn on: names, commas, brackets of every
# kind, "mailto:", Han and Hangul, spaces of several kinds.
_PIECES = ["Ann", "Lee", "Wu", ",", " ", "\t", "\u3000", "<", "(", "（", "[", "]", ">", ")", "mailto:", "[mailto:",
           "\"", "”", "王", "小明", "김민준", "x.y", "a", "\n", "@", "Ümit"]
# Windows shaped like the forms themselves, each part varied, so that matches and near misses
# are both frequent.
_PARTS = (["", "Ann, ", "\n"], ["Wendtland", "Ann Lee", "王", "김민준", "a"], [",", ", ", ",\t", " "],
          ["Ulrike", "Wu Lee", "健一", "x"], ["", "\"", " "], ["", " ", "\u3000"],
          ["<", "(", "（", "[mailto:", "[", "mailto:", ""], ["u.w", "k", "", " x", "a]b", "a(b", "a（b"])


def _skips_only_misses(window: str) -> tuple[bool, bool]:
    backwards = window[::-1]
    comma = header_people._COMMA_BEFORE_ADDRESS.search(window) is not None
    cjk = header_people._CJK_BEFORE_ADDRESS.search(window) is not None
    assert not comma or header_people._opened_address(window, backwards), window
    assert not cjk or header_people._opened_cjk_address(window, backwards), window
    return comma, cjk


def test_the_address_look_back_skips_only_windows_without_a_match() -> None:
    found = [_skips_only_misses("".join(parts)) for parts in itertools.product(*_PARTS)]
    assert sum(comma for comma, _ in found) > 500 and sum(cjk for _, cjk in found) > 500  # (the texts do match)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_the_address_look_back_on_any_mix(window: str) -> None:
    _skips_only_misses(window)


def test_the_look_back_finds_the_forms_it_is_for() -> None:
    for window in ("Wendtland, Ulrike <u.wendtland", "Mbeki, Thandiwe [mailto:t.mbeki", "Ann Lee, Wu (a"):
        assert header_people._opened_address(window, window[::-1])
    assert not header_people._opened_address("write to u.wendtland", "write to u.wendtland"[::-1])
    assert header_people._opened_cjk_address("森田 健一 （k.morita", "森田 健一 （k.morita"[::-1])


# Cue words, then a name in lowercase or with its article, in the shapes that make a find or
# just miss one (a letter glued before, a capital, a hyphen, an "@" after).
_CUE_PARTS = (["", "x", " ", "-", "(", "’"], ["ask", "asked", "tell", "cc’d", "demande à", "pregúntale a", "spørg", "Mr", "Mrs.",
                                                "Sheikha", "M.", "Dr", "Mme"],
              [" ", "\t", "  ", "", "\n"], ["anna", "Anna", "al-Qahtani", "el-Sayed", "bin-Zayed", "abu-Omar", "al-qa", "jo"],
              ["", "@", "s", " ", "-x", "."])


def test_the_cue_patterns_skip_to_their_cue_words_and_find_the_same() -> None:
    import re

    from desktop.core.privacy import name_prose
    from desktop.core.privacy.fastscan import SKIPPABLE

    found = 0
    for rule in (name_prose._LOWER_AFTER_CUE, name_prose._TITLED_ARTICLE_NAME):
        fast = re.compile(rule.pattern)
        plain = re.compile(SKIPPABLE[rule.pattern])
        assert fast.pattern != plain.pattern  # (the rewritten form is the one in use)
        for parts in itertools.product(*_CUE_PARTS):
            text = "".join(parts) * 2
            expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected, text
            found += len(expected)
    assert found > 1000


# The patterns rewritten to start with their first capital, beside the forms they were written in.
_SOURCES = {
    "initials": r"(?<![\w.])[A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?[ \t]?(?:(?:van|de|der|den|von|da|di|le|la|al|el)[ \t]+)?"
                r"([A-ZÀ-ÖØ-Þ][a-zß-ÿ'’]{2,}(?:-[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+)?)(?![\w])",
    "particle": r"(?<=[a-zà-ÿ,] )(?:Van(?: der| den| de| het| 't)?|De|Ter|Ten|Vander|Vanden) "
                r"([A-Z][a-zà-ÿ]{1,20})(?![\w'’\-])(?![ \t]+[A-Z])",
}
_CAPITAL_PARTS = (["", "x", ".", " ", "met ", "a, ", "É ", "\n"], ["J.", "J. R.", "A.K.", "M. J. van", "Van", "Van der", "De", "Ter",
                                                                   "Ten", "Vander", "Vanden", "Van 't", "Dé", "T"],
                  ["", " ", "\t"], ["Whitcombe", "Berg", "Wit-Smit", "wit", "Oß", "B"], ["", " ", " Ltd", " Antwerpen", "’s", "-x"])


def test_patterns_that_skip_to_capitals_find_what_their_sources_find() -> None:
    import re

    from desktop.core.privacy import name_initials, name_particles

    found = 0
    for name, rule in (("initials", name_initials._INITIALS_SURNAME), ("particle", name_particles._PARTICLE_NAME)):
        plain, fast = re.compile(_SOURCES[name]), re.compile(rule.pattern)
        assert plain.pattern != fast.pattern
        for parts in itertools.product(*_CAPITAL_PARTS):
            text = "".join(parts) * 2
            expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected, text
            found += len(expected)
    assert found > 500


def test_the_words_before_a_name_are_those_each_rule_finds() -> None:
    from desktop.core.privacy import name_prose

    def every_rule(text: str, start: int) -> list[str]:  # (each rule tried, as written first)
        window = text[max(0, text.rfind("\n", 0, start) + 1, start - 40) : start]
        found = [rule.search(window) for rule in (name_prose._WORD_BEFORE, name_prose._TWO_BEFORE, name_prose._THREE_BEFORE)]
        return [" ".join(m.group(1).lower().split()) for m in found if m]

    parts = (["", "x\n", "Hi ", "7 "], ["ask", "spoke to", "3", "(", "merci à", "Cc:", "don't", ""], ["", " ", "\t", ": ", "  "],
             ["the", "", "l'", "-"], ["", " ", "\t"])
    for pieces in itertools.product(*parts):
        text = "".join(pieces) + "Ana"
        assert name_prose._before(text, len(text) - 3) == every_rule(text, len(text) - 3), text
