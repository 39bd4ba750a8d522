"""Turkish names with a case ending after an apostrophe: "Elif'e ulaşın", "Mehmet'in telefonu",
"Ayşe'ye söylerim". Turkish writes a proper noun's suffix after an apostrophe, so the word as a
whole is in no name list; the name is the part before it, when that part is a listed first name
that is no everyday word. (English "O'Brien's" or Dutch "Anna's" end in no Turkish suffix.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The endings a person takes (genitive, accusative, dative, with, from), with the buffer letters
# Turkish puts between two vowels. The locative ("Eylül'de", "Levent'te": in September, in Levent)
# says where or when far more often than who, and is left; the ablative after a listed first name
# says who a thing came from ("Zeynep'ten onay geldi").
_SUFFIXES = "nın|nin|nun|nün|ın|in|un|ün|yı|yi|yu|yü|ı|i|u|ü|ya|ye|a|e|la|le|yla|yle|dan|den|tan|ten"
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


# A first name in another case, with no apostrophe to mark it: Polish and Czech change the
# ending ("do Tomasza", "Pawłowi", "Magdzie", "Honzovi"), German and Swedish add an "s" for the
# owner ("Jürgens Aufgaben", "Annas kommentarer"). Each ending with the ends that give back the
# listed form; "E" puts back the "e" these languages drop before a last consonant ("Pawła" from
# "Paweł", "Tomka" from "Tomek").
# Czech and Slovak also own with "-ův/-ovu/-ovo" ("Petrovu kolegovi": to Petr's colleague) and
# take a woman's name with "-ou" and a man's with "-om" after "with" ("s Katkou", "s Mariánom",
# Croatian "s Markom"); a woman's name owns with "-in" ("Zuzkin návrh", "Ivanin prijedlog").
_CASE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("owi", ("", "E", "a")), ("ovi", ("", "E", "a")), ("em", ("", "E")), ("dzie", ("da",)), ("ce", ("ka",)),
    ("ův", ("", "E")), ("ovu", ("", "E")), ("ovo", ("", "E")), ("ou", ("a",)), ("om", ("", "o", "E")),
    ("in", ("a",)), ("ina", ("a",)), ("ino", ("a",)), ("inu", ("a",)), ("iny", ("a",)),  # hers: "Zuzkin návrh", "Ivanin"
    ("iem", ("E", "")), ("iu", ("ia",)),  # Polish "z Tomkiem", "z Nowakiem"; called: "Gosiu", "Kasiu"
    ("rze", ("ra",)), ("ie", ("a",)), ("ą", ("a",)), ("ę", ("a",)), ("y", ("a",)), ("i", ("ia", "a")), ("a", ("", "E")),
)
_CASE_WORD = re.compile(r"(?<![\w@.\-/'’])[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿā-ž]{2,16}(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿā-ž]{2,16})?(?<=\w{4})(?![\w@'’\-])")
# A sentence, a line or a message starts before it: a capital there says nothing.
_OPENING = re.compile(r"(?:^|[.!?:;>\]\n\"“(])[ \t]*\Z")
_OWNED = re.compile(r"[ \t]+[^\W\d_]{3,}")  # the thing owned after a genitive in -s
# Where a firm, not an owner, stands before a word in -s: "bei Siemens", "Douwe Egberts", "& Haas".
_FIRM_BEFORE = re.compile(r"(?:\b(?:von|bei|mit|für|from|of|at|by|its|hos|från|med|bij|van|voor)|&|[A-ZÀ-ÖØ-Þ][\w\-]*)[ \t]+\Z")
# The countries whose languages decline first names by their ending (Polish, Czech, Slovak) and
# those that write an owner's "s" with no apostrophe (German, Dutch, the Nordic languages):
# elsewhere such a word is a surname or a firm ("Collins Street", "Barclays").
SLAVIC_CASES = frozenset({"PL", "CZ", "SK", "HR", "SI", "RS", "BA", "ME"})
BARE_GENITIVE = frozenset({"DE", "AT", "CH", "LI", "LU", "NL", "BE", "SE", "NO", "DK", "IS", "FI"})
# Finnish endings a first name takes in a sentence: of, to, from, with ("Ainon mukaan", "Juhalle",
# "Pirjolta", "Mikaelin kanssa").
_FINNISH_CASES = ("in", "n", "lle", "lta", "lla")
_FINNISH_TOWARD = ("lle", "lta", "lla")
# Estonian: to, from, at, with, of someone ("Kristiinale", "Margusel", "Liisaga", "Tõnult").
_ESTONIAN_CASES = ("le", "lt", "l", "ga", "st")
_HU_TOWARD = ("nak", "nek", "val", "vel", "tól", "től", "hoz", "hez", "höz")
# Before these endings Finnish weakens a double k, p or t between the last two vowels ("Jukka",
# "Jukalle"; "Pekka", "Pekalta"; "Matti", "Matille"): the listed form doubles it again.
_WEAK_GRADE = re.compile(r"(?<=[aeiouyäö])([kpt])(?=[aeiouyäö]\Z)")


def _finnish_strong(stem: str) -> str:
    return _WEAK_GRADE.sub(r"\1\1", stem)
_LUI = re.compile(r"(?:^|[ \t(])lui[ \t]+\Z")
_RO_STREET = re.compile(r"(?i:strada|str\.|bulevardul|bd\.|calea|piața|piata|aleea|șoseaua|soseaua|intrarea)[ \t]+lui[ \t]+\Z")
_REGNAL = re.compile(r"[ \t]+[IVX]{1,4}\b")  # a pope's or a king's number: "alei Jana Pawła II", a street
# Prepositions that take a person in Polish, Czech, Slovak and the South Slavic languages: with,
# from, to, at (someone's), about, for.
_WITH_PERSON = re.compile(r"(?:^|[ \t(])(?i:s|sa|se|z|ze|od|k|ke|ku|pri|kod|prema|za|o|u)[ \t]+\Z")
_WITH_ENDINGS = ("om", "em", "ovi", "owi", "u")
_POLITE = frozenset({"Pana", "Pani", "Panu", "Panem", "Panie", "Panią", "Pane", "Paní", "Pan"})  # Mr, Mrs in their cases


def _base_forms(word: str) -> list[str]:
    forms = []
    for ending, ends in _CASE_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[: -len(ending)]
        for end in ends:
            forms.append(stem[:-1] + "e" + stem[-1] if end == "E" else stem + end)
    return forms


def declined_names(text: str, country: str, is_name: Callable[[str], bool], is_thing: Callable[[str], bool],
                   bases: set[str] | None = None) -> list[tuple[int, int]]:
    """Spans of first names in another case inside a sentence ("rozmawiałem z Tomaszem",
    "Jürgens Vertretung"): the word is in no name list, a form with its ending undone is a
    listed first name that is no everyday word, and the word itself is no everyday word or
    place (``is_thing``). The listed forms of the everyday-word names found so go into ``bases``
    (casefolded): their other mentions are the same person ("Villen kanssa ... Ville lähettää")."""
    slavic, genitive = country in SLAVIC_CASES, country in BARE_GENITIVE
    if not slavic and not genitive and country not in ("HU", "RO", "MD", "EE"):
        return []
    out = []
    for m in _CASE_WORD.finditer(text):
        word = m.group(0)
        if word in _POLITE or is_name(word) or is_thing(word):
            continue
        owned = genitive and _OWNED.match(text, m.end()) is not None
        family = country == "HU" and word.endswith("ék") and _surname(word[:-2])  # "Kovácsék": the Kovács family
        called = slavic and word.endswith("iu") and text.startswith(",", m.end())  # "Kasiu, dzięki!"
        # (to, from, with someone opens a Finnish or Hungarian sentence as the person it is about:
        # "Annalle sopii", "Bencével holnap megyünk")
        toward = (country == "FI" and word.endswith(_FINNISH_TOWARD)) or (country == "HU" and word.endswith(_HU_TOWARD)) \
            or (slavic and word.endswith(("ovi", "owi")))  # ("Novákovi jsem předal klíče")
        if _OPENING.search(text, max(0, m.start() - 3), m.start()) and not (owned and word.endswith(("s", "n"))) \
                and not family and not called and not toward:
            continue  # (an owner opens a sentence as often as anyone: "Henriks lista ligger...", "Ainon mukaan")
        forms = _base_forms(word) if slavic else []
        if genitive and word.endswith("s") and owned and not _FIRM_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            forms.append(word[:-1])
        if country == "FI" and word.endswith(_FINNISH_CASES):
            forms += [word[: -len(end)] for end in _FINNISH_CASES if word.endswith(end)]  # "Ainon", "Juhalle", "Mikaelin"
            forms += [_finnish_strong(form) for form in forms if _finnish_strong(form) != form]  # "Jukalta": Jukka
            # ("Laineelta": Laine; not "-aan", into a thing: "Severaan")
            if word.endswith(_FINNISH_TOWARD) and len(word) > 7 and word[-4] == word[-5] in "aeiouyäö":
                forms.append(word[:-4])
        if country == "HU":
            forms += _hungarian_bases(word)
        if country == "EE":
            forms += [word[: -len(end)] for end in _ESTONIAN_CASES if word.endswith(end)]  # "Kristiinale", "Margusega"
        if country in ("RO", "MD") and word.endswith("ei"):
            forms.append(word[:-2] + "a")  # a woman's name owning or receiving: "propunerea Ioanei", "Mariei"
        declined = any(is_name(form) for form in forms) and not _REGNAL.match(text, m.end())
        if not declined and country == "HU" and word.endswith(_HU_TOWARD):
            # (a surname takes them as a first name does: "Tóthnak küldtem", "Szabóval beszéltem")
            declined = any(_surname(form) and not is_thing(form) for form in _hungarian_bases(word))
        if not declined and country == "FI" and _WITH_AFTER.match(text, m.end()):
            listed = [form for form in forms if _first_name(form)]  # "Villen kanssa": with Ville, however everyday the word
            declined = bool(listed)
            if bases is not None:
                bases.update(form.casefold() for form in listed)
        # (a man's "to" in "-ovi"/"-owi" needs no preposition: "Horváthovi som poslala list",
        # "Nowakowi przekaż"; no place or thing takes it, and the capital is no sentence's)
        to_him = word.endswith(("ovi", "owi"))
        if not declined and slavic and word.endswith(_WITH_ENDINGS) and (to_him or _WITH_PERSON.search(text, max(0, m.start() - 8), m.start())):
            # A surname after "with" or "to" in their cases ("s Horvatom", "z Nowakiem", "k Dvořákovi",
            # "pri Kovačiću"): its listed form, when no everyday word nor place. (Not "of": "z Brna"
            # is from Brno, a town, as often as anyone's.)
            listed = [form for form in forms + ([word[:-1]] if word.endswith("u") else []) if _surname(form) and not is_thing(form)]
            declined = bool(listed)
            if bases is not None:
                bases.update(form.casefold() for form in listed)  # ("s Horvatom ... Horvat preuzima")
        if not declined and country in ("RO", "MD") and _LUI.search(text, max(0, m.start() - 5), m.start()) \
                and not _RO_STREET.search(text, max(0, m.start() - 20), m.start()):
            declined = _surname(word) and not is_thing(word)  # Romanian "to, of" before a man's name: "lui Popescu"
        if declined or family or (country == "PL" and _polish_surname_case(text, m.start(), word)):
            out.append(m.span())
    return out


# A Polish surname shaped like an adjective in another case ("od Kowalskiego", "Nowickiej"), and
# the words that make it a street, a square or a school named after that person ("ul. Kościuszki").
_ADJECTIVE_CASES = (("skiego", "ski"), ("ckiego", "cki"), ("dzkiego", "dzki"), ("skiemu", "ski"), ("ckiemu", "cki"),
                    ("skim", "ski"), ("ckim", "cki"), ("skiej", "ska"), ("ckiej", "cka"), ("ską", "ska"), ("cką", "cka"))
_NAMED_AFTER = re.compile(r"(?i:\b(?:ul|ulica|ulicy|al|aleja|alei|pl|plac|placu|os|osiedle|osiedlu|rondo|ronda|most|"
                          r"im|imienia|szkoła|szkoły|szpital|szpitala|park|parku|dworzec|lotnisko|lotniska)\.?)[ \t]+\Z")


def _polish_surname_case(text: str, start: int, word: str) -> bool:
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.name_judge import judge_for

    base = next((word[: -len(end)] + to for end, to in _ADJECTIVE_CASES if word.endswith(end)), None)
    if base is None or _NAMED_AFTER.search(text, max(0, start - 12), start):
        return False
    judge = judge_for(lexicon())
    # (the lists hold the man's form: "Nowicka" is found as "Nowicki")
    return judge.surname(base) or (base.endswith("a") and judge.surname(base[:-1] + "i"))


# Hungarian endings a name takes (to, from, at, about, for, to whom), and "with", whose "v" takes
# the last consonant's sound ("Jánossal", "Péterrel"); a last "a" or "e" lengthens before them all
# ("Annának", "Bencével").
_HU_ENDINGS = ("nak", "nek", "tól", "től", "hoz", "hez", "höz", "ról", "ről", "nál", "nél", "ért", "val", "vel")
# Finnish words after a genitive that take a person: with, according to, at ("Villen kanssa").
_WITH_AFTER = re.compile(r"[ \t]+(?:kanssa|mukaan|luona|luokse|kanssaan)(?![\w])")


def _hungarian_bases(word: str) -> list[str]:
    bases = [word[: -len(end)] for end in _HU_ENDINGS if word.endswith(end)]
    if word.endswith(("al", "el")) and len(word) > 5 and word[-3] == word[-4]:
        bases.append(word[:-3])  # "Jánossal", "Péterrel"
    return [b[:-1] + {"á": "a", "é": "e"}[b[-1]] if b.endswith(("á", "é")) else b for b in bases if len(b) >= 3]


def _first_name(word: str) -> bool:
    from desktop.core.privacy.lexicon import lexicon

    return lexicon().is_first_name(word)


def _surname(word: str) -> bool:
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.name_judge import judge_for

    return len(word) >= 3 and judge_for(lexicon()).surname(word)
