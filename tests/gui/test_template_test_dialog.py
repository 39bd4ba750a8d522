"""The "Test this template" dialog runs the cases for real and shows the verdict side by side."""

from __future__ import annotations

import pytest

from desktop.core.context import AppContext
from desktop.core.settings import UserSettings
from desktop.gui.template_test_dialog import TemplateTestDialog
from tests.core.review.test_evals import edited_copy, script_answers


@pytest.fixture
def context(connected_llm) -> AppContext:
    return AppContext(UserSettings())


def run_dialog(qtbot, context, template) -> TemplateTestDialog:
    dialog = TemplateTestDialog(context, template)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.run_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    return dialog


def test_dialog_shows_the_new_version_failing_beside_the_previous_version(qtbot, context, fake_llm, tmp_path) -> None:
    template = context.library.get("meeting-summary")
    script_answers(fake_llm, template)
    first = run_dialog(qtbot, context, template)
    assert first.verdict.text().startswith("3 of 3 passed")
    assert first.table.item(0, 2).text() == "—"  # never tested before

    folder = tmp_path / "edited"
    folder.mkdir()
    from desktop.core.templates.library import parse_template

    edited, _ = parse_template(edited_copy("meeting-summary", folder, drop_section="Decisions",
                                           version=template.version + 1), "team")
    script_answers(fake_llm, edited)
    second = run_dialog(qtbot, context, edited)
    assert second.verdict.text().startswith("0 of 3 passed")
    assert second.table.item(0, 1).text().endswith("failed")
    assert second.table.item(0, 2).text().endswith("passed")
    assert f"Version {template.version}" in second.before_title.text()
    assert "Decisions" in second.failures.text() and "meeting-summary · case" in second.failures.text()
    assert "## Decisions" in second.before_view.toMarkdown() or "Decisions" in second.before_view.toPlainText()
    assert "Decisions" not in second.now_view.toPlainText()
