"""Start the Qt application: logging, the crash handler, the style, the main window.

The first paint comes before anything it does not need: the window's frame is painted with the
light/dark look remembered from the last start; then the settings and the team folder are read
(the team folder may be on a slow network drive), the real light/dark choice is checked, and the
window starts its own loading (``MainWindow.after_shown``). ``python -m bench startup`` measures
the launch against a hello-world window.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMessageLogContext, QObject, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop import __version__
from desktop.core import paths
from desktop.core.errors import PromptdeskError, user_message
from desktop.core.logs import setup_logging
from desktop.gui.messages import bridge, show_error

if TYPE_CHECKING:
    from desktop.core.context import AppContext
    from desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if isinstance(exc, KeyboardInterrupt):
        QApplication.quit()
        return
    if not isinstance(exc, PromptdeskError):
        log.error("Uncaught error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
    bridge.error_reported.emit(user_message(exc))


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Promptdesk")
    app.setOrganizationName("Promptdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("promptdesk")
    from desktop.gui import collector

    collector.freeze_after_loading = True  # what start-up loads stays out of later collections
    icon = paths.resource("icons/promptdesk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


# Qt says this of every window on its offscreen platform (the self-test, CI); it is not a fault.
_HARMLESS_QT_MESSAGES = ("This plugin does not support propagateSizeHints",)
_QT_LOG_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
                  QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
                  QtMsgType.QtFatalMsg: logging.CRITICAL}


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if message.startswith(_HARMLESS_QT_MESSAGES):
        return
    logging.getLogger("qt").log(_QT_LOG_LEVELS.get(kind, logging.WARNING), "%s", message)


def install_qt_message_handler() -> None:
    """Qt's own messages go to the log instead of the terminal, without the known harmless ones."""
    qInstallMessageHandler(_qt_message)


def install_crash_handler() -> None:
    """Uncaught exceptions are logged and shown in plain words; the app keeps running."""
    sys.excepthook = _excepthook


def run_app() -> int:
    from desktop.gui import collector

    collector.pause()  # no garbage collection before the first paint: nothing built so far is garbage
    setup_logging()
    install_qt_message_handler()
    app = create_application()
    install_crash_handler()
    from desktop.gui.main_window import MainWindow
    from desktop.gui.theme import apply_theme

    remembered = remembered_scheme()
    apply_theme(app, remembered)
    window = MainWindow(load_context=load_context)  # the settings are read after the first paint
    bridge.error_reported.connect(lambda message: show_error(window, message))
    window.show()
    after_first_paint(window, lambda: _start(app, window, remembered))
    code = app.exec()
    finish_background_work()
    return code


def _start(app: QApplication, window: MainWindow, remembered: bool | None) -> None:
    """What follows the first paint, a step per turn of the event loop so that the window
    answers in between: the real light/dark choice, the settings and the team folder, the
    window's own loading, then any problem found on the way."""
    _in_steps(window, [lambda: _follow_system(app, remembered), lambda: _read_settings(window),
                       window.after_shown, lambda: show_startup_problems(window)])


def _in_steps(owner: QObject, steps: list[Callable[[], object]]) -> None:
    from desktop.gui.main_window import STEP_MS

    if steps:
        # The next step is booked first: a step that fails (logged and shown by the crash
        # handler) must not leave the window without its library and start-up messages.
        QTimer.singleShot(STEP_MS, owner, lambda: _in_steps(owner, steps[1:]))
        steps[0]()


def _follow_system(app: QApplication, remembered: bool | None) -> None:
    """The system's light/dark choice applied if it changed since the last start, and kept."""
    from desktop.gui import collector
    from desktop.gui.theme import check_scheme

    collector.resume()  # and what start-up built is frozen out of later collections' sight
    dark = check_scheme(app)
    if dark is not remembered:
        remember_scheme(dark)


def _read_settings(window: MainWindow) -> None:
    _ = window.context  # its first use reads the settings and the team folder (load_context)


def show_startup_problems(window: MainWindow) -> None:
    """A damaged settings file, a protective team setting that cannot be read: said at once."""
    for message in startup_problems:
        show_error(window, message)


SCHEME_KEY = "appearance/dark"  # in window.ini, beside the window's size: read before the first paint


def remembered_scheme() -> bool | None:
    """Whether the look was dark at the last start (``None`` the first time)."""
    from desktop.gui.window_state import window_settings

    value = window_settings().value(SCHEME_KEY)
    return {"true": True, "false": False}.get(str(value).lower())


def remember_scheme(dark: bool) -> None:
    from desktop.gui.window_state import window_settings

    stored = window_settings()
    stored.setValue(SCHEME_KEY, dark)
    stored.sync()


class _FirstPaint(QObject):
    """Calls back once ``widget`` has been painted the first time (or after ``fallback_ms``, for
    a window that is never painted, such as one started minimised).

    It never deletes itself: it lives as the widget's child and goes with it. Deleting it from
    inside its own timer's call crashed PySide now and then (a timer slot holding a method of an
    object being destroyed), so once it has called back it only stops its timer and its filter.
    """

    _waiting: set[_FirstPaint] = set()  # held until they fire: Qt holds no Python reference

    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        self._waiting.add(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._fire)
        widget.installEventFilter(self)
        self.timer.start(fallback_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            self.timer.start(0)  # runs once this paint (and its flush) is done
        elif kind == QEvent.Type.Close:  # closed before any paint: stop watching a window going away
            self._widget.removeEventFilter(self)
        return False

    def _fire(self) -> None:
        if self._callback is not None:
            callback = self._callback
            self._callback = None
            self.timer.stop()
            self._widget.removeEventFilter(self)
            self._waiting.discard(self)
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None], fallback_ms: int = 1000) -> QObject:
    """Run ``callback`` on the UI thread once ``widget`` is on screen and painted. Returns the
    watcher (a child of ``widget``); its ``timer`` is stopped once it has called back."""
    return _FirstPaint(widget, callback, fallback_ms)


def finish_background_work(timeout_ms: int = 5000) -> bool:
    """On the way out: stop what can be stopped (an answer streaming in is recorded as stopped)
    and let the rest (ledger writes, drafts, a sync) finish, so nothing is cut off half-written.
    True if everything finished within ``timeout_ms``."""
    from PySide6.QtCore import QThreadPool

    from desktop.gui import worker

    for task in list(worker._ACTIVE):
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


startup_problems: list[str] = []


def load_context() -> AppContext:
    """The app's context; a damaged settings file is reported and defaults are used meanwhile
    (the file is left as it is until the person saves new settings), instead of a silent exit."""
    from desktop.core.context import AppContext
    from desktop.core.errors import SettingsError
    from desktop.core.settings import UserSettings

    try:
        context = AppContext()
    except SettingsError as exc:
        log.warning("Settings: %s", exc.message)
        startup_problems.append(exc.message)
        context = AppContext(UserSettings())
    if context.sending_blocked:  # the app starts, and says at once why nothing can be sent
        startup_problems.append(context.sending_blocked)
    return context
