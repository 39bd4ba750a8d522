"""The bottom of the Templates page: the answer with its heading, and its checklist beside it.

``AnswerArea`` is the splitter holding both. It starts with two empty places and builds the
answer view and the checklist on first use (start-up stays short); ``replaceWidget`` keeps the
sizes a restored splitter state gave the places. It shows a run with its checklist and the
ticks already made, and remembers the last run shown for each template, so going back to a
template shows its answer again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.gui.checklist_panel import ChecklistPanel, Review

if TYPE_CHECKING:
    from desktop.gui.answer_view import AnswerView

CHECKLIST_LATER = "The checklist appears when the answer is complete."


def checklist_for(template: Any, run: Any) -> list[Any]:
    """The checklist results of ``run``'s answer (none without a complete or stopped answer)."""
    from desktop.core import run as run_mod
    from desktop.core.review import quality

    if run.status not in (run_mod.DONE, run_mod.CANCELLED) or not run.response_text:
        return []
    return list(quality.checklist(template, run.response_text, stop_reason=run.stop_reason,
                                  untrusted=template.has_untrusted or bool(run.injection_flag)))


class AnswerArea(QSplitter):
    """The answer and its checklist; see the module docstring.

    ``reviews`` (run id -> the latest review) is read when a checklist is shown again, so ticks
    survive navigation.

    Signals:
        built(): the answer view and the checklist now exist (connect to them; set the tab order).
    """

    built = Signal()

    def __init__(self, reviews: dict[str, Review], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        # The widgets are made as children of the page, not of this splitter: a child made here
        # would be added to it at once, beside the place it is meant to replace.
        self._page = parent
        self.reviews = reviews
        self.last_runs: dict[str, tuple[Any, list[Any]]] = {}  # template id -> (run, checklist)
        self._answer: AnswerView | None = None
        self._checklist: ChecklistPanel | None = None
        self._heading: QLabel | None = None
        self.addWidget(QWidget(self))  # places of the answer and the checklist
        self.addWidget(QWidget(self))
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setChildrenCollapsible(False)
        self.setSizes([560, 300])

    @property
    def is_built(self) -> bool:
        return self._answer is not None

    @property
    def answer(self) -> AnswerView:
        self.build()
        assert self._answer is not None
        return self._answer

    @property
    def checklist(self) -> ChecklistPanel:
        self.build()
        assert self._checklist is not None
        return self._checklist

    @property
    def heading(self) -> QLabel:
        self.build()
        assert self._heading is not None
        return self._heading

    def build(self) -> None:
        """The answer with its heading, and the checklist beside it (once)."""
        if self._answer is not None:
            return
        from desktop.gui.answer_view import AnswerView

        page = self._page
        self._answer = answer = AnswerView(page)
        self._checklist = checklist = ChecklistPanel(page)
        self._heading = heading = QLabel("Answer", page)
        heading.setProperty("role", "heading")
        answer_box = QWidget(page)
        answer_layout = QVBoxLayout(answer_box)
        answer_layout.setContentsMargins(0, 0, 0, 0)
        answer_layout.addWidget(heading)
        answer_layout.addWidget(answer, 1)
        for index, widget in enumerate((answer_box, checklist)):
            old = self.replaceWidget(index, widget)
            if old is not None:
                old.deleteLater()
        self.built.emit()

    def focus_chain(self) -> list[QWidget]:
        """The answer, its buttons, then the checklist, in Tab order (nothing before it is built)."""
        if self._answer is None or self._checklist is None:
            return []
        answer, checklist = self._answer, self._checklist
        chain: list[QWidget] = [answer.browser, answer.stop, answer.copy, answer.copy_plain, answer.save, answer.again]
        chain += list(checklist.checks.values())
        return chain + [checklist.approve, checklist.thumbs_up, checklist.thumbs_down, checklist.comment]

    # ------------------------------------------------------------------ showing runs
    def reveal(self, template: Any) -> None:
        """Show the area, its heading naming ``template`` (if any). Shown for the first time, it
        takes three fifths of the height from the form above it."""
        if template is not None:
            self.heading.setText(f"Answer · {template.title}")
        if not self.isVisible():
            self.show()
            above = self.parentWidget()
            if isinstance(above, QSplitter):
                total = sum(above.sizes())
                above.setSizes([total * 2 // 5, total - total * 2 // 5])

    def start(self, status: str) -> None:
        """A request is on its way: the answer starts empty with ``status``."""
        self.checklist.clear(CHECKLIST_LATER)
        self.answer.start(status)

    def progress(self, value: Any) -> None:
        """``("text" | "status" | "reset", payload)`` from the send on its way."""
        kind, payload = value
        if kind == "text":
            self.answer.append(str(payload))
        elif kind == "reset":  # a dropped answer starts again from the beginning
            self.answer.set_text("")
        else:
            self.answer.set_status(str(payload))

    def show_run(self, run: Any, template: Any, empty: str = "") -> None:
        """``run``'s answer and its checklist (``empty`` says why there is none), remembered as
        the last run of ``template`` (None: not remembered, no checklist)."""
        results = checklist_for(template, run) if template is not None else []
        self.answer.finish(run)
        self.show_checklist(run, results, empty)
        if template is not None:
            self.last_runs[template.id] = (run, results)

    def show_checklist(self, run: Any, results: list[Any], empty: str = "") -> None:
        """The run's checklist with what the person already ticked and approved."""
        if not results:
            self.checklist.clear(empty) if empty else self.checklist.clear()
            return
        self.checklist.set_results(run.id, results)
        self.checklist.restore(self.reviews.get(run.id), run)

    def remember(self, template: Any) -> None:
        """Keep the run on show as ``template``'s last (before another template opens)."""
        if self._answer is not None and self._answer.run is not None and template is not None:
            self.last_runs[template.id] = (self._answer.run, list(self.checklist.results))

    def show_last(self, template_id: str) -> None:
        """The last run shown for ``template_id``, or nothing (the area hides)."""
        run, results = self.last_runs.get(template_id, (None, []))
        self.setVisible(run is not None)
        if run is None and self._answer is None:
            return  # nothing shown yet, nothing to clear
        if run is None:
            self.answer.reset()
            self.checklist.clear()
        else:
            self.heading.setText(f"Answer · {run.template_title}")
            self.answer.finish(run)
            self.show_checklist(run, results)
