""""Run on many…": choose a sheet, confirm the columns, see the first row redacted and the
totals, send now with progress, answers saved beside the sheet."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop.core import paths
from desktop.core.context import AppContext
from desktop.core.settings import UserSettings
from desktop.gui.batch_dialog import BatchDialog
from tests.core.batch.conftest import LEADS, QUALIFY


@pytest.fixture
def dialog(qtbot, connected_llm, tmp_path) -> BatchDialog:
    paths.personal_prompts_dir().mkdir(parents=True, exist_ok=True)
    (paths.personal_prompts_dir() / "qualify-lead.md").write_text(QUALIFY, encoding="utf-8")
    context = AppContext(UserSettings())
    widget = BatchDialog(context, context.library.get("qualify-lead"))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _leads(tmp_path: Path) -> Path:
    path = tmp_path / "leads.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(LEADS)
    return path


def test_columns_preview_and_totals_then_send_now_saves_the_answers(qtbot, dialog, connected_llm, tmp_path) -> None:
    source = _leads(tmp_path)
    with qtbot.waitSignal(dialog.planned, timeout=30000):
        dialog.set_source(source)
    assert dialog.combos["company"].currentText() == "Company"
    assert dialog.combos["contact"].currentText() == "Contact Person"
    assert "Brightwater" in dialog.preview.toPlainText() and "Hannah Okafor" not in dialog.preview.toPlainText()
    assert "4 of 5 rows ready" in dialog.totals.text() and "as a provider batch" in dialog.totals.text()
    assert "Row 4 will not be sent" in dialog.totals.text() and dialog.send_button.isEnabled()
    with qtbot.waitSignal(dialog.batch_finished, timeout=60000) as finished:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].done == 4 and len(connected_llm.requests) == 4
    assert "4 answered" in dialog.status.text() and "Answers saved" in dialog.status.text()
    table = list(openpyxl.load_workbook(tmp_path / "leads - answers.xlsx").active.iter_rows(values_only=True))
    assert len(table) == 6 and "Hannah Okafor" in table[1][4]


def test_a_required_field_without_a_column_blocks_sending(qtbot, dialog, tmp_path) -> None:
    with qtbot.waitSignal(dialog.planned, timeout=30000):
        dialog.set_source(_leads(tmp_path))
    dialog.combos["notes"].setCurrentText("(no column)")
    assert "Choose a column for Notes from the form" in dialog.totals.text()
    assert not dialog.send_button.isEnabled()


def test_a_total_over_the_approval_limit_needs_a_tick_first(qtbot, connected_llm, team_dir, tmp_path) -> None:
    (team_dir / "team.toml").write_text("approval_threshold = 0.0001\n", encoding="utf-8")
    paths.personal_prompts_dir().mkdir(parents=True, exist_ok=True)
    (paths.personal_prompts_dir() / "qualify-lead.md").write_text(QUALIFY, encoding="utf-8")
    context = AppContext(UserSettings())
    widget = BatchDialog(context, context.library.get("qualify-lead"))
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.planned, timeout=30000):
        widget.set_source(_leads(tmp_path))
    assert widget.approve.isVisible() and not widget.send_button.isEnabled()
    widget.approve.setChecked(True)
    assert widget.send_button.isEnabled()
