"""Instructions written where a password goes, which are no password: "Passwort: bitte bei Anna
erfragen", "Password: please ask IT", "mot de passe : voir le coffre-fort", "Kennwort: wird separat
per SMS geschickt". A value after a password's label that is one of these lowercase words, with
the sentence going on after it on the same line, is the start of that sentence.
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.word_lists import word_set


def instruction_not_secret(text: str, c: Candidate) -> bool:
    """Whether the secret ``c`` found in ``text`` is the first word of an instruction."""
    value = text[c.start : c.end]
    if not (value.isalpha() and value.islower()):
        return False
    after = text[c.end : c.end + 2]
    return after[:1] == " " and after[1:2].isalpha() and value.casefold() in word_set("secret_instruction_words.txt")
