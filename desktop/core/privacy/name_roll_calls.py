"""People listed in lowercase after a key, as RSVPs, rotas and sign-up lists are written
("Coming: mike, jen, carlos, ashley" / "Not coming: brandon (out sick)").

After a key that takes people (roll_call_keys.txt: coming, present, away, on call...), a value
of three or more lowercase words between commas, every one a listed first name and most of them
strongly so, is a roll call: each of them is a person, and so are the first names on the key
lines right beside it ("Not coming: brandon"). Tags and flavours written the same way ("tags:
rose, lily, jasmine") follow no such key and are left to the other rules.
"""

from __future__ import annotations

import re

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import lowered, present_keys

# "Key: a, b, c" on a line of its own, each value one lowercase word, perhaps with a note in brackets.
_KEY_LINE = lazy_re(r"[ \t]*([^\n:,]{1,30}):[ \t]*([^\n]{1,200})$", re.MULTILINE)
_ITEM = re.compile(r"[ \t]*([a-zß-ÿ][a-zß-ÿ'\-]{1,20})(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*")
_STRONG_SHARE = 2 / 3


def _items(value: str) -> list[tuple[int, int]] | None:
    """The spans (in ``value``) of its comma-separated one-word items, or None if it is not such a list."""
    out = []
    pos = 0
    for part in value.split(","):
        m = _ITEM.fullmatch(part)
        if m is None:
            return None
        out.append((pos + m.start(1), pos + m.end(1)))
        pos += len(part) + 1
    return out


def roll_call_names(text: str) -> list[Candidate]:
    """The people of lowercase roll calls after a key, and of the key lines beside them."""
    if ", " not in text or ":" not in text:
        return []
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.name_judge import judge_for
    from desktop.core.privacy.word_lists import word_set

    judge = judge_for(lexicon())
    lines = []  # (line start, [(start, end)] of its first-name items) for each key line of one-word items
    keys = word_set("roll_call_keys.txt")
    for m in _key_lines(text, keys):
        key = m.group(1).strip(" \t*-•").casefold()
        if key not in keys and key.rsplit(" ", 1)[-1] not in keys:
            continue
        items = _items(m.group(2))
        if not items:
            continue
        words = [m.group(2)[a:b] for a, b in items]
        names = [(m.start(2) + a, m.start(2) + b) for (a, b), w in zip(items, words, strict=True)
                 if judge.first(w.capitalize()) and not judge.plain_word(w)]
        strong = sum(judge.strong_first(w.capitalize()) for w in words)
        lines.append((m.start(), names, len(words) >= 3 and len(names) == len(words) and strong >= _STRONG_SHARE * len(words)))
    out: list[Candidate] = []
    for i, (_, names, roll) in enumerate(lines):
        # (a key line beside a roll call, the next or the one before, lists the same kind of people)
        beside = any(lines[j][2] for j in (i - 1, i + 1) if 0 <= j < len(lines) and _adjacent(text, lines, min(i, j)))
        if roll or (beside and names):
            out += [Candidate(a, b, "PERSON") for a, b in names]
    return out


def _key_lines(text: str, keys: frozenset[str]) -> list[re.Match[str]]:
    """The "key: value" lines whose key ends in one of ``keys``, found from the colons after the
    keys (a pass from every line's start would cost more than the rest of this module)."""
    lower = lowered(text)
    starts = set()
    for key in present_keys(lower, sorted(keys)):  # (the keys whose words the text holds at all)
        at = lower.find(key + ":")
        while at >= 0:
            starts.add(lower.rfind("\n", 0, at) + 1)
            at = lower.find(key + ":", at + 1)
    return [m for m in (_KEY_LINE.match(text, start) for start in sorted(starts)) if m]


def _adjacent(text: str, lines: list[tuple[int, list[tuple[int, int]], bool]], i: int) -> bool:
    """Whether key line ``i + 1`` is the line right after key line ``i``."""
    start, nxt = lines[i][0], lines[i + 1][0]
    return text.count("\n", start, nxt) == 1
