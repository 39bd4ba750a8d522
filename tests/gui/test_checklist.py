"""The checklist beside the answer: automatic results with reasons, human ticks, Approve only
when every required item is ticked, thumbs and comment recorded with the run in the ledger."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel

from desktop.core.review import quality
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


def _recorded_run(window, template_id: str) -> Run:  # type: ignore[no-untyped-def]
    template = window.templates.gallery.library.get(template_id)
    run = Run(template_id=template.id, template_title=template.title, status=DONE, response_text=ANSWER,
              user="Test User")
    window.context.ledger.record(run)
    return run


def test_automatic_results_show_their_reason_and_human_items_are_tick_boxes(qtbot) -> None:
    write_template(personal_folder(), "every-field", EVERY_FIELD)
    window = open_window(qtbot)
    template = window.templates.gallery.library.get("every-field")
    results = quality.checklist(template, "Unfinished answer with [PERSON_1] and no ending", stop_reason="max_tokens")
    panel = window.templates.checklist
    panel.set_results("run-1", results)
    texts = " ".join(label.text() for label in panel.rows.findChildren(QLabel))
    assert "cut off" in texts  # the reason is shown, not only a red mark
    human = [r for r in results if not r.automatic]
    boxes = {box.accessibleName() for box in panel.rows.findChildren(QCheckBox)}
    assert {r.label for r in human} <= boxes
    assert "flagged" in panel.hint.text()
    wait_idle(qtbot)


def test_approve_unlocks_only_when_every_required_item_is_ticked_and_is_recorded(qtbot) -> None:
    write_template(personal_folder(), "every-field", EVERY_FIELD)
    window = open_window(qtbot)
    run = _recorded_run(window, "every-field")
    template = window.templates.gallery.library.get("every-field")
    results = quality.checklist(template, ANSWER, stop_reason="end_turn")
    panel = window.templates.checklist
    panel.set_results(run.id, results)
    required = [r for r in results if r.required and r.passed is not True]
    assert required and not panel.approve.isEnabled()
    for result in required[:-1]:
        panel.tick(result.id)
    assert not panel.approve.isEnabled()
    panel.tick(required[-1].id)
    assert panel.approve.isEnabled()
    panel.approve.click()
    qtbot.waitUntil(lambda: bool(window.context.ledger.get(run.id).approved), timeout=5000)
    stored = window.context.ledger.get(run.id)
    assert stored.checklist_total == len(results)
    assert stored.checklist_ticked >= len(required)
    assert panel.approve.text() == "Approved ✓"
    panel.tick(required[0].id, False)  # taking a tick back withdraws the approval
    assert panel.approve.text() == "Approve" and not panel.approve.isEnabled()
    wait_idle(qtbot)


def test_thumbs_down_and_comment_are_recorded_with_the_run(qtbot) -> None:
    write_template(personal_folder(), "every-field", EVERY_FIELD)
    window = open_window(qtbot)
    run = _recorded_run(window, "every-field")
    template = window.templates.gallery.library.get("every-field")
    panel = window.templates.checklist
    panel.set_results(run.id, quality.checklist(template, ANSWER))
    panel.thumbs_up.click()
    panel.thumbs_down.click()
    assert not panel.thumbs_up.isChecked()
    panel.comment.setText("Too formal for this client")
    panel.comment.editingFinished.emit()

    def recorded() -> bool:
        stored = window.context.ledger.get(run.id)
        return stored.feedback == -1 and stored.feedback_comment == "Too formal for this client"

    qtbot.waitUntil(recorded, timeout=5000)
    wait_idle(qtbot)


def test_pasted_outside_content_makes_every_human_item_required(qtbot) -> None:
    write_template(personal_folder(), "pasted-email-check", note_template("Email triage", untrusted=True))
    window = open_window(qtbot)
    template = window.templates.gallery.library.get("pasted-email-check")
    results = quality.checklist(template, ANSWER, untrusted=True)
    panel = window.templates.checklist
    panel.set_results("run-2", results)
    human = [r for r in results if not r.automatic]
    assert human and all(r.required for r in human)
    for result in human:
        assert panel.check_labels[result.id].text().endswith("*")
    wait_idle(qtbot)
