"""The "Test this template" dialog with hostile case files: it opens, and names each bad file."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.context import AppContext
from desktop.core.settings import UserSettings
from desktop.gui.template_test_dialog import TemplateTestDialog
from tests.core.review.test_case_files import ALIAS_BOMB, DEEP_BLOCK, DEEP_FLOW, GOOD, write_cases


def test_dialog_opens_and_lists_alias_bomb_and_deep_nesting_as_problems(qtbot, tmp_path) -> None:
    template = write_cases(tmp_path, {"alias-bomb.yaml": ALIAS_BOMB, "deep-flow.yaml": DEEP_FLOW,
                                      "deep-block.yaml": DEEP_BLOCK, "good.yaml": GOOD})
    dialog = TemplateTestDialog(AppContext(UserSettings()), template)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.dry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    text = dialog.failures.text()
    assert "alias-bomb.yaml" in text and "deep-flow.yaml" in text and "deep-block.yaml" in text
    assert "RecursionError" not in text
    assert "Board call" in [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
