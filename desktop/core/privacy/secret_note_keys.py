"""Codes in notes and handover lists whose key is only what the code opens.

A notes app or a handover sheet writes a door's, an alarm's or a safe's code under the thing's
name alone, with no word for "code": "Porten: 1947", "Larm: 0825 + ON/OFF", "Tresor: 39 - 12 - 77",
"Széf:<tab>80-22-61 (jobbra-balra-jobbra)", "Alarm code:<tab>4517". Here a line that starts with
such a name (``lock_keys.txt``, maybe a code word of ``lock_code_words.txt`` after it) and a colon or a tab, and holds then
only the code (digits, a combination's numbers apart by dashes, or digits spaced one by one),
maybe with a key to press or a note in brackets after it. A time ("Alarm: 07:30"), an amount or
a number with words after it stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.word_lists import derived, word_list

CODE = "A door, safe or alarm code"

_VALUE = r"(?P<value>\d{3,8}[#*]?|\d{1,3}(?:[ \t]*-[ \t]*\d{1,3}){2,3}|\d(?: \d){3,7})"
# what may follow the code on its line: a key to press, a hint in brackets, nothing
_AFTER = r"[ \t]*(?:$|[+(#]|then\b|dann\b|puis\b|luego\b|poi\b|potem\b|sedan\b|så\b|og\b|och\b|és\b|und\b|–|—)"


# A time of day in four digits, and the English "alarm" that is also a clock's.
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_ALARM_CLOCK = re.compile(r"(?i)^[ \t>•*·\-]*alarm[ \t]*[:：\t]")


@cache
def _rule() -> re.Pattern[str]:
    keys = sorted(word_list("lock_keys.txt"), key=len, reverse=True)
    names = "|".join(re.escape(k).replace(r"\ ", r"[ \t]") for k in keys)
    code_words = "|".join(re.escape(w) for w in word_list("lock_code_words.txt"))
    return re.compile(
        rf"(?im)^[ \t]*(?:>[ \t]?)*(?:[-•*·][ \t]*)?(?:{names})(?:[ \t]*\([^)\n]{{1,30}}\))?(?:[ \t]+(?:{code_words}))?"
        rf"[ \t]*(?:[:：]|\t)[ \t]*{_VALUE}(?=" + _AFTER + ")"
    )


derived(_rule.cache_clear)


_KEY_END = re.compile(r"[:：\t]")


def _matches(text: str) -> Iterator[re.Match[str]]:
    """``_rule()``'s matches in ``text``: each stands on one line, with a colon or a tab after
    its key, so only such lines are read (a long text's others are passed over at once)."""
    rule = _rule()
    hit = _KEY_END.search(text)
    while hit:
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.end())
        end = len(text) if end < 0 else end
        yield from rule.finditer(text, start, end)
        hit = _KEY_END.search(text, end)


def find_note_key_codes(text: str, lower: str) -> list[Candidate]:
    """The codes in ``text`` written after what they open alone (``lower``: the text lowercased)."""
    if ":" not in text and "\t" not in text and "：" not in text:
        return []
    out = []
    for m in _matches(text):
        after = text[m.end("value") : m.end("value") + 3]
        if after[:1] in ":." and after[1:2].isdigit():
            continue  # (a time or a decimal number)
        value = m.group("value")
        if _CLOCK.fullmatch(value) and _ALARM_CLOCK.search(m.group(0)):
            continue  # "Alarm: 0630 then coffee": an alarm clock's time (a Swedish "Larm: 0825" is no clock)
        out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", CODE))
    return out
