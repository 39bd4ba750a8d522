"""An address find whose only number but the postcode is a date: "Levering 2026-04-11, 3511
Utrecht", "Dostawa 15.05.2026, 00-001 Warszawa", "Seminar am 3. Mai in 10115 Berlin". A day and month
in figures without a year is left ("12/3" and "4.2" are a house's and a flat's numbers). A delivery's or an event's day and town, read as a house number before a postcode:
no one's home. A find that also holds a house number ("12.03.2026 Lindenstraße 4, 10115 Berlin")
stays an address.
"""

from __future__ import annotations

import re
from functools import cache

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.name_words import CALENDAR, MONTH_ABBREVIATIONS

_NUMBER = re.compile(r"\d+(?:-\d+)?")


@cache
def _dates() -> re.Pattern[str]:
    months = "|".join(sorted((re.escape(m) for m in CALENDAR | MONTH_ABBREVIATIONS), key=len, reverse=True))
    return re.compile(
        r"(?i)(?<![\d\w])(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-(?:19|20)\d{2}|\d{1,2}\.[ \t]\d{1,2}\.[ \t](?:19|20)\d{2}"
        # (a year always: "12/3" and "4.2" are a house's and a flat's numbers)
        r"|\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}"
        # (a day and a month word with the day's dot or a year: "3. Mai", "14 mars 2026"; "14 March Road" is a street)
        rf"|\d{{1,2}}\.[ \t]+(?:{months})\.?(?:[ \t]+(?:19|20)\d{{2}})?|\d{{1,2}}[ \t]+(?:{months})\.?[ \t]+(?:19|20)\d{{2}})(?![\d\w])"
    )


def a_date_before_the_postcode(text: str, c: Candidate) -> bool:
    """Whether the address find ``c`` holds a date and no number but that date and one postcode after it."""
    value = text[c.start : c.end]
    dates = list(_dates().finditer(value))
    if not dates:
        return False
    rest = _NUMBER.findall(value[dates[-1].end() :])
    before = _NUMBER.findall(_dates().sub(" ", value[: dates[-1].end()]))
    return len(rest) == 1 and not before
