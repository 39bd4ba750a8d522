"""East Asian names placed by a meeting's attendee list or a letter's closing, where no honorific
marks them: "参会：王丽、陈建国、刘经理", "出席者：山田、中村", "참석: 김지훈, 이수빈", a Korean
letter signed "정하늘 드림", a Japanese contact "中村までご連絡ください".

Each name starts with one of the common family names (``cjk.SURNAMES``, the Korean list), as the
honorific rules require; a job title written after it ("刘经理") stays outside, as those rules
leave it.
"""

from __future__ import annotations

import re

from desktop.core.privacy.cjk import _HAN, _HANGUL, _KR_SURNAMES, _KR_TITLES, SURNAMES

_SURNAME_CLASS = "".join(sorted(SURNAMES))
# The label of a list of those present, then the list up to the line's end.
_PRESENT = re.compile(r"(?:参会人员|参会人|参会|与会人员|与会|出席人员|出席者|出席|参加者|參會|與會|参加人员|참석자|참석)[ \t]*[:：][ \t]*([^\n]+)")
_ITEM_SPLIT = re.compile(r"[、，,;；/（）()][ \t]*|[ \t]+")
_HAN_ITEM = re.compile(rf"[{_SURNAME_CLASS}][{_HAN}]{{1,3}}|[{_SURNAME_CLASS}]")  # (Japanese full names: 4 characters)
_KR_ITEM = re.compile(rf"[{_KR_SURNAMES}][{_HANGUL}]{{1,3}}")
_CN_JOB = re.compile(r"(?:经理|經理|总监|總監|总|總|老师|老師|主任|部长|部長|科长|科長|处长|處長|部長|課長|さん|様|先生|小姐|女士)$")
_KR_UNITS = ("팀", "부", "과", "실", "사", "원들", "전원")  # a team, a department, everyone
# A Korean letter's closing after the name ("정하늘 드림", "김민준 올림").
_KR_CLOSING = re.compile(rf"(?:^|(?<=\n))[ \t]*([{_KR_SURNAMES}][{_HANGUL}]{{2}})[ \t]*(?:드림|올림)[ \t]*(?=\n|$)")
# "Questions to Nakamura" in a Japanese mail: "中村までご連絡ください", "佐藤までお問い合わせ".
_JP_CONTACT = re.compile(rf"(?<=[はをにへ、])([{_SURNAME_CLASS}々][{_HAN}]{{1,3}})まで(?=ご連絡|ご一報|お問い合わせ|お問合せ|連絡)")


def _item_name(item: str) -> tuple[int, int] | None:
    """Where the name in one list item is (a job title after it left out), or None."""
    title = _CN_JOB.search(item)
    bare = item[: title.start()] if title else item
    for rule in (_HAN_ITEM, _KR_ITEM):
        m = rule.fullmatch(bare)
        if m:
            if rule is _KR_ITEM and bare.endswith(_KR_TITLES + _KR_UNITS):
                return None
            return 0, len(bare)
    return None


def cjk_list_names(text: str) -> list[tuple[int, int]]:
    """Spans of the East Asian names in attendee lists, Korean closings and Japanese contacts."""
    if not re.search(rf"[{_HAN}{_HANGUL}]", text):
        return []
    out: list[tuple[int, int]] = []
    for m in _PRESENT.finditer(text):
        pos = m.start(1)
        for item in _ITEM_SPLIT.split(m.group(1)):
            at = text.index(item, pos) if item else pos
            pos = at + len(item)
            found = _item_name(item) if item else None
            if found:
                out.append((at + found[0], at + found[1]))
    out += [m.span(1) for m in _KR_CLOSING.finditer(text) if not m.group(1).endswith(_KR_UNITS)]  # ("인사팀 드림": a team signs)
    out += [m.span(1) for m in _JP_CONTACT.finditer(text)]
    return out
