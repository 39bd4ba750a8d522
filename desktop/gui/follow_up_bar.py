"""Under a finished answer: "Ask for a change", the versions of the answer (v1, v2, ...), and
Edit to change the text by hand; every version is kept (desktop/core/usage/turns.py).

A follow-up is sent on a worker with the same placeholders as the first request and streams
into the answer; an edit is saved as a version of its own. Picking a version shows it (and
is what Export and Copy take); a quiet line says what changed from the version before.

Signals:
    text_changed(str): show this text as the answer (a version picked, a turn streaming).
    status(str): a sentence for the answer's status line.
"""

from __future__ import annotations

import difflib
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from desktop.gui.widgets import button, hbox
from desktop.gui.worker import Task, run_for


def what_changed(before: str, after: str) -> str:
    """"12 lines changed, 3 added, 5 removed" between two versions (a quiet summary)."""
    added = removed = 0
    for line in difflib.ndiff(before.splitlines(), after.splitlines()):
        added += line.startswith("+ ")
        removed += line.startswith("- ")
    if not added and not removed:
        return "No change from the version before."
    return f"Changed from the version before: {added} line{'s' * (added != 1)} new, " \
           f"{removed} line{'s' * (removed != 1)} gone."


def _context_of(widget: QWidget) -> Any:
    """The AppContext of the window this widget is in (the page and the window hold it)."""
    node: Any = widget
    while node is not None:
        context = getattr(node, "context", None)
        # Looked up on the class: ``hasattr`` on the instance would open the ledger (a cached
        # property) on the UI thread, which takes long enough to freeze the window at start-up.
        if context is not None and hasattr(type(context), "ledger"):
            return context
        node = node.parent()
    return None


class FollowUpBar(QWidget):
    text_changed = Signal(str)
    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run_id = ""
        self.versions: list[Any] = []
        self.approval: Any = None  # review.approval.Approval of the run: which version was approved
        self._checklist: Any = None  # the page's checklist, once its Approve is connected here
        self.task: Task | None = None
        self.version_box = QComboBox(self)
        self.version_box.setAccessibleName("Version of the answer")
        self.version_box.currentIndexChanged.connect(self._show_version)
        self.request = QLineEdit(self)
        self.request.setPlaceholderText("Ask for a change: shorter, more formal, add a table of the dates…")
        self.request.setAccessibleName("Ask for a change")
        self.request.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)  # the request stays readable
        self.request.returnPressed.connect(self.ask)
        self.request.textChanged.connect(self._estimate)
        self.conversation: Any = None  # read once per version list; each keystroke prices only the request
        self.cost_label = QLabel("", self)
        self.cost_label.setAccessibleName("Estimated cost of this change")
        self.ask_button = button("Ask", self, self.ask)
        self.edit_button = QPushButton("Edit", self)
        self.edit_button.setCheckable(True)
        self.edit_button.setToolTip("Change the answer yourself; your edit is kept as a version of its own")
        hbox(self, self.version_box, (self.request, 1), self.cost_label, self.ask_button, self.edit_button)
        self.set_run(None)

    # ---------------------------------------------------------------- versions
    def set_run(self, run: Any) -> None:
        """A finished run is shown: offer follow-ups when it has an answer."""
        from desktop.core.run import DONE

        usable = run is not None and run.status == DONE and bool(run.response_text.strip())
        self.run_id = run.id if usable else ""
        self.setVisible(usable)
        self.reload()
        if usable:  # the bar is also built inside the page's answer area, before that area is complete
            self._watch_approve(self._page())
        if len(self.versions) > 1:  # reopened from History: the approved version, else the newest
            approved = self.approval.approved if self.approval is not None and self.approval.current else None
            index = approved - 1 if approved and approved <= len(self.versions) else len(self.versions) - 1
            self.version_box.blockSignals(True)
            self.version_box.setCurrentIndex(index)
            self.version_box.blockSignals(False)
            self._show_version(index)

    def reload(self, select_last: bool = True) -> None:
        context = _context_of(self) if self.run_id else None
        if context is not None:
            from desktop.core.review.approval import approval
            from desktop.core.usage.turns import versions

            self.versions = versions(context.ledger, self.run_id)
            self.approval = approval(context.ledger, self.run_id) if self.versions else None
        else:
            self.versions, self.approval = [], None
        self.version_box.blockSignals(True)
        self.version_box.clear()
        self.version_box.addItems([f"{v.label}" + (" (your edit)" if v.kind == "edit" else "")
                                   + (" · approved" if self.approval is not None and self.approval.of(v.number)
                                      else "") for v in self.versions])
        if select_last and self.versions:
            self.version_box.setCurrentIndex(len(self.versions) - 1)
        self.version_box.blockSignals(False)
        self.version_box.setVisible(len(self.versions) > 1)
        self._read_conversation(context)

    # ---------------------------------------------------------------- the estimate
    def _read_conversation(self, context: Any) -> None:
        from desktop.core.errors import PromptdeskError
        from desktop.core.send.followup_estimate import conversation

        try:
            self.conversation = conversation(context, self.run_id) if self.run_id and context is not None else None
        except PromptdeskError:  # the ledger cannot be read now: no figure rather than a wrong one
            self.conversation = None
        self._estimate()

    def _estimate(self) -> None:
        """"about 2¢" for the change as typed: the whole conversation goes again, mostly from the cache."""
        from desktop.core.errors import PromptdeskError
        from desktop.core.money import money
        from desktop.core.send.followup_estimate import estimate

        request, context = self.request.text().strip(), _context_of(self)
        if not request or self.conversation is None or context is None:
            self.cost_label.setText("")
            return
        try:
            guess = estimate(context, self.conversation, request)
        except PromptdeskError:
            self.cost_label.setText("")
            return
        self.cost_label.setText(guess.text)
        reused = (f"{guess.cache_read_tokens:,} tokens of the conversation are re-used from the provider's cache "
                  f"at its lower price. ") if guess.cache_read_tokens else ""
        kept = (f"{guess.cache_write_tokens:,} tokens are kept ready for the next change (a quarter above the "
                f"usual price). ") if guess.cache_write_tokens else ""
        self.cost_label.setToolTip(f"{reused}{kept}The whole conversation is sent again with your request; the "
                                   f"answer is counted at its longest ({money(guess.output_cost, estimate=True)}).")

    def _show_version(self, index: int) -> None:
        if 0 <= index < len(self.versions):
            self.text_changed.emit(self.versions[index].text)
            self._recheck(self.versions[index].text)
            before = self.versions[index - 1].text if index > 0 else None
            approved = " (approved)" if self.approval is not None and self.approval.of(self.versions[index].number) \
                else ""
            self.status.emit(f"{self.versions[index].label}{approved}. " + (what_changed(before, self.versions[index].text)
                                                                   if before is not None else "The first answer."))

    def _page(self) -> Any:
        """The page holding this bar's checklist and template (None outside a page)."""
        node: Any = self.parent()
        # Looked up on the class: the page builds its answer area when ``checklist`` is first read.
        while node is not None and not (hasattr(type(node), "checklist") and hasattr(node, "template")):
            node = node.parent()
        return node

    def _watch_approve(self, node: Any) -> None:
        if node is not None and self._checklist is not node.checklist:
            self._checklist = node.checklist
            node.checklist.approved.connect(self._approved)

    def _recheck(self, text: str) -> None:
        """Run the automatic checks again on the version shown, in the page's checklist (the
        page is the ancestor holding ``checklist`` and ``template``); ticks start afresh, since
        what was checked was another text. Text from a file makes every item required."""
        from desktop.core.documents import FileText
        from desktop.core.review import quality

        node = self._page()
        if node is None or node.template is None or not self.run_id:
            return
        form = getattr(node, "form", None)
        from_file = form is not None and any(isinstance(v, FileText) for v in form.values().values())
        results = quality.checklist(node.template, text, untrusted=from_file)
        node.checklist.set_results(self.run_id, list(results))
        self._watch_approve(node)
        number = self.shown_number()
        if self.approval is not None and self.approval.of(number):  # the approved version: show it approved
            from types import SimpleNamespace

            stored = getattr(node, "reviews", {}).get(self.run_id)  # thumbs and comment as last given
            node.checklist.restore(None, SimpleNamespace(approved=True, feedback=getattr(stored, "feedback", 0),
                                                         feedback_comment=getattr(stored, "comment", "")))

    # ---------------------------------------------------------------- approval
    def shown_number(self) -> int:
        """The number of the version on screen (1 when there is only the first answer)."""
        index = self.version_box.currentIndex()
        return self.versions[index].number if 0 <= index < len(self.versions) else 1

    def shown_words(self) -> str:
        """"v3 (not approved yet)": how Export names what it saved ("" when there is no run)."""
        if not self.run_id or self.approval is None:
            return ""
        return self.approval.words(self.shown_number())

    def _approved(self, run_id: str) -> None:
        """Approve pressed: the version on screen is the approved one."""
        from desktop.core.review.approval import approve_version

        context = _context_of(self)
        if run_id != self.run_id or context is None:
            return
        number = self.shown_number()

        def done(state: Any) -> None:
            self.approval = state
            index = self.version_box.currentIndex()
            self.reload(select_last=False)
            self.version_box.blockSignals(True)
            self.version_box.setCurrentIndex(index)
            self.version_box.blockSignals(False)
            if len(self.versions) > 1:
                self.status.emit(f"v{number} is the approved version; Export saves it.")

        run_for(self, lambda _ctx: approve_version(context.ledger, run_id, number), on_success=done)

    def _new_version_unapproved(self) -> None:
        """A new version starts unapproved: the checklist's review (now unapproved) is recorded."""
        if self._checklist is not None and self._checklist.run_id == self.run_id:
            self._checklist._emit_review()

    # ---------------------------------------------------------------- a follow-up
    def ask(self) -> Task | None:
        from desktop.core.errors import user_message
        from desktop.core.send.followup import ask

        request = self.request.text().strip()
        context = _context_of(self)
        if not request or not self.run_id or context is None or (self.task is not None and self.task.running):
            return None
        run_id, shown = self.run_id, [""]

        def arrived(piece: Any) -> None:
            shown[0] += str(piece)
            self.text_changed.emit(shown[0])

        def done(result: Any) -> None:
            self.request.clear()
            self.reload()
            self._show_version(len(self.versions) - 1)
            self._new_version_unapproved()

        self._busy(True)
        self.status.emit("Asking for the change…")
        self.task = run_for(self, lambda ctx: ask(context, run_id, request, on_text=ctx.progress,
                                                  cancelled=ctx.cancelled),
                            on_success=done, on_progress=arrived, on_finished=lambda: self._busy(False),
                            on_failure=lambda exc: self.status.emit(user_message(exc) + " What you asked is kept."))
        return self.task

    def _busy(self, busy: bool) -> None:
        for widget in (self.request, self.ask_button, self.edit_button, self.version_box):
            widget.setEnabled(not busy)

    # ---------------------------------------------------------------- an edit
    def attach_editor(self, browser: Any) -> None:
        """Edit makes ``browser`` (the answer) editable as Markdown; Edit again keeps the edit."""
        self._browser = browser
        self.edit_button.toggled.connect(self._edit_toggled)

    def _edit_toggled(self, editing: bool) -> None:
        browser = self._browser
        self.edit_button.setText("Keep my edit" if editing else "Edit")
        for widget in (self.request, self.ask_button, self.version_box):
            widget.setEnabled(not editing)
        if editing:
            current = self.versions[self.version_box.currentIndex()].text if self.versions else ""
            browser.setReadOnly(False)
            browser.setPlainText(current)  # the Markdown itself, so headings and lists can be changed
            browser.setFocus()
            self.status.emit("Change the text, then press Keep my edit.")
            return
        browser.setReadOnly(True)
        self.save_edit(browser.toPlainText())

    def save_edit(self, text: str) -> Task | None:
        """Keep ``text`` (the person's edit of the shown version) as the next version."""
        from desktop.core.errors import user_message
        from desktop.core.usage.turns import save_edit

        context = _context_of(self)
        current = self.versions[self.version_box.currentIndex()].text if self.versions else ""
        if not self.run_id or context is None or text.strip() == current.strip():
            self.text_changed.emit(current)
            self.status.emit("Nothing was changed, so no new version was kept.")
            return None
        run_id = self.run_id

        def done(_version: Any) -> None:
            self.reload()
            self._show_version(len(self.versions) - 1)
            self._new_version_unapproved()

        def failed(exc: BaseException) -> None:
            self.text_changed.emit(text)  # what was typed stays on screen
            self.status.emit(user_message(exc))

        def op(_ctx: object) -> Any:
            from desktop.core.review.approval import new_version_made

            version = save_edit(context.ledger, run_id, text)
            new_version_made(context.ledger, run_id)  # nobody has checked the edited text yet
            return version

        self.task = run_for(self, op, on_success=done, on_failure=failed)
        return self.task
