"""People that folders, branches and merge lines are named after.

A team files a person's papers in a folder of their own ("/Clients/Lefevre_Claire/",
"Contratos/Ortega_Beatriz"), names a branch after whoever works on it ("feature/kenji-login",
"fix/anna-k-timezone") and a code host writes the login a merged branch came from ("Merge pull
request #233 from mnowak/fix-export"). Taken only when the parts are a name's: a given name and a
surname in either order, a first name no everyday word is (or one with its surname's initial), a
login built from a name. "feature/grace-period", "fix/mark-as-read" and "/Reports/Annual_Review/"
are left.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import lowered

# A folder named with two or three capitalised words joined by "_" or "-", between slashes (or
# a slash and the line's end): "/Clients/Lefevre_Claire/", "Contratos/Ortega_Beatriz".
_FOLDER = lazy_re(r"[/\\]([A-ZÀ-Þ][a-zß-ÿ'’]{1,20}(?:[_\-][A-ZÀ-Þ][a-zß-ÿ'’]{1,20}){1,2})(?=[/\\]|[ \t]*(?:$|\n)|[ \t]*[,;)])")
# A branch: a kind of work, a slash, a name and what it is about ("feature/kenji-login").
_BRANCH_KINDS = ("feature", "features", "feat", "fix", "bugfix", "hotfix", "chore", "wip", "topic", "spike", "refactor",
                 "experiment", "user", "users")
_BRANCH = lazy_re(
    rf"(?<![\w\-])(?:{'|'.join(_BRANCH_KINDS)})/"
    r"([a-z]{3,20})(?:[\-_]([a-z]))?(?=[\-_/][a-z0-9])"
)
# A code host's merge line: the login before the merged branch.
_MERGED_FROM = lazy_re(r"(?i:pull request|merge request) !?#?\d+ from ([a-z][a-z0-9\-]{2,30})/")
_RARE_FIRST = 20_000  # a first name rarer than this among everyday words ("kenji", not "mark" or "grace")


def _folder_name(words: list[str]) -> bool:
    """A given name and a surname, in either order, neither an everyday word."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.names import plain_word
    from desktop.core.privacy.places import is_place_name

    lex = lexicon()
    if any(plain_word(w) or lex.is_not_name(w) or is_place_name(w) for w in words):
        return False
    first = lex.is_first_name(words[0]) or lex.is_first_name(words[-1])
    surname = any(lex.is_surname(w) or lex.rank(w) >= 1_000_000 for w in words)
    return first and surname


def _branch_name(name: str, initial: str | None) -> bool:
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.names import plain_word

    lex = lexicon()
    word = name.capitalize()
    if not lex.is_first_name(word) or plain_word(word):
        return False
    return initial is not None or lex.rank(name) >= _RARE_FIRST


def _may_hold_a_request(text: str) -> bool:
    """False only where _MERGED_FROM cannot match: no "request" in any case (the caseless match
    also takes the long s, "ſ", for an "s", which lowercasing leaves as it is)."""
    return "request" in lowered(text) or "ſ" in text


def path_people(text: str, add: Callable[[Candidate], None]) -> None:
    """Add the people that folders, branches and merged branches are named after."""
    if "/" not in text and "\\" not in text:
        return
    for m in _FOLDER.finditer(text):
        words = [w for w in m.group(1).replace("-", "_").split("_") if w]
        if _folder_name(words):
            add(Candidate(m.start(1), m.end(1), "PERSON"))
    # (a branch's kind and its slash, and "request", written out: the patterns are tried over the
    # whole text only when one is there, a substring test costing a tenth of the scan)
    if any(kind + "/" in text for kind in _BRANCH_KINDS):
        for m in _BRANCH.finditer(text):
            if _branch_name(m.group(1), m.group(2)):
                add(Candidate(m.start(1), m.end(2) if m.group(2) else m.end(1), "PERSON"))
    if " from " in text and _may_hold_a_request(text):
        from desktop.core.privacy.handles import _login_of_person
        from desktop.core.privacy.lexicon import lexicon

        for m in _MERGED_FROM.finditer(text):
            if _login_of_person(lexicon(), m.group(1)):
                add(Candidate(m.start(1), m.end(1), "PERSON"))
