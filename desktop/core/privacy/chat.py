"""People named by the way a message is written rather than by a name list.

- chat transcripts: every speaker label is a person ("[18:02] mehmet:", "kim 11:02 AM",
  "김민준: ..."), and so are their other mentions in any case ("ta raj", "grazie giulia");
- thanks and sign-offs, often in lowercase: "merci thomas", "cheers\\nhamish", "-kb", "/Henrik";
- names in scripts without capitals, placed by an honorific: "山田 花子 様", "陈志明先生",
  "林小姐", "박지훈 님", "राहुल जी", or signing a short East Asian message;
- a surname after a title in any of the team's languages ("Frau Mag. Berger", "dhr. Bakker",
  "Herrn Müller-Lüdenscheidt"), however common the word;
- names written in capitals, as headers and CVs do ("STEPHANIE CARTER", "ZHANG Wei").

Everything here works line by line on short lines, so a long document costs one split.

Longer than most modules: transcripts, sign-offs and honorific-placed names share the speaker
list and the lowercase-name checks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.cjk import east_asian
from desktop.core.privacy.cjk_running import running_names
from desktop.core.privacy.cyrillic import CYRILLIC, cyrillic_names
from desktop.core.privacy.fastscan import dispatchable, distinct_tokens, first_char_dispatch, lazy_re, lowered
from desktop.core.privacy.honorifics import alternation, lowercase_cues, lowercase_titles, titles
from desktop.core.privacy.labels import CJK, _norm_key, field_keys
from desktop.core.privacy.name_initials import initials
from desktop.core.privacy.name_words import DEPARTMENTS, GREETINGS, MINUTE_MARKS
from desktop.core.privacy.names import plain_word as _plain_word
from desktop.core.privacy.script_names import chat_capitals, greeted, register_cells, script_names, shouted

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
_THANKS = {
    "thanks", "thank you", "thx", "ty", "ta", "cheers", "merci", "grazie", "danke", "gracias", "dank je",
    "bedankt", "tack", "dzięki", "obrigado", "obrigada", "valeu", "teşekkürler", "sağol", "thanks again",
    "gruß", "gruss", "grüße", "grüsse", "saludos", "besos", "bises", "bisous", "abraço", "abraços", "groetjes",
    "abrazo", "beijos", "bjs", "beso", "hugs", "xoxo", "pozdrowienia", "hälsning", "liebe grüße", "mvg",
}
_SIGN_OFFS = _THANKS | {
    "best", "regards", "kind regards", "best regards", "groetjes", "groet", "mvh", "hälsningar", "saludos",
    "pozdrawiam", "abs", "abraços", "abrazos", "saygılarımla", "bye", "later", "un saludo", "un abrazo",
    "cordialement", "viele grüße", "lg", "vg", "grüße", "saluti", "un saluto", "thanks & regards",
    "thanks and regards", "धन्यवाद", "감사합니다", "谢谢", "謝謝", "よろしくお願いします",
}
_DASHES = "-–—/~"
# A line that opens by thanking someone by name, then goes on.
_THANKED_FIRST = lazy_re(r"[ \t]*(thanks|thank you|thx|ty|ta|cheers|merci|grazie|danke|gracias|bedankt|tack|dzięki|valeu)"
                         r"[ \t]+([^\W\d_][\w\-]{1,20})[ \t]*[,!][ \t]*\S")
_NAME = lazy_re(r"[^\W\d_][\w.\u0900-\u097f]{1,20}")


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
            if m:
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
        labels = Counter(m.group(1).rstrip() for m in bare)
        keys = field_keys()
        clean = all(_norm_key(label) not in keys and label.casefold() not in _HEADER_WORDS for label in labels)
        # Most labels written as chats write people make the rest speakers too, when each of
        # those is one word that is no everyday word ("bec:" and "Lachie:" in one transcript).
        # (never when a label is an everyday word or a setting: "image:", "smtp_user:" in a config)
        chatty = [label for label in labels if _chat_label(label)]
        relaxed = not any(_plain_word(label) or "_" in label or " " in label for label in labels) and not _NESTED_KEYS.search(
            "\n".join(line for _, line in lines))
        plausible = clean and (len(chatty) == len(labels) or (relaxed and 2 * len(chatty) >= len(labels)))
        all_cjk = all(CJK.match(label) and _cjk_name_shaped(label) for label in labels)
        # Two lowercase speakers, one line each, are a chat already ("liam: ..." / "jordan: ...").
        lower_pair = relaxed and len(bare) >= 2 and all((label[0].islower() or _caseless(label)) and label in chatty for label in labels)
        if plausible and len(labels) >= 2 and ((max(labels.values()) >= 2 and len(bare) >= 3) or all_cjk or lower_pair) \
                and not _yaml("\n".join(line for _, line in lines)):  # (read last: a pass over the whole text)
            # (a YAML file's keys, "kind: Config", "clusters:", "- name: prod", are no speakers)
            spans = [(m.start(1), m.start(1) + len(m.group(1).rstrip())) for m in bare]
    return spans


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


def _signed_name(line: str, previous: str) -> str | None:
    """The name a short line ends with when it thanks or signs: "ta raj", "-kb", "/Henrik", or a
    lone word under a sign-off line."""
    words = line.rstrip(" \t!.").split()
    if not words:
        return None
    last = words[-1]
    if last[0] in _DASHES and len(last) > 2 and (len(words) == 1 or words[-2][-1] in ".!?"):
        return last[1:]
    if len(words) >= 2 and not words[-2].strip(_DASHES) and (len(words) == 2 or words[-3][-1] in ".!?"):
        return last  # "- kb", "-- alyssa"
    m = _THANKED_FIRST.match(line)
    if m and m.group(1).lower() in _THANKS:
        return m.group(2)  # "thx jen, got it", "cheers mo, on it"
    if len(words) >= 2:
        before = words[-2].rstrip(",").lower()
        if before in _THANKS or " ".join(words[-3:-1]).rstrip(",").lower() in _THANKS:
            return last
    if len(words) == 1 and previous.strip(" \t,!.").lower() in _SIGN_OFFS:
        return last
    return None


def _team_word(word: str) -> bool:
    """An everyday word that no list holds as a name ("Events", "Facilities", "Onboarding"):
    under a sign-off it names the team that wrote, not a person."""
    from desktop.core.privacy.lexicon import lexicon

    lex = lexicon()
    if not word[:1].isupper() or lex.is_first_name(word) or lex.is_surname(word) or word.casefold() in lex.frequent_first_names:
        return False  # ("Cheers, Al": a first name however frequent the word)
    return lex.rank(word) < _TEAM_RANK


_TEAM_RANK = 40_000  # among the everyday words of some language


def _signature_name(word: str, previous: str) -> bool:
    """A capitalised listed first name alone under a sign-off ("Groetjes,\nBas"), however
    everyday the word is in some language."""
    from desktop.core.privacy.lexicon import lexicon

    return word[0].isupper() and previous.strip(" \t,!.").lower() in _SIGN_OFFS and lexicon().is_first_name(word)


def _dash_signed(line: str, word: str) -> bool:
    """"/Anders", "-Ben": a listed first name signed with a dash or slash, even when the word is
    an everyday one in some language."""
    from desktop.core.privacy.lexicon import lexicon

    stripped = line.strip()
    return stripped[:1] in _DASHES and stripped.lstrip(_DASHES + " ") == word and word[0].isupper() and lexicon().is_first_name(word)


# A message's last line, after a blank line, that is one first name, maybe double ("Marc-André").
_CLOSING = lazy_re(r"[ \t]*([A-ZÀ-ÖØ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+)?)[ \t]*")


def _closing_name(text: str, lines: list[tuple[int, str]], add: Callable[[Candidate], None]) -> None:
    """A message signed with a first name alone on its last line, without a sign-off word."""
    from desktop.core.privacy.lexicon import lexicon

    filled: list[tuple[int, str]] = []  # the last two lines with something on them, the last first
    for numbered in reversed(lines):  # (from the end: a long text's other lines are not read)
        if numbered[1].strip():
            filled.append(numbered)
            if len(filled) == 2:
                break
    if len(filled) < 2 or len(lines) < 3 or lines[-1][1].strip() != filled[0][1].strip() or lines[-2][1].strip():
        return
    offset, line = filled[0]
    m = _CLOSING.fullmatch(line)
    if not m or m.group(1).casefold() in _DEPARTMENTS:
        return
    lex = lexicon()
    parts = m.group(1).split("-")
    # (a double name's parts are each listed, and together no everyday word: "Pierre-Yves")
    if all(lex.is_first_name(part) for part in parts) and (len(parts) > 1 or not _plain_word(parts[0])):
        add(Candidate(offset + m.start(1), offset + m.end(1), "PERSON"))


# "Thanks, Dan" or "Cheers, Al." as the whole line: the comma makes the word an addressee.
_THANKS_COMMA = lazy_re(r"[ \t]*(?:thanks|thank you|many thanks|cheers|ta|thx)[ \t]*,[ \t]*([A-Z][a-z]+)[ \t]*[.!]?[ \t]*", re.I)


def _thanked_alone(line: str, word: str) -> bool:
    """A capitalised first name that is also a frequent word ("Dan" in Dutch), thanked alone on
    its line after a comma."""
    from desktop.core.privacy.lexicon import lexicon

    m = _THANKS_COMMA.fullmatch(line)
    if not m or m.group(1) != word or word.casefold() in _ADDRESS_TERMS:
        return False
    lex = lexicon()
    return lex.is_first_name(word) or word.casefold() in lex.frequent_first_names


# Words a thanks line ends with that address someone without naming them.
_ADDRESS_TERMS = {
    "love", "man", "mate", "guys", "all", "team", "everyone", "folks", "bro", "dear", "buddy", "boss", "sir",
    "madam", "hun", "babe", "pal", "chief", "champ", "again", "so", "much", "heaps", "lots", "loads",
}


# A team signing a message ("Saludos,\nAdministración"): a department, not a person.
_DEPARTMENTS = DEPARTMENTS


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
_LOWER_TITLE_AFTER = lazy_re(r"[ \t]+(?:hanım|hanim|bey|abla|abi|hoca|san|kun|ji)(?![\w])")
# (a case ending or a possessive after an apostrophe may follow: "zeynep'e haber ver", "maja's desk")
_LOWER_CHAT_WORD = lazy_re(r"(?<![\w@.\-/'’])[^\W\d_A-Z]{3,}(?![\w@]|['’](?![a-zçğıöşü]{1,3}(?![\w'’])))")
_LOWER_PARTICLE = lazy_re(r"[ \t]+(?:(?:el|al|van|de|da|di|von|bin|ben|le|la|dos|der)[ \t]+)?([^\W\d_A-Z]{3,})(?![\w@])")


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
            suffixed = text[m.end() : m.end() + 1] in ("'", "’")  # (Turkish writes the apostrophe after names only)
            if (lower_speakers and (opening or surname)) or cued or titled or suffixed:
                add(Candidate(m.start(), end, "PERSON"))


_MAIL_LOCAL = lazy_re(r"([A-Za-zÀ-ÿ]{2,})[._\-]([A-Za-zÀ-ÿ]{2,})")
_MAIL_MARKS = ("@", "＠", "[at]", "(at)")
_TWO_CAPITALS = lazy_re(r"(?<![\w@.])[A-ZÀ-Þ][\w'’\-]+[ \t][A-ZÀ-Þ][\w'’\-]+(?![\w@])")


_TAIL_THANKS = lazy_re(r"[.!?][ \t]+(\w+(?: you)?),?[ \t]+[A-Z][\w'’\-]*[ \t!.]*$")


def _names_of_addresses(text: str, add: Callable[[Candidate], None]) -> None:
    """A person written as their e-mail address spells them: "Bernadette Roy" signing under
    "bernadette.roy [at] example.fr" is that address's person, whatever the lists know of the words."""
    from desktop.core.privacy.fastscan import key_starts  # (each mark's places, found once per text)

    pairs = set()
    for mark in _MAIL_MARKS:
        for at in key_starts(text, mark):
            before = text[max(0, at - 40) : at].rstrip(" \t").rsplit(None, 1)
            m = _MAIL_LOCAL.fullmatch(before[-1]) if before else None
            if m:
                pairs.add((m.group(1).casefold(), m.group(2).casefold()))
    if not pairs:
        return
    lower = text.lower()
    for first, last in pairs:
        wanted = f"{first} {last}"
        at = lower.find(wanted)
        while at >= 0:
            m = _TWO_CAPITALS.match(text, at)
            if m and m.end() == at + len(wanted):
                add(Candidate(m.start(), m.end(), "PERSON"))
            at = lower.find(wanted, at + 1)


def find_people(text: str, kv_lines: list[re.Match[str]], add: Callable[[Candidate], None]) -> set[str]:
    """Add speakers, thanked and signing people; return their names (casefolded) so that their
    other mentions are hidden too."""
    lines = _lines(text)
    known: set[str] = set()
    labels = _speakers(lines, kv_lines)
    _lowercase_chat_names(text, labels, add)
    known |= chat_capitals(text, labels, add)
    greeted(text, add)
    known |= script_names(text, add)
    if "@" in text or "[at]" in text or "(at)" in text or "＠" in text:
        _names_of_addresses(text, add)
    for start, end in labels:
        label = text[start:end].strip()
        if label.casefold() in _HEADER_WORDS or label.casefold() in _FAMILY:
            continue
        if text[end : end + 3].lstrip(" \t").startswith("=") or text[start:end].rstrip().endswith("="):
            continue  # "EXPORT_USER = ...": a setting in code or a config file, not a speaker
        add(Candidate(start, start + len(label), "PERSON"))
        known.add(label.casefold())
    previous = ""
    for offset, line in lines:
        short = line
        if len(line) > 60:  # a long message signed at its end: "... Can you order her badge? Thanks, Dan"
            m = _TAIL_THANKS.search(line, max(0, len(line) - 40)) if line.rstrip(" \t!.")[-1:].isalpha() else None
            short = line[m.start(1) :] if m and m.group(1).lower() in _THANKS else ""
        if short:
            word = _signed_name(short, previous)
            if word and _NAME.fullmatch(word) and word.casefold() not in _ADDRESS_TERMS and word.casefold() not in _DEPARTMENTS and (
                word.casefold() in known or not _team_word(word)) and (
                word.casefold() in known or not _plain_word(word) or _signature_name(word, previous) or _thanked_alone(short, word)
                or _dash_signed(short, word)
            ):
                at = offset + line.rindex(word)
                add(Candidate(at, at + len(word), "PERSON"))
                known.add(word.casefold())
        if line.strip():
            previous = line
    _closing_name(text, lines, add)
    if CJK.search(text):
        east_asian(text, lines, add)
        running_names(text, add)  # (names inside Chinese and Japanese sentences)
    if CYRILLIC.search(text):
        cyrillic_names(text, add)
    _titled(text, add)
    _lower_titled(text, add)
    _capitals(text, add)
    shouted(text, add)
    register_cells(text, add)
    initials(text, add)
    _initialled(text, add)
    return known


# "G. Hahn", "an H. Brandstätter": one initial and a surname. "Plan B. Then" is kept by the
# everyday-word test; "z. B." and "U.S." have no surname after them.
# (the capital first, then the look-behind: the scan skips to capitals)
# (the surname may be in capitals, as attendee lists and forms write it: "D. WASHINGTON")
_INITIAL_SURNAME = lazy_re(
    r"[A-Z](?<![\w.][A-Z])\.[ \t]?[A-ZÀ-ÖØ-Þ](?:[a-zß-ÿ'’]{2,}(?:-[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+)?|[A-ZÀ-ÖØ-Þ'’]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})?)(?!\w|\.\w)"
)


def _initialled(text: str, add: Callable[[Candidate], None]) -> None:
    if ". " not in text and "." not in text:
        return
    from desktop.core.privacy.lexicon import lexicon

    lex = lexicon()
    for m in _INITIAL_SURNAME.finditer(text):
        word = m.group(0)[2:].strip()
        word = word.title() if word.isupper() else word
        before = text[max(0, m.start() - 12) : m.start()]
        # Placed as a person is: alone on a line, after "an"/"to"/a comma, or a listed surname.
        line_start = _INITIAL_BEFORE.search(before) is not None
        if line_start and not _line_end(text, m.end()):
            continue  # "A. Entrega del pedido": an outline's item, not a signature
        if before.endswith(". ") and before[-3:-2].isalpha():
            continue  # "z. B. Hallo": an abbreviation's letters
        signed = line_start and text[: m.start()].rstrip().rsplit("\n", 1)[-1].strip(" \t,!.").lower() in _SIGN_OFFS
        if not _plain_word(word) and (lex.is_surname(word) or signed or _INITIAL_CUE.search(before)):
            add(Candidate(m.start(), m.end(), "PERSON"))


_INITIAL_BEFORE = lazy_re(r"(?:^|\n)[ \t]*$")
_INITIAL_CUE = lazy_re(r"(?:\b(?:an|to|from|von|bei|per|cc|mit|with|and|und|et|e|y|de|à)|,)[ \t]+$", re.IGNORECASE)


def _line_end(text: str, at: int) -> bool:
    return text.startswith("\n", at) or at == len(text) or not text[at:].split("\n", 1)[0].strip(" \t.,")


# The titles themselves are honorifics.py's one list; these are the rules that read it.
# (Capitalised: "Hr. Gruber", "Engr. Oyelaran", "Panią Nowak"; "M." only with its dot.)
_TITLE_WORDS = alternation(titles("c"), capital=True) + r"|M(?=\.)"
# Titles written in lowercase mid-sentence, looked for only around these words.
# (and the "for the attention of" of a Dutch or an English address line: "t.n.v. J. de Vries", "c/o R. Shah")
_ADDRESSED = ("t.n.v", "c/o")
_LOWER_TITLES = lowercase_cues() + _ADDRESSED
_NAME_AFTER_TITLE = (
    r"\.?(?:[ \t]+(?:(?:Dipl|Dr)\.-[A-Z][a-z]{1,4}|Dr|Prof|Mag|Ing|Dipl|Eng|D|Dª)\.?)*[ \t]+"
    # initials before the surname: "dhr. R.J. van der Meulen"
    r"((?:[A-Z]\.(?:[ \t]?[A-Z]\.){0,2}[ \t]?(?=[ \t]*(?:[a-z']+[ \t]+)*[A-ZÀ-ÖØ-ÞĀ-ž][\w'’\-]))?(?:(?:van|von|de|der|den|ter|te|'t|la|le|du|di|da|del|della|dos|das|El|Al|Van|Von|De|Der|Den|Ter|Da|Di|Du|La|Le)[ \t]+)*"
    r"[A-ZÀ-ÖØ-ÞĀ-ž][\w'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-ž][\w'’\-]+){0,2})"
)
# Literal alternatives first, so that the engine skips to their first letters; the character
# before is checked in code.
_TITLED = lazy_re(rf"(?:{_TITLE_WORDS}){_NAME_AFTER_TITLE}")
_LOWER_TITLED = lazy_re(rf"(?:{alternation(lowercase_titles() + _ADDRESSED)}){_NAME_AFTER_TITLE}")
_CAPS_NAME = lazy_re(r"([A-ZÀ-ÖØ-Þ](?<![\w\-][A-ZÀ-ÖØ-Þ])[A-ZÀ-ÖØ-Þ'’\-]+)((?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+){1,2}|[ \t]+[A-Z][a-zà-ÿ]+)(?!-|[^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])")


# A title and a name both written in lowercase, as chats do ("frau dr. lindner", "mrs o'sullivan").
_LOWER_CHAT_TITLES = titles("k")
_LOWER_CHAT_TITLED = lazy_re(
    rf"(?:{alternation(_LOWER_CHAT_TITLES)})\.?(?:[ \t]+(?:dr|prof|mag)\.)*[ \t]+"
    r"((?:o'|o’|mc)?[a-zß-ÿ][a-zß-ÿ'’\-]{2,})(?![\w@])"
)


def _lower_titled(text: str, add: Callable[[Candidate], None]) -> None:
    from desktop.core.privacy.fastscan import keyword_windows
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.name_judge import RARE_RANK

    lex = lexicon()
    for a, b in keyword_windows(lowered(text), tuple(f" {t}" for t in _LOWER_CHAT_TITLES), 12):
        for m in _LOWER_CHAT_TITLED.finditer(text, a, b + 60):
            word = m.group(1)
            rank = lex.rank(word)
            # "dr appointment", "mr right": an everyday word after the title is no name; a rare
            # word or a listed surname not among the most frequent words is.
            if text[m.start() - 1 : m.start()].isalnum() or not (rank >= RARE_RANK or (lex.is_surname(word) and rank >= 3000)):
                continue
            add(Candidate(m.start(1), m.end(1), "PERSON"))


_INITIALS = lazy_re(r"(?:[A-Z]\.){1,3}")
_PARTICLE_WORDS = frozenset({"van", "von", "de", "der", "den", "ter", "te", "'t", "la", "le", "du", "di", "da", "del", "della",
                             "dos", "das"})


def _titled(text: str, add: Callable[[Candidate], None]) -> None:
    from desktop.core.privacy.fastscan import keyword_windows
    from desktop.core.privacy.names import is_company

    lower = lowered(text)
    # (and after an Italian article's apostrophe: "con l'ing. Bonetti", "dell'avv. Marchetti")
    windows = keyword_windows(lower, tuple(f" {t}" for t in _LOWER_TITLES) + ("'ing.", "'avv.", "'arch."), 12)
    found = [*_TITLED.finditer(text), *(m for a, b in windows for m in _LOWER_TITLED.finditer(text, a, b + 60))]
    for m in found:
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._"):
            continue
        words = m.group(1).split()
        # Particles lead the surname ("Van der Meulen", "de la Fuente"): they count as its start.
        keep = 1
        while keep < len(words) and (words[keep - 1].casefold() in _PARTICLE_WORDS or _INITIALS.fullmatch(words[keep - 1])):
            keep += 1  # (and initials: "R.J. van der Meulen")
        # After the first word, further capitalised words belong to the name only when they are
        # no everyday word ("Frau Berger Bescheid" keeps "Berger").
        while keep < len(words) and not _plain_word(words[keep].rstrip(".,")):
            keep += 1
        words = words[:keep]
        if is_company(words) or (len(words) == 1 and _plain_word(words[0]) and len(words[0]) <= 3):
            continue
        start = m.start(1)
        end = text.index(words[-1], start) + len(words[-1])
        add(Candidate(start, end, "PERSON"))


def _capitals(text: str, add: Callable[[Candidate], None]) -> None:
    """"STEPHANIE CARTER", "ZHANG Wei": a listed first name or surname and no everyday word."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.names import is_company

    lex = lexicon()
    for m in _CAPS_NAME.finditer(text):
        words = [m.group(1)] + m.group(2).split()
        titled = [w.capitalize() for w in words]
        if is_company(titled) or any(_plain_word(w) for w in titled[1:]) or (_plain_word(titled[0]) and not lex.is_surname(titled[0])):
            continue
        listed = sum(lex.is_first_name(w) or lex.is_surname(w) for w in titled)
        if listed >= max(1, len(words) - 1):
            add(Candidate(m.start(), m.end(), "PERSON"))


def lowercase_mentions(text: str, known: set[str], already: list[Candidate]) -> list[Candidate]:
    """Other mentions of speaker names in any case ("ta raj" after "[10:01] raj:", "@meg",
    "cheers mo," after "mo:")."""
    from desktop.core.privacy.coref import words_in

    seen = words_in(text)
    words = sorted((w for w in known if (w in seen or "@" + w in seen) and len(w) >= 2 and not _plain_word(w)),
                   key=len, reverse=True)
    if not words:
        return []
    alternatives = [re.escape(w) for w in words]
    if dispatchable(words):
        # The same pattern written so that the engine skips to the names' first letters.
        start = first_char_dispatch(alternatives, r"\w.", ignore_case=True)
    else:
        start = r"(?<![\w.])(?i:" + "|".join(alternatives) + ")"
    pattern = re.compile(start + r"(?![\w@])")
    taken = {(c.start, c.end) for c in already}
    return [Candidate(m.start(), m.end(), "PERSON") for m in pattern.finditer(text)
            if m.span() not in taken and _mention_here(text, m.start(), m.end())]


def _mention_here(text: str, start: int, end: int) -> bool:
    """A handle only as "@name" at a word's start (not an address's domain); a two-letter name
    ("mo", "al") only where someone is thanked or greeted by it or it stands as a speaker."""
    if start and text[start - 1] == "@":
        return start < 2 or text[start - 2].isspace() or text[start - 2] in "(["
    if end - start > 2:
        return True
    before = text[max(0, start - 12) : start].rstrip(" \t").casefold()
    return before.endswith(_GREETED) or text[end : end + 1] in (":", ",")


_GREETED = ("thanks", "thx", "ty", "ta", "cheers", "hi", "hey", "tack", "danke", "merci", "gracias", "obrigado", "ok", "@")


def capitals_mentions(text: str, already: list[Candidate]) -> list[Candidate]:
    """A name written in capitals inside a message ("TREVOR CALLED") where the same text names
    that person otherwise: a found name or the first part of a mail address ("trevor.banks@")."""
    from desktop.core.privacy.lexicon import AMBIGUOUS_RANK, lexicon

    lex = lexicon()
    # A quick pass for runs of capitals first: most texts have none that is a listed name.
    caps = {w.casefold() for w in _CAPS_RUN.findall(distinct_tokens(text))}  # (runs stay inside tokens)
    caps = {w for w in caps if (lex.is_first_name(w) or lex.is_surname(w)) and lex.rank(w) >= AMBIGUOUS_RANK}
    if not caps:
        return []
    wanted: set[str] = set()
    for c in already:
        if c.type not in ("PERSON", "EMAIL"):
            continue
        value = text[c.start : c.end]
        if c.type == "PERSON" and not value.isupper():
            words = value.casefold().split()
        elif c.type == "EMAIL":
            words = re.split(r"[._\-+]", value.split("@")[0].casefold())
        else:
            continue
        wanted.update(w for w in words if w in caps)
    if not wanted:
        return []
    covered = [(c.start, c.end) for c in already]
    out = []
    for word in wanted:
        spelled = word.upper()
        at = text.find(spelled)  # a plain search: these words are few and rare
        while at >= 0:
            end = at + len(spelled)
            alone = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_@.")) and (
                end == len(text) or not (text[end].isalnum() or text[end] in "_@"))
            if alone and not any(a <= at < b for a, b in covered):
                out.append(Candidate(at, end, "PERSON"))
            at = text.find(spelled, end)
    return out


_CAPS_RUN = lazy_re(r"[A-Z][A-Z'’\-]{2,}")


# "To: Hollis, Andrea", "Nguyen, Thao 9:12 AM": a directory or a chat client writes the
# surname first, with a comma. Only where the line is that one person (a header's whole value,
# a speaker line before its time) and one of the two words is already a name, so that
# "Sales, Europe" or "Paris, France" on a line of their own are left alone.
_SURNAME_FIRST = lazy_re(
    r"^[ \t]*(?:(?:To|From|Cc|Bcc|An|Von|De|À|A|Para|Da|Van|Aan|Från|Till|Od|Do)[ \t]*:[ \t]*)?"
    r"([A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’\-]+)?),[ \t]+([A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t]+[A-Z]\.?)?)"
    # (then the time of a chat line, or the address of a mail header: "Von: Sonne, Katrin <k.sonne@...>")
    r"[ \t]*(?:\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*|<[^<>\s]+@[^<>\s]+>[ \t]*)?$",
    re.MULTILINE,
)


def surname_first(text: str, already: list[Candidate]) -> list[Candidate]:
    """"Surname, First" written as one person where a header or a chat line says so."""
    if ", " not in text:
        return []
    found = {(c.start, c.end) for c in already if c.type == "PERSON"}
    starts = {c.start for c in already if c.type == "PERSON"}
    out = []
    for m in _SURNAME_FIRST.finditer(text):
        if m.group(1).casefold() in _SIGN_OFFS:
            continue  # "Thanks, Dan": a thanks, not a surname
        if (m.start(1), m.end(1)) in found or m.start(2) in starts or m.start(1) in starts:
            out.append(Candidate(m.start(1), m.end(2), "PERSON"))
    return out
