"""The answer: streamed in as it arrives, then formatted, with Copy, Save as… and Send again.

While the answer streams, chunks are collected and the view is redrawn at most every
``REDRAW_MS`` (re-laying out Markdown on every chunk of a long answer would stall the window).
When the run ends the view shows the run's own final text (placeholders already restored by
the pipeline), its cost and time in a quiet line, or its plain error message when it failed;
"waiting to send" is explained, never shown as a failure code.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QTextBrowser,
    QWidget,
)

from desktop.gui.export_menu import ExportButton
from desktop.gui.follow_up_bar import FollowUpBar
from desktop.gui.widgets import button, hbox, vbox
from desktop.gui.worker import run_for

REDRAW_MS = 80
EMPTY_TEXT = "Your answer will appear here once you press Send."


def run_summary(run: Any) -> str:
    """"Claude Sonnet · 3¢ · 4.2 s" (quiet; the tokens and the estimate are in ``cost_tooltip``)."""
    from desktop.core.money import money
    from desktop.core.send.routing import friendly_model_name

    parts = []
    if getattr(run, "model", ""):
        parts.append(friendly_model_name(run.provider, run.model))
    if getattr(run, "cache_hit", False):
        parts.append("reused an identical earlier answer · $0")
    else:
        parts.append(money(float(run.actual_cost or 0.0)))
    if run.latency_total_ms:
        parts.append(f"{run.latency_total_ms / 1000:.1f} s")
    return " · ".join(parts)


_WHAT_HAPPENED = {
    "connection": "{name} could not be reached",
    "server": "{name} is having problems",
    "overloaded": "{name} is overloaded",
    "rate_limited": "{name} is too busy",
    "timeout": "{name} did not answer in time",
    "dropped": "the connection to {name} dropped",
    "skipped": "{name} is not answering",
    "": "Promptdesk closed before the answer came back",
}


def waiting_sentence(run: Any) -> str:
    """One short sentence for a run waiting to send: what happened and that it goes by itself.

    Errors that need the person (a refused key, no credit) keep their own message, which says
    what to do.
    """
    from desktop.core.send.providers import SHORT_NAMES

    kind = getattr(run, "error_kind", "") or ""
    if kind not in _WHAT_HAPPENED:
        return run.error_message or "The request could not be sent yet. Your form is kept."
    name = SHORT_NAMES.get(run.provider, "The provider") if run.provider else "The provider"
    what = _WHAT_HAPPENED[kind].format(name=name)
    return f"{what[0].upper()}{what[1:]}, so your request waits and goes by itself once it answers again."


def cost_tooltip(run: Any) -> str:
    """The estimate and what was spent, and why they differ, in one tooltip."""
    from desktop.core.money import estimate_and_actual

    estimate = getattr(run, "estimated_cost", None)
    return estimate_and_actual(float(estimate) if estimate is not None else None, float(run.actual_cost or 0.0),
                               input_tokens=int(run.input_tokens or 0), output_tokens=int(run.output_tokens or 0),
                               cached=bool(getattr(run, "cache_hit", False)))


class AnswerView(QWidget):
    """Shows one run's answer.

    Signals:
        stop_requested(): the user pressed Stop while the answer streamed.
        send_again_requested(): the user wants the same form sent again (a fresh answer).
    """

    stop_requested = Signal()
    send_again_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.run: Any = None
        self._dirty = False
        self._redraw = QTimer(self)
        self._redraw.setInterval(REDRAW_MS)
        self._redraw.timeout.connect(self._flush)

        self.status = QLabel("", self)
        self.status.setProperty("role", "muted")
        self.status.setAccessibleName("Answer status")
        self.status.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setAccessibleName("Problem")
        self.error.hide()
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName("Answer")
        self.browser.setPlaceholderText(EMPTY_TEXT)
        self.browser.setTabChangesFocus(True)

        self.stop = button("Stop", self, self.stop_requested, name="Stop the answer")
        self.copy = button("Copy", self, self.copy_answer,
                           tip="Copy the answer, formatted where you paste it, plain text elsewhere")
        self.copy_plain = button("Plain text", self, self.copy_plain_text,  # short: the row must fit at 1024 px
                                 tip="Copy the answer as plain text, without formatting", name="Copy as plain text")
        self.save = button("Save as…", self, self._ask_save)
        self.again = button("Send again", self, self.send_again_requested,
                            tip="Ask again for a fresh answer with the same form")

        self.follow_up = FollowUpBar(self)  # Ask for a change, versions, Edit
        self.follow_up.attach_editor(self.browser)
        self.follow_up.text_changed.connect(self.set_text)
        self.follow_up.text_changed.connect(self._flush)
        self.follow_up.status.connect(self.status.setText)
        self.export = ExportButton(self, lambda: (self.text, getattr(self.run, "template_title", "") or ""))
        self.export.status.connect(self.status.setText)
        self.export.describe = self.follow_up.shown_words  # Export says which version it saved
        buttons = hbox(None, self.stop, self.copy, self.copy_plain, self.save, self.export, self.again)
        buttons.addStretch(1)
        vbox(self, self.status, self.error, (self.browser, 1), self.follow_up, buttons)
        self._set_buttons(streaming=False, has_answer=False)

    # ------------------------------------------------------------------ streaming
    def reset(self) -> None:
        """Back to the empty state (a template with no answer yet)."""
        self._redraw.stop()
        self._dirty = False
        self.text = ""
        self.run = None
        self.browser.clear()
        self.browser.setPlaceholderText(EMPTY_TEXT)
        self.error.hide()
        self.status.setText("")
        self._set_buttons(streaming=False, has_answer=False)
        self.follow_up.set_run(None)

    def start(self, message: str = "Sending…") -> None:
        """A new run begins: clear the old answer, show Stop."""
        self.text = ""
        self.run = None
        self.browser.clear()
        self.browser.setPlaceholderText("The answer appears here as it arrives…")
        self.error.hide()
        self.status.setText(message)
        self._set_buttons(streaming=True, has_answer=False)
        self.follow_up.set_run(None)
        self._redraw.start(REDRAW_MS)

    def set_status(self, message: str) -> None:
        """A progress note from the send path ("Waiting 12 s: the provider is busy")."""
        self.status.setText(message)

    def append(self, chunk: str) -> None:
        self.text += chunk
        self._dirty = True

    def set_text(self, text: str) -> None:
        self.text = text
        self._dirty = True

    def _flush(self) -> None:
        if self._dirty:
            self._dirty = False
            bar = self.browser.verticalScrollBar()
            at_end = bar.value() >= bar.maximum() - 4
            started = time.perf_counter()
            self.browser.setMarkdown(self.text)
            if at_end:
                bar.setValue(bar.maximum())
            # A long answer takes longer to lay out: redraw less often, so the window keeps at
            # least four fifths of its time for the person.
            spent_ms = (time.perf_counter() - started) * 1000
            self._redraw.setInterval(max(REDRAW_MS, int(spent_ms * 4)))

    # ------------------------------------------------------------------ the end of a run
    def finish(self, run: Any) -> None:
        """Show the finished ``Run``: its answer, or its plain error message."""
        from desktop.core import run as run_mod

        self._redraw.stop()
        self._dirty = False
        self.run = run
        if run.response_text:
            self.text = run.response_text
        self.browser.setMarkdown(self.text)
        status = run.status
        self.status.setToolTip("")
        if status == run_mod.DONE:
            self.status.setText(run_summary(run))
            self.status.setToolTip(cost_tooltip(run))
            self.error.hide()
        elif status == run_mod.DRY_RUN:
            self.status.setText("Not sent: you are trying Promptdesk without a key. Below is exactly what "
                                "would be sent; add a key in Settings to get answers.")
            if not run.response_text:
                self.text = run.redacted_prompt
                self.browser.setPlainText(self.text)
        elif status == run_mod.CANCELLED:
            self.status.setText("Stopped. What arrived before you stopped is shown.")
        elif status in (run_mod.UNCONFIRMED, run_mod.SENDING):
            self.show_problem(run.error_message or run_mod.UNCONFIRMED_MESSAGE)
            self.status.setText("Sent, answer not received — may have been billed")
        elif status == run_mod.WAITING:
            self.show_problem(waiting_sentence(run), role="warning")  # nothing is lost: amber, not red
            self.status.setText("Waiting to send")
        else:
            self.show_problem(run.error_message or "The answer could not be fetched. Nothing you typed is lost.")
            self.status.setText("Not sent")
        self._set_buttons(streaming=False, has_answer=bool(self.text.strip()))
        self.follow_up.set_run(run)

    def show_problem(self, message: str, role: str = "error") -> None:
        """A plain-language problem in the window, not a dialog and never a traceback."""
        self._redraw.stop()
        if self.error.property("role") != role:
            self.error.setProperty("role", role)
            self.error.style().unpolish(self.error)
            self.error.style().polish(self.error)
        self.error.setText(message)
        self.error.show()
        self.browser.setPlaceholderText("")  # "will appear once you press Send" reads wrong here
        self._set_buttons(streaming=False, has_answer=bool(self.text.strip()))

    def _set_buttons(self, *, streaming: bool, has_answer: bool) -> None:
        self.stop.setVisible(streaming)
        self.stop.setEnabled(streaming)
        for action in (self.copy, self.copy_plain, self.save, self.export):
            action.setEnabled(has_answer and not streaming)
        self.again.setEnabled(not streaming and self.run is not None)
        waiting = self.run is not None and getattr(self.run, "status", "") == "waiting"
        # One button of what to do: a waiting request is sent now, a finished one asked again.
        self.again.setText("Send now" if waiting else "Send again")
        self.again.setToolTip("Try sending it now instead of waiting" if waiting
                              else "Ask again for a fresh answer with the same form")

    # ------------------------------------------------------------------ copy and save
    def copy_answer(self) -> None:
        data = QMimeData()
        data.setText(self.text)
        data.setHtml(self.browser.document().toHtml())
        QApplication.clipboard().setMimeData(data)
        self.status.setText("Copied.")

    def copy_plain_text(self) -> None:
        QApplication.clipboard().setText(self.browser.document().toPlainText())
        self.status.setText("Copied as plain text.")

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Save the answer", str(Path.home() / "answer.md"),
            "Markdown (*.md);;Text (*.txt);;All files (*)")
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> Any:
        """Write the answer to ``path`` off the UI thread (Markdown, or plain text for .txt)."""
        text = self.browser.document().toPlainText() if path.suffix.lower() == ".txt" else self.text

        def done(_result: object) -> None:
            words = self.follow_up.shown_words()
            self.status.setText(f"Saved {words} to {path}." if words else f"Saved to {path}.")

        def failed(exc: BaseException) -> None:
            self.show_problem(f"The answer could not be saved to {path} ({exc}). Choose another folder.")

        return run_for(self, lambda _ctx: path.write_text(text, encoding="utf-8"),
                                 on_success=done, on_failure=failed)
