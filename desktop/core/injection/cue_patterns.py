"""A cue's pattern read as text: where its matches can start, and a faster form of it.

The scan tries most cues only where their first words start (``cue_leads``) or where their
opening punctuation stands (``opening_of``), and searches each in a rewritten form the engine
can skip through (``fast_form``): same matches, several times faster on long text.
"""

from __future__ import annotations

import re
from functools import cache

from desktop.core.injection.starts import openings
from desktop.core.privacy.fastscan import first_char_dispatch


@cache
def fast_pattern(source: str) -> re.Pattern[str]:
    return re.compile(fast_form(source), re.DOTALL | re.MULTILINE)


def split_top(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level ``|`` (not inside a group or a class)."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _expand_lead(body: str) -> list[str] | None:
    """``(?:a|b)rest`` as ``["arest", "brest"]``, ``(?:a|b)?rest`` as ``["arest", "brest", "rest"]``
    (the greedy ``?`` tries the group first: the same order); a plain ``word rest`` as itself;
    None for a shape it cannot list (a repeated or lazy group)."""
    if not body.startswith("(?:"):
        return [body]
    depth = 0
    for i, ch in enumerate(body):
        depth += (ch == "(" and body[i - 1 : i] != "\\") - (ch == ")" and body[i - 1 : i] != "\\")
        if depth == 0:
            after = body[i + 1 :]
            optional = after[:1] == "?" and after[1:2] not in ("?", "+")
            if optional:
                after = after[1:]
            elif after[:1] in ("?", "*", "+", "{"):
                return None
            expanded: list[str] = []
            for alternative in (*split_top(body[3:i]), *(("",) if optional else ())):
                more = _expand_lead(alternative + after)
                if more is None:
                    return None
                expanded += more
            return expanded
    return None


def _lead_group(body: str) -> tuple[list[str] | None, str]:
    """``(?:a|b)rest`` as (["a", "b"], "rest")."""
    depth = 0
    for i, ch in enumerate(body):
        depth += (ch == "(" and body[i - 1 : i] != "\\") - (ch == ")" and body[i - 1 : i] != "\\")
        if depth == 0:
            return split_top(body[3:i]), body[i + 1 :]
    return None, body


def fast_form(pattern: str) -> str:
    """``\\bfoo...|\\b(?:bar|baz)...`` rewritten so the engine skips to where a match can start
    (``fastscan.first_char_dispatch``): same matches, several times faster on long text.
    Patterns of another shape are returned as they are."""
    parts = split_top(pattern)
    if len(parts) == 1 and pattern.startswith("\\b(?:"):
        # One leading group: dispatch on its words and keep what follows once, not per word.
        lead, tail = _lead_group(pattern[2:])
        # (every alternative listed, or none: one left out would be a match lost without a word)
        listed = [] if lead is None else [_expand_lead(alt) for alt in lead]
        alternatives = [a for more in listed if more is not None for a in more]
        if lead is not None and tail[:1] not in ("?", "*", "+", "{") and None not in listed and "" not in alternatives:
            try:
                return "(?:" + first_char_dispatch(alternatives, r"\w") + ")" + tail
            except ValueError:
                pass
    alternatives = []
    for part in parts:
        expanded = _expand_lead(part[2:]) if part.startswith("\\b") else None
        if expanded is None or "" in expanded:
            return pattern
        alternatives += expanded
    try:
        return first_char_dispatch(alternatives, r"\w")
    except ValueError:
        return pattern


@cache
def cue_leads(source: str) -> tuple[str, ...] | None:
    """The plain words every match of ``source`` starts with ("\\b(?:send|transfer\\w*)..." gives
    "send", "transfer"), when each of its alternatives starts at a word start with one; else None."""
    leads: list[str] = []
    for part in split_top(source):
        expanded = _expand_lead(part[2:]) if part.startswith("\\b") else None
        if expanded is None:
            return None
        for alternative in expanded:
            lead = _plain_start(alternative)
            if len(lead) < _SHORTEST_LEAD or not ("a" <= lead[0] <= "z" or "0" <= lead[0] <= "9"):
                return None
            leads.append(lead)
    return tuple(sorted(set(leads)))


_SHORTEST_LEAD = 2
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 '-")
_ESCAPED = frozenset(".-' /:")


def _plain_start(alternative: str) -> str:
    """The characters ``alternative`` matches literally at its start (not one made optional or repeated)."""
    chars: list[str] = []
    i = 0
    while i < len(alternative):
        if alternative[i] in _PLAIN:
            chars.append(alternative[i])
            i += 1
        elif alternative[i] == "\\" and alternative[i + 1 : i + 2] in _ESCAPED:
            chars.append(alternative[i + 1])  # ("a\\.i": a dot)
            i += 2
        else:
            break
    if i < len(alternative) and alternative[i] in "?*{" and chars:
        chars.pop()
    return "".join(chars)


@cache
def opening_of(source: str) -> str | None:
    return openings(tuple(split_top(source)))
