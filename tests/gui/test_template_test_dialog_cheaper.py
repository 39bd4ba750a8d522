""""Test this template" → "Try on Quick": both tiers side by side, and a one-click move."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool

from desktop.core.context import AppContext
from desktop.core.settings import UserSettings
from desktop.gui.template_test_dialog import TemplateTestDialog
from tests.core.review.test_try_cheaper import _queue


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def test_a_template_that_passes_on_quick_can_be_moved_there_in_the_team_library(qtbot, connected_llm,
                                                                                 team_dir) -> None:
    context = AppContext(UserSettings())
    template = context.library.get("meeting-summary")
    _queue(connected_llm, context, "meeting-summary")
    dialog = TemplateTestDialog(context, template)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.cheaper_button.isVisible() and dialog.cheaper_button.text() == "Try on Quick"
    dialog.cheaper_button.click()
    qtbot.waitUntil(lambda: dialog.downgrade is not None, timeout=30000)
    assert dialog.verdict.text() == "Passes on Quick as well: no runs last month to price."
    assert dialog.table.horizontalHeaderItem(2).text() == "On Quick"
    assert all(dialog.table.item(row, 2).text() == "✔ passed" for row in range(dialog.table.rowCount()))
    assert dialog.move_button.isVisible()
    dialog.move_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Moved to the quick tier"), timeout=10000)
    assert AppContext(UserSettings()).library.get("meeting-summary").tier == "quick"


def test_a_template_that_fails_on_quick_offers_no_move(qtbot, connected_llm) -> None:
    context = AppContext(UserSettings())
    _queue(connected_llm, context, "meeting-summary", cheaper_drops="Decisions")
    dialog = TemplateTestDialog(context, context.library.get("meeting-summary"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.cheaper_button.click()
    qtbot.waitUntil(lambda: dialog.downgrade is not None, timeout=30000)
    assert dialog.verdict.text().startswith("Stays on Execution:")
    assert not dialog.move_button.isVisible()
    assert "Decisions" in dialog.failures.text()


def test_a_quick_template_has_no_cheaper_tier_to_try(qtbot) -> None:
    context = AppContext(UserSettings())
    dialog = TemplateTestDialog(context, context.library.get("lead-qualification"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.cheaper_button.isVisible()
