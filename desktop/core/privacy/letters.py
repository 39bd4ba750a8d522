"""Letters as the injection scan reads them: compatibility forms, case, letters of other
scripts that look like Latin ones, and accents folded away. The plain letter folding that the
cue words of other scripts are written with (``desktop.core.injection.cues.languages``) and that
``folding.fold`` builds on with its handling of disguises.
"""

from __future__ import annotations

import re
import unicodedata

# Lowercase letters of other scripts that look like Latin ones (after casefold), and Latin
# letters that do not decompose into a base letter and an accent.
LOOKALIKE_LETTERS = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ӏ": "l",
    "ԛ": "q", "ԝ": "w", "ɡ": "g", "ո": "n", "ս": "u", "ց": "g", "օ": "o",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ς": "s",
    # Coptic and others used as look-alikes
    "ⲁ": "a", "ⲃ": "b", "ⲅ": "r", "ⲉ": "e", "ⲓ": "i", "ⲕ": "k", "ⲙ": "m", "ⲛ": "n", "ⲟ": "o", "ⲣ": "p",
    "ⲥ": "c", "ⲧ": "t", "ⲩ": "y", "ⲭ": "x",
    # Latin letters without a decomposition
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th",
    "ŀ": "l", "ĸ": "k", "ɩ": "i", "ʟ": "l",
    # Small capitals (NFKC leaves them; superscript letters fold to some of them)
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j",
    "ᴋ": "k", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v",
    "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
}
# Regional indicator letters: two make a flag, longer runs spell words. Kept out of the table
# above: a character class with letters outside the first plane slows every search with it.
REGIONAL = re.compile("[\U0001f1e6-\U0001f1ff]")
LOOKALIKE_RE = re.compile(f"[{''.join(LOOKALIKE_LETTERS)}]")
# Letters of scripts that have look-alikes: a word mixing them with Latin letters is disguised.
SCRIPT_LOOKALIKES = "".join(k for k, v in LOOKALIKE_LETTERS.items() if len(v) == 1 and k not in "ıłøđħŧðŀĸɩʟ")
# The look-alike first (a class the engine can skip to), then a Latin letter beside it.
MIXED_SCRIPT = re.compile(f"[{SCRIPT_LOOKALIKES}](?:(?<=[a-z].)|(?=[a-z]))")
NON_ASCII = re.compile(r"[^\x00-\x7f]+")
MARKS = re.compile("[\u0300-\u036f]+")


def fold_letters(text: str) -> str:
    """The letters of ``text`` as ``fold`` turns them (compatibility forms, case, look-alikes,
    accents), with none of the disguise handling: cue words of other scripts are written with it
    so that they read as the folded text does ("игнорируй" folds to a mix of Cyrillic and Latin)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = LOOKALIKE_RE.sub(lambda m: LOOKALIKE_LETTERS[m.group(0)], text)
    text = REGIONAL.sub(lambda m: chr(ord(m.group(0)) - 0x1F1E6 + ord("a")), text)
    return NON_ASCII.sub(lambda m: MARKS.sub("", unicodedata.normalize("NFD", m.group(0))), text)
