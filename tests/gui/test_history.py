"""History: past runs from a real ledger, filtered, reopened, and waiting runs sent again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QThreadPool

from desktop.core.context import AppContext
from desktop.core.run import DONE, FAILED, WAITING, Run
from desktop.gui.history_rows import period_since, when_text
from desktop.gui.history_view import HistoryView


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:
    """Background work ends before qtbot closes the widgets it reports to."""
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def _ago(**delta: float) -> str:
    return (datetime.now(UTC) - timedelta(**delta)).isoformat(timespec="milliseconds")


def _run(**values: object) -> Run:
    base: dict[str, object] = {"user": "Ana", "template_id": "meeting-summary", "template_title": "Meeting summary",
                               "status": DONE, "model": "claude-sonnet-5-5-20260928", "actual_cost": 0.0123,
                               "response_text": "Decisions: ship on Friday."}
    base.update(values)
    return Run(**base)  # type: ignore[arg-type]


@pytest.fixture
def context(monkeypatch: pytest.MonkeyPatch) -> AppContext:
    monkeypatch.setenv("PROMPTDESK_USER", "Ana")
    return AppContext()


def _view(qtbot, context: AppContext) -> HistoryView:
    view = HistoryView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    return view


def _titles(view: HistoryView) -> list[str]:
    return [_cell(view, row, 1) for row in range(view.model.rowCount())]


def _cell(view: HistoryView, row: int, column: int) -> str:
    return str(view.model.index(row, column).data())


def test_lists_runs_newest_first_and_filters_by_status_template_and_search(qtbot, context: AppContext) -> None:
    ledger = context.ledger
    ledger.record(_run(started_at=_ago(hours=3)))
    ledger.record(_run(template_id="cold-email", template_title="Cold email", started_at=_ago(hours=2),
                       response_text="Dear customer, about your invoice"))
    ledger.record(_run(template_id="email-triage", template_title="Email triage", status=FAILED,
                       error_message="Anthropic refused the API key.", started_at=_ago(hours=1)))
    view = _view(qtbot, context)
    assert _titles(view) == ["Email triage", "Cold email", "Meeting summary"]
    assert _cell(view, 0, 2) == "Failed"
    assert _cell(view, 1, 4) == "1¢"

    with qtbot.waitSignal(view.loaded):
        view.status_filter.setCurrentIndex(view.status_filter.findData("Failed"))
    assert _titles(view) == ["Email triage"]

    with qtbot.waitSignal(view.loaded):
        view.status_filter.setCurrentIndex(0)
    with qtbot.waitSignal(view.loaded):
        view.template_filter.setCurrentIndex(view.template_filter.findData("meeting-summary"))
    assert _titles(view) == ["Meeting summary"]

    with qtbot.waitSignal(view.loaded):
        view.template_filter.setCurrentIndex(0)
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClicks(view.search, "invoice")
    assert _titles(view) == ["Cold email"]


def test_date_filter_leaves_out_older_runs_and_says_when_nothing_matches(qtbot, context: AppContext) -> None:
    context.ledger.record(_run(started_at=_ago(days=40)))
    view = _view(qtbot, context)
    assert view.model.rowCount() == 1
    with qtbot.waitSignal(view.loaded):
        view.period_filter.setCurrentText("Last 30 days")
    assert view.model.rowCount() == 0
    assert not view.empty_label.isHidden()
    assert "No runs match" in view.empty_label.text()


def test_open_again_emits_the_selected_run_id(qtbot, context: AppContext) -> None:
    run = _run()
    context.ledger.record(run)
    view = _view(qtbot, context)
    assert not view.reopen_button.isEnabled()
    view.table.selectRow(0)
    assert "ship on Friday" in view.details.toPlainText()
    with qtbot.waitSignal(view.reopen_requested) as signal:
        view.reopen_button.click()
    assert signal.args == [run.id]


def test_waiting_run_is_announced_and_send_now_emits_its_id(qtbot, context: AppContext) -> None:
    waiting = _run(status=WAITING, template_title="Cold email", started_at=_ago(minutes=5), response_text="")
    done = _run(started_at=_ago(hours=1))
    context.ledger.record(waiting)
    context.ledger.record(done)
    view = _view(qtbot, context)
    assert not view.waiting_label.isHidden()
    assert "1 run is waiting to send" in view.waiting_label.text()
    assert view.select_run(done.id)
    assert not view.send_button.isEnabled()
    assert view.select_run(waiting.id)
    assert view.send_button.isEnabled()
    with qtbot.waitSignal(view.send_now_requested) as signal:
        view.send_button.click()
    assert signal.args == [waiting.id]


def test_empty_history_says_what_will_appear(qtbot, context: AppContext) -> None:
    view = _view(qtbot, context)
    assert view.model.rowCount() == 0
    assert "Nothing here yet" in view.empty_label.text()
    assert view.waiting_label.isHidden()


def test_period_since_and_when_text_use_local_days() -> None:
    now = datetime(2026, 11, 22, 15, 30).astimezone()
    assert period_since("Any time", now) is None
    today = datetime.fromisoformat(period_since("Today", now) or "").astimezone()
    assert (today.date(), today.hour, today.minute) == (now.date(), 0, 0)
    month = datetime.fromisoformat(period_since("This month", now) or "").astimezone()
    assert month.day == 1
    moment = now.replace(hour=9, minute=5)
    assert when_text(moment.isoformat(), now.date()) == "Today 09:05"
    assert when_text((moment - timedelta(days=1)).isoformat(), now.date()) == "Yesterday 09:05"


def test_enter_on_a_run_opens_it_again(qtbot, context: AppContext) -> None:
    """Keyboard use: arrow to a run and press Enter to open it."""
    from PySide6.QtCore import Qt

    run = _run()
    context.ledger.record(run)
    view = _view(qtbot, context)
    view.show()
    qtbot.waitExposed(view)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 1))
    with qtbot.waitSignal(view.reopen_requested) as signal:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert signal.args == [run.id]


def test_filling_a_long_history_keeps_references_to_none_balanced(qtbot, context: AppContext) -> None:
    """Guards against Qt bindings that drop a reference to None on each call returning None
    (PySide6 6.12.0 under Python 3.11): filling History makes thousands of such calls, and the
    process would abort with "deallocating None"."""
    import sys

    runs = [_run(started_at=_ago(minutes=i)) for i in range(300)]
    view = HistoryView(context)
    qtbot.addWidget(view)
    from desktop.gui.history_rows import row_texts

    rows = [row_texts(run) for run in runs]
    before = sys.getrefcount(None)
    for _ in range(3):
        view._show(runs, [], rows)
    assert view.model.rowCount() == 300
    assert sys.getrefcount(None) - before > -100  # thousands of calls; a leak per call shows at once


def test_history_tells_approved_from_needs_review_filters_them_and_names_who_approved(qtbot,
                                                                                      context: AppContext) -> None:
    approved = _run(template_title="Approved one", approved=True, started_at=_ago(hours=2))
    unreviewed = _run(template_title="Unreviewed one", started_at=_ago(hours=1))
    context.ledger.record(approved)
    context.ledger.record(unreviewed)
    view = _view(qtbot, context)
    assert [_cell(view, row, 2) for row in range(2)] == ["Needs review", "Approved"]
    with qtbot.waitSignal(view.loaded):
        view.status_filter.setCurrentIndex(view.status_filter.findData("Approved"))
    assert _titles(view) == ["Approved one"]
    view.table.selectRow(0)
    assert "Approved by Ana" in view.details.toPlainText()
    with qtbot.waitSignal(view.loaded):
        view.status_filter.setCurrentIndex(view.status_filter.findData("Needs review"))
    assert _titles(view) == ["Unreviewed one"]


def test_details_show_field_labels_and_whole_values(qtbot, context: AppContext) -> None:
    from tests.gui.test_main_window_support import EVERY_FIELD, personal_folder, write_template

    write_template(personal_folder(), "every-field", EVERY_FIELD)
    template = context.library.get("every-field")
    field = template.fields[0]
    long_value = "word " * 120 + "the very end"
    context.ledger.record(_run(template_id="every-field", template_title=template.title, fields={field.name: long_value}))
    view = _view(qtbot, context)
    view.table.selectRow(0)
    details = view.details.toPlainText()
    assert f"{field.label}:" in details and long_value in details and "…" not in details
    if field.label != field.name:
        assert f"{field.name}:" not in details
