"""A secret written again, or corrected, elsewhere in the same text.

People repeat and fix passwords: "PW Fischbroetchen!19 ... sorry, das war das alte. Neu:
Fischbroetchen!26", "c'est Croissant2026$ ... c'était Croissant2026€", "la vecchia,
Pec!Ferri2025, non va più", a door code said spaced ("8 4 0 6") and later whole ("8406 was the old
building"). Once one of them is found as a secret, the others give it away: the same value written
again (gaps closed), or a word that differs from it only at its end (the same start, all but its
last few characters, and about the same length), is hidden with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.privacy.candidates import Candidate

_TOKEN = re.compile(r"[^\s\"'`«»“”‘’,;()<>\[\]]+")
_TRAILING = ".,:;!?)"


def _shared_start(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _twin(word: str, secret: str) -> bool:
    """``word`` is ``secret`` written again, or it with its end changed (a new digit, a symbol)."""
    if word == secret:
        return True
    if len(secret) < 6 or abs(len(word) - len(secret)) > 1 or not any(ch.isalpha() for ch in secret):
        return False  # (a short code or a number changed at its end is another number)
    return _shared_start(word, secret) >= max(5, len(secret) - 3)


_GAP = re.compile(r"[\s\"'`«»“”‘’,;()<>\[\]]")  # (what ends a token of _TOKEN)
_LOOKED_UP = 200  # the most secrets' starts looked for one by one; with more every token is read


def _tokens_from(text: str, starts: dict[str, list[tuple[str, Candidate]]]) -> Iterator[re.Match[str]]:
    """The tokens of ``text`` (``_TOKEN``) that start with one of ``starts``, in order: each
    start is looked for as it is, and a token taken where one begins a token. A token could be a
    secret written again only there (most of a long text's words are not read)."""
    if len(starts) > _LOOKED_UP:
        yield from _TOKEN.finditer(text)
        return
    at_starts: set[int] = set()
    for start in starts:
        if not start or _GAP.search(start):
            continue  # (no token holds a space, quote or bracket)
        at = text.find(start)
        while at >= 0:
            if at == 0 or _GAP.match(text, at - 1):
                at_starts.add(at)
            at = text.find(start, at + 1)
    for at in sorted(at_starts):
        yield _TOKEN.match(text, at)  # type: ignore[misc]  # (a token starts there: it matches)


def find_secret_twins(text: str, found: list[Candidate]) -> list[Candidate]:
    """The other places of ``text`` that write a found secret again or a corrected form of it."""
    secrets: dict[str, Candidate] = {}
    for c in found:
        if c.type != "SECRET" or not 4 <= c.end - c.start <= 64:
            continue
        value = text[c.start : c.end]
        compact = value.replace(" ", "")
        if " " in value and not compact.isdigit():
            continue  # (a passphrase of words: its words alone are everyday words)
        if compact.isdigit() and (len(compact) < 4 or (len(compact) == 4 and compact[:2] in ("19", "20"))):
            continue  # (a short code, or one that reads as a year, is any other number too)
        secrets.setdefault(compact, c)
    if not secrets:
        return []
    # Where a twin may be looked up at once: a word the same as a secret, or one sharing its first
    # five characters (the least a corrected form shares), in the order the secrets were found.
    by_start: dict[str, list[tuple[str, Candidate]]] = {}
    for secret, c in secrets.items():
        by_start.setdefault(secret[:5], []).append((secret, c))
    taken = bytearray(len(text))
    for c in found:
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    out = []
    for m in _tokens_from(text, by_start):
        token = m.group(0)
        if token[:5] not in by_start and token not in secrets and token.rstrip(_TRAILING) not in secrets:
            continue  # (no secret could be written here: most words)
        for word in dict.fromkeys((token, token.rstrip(_TRAILING))):
            start, end = m.start(), m.start() + len(word)
            if not word or any(taken[start:end]):
                break
            if len(word) < 5:
                source = secrets.get(word)
            else:
                source = next((c for secret, c in by_start.get(word[:5], ()) if _twin(word, secret)), None)
            if source:
                out.append(Candidate(start, end, "SECRET", "secret", source.label))
                break
    return out
