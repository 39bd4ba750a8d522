"""Codes written with a gap between their digits ("Your PIN: 8 3 0 5", "Kluiscode: 4 1 7 9",
"alarm 3-9-1-4-7", a one-time code read out as "552 917").

People space a PIN out when they print it, dictate it or type it from a letter; every code rule
expects the digits together. Rather than teach each rule the spaced forms, the code rules run a
second time on a view of the text where such runs are closed up, and what they find there is
mapped back onto the original characters. Only finds that cover a closed run are kept: the rest
were found on the text itself already.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.secret_words import present_keys
from desktop.core.privacy.text_cache import keyword_windows

# Four to eight single digits, each apart by one space or dash ("8 3 0 5", "3-9-1-4-7"), or two
# groups of three (a one-time code as apps show it: "552 917"); not part of a longer number.
# (written to start with a digit, so that the scan skips to digits; what may stand before a run
# is checked on each of the few matches)
_GAPPED = re.compile(r"(?:\d(?:[ \-]\d){3,7}|\d{3} \d{3})(?![\w\-]|[ \-]\d|[.,/:]\d)")


# The words near which a code is said (a PIN, a code, a lock, a one-time code, a password word):
# runs are looked for only within a few lines of one, where an answer or a label can reach.
_CUES = ("pin", "code", "cod", "cód", "kod", "kód", "koodi", "код", "otp", "larm", "safe", "tresor", "coffre", "kluis", "sejf",
         "lock", "slot", "combo", "combin", "kombin", "geheim", "nip", "番号", "暗証", "密码", "密碼", "비밀번호", "비번", "번호")


def gapped_runs(text: str, lower: str) -> list[re.Match[str]]:
    out = []
    windows = keyword_windows(lower, present_keys(lower, *_CUES), 240, 160)
    for m in (m for a, b in windows for m in _GAPPED.finditer(text, a, min(len(text), b + 24))):
        before = text[max(0, m.start() - 2) : m.start()]
        if before[-1:] and (before[-1].isalnum() or before[-1] in "_.,/:-"):
            continue  # inside a longer word or number
        if len(before) == 2 and before[0].isdigit() and before[1] in " -":
            continue  # the last groups of a longer number ("0345 600 221")
        out.append(m)
    return out


def _closed(text: str, runs: list[re.Match[str]]) -> tuple[str, list[int]]:
    """The text with each run's gaps taken out, and for each of its characters the index of the
    same character in ``text``."""
    parts: list[str] = []
    where: list[int] = []
    pos = 0
    for run in runs:
        parts.append(text[pos : run.start()])
        where.extend(range(pos, run.start()))
        for i in range(run.start(), run.end()):
            if text[i].isdigit():
                parts.append(text[i])
                where.append(i)
        pos = run.end()
    parts.append(text[pos:])
    where.extend(range(pos, len(text)))
    return "".join(parts), where


def gapped_codes(text: str, lower: str, find: Callable[[str], list[Candidate]]) -> list[Candidate]:
    """What ``find`` (the code rules) finds on the closed-up view that covers a spaced code,
    as spans of ``text``."""
    runs = gapped_runs(text, lower)
    if not runs:
        return []
    closed, where = _closed(text, runs)
    starts = {run.start() for run in runs}
    out = []
    for c in find(closed):
        if c.end <= c.start or c.end > len(where):
            continue
        start, end = where[c.start], where[c.end - 1] + 1
        if any(start <= s < end for s in starts):
            out.append(Candidate(start, end, c.type, c.source, c.label))
    return out


# Full-width digits and Latin letters (a Japanese or Chinese bank letter's "暗証番号：３８２１") as
# their ASCII forms: one character for one, so spans found on the view are spans of the text.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULL_WIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def full_width_codes(text: str, find: Callable[[str], list[Candidate]]) -> list[Candidate]:
    """What ``find`` finds on the text with its full-width characters made ASCII, where a find
    covers one of them."""
    if not _FULL_WIDTH_ALNUM.search(text):
        return []
    view = text.translate(_FULL_WIDTH)
    return [c for c in find(view) if any("\uff01" <= ch <= "\uff5e" for ch in text[c.start : c.end])]

