"""Secrets said rather than typed, beside the other secret rules:

- a code dictated in number words, as a voicemail transcript or a phone note writes it ("the new
  code for the side door is four seven one nine", "Kombination acht drei null fünf", "kod do
  alarmu siedem siedem dwa cztery");
- a password sent in two chat messages ("first half is Harbor-Lights" / "second half _2026!"),
  the second starting with the joining character that shows it is a piece of the first;
- a value behind a row of dots, as a settings screen typed out from a screenshot shows it
  ("Passphrase ...... forklift-pallet-93-amber").

Each rule runs only around its own cue words (``keyword_windows``).
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import _EXTRA_FOLDS, lazy_re
from desktop.core.privacy.secret_words import password_keys, password_words, present_keys
from desktop.core.privacy.text_cache import keyword_windows, lowered

PASSWORD = "A password"
CODE = "A code said in words"

# The digits 0-9 said in words, in the languages whose codes are dictated to the team. Short
# words that are also ordinary words ("en", "to", "un", "een") count only inside a run of four.
_DIGITS = (
    "zero oh one two three four five six seven eight nine "  # English
    "null eins zwei zwo drei vier fünf fuenf sechs sieben acht neun "  # German
    "zéro un une deux trois quatre cinq six sept huit neuf "  # French
    "cero uno dos tres cuatro cinco seis siete ocho nueve "  # Spanish
    "due tre quattro cinque sei sette otto nove "  # Italian
    "um dois três tres quatro cinco seis sete oito nove "  # Portuguese
    "nul een twee drie vier vijf zes zeven negen "  # Dutch
    "jeden dwa trzy cztery pięć sześć siedem osiem dziewięć "  # Polish
    "noll ett två fyra fem sex sju åtta nio en to tre fire seks syv otte ni åtte"  # Swedish, Danish, Norwegian
)
_WORD = "(?:" + "|".join(sorted(set(_DIGITS.split()), key=len, reverse=True)) + ")"
# (the whole run is taken, so that a longer one, a phone number said in words, can be left whole)
_SPOKEN_RUN = rf"(?<![\w])(?P<value>{_WORD}(?:[ \t]*[,\-]?[ \t]+{_WORD}){{3,}})(?![\w])"
_SPOKEN = lazy_re("(?i)" + _SPOKEN_RUN)
_SPOKEN_LOWER = lazy_re(_SPOKEN_RUN)  # (on the lowercased text: the words are written in lowercase)
# The letters a caseless match takes for an ASCII one though their lowercase differs ("ı", "ſ").
_FOLDED = lazy_re("[" + "".join(_EXTRA_FOLDS.values()) + "]")
_WORDS_IN_CODE = 8  # a PIN, a lock's or an alarm's code: four to eight digits
# What a dictated code is for: a word for "code", a PIN, a lock, an alarm, a password.
_CODE_CUES = ("code", "cod", "cód", "kod", "kód", "koodi", "pin", "combin", "kombin", "larm", "safe", "tresor", "coffre",
              "kluis", "sejf", "lock", "slot", "candado", "lucchetto", "cadenas", "passcode", "schlüssel")

# A row of three or more dots (or middle dots, underscores) between a label and its value.
_LEADER = lazy_re(
    r"(?i)(?<![\w])" + password_words("pass ?phrase", "passphrase", "pre-?shared key", "psk", "wpa key", "network key", "pin")
    + r"[ \t]*[.…·_]{3,}[ \t]*(?P<value>[^\s]{4,64})(?=[ \t]*(?:\n|$))"
)
_LEADER_KEYS = ("phrase", "psk", "key", "pin")

# A chat line: the speaker, then the message.
_CHAT_LINE = lazy_re(r"(?m)^(?:\[[\w:. ]{3,16}\][ \t]*)?[^\n:：.?]{1,40}[:：][ \t]*(?P<message>[^\n]*)$")
# The second piece of a password sent in two messages: it starts with the joining character
# ("_2026!", "-Nord-2026", ".Beurre.77"), perhaps after "second half", "und dann", "suivi de". (Not "#" or
# "@", which start a channel or a mention; not "+1" or "-1", a vote.)
_PIECE = lazy_re(
    r"(?i)(?:(?:second half|second part|the rest|rest|then|and then|und dann|dann|danach|suivi de|puis|ensuite|y luego|luego|"
    r"e poi|poi|en dan|daarna|och sen|og så|og saa|a potem|potem|depois|e depois)[:,]?[ \t]+)?"
    r"(?P<value>[_\-.!$%&*+](?=[^\s]*[^\W_])[^\s\"'`]{3,30})(?:[ \t]+[^\n]{0,40})?"
)
# The first piece, the last word of the message before: what is left of it once the words that
# introduce it are taken away ("first half is Harbor-Lights", "alors c'est Croissant").
_FIRST_PIECE = lazy_re(r"(?:^|[ \t])(?P<value>[^\s\"'`?]{4,40})[ \t]*$")
_TWO_PART_ASK = lazy_re(r"(?i)(?:" + password_words("pw", "pwd", "mdp", "wifi", "wi-fi", "wlan", "login") + r")")
# What every word of ``_TWO_PART_ASK`` starts with in lowercase (its key); and the letters a
# case-free match takes for another one though their lowercase differs ("ı" for "i", "ſ" for "s",
# the Kelvin sign, Greek and old Cyrillic variants), where the pattern is tried whole.
_ASK_KEYS = password_keys("pw", "mdp", "wifi", "wi-fi", "wlan", "login")
_FOLDS = "ıſ\u212a\u0345µϐϑϕϖϰϱϵςΐΰιẛṡﬅﬆ\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88"


def _spoken_codes(text: str, lower: str) -> list[Candidate]:
    out: list[Candidate] = []
    low = lowered(text)  # (one character per character)
    for a, b in keyword_windows(lower, present_keys(lower, *_CODE_CUES), 90, 0):
        # The number words in lowercase on the lowercased text: the caseless pattern finds the
        # same, slower, except where a letter stands that it folds though its lowercase differs.
        found = _SPOKEN.finditer(text, a, b + 120) if _FOLDED.search(text, a, b + 120) else _SPOKEN_LOWER.finditer(low, a, b + 120)
        out += [Candidate(m.start("value"), m.end("value"), "SECRET", "secret", CODE) for m in found
                if m.start() < b and len(m.group("value").replace(",", " ").replace("-", " ").split()) <= _WORDS_IN_CODE]
    return out


def _leaders(text: str, lower: str) -> list[Candidate]:
    out: list[Candidate] = []
    for a, b in keyword_windows(lower, present_keys(lower, *_LEADER_KEYS), 80, 0):
        for m in _LEADER.finditer(text, a, b):
            if any(ch.isalnum() for ch in m.group("value")):
                out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    return out


def _asked(text: str, start: int, end: int) -> bool:
    """``_TWO_PART_ASK.search(text[start:end])``, tried from the first of its keys there (each
    word's key is where it begins)."""
    low = lowered(text)  # (one character per character)
    if any(low.find(ch, start, end) >= 0 for ch in _FOLDS):
        return _TWO_PART_ASK.search(text[start:end]) is not None
    first = min((at for key in _ASK_KEYS if (at := low.find(key, start, end)) >= 0), default=-1)
    return first >= 0 and _TWO_PART_ASK.search(text[start:end], first - start) is not None


def _pieces(text: str, lower: str) -> list[Candidate]:
    """A password sent as two chat messages: the piece that starts with a joining character,
    and the last word of the message before it, when a password was asked for just above."""
    out: list[Candidate] = []
    lines = list(_CHAT_LINE.finditer(text))
    for n, line in enumerate(lines):
        piece = _PIECE.fullmatch(text, line.start("message"), line.end("message"))
        if piece is None or n == 0:
            continue
        if not _asked(text, lines[max(0, n - 4)].start(), line.start()):
            continue
        out.append(Candidate(piece.start("value"), piece.end("value"), "SECRET", "secret", PASSWORD))
        before = lines[n - 1]
        message = text[before.start("message") : before.end("message")]
        first = _FIRST_PIECE.search(message)
        if first is not None and len(message.split()) <= 5 and not _TWO_PART_ASK.search(first.group("value")):
            at = before.start("message") + first.start("value")
            out.append(Candidate(at, at + len(first.group("value")), "SECRET", "secret", PASSWORD))
    return out


def find_spoken_secrets(text: str, lower: str) -> list[Candidate]:
    """Codes dictated in words, passwords sent in two pieces, values behind a row of dots."""
    return _spoken_codes(text, lower) + _leaders(text, lower) + _pieces(text, lower)
