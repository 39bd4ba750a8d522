"""Birth dates the cue-word rule in ``structured`` does not reach: a birth year in brackets
("age 34 (b. 1990)", "(d. 1978)" in Turkish, "(geb. 1961)"), a date marked with the genealogical
star ("*12.03.1985"), and a date given as the answer to a chat question about a birthday ("whats
ur bday for the form" / "jay: july 9th 1994").

Each rule is tried only around its own cue, so text without one costs a few substring searches.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import keyword_windows

# (a plain "(" first: the engine skips straight to each bracket)
_YEAR_IN_BRACKETS = re.compile(
    r"\((?i:b\.|born|geb\.|geboren|ur\.|urodzon[ya]|d\.|n\.|n[ée]e?|nat[oa]|nacid[oa]|nascid[oa]|f\.|f[öo]dd|f[øo]dt|\*)"
    r"[ \t]?(?i:in[ \t]|en[ \t]|em[ \t]|nel[ \t]|im[ \t]|w[ \t])?(?P<value>(?:19|20)\d{2})\)"
)
_DIGIT = re.compile(r"\d")


@cache
def _rules(date: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    star = re.compile(rf"(?<=[(\s])\*(?P<value>{date})", re.IGNORECASE)
    # the line after the question: a speaker ("[10:02] raj:", "bruno:"), then the date
    answer = re.compile(rf"(?:\[[^\]\n]{{1,20}}\][ \t]*)?[^\n:\d]{{1,30}}:[ \t]*(?P<value>{date})", re.IGNORECASE)
    return star, answer


def find_more_birth_dates(text: str, add: Callable[[Candidate], None], lower: str, date: str,
                          birth_windows: list[tuple[int, int]]) -> None:
    """Add the birth dates these rules find (``date``: the general rule's date pattern, so that
    every date shape it knows is known here too; ``birth_windows``: where its birth cue words
    are, each window starting at one)."""
    for m in _YEAR_IN_BRACKETS.finditer(text):
        add(Candidate(m.start("value"), m.end("value"), "DOB"))
    star, answer = _rules(date)
    if "*" in text:
        for a, b in keyword_windows(lower, ("*",), 30, 2):
            for m in star.finditer(text, a, b):
                line_start = text.rfind("\n", 0, m.start()) + 1
                if text[line_start : m.start()].strip(" \t("):  # not a list's bullet at the start of a line
                    add(Candidate(m.start("value"), m.end("value"), "DOB"))
    # A question about a birthday in a chat, then the answer after the next line's speaker: the
    # question ends its line within 90 characters of the cue and holds no digit after it.
    for at, _ in birth_windows:
        line_end = lower.find("\n", at)
        if 0 <= line_end - at <= 90 and not _DIGIT.search(text, at, line_end):
            said = answer.match(text, line_end + 1)
            if said:
                add(Candidate(said.start("value"), said.end("value"), "DOB"))
