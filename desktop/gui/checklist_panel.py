"""The checklist beside the answer: what the app checked, what the person checks, Approve.

Automatic results (word count, required sections, leftover placeholders, filler phrases, an
answer cut off) arrive ticked or flagged with their reason; the human items are tick boxes.
Approve is enabled only when ``quality.can_approve`` says every required item is ticked, and
pasted outside content always brings the human checks (``quality.checklist`` decides that).
Ticks, approval, thumbs up/down and the comment are handed to the main window as one review
value (``review_changed``), which records it with the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.text import plural

RECORD_DELAY_MS = 400


@dataclass
class Review:
    """What the person decided about one run's answer."""

    run_id: str
    ticked_ids: list[str] = field(default_factory=list)
    ticked: int = 0
    total: int = 0
    approved: bool = False
    feedback: int = 0  # +1, -1, 0
    comment: str = ""


class _ClickLabel(QLabel):
    """The wrapping text of a tick box; a click on it toggles the box, as a checkbox's own text does."""

    def __init__(self, text: str, check: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.check = check
        self.setWordWrap(True)
        self.setBuddy(check)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.check.isEnabled():
            self.check.toggle()
        super().mouseReleaseEvent(event)


class ChecklistPanel(QWidget):
    """Checklist for the answer on screen.

    Signals:
        review_changed(object): a ``Review`` to record with the run (debounced).
        approved(str): the run with this id was approved.
    """

    review_changed = Signal(object)
    approved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results: list[Any] = []
        self.checks: dict[str, QCheckBox] = {}
        self.check_labels: dict[str, QLabel] = {}
        self.run_id = ""
        self._approved = False
        self._record_timer = QTimer(self)
        self._record_timer.setSingleShot(True)
        self._record_timer.setInterval(RECORD_DELAY_MS)
        self._record_timer.timeout.connect(self._emit_review)

        heading = QLabel("Check before you use it", self)
        heading.setProperty("role", "heading")
        self.hint = QLabel("The checklist appears with the answer.", self)
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)

        self.rows = QWidget(self)
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.rows)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.approve = QPushButton("Approve", self)
        self.approve.setAccessibleName("Approve the answer")
        self.approve.setEnabled(False)
        self.approve.clicked.connect(self._approve)
        self.thumbs_up = QPushButton("Good answer", self)
        self.thumbs_up.setAccessibleName("Good answer")
        self.thumbs_up.setToolTip("Tell your team this template worked well here")
        self.thumbs_down = QPushButton("Poor answer", self)
        self.thumbs_down.setAccessibleName("Poor answer")
        self.thumbs_down.setToolTip("Tell your team this answer was not good enough")
        self.thumbs = QButtonGroup(self)
        self.thumbs.setExclusive(False)
        for button in (self.thumbs_up, self.thumbs_down):
            button.setCheckable(True)
            self.thumbs.addButton(button)
        self.thumbs_up.toggled.connect(lambda on: self._thumb(self.thumbs_up, on))
        self.thumbs_down.toggled.connect(lambda on: self._thumb(self.thumbs_down, on))
        self.comment = QLineEdit(self)
        self.comment.setPlaceholderText("Comment (optional)")
        self.comment.setAccessibleName("Comment on the answer")
        self.comment.editingFinished.connect(self._changed)

        thumbs_row = QHBoxLayout()
        thumbs_row.addWidget(self.thumbs_up)
        thumbs_row.addWidget(self.thumbs_down)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.approve)
        layout.addLayout(thumbs_row)
        layout.addWidget(self.comment)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 34)
        self._set_enabled(False)

    # ------------------------------------------------------------------ filling
    def clear(self, hint: str = "The checklist appears with the answer.") -> None:
        self._record_timer.stop()
        self.results = []
        self.run_id = ""
        self._approved = False
        self.checks.clear()
        self.check_labels.clear()
        while self.rows_layout.count() > 1:
            item = self.rows_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.hint.setText(hint)
        self.approve.setText("Approve")
        for button in (self.thumbs_up, self.thumbs_down):
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        self._thumb_texts()
        self.comment.clear()
        self._set_enabled(False)

    def set_results(self, run_id: str, results: list[Any]) -> None:
        """Show ``results`` (``quality.CheckResult``) for the run ``run_id``."""
        self.clear()
        self.run_id = run_id
        self.results = list(results)
        for result in self.results:
            self.rows_layout.insertWidget(self.rows_layout.count() - 1, self._row(result))
        human = [r for r in self.results if not r.automatic]
        flagged = [r for r in self.results if r.automatic and r.passed is False]
        parts = []
        if flagged:
            parts.append(f"{plural(len(flagged), 'automatic check')} flagged.")
        if human:
            parts.append("Tick what you checked; items marked * are needed to approve.")
        self.hint.setText(" ".join(parts) or "Everything was checked automatically.")
        self._set_enabled(True)
        self._update_approve()

    def _row(self, result: Any) -> QWidget:
        label = result.label + (" *" if result.required else "")
        if not result.automatic:
            return self._check_row(result, label)
        if result.passed is False and result.required:
            # A required automatic check that failed: the person may fix the answer by hand and
            # tick it to say they looked (quality.can_approve accepts that).
            return self._check_row(result, f"⚠ {label}", flagged=True)
        if result.passed is True:
            mark, role = "✓", "good"
        elif result.passed is False:
            mark, role = "⚠", "warning"
        else:
            mark, role = "–", "muted"
        text = f"{mark} {label}"
        if result.reason:
            text += f"<br><span style='font-size:small'>{result.reason}</span>"
        row = QLabel(text, self.rows)
        row.setWordWrap(True)
        row.setTextFormat(Qt.TextFormat.RichText)
        row.setProperty("role", role)
        row.setAccessibleName(f"{result.label}: {'passed' if result.passed else 'flagged'}. {result.reason}")
        return row

    def _check_row(self, result: Any, label: str, *, flagged: bool = False) -> QWidget:
        """A tick box whose text wraps (a QCheckBox's own text never wraps, so a long checklist
        item would be cut off in a narrow panel); clicking the text ticks the box."""
        box = QWidget(self.rows)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(0)
        check = QCheckBox(box)
        check.setAccessibleName(result.label)
        check.toggled.connect(self._changed)
        text = _ClickLabel(label, check, box)
        grid.addWidget(check, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(text, 0, 1)
        grid.setColumnStretch(1, 1)
        if result.reason or flagged:
            reason = QLabel((result.reason or "") + (" Tick once you have fixed it or accept it." if flagged else ""),
                            box)
            reason.setWordWrap(True)
            reason.setProperty("role", "warning" if flagged else "muted")
            grid.addWidget(reason, 1, 1)
            check.setAccessibleDescription(reason.text())
        self.checks[result.id] = check
        self.check_labels[result.id] = text
        return box

    def restore(self, review: Review | None, run: Any = None) -> None:
        """Show a review recorded earlier for this run (ticks, approval, thumbs, comment) without
        recording it again. ``run`` (from the ledger) stands in for what ``review`` lacks: a run
        approved elsewhere shows approved, with its human items ticked."""
        approved = bool(review.approved if review is not None else getattr(run, "approved", False))
        ticked = set(review.ticked_ids) if review is not None else set()
        if approved and not ticked:
            ticked = {r.id for r in self.results if not r.automatic or r.passed is False}
        feedback = review.feedback if review is not None else int(getattr(run, "feedback", 0) or 0)
        comment = review.comment if review is not None else str(getattr(run, "feedback_comment", "") or "")
        for result_id, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(result_id in ticked)
            check.blockSignals(False)
        for button, value in ((self.thumbs_up, 1), (self.thumbs_down, -1)):
            button.blockSignals(True)
            button.setChecked(feedback == value)
            button.blockSignals(False)
        self._thumb_texts()
        self.comment.setText(comment)
        self._approved = approved and self.can_approve()
        self._update_approve()

    # ------------------------------------------------------------------ state
    def ticked_ids(self) -> list[str]:
        return [rid for rid, check in self.checks.items() if check.isChecked()]

    def tick(self, result_id: str, on: bool = True) -> None:
        self.checks[result_id].setChecked(on)

    def review(self) -> Review:
        ticked = self.ticked_ids()
        passed_auto = [r for r in self.results if r.automatic and r.passed is True]
        feedback = 1 if self.thumbs_up.isChecked() else -1 if self.thumbs_down.isChecked() else 0
        return Review(self.run_id, ticked, len(ticked) + len(passed_auto), len(self.results), self._approved,
                      feedback, self.comment.text().strip())

    def can_approve(self) -> bool:
        from desktop.core.review import quality

        return bool(self.results) and bool(quality.can_approve(self.results, set(self.ticked_ids())))

    def _update_approve(self) -> None:
        allowed = self.can_approve()
        if not allowed:
            self._approved = False
        # Approved stays a live, pressed-looking button (a greyed one reads as "not possible");
        # pressing it again does nothing but keep the approval.
        self.approve.setEnabled(allowed)
        self.approve.setProperty("approved", self._approved)
        self.approve.style().unpolish(self.approve)
        self.approve.style().polish(self.approve)
        self.approve.setText("Approved ✓" if self._approved else "Approve")
        self.approve.setAccessibleName("Approved" if self._approved else "Approve the answer")

    def _changed(self, *_args: object) -> None:
        if not self.run_id:
            return
        self._update_approve()
        self._record_timer.start()

    def _approve(self) -> None:
        if not self.can_approve() or self._approved:
            return
        self._approved = True
        self._update_approve()
        self._emit_review()
        self.approved.emit(self.run_id)

    def _thumb(self, button: QPushButton, on: bool) -> None:
        other = self.thumbs_down if button is self.thumbs_up else self.thumbs_up
        if on and other.isChecked():
            other.blockSignals(True)
            other.setChecked(False)
            other.blockSignals(False)
        self._thumb_texts()
        self._changed()

    def _thumb_texts(self) -> None:
        """A pressed thumb says so in words too: some styles draw a pressed button like any other."""
        for button, words in ((self.thumbs_up, "Good answer"), (self.thumbs_down, "Poor answer")):
            button.setText(f"✓ {words}" if button.isChecked() else words)

    def _emit_review(self) -> None:
        self._record_timer.stop()
        if self.run_id:
            self.review_changed.emit(self.review())

    def flush(self) -> None:
        """Record a pending change now (the user is moving on to another run)."""
        if self._record_timer.isActive():
            self._emit_review()

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.thumbs_up, self.thumbs_down, self.comment):
            widget.setEnabled(on)
        if not on:
            self.approve.setEnabled(False)
