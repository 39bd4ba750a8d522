"""History's words for a run: its row in the list, its status, when it ran, and the whole of it
in the detail pane. Plain functions of a ``Run`` (and the table model that paints the rows), so
the batch list beside it words its lines the same way and the rows can be made off the UI thread.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop.core import run as run_mod
from desktop.core.money import money
from desktop.gui.table_model import RowsTableModel

STATUS_WORDS = {
    run_mod.DONE: "Done",
    run_mod.FAILED: "Failed",
    run_mod.CANCELLED: "Stopped",
    run_mod.WAITING: "Waiting to send",
    run_mod.DRY_RUN: "Not sent (trying without a key)",
    run_mod.SENDING: "Sending",
    run_mod.UNCONFIRMED: "Sent, answer not received — may have been billed",
}
PERIODS = ("Any time", "Today", "Last 7 days", "Last 30 days", "This month")
COLUMNS = ("When", "Template", "Status", "Model", "Cost")


def period_since(period: str, now: datetime | None = None) -> str | None:
    """The UTC ISO time a period starts at (local days and months), or None for any time."""
    now = (now or datetime.now().astimezone()).astimezone()
    today = datetime.combine(now.date(), time(0), tzinfo=now.tzinfo)
    start = {
        "Today": today,
        "Last 7 days": today - timedelta(days=6),
        "Last 30 days": today - timedelta(days=29),
        "This month": today.replace(day=1),
    }.get(period)
    return start.astimezone(UTC).isoformat(timespec="milliseconds") if start else None


def when_text(iso: str, today: date | None = None) -> str:
    """"Today 14:05", "Yesterday 09:12", "Mon 3 Nov 14:05", "3 Nov 2025" for an ISO time."""
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    today = today or date.today()
    clock = moment.strftime("%H:%M")
    if moment.date() == today:
        return f"Today {clock}"
    if moment.date() == today - timedelta(days=1):
        return f"Yesterday {clock}"
    if moment.year == today.year:
        return f"{moment.strftime('%a')} {moment.day} {moment.strftime('%b')} {clock}"
    return f"{moment.day} {moment.strftime('%b %Y')}"


class RunsModel(RowsTableModel):
    """The listed runs as a table model: cells are read when painted, so showing 500 runs is one
    reset instead of thousands of item objects built on the UI thread."""

    columns = COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def status_words(run: Any) -> str:
    """"Approved", "Needs review", "Waiting to send", "Failed"...: where the run stands."""
    if run.status == run_mod.DONE:
        return "Approved" if run.approved else "Needs review"
    return STATUS_WORDS.get(run.status, run.status or "—")


def row_texts(run: Any) -> tuple[str, ...]:
    """The cells of one run's row: when, template, status, model, cost."""
    return (
        when_text(run.started_at),
        run.template_title or run.template_id or "Ask anything",
        status_words(run),
        model_name(run.provider, run.model),
        money(run.actual_cost) if run.status == run_mod.DONE else "—",
    )


def model_name(provider: str, model: str) -> str:
    """"Claude Sonnet" rather than a dated model id."""
    if not model:
        return "—"
    from desktop.core.send.routing import friendly_model_name

    return friendly_model_name(provider, model)


def describe(run: Any, labels: dict[str, str] | None = None, approval_line: str = "") -> str:
    """The selected run in plain words: what was asked (each field under its label, whole),
    what happened and who approved it, the answer."""
    labels = labels or {}
    lines = [f"{run.template_title or run.template_id or 'Ask anything'} — {when_text(run.started_at)}"]
    status = status_words(run)
    if run.status == run_mod.DONE:
        lines.append(f"{status} · {model_name(run.provider, run.model)} · {money(run.actual_cost)}")
        if run.approved:
            lines.append(f"Approved by {run.user or 'you'}")
        if approval_line:  # which version ("Approved version: v2 of 3.")
            lines.append(approval_line)
    else:
        lines.append(status or "")
    if run.error_message:
        lines.append(run.error_message)
    if run.fields:
        for name, value in run.fields.items():
            label = labels.get(name) or name.replace("_", " ").capitalize()
            lines += ["", f"{label}:", str(value)]
    if run.response_text:
        lines += ["", "Answer:", run.response_text]
    return "\n".join(lines)
