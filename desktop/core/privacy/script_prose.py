"""Names in Greek, Devanagari and Arabic running prose, where no capital letter or title marks
them: "Μίλησα με τον Γιώργο", "Η Κατερίνα θα ενημερώσει τον κ. Παπαδόπουλο", "कल की बैठक में
राजेश और सुनीता शामिल होंगे", "تم الاتفاق مع خالد".

- Greek: a listed first name in any of its cases (Γιώργος, Γιώργο, Γιώργου), and a capitalised
  word with the shape of a Greek surname (-όπουλος, -ίδης, -άκης, -άτος and their cases) after
  "κ." (Mr) or after a first name;
- Hindi: a listed given name (with a listed surname after it); names that are also words
  ("विकास" development, "प्रकाश" light) only before "ने" or "जी", before a surname, or alone on
  a signature line;
- Arabic: a listed given name that is no everyday word, standing as a word of its own (with the
  "و" and "ل" that Arabic writes onto the next word left out of the name).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.script_hebrew_thai import hebrew_thai_names
from desktop.core.privacy.script_letters import letter_script_names
from desktop.core.privacy.word_lists import derived, word_list, word_set

# Greek first names (nominative) are listed in resources/privacy/given_names_greek.txt; the cases
# are made below.
# (and with the stress on the last syllable: "Θοδωρής" -> "Θοδωρή", "Λευτέρης"'s kin "Μανωλάς" -> "Μανωλά")
_GREEK_CASES = {"ος": ("ος", "ο", "ου"), "ης": ("ης", "η"), "ας": ("ας", "α"), "α": ("α", "ας"), "η": ("η", "ης"),
                "ώ": ("ώ", "ώς"), "ω": ("ω", "ως"), "ής": ("ής", "ή"), "άς": ("άς", "ά"), "ός": ("ός", "ό", "ού"),
                "ή": ("ή", "ής"), "ά": ("ά", "άς")}


def _greek_forms(name: str) -> list[str]:
    for ending, forms in _GREEK_CASES.items():
        if name.endswith(ending):
            stem = name[: -len(ending)]
            return [stem + form for form in forms]
    return [name]


@cache
def _greek_first_forms() -> frozenset[str]:
    return frozenset(f for name in word_list("given_names_greek.txt") for f in _greek_forms(name))


derived(_greek_first_forms.cache_clear)


_GREEK_WORD = re.compile(r"(?<![\w])[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]{1,20}(?![\w])")
_GREEK_SURNAME = re.compile(
    r"(?:όπουλ(?:ος|ου|ο)|οπούλου|ίδ(?:ης|η|ου)|ιάδ(?:ης|η)|άκ(?:ης|η)|άτ(?:ος|ου|ο)|έλλ(?:ης|η)|όγλου|ίκας|ίου|ίτ(?:ης|η)|ούλ(?:ης|η)|"
    r"άκου|ίδου|άδη|άκη)$"
)
_GREEK_MR = re.compile(r"(?:κ\.|κα\.|κυρ(?:ία|ίου|ίας|ιε|ιο|ιος))[ \t]*\Z")

# Hindi given names (resources/privacy/given_names_hindi.txt); those that are also everyday words
# of business text ("निधि" fund, "रुचि" interest, "विजय" victory, "विकास" development) are listed
# again in given_names_hindi_everyday.txt; surnames in surnames_hindi.txt.
# (or "to X" before a verb of telling, sending or calling: "विकास को बताएं", "पूजा को भेज दें")
_HINDI_STRONG_AFTER = re.compile(
    r"[ \t]*(?:(?:ने|जी)(?![\u0900-\u097f])|को[ \t]+(?:बता|भेज|कह|बोल|फ़ोन|फोन|कॉल|ईमेल|सूचित|याद))"
)
_DEVANAGARI_WORD = re.compile(r"(?<![\u0900-\u097f])[\u0900-\u097f]+(?![\u0900-\u097f])")

# Arabic given names that are no everyday word are listed in resources/privacy/given_names_arabic.txt
# ("نور" light, "أمل" hope, "سعيد" happy, "شهد" witnessed, "سحر" magic are left out).
# (letters only: the Arabic comma "،" and question mark "؟" end a word as a space does)
_ARABIC_WORD = re.compile(r"(?<!\w)(?:[وفل](?=[\u0621-\u064a]{3}))?([\u0621-\u064a]+)(?!\w)")


# Weekdays that are also given names, after a word that says when.
_GREEK_DAYS = frozenset({"Παρασκευή", "Κυριακή"})
_GREEK_WHEN = re.compile(r"(?:^|[\s(])(?:την|τη|Την|έως|ως|μέχρι|κάθε|από|ή)[ \t]+\Z")


# A surname in capitals, as forms, cards and headers print it ("ΠΑΠΑΔΟΠΟΥΛΟΣ", "ΚΩΝΣΤΑΝΤΙΝΙΔΗΣ",
# "ΜΑΥΡΟΜΑΤΑΚΗΣ"), with an ending only surnames take ("ΚΡΑΤΟΣ", state, ends as "-άτος" names do:
# that one is left).
_GREEK_CAPS = re.compile(r"(?<![\w])[Α-ΩΆΈΉΊΌΎΏΪΫ]{6,24}(?![\w])")
_GREEK_CAPS_SURNAME = re.compile(r"(?:ΟΠΟΥΛ(?:ΟΣ|ΟΥ|Ο)|ΙΔ(?:ΗΣ|ΟΥ)|ΙΑΔ(?:ΗΣ|ΟΥ)|ΑΚ(?:ΗΣ|ΟΥ)|ΟΓΛΟΥ)$")


def _greek_capitals(text: str, add: Callable[[Candidate], None]) -> None:
    for m in _GREEK_CAPS.finditer(text):
        plain = "".join(ch for ch in unicodedata.normalize("NFD", m.group(0)) if not unicodedata.combining(ch))
        if _GREEK_CAPS_SURNAME.search(plain):
            add(Candidate(m.start(), m.end(), "PERSON"))


def greek_names(text: str, add: Callable[[Candidate], None]) -> None:
    _greek_capitals(text, add)
    first_forms = _greek_first_forms()
    words = list(_GREEK_WORD.finditer(text))
    for i, m in enumerate(words):
        word = m.group(0)
        first = word in first_forms
        surname = bool(_GREEK_SURNAME.search(word)) and (
            _GREEK_MR.search(text, max(0, m.start() - 8), m.start()) is not None
            or (i > 0 and words[i - 1].group(0) in first_forms and text[words[i - 1].end() : m.start()].strip() == "")
        )
        if not (first or surname):
            continue
        end = m.end()
        if word in _GREEK_DAYS and _GREEK_WHEN.search(text, max(0, m.start() - 8), m.start()):
            continue  # "την Παρασκευή", "μέχρι Κυριακή": Friday and Sunday, names only elsewhere
        # "Γιώργος Παπαδόπουλος"; or a surname in the genitive after the first name, "Γιώργος Νικολάου"
        nxt = words[i + 1].group(0) if i + 1 < len(words) else ""
        # (or any capitalised Greek word right after it: "Γιάννης Παππάς", "Μαρία Κανελλοπούλου")
        gap = text[end : words[i + 1].start()] if nxt else "-"
        if first and gap.strip() == "" and (
                _GREEK_SURNAME.search(nxt) or nxt.endswith("ου") or (gap.strip(" \t") == "" and nxt not in first_forms)):
            end = words[i + 1].end()
        add(Candidate(m.start(), end, "PERSON"))


def hindi_names(text: str, add: Callable[[Candidate], None]) -> None:
    given, surnames = word_set("given_names_hindi.txt"), word_set("surnames_hindi.txt")
    everyday = word_set("given_names_hindi_everyday.txt")
    words = list(_DEVANAGARI_WORD.finditer(text))
    for i, m in enumerate(words):
        word = m.group(0)
        if word not in given:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        with_surname = nxt is not None and nxt.group(0) in surnames and text[m.end() : nxt.start()].strip() == ""
        line_end = text.find("\n", m.end())
        alone = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip() == "" and \
            text[m.end() : line_end if line_end >= 0 else len(text)].strip(" \t,") == ""
        strong = with_surname or alone or _HINDI_STRONG_AFTER.match(text, m.end()) is not None
        if word in everyday and not strong:
            continue  # "विकास के लिए": development, not Vikas
        add(Candidate(m.start(), nxt.end() if with_surname and nxt is not None else m.end(), "PERSON"))


def arabic_names(text: str, add: Callable[[Candidate], None]) -> None:
    given, everyday = word_set("given_names_arabic.txt"), word_set("given_names_arabic_everyday.txt")
    words = list(_ARABIC_WORD.finditer(text))
    for i, m in enumerate(words):
        word = m.group(1)
        if m.start(1) > m.start(0) and m.group(0) in given:
            add(Candidate(m.start(0), m.end(0), "PERSON"))  # a name that starts with the letter "ل" or "و" (ليلى, وليد)
        elif word in given:
            add(Candidate(m.start(1), m.end(1), "PERSON"))
        elif word in everyday and _beside_a_name(text, words, i):
            add(Candidate(m.start(1), m.end(1), "PERSON"))  # "ستحضر نور ومريم": listed with a person


# Given names that are everyday words ("نور" light, "أمل" hope) are listed in
# given_names_arabic_everyday.txt: a name only beside another given name, joined by "و" (and).


def _beside_a_name(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether ``words[i]`` is joined by "و" to a listed given name right before or after it."""
    names = [w for w in words if w.group(1) != "و"]  # ("و" written apart is a word of its own)
    at = names.index(words[i])
    pairs = []
    if at + 1 < len(names):
        pairs.append((names[at], names[at + 1]))
    if at > 0:
        pairs.append((names[at - 1], names[at]))
    for first, second in pairs:
        other = second if first is names[at] else first
        if other.group(1) in word_set("given_names_arabic.txt") and "".join(text[first.end() : second.start(1)].split()) == "و":
            return True
    return False


_GREEK = re.compile(r"[Α-Ωα-ω]")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def prose_script_names(text: str, add: Callable[[Candidate], None]) -> None:
    """Add the Greek, Hindi and Arabic names found in ``text`` (each only where its letters occur)."""
    if _GREEK.search(text):
        greek_names(text, add)
    if _DEVANAGARI.search(text):
        hindi_names(text, add)
    if _ARABIC.search(text):
        arabic_names(text, add)
    hebrew_thai_names(text, add)
    letter_script_names(text, add)  # (greetings, closings and the grammar around a name, in scripts no list covers)
