"""People named by the way a message is written rather than by a name list.

- chat transcripts: every speaker label is a person ("[18:02] mehmet:", "kim 11:02 AM",
  "김민준: ..."), and so are their other mentions in any case ("ta raj", "grazie giulia");
- thanks and sign-offs, often in lowercase: "merci thomas", "cheers\\nhamish", "-kb", "/Henrik";
- names in scripts without capitals, placed by an honorific: "山田 花子 様", "陈志明先生",
  "林小姐", "박지훈 님", "राहुल जी", or signing a short East Asian message;
- a surname after a title in any of the team's languages ("Frau Mag. Berger", "dhr. Bakker",
  "Herrn Müller-Lüdenscheidt"), however common the word;
- names written in capitals, as headers and CVs do ("STEPHANIE CARTER", "ZHANG Wei").

Everything here works line by line on short lines, so a long document costs one split.
Each concern has its module (chat_speakers, chat_signoffs, chat_titled, chat_mentions); this one
runs them in order and shares what they found.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.chat_mentions import capitals_mentions, lowercase_mentions, surname_first
from desktop.core.privacy.chat_signoffs import _closing_name, signed_people
from desktop.core.privacy.chat_speakers import (
    _FAMILY,
    _HEADER_WORDS,
    _lines,
    _lowercase_chat_names,
    _speakers,
)
from desktop.core.privacy.chat_titled import _capitals, _initialled, _lower_titled, _titled
from desktop.core.privacy.cjk import east_asian
from desktop.core.privacy.cjk_compound import compound_names
from desktop.core.privacy.cjk_running import running_names
from desktop.core.privacy.cyrillic import CYRILLIC, cyrillic_names
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.file_names import file_name_people
from desktop.core.privacy.header_people import CJK_UNITS, header_keys, header_people, mail_fields
from desktop.core.privacy.labels import CJK
from desktop.core.privacy.name_initials import initials
from desktop.core.privacy.path_names import path_people
from desktop.core.privacy.script_names import chat_capitals, greeted, register_cells, script_names, shouted

__all__ = ["capitals_mentions", "find_people", "lowercase_mentions", "surname_first"]


_MAIL_LOCAL = lazy_re(r"([A-Za-zÀ-ÿ]{2,})[._\-]([A-Za-zÀ-ÿ]{2,})")
_MAIL_MARKS = ("@", "＠", "[at]", "(at)")
_TWO_CAPITALS = lazy_re(r"(?<![\w@.])[A-ZÀ-Þ][\w'’\-]+[ \t][A-ZÀ-Þ][\w'’\-]+(?![\w@])")


def _names_of_addresses(text: str, add: Callable[[Candidate], None]) -> None:
    """A person written as their e-mail address spells them: "Bernadette Roy" signing under
    "bernadette.roy [at] example.fr" is that address's person, whatever the lists know of the words."""
    from desktop.core.privacy.text_cache import key_starts  # (each mark's places, found once per text)

    pairs = set()
    for mark in _MAIL_MARKS:
        for at in key_starts(text, mark):
            before = text[max(0, at - 40) : at].rstrip(" \t").rsplit(None, 1)
            m = _MAIL_LOCAL.fullmatch(before[-1]) if before else None
            if m:
                pairs.add((m.group(1).casefold(), m.group(2).casefold()))
    if not pairs:
        return
    lower = text.lower()
    for first, last in pairs:
        wanted = f"{first} {last}"
        at = lower.find(wanted)
        while at >= 0:
            m = _TWO_CAPITALS.match(text, at)
            if m and m.end() == at + len(wanted):
                add(Candidate(m.start(), m.end(), "PERSON"))
            at = lower.find(wanted, at + 1)


def _no_units(text: str, add: Callable[[Candidate], None]) -> Callable[[Candidate], None]:
    """``add``, leaving out a department or a team signing in a script without capitals
    ("市场部", "인사팀 드림"): a unit, not a person."""

    def kept(c: Candidate) -> None:
        if not text[c.start : c.end].endswith(CJK_UNITS):
            add(c)

    return kept


def _bot(label: str) -> bool:
    """A chat label of an app: the word "Bot" last, or a word no name glued to "bot" ("Roosterbot")."""
    from desktop.core.privacy.lexicon import lexicon

    last = label.split()[-1].casefold() if label.split() else ""
    if last == "bot":
        return True
    lex = lexicon()
    head = last[:-3].capitalize()
    return last.endswith("bot") and len(last) >= 7 and not (lex.is_first_name(head) or lex.is_surname(head))


def find_people(text: str, kv_lines: list[re.Match[str]], add: Callable[[Candidate], None],
                lines: list[tuple[int, str]] | None = None) -> set[str]:
    """Add speakers, thanked and signing people; return their names (casefolded) so that their
    other mentions are hidden too. (``lines``: the text's lines as ``_lines`` cuts them, when cut.)"""
    lines = _lines(text) if lines is None else lines
    known: set[str] = set()
    labels = [(a, b) for a, b in _speakers(lines, kv_lines) if not _bot(text[a:b])]  # ("Standup Bot:" posts, no one speaks)
    _lowercase_chat_names(text, labels, add)
    known |= chat_capitals(text, labels, add)
    greeted(text, add)
    known |= script_names(text, _no_units(text, add))
    if "@" in text or "[at]" in text or "(at)" in text or "＠" in text:
        _names_of_addresses(text, add)
    header_people(text, add)
    file_name_people(text, add)
    path_people(text, add)
    # In a chat whose speakers all write their names in lowercase, a name that is also a mail
    # header's key in some language ("fra:" in Italian, From in Danish) is a speaker: headers are
    # capitalised, and the other speakers say what the lines are.
    lower_chat = len(labels) >= 3 and all(text[a:b].islower() for a, b in labels)
    for start, end in labels:
        label = text[start:end].strip()
        keyish = label.casefold() in header_keys() or label.casefold() in mail_fields()
        if label.casefold() in _HEADER_WORDS or label.casefold() in _FAMILY or (keyish and not (lower_chat and label.islower())):
            continue  # ("Kimden:", "보낸 사람:": a mail header's key in any language)
        if text[end : end + 3].lstrip(" \t").startswith("=") or text[start:end].rstrip().endswith("="):
            continue  # "EXPORT_USER = ...": a setting in code or a config file, not a speaker
        add(Candidate(start, start + len(label), "PERSON"))
        known.add(label.casefold())
    signed_people(lines, known, add)
    _closing_name(text, lines, add)
    if CJK.search(text):
        east_asian(text, lines, _no_units(text, add))
        running_names(text, add)  # (names inside Chinese and Japanese sentences)
        compound_names(text, add)  # (and those with a two-character family name)
    if CYRILLIC.search(text):
        cyrillic_names(text, add)
    _titled(text, add)
    _lower_titled(text, add)
    _capitals(text, add)
    shouted(text, add)
    register_cells(text, add)
    initials(text, add)
    _initialled(text, add)
    return known
