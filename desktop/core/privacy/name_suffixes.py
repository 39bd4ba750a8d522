"""Turkish names with a case ending after an apostrophe: "Elif'e ulaşın", "Mehmet'in telefonu",
"Ayşe'ye söylerim". Turkish writes a proper noun's suffix after an apostrophe, so the word as a
whole is in no name list; the name is the part before it, when that part is a listed first name
that is no everyday word. (English "O'Brien's" or Dutch "Anna's" end in no Turkish suffix.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The endings a person takes (genitive, accusative, dative, with), with the buffer letters Turkish
# puts between two vowels. The locative and ablative ("Eylül'de", "Levent'te": in September, in
# Levent) say where or when far more often than who, and are left.
_SUFFIXES = "nın|nin|nun|nün|ın|in|un|ün|yı|yi|yu|yü|ı|i|u|ü|ya|ye|a|e|la|le|yla|yle"
# Month names that are also given names ("Eylül'e kadar": until September).
_MONTHS = frozenset({"Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"})
# Found from the apostrophe (the engine skips to it), then the name is read backwards from it.
_ENDING = re.compile(rf"['’](?:{_SUFFIXES})(?![\w'’])")
_NAME_BEFORE = re.compile(r"(?<![\w'’\-])[A-ZÇĞİÖŞÜ][a-zçğıöşüâî]{1,15}\Z")


def suffixed_names(text: str, is_name: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of the names before a Turkish case ending ("Elif" in "Elif'e")."""
    if "'" not in text and "’" not in text:
        return []
    out = []
    for ending in _ENDING.finditer(text):
        m = _NAME_BEFORE.search(text, max(0, ending.start() - 16), ending.start())
        if m and m.group(0) not in _MONTHS and is_name(m.group(0)):
            out.append(m.span())
    return out
