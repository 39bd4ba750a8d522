"""A run's conversation as it goes out: the note sent beside placeholders, the originals put back
behind their placeholders, a new turn's placeholders renumbered into the run's vault, and the
turns so far. Shared by the first send (``pipeline``), follow-ups (``followup``) and their
estimate (``followup_estimate``), which therefore never import each other for it."""

from __future__ import annotations

import re
from collections.abc import Mapping

from desktop.core.run import Run
from desktop.core.usage import turns

# Sent only when something was hidden: models otherwise tend to "fix" placeholders, and a
# changed placeholder cannot be put back.
PLACEHOLDER_NOTE = (
    "Some details in this request were replaced by placeholders in square brackets, such as "
    "[PERSON_1] or [EMAIL_2]. Keep every placeholder exactly as written wherever you need it."
)
_NUMBERED = re.compile(r"^\[([A-Z_]+)_(\d+)\]$")


def hide_known(text: str, vault: Mapping[str, str]) -> str:
    """``text`` with every original already in ``vault`` put back behind its placeholder
    (longest first, so "Maria Keller" is not split by "Maria")."""
    for placeholder, original in sorted(vault.items(), key=lambda item: -len(item[1])):
        if original:
            text = text.replace(original, placeholder)
    return text


def merge_vault(text: str, new: Mapping[str, str], vault: Mapping[str, str]) -> tuple[str, dict[str, str]]:
    """``text`` redacted on its own (``new`` placeholders) renumbered into ``vault``: a value
    already hidden keeps its placeholder; a new value gets its kind's next free number.
    Returns the text and the placeholders it added."""
    by_original = {original: placeholder for placeholder, original in vault.items()}
    highest: dict[str, int] = {}
    for placeholder in vault:
        match = _NUMBERED.match(placeholder)
        if match:
            highest[match.group(1)] = max(highest.get(match.group(1), 0), int(match.group(2)))
    rename: dict[str, str] = {}
    added: dict[str, str] = {}
    for placeholder, original in new.items():
        if original in by_original:
            rename[placeholder] = by_original[original]
            continue
        match = _NUMBERED.match(placeholder)
        kind = match.group(1) if match else "ITEM"
        highest[kind] = highest.get(kind, 0) + 1
        target = f"[{kind}_{highest[kind]}]"
        rename[placeholder], added[target], by_original[original] = target, original, target
    if rename:
        pattern = re.compile("|".join(re.escape(p) for p in sorted(rename, key=len, reverse=True)))
        text = pattern.sub(lambda m: rename[m.group(0)], text)
    return text, added


def turn_history(root: Run, versions: list[turns.Version]) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """The turns so far, as they are sent (placeholders, no originals), and the whole vault."""
    vault = dict(root.vault)
    history = [("user", root.redacted_prompt), ("assistant", hide_known(root.response_text, vault))]
    for version in versions[1:]:
        vault.update(version.vault)
        if version.kind == turns.FOLLOW_UP:
            history += [("user", version.redacted_request), ("assistant", version.redacted_response)]
        else:  # the person's edit replaces the answer the model gave
            history[-1] = ("assistant", hide_known(version.text, vault))
    return history, vault
