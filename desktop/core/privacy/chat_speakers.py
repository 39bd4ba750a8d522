"""Chat transcripts: every speaker label is a person ("[18:02] mehmet:", "kim 11:02 AM",
"김민준: ...", "JENNA L 9:14 AM: ..."), and in a chat written in lowercase so are the people its
messages mention ("brandon took it over from marcus").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.labels import CJK, _norm_key, field_keys
from desktop.core.privacy.name_words import GREETINGS, MINUTE_MARKS, particle_alternation
from desktop.core.privacy.names import plain_word as _plain_word
from desktop.core.privacy.not_everyday import an_agenda_item

# "[18:02] mehmet:", "(10:01) ollie -", "09:14 jake:"
_TIMED_SPEAKER = lazy_re(
    # (a WhatsApp export puts the date first: "[03/06/24, 9:14:02 PM] Rohit:", "03/06/2024, 21:14 - Rohit:")
    r"[ \t]*[\[(]?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},[ \t]+)?(?:上午|下午|午前|午後|오전|오후)?[ \t]?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?[\])]?[ \t]*[-–]?[ \t]*<?"
    r"([^\s:：<>\[\]()][^\n:：<>\[\]()]{0,24}?)>?[ \t]*[:：]"
)
# KakaoTalk's export: the date, the time, a comma, the speaker, " : " and the message.
_DATED_SPEAKER = lazy_re(
    r"\d{4}\. ?\d{1,2}\. ?\d{1,2}\.? (?:(?:오전|오후) )?\d{1,2}:\d{2}(?: ?[AP]M)?, ([^\n:：,]{1,20}?) [:：] "
)
# "sam 11:02 AM" on a line of its own, the message on the next lines
_SLACK_SPEAKER = lazy_re(r"[ \t]*([^\W\d][\w.\-]{0,24}(?: [^\W\d][\w.\-]{0,24})?)[ \t]+\d{1,2}:\d{2}(?:[ \t]?[AP]M)?[ \t]*")
_LABEL = lazy_re(r"[^\W\d][\w.\-\u0900-\u097f]{0,24}(?: [^\W\d][\w.\-\u0900-\u097f]{0,24})?")  # (Devanagari signs are no \w)
_HEADER_WORDS = {
    "subject", "from", "to", "cc", "bcc", "date", "re", "fw", "fwd", "note", "notes", "ps", "p.s", "nb", "edit",
    "update", "todo", "warning", "error", "info", "debug", "step", "steps", "q", "a", "tip", "id", "ref",
    "betreff", "von", "objet", "de", "asunto", "oggetto", "onderwerp", "van", "aan", "konu", "ämne", "temat",
    "http", "https", "ticket", "priority", "status", "description", "beschreibung", "omschrijving", "problema",
}
# A speaker saved as a family role names nobody ("엄마 : ...", "Mom: ...").
_FAMILY = {"엄마", "아빠", "mom", "dad", "mum", "mama", "papa", "妈妈", "爸爸", "ママ", "パパ", "मम्मी", "पापा", "माँ"}


def _lines(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


# A YAML block: a key alone on its line, or an indented key.
_NESTED_KEYS = lazy_re(r"(?m)^(?:[\w\-]+:[ \t]*$|[ \t]+[\w\-]+:)")


_EMPTY_KEY = lazy_re(r"(?m)^[\w\-]+:[ \t]*$")
_LIST_OR_INDENTED_KEY = lazy_re(r"(?m)^[ \t]*- [\w\-]+:|^[ \t]{2,}[\w\-]+:[ \t]*$")


def _yaml(text: str) -> bool:
    """A key with nothing after it on its line and a list item's or an indented key: YAML."""
    return bool(_EMPTY_KEY.search(text) and _LIST_OR_INDENTED_KEY.search(text))


def _speakers(lines: list[tuple[int, str]], kv_lines: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Spans of chat speaker labels."""
    spans: list[tuple[int, int]] = []
    for offset, line in lines:
        if len(line) > 8 and ":" in line[:26] and line.lstrip(" \t[(上下午前後오전후")[:1].isdigit():
            m = _TIMED_SPEAKER.match(line) or _DATED_SPEAKER.match(line)
            if m and not an_agenda_item(m.group(1)):  # (not "10:30 Product roadmap: ...")
                spans.append((offset + m.start(1), offset + m.end(1)))
        elif len(line) > 20 and line[:4].isdigit() and ", " in line[:30]:
            m = _DATED_SPEAKER.match(line)  # KakaoTalk: "2024. 5. 28. 오후 9:10, 지수 : ..."
            if m:
                spans.append((offset + m.start(1), offset + m.end(1)))
        elif len(line) <= 50 and (line.endswith("M") or line.rstrip()[-1:].isdigit()):
            # "Moa 08:42: 076-221 90 48" ends in digits too: a message after the time.
            m = _SLACK_SPEAKER.fullmatch(line) or (_SPEAKER_TIME_MESSAGE.match(line) if ":" in line[:40] else None)
            if m:
                spans.append((offset + m.start(1), offset + m.end(1)))
        elif ":" in line[:40]:
            m = _SPEAKER_TIME_MESSAGE.match(line)  # "JENNA L 9:14 AM: trevor called"
            if m:
                spans.append((offset + m.start(1), offset + m.end(1)))
    if not spans and len(kv_lines) >= 2:
        # Untimed "name: message" lines: a chat when labels repeat, none names a field, and
        # they are written as chats write names (lowercase, or a script without capitals).
        # (an action item's mark, "AI: Kemi to send the deck", is set aside, not a speaker)
        bare = [m for m in kv_lines if _LABEL.fullmatch(m.group(1).rstrip()) and m.group(1).rstrip().casefold() not in MINUTE_MARKS]
        keys = field_keys()
        bare += _lowercase_key_speakers(lines, bare, keys)
        labels = Counter(m.group(1).rstrip() for m in bare)
        # (a lowercase label that is also a field's key, "an:", is a speaker among lowercase ones)
        lower = all(label.islower() for label in labels) and any(_norm_key(label) not in keys for label in labels)
        clean = all((lower or _norm_key(label) not in keys) and label.casefold() not in _HEADER_WORDS for label in labels)
        # Most labels written as chats write people make the rest speakers too, when each of
        # those is one word that is no everyday word ("bec:" and "Lachie:" in one transcript).
        # (never when a label is an everyday word or a setting: "image:", "smtp_user:" in a config)
        # (a speaker shown with a full name beside others in lowercase, "ria:" and "Joy Macaraeg:",
        # is one too: a chat app prints whatever name each person set)
        full = {label for label in labels if _full_name_label(label)} if any(label[0].islower() for label in labels) else set()
        chatty = [label for label in labels if _chat_label(label) or label in full]
        relaxed = not any(_plain_word(label) or "_" in label or (" " in label and label not in full) for label in labels) \
            and not _NESTED_KEYS.search("\n".join(line for _, line in lines))
        plausible = clean and (len(chatty) == len(labels) or (relaxed and 2 * len(chatty) >= len(labels)))
        all_cjk = all(CJK.match(label) and _cjk_name_shaped(label) for label in labels)
        # Two lowercase speakers, one line each, are a chat already ("liam: ..." / "jordan: ...").
        lower_pair = relaxed and len(bare) >= 2 and all((label[0].islower() or _caseless(label)) and label in chatty for label in labels)
        # So are one-word speakers, one of them a listed first name, none an everyday word, when
        # every line of the text is theirs and one speaker is called by name in a message
        # ("Zsófi: Bence, megvan?" / "Bence: igen"): people address each other, fields do not.
        named_pair = relaxed and bool(chatty) and len(bare) == sum(1 for _, line in lines if line.strip()) >= 2 \
            and all(" " not in label for label in labels) and _addressed(lines, labels)
        # Turns taken by people called by their surnames ("Koch: ok" / "Bird: done" / "Koch: thanks"):
        # every line of the text is a turn, they alternate, and each label is a listed name, however
        # everyday the word, and no role ("Host:", "Agent:").
        turns = clean and _named_turns(lines, bare, labels)
        if (plausible or turns) and len(labels) >= 2 and ((max(labels.values()) >= 2 and len(bare) >= 3) or all_cjk or lower_pair or named_pair) \
                and not _yaml("\n".join(line for _, line in lines)):  # (read last: a pass over the whole text)
            # (a YAML file's keys, "kind: Config", "clusters:", "- name: prod", are no speakers)
            spans = [(m.start(1), m.start(1) + len(m.group(1).rstrip())) for m in bare]
    return spans


_CAPITAL_LABEL = lazy_re(r"[A-ZÀ-Þ][a-zß-ÿ'’\-]{1,20}")


def _named_turns(lines: list[tuple[int, str]], bare: list[re.Match[str]], labels: Counter[str]) -> bool:
    """Whether untimed "Name: message" lines are a chat's turns by people called by one name: each
    line of the text a turn, the speaker changing at least twice, each label a capitalised listed
    surname or first name that names no role (or a Cyrillic first name or surname), most
    messages of more than one word, and one of them talk ("ok", "I'll", "danke"), not a value."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.word_lists import word_set

    if len(bare) < 3 or len(bare) != sum(1 for _, line in lines if line.strip()):
        return False
    order = [m.group(1).rstrip() for m in bare]
    if sum(1 for a, b in zip(order, order[1:], strict=False) if a != b) < 2:
        return False
    from desktop.core.privacy.cyrillic import cyrillic_speaker

    lex, roles = lexicon(), word_set("transcript_roles.txt")
    if not all((_CAPITAL_LABEL.fullmatch(label) and label.casefold() not in roles
                and (lex.is_surname(label) or lex.is_first_name(label))) or cyrillic_speaker(label) for label in labels):
        return False
    worded = sum(1 for m in bare if " " in (m.group(2) or "").strip())
    talk = word_set("chat_talk_words.txt")
    talking = any(w.strip(".,!?;:") in talk for m in bare for w in (m.group(2) or "").casefold().replace("’", "'").split())
    return talking and 2 * worded >= len(bare)


_LOWER_LINE_LABEL = lazy_re(r"[ \t]*([a-zß-ÿ]{2,12}):[ \t]+\S")


def _lowercase_key_speakers(lines: list[tuple[int, str]], bare: list[re.Match[str]], keys: Collection[str]) -> list[re.Match[str]]:
    """Lowercase line labels that the key-value reading left as a field's key ("an:" in a Flemish
    chat, the German "An:"), when every other label is a lowercase speaker that names no field."""
    if len(bare) < 2 or not all(m.group(1).islower() and _norm_key(m.group(1)) not in keys for m in bare):
        return []
    taken = {m.start(1) for m in bare}
    text = ""
    out = []
    for offset, line in lines:
        if ":" in line[:14]:
            m = _LOWER_LINE_LABEL.match(line)
            if m and offset + m.start(1) not in taken and _norm_key(m.group(1)) in keys:
                text = text or "\n".join(line for _, line in lines)  # (matched again in the text: its offsets)
                found = _LOWER_LINE_LABEL.match(text, offset)
                if found:
                    out.append(found)
    return out


def _addressed(lines: list[tuple[int, str]], labels: Counter[str]) -> bool:
    """Whether a speaker's name is written in another speaker's message."""
    for _, line in lines:
        label, _, message = line.partition(":")
        if any(other != label.strip() and re.search(rf"(?<!\w){re.escape(other)}(?!\w)", message) for other in labels):
            return True
    return False


# "Giorgia F.", "MARCUS T", "Sam W": a first name and the initial of a surname, as chat apps and
# shared-inbox tools print people.
_INITIALLED = lazy_re(r"[^\W\d_][\w'’\-]{1,20}[ \t][A-ZÀ-Þ]\.?")
# A speaker, the time, then the message on the same line.
_SPEAKER_TIME_MESSAGE = lazy_re(
    r"[ \t]*([^\W\d][\w.\-]{0,24}(?: [^\W\d][\w.\-]{0,24})?)[ \t]+\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*:[ \t]"
)


def _cjk_name_shaped(label: str) -> bool:
    """A Han label is a speaker's name only with a name's length and a listed surname first
    ("王磊:"); "您好：" (hello) and "交货地点：" (place of delivery) start a letter's lines."""
    from desktop.core.privacy.cjk import SURNAMES

    if not ("\u4e00" <= label[0] <= "\u9fff"):
        return True  # Hangul and kana names are judged as before
    return len(label) <= 4 and (label[0] in SURNAMES or label[0] in "小老阿")  # ("小王", "老李": nicknames)


# A form's or a note's field words in scripts without capitals ("ملاحظة:" note, "הערה:" remark).
_CASELESS_FIELDS = frozenset({
    "ملاحظة", "ملاحظات", "تنبيه", "سؤال", "جواب", "رد", "مثال", "هام", "مهم", "تحديث", "هاتف", "جوال", "عنوان",
    "اسم", "تاريخ", "موضوع", "مطلوب", "حالة", "قسم", "مدينة", "نعم", "لا", "הערה", "שאלה", "תשובה", "עדכון",
    "טלפון", "כתובת", "שם", "תאריך", "נושא", "דוגמה", "חשוב", "סטטוס",
})


def _caseless(label: str) -> bool:
    """A one-word label in a script with no capitals (Arabic, Hebrew, Thai) written as chats
    write people ("أحمد:"), like a lowercase one; not a field word, nor an Arabic word with the
    article ("المدينة:" the city), which names a field and no person."""
    return " " not in label and all(ch.isalpha() and not ch.isupper() and not ch.islower() for ch in label) \
        and not CJK.match(label) and not label.startswith("ال") and label not in _CASELESS_FIELDS


def _chat_label(label: str) -> bool:
    """Whether an untimed "label: message" label is written as chats write people: lowercase,
    a script without capitals, a first name with an initial, or a listed first name."""
    from desktop.core.privacy.lexicon import lexicon

    if label[0].islower() or CJK.match(label) or _INITIALLED.fullmatch(label) or _caseless(label):
        return True
    return " " not in label and lexicon().is_first_name(label.capitalize())


_FULL_NAME_LABEL = lazy_re(r"[A-ZÀ-Þ][a-zß-ÿ'’\-]{1,20} [A-ZÀ-Þ][a-zß-ÿ'’\-]{1,24}")


def _full_name_label(label: str) -> bool:
    """Whether a label is a first name and a surname, one of them listed, neither an everyday word."""
    from desktop.core.privacy.lexicon import lexicon

    if not _FULL_NAME_LABEL.fullmatch(label):
        return False
    first, last = label.split()
    lex = lexicon()
    return not (_plain_word(first) or _plain_word(last)) and (lex.is_first_name(first) or lex.is_surname(last))


_LOWER_CHAT_RANK = 20_000  # a word at least this rare in the language lists
_AFTER_NAME_TITLES = frozenset({"hanım", "hanim", "bey", "abla", "abi", "hoca", "san", "kun", "chan", "ji", "bhai", "sir", "madam"})
_LOWER_CUE = lazy_re(
    r"(?:^|[\s(])(?:from|to|with|for|ping|tell|told|ask|asked|call|called|cc|and|or|thanks|thx|cheers|ta|met|see|"
    r"von|mit|an|danke|merci|avec|pour|con|gracias|grazie|obrigad[oa]|tack|bedankt|met|dank|"
    # and where a chat in another language names someone ("a vu théo", "wo der kai ist", "is ruud al terug")
    r"vu|voir|appelle|demande|chez|der|die|frag|sag|ruf|is|bij|aan|naar|vraag|bel|dile|llama|chiedi|chiama|pergunta|liga|"
    # (a question puts the person after its verb: "demande à inès", "heeft bram al...", "hat jonas...")
    r"à|heeft|hat|"
    # Scandinavian, Polish, Czech, Turkish, Portuguese and Indonesian ("sett maja", "z kubą", "díky péťo", "sama budi")
    r"sett|med|hos|till|fråga|ring|spør|ringe|z|ze|od|dla|zapytaj|díky|zavolej|ile|sor|ara|com|avisa|fala|sama|dengan|tanya)$",
    re.IGNORECASE,
)
_POSSESSIVE_S = lazy_re(r"['’]s(?![\w'’])")
_LOWER_TITLE_AFTER = lazy_re(r"[ \t]+(?:hanım|hanim|bey|abla|abi|hoca|san|kun|ji)(?![\w])")
# (a case ending or a possessive after an apostrophe may follow: "zeynep'e haber ver", "maja's desk")
_LOWER_CHAT_WORD = lazy_re(r"(?<![\w@.\-/'’])[^\W\d_A-Z]{3,}(?![\w@]|['’](?![a-zçğıöşü]{1,3}(?![\w'’])))")
# (use "l" of name_words' particle table)
_LOWER_PARTICLE = lazy_re(rf"[ \t]+(?:(?:{particle_alternation('l')})[ \t]+)?([^\W\d_A-Z]{{3,}})(?![\w@])")


def _lowercase_chat_names(text: str, labels: list[tuple[int, int]], add: Callable[[Candidate], None]) -> None:
    """In a chat whose speakers write their labels in lowercase, the people they mention are in
    lowercase too ("brandon took it over from marcus", "fatima el amrani from Harrow rang"): a
    listed first name that is no everyday word, with a surname after it that is none either."""
    if len(labels) < 2:
        return
    # Speakers written with capitals ("Hannah: ask jonas") still mention people in lowercase,
    # but there only where a cue or a title stands beside the word, never opening a message.
    lower_speakers = all(text[a:b].islower() for a, b in labels)
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.name_judge import judge_for as _judge

    judge = _judge(lexicon())
    starts = {a for a, _ in labels}
    for a, _b in labels:
        line_end = text.find("\n", a)
        for m in _LOWER_CHAT_WORD.finditer(text, a, line_end if line_end >= 0 else len(text)):
            word = m.group(0)
            if m.start() in starts or word in _AFTER_NAME_TITLES or word in GREETINGS or not judge.strong_first(word) or _plain_word(word):
                continue
            if judge.rank(word) < _LOWER_CHAT_RANK:
                continue  # "vero", "chase", "key": everyday words of some language too
            if _LOWER_CUE.search(word):
                continue  # a cue itself ("or ping ingrid"): "Ping" is a name, "ping" here a verb
            end = m.end()
            after = _LOWER_PARTICLE.match(text, end)
            surname = bool(after and after.group(1) not in _AFTER_NAME_TITLES and judge.name_like(after.group(1))
                           and not judge.common(after.group(1))
                           and judge.rank(after.group(1)) >= _LOWER_CHAT_RANK and not _plain_word(after.group(1)))
            if surname and after:
                end = after.end()
            # Where a person stands: opening the message, after "from", "ping", "cheers"..., or
            # with a surname or a title after it ("selin hanım"); not "de novo", "telefone dela".
            before = text[a:m.start()].rstrip(" \t")
            opening = before.endswith(":") or before.endswith("]") or not before
            cued = _LOWER_CUE.search(before) is not None
            titled = _LOWER_TITLE_AFTER.match(text, m.end()) is not None
            # (Turkish writes the apostrophe after names only, and no Turkish ending is "s": "rota's up")
            suffixed = text[m.end() : m.end() + 1] in ("'", "’") and not _POSSESSIVE_S.match(text, m.end())
            if (lower_speakers and (opening or surname)) or cued or titled or suffixed:
                add(Candidate(m.start(), end, "PERSON"))
