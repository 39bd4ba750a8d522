"""IBANs with a mistyped character, next to a word that names a bank account, and IBANs written
with gaps the general rule does not read (the country letters set apart, double spaces, slashes,
a line wrapped with an indent or a quote marker).

An IBAN whose country, length and layout are right but whose check digits do not add up is
still somebody's account, typed with one wrong digit: hiding it fails closed. The general rule
in ``structured_ibans`` takes such a number without a cue for a few countries; here every country in
python-stdnum's IBAN registry is known, in any spelling (lowercase, groups of four, dashes, dots,
over two lines), but only after an account word in the 80 characters before it, so that
reference codes shaped like an IBAN elsewhere stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.structured_ibans import IbanCheck, check_digit_starts, iban_check
from desktop.core.privacy.text_cache import keys_in, keyword_windows

# Lowercase words naming a bank account or its bank, in many languages.
ACCOUNT_KEYS = (
    "iban", "account", "acct", "bank", "konto", "kontonummer", "conta", "cuenta", "compte", "conto", "rekening",
    "hesap", "cont ", "contul", "contului", "számla", "szamla", "účet", "ucet", "účtu", "tili", "reikning", "konts",
    "sąskait", "račun", "racun", "сметк", "счет", "счёт", "рахун", "банк", "λογαριασμ", "τράπεζ", "حساب", "آیبان",
    "الآيبان", "ايبان", "بنك", "חשבון", "בנק", "rekening", "akaun", "tài khoản", "บัญชี", "ანგარიშ",
)
# Two letters, two check digits, then ten to thirty letters and digits in groups.
_SHAPE = lazy_re(r"(?<![A-Za-z0-9])[A-Za-z]{2} ?\d{2}(?:(?:[ \-.]|\r?\n)?[A-Za-z0-9]){10,30}")
# IBANs written with gaps the general rule does not read: the country letters set apart ("NL 91
# ABNA 0417 1643 00"), double spaces, slashes, a line wrapped with an indent or a quote marker
# ("> "), underscores, middle dots or en dashes from an export or a phone ("BE70_0013_7635_4925"):
# taken whenever the whole checksum holds.
_LOOSE = lazy_re(r"[A-Za-z]{2}[ \t]?\d{2}(?:(?:[ \t]{1,3}|[/\-._·–]|\r?\n[ \t>]{0,6})?[A-Za-z0-9]){10,30}")
_ODD_GAP = lazy_re(r"^[A-Za-z]{2}[ \t]|[ \t]{2}|[/\t\n_·–]")
_FORMAT = re.compile(r"(\d+)!([nac])")


@cache
def _length(country: str) -> int | None:
    """The IBAN's length in that country, from the registry python-stdnum carries."""
    from stdnum import iban

    for _, info in iban._ibandb.info(country + "00"):  # (the registry's entry for the country)
        bban = info.get("bban")
        if bban:
            return 4 + sum(int(n) for n, _ in _FORMAT.findall(bban))
    return None


def find_more_ibans(text: str, add: Callable[[Candidate], None], lower: str) -> None:
    """Add the IBANs the general rule leaves: mistyped ones after an account word, and those
    written with odd gaps."""
    find_loose_ibans(text, add)
    find_mistyped_ibans(text, add, lower)


def find_loose_ibans(text: str, add: Callable[[Candidate], None]) -> None:
    for at in check_digit_starts(text):  # (from the check digits: digits are rarer)
        start = at - (2 if text[at - 1].isalpha() else 3)
        if start > 0 and text[start - 1].isalnum():
            continue
        m = _LOOSE.match(text, start)
        if m is None or not _ODD_GAP.search(m.group(0)):
            continue  # (plain groups are the general rule's)
        raw = m.group(0)
        length = _length(raw[:2].upper())
        if length is None:
            continue  # (no IBAN country: none validates)
        # (the longest stretch that ends between groups and validates: the match may run on; only
        # a stretch of the country's length can, so only such a one is checked)
        for end in [len(raw)] + [n for n in range(len(raw) - 1, 14, -1) if not raw[n].isalnum()]:
            if not raw[end - 1].isalnum():
                continue
            compact = "".join(c for c in raw[:end] if c.isalnum())
            if len(compact) == length and iban_check(compact) is IbanCheck.VALID:
                add(Candidate(start, start + end, "IBAN"))
                break


def find_mistyped_ibans(text: str, add: Callable[[Candidate], None], lower: str) -> None:
    """Add every IBAN with wrong check digits that follows an account word, or that is printed
    in the IBAN's own groups of four ("HU51 1177 3016 5285 5902 7266 6209": that layout, the
    country's length and its account format are proof enough)."""
    two_digits = check_digit_starts(text)
    if not two_digits:
        return
    keys = keys_in(lower, ACCOUNT_KEYS)
    for a, b in keyword_windows(lower, keys, 80) if keys else []:
        for m in _SHAPE.finditer(text, a, min(len(text), b + 50)):
            _add_mistyped(m.start(), m.group(0), add)
    for at in two_digits:  # (from the check digits: digits are rarer)
        printed = _PRINTED.match(text, at - 2)
        if printed is not None:
            _add_mistyped(printed.start(), printed.group(0), add)


# An IBAN printed in groups of four, single spaces between: its country letters first.
_PRINTED = lazy_re(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,4})?(?![A-Za-z0-9])")


def _add_mistyped(start: int, raw: str, add: Callable[[Candidate], None]) -> None:
    length = _length(raw[:2].upper())
    if length is None:
        return
    ends = [n + 1 for n, c in enumerate(raw) if c.isalnum()]  # where the n-th character ends
    if len(ends) < length or (len(ends) > length and raw[ends[length - 1]].isalnum()):
        return  # too short, or running on inside a group: not this country's length
    end = ends[length - 1]
    compact = "".join(c for c in raw[:end] if c.isalnum()).upper()
    if iban_check(compact) is IbanCheck.CHECK_DIGITS_WRONG:  # (a valid one is the general rule's)
        add(Candidate(start, start + end, "IBAN"))
