"""Names in Hebrew and Thai writing, where no capital letter marks them: "דיברתי עם איתי",
"תשלחי את הקובץ למיכל", "คุยกับนิดาเรื่องใบเสนอราคา", "สวัสดีค่ะคุณสมชาย".

- Hebrew glues "and", "to", "in", "from", "that", "the" and "as" onto the next word ("ליואב": to
  Yoav): a word is a name when it, or the word with one of those letters taken off, is a listed
  given name that is no everyday word; a given name that is also a word (מיכל tank, אבי my father,
  טל dew) only in a place that says "a person": after a greeting, alone on a line, after "with",
  before a listed surname, joined by "and" to another name, or after a verb of sending or telling.
- Thai writes no space between words: a listed given name is taken after a form of address or a
  preposition that takes a person (คุณ, กับ, ให้, น้อง, พี่), or after a space or another script
  when what follows it is a space, another script or a word that ends a name (ค่ะ, เรื่อง, ด้วย).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.word_lists import derived, word_list, word_set

# (the given names and surnames are lists in resources/privacy: given_names_hebrew.txt, those that
# are everyday words too in given_names_hebrew_everyday.txt, surnames_hebrew.txt)
_HE_PREFIXES = "ולבמשהכ"
_HE_WORD = re.compile(r"(?<![\u05d0-\u05ea\w])[\u05d0-\u05ea]{2,12}(?![\u05d0-\u05ea\w])")
_HE_GREETING = frozenset({"היי", "הי", "שלום", "בוקר", "ערב"})
_HE_WITH = frozenset({"עם", "אצל", "מאת"})
# Verbs of sending, telling and passing on ("send it to Michal", "tell Yoav").
_HE_SENDING = re.compile(r"(?:שלח|שלחי|תשלח|תשלחי|שלחתי|תגיד|תגידי|אמרתי|תעביר|תעבירי|העברתי|תודיע|תודיעי|תכתוב|תכתבי)(?![\u05d0-\u05ea])")


def _hebrew_given(word: str) -> tuple[int, bool] | None:
    """``(letters glued before the name, whether the name is also an everyday word)``, or None."""
    for cut in (0, 1):
        if cut and word[0] not in _HE_PREFIXES:
            break
        rest = word[cut:]
        if rest in word_set("given_names_hebrew.txt"):
            return cut, False
        if rest in word_set("given_names_hebrew_everyday.txt"):
            return cut, True
    return None


def _alone_on_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end : line_end if line_end >= 0 else len(text)].strip(" \t,.")


def hebrew_names(text: str, add: Callable[[Candidate], None]) -> None:
    surnames = word_set("surnames_hebrew.txt")
    words = list(_HE_WORD.finditer(text))
    given = [_hebrew_given(m.group(0)) for m in words]
    for i, m in enumerate(words):
        found = given[i]
        if found is None:
            continue
        cut, everyday = found
        start, end = m.start() + cut, m.end()
        nxt = words[i + 1] if i + 1 < len(words) and not text[m.end() : words[i + 1].start()].strip() else None
        with_surname = nxt is not None and nxt.group(0) in surnames
        if everyday and not with_surname:
            prev = words[i - 1].group(0) if i > 0 and not text[words[i - 1].end() : m.start()].strip(" \t") else ""
            beside = any(
                0 <= j < len(words) and given[j] is not None and not given[j][1]  # type: ignore[index]
                and (words[j].group(0).startswith("ו") or m.group(0).startswith("ו"))
                for j in (i - 1, i + 1)
            )
            sending = cut == 1 and m.group(0)[0] == "ל" and _HE_SENDING.search(text, max(0, m.start() - 30), m.start())
            if not (prev in _HE_GREETING or prev in _HE_WITH or _alone_on_line(text, m.start(), m.end()) or beside or sending):
                continue  # "המיכל מלא": the tank is full
        if with_surname and nxt is not None:
            end = nxt.end()
        add(Candidate(start, end, "PERSON"))


@cache
def _thai_given() -> list[str]:
    """The Thai given names (resources/privacy/given_names_thai.txt), longest first: "พิมพ์ชนก"
    before any shorter."""
    return sorted(set(word_list("given_names_thai.txt")), key=len, reverse=True)


derived(_thai_given.cache_clear)


# Given names and nicknames that are everyday words (print, bird, rain) are listed in
# given_names_thai_everyday.txt: names only after a form of address or alone on a line.
_TH_ADDRESS = ("คุณ", "น้อง", "พี่")
_TH_BEFORE = _TH_ADDRESS + ("กับ", "ให้", "ถึง", "จาก", "และ", "ของ")
# Words that end a name when glued after it: particles, "about", "already", "will", "and", verbs of sending.
_TH_AFTER = ("ค่ะ", "คะ", "ครับ", "นะ", "ด้วย", "เรื่อง", "แล้ว", "จะ", "ได้", "ว่า", "และ", "ก็", "ที่", "ไม่", "ช่วย",
             "หน่อย", "ส่ง", "บอก", "เป็น", "กับ", "ให้", "มา", "ไป", "ซึ่ง", "จาก", "ก่อน")
_TH_LETTER = re.compile(r"[\u0e00-\u0e7f]")


def _thai_place(text: str, start: int, end: int, address_only: bool) -> bool:
    """Whether the name at ``start:end`` stands where a name does: after a form of address or a
    preposition that takes a person (whatever follows), or between spaces and other scripts."""
    after = end >= len(text) or not _TH_LETTER.match(text[end]) or text.startswith(_TH_AFTER, end)
    if start == 0 or not _TH_LETTER.match(text[start - 1]):
        return _alone_on_line(text, start, end) if address_only else after
    return any(text.endswith(cue, 0, start) for cue in (_TH_ADDRESS if address_only else _TH_BEFORE))


def thai_names(text: str, add: Callable[[Candidate], None]) -> None:
    taken: list[tuple[int, int]] = []
    for names, address_only in ((_thai_given(), False), (word_list("given_names_thai_everyday.txt"), True)):
        for name in names:
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                if not any(a < end and at < b for a, b in taken) and _thai_place(text, at, end, address_only):
                    taken.append((at, end))
                    add(Candidate(at, end, "PERSON"))
                at = text.find(name, at + 1)


_HEBREW = re.compile(r"[\u05d0-\u05ea]")


def hebrew_thai_names(text: str, add: Callable[[Candidate], None]) -> None:
    """Add the Hebrew and Thai names found in ``text`` (each only where its letters occur)."""
    if _HEBREW.search(text):
        hebrew_names(text, add)
    if _TH_LETTER.search(text):
        thai_names(text, add)
