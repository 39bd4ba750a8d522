"""Cue-word patterns rewritten by ``fastscan.skippable`` find what the patterns they were made
from find: every rewritten pattern of the redactor, on texts made of its own cue words."""

from __future__ import annotations

import random
import re

import pytest

from desktop.core.privacy import address_owner, names, secret_prose, secrets, structured, structured_phones
from desktop.core.privacy.fastscan import SKIPPABLE, _opened, _top_level, keywords_first, skippable

# The rewritten forms are made on first use: each is used once here, so that every one is compared.
_USED = [rule.pattern for rule in (structured._re("phone_context"), structured._re("dob"), structured_phones._NOT_PHONE_BEFORE,
                                   secrets._SAID_PASSWORD, names._SIGN_OFF, address_owner._PRESENTED_RE,
                                   secret_prose._GAPPED_PASSWORD)]

_AROUND = [" ", "  ", "\t", "\n", ":", ": ", " is ", " es ", "=", "#", "-", ".", ",", "7", "12", "x", "Ab", "é", "_", "/",
           "@", "'", "\"", "GB ", "tr0ub4dor&3", "b1ue-Heron", "12.03.1980", "3 March 1990", "1990-04-05", "ſ", "K"]


def _literal(alternative: str) -> str:
    """One text the alternative matches, more or less (regex signs dropped, first options taken)."""
    text = alternative.replace("(?<!\\w)", "")
    for _ in range(3):
        text = re.sub(r"\(\?:([^()|]*)(?:\|[^()]*)?\)[?*]?", r"\1", text)
    text = re.sub(r"\[\^?(.)[^\]]*\][?*+]?(?:\{[\d,]+\})?", r"\1", text)
    text = re.sub(r"\\[sb]", " ", text)
    return re.sub(r"\\(.)", r"\1", text).replace("?", "").replace("*", "")


def _texts(source: str, seed: int) -> list[str]:
    body = source.removeprefix("(?i)")
    if body.startswith("(?<!["):
        body = body[body.index("])") + 2 :]
    words = [_literal(a) for alt in _top_level(body[3 : _group_end_of(body) - 1]) for a in _opened(alt)]
    rnd = random.Random(seed)
    texts = []
    for _ in range(1500):
        parts = []
        for _ in range(rnd.randint(1, 6)):
            word = rnd.choice(words)
            word = rnd.choice([word, word.upper(), word.title(), word.replace("s", "ſ")])
            parts += [rnd.choice(_AROUND), word, rnd.choice(_AROUND), rnd.choice(_AROUND)]
        if rnd.random() < 0.5:  # ending on a cue word, as the stretch before a number does
            parts += [" ", rnd.choice(words), rnd.choice(["", ":", " ", ",\n", "\n", " #", " is ", " GB "])]
        texts.append("".join(parts))
    return texts


def _group_end_of(pattern: str) -> int:
    from desktop.core.privacy.fastscan import _group_end

    return _group_end(pattern)


@pytest.mark.parametrize("fast", sorted(SKIPPABLE), ids=lambda fast: SKIPPABLE[fast][:24])
def test_a_skippable_pattern_matches_where_its_source_matches(fast: str) -> None:
    plain, quick = re.compile(SKIPPABLE[fast]), re.compile(fast)
    found = 0
    for text in _texts(SKIPPABLE[fast], len(fast)):
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in quick.finditer(text)] == expected, text
        found += len(expected)
    assert found > 150  # the texts do hold the cue words, so the comparison means something


def test_the_redactor_uses_the_skippable_forms() -> None:
    assert len(SKIPPABLE) >= 5 and all(pattern in SKIPPABLE for pattern in _USED)
    assert names._SIGN_OFF.pattern in SKIPPABLE
    assert structured._re("phone_context").pattern in SKIPPABLE
    assert structured._re("dob").pattern in SKIPPABLE
    assert structured_phones._NOT_PHONE_BEFORE.pattern in SKIPPABLE
    assert secrets._SAID_PASSWORD.pattern in SKIPPABLE
    assert not structured._re("dob").flags & re.IGNORECASE  # (caseless inside: a flag would stop the skipping)


def test_groups_and_look_behinds_are_opened_or_refused() -> None:
    assert re.fullmatch(keywords_first(r"(?:ab|cd)e|(?<!\w)[xy]z", "$"), "cde")
    assert not re.search(keywords_first(r"(?<!\w)[xy]z", ""), "axz")
    assert re.search(skippable(r"(?<![\w/])(?:ab|c)d"), "x ab cd/cd") is not None
    assert [m.start() for m in re.finditer(skippable(r"(?<![\w/])(?:ab|c)d"), "abd /cd xcd cd")] == [0, 12]
    for bad in (r"(?:ab|cd)?e", r"(?<!ab)(?:c)", r"x(?:ab)", r"(?<![^a])(?:b)"):
        with pytest.raises(ValueError):
            skippable(bad)


def _same_matches(plain: re.Pattern[str], fast: re.Pattern[str], pieces: list[str], seed: int) -> int:
    rnd = random.Random(seed)
    found = 0
    for _ in range(12000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 16)))
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected, text
        found += len(expected)
    return found


def test_the_capitalised_word_and_placeholder_scans_match_their_plain_forms() -> None:
    from desktop.core.privacy.name_judge import capital_pattern
    from desktop.core.privacy.placeholders import PLACEHOLDER_RE

    letters = r"(?:[^\W\d_]|['’\-](?=[^\W\d_]))*"
    plain = re.compile(capital_pattern().pattern.replace(r"[^\W\d_]*(?:['’\-][^\W\d_]+)*", letters))
    assert plain.pattern != capital_pattern().pattern
    assert _same_matches(plain, capital_pattern(), list("AbÉé'’-. \n1_@/xZ"), 1) > 4000
    brackets = re.compile(PLACEHOLDER_RE.pattern.replace(r"[\[\(\{<][\[\(\{<]?", r"[\[\(\{<]{1,2}"))
    assert brackets.pattern != PLACEHOLDER_RE.pattern
    assert _same_matches(brackets, PLACEHOLDER_RE, [*"[({<]})>_ aA1", "PERSON", "_1", "[[", "]]"], 2) > 40


def test_the_cheap_first_checks_skip_only_what_could_not_match() -> None:
    from desktop.core.privacy import coref

    rnd = random.Random(3)
    letters = "aeiouysąęzkółśćńx"
    for _ in range(5000):
        word = "K" + "".join(rnd.choice(letters) for _ in range(rnd.randint(2, 7)))
        if coref._stems(word):
            assert word[-1] in coref._STEM_LAST, word  # a word with a stem is never skipped
    pieces = ["+44 20 7946 0958", "555-0100", " ", "x", "X", "ext.", "Ext", "extension", "#", "12", "e", "ſ", "ı"]
    for _ in range(5000):
        raw = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 5)))
        main = structured_phones._EXTENSION.split(raw.strip())[0]
        digits = sum(map(str.isdigit, main))
        expected = None if not 7 <= digits <= 15 else digits
        shape = structured_phones._phone_shape(raw)
        assert (shape[1] if shape else None) == expected, raw
    dates = ["2016", "–", "—", "-", "/", ".", " ", "2020", "12", "03", "1980", "T", "11:20", "+44", "0958"]
    for _ in range(5000):
        raw = "".join(rnd.choice(dates) for _ in range(rnd.randint(1, 7)))
        shape = structured_phones._phone_shape(raw)
        date = shape is None or any(
            rule(shape[0]) for rule in (structured_phones._DATE_LIKE.fullmatch, structured_phones._LEADING_DATE.match, structured_phones._YEAR_RANGE.fullmatch,
                                    structured_phones._YEAR_REFERENCE.match)
        )
        assert structured_phones._never_phone(raw) is date, raw


def test_the_word_before_a_house_number_is_found_as_with_backtracking() -> None:
    from desktop.core.privacy import addresses

    fast = addresses._WORD_BEFORE_NUMBER
    plain = re.compile(fast.pattern.replace(r"[\w'’\-]*+\.?", r"[\w'’\-]*\.?"))
    assert plain.pattern != fast.pattern
    pieces = ["A", "b", "Straße", ".", " ", ",", "1", "12", "nr.", "nr", "-", "'", "\n", "É", "Str."]
    assert _same_matches(plain, fast, pieces, 4) > 300


def test_capital_runs_are_joined_as_without_the_gap_length_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core.privacy import fastscan, name_judge

    gap = name_judge.gap_pattern()
    assert fastscan.longest_match(gap) == name_judge.longest_gap() < 40
    assert fastscan.longest_match(re.compile(r"a+")) > 10**9  # unbounded: every stretch is tried
    rnd = random.Random(5)
    pieces = ["Anna", "Berg", "van", "der", "de la", "della", "Mr.", "P.", " ", "  ", "\t", " and the ", ", ", "\n", "x"]
    texts = ["".join(rnd.choice(pieces) + rnd.choice([" ", "  ", "\t"]) for _ in range(rnd.randint(1, 14))) for _ in range(3000)]
    bounded = []
    for text in texts:
        name_judge.capital_runs.cache_clear()
        bounded.append(name_judge.capital_runs(text))
    monkeypatch.setattr(name_judge, "longest_gap", lambda: 10**9)
    joined = 0
    for text, runs in zip(texts, bounded, strict=True):
        name_judge.capital_runs.cache_clear()
        assert name_judge.capital_runs(text) == runs, text
        joined += any(len(run) > 1 for run in runs)
    name_judge.capital_runs.cache_clear()
    assert joined > 400  # names across particles and spaces were joined, so the comparison means something (not across a tab: it parts a sheet's cells)


def test_start_up_does_not_rewrite_the_cue_lists() -> None:
    """Importing privacy (the GUI does, before its first window) leaves the rewriting to first use."""
    import subprocess
    import sys

    code = "import desktop.core.privacy; from desktop.core.privacy import fastscan; print(len(fastscan.SKIPPABLE))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"


def test_the_firms_presented_address_words_are_skippable_as_written() -> None:
    """The rewritten form is made from the caseless group of the words, as ``_PRESENTED`` writes them."""
    assert re.compile(SKIPPABLE[address_owner._PRESENTED_RE.pattern]).pattern == rf"(?i)(?:{address_owner._PRESENTED_WORDS})"
    assert re.fullmatch(address_owner._PRESENTED, "Registered Office")
