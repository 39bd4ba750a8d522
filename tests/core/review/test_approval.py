"""Approval belongs to a version: approving records the version on screen, a follow-up or an
edit makes a new, unapproved version, History's line and Export say which version was
approved. Real ledger, real SDK against the fake server, the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.context import AppContext
from desktop.core.review.approval import approval, approve_version, approved_text, new_version_made
from desktop.core.send import followup
from desktop.core.usage import turns
from tests.core.send.test_followup import first_run, long_document_context
from tests.helpers.fake_llm import FakeLLMServer, Reply


@pytest.fixture
def context(connected_llm: FakeLLMServer) -> AppContext:
    return long_document_context(connected_llm)


def test_a_follow_up_starts_unapproved_and_the_approved_version_is_remembered(context: AppContext,
                                                                             connected_llm: FakeLLMServer) -> None:
    run, _person = first_run(context, connected_llm)
    state = approve_version(context.ledger, run.id, 1)
    assert state.current and state.of(1) and context.ledger.get(run.id).approved
    assert state.summary == "Approved version: v1 of 1."
    connected_llm.queue(Reply(text="A shorter answer."))
    followup.ask(context, run.id, "Shorter")
    after = approval(context.ledger, run.id)
    assert not context.ledger.get(run.id).approved  # the new version has not been checked
    assert (after.latest, after.approved, after.current) == (2, 1, False)
    assert after.words(2) == "v2 (not approved yet)" and after.words(1) == "v1 (approved)"
    assert after.summary == "v1 was approved; a newer version (v2) was made since and is not approved yet."

    state = approve_version(context.ledger, run.id, 2)
    assert state.current and state.of(2) and not state.of(1) and context.ledger.get(run.id).approved
    assert approved_text(context.ledger, run.id)[:2] == ("A shorter answer.", 2)


def test_an_edit_starts_unapproved_and_export_takes_the_approved_version_and_says_so(
        context: AppContext, connected_llm: FakeLLMServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run, _person = first_run(context, connected_llm)
    connected_llm.queue(Reply(text="Version two."))
    followup.ask(context, run.id, "Shorter")
    approve_version(context.ledger, run.id, 2)
    turns.save_edit(context.ledger, run.id, "Version three, edited by hand.")
    new_version_made(context.ledger, run.id)
    assert not context.ledger.get(run.id).approved

    out = tmp_path / "answer.md"
    assert main(["export", run.id, "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == "Version two.\n"  # the version that was checked
    assert capsys.readouterr().err.strip() == "Saved v2 (approved); v3 is newer and not approved."


def test_without_an_approval_export_takes_the_newest_and_says_it_is_not_approved(
        context: AppContext, connected_llm: FakeLLMServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run, _person = first_run(context, connected_llm)
    turns.save_edit(context.ledger, run.id, "Edited.")
    out = tmp_path / "answer.md"
    assert main(["export", run.id, "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == "Edited.\n"
    assert capsys.readouterr().err.strip() == "Saved v2 (not approved yet)."
    assert approval(context.ledger, run.id).summary == ""


def test_a_run_approved_before_versions_were_tracked_keeps_which_one_when_a_new_one_comes(
        context: AppContext, connected_llm: FakeLLMServer) -> None:
    run, _person = first_run(context, connected_llm)
    context.ledger.update_review(run.id, checklist_ticked=1, checklist_total=1, approved=True)  # no version kept
    assert approval(context.ledger, run.id).of(1)
    turns.save_edit(context.ledger, run.id, "Edited.")
    new_version_made(context.ledger, run.id)
    state = approval(context.ledger, run.id)
    assert (state.approved, state.latest, state.current) == (1, 2, False)
