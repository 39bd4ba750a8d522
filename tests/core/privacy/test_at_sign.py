"""The email rule tried only where an address can start finds what a scan of every position finds."""

from __future__ import annotations

import random

from desktop.core.privacy import structured
from desktop.core.privacy.at_sign import email_matches

_PIECES = [
    "anna.berg@example.com", "a%b@x.org", "%40@y.de", "x%y%z@mail.example.co.uk", "@", "@@", "a@", "@b.com",
    "https://public@sentry.example.com/12", "first.last+news@sub-domain.example.travel", "Anna", "berg", "-", ".",
    "+", "%", "_", "é", "Ünal.Öz@örnek.com.tr", "ｘ@ｙ.jp", "a" * 40 + "@long.example", "b." * 40 + "c@x.io",
    "mail:", "<", ">", "(", ")", ",", "1234", "user@localhost", "u@x.c", "name@example.c0m", "\u00a0",
]
_GAPS = [" ", "", "\n", "\t", ", ", ".", "-", "%"]


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) + rnd.choice(_GAPS) for _ in range(rnd.randint(1, 60))) for _ in range(count)]


def test_the_same_matches_as_the_rule_over_the_whole_stretch() -> None:
    rule = structured._re("email")
    found = 0
    for seed, text in enumerate(_texts(11, 400)):
        rnd = random.Random(seed)
        for a, b in [(0, len(text)), *((lambda x, y: (min(x, y), max(x, y)))(rnd.randrange(len(text) + 1),
                                                                              rnd.randrange(len(text) + 1)) for _ in range(4))]:
            expected = [(m.start(), m.end()) for m in rule.finditer(text, a, b)]
            assert [(m.start(), m.end()) for m in email_matches(rule, text, a, b)] == expected, (text, a, b)
            found += len(expected)
    assert found > 1000  # (the texts hold addresses, cut by the stretches in all places)
