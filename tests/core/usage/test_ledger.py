"""The local ledger: every run recorded on this computer, searchable, reviewable, migrated."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.errors import LedgerError
from desktop.core.run import DONE, FAILED, WAITING, Run
from desktop.core.usage.ledger import open_ledger
from desktop.core.usage.ledger_schema import MIGRATIONS
from desktop.core.usage.migrations import applied_names


def _run(**values: object) -> Run:
    base: dict[str, object] = {"user": "ann", "template_id": "meeting-summary", "status": DONE}
    base.update(values)
    return Run(**base)  # type: ignore[arg-type]


def _ago(days: float) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="milliseconds")


def test_ledger_lives_in_the_user_data_folder_and_round_trips_every_field() -> None:
    ledger = open_ledger()
    assert ledger.path == paths.ledger_file()
    run = _run(fields={"audience": "Team"}, vault={"<PERSON_1>": "Ann Example"}, rendered_prompt="Hi Ann",
               redacted_prompt="Hi <PERSON_1>", response_text="Hello", injection_flag=True, cache_hit=True,
               approved=True, input_tokens=12, actual_cost=0.25, latency_total_ms=12.5, feedback=-1)
    ledger.record(run)
    assert ledger.get(run.id) == run
    assert ledger.get("no-such-id") is None


def test_recording_the_same_id_replaces_the_record_and_bumps_its_revision() -> None:
    ledger = open_ledger()
    run = _run(status=WAITING)
    ledger.record(run)
    run.status, run.actual_cost = DONE, 0.5
    ledger.record(run)
    stored = ledger.get(run.id)
    assert stored is not None and stored.status == DONE and stored.actual_cost == 0.5
    row = ledger.query("SELECT revision, count(*) FROM runs")[0]
    assert tuple(row) == (2, 1)


def test_runs_are_newest_first_and_filtered_by_search_template_status_and_dates() -> None:
    ledger = open_ledger()
    old = _run(started_at=_ago(40), template_title="Cold email", template_id="cold-email")
    mid = _run(started_at=_ago(10), redacted_prompt="about the Lisbon offsite", status=FAILED)
    new = _run(started_at=_ago(1), response_text="The Lisbon venue is booked")
    for run in (old, mid, new):
        ledger.record(run)
    assert [r.id for r in ledger.runs()] == [new.id, mid.id, old.id]
    assert [r.id for r in ledger.runs(search="lisbon")] == [new.id, mid.id]
    assert [r.id for r in ledger.runs(template_id="cold-email")] == [old.id]
    assert [r.id for r in ledger.runs(status=FAILED)] == [mid.id]
    assert [r.id for r in ledger.runs(since=_ago(20), until=_ago(5))] == [mid.id]
    assert [r.id for r in ledger.runs(limit=1)] == [new.id]


def test_waiting_lists_only_runs_waiting_to_be_sent() -> None:
    ledger = open_ledger()
    waiting = _run(status=WAITING)
    ledger.record(waiting)
    ledger.record(_run(status=DONE))
    assert [r.id for r in ledger.waiting()] == [waiting.id]


def test_review_update_is_stored_and_marks_the_record_for_sync_again() -> None:
    ledger = open_ledger()
    run = _run()
    ledger.record(run)
    ledger.mark_synced([(run.id, 1)])
    assert ledger.unsynced_count() == 0
    ledger.update_review(run.id, checklist_ticked=3, checklist_total=4, approved=True, feedback=1,
                         feedback_comment="Spot on")
    stored = ledger.get(run.id)
    assert stored is not None
    assert (stored.checklist_ticked, stored.checklist_total, stored.approved, stored.feedback,
            stored.feedback_comment) == (3, 4, True, 1, "Spot on")
    assert ledger.unsynced_count() == 1
    # Feedback left out keeps what was there.
    ledger.update_review(run.id, checklist_ticked=4, checklist_total=4, approved=True)
    assert ledger.get(run.id).feedback_comment == "Spot on"  # type: ignore[union-attr]


def test_reviewing_an_unknown_run_is_a_plain_error() -> None:
    with pytest.raises(LedgerError, match="no run"):
        open_ledger().update_review("nope", checklist_ticked=0, checklist_total=0, approved=False)


def test_retention_blanks_old_texts_but_keeps_their_figures() -> None:
    ledger = open_ledger()
    old = _run(started_at=_ago(100), rendered_prompt="Ann's raise", redacted_prompt="<P>'s raise",
               response_text="answer", fields={"x": "y"}, vault={"<P>": "Ann"}, actual_cost=1.5)
    recent = _run(started_at=_ago(3), rendered_prompt="keep me")
    ledger.record(old)
    ledger.record(recent)
    assert ledger.delete_old_texts(30) == 1
    assert ledger.delete_old_texts(30) == 0
    blanked = ledger.get(old.id)
    assert blanked is not None
    assert (blanked.rendered_prompt, blanked.redacted_prompt, blanked.response_text) == ("", "", "")
    assert blanked.fields == {} and blanked.vault == {} and blanked.actual_cost == 1.5
    assert ledger.get(recent.id).rendered_prompt == "keep me"  # type: ignore[union-attr]


def test_migrations_are_named_applied_in_order_once() -> None:
    ledger = open_ledger()
    names = [m.name for m in MIGRATIONS]
    assert applied_names(ledger._conn) == names
    ledger.close()
    again = open_ledger()
    assert applied_names(again._conn) == names


def test_a_ledger_from_a_newer_version_is_refused_and_left_untouched() -> None:
    ledger = open_ledger()
    ledger.record(_run())
    ledger.db.execute("INSERT INTO _migrations (name, applied_at) VALUES ('0099_future', 'x')")
    ledger.close()
    before = paths.ledger_file().read_bytes()
    with pytest.raises(LedgerError, match="newer version of Promptdesk") as info:
        open_ledger()
    assert info.value.kind == "newer_version"
    assert paths.ledger_file().read_bytes() == before


def test_a_damaged_ledger_file_gives_a_plain_message(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(LedgerError, match="damaged"):
        open_ledger(path)


def test_records_from_several_threads_all_arrive() -> None:
    """The GUI records on worker threads while the UI thread reads: one ledger serves both."""
    ledger = open_ledger()

    def work() -> None:
        for _ in range(50):
            ledger.record(_run())
            ledger.runs(limit=5)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert ledger.query("SELECT count(*) FROM runs")[0][0] == 200


def test_the_local_ledger_uses_wal_and_indexes_waiting_records() -> None:
    ledger = open_ledger()
    assert ledger.query("PRAGMA journal_mode")[0][0] == "wal"
    plan = " ".join(str(tuple(r)) for r in ledger.query(
        "EXPLAIN QUERY PLAN SELECT * FROM runs WHERE synced_revision < revision"))
    assert "runs_unsynced" in plan
    other = sqlite3.connect(ledger.path)
    try:  # another process (the command line) can read while the app holds the ledger open
        assert other.execute("SELECT count(*) FROM runs").fetchone()[0] == 0
    finally:
        other.close()


def test_a_run_status_is_a_typed_value_stored_as_its_plain_word(tmp_path: Path) -> None:
    """RunStatus is a StrEnum: the ledger stores the same words older versions wrote, and a
    status read back compares equal to the enum."""
    import sqlite3

    from desktop.core.run import RunStatus
    from desktop.core.usage.ledger import open_ledger

    ledger = open_ledger(tmp_path / "ledger.db")
    run = Run(user="ann", status=RunStatus.WAITING, template_id="t")
    ledger.record(run)
    ledger.close()
    conn = sqlite3.connect(tmp_path / "ledger.db")
    stored = conn.execute("SELECT status, typeof(status) FROM runs WHERE id = ?", (run.id,)).fetchone()
    conn.close()
    assert stored == ("waiting", "text")
    again = open_ledger(tmp_path / "ledger.db")
    assert again.get(run.id).status == RunStatus.WAITING
    again.close()
