"""A name written twice, once in Latin letters and once in its own script, side by side.

Work text that deals with people abroad writes their name as it reads and as they write it:
"Sunita Rao (सुनीता राव)", "Takahashi Kenji (高橋健二)", "Somchai Wongsakul (สมชาย วงศ์สกุล)",
"Nadia Rahman (نادية رحمن on her card)", and the other way round, "高橋健二 (Takahashi Kenji)".
Once one of the two is found, the bracket right after it holds the same person. Only the
bracket that touches a find is read: no pass over the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.privacy.candidates import Candidate

# Letters (and their combining signs) of the scripts a name is written in besides Latin:
# Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, Hangul, kana and Han.
_OTHER = (
    "\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u097f"
    "\u0e00-\u0e7f\u1100-\u11ff\uac00-\ud7af\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
)
# The bracket after a Latin name: one to four words of one other script, then the bracket's end,
# a comma, or a Latin word ("(نادية رحمن on her card)").
_NATIVE_AFTER = re.compile(
    rf"[ \t]?[(（]([{_OTHER}][{_OTHER}'’\-]*(?:[ ·・][{_OTHER}][{_OTHER}'’\-]*){{0,3}})(?=[)）,，;]|[ \t]+[A-Za-z])"
)
# The bracket after a name in another script: a capitalised Latin name of one to four words.
_LATIN_AFTER = re.compile(
    r"[ \t]?[(（]([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+(?:[ \t][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+){0,3})(?=[)）])"
)
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]")


def script_twins(text: str, finds: Sequence[Candidate]) -> list[Candidate]:
    """The other script's spelling in the bracket right after each person find."""
    out: list[Candidate] = []
    for c in finds:
        if c.type != "PERSON" or text[c.end : c.end + 2].lstrip(" \t")[:1] not in ("(", "（"):
            continue
        name = text[c.start : c.end]
        rule = _NATIVE_AFTER if _LATIN.search(name) else _LATIN_AFTER
        m = rule.match(text, c.end)
        if m:
            out.append(Candidate(m.start(1), m.end(1), "PERSON"))
    return out
