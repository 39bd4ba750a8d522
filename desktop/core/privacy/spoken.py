"""Phone numbers written out in words next to a phone word: "ring him on zero seven seven zero
zero, nine double oh, four one two", "bitte unter null eins sieben sechs ...", "son portable :
zéro six, douze, trente-quatre ...", in English, German, French, Spanish, Italian and Dutch.

A run of number words counts when it spells at least seven digits (French pairs such as
"trente-quatre" are two, "double oh" is two) and a phone word stands shortly before it on the
same line with no digit between: "two or three boxes" and "one for the samples" stay.
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import first_char_dispatch, lazy_re

_DIGITS = (
    "zero|oh|one|two|three|four|five|six|seven|eight|nine"  # English ("o" alone is Spanish "or")
    "|null|eins|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun"
    "|zéro|un|deux|trois|quatre|cinq|sept|huit|neuf"
    "|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"
    "|due|tre|quattro|cinque|sei|sette|otto|nove"
    "|nul|een|één|twee|drie|vijf|zes|zeven|negen"
)
_TEENS = "dix-sept|dix-huit|dix-neuf|dix|onze|douze|treize|quatorze|quinze|seize"
_UNITS = "un|deux|trois|quatre|cinq|six|sept|huit|neuf"
# French numbers read in pairs: "douze", "trente-quatre", "soixante-dix-huit", "quatre-vingt-un".
_PAIR = (
    rf"(?:(?:quatre-vingts?|vingt|trente|quarante|cinquante|soixante)(?:(?:[- ]et[- ]|-)(?:{_TEENS}|{_UNITS}))?"
    rf"|{_TEENS})"
)
_WORD = rf"(?:{_PAIR}|(?:double|triple)[ \t]+(?:{_DIGITS})|{_DIGITS}|[0-9])"
_SEP = r"(?:[ \t]*[,.\-–/][ \t]*|[ \t]+)"


def _first_word() -> str:
    """The run's first word as alternatives that each start with a plain letter, so that the
    engine skips through the text to their first letters (``fastscan.first_char_dispatch``)."""
    tens = ["quatre-vingts?", "vingt", "trente", "quarante", "cinquante", "soixante"]
    pairs = [rf"{t}(?:(?:[- ]et[- ]|-)(?:{_TEENS}|{_UNITS}))?" for t in tens] + _TEENS.split("|")
    digits = sorted(_DIGITS.split("|"), key=len, reverse=True)
    firsts = pairs + [rf"{w}[ \t]+(?:{_DIGITS})" for w in ("double", "triple")] + digits
    return first_char_dispatch([f"plus[ \t]+{_WORD}", *firsts, "[0123456789]"], r"\w\-", ignore_case=True)


_RUN = lazy_re(rf"{_first_word()}(?i:{_SEP}{_WORD}){{3,}}(?![\w\-])")
_TOKEN = lazy_re(rf"(?i){_PAIR}(?![\w])|(?:double|triple)|{_DIGITS}|[0-9]")
_PAIR_RE = lazy_re(rf"(?i){_PAIR}")

# Phone words of the six languages, as substrings (so "telefon" covers "Telefonnummer"); each
# opens a short window the run must start in.
_CUE_KEYS = (
    "phone", "tel", "mobi", "cel", "call", "ring", "reach", "whatsapp", "num", "núm", "fax", "dial", "text",
    "handy", "ruf", "erreich", "portable", "appel", "joindre", "móvil", "movil", "llam", "chiam", "contat",
    "contact", "bel", "gsm",
)
_CUE = lazy_re(
    r"(?i)(?<!\w)(?:phone|telephone|tel|mobile|mob|cell|call|ring|reach|whatsapp|number|fax|dial|text|contact|"
    r"telefon\w*|handy|mobil|nummer|rückruf|anrufen|anruf|ruf(?:[ \t]+(?:mich|uns|ihn|sie))?[ \t]+an|erreichbar|unter|"
    r"t[ée]l[ée]phone|t[ée]l|portable|appele[rz]|rappele[rz]|appelle[rz]?|joindre|num[ée]ro|au|"
    r"tel[ée]fono|m[óo]vil|celular|n[úu]mero|ll[áa]ma(?:me|r)?|contacto|"
    r"telefono|cellulare|chiama(?:re|mi)?|contattare|al|"
    r"telefoon\w*|mobiel|bel(?:len)?|gsm|op)(?![\w])"
    # (on the same line, or on the line before: a question answered in a chat)
    r"[^\n\d]{0,45}(?:\n[^\n\d]{0,45})?$"
)


def _digit_count(run: str) -> int:
    count = 0
    for m in _TOKEN.finditer(run):
        word = m.group(0).casefold()
        if word in ("double", "triple"):
            count += 1 if word == "double" else 2  # the digit after it is counted on its own
        elif _PAIR_RE.fullmatch(word) and word not in _UNITS.split("|"):
            count += 2
        else:
            count += 1
    return count


def spoken_phones(text: str, lower: str) -> list[Candidate]:
    """Phone numbers spelled out in words in ``text`` (``lower`` is ``text.lower()``)."""
    from desktop.core.privacy.text_cache import keyword_windows

    out: list[Candidate] = []
    last_end = 0
    # A run starts at most a line and ninety characters after its phone word (see _CUE); it is
    # looked for there, then read to its end wherever that is.
    for a, b in keyword_windows(lower, _CUE_KEYS, 120):
        for start in _RUN.finditer(text, max(a, last_end), b):
            m = _RUN.match(text, start.start()) or start
            words = sum(1 for t in _TOKEN.finditer(m.group(0)) if not t.group(0).isdigit())
            if words < 3 or not 7 <= _digit_count(m.group(0)) <= 15:
                continue
            if not _CUE.search(text, max(0, m.start() - 100), m.start()):
                continue
            out.append(Candidate(m.start(), m.end(), "PHONE"))
            last_end = m.end()
    return out

