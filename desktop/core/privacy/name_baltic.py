"""Lithuanian and Latvian names in another case, and Baltic surnames known by their endings.

Lithuanian and Latvian decline every name, first names as much as surnames: "Laba diena, Jonai"
(Jonas, called), "ar matė Mindaugą" (Mindaugas, seen), "perduoti Jurgitai" (to Jurgita), "su
Eglės patvirtinimu" (Eglė's), "Sveiks, Jāni!" (Jānis), "aizsūtīji Andrim" (to Andris). The word
as written is in no name list; the nominative its ending gives back is, and a listed first name
that is no everyday word, there, is a person. Only in a Lithuanian or Latvian team's text: in
another language such an ending is another word's ("Marai", "Tomai").

Lithuanian married and maiden surnames and Latvian ones end as no other language's words do
("Petrauskienė", "Stankevičius", "Kazlauskaitė", "Bērziņš"), in any case and in any team's text,
so a capitalised word with one of those endings is a surname wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.name_suffixes import _OPENING

# Lithuanian endings of a first name in another case, each with the nominative endings it may
# come from: called ("Jonai", "Dariau", "Gintare", "Karoli"), to ("Tomui", "Karoliui", "Jurgitai",
# "Eglei"), seen ("Mindaugą", "Rūtą", "Eglę"), a woman's "of" ("Eglės", "Rūtos"), with ("Jonu").
# The longest ending is tried first. A man's "of" ("Gedimino", "Vytauto", "Mykolo") is left: it
# names streets, squares and universities after him far more often than it says whose a thing is.
_LITHUANIAN = (
    ("iui", ("ius", "is")), ("iau", ("ius",)), ("ės", ("ė",)), ("os", ("a",)),
    ("ui", ("as", "us")), ("ai", ("as", "a")), ("au", ("us",)), ("ei", ("ė",)), ("ą", ("as", "a")), ("ę", ("ė",)),
    ("ų", ("us", "as")), ("e", ("ė",)), ("i", ("is",)), ("u", ("as", "us")),
)
# Latvian: to ("Andrim", "Kristapam", "Mārai", "Zanei"), seen ("Ilzi", "Edgaru", "Māru"), called
# ("Jāni", "Andri"); "of" is left for the same reason ("Krišjāņa Barona iela", "Elizabetes iela").
_LATVIAN = (
    ("am", ("s",)), ("im", ("is",)), ("ai", ("a",)), ("ei", ("e",)), ("u", ("s", "a")), ("i", ("is", "e")),
)
_ENDINGS = {"LT": _LITHUANIAN, "LV": _LATVIAN}

_UPPER = "A-ZĄČĘĖĮŠŲŪŽĀĒĢĪĶĻŅ"
_LOWER = "a-ząčęėįšųūžāēģīķļņ"
_WORD = re.compile(rf"(?<![\w@.\-/'’])[{_UPPER}][{_LOWER}]{{2,16}}(?![\w@'’\-])")
# (a sentence, a line or a message opening before the word, _OPENING, says nothing, unless the
# word is a person called: "Dariau, ar nusiuntei?", "Andri, vai tu...")
_CALLED_AFTER = re.compile(r"[ \t]*[,!]")

# Surname endings of no other language's words, in their cases: Lithuanian "-auskas", "-evičius",
# "-avičius" (and a wife's "-ienė" and a daughter's "-aitė" and "-iūtė" of them), a wife's "-ienė"
# after any stem ("Vaitkienė"; not "-dienė", day), Latvian "-iņš" and its "to" form ("Bērziņam").
_SURNAME = re.compile(
    rf"(?<![\w@.\-/'’])[{_UPPER}][{_LOWER}]{{1,20}}"
    r"(?:(?:ausk|evič|avič)(?:ius|iaus|iui|ių|iau|iumi|as|o|ui|ą|ai|u|ų|ienė|ienės|ienei|ienę|iene|aitė|aitės|aitei|aitę|aite|iūtė|iūtės|iūtei|iūtę)"
    rf"|(?<![dD])(?<=[{_LOWER}]{{3}})ien(?:ė|ės|ei|ę)|iņš|iņam)"
    r"(?![\w@'’\-])"
)


def _bases(word: str, endings: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    for ending, nominatives in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            return [stem + nominative for nominative in nominatives]
    return []


def baltic_names(text: str, country: str, is_name: Callable[[str], bool], is_thing: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of Baltic surnames by their endings (any team) and of Lithuanian and Latvian first
    names in another case (a Lithuanian or Latvian team): ``is_name`` says a listed first name
    that is no everyday word, ``is_thing`` an everyday word or a place."""
    out = [m.span() for m in _SURNAME.finditer(text) if not is_thing(m.group(0))]
    endings = _ENDINGS.get(country)
    if endings is None:
        return out
    taken = {a for a, _ in out}
    for m in _WORD.finditer(text):
        word = m.group(0)
        if m.start() in taken or is_name(word) or is_thing(word):
            continue
        if _OPENING.search(text, max(0, m.start() - 3), m.start()) and not _CALLED_AFTER.match(text, m.end()):
            continue
        if any(is_name(base) for base in _bases(word, endings)):
            out.append(m.span())
    return out
