"""Cues found in a text that give no order to anyone: instructions quoted to talk about them,
shown as examples, reported, refused, negated, scoped, or addressed to people, not to an AI.
"""

from __future__ import annotations

import re

from desktop.core.injection.chat_events import chat_event
from desktop.core.injection.cues.people import addressed_to_people
from desktop.core.injection.hits import THRESHOLD, Hit
from desktop.core.injection.prompt_examples import example_block, placeholder_template, saved_prompt
from desktop.core.injection.quotes import (
    DOUBLE_NEGATIVE,
    NEGATABLE,
    check_required,
    config_key,
    discussed_quote,
    greeted_in_letter,
    named_tag,
    negated,
    opening_quote,
    possessed_heading,
    quiz_option,
    quoted_example,
    recorded_turn,
    refused_turn,
    scoped_override,
    sent_to_machine,
    shown_not_given,
    told_to_ask,
)
from desktop.core.injection.reported import (
    forbidden_to_tools,
    object_of_a_person,
    reads_something_else,
    reported_order,
    seems_to,
)

# An instruction quoted to talk about it ("emails telling you to 'ignore previous instructions'
# are fraud", "hidden text such as \"ignore your instructions\"") is not given to anyone.
_QUOTED_KINDS = frozenset({"override", "reveal", "role", "task", "addressee", "authority"})
_MENTIONED = re.compile(
    r"\b(?:to|say|says|said|saying|like|as|contain|contains|containing|contena\w*|contien\w*|enthielt|enthalt|conteni\w*|contiene|"
    r"conteneva|bevat\w*|continha|contem|zawiera\w*|innehol\w*|inneholdt|indeholdt|phrases?|words?|text|called|reads?|e\.g\.|"
    r"mention\w*|asking|tell\w*|include|includes|including|write|writes|wrote|type|types|typed|paste|pastes|pasted|add|ask|try|"
    r"(?:start|begin) with|"
    r"hide|hides|hidden|embed\w*|insert\w*|wie|comme|como|come|zoals)\s*:?\s*"
    r"[\"'\u201c\u201d\u2018\u2019\u00ab\u201e]\s*(?:[\w'-]+,?\s+){0,3}$|"
    # ... or quoted in brackets after what it is: 'instructions for the bot ("...", "...")'
    r"[\w ]\(\s*[\"\u201c\u00ab\u201e]\s*$")
# (the second and later quotations of such a list in brackets; not the values of a JSON object)
_LISTED = re.compile(r"[\w ]\(\s*[\"\u201c][^\"\u201d\n]{1,100}[\"\u201d](?:\s*,\s*[\"\u201c][^\"\u201d\n]{1,100}[\"\u201d])*"
                     r"\s*,\s*(?:or\s+|and\s+)?[\"\u201c]\s*$")


# ... nor is an order inside an example, a test case or a configured prompt
_SHOWN_KINDS = _QUOTED_KINDS | {"imperative", "output"}
# (chat control markers and hidden text are not quoted to show an order: they are the attack's carrier)
_NEVER_SHOWN = frozenset({"markers", "hidden", "glued"})
_QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u201e")
_SYSTEM_MESSAGE = re.compile(r"\"role\"\s*:\s*\"system\"")
_TAG_KINDS = frozenset({"markers", "turns"})  # (a chat tag named in a spec: ``named_tag``)
# (a marker written in words, "BEGIN SYSTEM MESSAGE", can be quoted as an example too)
# ... nor the role and orders of an example prompt in documentation (not an override: that is an attack's shape)
_EXAMPLE_KINDS = frozenset({"addressee", "imperative", "output", "role", "task"})
# ... nor an order a policy says some document may give ("if an email asks the assistant to ...")
# (the orders near such words need no check of their own: without the address and the setting aside,
# they do not count)
_REPORTED_KINDS = frozenset({"addressee", "override", "role", "reveal"})
# ... nor a score, a verdict or an act a rule forbids any tool ("A tool must never mark a candidate 'strong hire'")
_FORBIDDEN_KINDS = frozenset({"grading", "verdict", "act", "workflow", "unchecked"})


def without_mentions(text: str, hits: list[Hit]) -> list[Hit]:
    # A system message written as data ('{"role": "system", "content": ...}', a configured prompt) is one
    # piece of evidence, read as a chat marker: not counted again as a fake turn starting at the same place.
    markers_at = {position for position, kind, _ in hits if kind == "markers" and _SYSTEM_MESSAGE.match(text, position)}
    addressed = [position for position, kind, _ in hits if kind == "addressee"]
    # (an address can start at its opening quote: the quote is then part of the match)
    return [hit for hit in hits
            if not (hit[1] in NEGATABLE and negated(text, hit[0]))
            and not (hit[1] in _QUOTED_KINDS
                     and (_MENTIONED.search(text, max(hit[0] - 40, 0), hit[0] + (text[hit[0] : hit[0] + 1] in _QUOTES))
                          or ("(" in text[max(hit[0] - 240, 0) : hit[0]]
                              and _LISTED.search(text, max(hit[0] - 240, 0), hit[0] + (text[hit[0] : hit[0] + 1] in _QUOTES)))))
            and not (hit[1] in _SHOWN_KINDS and shown_not_given(text, hit[0]))
            and not (hit[1] == "markers" and text[hit[0] : hit[0] + 1].isalpha() and shown_not_given(text, hit[0]))
            and not (hit[1] not in _SHOWN_KINDS and hit[1] not in _NEVER_SHOWN and quoted_example(text, hit[0]))
            and not (hit[1] not in _NEVER_SHOWN and refused_turn(text, hit[0]))
            and not (hit[1] == "override" and scoped_override(text, hit[0]))
            and not (hit[1] in _SHOWN_KINDS and discussed_quote(text, hit[0]) and not _addressed_before(text, addressed, hit[0]))
            and not (hit[1] in _QUOTED_KINDS and told_to_ask(text, hit[0]))
            and not (hit[2] < THRESHOLD and recorded_turn(text, hit[0], hit[1]))
            and not (hit[1] in DOUBLE_NEGATIVE and check_required(text, hit[0]))
            and not (hit[1] == "addressee" and (config_key(text, hit[0]) or greeted_in_letter(text, hit[0])
                                                or sent_to_machine(text, hit[0]) or possessed_heading(text, hit[0])))
            and not (hit[1] in _TAG_KINDS and named_tag(text, hit[0]))
            and not (hit[1] in _TAG_KINDS and placeholder_template(text, hit[0]))
            and not (hit[1] in _EXAMPLE_KINDS and example_block(text, hit[0]))
            and not (hit[1] == "addressee" and saved_prompt(text, hit[0]))
            and not (hit[1] in _SHOWN_KINDS and quiz_option(text, hit[0]))
            and not (hit[1] == "turns" and (hit[0] in markers_at or chat_event(text, hit[0])))
            and not (hit[1] in _REPORTED_KINDS and reported_order(text, hit[0]))
            and not (hit[1] == "addressee" and (object_of_a_person(text, hit[0]) or seems_to(text, hit[0])
                                                or reads_something_else(text, hit[0])
                                                or addressed_to_people(text, hit[0])))
            and not (hit[1] in _FORBIDDEN_KINDS and forbidden_to_tools(text, hit[0]))]


def _addressed_before(text: str, addressed: list[int], position: int) -> bool:
    """Whether words addressed to an AI come before ``position`` on its line ('Assistant: do "..." now'):
    a quotation after them is what they order, not a phrase talked about."""
    line_start = text.rfind("\n", 0, position) + 1
    # (an address inside the same quotation is quoted with it: '「AIアシスタントは以前の指示を無視して」と書かれている')
    quote = opening_quote(text, line_start, position)
    return any(line_start <= at < position and not (quote >= 0 and at > quote) for at in addressed)
