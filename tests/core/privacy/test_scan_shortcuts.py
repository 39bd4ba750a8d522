"""Shortcuts the rules take on long texts answer what the plain checks answered: which cue words
a text holds (``text_cache.keys_in``) and whether a run is an IBAN (``structured_ibans.iban_check``,
its own check-digit sum before python-stdnum's checks), on runs of every registry country and on
IBANs of every country written to its layout, with their mistyped forms."""

from __future__ import annotations

import contextlib
import json
import re
import string
from pathlib import Path

import pytest
from stdnum import iban
from stdnum.exceptions import InvalidChecksum, ValidationError

from desktop.core.privacy import cue_index, text_cache
from desktop.core.privacy.iban_forms import ACCOUNT_KEYS
from desktop.core.privacy.structured_ibans import IbanCheck, iban_check

CORPUS = Path(__file__).resolve().parents[2] / "data" / "privacy" / "corpus.jsonl"


def _long_text() -> str:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    return "\n\n".join(row["text"] for row in rows[:120])


KEYS = (*ACCOUNT_KEYS, "no such cue", "@", "cont ", "tài khoản", "linkedin.", "x.com/", "-us", "q~", "geb.", "şifre")


@pytest.mark.parametrize("pass_held", [False, True])
def test_the_cue_words_a_text_holds_are_those_a_search_of_each_finds(monkeypatch: pytest.MonkeyPatch, pass_held: bool) -> None:
    for name in ("KEYS", "WRITTEN_KEYS", "PARTS", "WRITTEN_PARTS"):
        monkeypatch.setattr(cue_index, name, cue_index.CueWords())
    long = _long_text() + " Kontonummer 12 tài khoản ŞİFRE x.com/someone"
    for text in (long, "IBAN and a short text, acct 12", ""):
        if pass_held:  # (a second text: the words asked for before are found in the one pass)
            text_cache.keys_in(text_cache.lowered(text + "\n"), KEYS)
            text_cache.forget_lowered()
        lower = text_cache.lowered(text)
        assert text_cache.keys_in(lower, KEYS) == tuple(key for key in KEYS if key in lower)
        assert text_cache.keys_in(text, KEYS) == tuple(key for key in KEYS if key in text)  # (a text as written)
        text_cache.forget_lowered()
    assert len(text_cache.keys_in(text_cache.lowered(long), KEYS)) > 5  # the long text holds several
    text_cache.forget_lowered()


def _stdnum_says(number: str) -> IbanCheck:
    try:
        iban.validate(number)
    except InvalidChecksum:
        return IbanCheck.CHECK_DIGITS_WRONG
    except ValidationError:
        return IbanCheck.INVALID
    return IbanCheck.VALID


def _runs() -> list[str]:
    """For every registry country and a few that are none: runs of many lengths and letters,
    with check digits that add up and ones that do not (fixed, not drawn at random)."""
    path = Path(iban.__file__).with_suffix(".dat")
    countries = [line.split()[0] for line in path.read_text().splitlines() if line and line[0] != "#"]
    alphabet = string.digits + string.ascii_uppercase
    out = []
    for n, country in enumerate([*countries, "XX", "D1", "1A", "de"]):
        for length in range(8, 31, 3):
            body = "".join(alphabet[(n * 7 + i * i + length) % (10 if i % 3 else 36)] for i in range(length))
            out.append(country + "00" + body)
            with contextlib.suppress(ValidationError):  # (a body calc_check_digits cannot read)
                out.append(country + iban.calc_check_digits(country + "00" + body) + body)
    return out + ["DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606",
                  "NL91ABNA0417164300", "de89 3704 0044 0532 0130 00", "nl91abna0417164300", "IT60X0542811101000000123456"]


def _shaped(layout: str, n: int) -> str:
    """An account part written to a registry layout ("8!n10!n"): digits where digits go, capitals
    where letters go, a mix where either may, drawn from ``n`` (fixed, not random)."""
    out = []
    for count, kind in re.findall(r"(\d+)!([nac])", layout):
        for i in range(int(count)):
            k = n * 31 + len(out) * 7 + i
            out.append(string.digits[k % 10] if kind == "n" or (kind == "c" and k % 3) else string.ascii_uppercase[k % 26])
    return "".join(out)


def _shaped_runs() -> list[str]:
    """For every registry country, IBANs written to its layout: with the right check digits (most
    valid; some fail the country's own account check), one digit mistyped, a letter where a digit
    goes and one character short (both with check digits that add up), and in lowercase."""
    path = Path(iban.__file__).with_suffix(".dat")
    rows = [m.groups() for m in re.finditer(r'(?m)^([A-Z]{2}) .*bban="([^"]*)"', path.read_text(encoding="utf-8"))]
    out = []
    for n, (country, layout) in enumerate(rows):
        for variant in range(3):
            body = _shaped(layout, n * 3 + variant)
            number = _with_check_digits(country, body)
            typo = number[:-1] + str((int(number[-1]) + 1) % 10) if number[-1].isdigit() else number[:-1] + "0"
            # (right check digits, wrong account part: a letter where a digit goes, one character short)
            letter = _with_check_digits(country, "X" + body[1:]) if layout[layout.index("!") + 1] == "n" else typo
            out += [number, typo, letter, _with_check_digits(country, body[:-1]), number.lower()]
    return out


def _with_check_digits(country: str, body: str) -> str:
    return country + iban.calc_check_digits(country + "00" + body) + body


def test_iban_of_every_country_written_to_its_layout_is_judged_as_python_stdnum_judges_it() -> None:
    runs = _shaped_runs()
    answers = [iban_check(run) for run in runs]
    assert answers == [_stdnum_says(run) for run in runs]
    # (valid ones of most countries, not only failures, and failures of each kind)
    assert min(answers.count(IbanCheck.VALID), answers.count(IbanCheck.INVALID)) > len(runs) // 5
    assert IbanCheck.CHECK_DIGITS_WRONG in answers


def test_an_iban_is_judged_as_python_stdnum_judges_it() -> None:
    runs = _runs()
    answers = [iban_check(run) for run in runs]
    assert answers == [_stdnum_says(run) for run in runs]
    assert {IbanCheck.VALID, IbanCheck.INVALID, IbanCheck.CHECK_DIGITS_WRONG} <= set(answers)
