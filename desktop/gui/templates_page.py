"""The Templates page: the main job of the app, from picking a template to approving the answer.

Layout: the gallery on the left; on the right the form with the route bar under it, and below
them the answer with its checklist beside it.

What the page does lives in ``send_controller.SendController`` (no widgets); the answer and its
checklist are ``answer_area.AnswerArea``; this module lays the page out and turns the
controller's signals into widget updates. Flow (every step that
touches the network, the disk or takes time runs on a worker; the slots here only update widgets):

1. A template is picked: the form shows it with what was typed before (memory, else the draft).
2. Values change: ``pipeline.prepare`` runs on a worker, debounced; the route bar shows the
   route, the estimate and what will be hidden. Only the newest result is shown.
3. Send: prepare once more with the current values, then ask where needed (a costly request, a
   reasoning run when the budget is nearly spent, which offers the execution tier), then
   ``pipeline.execute`` on a worker; chunks arrive as progress and stream into the answer.
4. The finished ``Run`` fills the answer and the checklist; ``run_finished`` tells the window
   (which syncs and refreshes the gauge, History and My spend).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop.core.context import AppContext
from desktop.gui.answer_area import AnswerArea
from desktop.gui.checklist_panel import ChecklistPanel
from desktop.gui.messages import ask
from desktop.gui.route_bar import RouteBar
from desktop.gui.send_controller import Estimate, SendController
from desktop.gui.template_form import TemplateForm
from desktop.gui.template_gallery import TemplateGallery
from desktop.gui.worker import Task

if TYPE_CHECKING:
    from desktop.gui.answer_view import AnswerView
    from desktop.gui.privacy_preview import PrivacyPreview
    from desktop.gui.template_cards import TemplateCards

RECENT_KEPT = 10
# When the last template reopens at start, the cards are hidden behind its form: they are built
# this long after, once start-up is over (or at once if "All templates" is pressed first).
CARDS_LATER_MS = 1500


class TemplatesPage(QWidget):
    """Pick, fill, preview, send, read, check.

    Signals:
        run_finished(object): a ``Run`` ended (done, failed, waiting, cancelled or dry run).
        review_recorded(str): the review of this run id was written to the ledger.
        settings_changed(): favourites, recently used or the last template changed.
    """

    run_finished = Signal(object)
    review_recorded = Signal(str)
    settings_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._preview: PrivacyPreview | None = None

        self.gallery = TemplateGallery(context, self)
        self.form = TemplateForm(self)
        self.route_bar = RouteBar(self)
        self.route_bar.hide()  # nothing to route until a template is open
        self.cards: TemplateCards | None = None  # built on a later turn of the event loop (start-up stays short)
        self.controller = SendController(context, self.form.values, lambda: self.answer.run, self)
        # The answer and its checklist are hidden until there is an answer: they are built on a
        # later turn of the event loop (or when first needed), so building the page stays short.
        self.bottom = AnswerArea(self.controller.reviews, self)
        self.bottom.built.connect(self._answer_area_built)
        self.bottom.hide()  # until there is an answer, the form has the whole height
        self._connect_controller()
        self.form.home_requested.connect(self.show_cards)
        self.gallery.template_chosen.connect(self.open_template)
        self.gallery.search.textChanged.connect(self._filter_cards)  # after the gallery's own list
        self.form.values_changed.connect(self._values_changed)
        self.form.favourite_toggled.connect(self._favourite_toggled)
        self.route_bar.send_requested.connect(self.send)
        self.route_bar.preview_requested.connect(self.show_preview)
        self.route_bar.tier_chosen.connect(self.controller.choose_tier)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.form, 1)
        top_layout.addWidget(self.route_bar)

        # Until a template is open (and whenever "All templates" is pressed) the cards take the
        # form's place.
        self.top_stack = QStackedWidget(self)
        self.top_stack.addWidget(QWidget(self))  # the cards' place
        self.top_stack.addWidget(top)
        reopens = bool(context.settings.last_template)
        QTimer.singleShot(CARDS_LATER_MS if reopens else 0, self, self._build_cards)
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.addWidget(self.top_stack)
        self.right.addWidget(self.bottom)
        self.right.setStretchFactor(0, 1)
        self.right.setStretchFactor(1, 1)
        self.right.setChildrenCollapsible(False)

        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.gallery)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([260, 840])
        self.split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.split)
        self.setTabOrder(self.gallery.search, self.gallery.tree)

    # ------------------------------------------------------------------ the controller
    def _connect_controller(self) -> None:
        controller = self.controller
        controller.estimated.connect(self._show_estimate)
        controller.estimate_failed.connect(self.route_bar.set_problem)
        controller.sending_changed.connect(self.route_bar.set_sending)
        controller.problems_found.connect(self._show_problems)
        controller.question_asked.connect(lambda text, labels, on_choice: ask(self, text, labels, on_choice))
        controller.note.connect(self.route_bar.set_note)
        controller.send_started.connect(self._send_started)
        controller.progressed.connect(self.bottom.progress)
        controller.send_finished.connect(self._finished)
        controller.send_failed.connect(self._show_problem)
        controller.review_recorded.connect(self.review_recorded)
        controller.review_failed.connect(lambda message: self.answer.show_problem(message))
        controller.settings_changed.connect(self.settings_changed)

    # The controller's state, where the window and tests have always found it.
    @property
    def template(self) -> Any:
        return self.controller.template

    @template.setter
    def template(self, template: Any) -> None:
        self.controller.template = template

    @property
    def prepared(self) -> Any:
        return self.controller.prepared

    @property
    def send_task(self) -> Task | None:
        return self.controller.send_task

    @property
    def retry_sleep(self) -> Callable[[float], None]:
        return self.controller.retry_sleep

    @retry_sleep.setter
    def retry_sleep(self, sleep: Callable[[float], None]) -> None:
        self.controller.retry_sleep = sleep

    # ------------------------------------------------------------------ the answer area
    @property
    def answer(self) -> AnswerView:
        return self.bottom.answer

    @property
    def checklist(self) -> ChecklistPanel:
        return self.bottom.checklist

    def _answer_area_built(self) -> None:
        self.bottom.answer.stop_requested.connect(self.stop)
        self.bottom.answer.send_again_requested.connect(lambda: self.send(fresh=True))
        self.bottom.checklist.review_changed.connect(self.controller.record_review)
        self.fix_tab_order()

    # ------------------------------------------------------------------ library and templates
    def _build_cards(self) -> None:
        if self.cards is not None:
            return
        from desktop.gui.template_cards import TemplateCards

        self.cards = TemplateCards(self.context, self)
        self.cards.template_chosen.connect(self.open_template)
        self.cards.clear_search_requested.connect(self._clear_search)
        self._filter_cards()
        old = self.top_stack.widget(0)
        showing_cards = self.top_stack.currentIndex() == 0
        self.top_stack.insertWidget(0, self.cards)
        if old is not None:
            self.top_stack.removeWidget(old)
            old.deleteLater()
        self.top_stack.setCurrentIndex(0 if showing_cards else 1)
        if self.gallery.library is not None:
            self.cards.set_library(self.gallery.library)

    def _filter_cards(self, *_args: object) -> None:
        """The cards show what the search box finds, as the list beside them does."""
        library = self.gallery.library
        if self.cards is None or library is None:
            return
        query = self.gallery.search.text().strip()
        self.cards.set_filter(query, [t.id for t in library.search(query)] if query else None)

    def _clear_search(self) -> None:
        self.gallery.search.clear()
        self.gallery.search.setFocus()

    def set_library(self, library: Any, *, reopen: bool = True) -> None:
        """Fill the gallery (and the cards); with ``reopen``, reopen the last template too (the
        window does that on the next turn of the event loop, so start-up has no long turn)."""
        self.gallery.set_library(library)
        if self.cards is not None:
            self.cards.set_library(library)
        self._filter_cards()  # what was typed before the library arrived
        if reopen:
            self.reopen_last(library)

    def reopen_last(self, library: Any) -> None:
        """The template open when the app was last closed, or the cards if there is none."""
        last = self.context.settings.last_template
        if self.template is None and last and library.get(last) is not None:
            self.open_template(last, remember=False)
        elif self.template is None:
            self._build_cards()  # no template to reopen: the cards are what the window shows

    def library_changed(self, library: Any) -> None:
        """Templates changed on disk: refill the gallery; reopen the current template if its file
        changed (what was typed is kept) or say so if it was removed."""
        self.gallery.set_library(library)
        if self.cards is not None:
            self.cards.set_library(library)
        self._filter_cards()
        if self.template is None:
            return
        fresh = library.get(self.template.id)
        if fresh is None:
            self.route_bar.set_note(f"“{self.template.title}” was removed from the library; what you typed is kept.")
        elif fresh.content_hash != self.template.content_hash and self.send_task is None:
            self.form.kept[fresh.id] = self.form.values()
            self.template = None  # reopen without saving the old form over the kept values
            self.form.template = None
            self.open_template(fresh.id, remember=False)

    def open_template(self, template_id: str, *, remember: bool = True) -> None:
        """Show ``template_id`` in the form; what was typed for it before comes back."""
        library = self.gallery.library
        template = library.get(template_id) if library is not None else None
        if template is None:
            return
        if self.bottom.is_built:
            self.checklist.flush()
        if self.template is not None and self.prepared is not None:
            self.bottom.remember(self.template)
        self.template = template
        self.controller.prepared = None
        self.top_stack.setCurrentIndex(1)
        self.form.set_template(template, favourite=template_id in self.context.settings.favourites)
        self.route_bar.show()
        self.gallery.select(template_id)
        self.route_bar.prepared = None
        self.route_bar.set_template_ready(self.send_task is None)
        if self.send_task is None:  # else the answer streaming in belongs to the template it was sent from
            self.bottom.show_last(template_id)
        self.fix_tab_order()
        if remember:
            settings = self.context.settings
            settings.set("recent", [template_id] + [i for i in settings.recent if i != template_id][:RECENT_KEPT - 1])
            settings.set("last_template", template_id)
            self.controller.save_settings()
            self.gallery.refresh_lists()
        # The estimate follows a moment later, once the new form is laid out and painted: the
        # first one loads the privacy detectors and prices, which would compete with that.
        self.route_bar.set_working()
        self.controller.prepare_soon()

    def show_cards(self) -> None:
        """Every template as a card (the form keeps what was typed; a card, or the list, reopens it)."""
        self._build_cards()
        self.top_stack.setCurrentIndex(0)
        if self.cards is not None:
            self.cards.setFocus()

    def show_run(self, run: Any) -> None:
        """Show a past run (from History): its template, the values it was sent with, its answer."""
        if self.send_task is not None:
            return
        if self.template is None or self.template.id != run.template_id:
            self.open_template(run.template_id)
        if self.template is None or self.template.id != run.template_id:
            self.answer.show_problem(f"The template “{run.template_title}” is no longer in the library.")
            return
        self.form.set_values(dict(run.fields))
        self.form.kept[self.template.id] = self.form.values()
        self.bottom.reveal(self.template)
        self.bottom.show_run(run, self.template)
        self.fix_tab_order()
        self.controller.prepare()

    def fix_tab_order(self) -> None:
        """Tab goes gallery → form fields → Preview, Send → answer and its buttons → checklist.

        Fields and checklist rows are built after the page, so Qt would put them last in the
        focus chain; the order is set again each time they are rebuilt.
        """
        chain: list[QWidget] = [self.gallery.search, self.gallery.tree, self.form.star]
        chain += self.form.focus_chain()
        chain += [self.route_bar.preview, self.route_bar.send]
        chain += self.bottom.focus_chain()  # nothing until built; set again once it is
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _favourite_toggled(self, on: bool) -> None:
        if self.template is None:
            return
        settings = self.context.settings
        rest = [i for i in settings.favourites if i != self.template.id]
        settings.set("favourites", ([self.template.id] if on else []) + rest)
        self.controller.save_settings()
        self.gallery.refresh_lists()

    # ------------------------------------------------------------------ estimate
    def _values_changed(self) -> None:
        self.route_bar.set_working()
        self.controller.prepare_soon()

    def _show_estimate(self, estimate: Estimate) -> None:
        prepared = estimate.prepared
        self.route_bar.set_prepared(prepared)
        self.route_bar.set_tiers(estimate.prices, estimate.chosen)
        self.form.show_problems(prepared.problems)
        if self._preview is not None and self._preview.isVisible():
            self._preview.set_prepared(prepared, estimate.keep, estimate.extra)

    # ------------------------------------------------------------------ privacy preview
    def show_preview(self) -> None:
        if self.prepared is None:
            return
        if self._preview is None:
            from desktop.gui.privacy_preview import PrivacyPreview

            self._preview = PrivacyPreview(self.window())
            self._preview.changes_requested.connect(self.controller.set_corrections)
        keep, extra = self.controller.keep_extra()
        self._preview.set_prepared(self.prepared, keep, extra)
        self._preview.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen has no stacking order (and warns)
            self._preview.raise_()
            self._preview.activateWindow()

    @property
    def preview(self) -> PrivacyPreview | None:
        return self._preview

    # ------------------------------------------------------------------ send
    def send(self, fresh: bool = False) -> None:
        """Send the form as it is now (Send, Ctrl+Enter, Send again)."""
        self.controller.send(fresh)

    def resend(self, run_id: str) -> None:
        """Send a run that is waiting to send, under its own id (History's "Send now")."""
        self.controller.resend(run_id)

    def stop(self) -> None:
        if self.controller.stop():
            self.answer.set_status("Stopping…")

    def _show_problems(self, problems: list[Any]) -> None:
        self.form.show_problems(problems, strict=True)
        if problems:
            self.form.focus_first_problem()
            self.route_bar.set_note("Some fields need attention before sending: see the red notes in the form.")

    def _send_started(self, status: str) -> None:
        self.bottom.build()
        self.bottom.reveal(self.template)
        self.bottom.start(status)
        self.route_bar.set_sending(True)

    def _show_problem(self, message: str) -> None:
        """The send (or the estimate it needed) failed: said where the answer would be."""
        self.bottom.reveal(self.template)
        self.answer.show_problem(message)

    def _finished(self, run: Any, template: Any) -> None:
        # Shown even if the person opened another template meanwhile: it is what they watched
        # stream in (the heading names its template), and it stays with its own template too.
        self.bottom.show_run(run, template, "Nothing to check: there is no answer.")
        if run.status not in ("done", "cancelled", "dry_run") and template.fallback_text:  # the template's SOP
            self.answer.show_problem(f"{self.answer.error.text()}\n\n{template.fallback_text}")
        self.fix_tab_order()
        if template is self.template:
            self.controller.prepare()  # the next send starts from fresh corrections
        self.run_finished.emit(run)

    def show_if_current(self, run: Any) -> None:
        """A run sent elsewhere (by itself, once its provider answered) replaces its waiting
        version where this page shows it."""
        if self.send_task is not None or self.answer.run is None or self.answer.run.id != run.id:
            return
        self.bottom.show_run(run, self.template)
        self.fix_tab_order()
