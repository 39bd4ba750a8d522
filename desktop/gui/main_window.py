"""The main window: a sidebar with Templates, History and My spend, the budget gauge in the
status bar, budget alerts across the top, and Settings in the menu.

Nothing slow happens before the window is on screen: the library loads, and the provider SDKs
are imported, from ``after_shown`` on workers. History and My spend are built the first time
they are opened. The window remembers its size, splitter positions and the last template
(``window_state``).

Around it: the menu bar and the dialogs of the Template menu (``main_menus``), where the window
stood (``window_state``), what loads once the person is idle (``warm_up``). What stays here
(about 460 lines) is the window's own order of things: which page is built when, the steps of
start-up, and what follows a run; cut further, one sequence would be read across files.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLayout,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.context import AppContext
from desktop.core.errors import user_message
from desktop.gui import window_state
from desktop.gui.main_menus import PAGES, build_menus
from desktop.gui.warm_up import IdleRunner, import_providers, warm_up_prices
from desktop.gui.worker import SerialRunner, ignore_failure, run_for

if TYPE_CHECKING:
    from desktop.gui.templates_page import TemplatesPage

log = logging.getLogger(__name__)

SETTINGS_ROW = len(PAGES)  # the sidebar's last item opens Settings (a dialog, not a page)
SIDEBAR_ICONS = ("layout-grid", "history", "wallet", "settings")
# The Templates page's code, imported a module per turn after the first paint (dependencies first).
PAGE_MODULES = ("PySide6.QtCore", "desktop.core.run", "desktop.gui.template_gallery", "desktop.gui.route_bar", "desktop.gui.file_chip",
                "desktop.gui.template_form", "desktop.gui.checklist_panel", "desktop.gui.send_controller",
                "desktop.gui.templates_page",
                "desktop.gui.follow_up_bar", "desktop.gui.export_menu", "desktop.gui.answer_view")
# Between start-up steps: 1 ms, not 0, so timers and input due meanwhile run first (with 0, Qt
# ran several steps back to back before anything else).
STEP_MS = 1
IDLE_WARM_UP_MS = 1500
FIGURES_DELAY_MS = 1000  # budget and alerts after the library and the first estimate have settled
LIBRARY_CHECK_MS = 4000  # templates edited on the team drive show up within a few seconds


class MainWindow(QMainWindow):
    """The window a person works in all day.

    Signals:
        library_loaded(object): the template library is ready (or failed: ``None``).
        providers_loaded(): the provider SDKs were imported in the background.
    """

    library_loaded = Signal(object)
    providers_loaded = Signal()

    def __init__(self, context: AppContext | None = None) -> None:
        super().__init__()
        self.context = context if context is not None else AppContext()
        self.setWindowTitle("Promptdesk")
        self.resize(1180, 760)
        self._pages: dict[str, Any] = {}  # Templates, History, My spend: each built on first use
        self.welcome: Any = None
        self._sdk_warm_up: IdleRunner | None = None
        self._library_checks = SerialRunner(self, keep_latest=False)  # a look asked for while one runs is skipped
        self._library_timer = QTimer(self)
        self._library_timer.setInterval(LIBRARY_CHECK_MS)
        self._library_timer.timeout.connect(self._watch_library)
        self.settings_dialog: Any = None
        self.batch_poller: Any = None  # provider batches collected; started once the library has loaded
        self._waiting_sender: Any = None  # built on first use: its imports need not hold up the first paint

        self._banner: Any = None  # the alert banner and the status bar's gauge: built right
        self._gauge: Any = None  # after the first paint, like the Templates page

        self.sidebar = QListWidget(self)
        self.sidebar.addItems([*PAGES, "Settings"])
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName("Pages")
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        width = max(self.sidebar.fontMetrics().horizontalAdvance(name) for name in PAGES)
        self.sidebar.setFixedWidth(int(width * 1.25) + 72)  # room for the icons, drawn after the first paint
        self.stack = QStackedWidget(self)
        self._templates: TemplatesPage | None = None  # built right after the window is first shown
        for _name in PAGES:
            holder = QWidget(self)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
        self.sidebar.setCurrentRow(0)
        self.sidebar.currentRowChanged.connect(self._page_changed)

        body = QWidget(self)
        row = QVBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self._body_layout = row
        inner = QWidget(body)
        columns = QHBoxLayout(inner)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(self.sidebar)
        columns.addWidget(self.stack, 1)
        row.addWidget(inner, 1)
        self.setCentralWidget(body)

        actions = build_menus(self)
        self.send_action, self.preview_action = actions.send, actions.preview
        self.details_action, self.test_action, self.many_action = actions.details, actions.test, actions.many
        self._send_shortcut = actions.send_shortcut
        window_state.restore_geometry(self)

    @property
    def waiting_sender(self) -> Any:
        """Sends runs that wait for their provider once it answers again (built on first use)."""
        if self._waiting_sender is None:
            from desktop.gui.waiting_sender import WaitingSender

            self._waiting_sender = sender = WaitingSender(self.context, self)
            sender.status.connect(lambda text: self.statusBar().showMessage(text, 15_000))
            sender.run_finished.connect(self._run_finished)
        return self._waiting_sender

    @property
    def banner(self) -> Any:
        """The budget alert banner across the top, built on first use."""
        if self._banner is None:
            from desktop.gui.alert_banner import AlertBanner

            self._banner = AlertBanner(self.context, self)
            self._body_layout.insertWidget(0, self._banner)
        return self._banner

    @property
    def gauge(self) -> Any:
        """The budget gauge and sync state in the status bar, built on first use."""
        if self._gauge is None:
            from desktop.gui.budget_gauge import BudgetGauge

            self._gauge = BudgetGauge(self.context, self)
            self.statusBar().addPermanentWidget(self._gauge)
        return self._gauge

    @property
    def templates(self) -> TemplatesPage:
        """The Templates page. It is built on first use (``after_shown`` uses it right after the
        window's first paint), so the window frame appears without waiting for it."""
        if self._templates is None:
            from desktop.gui.templates_page import TemplatesPage

            page = TemplatesPage(self.context, self.stack.widget(0))
            self._holder_layout(0).addWidget(page)
            self._templates = page
            self._pages["Templates"] = page
            page.run_finished.connect(self._run_finished)
            self.setTabOrder(self.sidebar, page.gallery.search)
            # Lay the page out at the window's size before the splitters are restored: restored
            # into a splitter not yet laid out, the gallery is squeezed to its minimum for good.
            page.show()
            self._holder_layout(0).activate()
            window_state.restore_splitters(self._splitters())
        return self._templates

    # ------------------------------------------------------------------ pages
    def show_page(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def find_template(self) -> None:
        self.show_page(0)
        self.templates.gallery.search.setFocus()
        self.templates.gallery.search.selectAll()

    def page(self, name: str) -> Any:
        """The widget of page ``name``, built the first time it is asked for."""
        if name == "Templates":
            return self.templates
        if name not in self._pages:
            index = PAGES.index(name)
            holder = self.stack.widget(index)
            if name == "History":
                from desktop.gui.history_view import HistoryView

                widget: Any = HistoryView(self.context, holder)
                widget.reopen_requested.connect(self.reopen_run)
                widget.send_now_requested.connect(self.send_waiting_run)
            else:
                from desktop.gui.spend_view import SpendView

                widget = SpendView(self.context, holder)
            self._holder_layout(index).addWidget(widget)
            self._pages[name] = widget
        return self._pages[name]

    def _holder_layout(self, index: int) -> QLayout:
        """The layout of the stack's placeholder page ``index`` (built with one in ``__init__``)."""
        page = self.stack.widget(index)
        layout = page.layout() if page is not None else None
        assert layout is not None
        return layout

    def _page_changed(self, index: int) -> None:
        if index == SETTINGS_ROW:  # Settings: open the dialog and stay on the page that was showing
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(self.stack.currentIndex())
            self.sidebar.blockSignals(False)
            self.open_settings()
            return
        if index < 0:
            return
        self.stack.setCurrentIndex(index)
        name = PAGES[index]
        widget = self.page(name)
        if name != "Templates":
            widget.refresh()  # runs off the UI thread; the figures may have changed since

    # ------------------------------------------------------------------ after the window is up
    def after_shown(self) -> None:
        """Work that may wait until the window is on screen: the library (on a worker), the
        Templates page (its code now, its widgets on the next turn of the event loop, so neither
        step holds the window for long), the provider SDKs later, the welcome."""
        context = self.context

        def load(_ctx: object) -> Any:
            from desktop.core.drafts import read_all_drafts
            from desktop.gui.collector import first_load

            with first_load("library"):
                drafts = read_all_drafts()  # what was typed before a crash or restart
                return context.library, drafts

        run_for(self, load, on_success=self._loaded, on_failure=self._library_failed)
        # Budget figures and alerts come second: the library is what the person needs first, and
        # every background job competes with the window for Python's lock.
        self.library_loaded.connect(lambda _library: QTimer.singleShot(FIGURES_DELAY_MS, self, self._refresh_figures),
                                    Qt.ConnectionType.SingleShotConnection)
        self.library_loaded.connect(lambda _library: self._start_batch_poller(), Qt.ConnectionType.SingleShotConnection)
        # The page's code a module per turn of the event loop, then the page, then what it shows
        # later: no single step holds the window long (``python -m bench ui``).
        steps: list[Any] = [lambda name=name: importlib.import_module(name) for name in PAGE_MODULES]
        QTimer.singleShot(STEP_MS, self, lambda: self._in_steps([*steps, self._show_templates_page]))
        if not context.settings.first_run_done:
            QTimer.singleShot(0, self, self.open_welcome)

    def _in_steps(self, steps: list[Any]) -> None:
        """Run ``steps`` one per turn of the event loop (input and painting come in between)."""
        if steps:
            steps[0]()
            QTimer.singleShot(STEP_MS, self, lambda: self._in_steps(steps[1:]))

    def _start_batch_poller(self) -> None:
        """Provider batches: collected on a worker soon after start, then every few minutes."""
        from desktop.gui.batch_poller import BatchPoller, connect_to_window

        self.batch_poller = BatchPoller(self.context, self)
        connect_to_window(self, self.batch_poller)
        self.batch_poller.start()

    def _show_templates_page(self) -> None:
        self.templates.gallery.search.setFocus()  # typing right away searches the templates
        # Then, a turn each: the gauge, the banner, the icons. The answer area is built when the
        # first answer is shown (TemplatesPage.answer): nobody sees it before, and it is the
        # longest single step of start-up.
        steps = [lambda: self.gauge, lambda: self.banner, self._sidebar_icons]
        QTimer.singleShot(STEP_MS, self, lambda: self._in_steps(steps))

    def _sidebar_icons(self) -> None:
        from PySide6.QtCore import QSize

        from desktop.gui import theme
        from desktop.gui.icons import icon

        colour = theme.colours()["text"]
        self.sidebar.setIconSize(QSize(18, 18))
        for row, name in enumerate(SIDEBAR_ICONS):
            self.sidebar.item(row).setIcon(icon(name, colour, 18))

    def _loaded(self, result: tuple[Any, dict[str, Any]]) -> None:
        if self._templates is None:
            # The page is built on this turn of the event loop, filled on the next: together
            # they would be the longest stall of start-up.
            self.templates.update()
            QTimer.singleShot(STEP_MS, self, lambda: self._loaded(result))
            return
        library, drafts = result
        for key, values in drafts.items():
            self.templates.form.drafts.setdefault(key, values)
        self._library_ready(library)

    def _library_ready(self, library: Any) -> None:
        # The gallery is filled on this turn, the last template reopened on the next.
        self.templates.set_library(library, reopen=False)
        QTimer.singleShot(STEP_MS, self, lambda: self._library_shown(library))

    def _library_shown(self, library: Any) -> None:
        self.templates.reopen_last(library)
        self.library_loaded.emit(library)
        self._library_timer.start()
        # The price table and the privacy detectors load with the first estimate (one job, not
        # two competing for Python's lock while the window comes up). The provider SDKs are
        # loaded once the person has left the keyboard and mouse alone for a moment (importing
        # them holds Python's lock long enough to make typing stutter), or by the first Send.
        if self.templates.template is None:
            run_for(self, lambda _ctx: warm_up_prices(), on_failure=ignore_failure)
        if self._sdk_warm_up is None:
            self._sdk_warm_up = IdleRunner(IDLE_WARM_UP_MS, self._load_providers, self)
        if not self.waiting_sender.timer.isActive():
            self.waiting_sender.start()

    def _load_providers(self) -> None:
        run_for(self, lambda _ctx: import_providers(), on_success=lambda _r: self.providers_loaded.emit())

    def _watch_library(self) -> None:
        """Every few seconds, re-read what changed in the template folders (off the UI thread)."""
        library = self.templates.gallery.library
        if library is None:
            return

        def done(changed: object) -> None:
            if changed and self.templates.gallery.library is library:
                self.templates.library_changed(library)

        def failed(exc: BaseException) -> None:
            log.warning("Template folders not re-read: %s", exc)

        self._library_checks.run(lambda _ctx: library.refresh(), on_success=done, on_failure=failed)

    def _refresh_figures(self, *_args: object) -> None:
        self.gauge.refresh()
        check = getattr(self.banner, "check", None)
        if check is not None:
            check()

    def _library_failed(self, exc: BaseException) -> None:

        self.templates.gallery.set_problem(user_message(exc))
        self.library_loaded.emit(None)

    def open_welcome(self) -> None:
        from desktop.gui.welcome_dialog import WelcomeDialog

        self.welcome = WelcomeDialog(self.context, self)
        self.welcome.finished.connect(lambda _code: self._settings_changed())
        self.welcome.open()

    def open_settings(self) -> None:
        from desktop.gui.settings_dialog import SettingsDialog

        self.settings_dialog = SettingsDialog(self.context, self)
        self.settings_dialog.settings_changed.connect(self._settings_changed)
        self.settings_dialog.open()

    def open_team_setup(self) -> None:
        from desktop.gui.team_setup_dialog import TeamSetupDialog

        self.team_dialog = TeamSetupDialog(self.context, self)
        self.team_dialog.saved.connect(self._settings_changed)
        self.team_dialog.folder_ready.connect(lambda _path: self._settings_changed())
        self.team_dialog.open()

    def open_team_dashboard(self) -> None:
        from desktop.gui.team_dashboard import TeamDashboard

        self.dashboard = TeamDashboard(self.context, self)
        self.dashboard.open()

    def _settings_changed(self) -> None:
        """Name, team folder or keys changed: reload what depends on them, off the UI thread."""
        context = self.context

        def op(_ctx: object) -> Any:
            context.reload_team()
            return context.reload_library()  # the team folder may have changed

        run_for(self, op, on_success=self._library_ready, on_failure=self._library_failed)
        self.gauge.refresh()

    # ------------------------------------------------------------------ after a run
    def _run_finished(self, run: Any) -> None:
        """Sync the new record to the team file and refresh the figures, all in the background.
        An answer means a provider works: runs waiting to send may go now."""
        from desktop.core.run import DONE

        if self.sender() is self._waiting_sender:
            if self._templates is not None:
                self._templates.show_if_current(run)
        elif run.status == DONE:
            self.waiting_sender.check()
        self.gauge.sync_now()
        check = getattr(self.banner, "check", None)
        if check is not None:
            check()
        for name in PAGES[1:]:
            if name in self._pages:
                self._pages[name].refresh()

    def reopen_run(self, run_id: str) -> None:
        """Open a past run from History: its template, the values it was sent with, its answer."""
        run_for(self, lambda _ctx: self._run_and_review(run_id), on_success=self._show_reopened)

    def _run_and_review(self, run_id: str) -> Any:
        """The run and its recorded review (ticks included); runs on a worker."""
        from desktop.gui.send_controller import load_review

        run = self.context.ledger.get(run_id)
        return (run, load_review(self.context, run) if run is not None else None)

    def _show_reopened(self, found: Any) -> None:
        run, review = found
        if run is None:
            return
        self.show_page(0)
        if review is not None:
            self.templates.controller.reviews.setdefault(run.id, review)
        self.templates.show_run(run)

    def send_waiting_run(self, run_id: str) -> None:
        """Send now a run that was waiting: reopen it and send its form as it was."""
        def reopened(found: Any) -> None:
            self._show_reopened(found)
            run = found[0]
            if run is not None and self.templates.template is not None:
                self.templates.resend(run.id)

        run_for(self, lambda _ctx: self._run_and_review(run_id), on_success=reopened)

    # ------------------------------------------------------------------ geometry
    def _splitters(self) -> dict[str, QSplitter]:
        page = self._templates
        if page is None:
            return {}
        return {"split/gallery": page.split, "split/right": page.right, "split/answer": page.bottom}

    def save_state(self) -> None:
        window_state.save(self, self._splitters())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self._templates is None:
            super().closeEvent(event)
            return
        self._templates.checklist.flush()
        form = self._templates.form
        if form.template is not None:  # on the way out the draft is written here and now
            from desktop.core.drafts import write_draft

            try:
                write_draft(form.template.id, form.values())
            except OSError as exc:
                log.warning("Draft not saved: %s", exc)
        super().closeEvent(event)
