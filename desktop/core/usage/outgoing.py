"""What one record carries to the team store, the same for the file and for PostgreSQL.

Always the figures (``USAGE_FIELDS``), the revision and where it came from, and the run a
follow-up turn continues (``parent_run_id``, from this computer's ``turns``), so the team's
figures can tell first answers from follow-ups. Under shared audit also the redacted prompt and
the redacted answer: the answer as the model wrote it, with placeholders. The ledger keeps the
answer with the originals put back, so every original in the run's vault is hidden again here
(longest first, in any case, a person's name without its title or honorific and the surname on
its own too, since restoring writes "Ms Keller" after a title): the originals never leave this computer. Without shared audit neither
text is even read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from desktop.core.run import USAGE_FIELDS
from desktop.core.usage import turns

if TYPE_CHECKING:
    from desktop.core.usage.ledger import Ledger

# Read from the local ledger, in this order. The texts only under shared audit.
_FIGURES = [*USAGE_FIELDS, "revision", "updated_at", "rowid"]
_WITH_TEXTS = [*_FIGURES, "redacted_prompt", "response_text", "vault"]
_PERSON = re.compile(r"PERSON_\d+", re.IGNORECASE)


def hide_originals(text: str, vault: Mapping[str, str]) -> str:
    """``text`` with every original of ``vault`` behind its placeholder again.

    Replaced wherever it appears, inside a word too ("Dear[PERSON_1]" restores to
    "DearMaria Keller"): a placeholder too many is harmless, an original too many is not.
    """
    if not text or not vault:
        return text or ""
    from desktop.core.privacy.name_titles import strip_titles  # the privacy package only when there is text
    from desktop.core.privacy.restore import surname

    forms: dict[str, str] = {}  # each form of an original → its placeholder
    for placeholder, original in vault.items():
        if original and original.strip():
            forms.setdefault(original, placeholder)
    for placeholder, original in vault.items():
        if not (_PERSON.search(placeholder) and original and original.strip()):
            continue
        # Restoring may write the name without its title or honorific ("Mr. [PERSON_1]" gives
        # "Mr. Tanaka" for "Tanaka-san"), and a surname alone after a title.
        bare = strip_titles(original)
        if bare.strip():
            forms.setdefault(bare, placeholder)
        if len(bare.split()) > 1:
            forms.setdefault(surname(bare), placeholder)
        if len(original.split()) > 1:
            forms.setdefault(surname(original), placeholder)
    if not forms:
        return text
    # One pass, longest first, each form its own group: which group matched names the
    # placeholder, whatever case the text used, and a short original never lands inside a
    # placeholder put in a moment before ("son" in "[PERSON_1]").
    ordered = sorted(forms, key=len, reverse=True)
    pattern = re.compile("|".join(f"({re.escape(form)})" for form in ordered), re.IGNORECASE)
    return pattern.sub(lambda match: forms[ordered[(match.lastindex or 1) - 1]], text)


def parse_vault(raw: Any) -> dict[str, str]:
    try:
        found = json.loads(raw or "{}")
    except (TypeError, ValueError):
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def waiting(ledger: Ledger, limit: int, source: str, synced_at: str, *, shared_audit: bool,
            offset: int = 0) -> tuple[list[tuple[Any, ...]], list[tuple[int, str, int]]]:
    """Up to ``limit`` waiting records (after the first ``offset``) as rows of the store's
    ``INSERT_COLUMNS`` (see sync.py), and what ``Ledger.mark_sent`` takes once the store
    committed them."""
    rows = ledger.unsynced(limit, _WITH_TEXTS if shared_audit else _FIGURES, offset)
    if not rows:
        return [], []
    parents = turns.parents(ledger, [row[0] for row in rows]) if turns.any_follow_ups(ledger) else {}
    n = len(USAGE_FIELDS)
    values = []
    for row in rows:
        prompt = answer = None
        if shared_audit:
            prompt, answer = row[n + 3], hide_originals(row[n + 4] or "", parse_vault(row[n + 5]))
        values.append((*row[:n], prompt, row[n], row[n + 1], source, synced_at, answer or None,
                       parents.get(row[0])))
    return values, [(row[n + 2], row[0], row[n]) for row in rows]


__all__ = ["hide_originals", "parse_vault", "waiting"]
