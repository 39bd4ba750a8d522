"""The fast forms of the redactor's word-list patterns find exactly what the plain forms find."""

from __future__ import annotations

import random
import re

from desktop.core.privacy import (
    addresses,
    secrets,
    structured,
    structured_links,
    text_cache,
    token_scan,
)
from desktop.core.privacy.fastscan import _EXTRA_FOLDS, caseless_alternation, first_char_dispatch


def _texts(words: list[str], seed: int) -> list[str]:
    """Texts made of the listed words (in every case, glued to letters, digits and signs, one
    letter swapped for a character the engine folds), so boundaries and case are all exercised."""
    rnd = random.Random(seed)
    literal = [re.sub(r"\[(.)[^\]]*\]|\\(.)|\?", lambda m: m.group(1) or m.group(2) or "", w) for w in words]
    pieces = [" ", "  ", "\n", "-", "_", "x", "7", ".", "(", "é", "ſ", "ı", "K"]
    texts = []
    for _ in range(400):
        parts = []
        for _ in range(rnd.randint(1, 8)):
            word = rnd.choice(literal)
            word = rnd.choice([word, word.upper(), word.title(), word.replace("s", "ſ").replace("i", "ı")])
            parts.append(rnd.choice(pieces) + word + rnd.choice(pieces) + "A1b2C3d4E5f6G7h8J9k0L1m2N3p4" * rnd.randint(0, 1))
        texts.append("".join(parts))
    return texts


def test_first_char_dispatch_finds_what_the_lookbehind_form_finds_for_street_types() -> None:
    words = addresses._TYPES_FIRST.split("|")
    plain = re.compile(rf"(?<![\w\-])(?i:{'|'.join(words)})(?=\s)")
    fast = re.compile(first_char_dispatch(words, r"\w\-", ignore_case=True) + r"(?=\s)")
    found = 0
    for text in _texts(words, 1):
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in fast.finditer(text)] == expected, text
        found += len(expected)
    assert found > 100  # the texts do hold street words, so the comparison means something


def test_first_char_dispatch_keeps_which_provider_pattern_matched() -> None:
    patterns = [p for _, p in secrets._PROVIDER_PATTERNS]
    alternatives = "|".join(f"(?P<p{i}>{p})" for i, p in enumerate(patterns))
    plain = re.compile(rf"(?<![A-Za-z0-9_\-])(?:{alternatives})(?![A-Za-z0-9_\-])")
    fast = secrets._provider_re()
    starts = ["sk-ant-api03-", "sk-proj-", "sk-", "AKIA", "ghp_", "github_pat_", "xoxb-", "sk_live_", "AIza",
              "hf_", "SK", "key-", "eyJ", "rk_test_", "npm_", "x"]
    rnd = random.Random(2)
    found = 0
    for _ in range(3000):
        key = rnd.choice(starts) + "".join(rnd.choice("abcdef0123456789ABCDEF_-.") for _ in range(rnd.randint(10, 60)))
        text = rnd.choice(["", "a", "-", " ", "token="]) + key + rnd.choice(["", " ", "x", "-", "."])
        expected = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == expected, text
        found += len(expected)
    assert found > 150


def test_caseless_alternation_matches_as_the_plain_caseless_list_does() -> None:
    for words in (addresses._SUFFIXES_EN.split("|"), addresses._SUFFIXES_GLUED.split("|")):
        plain = re.compile(rf"(?<!\w)(?i:{'|'.join(words)})\b")
        fast = re.compile(rf"(?<!\w){caseless_alternation(words)}\b")
        found = 0
        for text in _texts(words, 3):
            expected = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in fast.finditer(text)] == expected, text
            found += len(expected)
        assert found > 100


def test_caseless_alternation_leaves_lists_with_other_first_letters_as_they_are() -> None:
    assert caseless_alternation(["äpfel", "apfel"]) == "(?i:äpfel|apfel)"


def test_every_character_the_engine_folds_onto_an_ascii_letter_is_listed() -> None:
    ascii_letter = re.compile(r"(?i)[a-z]")
    folded = {chr(cp) for cp in range(0x80, 0x20000) if ascii_letter.fullmatch(chr(cp))}
    assert folded == set("".join(_EXTRA_FOLDS.values()))


def test_links_are_those_a_scan_of_each_stretch_around_a_scheme_separator_finds() -> None:
    """The url rule is tried only just before each "://"; the finds equal a full scan's."""
    rule = structured._re("url")
    pieces = ["https", "http", "HTTP", "ftp", "s3", "mongodb+srv", "postgresql", "x", "://", "a.com/", "?token=abc",
              " ", "\n", "'", "xhttps", "_", "é", "/", "://://", "http://", " " * 4100]
    rnd = random.Random(6)
    found = 0
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        lower = text.lower()
        windows = text_cache.keyword_windows(lower, ("://",), 4096, 16)
        expected = [m.span() for a, b in windows for m in rule.finditer(text, a, b)]
        assert [m.span() for m in structured_links._links(text, lower)] == expected, text
        found += len(expected)
    assert found > 500


def test_iban_rule_started_at_the_check_digits_finds_what_the_letter_first_rule_finds() -> None:
    letters_first = re.compile(r"[A-Za-z](?<!\w[A-Za-z])[A-Za-z]\d{2}(?:(?:[ \-.]|\r?\n)?[A-Za-z0-9]){11,30}\b")
    digits_first = structured._re("iban")
    pieces = ["GB", "DE", "x", "1", "12", "44", "82", " ", "  ", "é", "_", "AB12", "3456", "7890", "Q", "-", "\n", "é1", "."]
    rnd = random.Random(8)
    found = 0
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        expected = [m.span() for m in letters_first.finditer(text)]
        assert [(m.start() - 2, m.end()) for m in digits_first.finditer(text)] == expected, text
        found += len(expected)
    assert found > 100


def test_addresses_are_blanked_as_a_substitution_over_the_whole_text_blanks_them() -> None:
    from desktop.core.privacy import names

    pieces = ["a", "b+c", "+", "@", "x.com", "-", ".", " ", "\n", "\u2028", "http://", "https://", "www.", "h",
              "é", "_", "a@b", "@@", "1", "user+tag@ex.org", "(", ")", "://", "\t", "Anna.Schmidt@example.com"]
    rnd = random.Random(5)
    changed = 0
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        expected = names._ADDRESS_LIKE.sub(" ", text)
        assert names._without_addresses(text) == expected, text
        changed += expected != text
    assert changed > 1000


def test_token_finditer_finds_what_a_search_of_the_whole_text_finds() -> None:
    # Vendor keys and long random tokens are looked for only inside the distinct tokens long
    # enough to hold them: the same matches, in the same order, with the same group names.
    starts = ["sk-ant-api03-", "sk-proj-", "AKIA", "ghp_", "xoxb-", "sk_live_", "AIza", "eyJ", "SK", "key-", "https://hooks.slack.com/services/"]
    gaps = [" ", "\n", "\t", "  ", "\u00a0", "\u3000", "=", "-", ".", "x", "é", ""]
    rnd = random.Random(4)
    found = 0
    for seed in range(60):
        parts = []
        while sum(map(len, parts)) < 4500:  # (long enough for the token search)
            if rnd.random() < 0.1:
                key = rnd.choice(starts) + "".join(rnd.choice("abcdef0123456789ABCDEFz_-./+=") for _ in range(rnd.randint(8, 70)))
                parts.append(rnd.choice(gaps) + key + rnd.choice(gaps))
            else:
                parts.append(rnd.choice(["word", "Skąd", "passé", "sk", "12345", "a-b_c"]) + rnd.choice(gaps))
        text = "".join(parts)
        parts[0] = text  # (the same key written again elsewhere, glued to a word, is searched too)
        text = text + "x" + text[100:300] + " " + text[:200]
        for pattern in (secrets._provider_re(), secrets._token_re()):
            text_cache.forget_lowered()
            expected = [(m.span(), m.lastgroup) for m in pattern.finditer(text)]
            assert [(m.span(), m.lastgroup) for m in token_scan.token_finditer(pattern, text)] == expected, seed
            found += len(expected)
    text_cache.forget_lowered()
    assert found > 500
