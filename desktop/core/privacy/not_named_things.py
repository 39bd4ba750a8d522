"""Capitalised words of an ordinary working week that name a thing, read from a few characters
around the find only (never the whole text):

- what a screen shows: a button after "click" or "tap", a quoted button's label ("Save
  Changes"), a step of a menu path ("Settings › Payments", "Relaties > Leveranciers");
- weather: a storm's name after its word ("Storm Bert", "Hurricane Sandy", "Sturmtief Zoltan");
- a place named with "the" before it ("the Hudson Yards Marriott", "The Fat Badger");
- dishes and drinks by the food words they hold ("Kingfish Crudo", "Eggs Benedict", "Camden Hells");
- where goods stand: a bay, gate, dock or shelf before its number ("restock Bay 12");
- rooms and venues named after a person, by the room's or venue's word in more languages and
  cases ("koosolekuruumi Lennart Meri", "Liszt Ferenc terem", "ταβέρνα «Ο Θανάσης»").

The words of each kind (click verbs, buttons, storms, foods and drinks, spots, things' last words,
saints, features, venues) are data files in resources/privacy, read on first use; the few
grammar words tied to a pattern here (prepositions, articles, "called") stay beside it.
"""

from __future__ import annotations

import re

from desktop.core.privacy.lexicon import Lexicon
from desktop.core.privacy.word_lists import word_set

# Verbs of a screen's controls, then the control's label ("Click Save Changes", "haz clic en Guardar").
_UI_VERB_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:click(?:ed|ing)?(?:[ \t]+on)?|tap(?:ped)?(?:[ \t]+on)?|press(?:ed)?|select(?:ed)?|toggle[ds]?|"
    r"enabl(?:e|ed|ing)|disabl(?:e|ed|ing)|klick(?:en)?[ \t]+auf|"
    r"cliqu(?:ez|er)[ \t]+sur|clic[ \t]+(?:sur|en)|dar[ \t]+clic[ \t]+en|clicar[ \t]+em|clique[ \t]+em|"
    r"klik(?:nij)?[ \t]+(?:op|na|w)|clicca[ \t]+su|fare[ \t]+clic[ \t]+su|cliccare[ \t]+su)[ \t]+[\"“„«‘'»]?$"
)
_UI_VERBS = frozenset({"click", "tap", "press", "select", "toggle", "enable", "disable", "klicken", "cliquez"})
_UI_PREPOSITIONS = frozenset({"on", "auf", "sur", "en", "em", "op", "na", "w", "su"})
_QUOTES = "\"“”„«»‘’'「」"
_OPEN_QUOTES = frozenset("\"“„«‘'»「")
_CLOSE_QUOTES = frozenset("\"”“»’'«」")
# The step separators of a menu path; ">" at a line's start quotes a mail instead.
# ("<td>Maria</td>", "user=<kim>" and "Nadia <> Carlos" are no menu: a path spaces its steps.)
_MENU_BEFORE = re.compile(r"[^\s<>=\-][ \t]+[›>][ \t]+$")
_MENU_AFTER = re.compile(r"[ \t]+[›>][ \t]+[^\s<>=]")
_FAMILY = frozenset({"family", "household", "twins", "brothers", "sisters", "families"})
_FAMILY_AFTER = re.compile(r"(?i)['’]?s?['’]?[ \t]+(?:family|household|twins|brothers|sisters|families)(?![\w])")
_STATE_AFTER = re.compile(r"[ \t]+(?:enabled|disabled|turned[ \t]+on|turned[ \t]+off|switched[ \t]+on|toggled)(?![\w])")
_NUMBER_AFTER = re.compile(r"[ \t]+(?:[A-Z]{1,2}-?)?\d")
# Articles joined to "in" or "to" that never stand before a person's name.
_IN_THE = frozenset({"nella", "nello", "negli", "nelle", "au", "aux"})
_CALLED = frozenset({"heter", "hedder", "heißt", "heisst", "called", "named", "heet", "nimeltään", "nazywa"})
_VENUE_ENDINGS = ("rommet", "rummet", "ruumi", "lokale", "zimmer", "raum", "saal")
# Rooms' and venues' words after a name (Hungarian, Turkish and Finnish write them last).
_VENUE_AFTER = re.compile(
    r"(?i)(?:[ \t]+|-)(?:terem|teremben|termet|terembe|étterem|étteremben|vendéglő|salonu(?:nda)?|odası(?:nda)?|"
    r"restoran(?:ı|ında)?|lokantası|huone(?:essa|en)?|sali(?:ssa)?|zaal|salen|saal|zimmer|raum)(?![\w])"
)
# A product's or firm's word after the brand, written as brands write it: "Abacus ERP", "Abacus Research".
_THING_AFTER = re.compile(r"[ \t]+(?:ERP|CRM|POS|HRIS|SaaS|App|Cloud|Research|Labs|Express)(?![\w])")
# English venues' words after a name, written with a capital: "the Lincoln Room", "Brunel Suite".
_VENUE_AFTER_CAPS = re.compile(
    r"(?:['’]s)?[ \t]+(?:Room|Suite|Lounge|Terrace|Rooftop|Grill|Kitchen|Diner|Bistro|Café|Cafe|Bakery|Brewery|Pub|"
    r"Inn|Hotel|Arena|Stadium|Wines|Winery|Vineyards?|Deli|Pizzeria|Bakehouse|Patisserie|Roastery|Creamery|Distillery|"
    r"Chocolatiers?|Butchers|Bar[ \t]+&|Cà[ \t]+Phê|Trà[ \t]+Sữa)(?![\w])"
)
# A brand written with its founder's possessive: "Tony's Chocolonely", "Tyrrell's Wines".
_POSSESSIVE_INSIDE = re.compile(r"[^\W\d_]['’]s[ \t]+([^\W\d_][\w\-]*)")
_POSSESSIVE_AFTER = re.compile(r"['’]s[ \t]+([A-ZÀ-Þ][\w\-]*)")


def names_a_named_thing(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the find names a screen's control, a storm, a dish or drink, a spot in a store
    or a room or venue by the few characters around it (see the module's docstring). The words
    before it are read as the last three of the line's 40 characters before it, never by a search."""
    before = text[max(0, start - 40) : start]
    line_start = before.rfind("\n")
    if line_start >= 0:
        before = before[line_start + 1 :]
    tokens = [t for t in before.split()[-4:] if t.strip(_QUOTES)][-3:]
    last = [t.casefold().strip(_QUOTES) for t in tokens]
    previous = last[-1] if last else ""
    quoted = bool(before) and before[-1] in _OPEN_QUOTES
    value = text[start:end]
    words = value.split()
    folded = [w.casefold().strip(".,:;!?'’\"") for w in words]
    if _ui_verb_before(last, before) or (len(folded) > 1 and folded[0] in _UI_VERBS):
        return True  # (the verb may open the find: "Click Save Changes")
    if quoted and text[end : end + 1] in _CLOSE_QUOTES:
        if previous in word_set("ui_buttons.txt"):
            return True
        if all(lex.rank(w) < 40_000 for w in words) and any(not _listed(lex, w) for w in words):
            return True  # a quoted label of everyday words: "Save Changes" (not "Anna Smith")
    if _menu_step(text, before, end):
        return True
    if previous in word_set("storm_words.txt") or (len(folded) > 1 and folded[0] in word_set("storm_words.txt")):
        return True
    if previous in word_set("feature_words.txt") or (text[end : end + 1] == " " and _STATE_AFTER.match(text, end)):
        return True
    if len(folded) > 1 and (folded[0] in word_set("saint_words.txt") or folded[0] in word_set("venue_words_before.txt") or folded[0].endswith(_VENUE_ENDINGS)):
        return True  # "Sfântul Nicolae", "Pasticceria Marchesi", "Møterommet Fridtjof Nansen"
    if len(folded) > 1 and folded[-1] in word_set("thing_last_words.txt"):
        return True
    if len(words) > 2 and folded[-1] in word_set("building_part_words.txt") and lex.rank(words[-2]) >= 40_000 and (
            not lex.is_first_name(words[-2])):
        return True  # "Harvey Cushing Wing" ("Mary Jane Ward", "Laura Market Hall team" stay a person)
    if len(folded) > 1 and folded[0] in word_set("thing_first_words.txt"):
        return True  # "Papelería Ramón Sanz", "Kanzlei Heinrich Wallner", "Premiul Henri Coandă"
    if len(folded) > 1 and "'" in folded[-1] and folded[-1].split("'")[0] in word_set("thing_last_words.txt"):
        return True  # a Turkish case ending on the last word: "Hacı Abdullah Lokantası'nda"
    if previous[-1:] in (":", "=") and _a_bots_key(previous[:-1]):
        return True  # a config's assistant_name: "Ada", voice = "Aria", fallback_model: "Claude"
    if previous in word_set("named_after_words.txt"):
        return True  # "зал имени Чайковского", "Szpital im. Jana Pawła II", "le prix Émile Bertin"
    if len(folded) == 1 and folded[0] in word_set("unit_names.txt") and _a_unit(text, before, end, previous):
        return True  # "values in Kelvin", "Newton metres" ("Helen Newton" stays a person)
    following = text[end : end + 1]
    if "'s " in value or "’s " in value:
        possessive = _POSSESSIVE_INSIDE.search(value)
    else:
        possessive = _POSSESSIVE_AFTER.match(text, end) if following in ("'", "’") else None
    if possessive and (_a_brands_word(lex, possessive.group(1)) or possessive.group(1).casefold() in word_set("eponym_words.txt")):
        return True  # "Clare's Law" ("Anna's Birthday", "Anna's Ben" stay a person's)
    if previous == "the" and not quoted and not lex.is_first_name(words[0]) and not _a_family(text, end, folded):
        return True  # "the Hudson Yards Marriott", "The Fat Badger" ("the Anna" is no way to write her)
    if len(folded) > 1 and any(w in word_set("food_words.txt") and (i or not lex.is_first_name(words[0])) for i, w in enumerate(folded)):
        return True  # (the lists hold no common surname: "Anna Porter" stays a person)
    if len(folded) == 1 and folded[0] in word_set("goods_spots.txt") and _NUMBER_AFTER.match(text, end):
        return True
    if previous in word_set("venue_words_before.txt") or previous.endswith(_VENUE_ENDINGS) or previous in _IN_THE:
        return True  # ("nella Raffaello", "au Bouillon Pigalle": "in the", never before a person)
    if previous in _CALLED and len(last) > 1 and (last[-2] in word_set("venue_words_before.txt") or last[-2].endswith(_VENUE_ENDINGS)):
        return True  # "konferensrummet heter Astrid Lindgren": a room called after a person
    # a venue's name in quotes after its word, an article inside them: "ταβέρνα «Ο Θανάσης»"
    if len(last) > 1 and tokens[-1][:1] in _OPEN_QUOTES and last[-2] in word_set("venue_words_before.txt"):
        return True
    if following in (",", " ") and _NOT_A_PERSON_AFTER.match(text, end):
        return True  # "Oliver, the routing bot", "Ada (our AI assistant)", "Sunny the Squirrel"
    if following not in (" ", "\t", "-", "'", "’"):
        return False
    if _eponym_after(text, end) or _venue_word_after(text, end):
        return True  # "Bell's palsy", "Newton's method", "Monte Carlo simulation", "Mykolo Romerio salėje"
    return bool(_VENUE_AFTER.match(text, end) or _VENUE_AFTER_CAPS.match(text, end) or _THING_AFTER.match(text, end))


# What the find is, said right after it: a bot, a pet or a mascot ("Oliver, the routing bot",
# "Biscuit, our dog", "Ada (our AI assistant)"), or a mascot's "the" and its animal ("Tony the
# Tiger"); a person's role said the same way ("Anna, our new assistant") is not among these.
_NOT_A_PERSON_AFTER = re.compile(
    r"(?:,[ \t]+|[ \t]+\()(?:the|our|their|its)[ \t]+(?:[\w\-]+[ \t]+){0,2}?"
    r"(?:bot|chatbot|robot|mascot|dog|cat|puppy|kitten|AI[ \t]+assistant|AI[ \t]+agent|virtual[ \t]+assistant)"
    r"(?=[ \t]*(?:[,.;:)!?\n]|$))|[ \t]+the[ \t]+[A-Z][a-z]+(?![\w'’])"
)
_WORD_AFTER = re.compile(r"(['’]s?)?[ \t]+(\w+)")
_UNIT_BEFORE = frozenset({"in", "en", "em", "im", "w", "into", "per"})
_UNIT_AFTER = frozenset({"metre", "metres", "meter", "meters", "second", "seconds", "hour", "hours", "units"})


def _eponym_after(text: str, end: int) -> bool:
    """A disease's, law's or method's word after the find: lowercase, or after a possessive."""
    after = _WORD_AFTER.match(text, end)
    if after is None or after.group(2).casefold() not in word_set("eponym_words.txt"):
        return False
    return bool(after.group(1)) or after.group(2).islower()


# Parts of a config key whose value is a bot's, model's or voice's name ("assistant_name",
# "fallback_model", "voice"); "agent" and a bare "assistant" may be a person's key.
_BOT_KEY_PARTS = frozenset({"bot", "chatbot", "model", "llm", "voice", "persona", "mascot"})
_KEY_PARTS = re.compile(r"[_\-.]")


def _a_bots_key(key: str) -> bool:
    parts = _KEY_PARTS.split(key)
    return any(p in _BOT_KEY_PARTS for p in parts) or ("assistant" in parts and len(parts) > 1)


def _venue_word_after(text: str, end: int) -> bool:
    """A room's, museum's or square's word written after the name (Baltic, Finnish, Nordic)."""
    after = _WORD_AFTER.match(text, end) if text[end : end + 1] != "-" else _WORD_AFTER.match(" " + text[end + 1 : end + 40])
    return after is not None and not after.group(1) and after.group(2).casefold() in word_set("venue_words_after.txt")


def _a_unit(text: str, before: str, end: int, previous: str) -> bool:
    """A unit's name after a number or "in", or before a unit's word ("Newton metres")."""
    if previous in _UNIT_BEFORE or before.rstrip(" \t")[-1:].isdigit():
        return True
    after = _WORD_AFTER.match(text, end)
    return after is not None and not after.group(1) and after.group(2).casefold() in _UNIT_AFTER


def _ui_verb_before(last: list[str], before: str) -> bool:
    """A verb of clicking before the find, with its preposition ("click on", "klicken auf")."""
    if not last:
        return False
    if last[-1] in word_set("ui_click_verbs.txt"):
        return True
    return last[-1] in _UI_PREPOSITIONS and len(last) > 1 and bool(_UI_VERB_BEFORE.search(before[-30:]))


def _menu_step(text: str, before: str, end: int) -> bool:
    """A step of a menu path: "Settings › Payments", "Router Admin  >  Wireless  >  ..."."""
    if before.rstrip(" \t").endswith((">", "›")):
        return bool(_MENU_BEFORE.search(before[-8:]))
    after = text[end : end + 4].lstrip(" \t")
    return after.startswith((">", "›")) and bool(_MENU_AFTER.match(text, end))


_VENUE_SPOT = re.compile(
    r"(?:Level|Floor|Hall|Halle|Hal|Booth|Stand|Gate|Bay|Dock|Door|Aisle|Pier|Platform|Pavilion|Pavillon|"
    r"Pabellón|Padiglione|Pavilhão|Etage|Niveau|Nivel|Livello|Piso|Tor|Muelle)[ \t]+$"
)
_A_NUMBER = re.compile(r"\d+")


def a_spot_in_a_venue(text: str, start: int, end: int) -> bool:
    """An address find whose only number is a floor's, hall's or gate's of a venue ("Level 5",
    "Level 3 of the Javits Center", "Hall 1, allée B"): no one's home, which has a house number."""
    value = text[start:end]
    numbers = _A_NUMBER.findall(value)
    if len(numbers) != 1:
        return False
    at = value.find(numbers[0])
    if at and not _VENUE_SPOT.fullmatch(value, 0, at):
        return False  # ("Kongens gate 7": a Norwegian street, its number after its name)
    return bool(_VENUE_SPOT.search(text, max(0, start - 12), start + at))


def _a_family(text: str, end: int, folded: list[str]) -> bool:
    """"The Okafor Family", "the Nguyens' household": people, however "the" stands before them."""
    return folded[-1] in _FAMILY or bool(_FAMILY_AFTER.match(text, end))


def _a_brands_word(lex: Lexicon, word: str) -> bool:
    """A rare word that is no name, as brands coin them ("Chocolonely")."""
    return word[:1].isupper() and lex.rank(word) >= 40_000 and not _listed(lex, word)


def _listed(lex: Lexicon, word: str) -> bool:
    return lex.is_first_name(word) or lex.is_surname(word)

