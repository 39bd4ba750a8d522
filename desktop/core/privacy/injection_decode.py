"""Text hidden in an encoding, decoded so that the injection scan can read it.

An instruction can be pasted as base64 ("SWdub3JlIGFsbC..."), in ROT13 or written backwards, with
or without a line asking the model to decode it and follow it. ``hidden_texts`` returns what such
text says: base64 runs that decode to readable text (those ending in "=" padding always; any
long run when the text speaks of decoding), and the whole text in ROT13 or reversed when it
mentions ROT13 or reading backwards. Ordinary text costs a search for "=" and for a few words.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re

from desktop.core.privacy.folding import fold

_B64_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
_MIN_RUN = 16  # shorter runs are words, codes and ids
_B64_RUN = re.compile(r"[A-Za-z0-9+/]{24,}={0,2}")
# Unannounced and unpadded, a run is read when it is long (a pasted "reference string"), in a text
# of message size (the search costs a pass over the text)
_B64_LONG = re.compile(r"[A-Za-z0-9+/]{40,}")
# Words that announce an encoding, as the scan's key words (found in its one pass over the folded
# text, where digits beside letters read as letters: "rot13" is "rotie").
_HINTS = frozenset(fold(word).text for word in ("base64", "b64", "decod", "encod", "blob"))
_ROT13 = frozenset(fold(word).text for word in ("rot13", "rot"))
_BACKWARDS = frozenset(("backward", "revers", "mirror", "right to left"))
ANNOUNCES_ENCODING = _HINTS | _ROT13 | _BACKWARDS
_MAX_TEXTS = 12
_MAX_LENGTH = 20_000


def _padded_runs(text: str) -> list[str]:
    """Base64 runs that end in "=" padding: found from each "=" backwards (a few per document)."""
    runs: list[str] = []
    at = text.find("=")
    while at >= 0 and len(runs) < _MAX_TEXTS:
        start = at
        while start > 0 and text[start - 1] in _B64_CHARS and at - start <= _MAX_LENGTH:
            start -= 1
        end = at + 2 if text[at + 1 : at + 2] == "=" else at + 1
        if at - start >= _MIN_RUN:
            runs.append(text[start:end])
        at = text.find("=", end)
    return runs


_HEX = frozenset("0123456789abcdefABCDEF")


def _readable(run: str) -> str | None:
    """What ``run`` says when it is base64 (or, when it has only hex digits, hex) for readable
    text, else None."""
    try:
        if len(run) % 2 == 0 and _HEX.issuperset(run):
            raw = bytes.fromhex(run)
        else:
            raw = base64.b64decode(run + "=" * (-len(run) % 4), validate=True)
        decoded = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    letters = sum(ch.isalpha() or ch.isspace() for ch in decoded)
    return decoded if " " in decoded and letters >= 0.8 * len(decoded) else None


def hidden_texts(text: str, announced: bool) -> list[str]:
    """The readable texts hidden in ``text`` by an encoding (most texts: none). ``announced``:
    the text holds a word of ``ANNOUNCES_ENCODING`` (then long unpadded runs, ROT13 and reversed
    text are tried too)."""
    runs = _padded_runs(text) if "=" in text else []
    if announced:
        runs += [m.group(0) for m in _B64_RUN.finditer(text)]
    elif len(text) <= _MAX_LENGTH:
        runs += [m.group(0) for m in _B64_LONG.finditer(text)]
    found = [decoded for run in dict.fromkeys(runs[:_MAX_TEXTS]) if (decoded := _readable(run))]
    if announced and len(text) <= _MAX_LENGTH:
        found.append(codecs.decode(text, "rot13"))
        found.append(text[::-1])
    return found
