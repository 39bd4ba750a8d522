"""Start the Qt application: logging, the crash handler, the style, the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.core import paths
from desktop.core.context import AppContext
from desktop.core.errors import PromptdeskError, SettingsError, user_message
from desktop.core.logs import setup_logging
from desktop.gui.messages import bridge, show_error

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
    setup_logging()
    install_qt_message_handler()
    app = create_application()
    install_crash_handler()
    from desktop.gui.main_window import MainWindow
    from desktop.gui.theme import apply_theme

    apply_theme(app)

    window = MainWindow(load_context())
    bridge.error_reported.connect(lambda message: show_error(window, message))
    window.show()
    QTimer.singleShot(0, window.after_shown)
    for message in startup_problems:
        QTimer.singleShot(0, lambda message=message: show_error(window, message))
    code = app.exec()
    finish_background_work()
    return code


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
