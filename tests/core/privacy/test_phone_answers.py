"""Which numbers the phone check takes, and where it needs the phone library: a number written
like a phone number next to a phone word is one whatever the library says of it (it is then not
asked); without the word, or written as a bare digit run, the library decides."""

from __future__ import annotations

import random

from desktop.core.privacy import structured_phones


def _numbers(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        digits = "".join(rnd.choice("0123456789") for _ in range(rnd.randint(7, 15)))
        cuts = sorted(rnd.sample(range(1, len(digits)), 3))
        parts = [digits[a:b] for a, b in zip([0, *cuts], [*cuts, len(digits)], strict=True)]
        out.append(rnd.choice(["", "+", "00", "+999 "]) + rnd.choice([" ", "-", ".", " - "]).join(parts))
    return out


def _ok(raw: str, context: bool) -> bool:
    structured_phones._phone_ok.cache_clear()
    return structured_phones._phone_ok(raw, "US", context)


def test_a_formatted_number_next_to_a_phone_word_is_a_phone_whatever_its_digits() -> None:
    numbers = [n for n in _numbers(3, 400) if not structured_phones._never_phone(n)]
    assert len(numbers) > 300
    assert all(_ok(n, True) for n in numbers)
    # Without the phone word the library decides: numbers no country uses are left.
    assert 0 < sum(_ok(n, False) for n in numbers) < len(numbers)
    assert not _ok("+999 1234 5678", False) and _ok("+999 1234 5678", True)


def test_a_bare_digit_run_is_still_judged_by_the_library() -> None:
    assert _ok("2125550143", True)  # a US number written without separators
    assert not _ok("99999999999999", True)  # fourteen digits no country numbers like this
