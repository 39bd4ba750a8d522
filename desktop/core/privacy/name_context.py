"""The places in a text that say "a person": a cue word before a run (a greeting, a header,
a verb of saying), a speaker label at a line's start, the line after a sign-off, a vocative.
"""

from __future__ import annotations

import re

from desktop.core.privacy.fastscan import lazy_skippable
from desktop.core.privacy.name_words import CUES, MINUTE_MARKS, PARTICLES

_CUE_WORDS = re.compile(r"[\w'’]+")
_SIGN_OFF = lazy_skippable(
    r"(?i)(?:regards|best|cheers|thanks|thank you|sincerely|yours(?: truly| faithfully| sincerely)?|best wishes|"
    r"warm wishes|all the best|take care|talk soon|gr(?:ü|ue)(?:ß|ss)e|gru(?:ß|ss)|mfg|lg|vg|cordialement|"
    r"bien (?:à|a) vous|amicalement|bien cordialement|salutations|saludos|atentamente|un saludo|abrazos|"
    r"cordiali saluti|distinti saluti|saluti|un caro saluto|groeten|groet|met vriendelijke groet(?:en)?|"
    r"hartelijke groet(?:en)?|ngā mihi(?: nui| mahana)?|nāku noa|diolch|cofion|go raibh maith agat|le meas|"
    r"kveðja|bestu kveðjur|ondo izan|agur|salamat|asante|respectfully)[ \t]*[,.!]?[ \t]*\n[ \t]*$"
)


# Cues that also stand before places ("to Jordan", "from Florence"): for a first name that is
# also a place they say nothing, unless they label a header ("To: Jordan").
_PLACE_CUES = frozenset({"to", "from", "by", "an", "von", "van", "aan", "per", "de la part de"})


def _has_context(text: str, start: int, place: bool = False) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    stripped = before.rstrip(" \t:,-")
    if stripped.strip(" \t-*•>") == "":
        # At the start of a line: a speaker label ("Okafor:") or a signature line.
        return _speaker_or_signature(text, start)
    if len(stripped) < len(before) or before.endswith(" "):
        words = _CUE_WORDS.findall(stripped.lower()[-30:])
        for n in (1, 2, 3, 4):
            cue = " ".join(words[-n:])
            if len(words) >= n and cue in CUES:
                if cue in ("from", "at") and _NAME_BEFORE_CUE.search(stripped):
                    return False  # "Ahmed from Emaar", "Jo at Brightside": the person's firm or place
                return not place or cue not in _PLACE_CUES or before.rstrip(" \t").endswith(":")
    return False


# A capitalised word inside a sentence right before "from" or "at": a person, whose firm follows.
_NAME_BEFORE_CUE = re.compile(
    r"[a-z,;][ \t]+(?:[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’\-]+|[\u0370-\u06ff\u0900-\u097f\u0e00-\u0e7f\u4e00-\u9fff\uac00-\ud7af]+)"
    r"[ \t]+(?:from|at)\Z"
)  # (or a name in another script: "spoke to أحمد from Emaar")


def _speaker_or_signature(text: str, start: int) -> bool:
    line_end = text.find("\n", start)
    line = text[start : line_end if line_end >= 0 else len(text)]
    label = _SPEAKER.match(line + " ")
    if label and label.group(1).casefold() in MINUTE_MARKS:
        return False  # "AI: Kofi to send the deck": an action item's mark, not a speaker
    if label and all(w[:1].isupper() or _PARTICLE.fullmatch(w) for w in label.group(1).split()):
        return True  # "Anna Schmidt: let's start" (but not "Bill to:")
    return bool(_SIGNATURE_LINE.match(line) and _SIGN_OFF.search(text[max(0, start - 60) : start]))


_SPEAKER = re.compile(r"([^\W\d_][\w.'’\- ]{0,40}):\s")
_PARTICLE = re.compile(PARTICLES)
_SIGNATURE_LINE = re.compile(r"[^\W\d_][\w.'’\- ]{0,40}\s*$")

_CALLED_AFTER = re.compile(r"[ \t]*[?!]")
_VOCATIVE_AFTER = re.compile(r",[ \t]+(?:can|could|would|will|please|thanks|thank you|I)\b|[ \t]*[?!]")


def _called(text: str, start: int, end: int) -> bool:
    """Whether someone is spoken to by this word: "Remember me, Chelsea?", "Jordan, can you..."."""
    after_comma = text[max(0, start - 2) : start] == ", "
    return bool((after_comma and _CALLED_AFTER.match(text, end)) or (_at_line_start(text, start) and _VOCATIVE_AFTER.match(text, end)))


def _at_line_start(text: str, at: int) -> bool:
    """Whether only spaces and list marks stand before ``at`` on its line."""
    return text[text.rfind("\n", 0, at) + 1 : at].strip(" \t-*•>") == ""
