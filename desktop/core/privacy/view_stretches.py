"""The secret rules run again on a view of a text, read only around what the view changed.

A chat export rewritten as "speaker: message" lines (``secret_chat_view``) and a scan with its
misread zeros put right (``ocr_view``) differ from the text in a few places: elsewhere the view
is the text, character for character, and the rules find there what they found in the text.
Here a view is read only in the stretches around its changes: a 150,000-character document with
one chat export or one "2O26" in it is not read again whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from desktop.core.privacy.candidates import Candidate

# How far from a change a secret rule reads (the lines around a value, a cue's window): the finds
# kept are those within it. Twice as far is read around each stretch for the finds near its edges.
REACH = 2000


def finds_near(view: str, changes: Iterable[int], find: Callable[[str], list[Candidate]]) -> list[Candidate]:
    """What ``find`` finds in ``view`` on the lines within ``REACH`` of one of ``changes`` (view
    positions, in order), in view positions: ``find`` reads each stretch around them, in whole
    lines, with ``REACH`` more on each side."""
    # (stretches within reach of a change, widened to whole lines: a rule reads a message's line
    # whole, however long, so a find at the far end of a long answer is kept; those whose margins
    # would meet, one)
    near: list[tuple[int, int]] = []
    for change in changes:
        begin = view.rfind("\n", 0, max(0, change - REACH)) + 1
        end = view.find("\n", change + REACH)
        end = len(view) if end < 0 else end
        if near and begin - 2 * REACH <= near[-1][1]:
            near[-1] = (near[-1][0], max(end, near[-1][1]))
        else:
            near.append((begin, end))
    out: list[Candidate] = []
    for begin, end in near:
        a = view.rfind("\n", 0, max(0, begin - REACH)) + 1
        b = view.find("\n", end + REACH)
        b = len(view) if b < 0 else b + 1
        for c in find(view[a:b]):
            if c.start + a < end and c.end + a > begin:
                out.append(c._replace(start=c.start + a, end=c.end + a))
    return list(dict.fromkeys(out))  # (a find on a line two stretches read, once)
