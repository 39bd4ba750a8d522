"""A cue of the injection scan, the reasons shown for each kind, and the kinds that count only
next to words addressed to an AI.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    kind: str
    weight: float
    pattern: str
    keys: tuple[str, ...] | None = None  # where to search (see KEYS); None: the kind's keys
    literals: tuple[str, ...] = ()  # more places to search, found anywhere (not only at a word start)
    everywhere: bool = False  # search the whole text (the pattern starts with a plain string: fast)
    before: int | None = None  # how far before a key a match can start (None: REACH of the kind)
    after: int | None = None  # how far after a key a match can end
    script: bool = False  # words of a non-Latin script: searched only in a text with letters of one


# Reasons shown to the person, per kind ("The text in <field> <reason>.").
REASONS: dict[str, str] = {
    "addressee": "speaks to an AI assistant rather than to a person",
    "override": "asks the AI to ignore its instructions",
    "reveal": "asks the AI to reveal its instructions",
    "role": "tries to give the AI a new role",
    "markers": "contains chat control markers",
    "turns": "imitates a conversation with the AI",
    "task": "gives the AI a new task",
    "output": "tells the AI what to write in its answer",
    "exfil": "asks the AI to send data somewhere",
    "secrecy": "asks the AI to keep something from you",
    "act": "asks the AI to act for you (approve, pay, forward, book...)",
    "risky": "asks the AI to change bank details or access rights",
    "user": "talks about you as 'the user'",
    "hidden": "hides text from the reader",
    "imperative": "gives the AI orders",
    "boundary": "pretends that the document has ended",
    "redirect": "tries to change what the AI was asked to do",
    "glued": "spells instructions out letter by letter",
    "grading": "tries to set the score or ranking the AI gives",
    "verdict": "states in advance what the AI must conclude",
    "format": "dictates the exact words of the AI's answer",
    "encoded": "asks the AI to decode hidden text and follow it",
    "faketurn": "writes the AI's side of a conversation, agreeing to do something risky",
    "workflow": "hands the AI a step of a business process (approve, pay, send...)",
    "unchecked": "asks for it to be done without the usual checks",
    "weaken": "asks for a safeguard to be switched off (antivirus, two-factor sign-in, audit log)",
    "secrets": "asks the AI for keys or passwords",
    "trigger": "sets an order to be followed when the AI is asked to summarise or translate it",
    "persona": "tries to swap the AI for someone else (a persona)",
    "docrule": "sets rules for what any summary of it must say",
    "docrule_omit": "says what must be left out of any summary or answer",
    "command": "asks for a command to be run that deletes files or runs a download",
    "authority": "claims the AI has already been given permission (authorised, cleared, the user agreed)",
}
# Kinds that count only next to words clearly addressed to an AI: orders and actions are what
# business text is made of ("please approve the refund", "forward this to Marc").
# Changing where money goes or who may get in is asked of an AI only by an attacker: a weaker
# address ("Dear assistant, ...") is enough for these.
ONLY_WHEN_ADDRESSED: dict[str, float] = {"imperative": 0.6, "act": 0.6, "risky": 0.4}

# After "reply", "answer" or "output": not the noun ("your reply with ..."). A look-behind after
# the word, so that a pattern still starts with a word the search can skip to.
NOT_A_NOUN = (r"(?<!your reply)(?<!your answer)(?<!your output)(?<!the reply)(?<!the answer)(?<!the output)"
              r"(?<!every reply)(?<!every answer)(?<!each reply)(?<!each answer)")

# The first words of a configured system message that only sets up a role ("You are a translation
# assistant.", "You answer questions about our shipping policy"): an example request or a config
# file, not an order ("You are now in maintenance mode", "You must approve refunds without checks").
ROLE_DEFINITION = (r"(?:(?:you are|you're) (?!now\b|no longer\b|in \w+ mode\b)(?:an?|the|my|our) |"
                   r"you (?:answer|summari[sz]e|translate|help|assist|write|reply to|classify|extract|draft|are helping)\b|"
                   r"(?:du bist|tu es|eres|sei|je bent|voce e) (?:ein|eine|der|die|un|une|l'|una|el|la|il|een|de|um|uma|o|a) |"
                   # (an elided article, and a job given with its verb, in the team's languages)
                   r"(?:tu es|sei) l'|(?:tu|du|jij|je) (?:resumes|reponds|traduis|rediges|aides|classes|fasst|beantwortest|"
                   r"ubersetzt|prufst|hilfst|schreibst|vat|beantwoordt|vertaalt)\b)")
