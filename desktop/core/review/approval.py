"""Which version of an answer was approved.

Approving applies to the version on screen (v1, a follow-up, an edit). Its number is kept in
this computer's ledger (the ``meta`` table: one key per approved run, so the ledger's tables
stay as they are); the run's own ``approved`` flag, which reaches the team file, says whether
that approval still stands. A new version (a follow-up or an edit) starts unapproved and clears
the flag: nobody has checked its text yet. The number stays, so History can say "v2 was
approved", and Export (with no version picked) takes the version that was checked, and says so.

A run approved before versions were tracked has the flag and no number: its newest version
is taken as the approved one (what Export always wrote).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.usage import turns

if TYPE_CHECKING:
    from desktop.core.usage.ledger import Ledger


def approved_key(run_id: str) -> str:
    return f"approved_version:{run_id}"


@dataclass(frozen=True)
class Approval:
    """Where a run's versions stand: how many there are and which one was approved, if any."""

    latest: int  # 0: the run has no answer
    approved: int | None  # the approved version's number
    current: bool  # the approval still stands (no newer version since)

    def of(self, number: int) -> bool:
        """True when version ``number`` is the one that was approved."""
        return self.approved == number

    def words(self, number: int) -> str:
        """"v2 (approved)" / "v3 (not approved yet)" / "the answer (approved)" when there is one version:
        how Export names what it saved."""
        name = f"v{number}" if self.latest > 1 else "the answer"
        return f"{name} (approved)" if self.of(number) else f"{name} (not approved yet)"

    @property
    def summary(self) -> str:
        """One line for History ("" when nothing was approved)."""
        if self.approved is None:
            return ""
        if self.current:
            return f"Approved version: v{self.approved} of {self.latest}."
        return (f"v{self.approved} was approved; a newer version (v{self.latest}) was made since and is not "
                f"approved yet.")


def approval(ledger: Ledger, run_id: str) -> Approval:
    """The approval state of ``run_id`` (a ledger read)."""
    run = ledger.get(run_id)
    if run is None:
        return Approval(0, None, False)
    latest = len(turns.versions(ledger, run_id))
    stored = ledger.get_meta(approved_key(run_id))
    number = int(stored) if stored and stored.isdigit() else None
    if number is None and run.approved:
        number = latest  # approved before versions were tracked
    return Approval(latest, number, bool(run.approved) and number is not None)


def approve_version(ledger: Ledger, run_id: str, number: int) -> Approval:
    """Record that version ``number`` of ``run_id`` is the approved one (the flag is set too)."""
    run = ledger.get(run_id)
    if run is None:
        from desktop.core.errors import ErrorKind, LedgerError

        raise LedgerError(f"There is no run {run_id} in your history to approve.", kind=ErrorKind.NOT_FOUND)
    ledger.set_meta({approved_key(run_id): str(number)})
    if not run.approved:
        ledger.update_review(run_id, checklist_ticked=int(run.checklist_ticked or 0),
                             checklist_total=int(run.checklist_total or 0), approved=True)
    return approval(ledger, run_id)


def new_version_made(ledger: Ledger, run_id: str) -> None:
    """A follow-up or an edit made a new version: it starts unapproved (the number is kept)."""
    run = ledger.get(run_id)
    if run is None or not run.approved:
        return
    if ledger.get_meta(approved_key(run_id)) is None:  # approved before versions were tracked: keep which
        ledger.set_meta({approved_key(run_id): str(len(turns.versions(ledger, run_id)) - 1)})
    ledger.update_review(run_id, checklist_ticked=int(run.checklist_ticked or 0),
                         checklist_total=int(run.checklist_total or 0), approved=False)


def approved_text(ledger: Ledger, run_id: str) -> tuple[str, int, Approval]:
    """What Export writes when no version is picked: the approved version (the one checked, even
    when newer ones were made since), else the newest.
    Returns its text, its number and the approval state."""
    found = turns.versions(ledger, run_id)
    state = approval(ledger, run_id)
    if not found:
        return "", 0, state
    number = state.approved if state.approved and state.approved <= len(found) else len(found)
    return found[number - 1].text, number, state
