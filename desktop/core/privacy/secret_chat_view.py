"""Secrets in chat exports whose lines carry more than "Name: message".

The chat rules (a password asked for and given in the next message, a code corrected, a value
after "it's") read a chat as lines of "speaker: message". Exports write more around the speaker:
WhatsApp a date and time in brackets ("[03.11.26, 08:13:05] Svenja Krause: ..." or
"22/09/2026, 10:43 - Camila: ..."), Signal, iMessage and Line a date with dashes or slashes;
Teams, Slack, Discord and Telegram put the speaker and the time on a line of their own and the
message on the lines under it ("Haas, Stefanie 15:07", "mike.chen  10:33 AM", "Camille — Aujourd'hui
à 09:12", "Marta, [5.03.2026 09:02]"). Here such a chat is rewritten as "speaker: message" lines
(a short stand-in for each speaker), the secret rules run on that view, and what they find inside
a message is mapped back to the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import held_per_text
from desktop.core.privacy.view_stretches import finds_near

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u202f]?[AaPp]\.?[ \t]?[Mm]\.?)?"
_DATE = r"(?:\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}\.?,?[ \t]+)"
_HALF_DAY = r"(?:오전|오후|上午|下午|午前|午後)[ \t]?"
_NAME = r"[^\W\d][\w.'’\-]*(?:,?[ \t][^\W\d][\w.'’\-]*){0,3}"
# A message line with its stamp before the speaker: "[03.11.26, 08:13:05] Svenja Krause: ",
# "22/09/2026, 10:43 - Camila: ", "[2026-03-02 15:20] 王磊：", "[오전 9:31] 김지훈: ".
_STAMPED = lazy_re(
    r"[ \t]*(?:\[" + _DATE + r"?(?:" + _HALF_DAY + r")?" + _TIME + r"\]|" + _DATE + _TIME + r")[ \t]*(?:[-–][ \t]*)?"
    r"(?P<speaker>[^\s:：\[\]<>][^\n:：\[\]<>]{0,40}?)[ \t]*[:：][ \t]*"
)
# A speaker and the time before the colon: "Benni 09:14: ...".
_TIMED = lazy_re(r"[ \t]*(?P<speaker>" + _NAME + r")[ \t]+" + _TIME + r"[ \t]*[:：][ \t]*")
# A speaker's line of its own over the message: "Corinne Frei  14:25", "Haas, Stefanie 15:07",
# "Camille Leroy — Aujourd'hui à 09:12", "Rohit — 03/12/2026 9:14 PM", "Marta Zielińska, [5.03.2026 09:02]",
# Google Chat's "Rohit Sharma, 9:14 AM".
_HEADER = lazy_re(
    r"[ \t]*(?P<speaker>" + _NAME + r")(?:[ \t]+|,[ \t]*\[?" + _DATE + r"?|[ \t]+[—–-][ \t]+[^\n\d]{0,30}?" + _DATE + r"?)"
    + _TIME + r"\]?[ \t]*"
)


def _speaker_line(line: str) -> tuple[str, int] | None:
    """The speaker of a stamped message line and where its message starts."""
    if not any(ch.isdigit() for ch in line[:40]):
        return None
    m = _STAMPED.match(line) or _TIMED.match(line)
    return (m.group("speaker").strip(), m.end()) if m else None


# Every stamped message line and speaker's line holds a time: lines without one are read no further.
_CLOCK = lazy_re(r"\d:\d\d")
_UNMARKED: tuple[None, int, bool] = (None, 0, False)


def _marked_lines(text: str) -> dict[int, tuple[str, int, bool]]:
    """The lines of ``text`` that carry a speaker, by where each starts: (the speaker, where its
    message starts in the line, whether it is a line of its own over the message)."""
    marks: dict[int, tuple[str, int, bool]] = {}
    hit = _CLOCK.search(text)
    while hit:
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        said = _speaker_line(line)
        if said:
            marks[start] = (said[0], said[1], False)
        else:
            header = _HEADER.fullmatch(line)
            if header:
                marks[start] = (header.group("speaker").strip(), 0, True)
        hit = _CLOCK.search(text, end)
    return marks


# (the secret and the account rules both read the view: made once while the same text is being
# checked, and dropped with the redactor's other tables of it when the check ends, as it holds
# the text's words)
_MADE: list[tuple[str, tuple[str, list[int]] | None]] = held_per_text([])


def chat_view(text: str) -> tuple[str, list[int]] | None:
    """The chat as "speaker: message" lines and, for each character of the view, where it
    stands in ``text`` (-1 for the stand-ins); None when ``text`` holds no export of this kind."""
    for held, made in _MADE:
        if held is text:
            return made
    made = _chat_view(text)
    _MADE[:] = [*_MADE[-1:], (text, made)]
    return made


def _chat_view(text: str) -> tuple[str, list[int]] | None:
    if ":" not in text and "：" not in text:
        return None
    marks = _marked_lines(text)
    if len(marks) < 2:
        return None
    stand_ins: dict[str, str] = {}
    parts: list[str] = []
    where: list[int] = []
    current: str | None = None  # the speaker of a header line, over the lines below it
    ordered, k = sorted(marks), 0
    pos, size = 0, len(text)
    while pos <= size:
        while k < len(ordered) and ordered[k] < pos:
            k += 1
        stop = ordered[k] if k < len(ordered) else size + 1
        if current is None and stop > pos:
            # (lines up to the next speaker's, with no header above them, are the text as it is)
            if stop > size:
                parts.append(text[pos:] + "\n")  # (the last line has no line break: it gets one)
                where += range(pos, size)
                where.append(-1)
            else:
                parts.append(text[pos:stop])
                where += range(pos, stop)
            pos = stop
            continue
        end = text.find("\n", pos)
        end = size if end < 0 else end
        line = text[pos:end]
        speaker, start, on_own_line = marks.get(pos, _UNMARKED)
        newline = end if end < size else -1  # (the last line has none)
        if on_own_line:
            current = speaker
        elif speaker is not None or (current is not None and line.strip()):
            who = speaker if speaker is not None else current
            tag = stand_ins.setdefault(who or "", f"S{chr(ord('a') + len(stand_ins) % 26)}")
            parts.append(f"{tag}: {line[start:]}\n")
            where += [-1] * (len(tag) + 2)
            where += range(pos + start, end)
            where.append(newline)
        # (else a blank line between messages under a header: dropped; no other line comes here,
        # as a header's speaker stays over every line after it)
        pos = end + 1
    return "".join(parts), where


def chat_view_secrets(text: str, find: Callable[[str], list[Candidate]]) -> list[Candidate]:
    """What ``find`` (the secret rules) finds in the messages of a chat export, as spans of
    ``text``."""
    made = chat_view(text)
    if made is None:
        return []
    view, where = made
    out = []
    for c in finds_near(view, _changes(view, where), find):
        if c.end <= c.start or c.end > len(where):
            continue
        start, last = where[c.start], where[c.end - 1]
        if start < 0 or last < 0 or last - start != c.end - 1 - c.start:
            continue  # (a stand-in, or a find across two messages)
        out.append(Candidate(start, last + 1, c.type, c.source, c.label))
    return out


def _changes(view: str, where: list[int]) -> Iterator[int]:
    """Where the view is not the text: each stand-in's characters (a line dropped or a stamp cut
    stands beside one), and the view's end (a speaker's line may end the text)."""
    at = _next_stand_in(where, 0)
    while at >= 0:
        yield at
        at = _next_stand_in(where, at + 1)
    yield len(view)


def _next_stand_in(where: list[int], start: int) -> int:
    """The next view position from ``start`` with no character of the text, -1 when none."""
    try:
        return where.index(-1, start)
    except ValueError:
        return -1
