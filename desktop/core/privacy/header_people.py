"""People in the slots of a mail or an invite that always hold one: the display names of a
header's From/To/Cc/Reply-To and an invite's organiser and attendees, in each language
("Kimden:", "差出人:", "보낸 사람:"), a display name written before its address anywhere
("Wendtland, Ulrike <u.wendtland@...>" in a "schrieb" line), and a Chinese letter's greeting and
closing ("雪梅，你好", "佩珊 敬上").

The slot says "a person or a mailbox"; the words decide which: a team, a mailbox's role or a
department ("Procurement Team", "ops-uk", "営業部", "구매팀") is left alone, a person is a listed
first name or surname, a name in a script without capitals shaped as one, or a display name
that its address spells.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.name_words import particles
from desktop.core.privacy.word_lists import word_set


def header_keys() -> frozenset[str]:
    """The header and invite keys whose value is people, in the team's languages (casefolded;
    resources/privacy/mail_header_keys.txt, read on first use)."""
    return word_set("mail_header_keys.txt")


def mail_fields() -> frozenset[str]:
    """A mail header's other keys (sent, date, subject), never a chat's speaker
    (resources/privacy/mail_fields.txt)."""
    return word_set("mail_fields.txt")


def _team_words() -> frozenset[str]:
    """Words that make a display name a team, a role mailbox or a room, not a person."""
    return word_set("mailbox_team_words.txt")


# Suffixes of a department or a team in scripts without capitals.
CJK_UNITS = ("部", "課", "课", "室", "組", "组", "科", "处", "處", "班", "팀", "부", "실", "과", "센터", "係", "局", "チーム", "グループ")
# The last part of a compound that names a body or a department ("Personalrat", "Kundendienst").
_UNIT_ENDS = ("rat", "abteilung", "verwaltung", "leitung", "stelle", "büro", "dienst", "zentrale", "afdeling", "afdelingen",
              "avdelning", "avdelningen", "avdeling", "avdelingen", "teamet", "osasto")


def unit_compound(value: str) -> bool:
    """One word that is an everyday word glued to a department's ending (not "Murat"), or a
    hyphen compound ending in a team's word."""
    from desktop.core.privacy.lexicon import lexicon

    lower = value.casefold()
    if "-" in value and " " not in value and lower.rsplit("-", 1)[1] in _team_words():
        return True  # "QS-Team", "IT-Gruppe", "HR-tiimi": a team named by a hyphen compound
    for end in _UNIT_ENDS:
        head = lower[: -len(end)]
        if lower.endswith(end) and " " not in value and len(head) >= 4 and lexicon().rank(head) < 100_000:
            return True
    return False


_HAN = "\u4e00-\u9fff\u3005"
_HAN_NAME = lazy_re(rf"[{_HAN}]{{1,3}}[ \u3000][{_HAN}]{{1,3}}|[{_HAN}]{{2,4}}")
_HANGUL_NAME = lazy_re(r"[\uac00-\ud7af]{2,4}")
_ADDRESS = lazy_re(r"[ \t]*[\"'“”]?[ \t]*(?:<|\[mailto:|\()[ \t]*([^\s<>()\[\]@]+)@[^\s<>()\[\]]+[>\])]")
_LATIN_WORD = lazy_re(r"[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’\-]*\.?")
_PARTICLES = frozenset(particles("h"))  # (use "h" of name_words' particle table)


def _fold(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.casefold()) if ch.isalnum())


def _cjk_person(value: str) -> bool:
    """A name in a script without capitals, in a slot for a person: not a unit ("営業部", "구매팀")."""
    from desktop.core.privacy.cjk import SURNAMES

    if value.endswith(CJK_UNITS):
        return False
    if _HANGUL_NAME.fullmatch(value):
        return True
    if not _HAN_NAME.fullmatch(value):
        return False
    return " " in value or "\u3000" in value or value[0] in SURNAMES


def _latin_person(words: list[str], local: str, inverted: bool = False) -> bool:
    """Capitalised words that are a person's: no team word, no firm, not only everyday words, and a
    listed first name or surname among them, an address that spells them, or two or three words
    no language's lists hold as everyday words ("KEERTHI BALASUBRAMANIAN"), four when the surname
    comes first with a comma, as directories print people ("BALASUBRAMANIAN, KEERTHI")."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.name_words import DEPARTMENTS
    from desktop.core.privacy.names import is_company, plain_word

    if not 1 <= len(words) <= 4 or any(w.casefold().strip(".") in _team_words() or w.casefold() in DEPARTMENTS for w in words):
        return False
    if is_company(words):
        return False
    lex = lexicon()
    titled = [w.title() if w.isupper() and len(w) > 2 else w for w in words]
    listed = any(lex.is_first_name(w) or lex.is_surname(w) for w in titled)
    spelled = len(words) >= 2 and any(len(_fold(w)) >= 3 and _fold(w) in _fold(local) for w in words)
    if (inverted or 2 <= len(words) <= 3) and len(words) >= 2 and not any(plain_word(w) or lex.rank(w) < _EVERYDAY_RANK for w in titled):
        return True  # (and two or three words no language uses: "KEERTHI BALASUBRAMANIAN")
    return (listed or spelled) and not all(plain_word(w) for w in titled)


_EVERYDAY_RANK = 20_000  # a word at least this rare in the language lists


def _display_span(item: str, start: int) -> tuple[int, int] | None:
    """The person's name in one header item ("\"Mbeki, Thandiwe\" <t.mbeki@...>", "高木 美穂"),
    or None when the item is a team, a mailbox or nothing."""
    local = ""
    m = _ADDRESS.search(item)
    if m:
        local = m.group(1)
        item = item[: m.start()]
    cut = len(item)
    for mark in (" (", " - ", " – ", "（"):
        at = item.find(mark)
        if at > 0:
            cut = min(cut, at)
    body = item[:cut]
    lead = len(body) - len(body.lstrip(" \t\"'“”"))
    body = body.strip(" \t\"'“”")
    if not body or "@" in body:
        return None
    if _cjk_person(body):
        return start + lead, start + lead + len(body)
    if not body[0].isascii() and not _LATIN_WORD.match(body):
        return _script_span(body, start + lead)
    words = body.replace(",", " ").split()
    if words and words[0].upper() in ("AM", "PM"):
        return None  # "9:02 PM, Gordon Pike <...>": the time's end, then the name
    if any(not _LATIN_WORD.fullmatch(w) and w not in _PARTICLES for w in words):
        return None
    inverted = body.count(",") == 1 and 0 < body.index(",") < len(body) - 1
    if _latin_person([w for w in words if w not in _PARTICLES], local, inverted):
        return start + lead, start + lead + len(body)
    return None


# A display name in Greek or Cyrillic (capitalised words and initials, after a lowercase title:
# "κα Νικολάου", "пані Бондар", "Петров А. В."), or in a script without capitals (Arabic, Hebrew,
# Devanagari, Thai: one to three words).
_CASED_WORD = lazy_re(r"[Α-ΩΆΈΉΊΌΎΏА-ЯЁІЇЄҐ](?:[α-ωάέήίόύώϊϋΐΰςа-яёіїєґʼ'’\-]{1,24}|\.)")
_CASED_TITLE = lazy_re(r"[α-ωάέήίόύώа-яёіїєґ]{1,6}\.?[ \t]+")
_UNCASED_WORD = lazy_re(r"[\u0621-\u064a\u05d0-\u05ea\u0900-\u0963\u0e01-\u0e4e'׳]{2,24}")


def _script_team_words() -> frozenset[str]:
    """Words of those scripts that make a display name a team or a department."""
    return word_set("mailbox_team_words_scripts.txt")


def _script_span(body: str, start: int) -> tuple[int, int] | None:
    title = _CASED_TITLE.match(body)
    skip = title.end() if title and _CASED_WORD.match(body, title.end()) else 0
    words = body[skip:].split()
    if not 1 <= len(words) <= 4 or any(w.casefold() in _script_team_words() for w in words):
        return None
    if all(_CASED_WORD.fullmatch(w) for w in words) and any(not w.endswith(".") for w in words):
        return start + skip, start + len(body)
    if len(words) <= 3 and all(_UNCASED_WORD.fullmatch(w) for w in words):
        return start + skip, start + len(body)
    return None


def _items(value: str) -> list[tuple[int, str]]:
    """The people of a header's value: split at ";" or "、", or at "," between addresses, with
    their offsets; "Surname, Given" stays one."""
    for mark in (";", "；", "、"):
        if mark in value:
            break
    else:
        # (one comma between two names of two words each separates people: "JENNIFER ALVAREZ, ROBERT CHEN")
        two_sided = value.count(",") == 1 and all(len(part.split()) >= 2 for part in value.split(","))
        mark = ">," if ">," in value else ("," if value.count(",") >= 2 or two_sided else "")
    if not mark:
        return [(0, value)]
    out, pos = [], 0
    for part in value.split(mark):
        keep = part + (">" if mark == ">," and not part.rstrip().endswith(">") else "")
        out.append((pos, keep))
        pos += len(part) + len(mark)
    return out


def _firm(item: str) -> bool:
    from desktop.core.privacy.names import is_company

    return is_company(item.split())


def _header_people(text: str, add: Callable[[Candidate], None]) -> None:
    # (from each line's first colon, found from the colons: most lines of a long text have none)
    for mark in (":", "："):
        at = text.find(mark)
        while at >= 0:
            line_start = text.rfind("\n", 0, at) + 1
            key = text[line_start:at]
            first = at - line_start <= 30 and ":" not in key and "：" not in key
            line_end = text.find("\n", at)
            if first and key.strip(" \t>*").casefold() in header_keys():  # (as _header_line asks first)
                _header_line(text[line_start : line_end if line_end >= 0 else len(text)], line_start, add)
            at = text.find(mark, line_end) if line_end >= 0 else -1


def _header_line(line: str, pos: int, add: Callable[[Candidate], None]) -> None:
    colon = min((i for i in (line.find(":"), line.find("：")) if i >= 0), default=-1)
    if not 0 < colon <= 30 or line[:colon].strip(" \t>*").casefold() not in header_keys():
        return
    items = _items(line[colon + 1 :])
    if len(items) > 1 and any(_firm(item) for _, item in items):
        return  # "An: Robert Bosch GmbH, Werk Feuerbach, Einkauf": a firm's address lines
    for offset, item in items:
        span = _display_span(item, pos + colon + 1 + offset)
        if span:
            add(Candidate(span[0], span[1], "PERSON"))


# "Wendtland, Ulrike <u.wendtland@...>", "\"Mbeki, Thandiwe\" <...>": a surname, a comma and a given
# name right before an address; "森田 健一 <k.morita@...>" in a reply's first line.
_COMMA_BEFORE_ADDRESS = lazy_re(
    r"(?<![\w'’\-])([A-ZÀ-ÖØ-ÞĀ-ž][\w'’\-]+(?:[ \t][A-ZÀ-ÖØ-ÞĀ-ž][\w'’\-]+)?,[ \t]+[A-ZÀ-ÖØ-ÞĀ-ž][\w'’\-]+(?:[ \t][A-ZÀ-ÖØ-ÞĀ-ž][\w'’\-]+)?)"
    r"[\"”]?[ \t]*(?:<|\[mailto:|\()[^\s<>()\[\]@]+\Z"
)
_CJK_BEFORE_ADDRESS = lazy_re(rf"(?<![{_HAN}\uac00-\ud7af])([{_HAN}]{{1,3}}[ \u3000]?[{_HAN}]{{1,3}}|[\uac00-\ud7af]{{2,4}})[ \t]*[<(（][^\s<>()@]+\Z")
_REACH = 120  # how far before an "@" a display name and its address's local part may start


# The local part right before an "@", read backwards from it (the window reversed): both
# patterns above end with it, after the bracket that opens the address.
_LOCAL_BACK = lazy_re(r"[^\s<>()\[\]@]*")
_LOCAL_BACK_CJK = lazy_re(r"[^\s<>()@]*")


def _opened_address(window: str, backwards: str) -> bool:
    """Whether ``window`` (the text before an "@") can end as ``_COMMA_BEFORE_ADDRESS`` needs: a
    local part after "<", "(" or "[mailto:". Most addresses stand after a space: no search."""
    size = _LOCAL_BACK.match(backwards).end()  # type: ignore[union-attr]  # (matches the empty string)
    if not size or size == len(window):
        return False
    before = window[-size - 1]
    return before in "<(" or (before == "[" and size > 7 and window.endswith("mailto:", 0, len(window) - size + 7))


def _opened_cjk_address(window: str, backwards: str) -> bool:
    """As ``_opened_address``, for ``_CJK_BEFORE_ADDRESS`` (whose local part may hold "[" and
    whose bracket may be a full-width "（" inside it)."""
    size = _LOCAL_BACK_CJK.match(backwards).end()  # type: ignore[union-attr]  # (matches the empty string)
    if size and size < len(window) and window[-size - 1] in "<(":
        return True
    return "（" in window[len(window) - size : -1]


def _before_addresses(text: str, add: Callable[[Candidate], None]) -> None:
    # (read back from each "@": a pass over the whole text for the names would cost more)
    at = text.find("@")
    while at >= 0:
        start = max(0, at - _REACH)
        window = text[start:at]
        backwards = window[::-1]
        m = _COMMA_BEFORE_ADDRESS.search(window) if _opened_address(window, backwards) else None
        address = _ADDRESS.match(text, start + m.end(1)) if m else None
        # (the name with its address, whose local part may spell it: "O'Sullivan, Ciarán <ciaran.osullivan@")
        if m and address and _display_span(text[start + m.start(1) : address.end()], start + m.start(1)):
            add(Candidate(start + m.start(1), start + m.end(1), "PERSON"))
        m = _CJK_BEFORE_ADDRESS.search(window) if _opened_cjk_address(window, backwards) else None
        if m and _cjk_person(m.group(1)):
            add(Candidate(start + m.start(1), start + m.end(1), "PERSON"))
        at = text.find("@", at + 1)


# "sachbearbeiter": "Reinholdt, Wiebke": a people key's string value written surname first.
_KEYED_SURNAME_FIRST = lazy_re(
    r"\"([\w\-]{2,30})\"[ \t]*:[ \t]*\"([A-ZÀ-ÖØ-ÞĀ-ž][\w'’\-]+(?:[ \t][A-ZÀ-ÖØ-ÞĀ-ž][\w'’\-]+)?,[ \t]+[A-ZÀ-ÖØ-ÞĀ-ž][\w'’\-]+)\""
)
_PEOPLE_KEYS = ("name", "owner", "assign", "report", "request", "review", "approv", "author", "contact", "bearbeiter",
                "kontakt", "ansprech", "verantwort", "freigabe", "by", "manager", "lead", "agent", "responsable", "ansvarig",
                "creat", "member", "user", "person", "employee", "mitarbeiter", "klant", "cliente", "kunde")


def _keyed_surname_first(text: str, add: Callable[[Candidate], None]) -> None:
    for m in _KEYED_SURNAME_FIRST.finditer(text):
        key = m.group(1).casefold()
        if any(stem in key for stem in _PEOPLE_KEYS) and _display_span(m.group(2), m.start(2)):
            add(Candidate(m.start(2), m.end(2), "PERSON"))


# A Chinese letter's greeting and closing: "雪梅，你好：", "文彥您好，", "佩珊 敬上".
_CN_GREETING = lazy_re(rf"(?m)^[ \t]*([{_HAN}]{{2,3}})[，,]?[ \t]*(?:你好|您好)")
_CN_CLOSING = lazy_re(rf"(?m)^[ \t]*([{_HAN}]{{2,3}})[ \t]*(?:敬上|謹上|谨上|拜上)[ \t]*$")
_NOT_ADDRESSEES = frozenset({"大家", "各位", "老师", "老師", "同事", "你们", "你們", "朋友", "同学", "同學", "领导", "領導", "客户", "客戶"})


def _chinese_letter(text: str, add: Callable[[Candidate], None]) -> None:
    for pattern in (_CN_GREETING, _CN_CLOSING):
        for m in pattern.finditer(text):
            name = m.group(1)
            if name in _NOT_ADDRESSEES or name[-1] in "们們位家" or name.endswith(CJK_UNITS):
                continue
            add(Candidate(m.start(1), m.end(1), "PERSON"))


def header_people(text: str, add: Callable[[Candidate], None]) -> None:
    """Add the people of header and invite slots, of display names before addresses, and of a
    Chinese letter's greeting and closing."""
    if ":" in text or "：" in text:
        _header_people(text, add)
    if "@" in text:
        _before_addresses(text, add)
    if '":' in text:
        _keyed_surname_first(text, add)
    if "好" in text or "上" in text:
        _chinese_letter(text, add)
