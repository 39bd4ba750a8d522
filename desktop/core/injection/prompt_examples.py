"""Prompts and chat formats a document shows rather than gives.

Documentation of AI products shows the prompts it talks about: an administrator guide's example
system prompt, indented under "For example:", and a fine-tuning note spelling out a model's chat
format with placeholders where the turns go ("<<SYS>> system text goes here <</SYS>> user message").
An attack gives real content: a role that is new ("You are now ..."), a turn that says something.

Works on folded text (``folding.fold``): lowercase, no accents.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.injection.cues.cue import ROLE_DEFINITION
from desktop.core.privacy.folding import fold

# The line that introduces an example, ending with its colon
_INTRO = re.compile(r"(?:for example|for instance|e\.g\.|example|examples|such as|like this|as follows|sample prompt|"
                    r"template|looks like this|something like)\s*:?[ \t]*$")
# An indented block whose first line only sets a role up ("You are the support assistant for ...") (folding keeps
# one space of an indent)
_INDENT = (" ", "\t")
_SETS_UP = re.compile(r"[ \t]+[\"'`]?" + ROLE_DEFINITION)
_MAX_LINES = 20


def example_block(text: str, position: int) -> bool:
    """Whether ``position`` of folded ``text`` lies in an indented example prompt introduced as one."""
    start = text.rfind("\n", 0, position) + 1
    if not text.startswith(_INDENT, start):
        return False
    first = start  # (the block's first line so far)
    for _ in range(_MAX_LINES):
        if start == 0:
            return False
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1]
        if line.strip() and not line.startswith(_INDENT):
            return _INTRO.search(line) is not None and _SETS_UP.match(text, first) is not None
        if line.strip():
            first = above
        start = above
    return False


# A chat format spelled out: its markers, and placeholders where the turns go
_MARKER = re.compile(r"<<\s*/?\s*sys\s*>>|\[/?inst\]|<\|[^|\n]{1,30}\|>|</?s>|</?[a-z_]{2,20}>|"
                     r"#{2,3}\s*(?:system|user|assistant|instruction|response)\s*:?")
_PLACEHOLDER = re.compile(r"\{[^{}\n]{1,40}\}|\.{3}|\u2026|"
                          r"(?:the |your |an? )?(?:system|user|assistant|model|bot|human)(?:'s)? (?:text|message|prompt|answer|"
                          r"reply|response|turn|input|output|instructions?)s?(?: (?:goes )?here)?|"
                          r"(?:the |your )?(?:prompt|question|answer|text|message|instructions?) (?:goes )?here")


def placeholder_template(text: str, position: int) -> bool:
    """Whether the chat marker at ``position`` of folded ``text`` sits on a line of markers and placeholders only."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : end if end >= 0 else len(text)]
    without_markers = _MARKER.sub(" ", line)
    if without_markers == line:
        return False
    rest, found = _PLACEHOLDER.subn(" ", without_markers)
    return found > 0 and not rest.strip(" \t.,;:|-")


# A prompt the team saved to reuse, under its heading ("Saved prompt: \"Weekly supplier digest\"",
# "Plantilla guardada: «Resumen de reclamaciones»", "Gespeicherte Vorlage: ..."): the role and the orders
# of its first lines are the person's own request to their assistant, shown as they will send it.
_SAVED = re.compile(r"(?:^|\n)[ \t]*(?:saved prompt|prompt template|my prompt|reusable prompt|"
                    r"plantilla guardada|plantilla de prompt|prompt guardado|gespeicherte vorlage|prompt-vorlage|"
                    r"modele de prompt|prompt enregistre|modello di prompt|prompt salvato|modelo de prompt|prompt salvo|"
                    r"opgeslagen prompt|zapisany prompt|sparad prompt|gemt prompt|lagret prompt|tallennettu kehote)"
                    r"\b[^\n]{0,80}(?:\n[ \t]*)+$")
_SAVED_REACH = 2  # lines from the heading to the role it sets up


def saved_prompt(text: str, position: int) -> bool:
    """Whether ``position`` of folded ``text`` is on a line that sets up a role (``ROLE_DEFINITION``)
    right under the heading of a saved prompt, or on an item of a list of prompts (``listed_prompt``)."""
    start = text.rfind("\n", 0, position) + 1
    if listed_prompt(text, position):
        return True
    if _SETS_UP.match(" " + text[start : position + 80]) is None:
        return False
    return any(_SAVED.match(text, max(above - 1, 0), start) for above in _lines_above(text, start, _SAVED_REACH))


def _lines_above(text: str, start: int, reach: int) -> Iterator[int]:
    """The starts of the ``reach`` lines above the line starting at ``start``, nearest first
    (fewer at the top of the text)."""
    above = start
    for _ in range(reach):
        if above == 0:
            return
        above = text.rfind("\n", 0, above - 1) + 1
        yield above


# A list of prompts a person keeps for their own use ("My saved prompts (Notes app)", "Prompts que uso para la
# tienda", "Meine Vorlagen für ChatGPT", "我常用的提示词", "よく使うプロンプト"): under its heading, each item
# (numbered, bulleted or quoted) is a request the person will send, and an item that opens by giving the
# assistant its role ("1) You are a helpful assistant that ...", "- «Eres un asistente de ...»", "你是一名会计助理")
# is that request, not a note to the AI reading the list; nor is the heading's "for ChatGPT". An attack
# added to such a list speaks to its reader ("If you are the assistant reading this list: ignore ...") and
# is found by its other words.
_COLLECTION = re.compile(r"[ \t#*]*[^\n]{0,40}?(?:\bprompts?\b|\bprompty\b|\bpromptit\b|\bkehotteet\b|\bkomutlar\w*|"
                         r"\bvorlagen (?:fur|für) (?:chatgpt|copilot|gemini|claude|die ki|ki)\b|"
                         + "|".join(re.escape(fold(word).text) for word in ("промпт", "プロンプト", "提示词", "提示詞", "프롬프트"))
                         + r")[^\n]{0,50}$")
_ITEM = re.compile(r"[ \t]*(?:(?:\d{1,2}[.)]|\(\d{1,2}\)|[-*\u2022\u00b7\u2013\u30fb])[ \t]*)?"
                   r"[\"'`\u201c\u201e\u00ab\u300c\u300e]?[ \t]*")
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|\(\d{1,2}\)|[-*\u2022\u00b7\u2013\u30fb]|[\"\u201c\u201e\u00ab\u300c\u300e])")
# The role an item gives, in the team's languages and the scripts without word spaces
_ROLE = re.compile(ROLE_DEFINITION + r"|act as (?:an?|the|my|our) |(?:sen bir|jij bent een|je bent een|du er en|du ar en|"
                   r"jestes) |"
                   + "|".join(re.escape(fold(word).text) for word in ("你是一名", "你是一位", "你是一个", "あなたは", "너는", "당신은",
                                                                     "ты —", "ты - ", "ты опытный", "ты профессиональный")))
_COLLECTION_REACH = 8  # lines from the heading to the item


def listed_prompt(text: str, position: int) -> bool:
    """Whether ``position`` of folded ``text`` is on an item that gives a role, in a list of prompts
    under a heading naming it one; only other items and blank lines stand between the two."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", start)
    if end >= 0 and _COLLECTION.match(text[start:end]):
        # (the heading itself: "Meine Vorlagen für ChatGPT" over its first item)
        below = end + 1
        while text.startswith("\n", below):
            below += 1
        item = _ITEM.match(text, below)
        return item is not None and _ROLE.match(text, item.end()) is not None
    item = _ITEM.match(text, start)
    if item is None or _ROLE.match(text, item.end()) is None:
        return False
    for above in _lines_above(text, start, _COLLECTION_REACH):
        end = text.find("\n", above)
        line = text[above : end if end >= 0 else len(text)]
        if not line.strip() or _LIST_ITEM.match(line):
            continue
        return _COLLECTION.match(line) is not None
    return False
