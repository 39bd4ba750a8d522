"""A batch in History: one entry in the list, and, when picked, its rows with where each stands.

``batch_entries`` finds the batches that match History's filters and ``merge`` places them among
the single runs by time (both run on History's worker). ``BatchPanel`` shows the picked batch:
each row's state, cost, whether it needs a person's look and the start of its answer, with
"Review flagged rows…" (``batch_review.py``) and "Export results…" (the XLSX/CSV written again
from the ledger).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QWidget,
)

from desktop.core.errors import user_message
from desktop.core.money import money
from desktop.core.text import plural
from desktop.gui.table_model import RowsTableModel, rows_table
from desktop.gui.widgets import button, hbox, vbox
from desktop.gui.worker import LatestOnly, run_for

if TYPE_CHECKING:
    from desktop.core.batch.entry import EntryRow
    from desktop.core.batch.store import BatchSummary
    from desktop.core.context import AppContext

ROW_COLUMNS = ("Row", "Status", "Needs review", "Cost", "Answer")
# What each History status filter means for a batch (None: batches are not listed under it).
_BATCH_FILTERS = {None: lambda s: True, "Failed": lambda s: s.failed > 0, "Sent, no answer": lambda s: s.pending > 0,
                  "Needs review": lambda s: s.answered > 0}


def is_batch(entry: Any) -> bool:
    return hasattr(entry, "record") and hasattr(entry, "answered")


def batch_entries(context: AppContext, filters: dict[str, Any], status_filter: str | None) -> list[BatchSummary]:
    """The batches History lists under ``filters`` (``HistoryView.filters``); on a worker."""
    from desktop.core.batch.store import BatchStore

    wanted = _BATCH_FILTERS.get(status_filter)
    if wanted is None:
        return []
    search = (filters.get("search") or "").lower()
    found = []
    for summary in BatchStore(context.ledger).summaries(limit=filters.get("limit", 200)):
        record = summary.record
        title = title_of(context, record.template_id)
        if filters.get("template_id") and record.template_id != filters["template_id"]:
            continue
        if filters.get("since") and record.created_at < filters["since"]:
            continue
        if search and search not in f"{title} {Path(record.source).name}".lower():
            continue
        if wanted(summary):
            found.append(summary)
    return found


def outside_batches(ledger: Any, runs: list[Any]) -> list[Any]:
    """``runs`` without the rows of batches (their batch's entry shows where they stand)."""
    in_batches = {row["run_id"] for row in ledger.query("SELECT run_id FROM batch_rows")}
    return [run for run in runs if run.id not in in_batches]


def title_of(context: AppContext, template_id: str) -> str:
    template = context.library.get(template_id)
    return template.title if template is not None else template_id


def merge(runs: list[Any], batches: list[Any], limit: int) -> list[Any]:
    """Runs and batches newest first, as one list."""
    def when(entry: Any) -> str:
        return str(entry.record.created_at if is_batch(entry) else entry.started_at)

    return sorted([*runs, *batches], key=when, reverse=True)[:limit]


def progress_words(summary: BatchSummary) -> str:
    """"120 of 200 answered · 3 failed · 80 in the provider batch"."""
    parts = [f"{summary.answered} of {summary.record.rows_total} answered"]
    if summary.failed:
        parts.append(f"{summary.failed} failed")
    if summary.pending:
        waiting = "in the provider batch" if summary.record.state == "submitted" else "sent, no answer"
        parts.append(f"{summary.pending} {waiting}")
    return " · ".join(parts)


def batch_texts(summary: BatchSummary, title: str) -> tuple[str, ...]:
    """The cells of a batch's line in History: when, what, where it stands, how sent, cost."""
    from desktop.gui.history_rows import model_name, when_text

    record = summary.record
    what = f"{title} — batch of {plural(record.rows_total, 'row')} from {Path(record.source).name}"
    cost = money(summary.cost) if summary.cost or not summary.pending else "—"  # nothing billed yet, or not known
    return (when_text(record.created_at), what, progress_words(summary), model_name(summary.provider, summary.model),
            cost)


def _why(row: EntryRow) -> str:
    """Why a row needs a look, short enough for its cell (the whole reason is its tooltip)."""
    if row.status != "done":
        return "yes: no answer"
    reason = row.checks if len(row.checks) <= 48 else row.checks[:47].rstrip() + "…"
    return f"yes: {reason}"


class RowsModel(RowsTableModel):
    """The rows of one batch, read when painted."""

    columns = ROW_COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            answer = " ".join(row.answer.split())
            return (str(row.row + 1), row.words, _why(row) if row.needs_review else "",
                    money(row.cost) if row.cost else "—", answer[:120] or row.checks[:120])[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (2, 4):
            return row.checks if index.column() == 2 else row.answer[:1000]
        return None


class BatchPanel(QWidget):
    """The picked batch: its rows, "Review flagged rows…" and "Export results…".

    Signals:
        rows_loaded(int): the rows were read (this many).
        exported(str): the results file was written here.
        changed(): rows were reviewed or sent again (History refreshes its list).
    """

    rows_loaded = Signal(int)
    exported = Signal(str)
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.summary: BatchSummary | None = None
        self.template: Any = None
        self.review_dialog: Any = None
        self._reads = LatestOnly(self)  # rows of the batch chosen last, never of one chosen before
        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.model = RowsModel(self)
        self.table = rows_table(self.model, "Rows of the batch", self)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.open_review(all_rows=True))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.review_button = button("Review flagged rows…", self, lambda: self.open_review(),
                                    tip="Walk through the rows a person should look at, with the checklist")
        self.export_button = button("Export results…", self, self._ask_export,
                                    tip="Save every row with its answer, checks and cost as Excel or CSV")
        vbox(self, self.heading, self.facts, (self.table, 1),
               hbox(None, (self.status, 1), self.review_button, self.export_button))

    def set_batch(self, summary: BatchSummary) -> None:
        """Show ``summary``'s batch; its rows are read on a worker."""
        from desktop.core.batch.entry import load_rows

        self.summary = summary
        context, record = self.context, summary.record
        title = title_of(context, record.template_id)
        self.heading.setText(f"{title} — {plural(record.rows_total, 'row')} from {Path(record.source).name}")
        how = ("Sent as a provider batch at half price" if record.mode == "provider" else "Sent right away")
        spent = f" · {money(summary.cost)} so far" if summary.cost else ""
        self.facts.setText(f"{how} · {progress_words(summary)}{spent}")
        self.status.setText("")

        def op(_ctx: object) -> tuple[Any, list[EntryRow]]:
            template = context.library.get(record.template_id)
            return template, load_rows(context, record, template)

        def show(result: tuple[Any, list[EntryRow]]) -> None:
            self.template, rows = result
            self.model.set_rows(rows)
            flagged = sum(r.needs_review for r in rows)
            self.review_button.setEnabled(self.template is not None and bool(rows))
            self.review_button.setText(f"Review {plural(flagged, 'flagged row')}…" if flagged else "Review rows…")
            self.rows_loaded.emit(len(rows))

        self._reads.run(op, on_success=show, on_failure=lambda exc: self.status.setText(user_message(exc)))

    def reload(self) -> None:
        if self.summary is not None:
            self.set_batch(self.summary)

    # ------------------------------------------------------------------ export
    def _ask_export(self) -> None:
        from desktop.core.batch.results import default_out

        if self.summary is None:
            return
        suggested = str(default_out(Path(self.summary.record.source)))
        path, _ = QFileDialog.getSaveFileName(self, "Export results", suggested, "Excel (*.xlsx);;CSV (*.csv)")
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> None:
        """Write the results file (by its name: .xlsx or .csv) off the UI thread."""
        from desktop.core.batch.results import export

        if self.summary is None:
            return
        context, record, template = self.context, self.summary.record, self.template
        self.status.setText("Saving…")

        def saved(written: Path) -> None:
            self.status.setText(f"Saved to {written}")
            self.exported.emit(str(written))

        run_for(self, lambda _ctx: export(context, record, template, path), on_success=saved,
                on_failure=lambda exc: self.status.setText(user_message(exc)))

    # ------------------------------------------------------------------ review
    def open_review(self, *, all_rows: bool = False) -> Any:
        """Open the review screen for this batch (flagged rows first)."""
        from desktop.gui.batch_review import BatchReviewDialog

        if self.summary is None or self.template is None:
            return None
        dialog = BatchReviewDialog(self.context, self.summary.record, self.template, self, all_rows=all_rows)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.reload)
        dialog.changed.connect(self.changed)
        self.review_dialog = dialog
        dialog.open()
        return dialog
