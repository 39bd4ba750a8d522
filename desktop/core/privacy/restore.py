"""Put the originals back into the model's answer, on this machine.

Models echo placeholders faithfully but not always exactly: ``[PERSON_1]`` may come back as
``[person_1]``, ``(PERSON_1)``, ``[[PERSON_1]]``, ``{Person_1}`` or bare ``PERSON_1``. Only
placeholders that are in the vault are replaced, so placeholder-shaped text that was already in
the input (numbered apart at redaction time) passes through untouched.

A streamed answer can split a placeholder across chunks (``"[PERS"`` + ``"ON_1] said"``);
``StreamRestorer`` holds back only a tail that could still become a placeholder.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from desktop.core.privacy.model import KINDS
from desktop.core.privacy.name_titles import has_title_after, strip_honorific, strip_titles
from desktop.core.privacy.name_words import particle_alternation
from desktop.core.privacy.placeholders import make_placeholder

_OPEN = "[({<"
_CLOSE = "])}>"
_PAIR = dict(zip(_OPEN, _CLOSE, strict=True))
# The longest tail that could still be the start of a placeholder: "[[ NATIONAL_ID_9999 ]]".
_MAX_TAIL = 2 + 1 + max(len(k) for k in KINDS) + 1 + 4 + 1 + 2


@cache
def _placeholder_re() -> re.Pattern[str]:
    kinds = "|".join(sorted(KINDS, key=len, reverse=True))
    return re.compile(
        # Either brackets open it (anything may stand before them: "Dear[PERSON_1]") or, bare,
        # it starts a word.
        rf"(?:([\[\(\{{<]{{1,2}}[ \t]?)|(?<![A-Za-z0-9_]))({kinds})_(\d{{1,4}})(?![0-9])([ \t]?[\]\)\}}>]{{1,2}}|)",
        re.IGNORECASE,
    )


# A title right before a person's placeholder: "Dear Ms [PERSON_1]" gets the surname back, as it
# was written at that place, not "Ms David Okafor" (one person keeps one placeholder for every
# form of their name; the vault holds the full one), nor "Ms Mr. Okafor" when the title was
# hidden with the name. An honorific right after it ("[PERSON_1]-san") is not written twice.
_TITLE_BEFORE = re.compile(
    r"(?:^|[^\w])(?:Mr|Mrs|Ms|Mx|Miss|Dr|Dra|Prof|Herr|Herrn|Frau|Mme|Mlle|Madame|Monsieur|M|Dhr|Mevr|Meneer|Mevrouw|"
    r"Sr|Sra|Srta|Señor|Señora|Don|Doña|Dona|Sig|Sig\.ra|Signor|Signora|Dott|Dott\.ssa|Avv|Ing|Mag|Pan|Pani|Sayın|Bay|"
    r"Bayan|Hr|Fru)\.?[ \t]+$",
    re.IGNORECASE,
)
_PARTICLE = re.compile(rf"(?:{particle_alternation('r')})$")  # (use "r" of name_words' particle table)


def surname(full: str) -> str:
    """The surname of a full name: its last word with the particles before it ("van der Berg"),
    without the titles written with it ("Ayşe Hanım", "Frau Dr. Keller")."""
    words = strip_titles(full).split()
    i = len(words) - 1
    while i > 1 and _PARTICLE.match(words[i - 1]):
        i -= 1
    return " ".join(words[i:])


def _value(vault: Mapping[str, str], key: str, kind: str, match: re.Match[str], prefix: str) -> str:
    value = vault[key]
    if kind.upper() != "PERSON":
        return value
    before = match.string[max(0, match.start() - 12) : match.start()]
    if match.start() < 12:
        before = prefix[-12:] + before  # (a streamed answer: the title may end the last chunk)
    if _TITLE_BEFORE.search(before) and (" " in value or strip_titles(value) != value):
        value = surname(value)
    if has_title_after(match.string, match.end()):
        value = strip_honorific(value)
    return value


def _replacement(vault: Mapping[str, str], prefix: str = ""):
    def replace(match: re.Match[str]) -> str:
        opening, kind, number, raw_closing = match.groups()
        opening = opening or ""
        key = make_placeholder(kind, int(number))
        if key not in vault:
            return match.group(0)
        if not opening:
            return _value(vault, key, kind, match, prefix) + raw_closing
        opening, closing = opening.strip(), raw_closing.strip()
        # Eat only as many closing brackets as there were opening ones: "(see [PERSON_1])"
        # keeps its ")". Unpaired opening brackets go with the placeholder.
        eaten = min(len(opening), len(closing))
        return _value(vault, key, kind, match, prefix) + closing[eaten:]

    return replace


def restore(text: str, vault: Mapping[str, str], before: str = "") -> str:
    """``text`` with every placeholder of ``vault`` (in any case or bracket form) put back;
    ``before`` is what came just before ``text`` (a stream's earlier chunks), read for titles."""
    if not vault or not text:
        return text
    return _placeholder_re().sub(_replacement(vault, before), text)


@cache
def _partial_re() -> re.Pattern[str]:
    return re.compile(r"([\[\(\{<]{0,2})[ \t]?([A-Za-z_]*?)(\d{0,4})[ \t]?([\]\)\}>]{0,2})")


def _could_grow_into_placeholder(tail: str) -> bool:
    """True if more text appended to ``tail`` could make it (part of) a placeholder."""
    m = _partial_re().fullmatch(tail)
    if not m:
        return False
    opening, word, digits, closing = m.groups()
    word = word.upper()
    if not word:
        return bool(opening) and not digits and not closing
    if not word.endswith("_") or word[:-1] not in KINDS:
        return any(f"{k}_".startswith(word) for k in KINDS) and not digits and not closing
    # A whole "KIND_N": it can still grow while closing brackets may follow.
    return len(closing) < 2 and (len(closing) < len(opening) or not closing)


class StreamRestorer:
    """Restores a streamed answer chunk by chunk, never showing half a placeholder."""

    def __init__(self, vault: Mapping[str, str]) -> None:
        self._vault = dict(vault)
        self._pending = ""
        self._shown = ""  # the end of what was shown, for a title before the next placeholder

    def feed(self, chunk: str) -> str:
        """Restored text that is safe to show now; a possible partial placeholder is held back."""
        if not self._vault:
            return chunk
        self._pending += chunk
        cut = self._hold_from(self._pending)
        cut = self._hold_for_honorific(self._pending, cut)
        ready, self._pending = self._pending[:cut], self._pending[cut:]
        return self._show(restore(ready, self._vault, self._shown))

    def finish(self) -> str:
        """Whatever is left at the end of the stream, restored."""
        rest, self._pending = self._pending, ""
        return self._show(restore(rest, self._vault, self._shown))

    def _show(self, text: str) -> str:
        self._shown = (self._shown + text)[-16:]
        return text

    def _hold_for_honorific(self, buffer: str, cut: int) -> int:
        """Hold back a person's placeholder at the very end of what is ready when their value
        ends in an honorific: the next chunk may write it again ("[PERSON_1]" + "-san")."""
        tail_from = max(0, cut - _MAX_TAIL - 4)
        found = list(_placeholder_re().finditer(buffer, tail_from, cut))
        last = found[-1] if found else None
        if last is None or cut - last.end() > 2 or last.group(2).upper() != "PERSON":
            return cut
        value = self._vault.get(make_placeholder(last.group(2), int(last.group(3))))
        return last.start() if value and strip_honorific(value) != value else cut

    @staticmethod
    def _hold_from(buffer: str) -> int:
        start = max(0, len(buffer) - _MAX_TAIL)
        for i in range(start, len(buffer)):
            if i > 0 and (buffer[i - 1].isalnum() or buffer[i - 1] == "_") and buffer[i] not in _OPEN:
                continue  # a placeholder starts at a word boundary
            if _could_grow_into_placeholder(buffer[i:]):
                return i
        return len(buffer)
