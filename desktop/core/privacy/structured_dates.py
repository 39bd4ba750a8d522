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

_YEAR_KEYS = ("(b.", "(born", "(geb", "(ur.", "(d.", "(n.", "(né", "(nat", "(nac", "(nas", "(f.", "(föd", "(fød", "(*")
_YEAR_IN_BRACKETS = re.compile(
    r"(?i)\((?:b\.|born|geb\.|geboren|ur\.|urodzon[ya]|d\.|n\.|n[ée]e?|nat[oa]|nacid[oa]|nascid[oa]|f\.|f[öo]dd|f[øo]dt|\*)"
    r"[ \t]?(?:in[ \t]|en[ \t]|em[ \t]|nel[ \t]|im[ \t]|w[ \t])?(?P<value>(?:19|20)\d{2})\)"
)
# A question about a birthday in a chat, then the answer after the next line's speaker.
_ASK_KEYS = ("bday", "b-day", "birth", "dob", "d.o.b", "geburt", "naissance", "nacimiento", "nascimento", "nascita",
             "cumple", "aniversário", "urodzenia", "doğum", "dogum", "geboorte", "födelse", "fødsel", "syntymä")


@cache
def _rules(date: str, birth_words: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    star = re.compile(rf"(?<=[(\s])\*(?P<value>{date})", re.IGNORECASE)
    answer = re.compile(
        rf"(?:{birth_words}|bday|b-day|cumplea[ñn]os|anivers[áa]rio)(?!\w)[^\n\d]{{0,80}}\n"
        rf"(?:\[[^\]\n]{{1,20}}\][ \t]*)?[^\n:\d]{{1,30}}:[ \t]*(?P<value>{date})",
        re.IGNORECASE,
    )
    return star, answer


def find_more_birth_dates(text: str, add: Callable[[Candidate], None], lower: str, date: str, birth_words: str) -> None:
    """Add the birth dates these rules find (``date`` and ``birth_words``: the patterns of the
    general rule, so that every date shape it knows is known here too)."""
    for a, b in keyword_windows(lower, _YEAR_KEYS, 30):
        for m in _YEAR_IN_BRACKETS.finditer(text, a, b):
            add(Candidate(m.start("value"), m.end("value"), "DOB"))
    star, answer = _rules(date, birth_words)
    if "*" in text:
        for a, b in keyword_windows(lower, ("*",), 30, 2):
            for m in star.finditer(text, a, b):
                line_start = text.rfind("\n", 0, m.start()) + 1
                if text[line_start : m.start()].strip(" \t("):  # not a list's bullet at the start of a line
                    add(Candidate(m.start("value"), m.end("value"), "DOB"))
    for a, b in keyword_windows(lower, _ASK_KEYS, 180, 30):
        for m in answer.finditer(text, a, b):
            add(Candidate(m.start("value"), m.end("value"), "DOB"))
