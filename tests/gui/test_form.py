"""The form built from a template's fields: every field type, labels, help, required marks,
inline problems, and nothing typed lost (per template while switching, and on disk)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit

from desktop.core.drafts import read_draft
from desktop.core.templates.render import validate_values
from desktop.gui.date_field import DateField, parse_date
from tests.gui.test_main_window_support import (
    EVERY_FIELD,
    note_template,
    open_window,
    personal_folder,
    wait_idle,
    write_template,
)


def _label_texts(form) -> list[str]:  # type: ignore[no-untyped-def]
    return [label.text() for label in form.fields_box.findChildren(QLabel)]


def test_every_field_type_gets_its_editor_with_label_help_and_required_mark(qtbot) -> None:
    write_template(personal_folder(), "every-field", EVERY_FIELD)
    window = open_window(qtbot)
    window.templates.open_template("every-field")
    form = window.templates.form
    editors = form.editors
    assert isinstance(editors["subject"], QLineEdit)
    assert isinstance(editors["notes"], QPlainTextEdit)
    assert isinstance(editors["tone"], QComboBox) and editors["tone"].currentText() == "Formal"
    assert [c.text() for c in editors["channels"].findChildren(QCheckBox)] == ["Email", "Phone", "Chat"]
    assert isinstance(editors["count"], QLineEdit) and editors["count"].validator() is not None
    assert isinstance(editors["due"], DateField)
    assert isinstance(editors["urgent"], QCheckBox)
    labels = _label_texts(form)
    assert "Subject *" in labels and "Notes" in labels  # required mark only where required
    assert "Paste anything long here." in labels
    assert editors["notes"].accessibleName() == "Notes"
    assert editors["notes"].tabChangesFocus()  # Tab leaves a long text box instead of typing a tab
    wait_idle(qtbot)


def test_values_read_back_in_the_types_the_template_expects(qtbot) -> None:
    write_template(personal_folder(), "every-field", EVERY_FIELD)
    window = open_window(qtbot)
    window.templates.open_template("every-field")
    form = window.templates.form
    qtbot.keyClicks(form.editors["subject"], "Quarterly report")
    form.editors["notes"].setPlainText("Line one\nLine two")
    form.editors["tone"].setCurrentText("Friendly")
    form.editors["channels"].findChildren(QCheckBox)[1].setChecked(True)
    qtbot.keyClicks(form.editors["count"], "3")
    form.editors["due"].edit.setText("2026-05-04")
    form.editors["urgent"].setChecked(True)
    assert form.values() == {
        "subject": "Quarterly report", "notes": "Line one\nLine two", "tone": "Friendly",
        "channels": ["Phone"], "count": 3, "due": "2026-05-04", "urgent": True,
    }
    assert validate_values(window.templates.template, form.values()) == {}
    wait_idle(qtbot)


def test_problems_show_under_their_field_only_once_touched_or_on_send(qtbot) -> None:
    write_template(personal_folder(), "every-field", EVERY_FIELD)
    window = open_window(qtbot)
    window.templates.open_template("every-field")
    form = window.templates.form
    problems = validate_values(window.templates.template, form.values())
    assert "subject" in problems  # required and empty
    form.show_problems(problems)
    assert form.problem_labels["subject"].isHidden()  # untouched form: no nagging
    qtbot.keyClicks(form.editors["notes"], "short")
    form.show_problems(validate_values(window.templates.template, form.values()))
    assert not form.problem_labels["notes"].isHidden()
    assert form.problem_labels["notes"].text()
    form.show_problems(validate_values(window.templates.template, form.values()), strict=True)
    assert not form.problem_labels["subject"].isHidden()
    assert form.first_problem_editor() is form.editors["subject"]
    wait_idle(qtbot)


def test_typed_values_survive_switching_templates_and_are_saved_as_a_draft(qtbot) -> None:
    folder = personal_folder()
    write_template(folder, "every-field", EVERY_FIELD)
    write_template(folder, "other-note", note_template("Other note"))
    window = open_window(qtbot)
    page = window.templates
    page.open_template("every-field")
    qtbot.keyClicks(page.form.editors["subject"], "Keep me")
    page.open_template("other-note")
    qtbot.keyClicks(page.form.editors["text"], "And me too")
    page.open_template("every-field")
    assert page.form.editors["subject"].text() == "Keep me"
    qtbot.waitUntil(lambda: read_draft("other-note").get("text") == "And me too", timeout=5000)
    qtbot.waitUntil(lambda: read_draft("every-field").get("subject") == "Keep me", timeout=5000)
    wait_idle(qtbot)


def test_a_restart_brings_back_what_was_typed(qtbot) -> None:
    write_template(personal_folder(), "other-note", note_template("Other note"))
    window = open_window(qtbot)
    window.templates.open_template("other-note")
    qtbot.keyClicks(window.templates.form.editors["text"], "A long transcript pasted before a crash")
    qtbot.waitUntil(lambda: read_draft("other-note").get("text", "").endswith("crash"), timeout=5000)
    wait_idle(qtbot)
    # The first window is never closed (its closeEvent would write the draft): as after a crash,
    # only what the draft timer wrote is on disk when the second window starts.
    again = open_window(qtbot)
    again.templates.open_template("other-note")
    assert again.templates.form.editors["text"].toPlainText() == "A long transcript pasted before a crash"
    wait_idle(qtbot)


def test_a_date_field_starts_at_today_and_the_calendar_opens_there_not_in_1900(qtbot) -> None:
    write_template(personal_folder(), "every-field", EVERY_FIELD)
    window = open_window(qtbot)
    window.templates.open_template("every-field")
    due = window.templates.form.editors["due"]
    assert window.templates.form.values()["due"] == dt.date.today().isoformat()
    due._open_on_date()
    picked = due.calendar.selectedDate()
    assert (picked.year(), picked.month(), picked.day()) == dt.date.today().timetuple()[:3]
    wait_idle(qtbot)


@pytest.mark.parametrize("typed", ["2025-06-03", "3 June 2025", "03/06/2025"])
def test_dates_typed_in_three_formats_are_kept_not_discarded(qtbot, typed: str) -> None:
    """ISO, a written date and the locale's numeric order (days first in the test locale)."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        write_template(personal_folder(), "every-field", EVERY_FIELD)
        window = open_window(qtbot)
        window.templates.open_template("every-field")
        form = window.templates.form
        due = form.editors["due"]
        due.edit.clear()
        qtbot.keyClicks(due.edit, typed)
        due.edit.editingFinished.emit()
        assert form.values()["due"] == "2025-06-03"
        assert due.edit.text() == "3 June 2025"  # shown the one way nobody misreads
        wait_idle(qtbot)
    finally:
        QLocale.setDefault(QLocale.system())


def test_text_that_is_not_a_date_stays_in_the_field_and_is_reported(qtbot) -> None:
    write_template(personal_folder(), "every-field", EVERY_FIELD)
    window = open_window(qtbot)
    window.templates.open_template("every-field")
    form = window.templates.form
    form.editors["due"].edit.setText("next blursday")
    assert form.values()["due"] == "next blursday"
    assert "due" in validate_values(window.templates.template, form.values())
    wait_idle(qtbot)


TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(("text", "day_first", "expected"), [
    ("2025-06-03", True, dt.date(2025, 6, 3)),
    ("2025-06-03", False, dt.date(2025, 6, 3)),
    ("03/06/2025", True, dt.date(2025, 6, 3)),
    ("03/06/2025", False, dt.date(2025, 3, 6)),
    ("25/12/2025", False, dt.date(2025, 12, 25)),  # only one reading is a date
    ("3.6.25", True, dt.date(2025, 6, 3)),
    ("3 June", True, dt.date(2026, 6, 3)),
    ("3rd Jun 2025", True, dt.date(2025, 6, 3)),
    ("June 3, 2025", False, dt.date(2025, 6, 3)),
    ("today", True, TODAY),
    ("tomorrow", True, dt.date(2026, 12, 7)),
    ("31/02/2025", True, None),
    ("next blursday", True, None),
    ("", True, None),
])
def test_parse_date_table(text: str, day_first: bool, expected: dt.date | None) -> None:
    assert parse_date(text, today=TODAY, day_first=day_first) == expected


def test_a_refused_send_scrolls_to_and_focuses_the_first_field_with_a_problem(qtbot) -> None:
    write_template(personal_folder(), "every-field", EVERY_FIELD)
    window = open_window(qtbot)
    window.resize(900, 420)  # small enough that the form scrolls
    page = window.templates
    page.open_template("every-field")
    form = page.form
    form.scroll_area.verticalScrollBar().setValue(form.scroll_area.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: page.prepared is not None, timeout=10_000)
    page.route_bar.send.click()
    qtbot.waitUntil(lambda: form.editors["subject"].hasFocus() or window.focusWidget() is form.editors["subject"],
                    timeout=10_000)
    assert not form.problem_labels["subject"].isHidden()
    editor = form.editors["subject"]
    top = editor.mapTo(form.scroll_area.widget(), editor.rect().topLeft()).y()
    shown_from = form.scroll_area.verticalScrollBar().value()
    assert shown_from <= top <= shown_from + form.scroll_area.viewport().height()
    wait_idle(qtbot)
