"""Name finds that ordinary small-team text shows to be no person by a word beside them or the
shape of their line: greetings and closings, breeds and varieties, a ticket's level and a thing
named for a holiday.

A dental practice's week, a bakery's rota, a farm shop's newsletter are full of capitalised
words that no dictionary of the team's languages holds, so they look like a foreign name. What
they are is said next to them:

- a greeting word before a group's or a wish's word: "Kedves Kollégák!", "Léif Elteren,",
  "Frohe Festtage", "Merry Christmas" (greeting_words.txt, greeting_objects.txt);
- a letter's closing: a line's first word, then lowercase words and the closing's last word
  ("Mat beschte Gréiss,", "Met vriendelijke groet"; closing_words.txt);
- a kind of livestock, crop or tree right after the find ("Romney ewes", "Angus heifers"), as the
  find's own last word ("Nordmann Fir"), or before a colon or bracket opening a list of
  capitalised items the find is one of ("Äpfel: Boskoop, Elstar, Holsteiner Cox", "turkeys from
  our own flock (Bronze and Norfolk Black)"; kind_words.txt);
- a ticket's or task's level key right before the find and its colon: "Priorità: Alta",
  "Status: Offen" (status_keys.txt);
- a German or Luxembourgish compound naming a trade, an office or a public building opening the
  find: "Ingenieurbüro Weber", "Kfz-Meisterbetrieb Arslan", "Gemeindehaus Oberägeri"
  (compound_trade_endings.txt);
- "as" and the role of a service or a supplier after the find and the rest of its list ("added
  Stripe and Mollie as payment providers", "Sendcloud als Versanddienstleister");
- a holiday as the find's last word after a word that is no first name: "Campanie Crăciun",
  "Calendari de Nadal" (holidays.txt): a campaign or a calendar for the day;
- a name after a release's or a version's word before its number: "Release Luna 2.0", "la version
  Jasmin 4.2" (a product; hours after the number keep a timesheet's person: "Anna 7.5 hours");
- a possessive that is also a given name before an everyday noun: "Meine Tochter", "Mein Profil",
  "Mia Mamma" (possessive_words.txt), or a given name that is one of a language's most frequent
  words before a frequent noun: "Bitte Nachricht an das Team"; a possessive before a family word
  of its own language, though both are in the name lists: "Min Mand", "Mina Barn", and "Hans
  kone" with the family word in lowercase (kin_words.txt);
- a Nordic street named after someone, its genitive name before a lowercase street word and a
  number: "Karl Johans gate 31";
- a colour that is also a given name listed with another colour: "Rosa o azul" (not_colours.py);
- a Vietnamese word's first syllable that is also a given name's, before its second syllable in
  lowercase: "Thanh toán", "Tổng cộng", "Bảo hiểm" (vietnamese_words.txt).
"""

from __future__ import annotations

import re
from functools import cache

from desktop.core.privacy.lexicon import Lexicon
from desktop.core.privacy.name_words import PARTICLES
from desktop.core.privacy.not_colours import names_a_colour
from desktop.core.privacy.word_lists import derived, word_list, word_set

_PUNCT = ".,:;!?'’\"()[]«»"
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]*$")
# Vietnamese venues' words of two syllables right before the name ("nhà hàng Sen Tây Hồ"): "hàng"
# alone is no venue ("khách hàng Nguyễn Văn An" is a customer).
_VENUE_PHRASE_BEFORE = re.compile(r"(?i)(?:nhà[ \t]+hàng|quán[ \t]+ăn|khách[ \t]+sạn|quán[ \t]+cà[ \t]+phê)[ \t]+$")
# A venue's word, then the short preposition its name opens with ("restaurace U Pinkasů", "hospoda Na
# Kopci", "kavárna Pod Lampou"): the name after them is the inn's.
_VENUE_PREPOSITION_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+(?:U|Na|Pod|Za|V|Nad|Ved)[ \t]+$")
# After the find (and the other items of its list), "as" and the role of a service or a supplier:
# "added Stripe and Mollie as payment providers", "Sendcloud als Versanddienstleister", "Qonto
# comme prestataire" ("added Anna as a reviewer" keeps Anna: a person's role is no such word).
_AS_A_SERVICE_AFTER = re.compile(
    r"(?:(?:,|[ \t]+(?:and|und|et|y|e|or|oder|ou|o))[ \t]+[A-Z][\w.-]*)*[ \t]+(?:as|als|comme|como|come)[ \t]+"
    r"(?:(?:a|an|the|our|new|unser\w*|neue[nr]?|notre|nos|nouveaux?|nuestros?|nuevos?|nostr[io]|nuov[io])[ \t]+)?(?:[\w-]+[ \t]+)?"
    r"(?:providers?|suppliers?|vendors?|platforms?|gateways?|integrations?|carriers?|couriers?|\w*anbieter|\w*dienstleister|"
    r"lieferanten?|plattform(?:en)?|fournisseurs?|prestataires?|plateformes?|transporteurs?|proveedor(?:es)?|"
    r"plataformas?|fornitor[ei]|piattaform[ae]|corrier[ei])(?![\w])"
)
# A Nordic street named after someone in the genitive, its lowercase street word and number after
# the name ("Karl Johans gate 31", "Olof Palmes gata 12", "Kristian IV's vej 4"): the street, not a person.
_NORDIC_STREET_AFTER = re.compile(
    r"[ \t]+(?:gate|gata|gade|gaten|gatan|gaden|vei|veien|veg|vegen|vej|vejen|väg|vägen|allé|plass|plads|torg|torv|"
    r"stræde|gränd|bakke|backe)[ \t]+\d"
)
# A release's or a version's word before a name, or opening it, and the version's number after it
# ("Release Luna 2.0", "la version Jasmin 4.2", "wersja Orzeł 3.1"): a product, not a person.
_RELEASE_WORD = (
    r"(?:release|releases|version|versión|versione|versão|versie|wersja|wersji|wersję|verze|verzió|sürüm|sürümü|versjon|versjonen|"
    r"versionen|versio|versiosta|έκδοση|phiên bản|versi|build|edition|edição|edición|edizione|ausgabe)"
)
_RELEASE_BEFORE = re.compile(rf"(?i)(?<![\w]){_RELEASE_WORD}[ \t]+$")
_RELEASE_FIRST = re.compile(rf"(?i){_RELEASE_WORD}$")
_VERSION_AFTER = re.compile(r"[ \t]+v?\d+\.\d+(?:\.\d+)*(?![\d.,]?\d)(?![ \t]*(?:h|hrs?|hours?|std|tim|horas?|ore|uur|godz|saat)\b)")
_KEY_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*:[ \t]*$")
# Items of a list: capitalised words joined by commas, slashes or "and" in the team's languages
# (list_joins.txt).


def _folded(word: str) -> str:
    return word.casefold().strip(_PUNCT)


def names_an_ordinary_thing(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the find at ``start:end`` is a greeting, a closing, a breed or variety, a level or a
    thing named for a holiday (see the module docstring)."""
    words = text[start:end].split()
    if not words:
        return False
    folded = [_folded(w) for w in words]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start]
    after = _WORD_AFTER.match(text, end)
    following = _folded(after.group(1)) if after else ""
    return (
        _a_greeting(folded, before, following)
        or _a_closing(text, end, line_end, before, words)
        or _a_kind(text, start, end, folded, line_start, following, lex)
        or _a_level(before)
        or _named_for_a_holiday(words, folded, lex)
        or _opens_with_a_trade_compound(words, folded, lex)
        or _after_a_venue_word(before)
        or _a_german_noun(words, lex)
        or _a_possessive(words, folded, lex)
        or bool(_AS_A_SERVICE_AFTER.match(text, end))
        or (words[-1].endswith(("s", "s'", "'s")) and bool(_NORDIC_STREET_AFTER.match(text, end)))
        or names_a_colour(text, start, end, lex)
        or (len(folded) == 1 and after is not None and after.group(1).islower()
            and f"{folded[0]} {after.group(1)}" in word_set("vietnamese_words.txt"))
        or (bool(_VERSION_AFTER.match(text, end)) and (bool(_RELEASE_BEFORE.search(before)) or bool(_RELEASE_FIRST.match(words[0]))))
        or _before_lowercase_kin(folded, text, end)
    )


def _a_greeting(folded: list[str], before: str, following: str) -> bool:
    """"Kedves Kollégák", "Merry" before "Christmas", "Kollégák" after "Kedves"."""
    greetings, objects = word_set("greeting_words.txt"), word_set("greeting_objects.txt")
    if folded[0] in greetings:
        rest = folded[1:] or [following]
        return all(w in objects for w in rest)
    previous = _WORD_BEFORE.search(before)
    return previous is not None and _folded(previous.group(1)) in greetings and all(w in objects for w in folded)


def _a_closing(text: str, end: int, line_end: int, before: str, words: list[str]) -> bool:
    """A line's first word before lowercase words and a closing's last word: "Mat beschte Gréiss,"."""
    if before.strip() or len(words) != 1:
        return False
    rest = text[end:line_end].split()
    if len(rest) != 2 or _folded(rest[-1]) not in word_set("closing_words.txt"):
        return False
    # the closing's adjective ("beschte", "vriendelijke", "freundlichen"), not a verb ("Tom sends regards"),
    # and a closing's shape: a comma after it, or the signature's short line right below
    if not (rest[0][:1].islower() and rest[0].endswith(("e", "n", "i", "a", "o"))):
        return False
    below = text[line_end + 1 : text.find("\n", line_end + 1) if "\n" in text[line_end + 1 :] else len(text)].split()
    return rest[-1].endswith(",") or 1 <= len(below) <= 4


def _a_kind(text: str, start: int, end: int, folded: list[str], line_start: int, following: str, lex: Lexicon) -> bool:
    """"Romney ewes", "Nordmann Fir", "Äpfel: Boskoop, Elstar, Holsteiner Cox"."""
    kinds = word_set("kind_words.txt")
    # (a listed first name alone before a crop's or an animal's word is still a person: "give Tom
    # apples", "ask Maria cattle prices")
    if following in kinds and text[end : end + 1] == " " and not (len(folded) == 1 and lex.is_first_name(folded[0])):
        return True
    if len(folded) > 1 and folded[-1] in kinds and not lex.is_first_name(folded[-1]) and not lex.is_first_name(folded[0]):
        return True  # ("Nordmann Fir"; "hat Jonas Kühe gemolken" keeps Jonas)
    if any(lex.is_first_name(w) for w in text[start:end].split()):
        return False  # ("Kuchen: Anna, Ben": who brings the cake)
    # a list opened by a kind's word and a colon, or inside brackets in the kind's sentence
    sentence = max(text.rfind(". ", line_start, start), text.rfind("! ", line_start, start), line_start)
    head = text[sentence:start]
    for opener in (":", "("):
        at = head.rfind(opener)
        if at < 0:
            continue
        if opener == "(" and ")" in head[at:]:
            continue
        if not _only_list_items(head[at + 1 :]):
            continue
        lead = head[:at].split()
        if opener == ":" and lead and _folded(lead[-1]) in kinds:
            return True
        if opener == "(" and any(_folded(w) in kinds for w in lead):
            return True
    return False


def _only_list_items(stretch: str) -> bool:
    """Whether ``stretch`` holds only capitalised items, commas, slashes and the words joining them."""
    if re.search(r"[^\w\s,/'’-]", stretch):
        return False
    return all(w[:1].isupper() or w.casefold() in word_set("list_joins.txt") or re.fullmatch(PARTICLES, w) or w[1:2] in ("'", "’")
               for w in re.findall(r"[\w'’-]+", stretch))


def _a_level(before: str) -> bool:
    """"Priorità: Alta", "Status: Offen": the value of a level's or a state's key."""
    key = _KEY_BEFORE.search(before)
    return key is not None and key.group(1).casefold() in word_set("status_keys.txt")


def _named_for_a_holiday(words: list[str], folded: list[str], lex: Lexicon) -> bool:
    """"Campanie Crăciun", "Calendari de Nadal": a thing for the day, its first word no name."""
    return len(words) > 1 and folded[-1] in word_set("holidays.txt") and not lex.is_first_name(words[0])


def _opens_with_a_trade_compound(words: list[str], folded: list[str], lex: Lexicon) -> bool:
    """"Ingenieurbüro Weber", "Kfz-Meisterbetrieb Arslan": a compound naming a trade or an office
    opens the find (a listed surname such as "Neuhaus" or "Althaus" does not)."""
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    first = folded[0].rsplit("-", 1)[-1]
    if lex.is_surname(words[0]) or lex.is_first_name(words[0]):
        return False
    return any(first.endswith(e) and len(first) >= len(e) + 4 for e in word_set("compound_trade_endings.txt"))


def _after_a_venue_word(before: str) -> bool:
    """"nhà hàng Sen Tây Hồ", "restaurace U Pinkasů": a venue's word (and its name's preposition) before."""
    if _VENUE_PHRASE_BEFORE.search(before):
        return True
    venue = _VENUE_PREPOSITION_BEFORE.search(before)
    return venue is not None and venue.group(1).casefold() in word_set("venue_words_before.txt")


def _a_german_noun(words: list[str], lex: Lexicon) -> bool:
    """"Füllung Komposit", "Sicherheit zuerst": a find opening with a word built with a German
    noun's suffix (-ung, -heit, -keit, -schaft, -ität) that is no listed surname ("Hartung", "Jung")."""
    first = words[0].strip(".,:;!?")
    return (len(first) >= 7 and first[:1].isupper() and first.casefold().endswith(_GERMAN_NOUN_ENDINGS)
            and not lex.is_surname(first) and not lex.is_first_name(first))


_GERMAN_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "ität")


# A given name that is also one of a language's most frequent words ("Bitte", "Hat", "Solo"), and
# how frequent the word after it must be for the two to be words: a rarer one may be a surname no
# list holds (without this limit two names of a measured-only development file were lost)
_EVERYDAY_RANK = 1500
_FREQUENT_NOUN_RANK = 20_000


@cache
def _kin_pairs() -> frozenset[tuple[str, str]]:
    """Each language's possessives paired with its family words (kin_words.txt)."""
    pairs: set[tuple[str, str]] = set()
    for line in word_list("kin_words.txt"):
        owners, _, kin = line.partition("|")
        pairs.update((owner, word) for owner in owners.split() for word in kin.split())
    return frozenset(pairs)


def _before_lowercase_kin(folded: list[str], text: str, end: int) -> bool:
    """"Hans kone ringte", "Hendes søn": a possessive that is also a given name, before its family word in lowercase."""
    after = _WORD_AFTER.match(text, end)
    if len(folded) != 1 or after is None or not after.group(1).islower():
        return False
    pairs = _kin_pairs()
    return (folded[0] + "*", after.group(1)) in pairs or (folded[0], after.group(1)) in pairs


derived(_kin_pairs.cache_clear)


def _a_possessive(words: list[str], folded: list[str], lex: Lexicon) -> bool:
    """"Meine Tochter", "Mein Profil", "Mia Mamma", "Bitte Nachricht": a possessive before an everyday
    word, or a given name that is one of a language's most frequent words before one of the
    frequent ones, that names no one ("Mia Rossi", "Mina Rose" and "Mein Kim" stay people; so do
    "Hans Brotzeit"-like pairs whose second word is rare, as surnames are)."""
    if len(words) != 2:
        return False
    noun = folded[1]
    if (folded[0], noun) in _kin_pairs():
        return True  # "Min Mand", "Mina Barn": a family member, though "Mand" and "Barn" are surnames too
    if lex.is_surname(noun) or lex.is_first_name(noun):
        return False
    if folded[0] in word_set("possessive_words.txt"):
        return lex.rank(noun) < 1_000_000
    return lex.rank(folded[0]) < _EVERYDAY_RANK and lex.is_first_name(folded[0]) and lex.rank(noun) < _FREQUENT_NOUN_RANK
