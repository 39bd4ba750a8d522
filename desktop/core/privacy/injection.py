"""Prompt injection in pasted outside content (emails, web pages) of ``untrusted`` fields.

The scan is deliberately simple and loud: phrases that address the model instead of the reader
("ignore previous instructions", "reveal your system prompt", "send this to ..."), chat-format
markers, and text a person would not see (zero-width or bidi-control characters, Unicode tag
characters, HTML comments, hidden styles). A hit does not block the run; it flags it, so the
app warns and requires the human checklist.
"""

from __future__ import annotations

import re
from functools import cache

_RULES: tuple[tuple[str, str], ...] = (
    ("asks the AI to ignore its instructions",
     r"\b(?:ignore|disregard|forget|override|skip|bypass)\b[^.\n]{0,40}\b(?:previous|prior|above|earlier|preceding|"
     r"all|any|your|the|system|original)\b[^.\n]{0,30}\b(?:instructions?|prompts?|rules|directions|guidelines|context|messages?)\b"),
    ("asks the AI to ignore its instructions",
     r"\b(?:ignorier(?:e|en)|vergiss)\b[^.\n]{0,40}\b(?:anweisungen|instruktionen|regeln)\b|"
     r"\bignore[zr]?\b[^.\n]{0,40}\b(?:instructions|consignes)\b|"
     r"\b(?:ignora|olvida|ignori)\b[^.\n]{0,40}\b(?:instrucciones|istruzioni|indicaciones|regole)\b|"
     r"\b(?:negeer|vergeet)\b[^.\n]{0,40}\b(?:instructies|regels)\b"),
    ("asks the AI to reveal its instructions",
     r"\b(?:reveal|show|print|output|repeat|display|leak|tell me|give me|what (?:is|are))\b[^.\n]{0,30}"
     r"\b(?:system prompt|system message|initial prompt|hidden prompt|your instructions|the instructions above|developer message)\b"),
    ("tries to give the AI a new role",
     r"\b(?:you are now|from now on,? you|act as (?:an? )?(?:unrestricted|jailbroken|different)|pretend (?:to be|you are)|"
     r"new instructions\s*:|developer mode|do anything now|jailbreak)\b"),
    ("contains chat control markers",
     r"<\|(?:im_start|im_end|system|endoftext)\|>|\[/?INST\]|<</?SYS>>|^\s*#{2,}\s*(?:system|instruction)s?\b|"
     r"^\s*(?:system|assistant)\s*:\s"),
    ("asks the AI to send data somewhere",
     r"\b(?:send|forward|email|e-mail|post|upload|transmit|exfiltrate|leak|share)\b[^.\n]{0,60}"
     r"\b(?:to|an|à|a|naar)\s+(?:[\w.+\-]+@[\w\-]+\.[\w.\-]+|https?://\S+)"),
    ("asks the AI to send data somewhere", r"!\[[^\]]*\]\(https?://[^)\s]*\?[^)\s]*=|\b(?:exfiltrate|exfiltration)\b"),
    ("contains hidden text", r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\U000e0000-\U000e007f]"),
    ("contains hidden text",
     r"<!--(?:(?!-->).){8,}?-->|(?:display\s*:\s*none|font-size\s*:\s*0|visibility\s*:\s*hidden|"
     r"color\s*:\s*(?:white|#fff(?:fff)?)\b)"),
)

# For each rule, what every match holds: groups of lowercase words, one word of each group (or
# None: always searched). A rule whose words are missing from the text cannot match, and a
# substring test costs a fraction of a search.
_NEEDS: tuple[tuple[tuple[str, ...], ...] | None, ...] = (
    (("ignore", "disregard", "forget", "override", "skip", "bypass"),),
    (("ignor", "vergiss", "olvida", "negeer", "vergeet"),),
    (("system prompt", "system message", "initial prompt", "hidden prompt", "your instructions",
      "the instructions above", "developer message"),),
    (("you are now", "from now on", "act as", "pretend", "new instructions", "developer mode", "do anything now",
      "jailbreak"),),
    (("<|", "[inst]", "[/inst]", "<<sys>>", "<</sys>>", "##", "system", "assistant"),),
    (("send", "forward", "email", "e-mail", "post", "upload", "transmit", "exfiltrate", "leak", "share"), ("@", "http")),
    (("![", "exfiltrat"),),
    None,
    (("<!--", "display", "font-size", "visibility", "color"),),
)
# Characters that case-free matching makes equal to an ASCII letter but that lowercasing does
# not turn into one: with any of them in the text the words above could hide, so every rule runs.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


@cache
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((why, re.compile(p, re.IGNORECASE | re.MULTILINE | re.DOTALL)) for why, p in _RULES)


def injection_reasons(text: str) -> list[str]:
    """Why ``text`` looks like it gives the model instructions (empty when it does not)."""
    reasons: list[str] = []
    lower = text.lower()
    screen = not any(ch in text for ch in _FOLDS_TO_ASCII)
    for (why, pattern), needs in zip(_compiled(), _NEEDS, strict=True):
        if why in reasons or (screen and needs is not None and not all(any(w in lower for w in g) for g in needs)):
            continue
        if pattern.search(text):
            reasons.append(why)
    return reasons
