"""Chinese and Japanese names inside a sentence with no honorific or title beside them: a
listed family name and one or two characters, between a word that points at a person (with,
to, ask, find, by) and what that person does ("我跟王芳说一下", "由张丽负责", "请直接找孙敏。",
"山本に頼んでおきます", "伊藤と一緒に伺います").

Both frames are needed: a family name's character is also an everyday word's ("张" counts sheets,
"高" is high), and only a name sits between such a pointer and such a deed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.cjk import _HAN, _HANGUL, _KR_SURNAMES, SURNAMES

_SURNAME_CLASS = "".join(sorted(SURNAMES))
# (a second character that makes a thing of the surname's: "高层" management, "王国" kingdom)
_NOT_GIVEN = "层總总经經理方面家国國司部门們们工员員客户戶人"
_CN_BEFORE = r"(?:跟|与|與|和|同|向|给|給|找|问问|問問|问一下|问|問|请|請|由|让|讓|叫|通知|提醒|转告|轉告|交给|交給)"
# (what the person does: say, be in charge, contact, confirm, handle, follow up, prepare...)
_DEEDS = r"负责|負責|跟进|跟進|准备|準備|处理|處理|安排|对接|對接|协调|協調|主持|汇报|匯報|审核|審核|提交|出席|参加|參加"
_CN_AFTER = (r"(?:说|說|讲|講|负责|負責|跟进|跟進|准备|準備|安排|对接|對接|联系|聯繫|确认|確認|处理|處理|发|發|打电话|打電話|一起|商量|沟通|溝通|汇报|匯報|"
             r"合同|签|簽|看|去|来|來|周[一二三四五六日末]|今天|明天|下午|上午|[。，,！!？?；;\n]|$)")
_CN_FRAME = re.compile(rf"{_CN_BEFORE}([{_SURNAME_CLASS}][^\W\d_{_NOT_GIVEN}](?:[{_HAN}](?={_CN_AFTER}))?)(?={_CN_AFTER})")
# A clause opening with a name and when its bearer acts: "，赵强周三先去深圳", "。刘洋明天回来".
_CN_WHEN = re.compile(
    rf"(?:(?<=[，,。；;\n])|^)([{_SURNAME_CLASS}][^\W\d_{_NOT_GIVEN}][{_HAN}]?)(?=(?:周[一二三四五六日末]|星期[一二三四五六日天]|今天|明天|后天|下午|上午)"
    r"(?:先|会|要|再|就|已经|去|来|回|到|出发|过去|负责))"
)
# A clause opening with a name and a deed: "。黄磊负责准备样品", "，吴婷跟进合同".
_CN_DOES = re.compile(rf"(?:(?<=[，,。；;\n：:])|^)([{_SURNAME_CLASS}][^\W\d_{_NOT_GIVEN}][{_HAN}]?)(?=(?:{_DEEDS}))")
# Korean: a family name and a given name of two syllables before "to", "from" or the honoured
# subject's particle ("정은지에게 알려 주세요", "김민수한테", "박지훈께서").
_KR_FRAME = re.compile(rf"(?<![{_HANGUL}])([{_KR_SURNAMES}][{_HANGUL}]{{2}})(?=에게|한테|께서|에게서)")
# Japanese: a family name of two characters after a clause's start, a topic or object particle
# or a day ("明日"), before "に頼む", "と一緒に",
# "に確認", "が担当" (asked, together with, checked with, in charge).
_JP_FRAME = re.compile(
    rf"(?:(?<=[、。\s　はもを日])|^)([{_SURNAME_CLASS}][^\W\d_{_NOT_GIVEN}])"
    r"(?=に(?:頼|依頼|確認|聞|相談|連絡|お願い|渡)|と(?:一緒|二人|同行)|が(?:担当|対応))"
)
# ... and a family name opening a minute's bullet, before its topic or subject particle ("・森田は来週出張").
_JP_BULLET = re.compile(rf"(?:(?<=[・•\n])|^)[ \t]*([{_SURNAME_CLASS}][^\W\d_{_NOT_GIVEN}])(?=[はが][^\n]{{2}})")


# A Chinese or Korean name written in its own script inside text in Latin letters ("I met 김민수 at
# the Seoul office", "send the invoice to 王伟 in Shanghai"): a listed family name and a given name
# of one or two characters (two syllables in Korean), standing between spaces or punctuation.
_IN_LATIN = re.compile(
    rf"(?<![{_HAN}{_HANGUL}\u3040-\u30ff\w])([{_SURNAME_CLASS}][^\W\d_{_NOT_GIVEN}][{_HAN}]?|[{_KR_SURNAMES}][{_HANGUL}]{{2}})"
    rf"(?![{_HAN}{_HANGUL}\u3040-\u30ff\w])"
)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_EAST_ASIAN = re.compile(rf"[{_HAN}{_HANGUL}\u3040-\u30ff]")


def _latin_text(text: str) -> bool:
    """Whether ``text`` is written mostly in Latin letters (a Chinese or Korean text has its own rules)."""
    return len(_EAST_ASIAN.findall(text)) * 4 < len(_LATIN_LETTER.findall(text))


def running_names(text: str, add: Callable[[Candidate], None]) -> None:
    """Add the names the two frames hold, and those written in their own script inside Latin text."""
    if _latin_text(text):
        for m in _IN_LATIN.finditer(text):
            name = m.group(1)
            if all("\u4e00" <= ch <= "\u9fff" for ch in name) or all("\uac00" <= ch <= "\ud7af" for ch in name):
                add(Candidate(m.start(1), m.end(1), "PERSON"))
    for rule in (_CN_FRAME, _CN_WHEN, _CN_DOES, _JP_FRAME, _JP_BULLET):
        for m in rule.finditer(text):
            name = m.group(1)
            if all("\u4e00" <= ch <= "\u9fff" for ch in name):
                add(Candidate(m.start(1), m.end(1), "PERSON"))
    for m in _KR_FRAME.finditer(text):
        add(Candidate(m.start(1), m.end(1), "PERSON"))
