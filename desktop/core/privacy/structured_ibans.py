"""IBANs in their usual spellings (groups of four split by spaces, dashes or dots, or wrapped
over two lines), by their check digits; for a few countries one of the right length whose check
digits are wrong (mistyped). Dispatched from ``structured``; IBANs mistyped after an account
word, or written with odd gaps, are in ``iban_forms``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from enum import Enum

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.structured_rules import compiled_rules
from desktop.core.privacy.text_cache import held_per_text, text_memo

_PATTERNS: dict[str, str] = {
    # An IBAN from its check digits on (digits are rarer than letters, so the scan skips more);
    # the country letters before them are checked behind, and the match starts two characters
    # earlier than the engine says (see find_ibans).
    # (groups split by spaces, dashes or dots, or wrapped over two lines: "DE89.3704.0044...")
    "iban": r"\d(?<=[A-Za-z]{2}\d)(?<!\w[A-Za-z]{2}\d)\d(?:(?:[ \-.]|\r?\n)?[A-Za-z0-9]){11,30}\b",
}
_re = compiled_rules(_PATTERNS)
# Two digits after two letters, or after two letters and a space: an IBAN's check digits, in
# every spelling the IBAN rules read.
_TWO_LETTERS_TWO_DIGITS = re.compile(r"\d(?:(?<=[A-Za-z]{2}\d)|(?<=[A-Za-z]{2}[ \t]\d))\d")


def check_digit_starts(text: str) -> list[int]:
    """Where each pair of digits after two letters (an IBAN's check digits) starts: one pass over
    the text, shared by every IBAN rule (made once while the text is being checked)."""
    memo = text_memo(text)
    starts = memo.get("iban_check_digits")
    if starts is None:
        starts = memo["iban_check_digits"] = [m.start() for m in _TWO_LETTERS_TWO_DIGITS.finditer(text)]
    return starts


def _iban_matches(text: str) -> Iterator[re.Match[str]]:
    """``finditer`` of the IBAN rule: it can start only at check digits right after the country
    letters, so it is tried only there, in order, past the match before."""
    rule = _re("iban")
    last_end = 0
    for at in check_digit_starts(text):
        if at >= last_end and (m := rule.match(text, at)) is not None:
            last_end = m.end()
            yield m


def find_ibans(text: str, add) -> None:
    """Add every IBAN in the usual spellings, the longest stretch that validates."""
    for m in _iban_matches(text):
        start = m.start() - 2  # the country letters
        raw = text[start : m.end()]
        # The pattern may run on into following words ("... 0130 00 is paid"): try the longest
        # prefix that ends at a group boundary and validates.
        cuts = [len(raw)] + [i for i in range(len(raw) - 1, 14, -1) if raw[i] in " -.\n"]
        for cut in cuts:
            if _iban_ok(raw[:cut]):
                add(Candidate(start, start + cut, "IBAN"))
                break


_BASE36 = {ord(c): str(int(c, 36)) for c in string.ascii_uppercase}


class IbanCheck(Enum):
    """What python-stdnum says of a run of letters and digits offered as an IBAN."""

    VALID = "valid"
    CHECK_DIGITS_WRONG = "check digits wrong"  # (mistyped, or no IBAN at all)
    INVALID = "invalid"  # (the check digits add up, but no IBAN country, length or layout)


def iban_check(compact: str) -> IbanCheck:
    """The one IBAN validator of the privacy rules, for ``compact`` without separators, in any
    case: python-stdnum's ``iban.validate`` (check digits, country, length and layout, and the
    country's own account check where it has one). The check-digit sum (ISO 7064 MOD 97-10, as
    the IBAN standard defines it) is worked out here first: most tries, such as the longest prefix
    of a match that ran on into the next words, fail it, and a full validation costs several
    times more."""
    from stdnum import iban
    from stdnum.exceptions import InvalidChecksum, ValidationError

    if compact.isascii() and compact.isalnum():  # (other characters: python-stdnum's own cleaning first)
        number = compact.upper()
        if int((number[4:] + number[:4]).translate(_BASE36)) % 97 != 1:
            return IbanCheck.CHECK_DIGITS_WRONG
    verdict = _VALIDATED.get(compact)
    if verdict is None:
        try:
            iban.validate(compact)
            verdict = IbanCheck.VALID
        except InvalidChecksum:
            verdict = IbanCheck.CHECK_DIGITS_WRONG
        except ValidationError:
            verdict = IbanCheck.INVALID
        _VALIDATED[compact] = verdict
    return verdict


# python-stdnum's verdicts on the runs validated in full while a text is checked: several rules
# (the general one, the mistyped and the loose forms) offer the same IBAN, and a full validation
# (the country's bank registry) costs more than all the rest of a try. Dropped with the text.
_VALIDATED: dict[str, IbanCheck] = held_per_text({})


def _iban_ok(raw: str) -> bool:
    compact = raw.replace(" ", "").replace("-", "").replace(".", "").replace("\n", "").replace("\r", "").upper()
    if iban_check(compact) is IbanCheck.VALID:
        return True
    # Right country length but a wrong check digit is still someone's account, mistyped.
    lengths = {"GB": 22, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "AT": 20, "CH": 21, "IE": 22}
    return lengths.get(compact[:2]) == len(compact)
