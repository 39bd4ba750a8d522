"""The versions of a run's answer: v1 is the run's own answer, v2, v3, ... follow-up turns
("make it shorter") and the person's own edits, every one kept.

Each follow-up turn that was sent is also recorded as a run of its own in ``runs`` (same
template, its own tokens and cost), so spend, budgets, History and the sync to the team file
count it with no change of theirs; the ``turns`` table (migration ``0003_turns``) links it to
the run it continues, with the version number, the person's request and the text as it went
out and came back with placeholders, which the next turn sends again as the conversation.
Only this computer's ledger holds ``turns``: the texts and the placeholder map never go to
the team store. The link does (``parent_run_id``, see ``outgoing.py``): adding a follow-up's
version moves its run's revision forward, so a run synced before the link was written is sent
again with it.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.core.run import utc_now

if TYPE_CHECKING:
    from desktop.core.usage.ledger import Ledger

FOLLOW_UP = "follow_up"
EDIT = "edit"


def create_turns(conn: sqlite3.Connection) -> None:
    """Migration ``0003_turns``: a new table; ``runs`` is not changed."""
    conn.execute(
        "CREATE TABLE turns (run_id TEXT NOT NULL, version INTEGER NOT NULL, kind TEXT NOT NULL, "
        "turn_run_id TEXT NOT NULL DEFAULT '', request TEXT NOT NULL DEFAULT '', "
        "redacted_request TEXT NOT NULL DEFAULT '', response_text TEXT NOT NULL DEFAULT '', "
        "redacted_response TEXT NOT NULL DEFAULT '', vault TEXT NOT NULL DEFAULT '{}', "
        "created_at TEXT NOT NULL, PRIMARY KEY (run_id, version))"
    )


@dataclass
class Version:
    """One version of an answer; ``text`` holds the originals (as the person reads it)."""

    number: int
    kind: str  # "answer" (v1), FOLLOW_UP or EDIT
    text: str
    request: str = ""  # what the person asked for (a follow-up) — empty for v1 and edits
    redacted_request: str = ""
    redacted_response: str = ""  # as the model wrote it, with placeholders ("" for v1 and edits)
    turn_run_id: str = ""
    vault: dict[str, str] = field(default_factory=dict)  # placeholders added by this turn's request
    created_at: str = ""

    @property
    def label(self) -> str:
        return f"v{self.number}"


def versions(ledger: Ledger, run_id: str) -> list[Version]:
    """Every version of ``run_id``'s answer, v1 first (empty when the run is unknown)."""
    run = ledger.get(run_id)
    if run is None:
        return []
    out = [Version(1, "answer", run.response_text, created_at=run.finished_at or run.started_at)]
    for row in ledger.query("SELECT * FROM turns WHERE run_id = ? ORDER BY version", (run_id,)):
        out.append(Version(
            number=int(row["version"]), kind=row["kind"], text=row["response_text"], request=row["request"],
            redacted_request=row["redacted_request"], redacted_response=row["redacted_response"],
            turn_run_id=row["turn_run_id"], vault=json.loads(row["vault"] or "{}"), created_at=row["created_at"],
        ))
    return out


def add_version(ledger: Ledger, run_id: str, version: Version) -> Version:
    """Store ``version`` as the next one of ``run_id`` (its number is set here) and return it."""
    with ledger._write() as conn:  # the ledger's own short transaction and error translation
        row = conn.execute("SELECT COALESCE(MAX(version), 1) FROM turns WHERE run_id = ?", (run_id,)).fetchone()
        version.number = int(row[0]) + 1
        version.created_at = version.created_at or utc_now()
        conn.execute(
            "INSERT INTO turns (run_id, version, kind, turn_run_id, request, redacted_request, response_text, "
            "redacted_response, vault, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (run_id, version.number, version.kind, version.turn_run_id, version.request, version.redacted_request,
             version.text, version.redacted_response, json.dumps(version.vault, ensure_ascii=False),
             version.created_at),
        )
        if version.turn_run_id:
            conn.execute("UPDATE runs SET revision = revision + 1, updated_at = ? WHERE id = ?",
                         (utc_now(), version.turn_run_id))
    return version


def any_follow_ups(ledger: Ledger) -> bool:
    """Whether this ledger holds any follow-up turn (most hold none: sync then looks up no links)."""
    return bool(ledger.query("SELECT 1 FROM turns WHERE turn_run_id != '' LIMIT 1"))


def parents(ledger: Ledger, run_ids: list[str]) -> dict[str, str]:
    """For those of ``run_ids`` that are follow-up turns, the run each continues."""
    rows = ledger.query(
        "SELECT turn_run_id, run_id FROM turns WHERE turn_run_id != '' "
        "AND turn_run_id IN (SELECT value FROM json_each(?))", (json.dumps(run_ids),))
    return {row[0]: row[1] for row in rows}


def save_edit(ledger: Ledger, run_id: str, text: str) -> Version:
    """The person's own edit of the latest version, kept as a version of its own."""
    return add_version(ledger, run_id, Version(0, EDIT, text))


def latest_text(ledger: Ledger, run_id: str) -> str:
    """The newest version's text ("" when the run is unknown)."""
    found = versions(ledger, run_id)
    return found[-1].text if found else ""
