"""Name finds that are an everyday word opening a sentence, or two "X de Y" products or places
joined by "and", not a person.

Many given names are also plain words of the team's languages: "Marge brute en hausse" (a
margin), "Summer hours start June 2", "Frank feedback from the survey", "Pilar central del
proyecto", "Onni potkaisi" (luck). At a sentence's start the capital says nothing, so a lone
such word there, followed by a lowercase word that is no verb a person does, and written
nowhere else in the text, is the word. In Danish, Norwegian and Swedish text the possessives
"Min", "Hans", "Hennes" open sentences the same way ("Min adresse er endret", "Hans nye kontor").
"""

from __future__ import annotations

import re

from desktop.core.privacy.person_verbs import person_acts
from desktop.core.privacy.text_cache import text_memo

# Given names (and a few surnames) that are also everyday words (nouns, adjectives, verbs) in a
# team language, lowercased. Names common as a person's only written name ("Anna", "Maria") are not here.
EVERYDAY_FIRST_NAMES = frozenset({
    # English
    "summer", "grant", "frank", "bill", "faith", "hope", "joy", "grace", "mark", "rose", "dawn", "ivy", "holly",
    "heather", "daisy", "iris", "violet", "ruby", "pearl", "amber", "crystal", "sky", "river", "glen", "dale",
    "cliff", "sandy", "art", "sterling", "chase", "hunter", "honor", "patience", "prudence", "charity", "mercy",
    "destiny", "harmony", "melody", "trust", "penny", "sunny", "major", "earl", "miles", "lance", "chance",
    "noble", "rich", "cash", "will", "august", "reed", "brook", "forest", "storm", "autumn", "page",
    # French (and words for a link: "Lien dans l'agenda", "Lenke i kalenderen")
    "marge", "claire", "constance", "aimé", "aimée", "désiré", "olive", "blanche", "victoire", "fleur", "aurore",
    "céleste", "constant", "modeste", "félicité", "espérance", "reine", "violette", "ange", "prosper", "fidèle",
    "lien", "lenke",
    # Spanish, Portuguese
    "rosa", "luz", "sol", "pilar", "alba", "amparo", "consuelo", "dolores", "paz", "esperanza", "remedios",
    "socorro", "soledad", "rocío", "aurora", "victoria", "vitória", "ideal", "caridad", "milagros", "gracia",
    "graça", "cruz", "nieves", "estrella", "luna", "salud", "reyes", "glória", "gloria", "esperança", "vera",
    "clemente", "justo", "modesto", "angélica", "fé", "fe",
    # Italian
    "franco", "serena", "sereno", "vittoria", "grazia", "benedetta", "benedetto", "gioia", "allegra", "felice",
    "speranza", "onesto", "celeste", "stella", "viola", "bianca", "bruno", "fortunato", "amato", "costante",
    "prudenza", "primo", "fiore", "letizia", "fausto",
    # German, Dutch
    "ernst", "heide", "kai", "roos", "lieve", "jade", "fee", "sonne", "engel",
    # Nordic
    "dag", "liv", "sten", "lykke", "linnea", "ask", "vår", "tove",
    # Finnish
    "onni", "toivo", "tuuli", "aamu", "lempi", "sulo", "armas", "usko", "rauha", "ilta", "voitto", "into", "valo",
    "helmi", "lumi", "suvi", "tyyne", "aino", "sini", "taisto", "urho",
    # Czech, Polish
    "vlasta", "sláva", "květa", "naděje", "milan", "róża", "kalina", "malina", "jagoda", "nadzieja", "bogna",
    # function words of a team language that are also given names (a Catalan article, an Indonesian relative)
    "els", "yang",
    # Czech and Slovak surnames that are everyday adjectives ("Nová hala", "Stará budova")
    "nová", "nový", "nové", "stará", "starý", "malá", "malý", "velká", "velký", "bílá", "bílý", "černá", "černý",
    "krátká", "krátký", "dlouhá", "dlouhý", "veselá", "veselý",
})
# Words after a sentence's first word that say it is someone doing something ("Grace will send").
_PERSON_VERBS = frozenset({
    "said", "says", "will", "would", "can", "could", "should", "is", "was", "has", "had", "wrote", "writes",
    "called", "asked", "sent", "sends", "thinks", "thought", "wants", "needs", "and", "from", "here", "just",
    "ist", "hat", "war", "wird", "kann", "sagt", "schreibt", "meint", "möchte", "und",
    "a", "est", "dit", "va", "veut", "pense", "et", "es", "ha", "dijo", "dice", "está", "quiere", "y",
    "è", "vuole", "scrive", "e", "é", "disse", "diz", "quer", "vai", "heeft", "zegt", "zei", "wil", "en",
    "er", "har", "sa", "sagde", "skriver", "vil", "och", "og", "är", "kommer", "on", "oli", "sanoi", "ja",
    "je", "jest", "napisał", "napisała", "powiedział", "powiedziała", "i", "řekl", "řekla", "psal", "psala",
})
# Danish, Norwegian and Swedish possessives that open sentences.
_NORDIC_POSSESSIVES = frozenset({
    "min", "mitt", "mit", "mina", "mine", "hans", "hennes", "hendes", "hennar", "din", "ditt", "dit", "dina", "dine",
})
# A person's verb after "Hans" ("Hans sa", "Hans har skrevet"): the man, not "his".
_NORDIC_VERBS = frozenset({"sa", "sagde", "sier", "säger", "har", "er", "är", "var", "skal", "ska", "vil", "kommer", "og", "och"})
# ... and "Bo i närheten" (to live), said of a place.
_NORDIC_LEADS = _NORDIC_POSSESSIVES | {"bo"}
_LIVE_IN = frozenset({"i", "på", "nära", "nær", "hos"})
# Function words only these languages write: two of them mark the text as Nordic.
_NORDIC_WORDS = re.compile(
    r"(?<!\w)(?:og|och|ikke|inte|ikkje|jeg|jag|är|på|også|också|fra|från|etter|eller|hvis|hvor|hvad|vad|kun|"
    r"bare|være|vara|skal|ska|blir|bliver|til|till|af|av|fakturaer|för|ingen|vi|vil|kl|mvh|hälsningar|hilsen)(?!\w)"
)
_NEXT = re.compile(r" ([a-zà-öø-ÿāăąćčďēėęěğīıłńňōőœřśşšťūůűųźżž][\w\-]*)")


def opens_with_an_everyday_word(text: str, start: int, end: int) -> bool:
    """Whether the one-word find ``text[start:end]`` is a plain word opening a sentence (see the
    module docstring)."""
    value = text[start:end]
    folded = value.casefold()
    if " " in value or (folded not in EVERYDAY_FIRST_NAMES and folded not in _NORDIC_LEADS):
        return False
    nxt = _NEXT.match(text, end)
    if nxt is None:
        return False
    nordic = folded in _NORDIC_LEADS and nxt.group(1) not in _NORDIC_VERBS
    if nordic and (folded != "bo" or nxt.group(1) in _LIVE_IN) and _nordic(text) and _opening(text, start, colon=True):
        return True  # "Min adresse er endret", "[10:03] Kasper: Hans nye projekt"
    if folded not in EVERYDAY_FIRST_NAMES or not _opening(text, start, colon=False):
        return False
    if nxt.group(1) in _PERSON_VERBS and not (nxt.group(1) == "i" and _nordic(text)):
        return False  # (Polish "Róża i Tomek" are two people; Nordic "Lenke i kalenderen" is a link)
    if person_acts(text, start, end):
        return False  # "Frank raised the point", "- Hope to circulate the rota": a person's deed
    return _written_once(text, value)  # named again: a person


def _written_once(text: str, value: str) -> bool:
    """Whether ``value`` stands once in the text as a whole word (``re.findall`` with word
    bounds finding one): a plain search for the word, its neighbours checked, answered once per
    word while the text is checked (a pattern built per find would run over the whole text)."""
    seen: dict[str, bool] = text_memo(text).setdefault("not_everyday.once", {})
    if value not in seen:
        count, at = 0, text.find(value)
        while at >= 0 and count < 2:
            end = at + len(value)
            if not (at and _word_char(text[at - 1])) and not (end < len(text) and _word_char(text[end])):
                count += 1
                at = text.find(value, end)  # (findall goes on after its match)
            else:
                at = text.find(value, at + 1)
        seen[value] = count == 1
    return seen[value]


def _word_char(ch: str) -> bool:
    """What ``\\w`` matches in a text pattern: a letter or digit of any script, or "_"."""
    return ch.isalnum() or ch == "_"


def _opening(text: str, start: int, colon: bool) -> bool:
    """At a line's start (after a bullet), after a sentence's end, or (``colon``) after a label."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip(" \t")
    if before.strip("-*•>#0123456789.) ") == "":
        return True
    return before[-1] in ".!?" or (colon and before[-1] == ":")


def _nordic(text: str) -> bool:
    memo = text_memo(text)
    if "not_everyday.nordic" not in memo:  # (once per text: it reads the whole text)
        memo["not_everyday.nordic"] = len({m.group(0).casefold() for m in _NORDIC_WORDS.finditer(text)}) >= 2
    return bool(memo["not_everyday.nordic"])


# Two "X de Y" names joined by "and" ("Dulce de Leche y Flor de Sal", "Sol de Medellín y Río de
# Janeiro"): products or places listed together; no one's name pairs two "de" parts so.
_PAIR_OF = re.compile(
    r"[^\W\d_]+ (?:de|da|di|do|du|del|della) [^\W\d_]+ (?:y|e|et|and|und|en|i|och|og) [^\W\d_]+ "
    r"(?:de|da|di|do|du|del|della) [^\W\d_]+"
)


def a_pair_of_things(value: str) -> bool:
    """Whether the find is two "X de Y" names joined by "and" (see ``_PAIR_OF``)."""
    return _PAIR_OF.fullmatch(value) is not None


def an_agenda_item(label: str) -> bool:
    """Whether a label after a time ("10:30 Product roadmap: Koala Pay") is an agenda's item, not
    a chat's speaker: a capitalised word that is no first name, then a lowercase word that is no
    name ("Product roadmap", "Budget review"). Chats write "anna k" or "Anna Berg", not so."""
    from desktop.core.privacy.lexicon import lexicon

    words = label.split()
    if len(words) != 2 or not words[0][:1].isupper() or not words[1].isalpha() or not words[1].islower() or len(words[1]) < 4:
        return False
    lex = lexicon()
    second = words[1].capitalize()
    return not (lex.is_first_name(words[0]) or lex.is_surname(words[0]) or lex.is_first_name(second) or lex.is_surname(second)
                or lex.is_first_name(words[1]) or lex.is_surname(words[1]))
