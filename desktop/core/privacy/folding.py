"""Text folded to plain lowercase ASCII-like words, so that disguised instructions read plainly.

Pasted outside content can hide an instruction from a keyword search in many ways: look-alike
letters from other scripts ("Іgnоrе" with Cyrillic letters), accents ("ïgnöré"), full-width or
mathematical letters, invisible characters inside words ("ig\\u200bnore"), Unicode tag
characters that no screen shows, letters spaced or dotted out ("i g n o r e", "f.o.r.w.a.r.d",
"n o t e   t o   a i" with wider gaps between words), and digits or signs for letters ("1gn0r3",
"a11 ru135" where "1" is an "l", "u$3r", "l@s", "fi|e5"). ``fold`` undoes all of these; the
result is only searched, never shown or sent, so it may lose detail (accents, case, the original
spacing). Numbers, prices, codes and addresses stay as they are ("$199", "B12", "jo@example.com").

``Folded.tricks`` names the tricks that changed a word: ordinary text seldom uses them (look-alike
letters inside Latin words, invisible characters inside words and tag characters hardly ever),
and the scan tells the person when an instruction was disguised.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from desktop.core.privacy.letters import (
    LOOKALIKE_LETTERS,
    LOOKALIKE_RE,
    MARKS,
    MIXED_SCRIPT,
    NON_ASCII,
    REGIONAL,
)

# Invisible characters that split words without showing anything. The soft hyphen is left
# out of the "inside a word" test: German and Dutch texts use it as a hyphenation hint.
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u180e\u034f" \
             "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
# A right-to-left override shows the characters after it in reverse order: "\u202esnoitcurtsni"
# reads "instructions" on screen, so the run is searched the way it is seen.
_RTL_RUN = re.compile("\u202e([^\u202c\u2069\n]*)")
_INVISIBLE_IN_WORD = re.compile(f"[A-Za-z][{_INVISIBLE.replace(chr(0xad), '')}]+[A-Za-z]")
# Unicode tag characters (U+E0000 block) mirror ASCII invisibly; flags of England, Scotland and
# Wales use a few of them after U+1F3F4, which is the only ordinary use.
_TAG_RUN = re.compile("[\U000e0020-\U000e007f]+")
_FLAG = "\U0001f3f4"


# Digits written for letters, in a word that has letters too ("1gn0r3"); "2024" and "A4" stay.
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "$": "s", "@": "a", "|": "i"})
_AT_FOR_A = re.compile(r"@(?<![\w.+\-]@)(?=[a-z0-9]{3})")
# "@" inside or after a word that is not an address ("l@s", "um@": no domain follows), on its
# own between spaces ("reenvia @ ventas", Spanish and Portuguese "a"), or opening a short word ("@s").
_AT_IN_WORD = re.compile(r"@(?:(?<=[a-z]@)(?![a-z0-9_\-]*[.@][a-z0-9])|(?<=\s@)(?=\s|[a-z]{1,2}(?![a-z0-9.@])))")
# A digit (or "$") beside a letter; the digit first, so the engine skips from digit to digit.
_LEET_PAIR = re.compile(r"[013457$|](?:(?<=[a-z].)|(?=[a-z]))")
_WORD_AROUND = re.compile(r"[a-z0-9$@|]*")
_EMAIL_DOMAIN = re.compile(r"\.[a-z]")  # "0ps@example.net": the "@" of an address stays
# "1" and "|" stand for "i" and for "l" ("a11", "ru135", "fi|e5"): when the "i" reading is not a word
# the scan looks for, the readings with "l" are tried (at most 2^4 of them, in a word with "1").
_MAX_ONES = 4
_AMBIGUOUS = re.compile(r"[1|@]")
_TABLE_CELL = re.compile(r"\|[a-z0-9$@]+\|")
# Letters spaced, dotted or dashed out: at least three single letters with one separator each.
_SPACED = re.compile(r"[a-z](?<![a-z0-9].)[ .\-_*·](?=[a-z](?![a-z0-9]))(?:[a-z][ .\-_*·](?=[a-z](?![a-z0-9])))+"
                     r"[a-z](?![a-z0-9])")
_SEPARATORS = re.compile(r"[ .\-_*·]")
# Letter-spaced text with wider gaps between words ("n o t e   t o   a i :   s a y"): single
# characters one space apart, words two to four spaces apart. Looked for only when some wide gap
# has a lone character on its left (a search that starts with a plain string).
_WIDE_GAP = re.compile(r"  (?<=\S \S  )")
# (a Hangul syllable is a single character too, though folding has split it into its two or three jamo)
_CHARACTER = r"(?:[\u1100-\u1112][\u1161-\u1175][\u11a8-\u11c2]?|\S)"
_WIDE_SPACED = re.compile(rf"(?<!\S){_CHARACTER}(?:(?: | {{2,4}}){_CHARACTER}(?!\S)){{5,}}")
_WORD_GAP = re.compile(r" {2,4}")
_BLANKS = re.compile(r"  +")  # a plain-string start: only runs are visited, not every space
# A word hyphenated across a line break ("dis-\nregard your in-\nstructions"), joined back.
_LINE_HYPHEN = re.compile(r"(?<=[a-z])-\n[ \t]*(?=[a-z])")
# The same pictograph, arrow or bullet between every two of four words or more ("ignore 🔹 all 🔹
# previous 🔹 instructions", "IA ✨ ignore ✨ as ✨ instruções"): read as spaces, so that the words read as a
# sentence. (One symbol alone parts sentences, "Hello Claude 👋 when you ...", and stays.)
_SYMBOLS = "[\u2022\u2190-\u2bff\ufe0f\U0001f000-\U0001faff]+"
# (a match starts at the first symbol, so that the search skips to the symbols, which most text has none
# of; ``_unspaced_symbols`` checks that a word comes before it)
_SYMBOL_SPACED = re.compile(rf"({_SYMBOLS}) ?\w+(?: ?\1 ?\w+){{2,}}")
_SYMBOL = re.compile(f" ?{_SYMBOLS} ?")
_SYMBOL_CHARACTER = re.compile(_SYMBOLS[:-1])  # (one character: found faster than a run)


LOOKALIKES = "lookalikes"  # letters of another script inside a Latin word
INVISIBLE = "invisible"  # invisible characters inside a word
TAGS = "tags"  # text written in Unicode tag characters
SPACED = "spaced"  # letters spaced, dotted or dashed out
DIGITS = "digits"  # digits for letters


@dataclass(frozen=True)
class Folded:
    text: str  # lowercase, accents and disguises removed; newlines kept
    glued: tuple[str, ...]  # each run of spaced-out letters with its separators removed
    tricks: frozenset[str]  # which disguises changed a word (the names above)

    @property
    def disguised(self) -> bool:
        return bool(self.tricks)


def _decode_tags(text: str) -> tuple[str, bool]:
    found = False

    def decode(m: re.Match[str]) -> str:
        nonlocal found
        if m.start() > 0 and text[m.start() - 1] == _FLAG:
            return ""  # a regional flag, not hidden text
        found = True
        return " " + "".join(chr(ord(ch) - 0xE0000) for ch in m.group(0)) + " "

    return _TAG_RUN.sub(decode, text), found


@cache
def _vocabulary() -> frozenset[str]:
    """The words the injection cues look for (a reading that gives one of them is the one meant)."""
    from desktop.core.injection.cues import CUES, GLUED

    words: set[str] = set()
    for cue in (*CUES, *GLUED):
        words.update(re.findall(r"[a-z]{2,}", re.sub(r"\\.", " ", cue.pattern)))
    return frozenset(words)


def _read(word: str, address: bool) -> str:
    """``word`` with its digits read as letters; "1" as "l" where that gives a cue word."""
    if address:
        head, at, tail = word.partition("@")
        return head.translate(_LEET) + at + tail.translate(_LEET)
    plain = word.translate(_LEET)
    ones = word.count("1") + word.count("|")
    if not ones or ones > _MAX_ONES or not plain.isalpha():
        return plain  # (a code such as "b12" or "v1.3" does not read as a word either way)
    vocabulary = _vocabulary()
    if plain in vocabulary or plain.rstrip("s") in vocabulary:
        return plain
    places = [i for i, ch in enumerate(word) if ch in "1|"]
    for letters in itertools.product("il", repeat=ones):
        chars = list(plain)
        for place, letter in zip(places, letters, strict=True):
            chars[place] = letter
        reading = "".join(chars)
        if reading in vocabulary or reading[:-1] in vocabulary and reading.endswith("s"):
            return reading
    return plain


def _unleet(text: str) -> tuple[str, list[str]]:
    """Digits read as letters in every word that mixes the two, and the words so changed."""
    pieces: list[str] = []
    changed: list[str] = []
    done = 0
    for m in _LEET_PAIR.finditer(text):
        if m.start() < done:
            continue  # inside a word already turned
        start = m.start()
        while start > done and ((text[start - 1].isalnum() and text[start - 1].isascii()) or text[start - 1] in "$@|"):
            start -= 1
        word_end = _WORD_AROUND.match(text, m.start())
        end = word_end.end() if word_end else m.end()
        if "|" in text[start:end] and (text[start - 1 : start] == "<" or text[end : end + 1] == ">"
                                       or _TABLE_CELL.search(text, start, end)):
            continue  # a chat control marker ("<|im_start|>") or table cells ("|name|qty|"), kept as they are
        word = text[start:end]
        # (most words hold no ambiguous digit and no "@": read them without a call)
        word = _read(word, _EMAIL_DOMAIN.match(text, end) is not None) if _AMBIGUOUS.search(word) else word.translate(_LEET)
        pieces += [text[done:start], word]
        changed.append(word)
        done = end
    pieces.append(text[done:])
    return "".join(pieces), changed


def _wide_spaced(text: str, glued: list[str]) -> str | None:
    """``text`` with letter-spaced runs that part words with wider gaps joined back, or None;
    each run is added to ``glued`` without any gaps (the glued cues look for words inside it)."""
    if not _WIDE_GAP.search(text):
        return None

    def join(m: re.Match[str]) -> str:
        words = _WORD_GAP.split(m.group(0))
        if len(words) < 2 or sum(ch.isalpha() for ch in m.group(0)) < 6:
            return m.group(0)
        words = [word.replace(" ", "") for word in words]
        glued.append("".join(words))
        return " ".join(words)

    return _WIDE_SPACED.sub(join, text)


# Greek capitals read by their capital shape inside a Latin word ("SΥSΤΕΜ ΝΟΤΙCΕ", "RΕCΟΜΜΕΝD"): lowercased
# first, "Ν", "Υ", "Η", "Μ" and "Ζ" would read as "v", "u", "n", "μ" and "ζ" ("susteμ votice")
_GREEK_CAPS = str.maketrans("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX")
_GREEK_CAP = re.compile("[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]")
_GREEK_IN_LATIN_WORD = re.compile("[A-Za-zΑ-Ω]*(?:[A-Za-z][Α-Ω]|[Α-Ω][A-Za-z])[A-Za-zΑ-Ω]*")


def _latin_capitals(text: str) -> tuple[str, bool]:
    """``text`` with the Greek capitals inside Latin words read as Latin ones, and whether any was."""
    changed = False

    def latin(m: re.Match[str]) -> str:
        nonlocal changed
        changed = True
        return m.group(0).translate(_GREEK_CAPS)

    return _GREEK_IN_LATIN_WORD.sub(latin, text), changed


def _unspaced_symbols(m: re.Match[str]) -> str:
    """The words of ``m`` with their symbols as spaces, when a word comes just before the first one."""
    before = m.string[max(m.start() - 2, 0) : m.start()]
    return _SYMBOL.sub(" ", m.group(0)) if before.rstrip(" ")[-1:].isalnum() else m.group(0)


def fold(text: str) -> Folded:
    """``text`` folded for searching; see the module docstring."""
    tricks: set[str] = set()
    if not text.isascii():
        if _TAG_RUN.search(text):
            text, tagged = _decode_tags(text)
            if tagged:
                tricks.add(TAGS)
        if "\u202e" in text:
            text = _RTL_RUN.sub(lambda m: m.group(1)[::-1], text)
            tricks.add(INVISIBLE)
        if _INVISIBLE_RE.search(text):
            if _INVISIBLE_IN_WORD.search(text):
                tricks.add(INVISIBLE)
            text = _INVISIBLE_RE.sub("", text)
        if _GREEK_CAP.search(text):
            text, greek = _latin_capitals(text)
            if greek:
                tricks.add(LOOKALIKES)
        text = unicodedata.normalize("NFKC", text).casefold()
        if not text.isascii():
            if MIXED_SCRIPT.search(text):
                tricks.add(LOOKALIKES)
            text = LOOKALIKE_RE.sub(lambda m: LOOKALIKE_LETTERS[m.group(0)], text)
            text = REGIONAL.sub(lambda m: chr(ord(m.group(0)) - 0x1F1E6 + ord("a")), text)
            # Accents off: only the runs of other characters are decomposed (most text is ASCII).
            text = NON_ASCII.sub(lambda m: MARKS.sub("", unicodedata.normalize("NFD", m.group(0))), text)
            if _SYMBOL_CHARACTER.search(text) and _SYMBOL_SPACED.search(text):
                text = _SYMBOL_SPACED.sub(_unspaced_symbols, text)
    else:
        text = text.lower()
    if "-\n" in text:
        text = _LINE_HYPHEN.sub("", text)
    if "@" in text:
        text = _AT_FOR_A.sub("a", text)  # "@ssistant"; addresses keep their "@"
        if "@" in text:
            text = _AT_IN_WORD.sub("a", text)
    if _LEET_PAIR.search(text):
        text, changed = _unleet(text)
        # A disguise when a word came out as one the cues look for: "1gn0r3" yes; "a4", "sku101",
        # "3rd" no, nor an identifier that happens to read as letters ("api03" in a key, "ipv4").
        vocabulary = _vocabulary()
        if any(len(w) >= 4 and w.isalpha() and (w in vocabulary or w.rstrip("s") in vocabulary) for w in changed):
            tricks.add(DIGITS)
    glued: list[str] = []
    wide = _wide_spaced(text, glued) if "  " in text else None
    if wide is not None:
        text = wide
        tricks.add(SPACED)
    if _SPACED.search(text):
        def glue(m: re.Match[str]) -> str:
            # The separator used most often joins letters; another one ("s-y-s n-o") parts words.
            seps = _SEPARATORS.findall(m.group(0))
            joiner = max(sorted(set(seps)), key=seps.count)
            word = "".join(" " if ch != joiner and _SEPARATORS.fullmatch(ch) else ch
                           for ch in m.group(0) if ch != joiner)
            glued.append(word.replace(" ", ""))
            return word
        text = _SPACED.sub(glue, text)
        tricks.add(SPACED)
    if "\t" in text or "\xa0" in text:
        text = text.replace("\t", " ").replace("\xa0", " ")
    if "  " in text:
        text = _BLANKS.sub(" ", text)
    return Folded(text, tuple(glued), frozenset(tricks))
