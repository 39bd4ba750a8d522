"""Thanks and sign-offs, often in lowercase: "merci thomas", "cheers\\nhamish", "-kb", "/Henrik",
"Thanks, Dan", a first name alone on a message's last line; not a team signing ("Saludos,\\nAdministración").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.header_people import CJK_UNITS
from desktop.core.privacy.name_words import DEPARTMENTS
from desktop.core.privacy.names import plain_word as _plain_word

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
_INITIAL = lazy_re(r"[ \t]*[A-ZÀ-ÖØ-Þ]\.?[ \t]*")
_TAIL_THANKS = lazy_re(r"[.!?][ \t]+(\w+(?: you)?),?[ \t]+[A-Z][\w'’\-]*[ \t!.]*$")


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


def signed_people(lines: list[tuple[int, str]], known: set[str], add: Callable[[Candidate], None]) -> None:
    """Add the people a line thanks or signs as ("ta raj", "-kb", "Groetjes,\\nBas"); a name
    already known as a speaker counts however everyday the word is, a unit ("谢谢\\n市场部") never.
    Adds them to known."""
    previous = ""
    for offset, line in lines:
        short = line
        if len(line) > 60:  # a long message signed at its end: "... Can you order her badge? Thanks, Dan"
            m = _TAIL_THANKS.search(line, max(0, len(line) - 40)) if line.rstrip(" \t!.")[-1:].isalpha() else None
            short = line[m.start(1) :] if m and m.group(1).lower() in _THANKS else ""
        if short:
            word = _signed_name(short, previous)
            if word and _INITIAL.fullmatch(line) and previous.strip(" \t,!.").lower() in _SIGN_OFFS:
                at = offset + line.index(word)  # "VG\nK.": one initial alone under a sign-off signs it
                add(Candidate(at, at + len(line.strip()), "PERSON"))
            elif word and _NAME.fullmatch(word) and not word.endswith(CJK_UNITS) and word.casefold() not in _ADDRESS_TERMS and word.casefold() not in _DEPARTMENTS and (
                word.casefold() in known or not _team_word(word)) and (
                word.casefold() in known or not _plain_word(word) or _signature_name(word, previous) or _thanked_alone(short, word)
                or _dash_signed(short, word)
            ):
                at = offset + line.rindex(word)
                add(Candidate(at, at + len(word), "PERSON"))
                known.add(word.casefold())
        if line.strip():
            previous = line
