"""The Template menu: details of the template in use, and "Test this template"."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.gui.template_details_dialog import TemplateDetailsDialog
from desktop.gui.template_test_dialog import TemplateTestDialog
from tests.gui.test_main_window_support import (
    EVERY_FIELD,
    make_context,
    open_window,
    wait_idle,
    write_template,
)
from tests.helpers.fake_llm import FakeLLMServer, Reply


def _open(qtbot):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, make_context())
    window.templates.open_template("meeting-summary")
    return window


def _dialog(kind):  # type: ignore[no-untyped-def]
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1
    return found[0]


def test_details_show_source_version_history_and_the_team_copy_winning(qtbot, team_dir) -> None:
    bundled = write_template(team_dir / "prompts", "meeting-summary", EVERY_FIELD)
    window = _open(qtbot)
    window.details_action.trigger()
    dialog = _dialog(TemplateDetailsDialog)
    text = dialog.view.toPlainText()
    assert "Your team's copy" in text and "used instead of the bundled one" in text
    assert "Version 2 (2026-03-01): Second" in text
    assert str(bundled) in text
    dialog.close()
    wait_idle(qtbot)


def test_test_this_template_runs_the_cases_and_gives_the_verdict(qtbot, connected_llm: FakeLLMServer) -> None:
    window = _open(qtbot)
    template = window.templates.template
    example = template.example_output
    covers = "\n\nThis covers 24, landing page, pricing, discount, gluten-free, invoice, Friday, scanner, " \
        "stock count, backlog."
    connected_llm.default = lambda request: Reply(text=example + covers)
    window.test_action.trigger()
    dialog = _dialog(TemplateTestDialog)
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert dialog.verdict.text().startswith(f"{len(dialog.report.cases)} of {len(dialog.report.cases)} passed")
    assert len(connected_llm.requests) == len(dialog.report.cases) >= 3
    dialog.close()
    wait_idle(qtbot)


def test_run_on_many_opens_the_batch_dialog_for_the_template_in_use(qtbot) -> None:
    from desktop.gui.batch_dialog import BatchDialog

    window = _open(qtbot)
    window.many_action.trigger()
    dialog = _dialog(BatchDialog)
    assert dialog.template.id == "meeting-summary"
    dialog.close()
    wait_idle(qtbot)
