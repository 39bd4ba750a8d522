"""Chinese and Korean names whose family name has two characters ("欧阳", "司马", "诸葛", "上官";
"남궁", "선우", "황보", "제갈"): the single-character surname lists start such a name at its
second character or not at all ("남궁민수 팀장님" is no "남" plus three syllables).

A two-character family name is no everyday word, so the name is taken where a name stands: before
a greeting, an honorific, a job title or a verb of saying, after "with", "contact" or "ask", or on
a line of its own; the given name is then the same person wherever it is written alone ("俊杰说").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate

_CN_COMPOUND = (
    "欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|皇甫|慕容|令狐|司徒|夏侯|尉迟|尉遲|长孙|長孫|宇文|公孙|公孫|端木|南宫|南宮|"
    "东方|東方|独孤|獨孤|澹台|澹臺|申屠|太史|轩辕|軒轅|万俟|钟离|鍾離|呼延|闻人|聞人"
)
_HAN = "\u4e00-\u9fff"
_CN_NAME = re.compile(
    rf"(?:(?<=[和跟与與找请請问問给給由让讓叫\n：:，,、 ])|(?<=联系)|(?<=聯繫)|(?<=通知)|(?<=提醒)|^)"
    rf"((?:{_CN_COMPOUND})[{_HAN}]{{1,2}}?)"
    r"(?=你好|您好|先生|女士|小姐|总|總|经理|經理|老师|老師|主任|说|說|聊|讲|講|负责|負責|发|發|确认|確認|开会|開會|见面|見面|"
    r"通话|通話|沟通|溝通|商量|讨论|討論|一起|[，,。：:\n！!、 ]|$)"
)
_KR_COMPOUND = "남궁|선우|황보|제갈|독고|사공|서문|동방|어금|망절"
_KR_TITLES = "본부장|부장|과장|대리|차장|사장|팀장|실장|이사|대표|주임|교수|상무|전무|선생|책임|선임|수석|매니저|프로|연구원"
_KR_NAME = re.compile(
    rf"(?<![\uac00-\ud7af])((?:{_KR_COMPOUND})[\uac00-\ud7af]{{1,2}})"
    rf"(?=[ \t]?(?:님|씨|{_KR_TITLES})|에게|한테|께서|께|과|와|[ \t]*[,.\n]|$)"
)
# ("东方" is also "the East": "东方航空" is an airline, no one)
_NOT_GIVEN = frozenset({"航空", "明珠", "财富", "証券", "证券", "集团", "集團", "卫视", "衛視", "电气", "電氣"})


def compound_names(text: str, add: Callable[[Candidate], None]) -> None:
    """Add the names that start with a two-character family name, and their given names alone."""
    given: set[str] = set()
    for m in _CN_NAME.finditer(text):
        name = m.group(1)
        if name[2:] in _NOT_GIVEN or text[m.end(1) : m.end(1) + 2] in _NOT_GIVEN:
            continue
        add(Candidate(m.start(1), m.end(1), "PERSON"))
        if len(name) == 4:
            given.add(name[2:])
    for m in _KR_NAME.finditer(text):
        add(Candidate(m.start(1), m.end(1), "PERSON"))
    for word in given:
        for m in re.finditer(re.escape(word), text):
            add(Candidate(m.start(), m.end(), "PERSON"))
