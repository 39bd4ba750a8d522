"""Prompts and chat formats a document shows rather than gives.

Documentation of AI products shows the prompts it talks about: an administrator guide's example
system prompt, indented under "For example:", and a fine-tuning note spelling out a model's chat
format with placeholders where the turns go ("<<SYS>> system text goes here <</SYS>> user message").
An attack gives real content: a role that is new ("You are now ..."), a turn that says something.

Works on folded text (``folding.fold``): lowercase, no accents.
"""

from __future__ import annotations

import re

from desktop.core.injection.cues.cue import ROLE_DEFINITION

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
    right under the heading of a saved prompt."""
    start = text.rfind("\n", 0, position) + 1
    if _SETS_UP.match(" " + text[start : position + 80]) is None:
        return False
    above = start
    for _ in range(_SAVED_REACH):
        if above == 0:
            return False
        above = text.rfind("\n", 0, above - 1) + 1
        if _SAVED.match(text, max(above - 1, 0), start):
            return True
    return False
