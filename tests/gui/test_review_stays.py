"""Reviews that stay: the ticks and the approval of an answer come back when the person switches
to another template and back, and after Promptdesk restarts (reopened from History)."""

from __future__ import annotations

from desktop.core.run import DONE, Run
from tests.gui.test_main_window_support import (
    EVERY_FIELD,
    note_template,
    open_window,
    personal_folder,
    wait_idle,
    write_template,
)

ANSWER = "Here is the summary you asked for. It names the subject plainly and stops at a full stop."


def _reopen(qtbot, window, run_id: str) -> None:  # type: ignore[no-untyped-def]
    window.reopen_run(run_id)
    qtbot.waitUntil(lambda: window.templates.checklist.run_id == run_id, timeout=10_000)


def _tick_required_and_approve(qtbot, window, run: Run) -> list[str]:  # type: ignore[no-untyped-def]
    panel = window.templates.checklist
    required = [r.id for r in panel.results if r.required and r.passed is not True]
    for result_id in required:
        panel.tick(result_id)
    panel.approve.click()
    qtbot.waitUntil(lambda: bool(window.context.ledger.get(run.id).approved), timeout=5000)
    return required


def test_ticks_and_approval_survive_switching_templates_and_a_restart(qtbot) -> None:
    write_template(personal_folder(), "every-field", EVERY_FIELD)
    write_template(personal_folder(), "other-note", note_template("Other note"))
    window = open_window(qtbot)
    run = Run(template_id="every-field", template_title="Every field", status=DONE, response_text=ANSWER,
              user="Test User")
    window.context.ledger.record(run)
    _reopen(qtbot, window, run.id)
    ticked = _tick_required_and_approve(qtbot, window, run)
    assert ticked

    page = window.templates
    page.open_template("other-note")
    page.open_template("every-field")
    panel = page.checklist
    assert panel.run_id == run.id
    assert set(panel.ticked_ids()) == set(ticked)
    assert panel.approve.text() == "Approved ✓" and panel.approve.isEnabled()  # not greyed out
    wait_idle(qtbot)
    window.close()

    again = open_window(qtbot)  # a restart: a new window and context over the same files
    _reopen(qtbot, again, run.id)
    panel = again.templates.checklist
    assert set(panel.ticked_ids()) == set(ticked)
    assert panel.approve.text() == "Approved ✓"
    wait_idle(qtbot)


def test_restoring_a_review_does_not_record_it_again(qtbot) -> None:
    write_template(personal_folder(), "every-field", EVERY_FIELD)
    window = open_window(qtbot)
    run = Run(template_id="every-field", template_title="Every field", status=DONE, response_text=ANSWER,
              user="Test User")
    window.context.ledger.record(run)
    _reopen(qtbot, window, run.id)
    _tick_required_and_approve(qtbot, window, run)
    wait_idle(qtbot)
    def revision() -> int:
        return window.context.ledger.query("SELECT revision FROM runs WHERE id = ?", (run.id,))[0][0]

    before = revision()
    _reopen(qtbot, window, run.id)
    wait_idle(qtbot)
    assert revision() == before
