"""The one place where work leaves the UI thread.

``run_in_background(op, on_success=..., on_failure=...)`` runs ``op`` on a pool thread. ``op``
is plain Python (usually a ``desktop.core`` function) and never touches a widget. It receives
a ``TaskContext`` with ``progress(value)`` (delivered to ``on_progress`` on the UI thread) and
``cancelled()``. The result goes to ``on_success`` and any exception to ``on_failure``, both on
the UI thread, through queued Qt signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskContext:
    """What ``op`` gets: a way to report progress and to see whether the user stopped it."""

    def __init__(self, emit_progress: Callable[[Any], None], cancel_event: threading.Event) -> None:
        self._emit_progress = emit_progress
        self._cancel_event = cancel_event

    def progress(self, value: Any) -> None:
        self._emit_progress(value)

    def cancelled(self) -> bool:
        return self._cancel_event.is_set()


class Task(QObject):
    """A background job. Keep a reference while it runs; ``cancel()`` asks it to stop.

    Signals:
        progressed(object): a value ``op`` reported.
        succeeded(object): ``op`` returned this.
        failed(object): ``op`` raised this exception.
        finished(): after either of the two above.
    """

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.running = True

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, op: Callable[[TaskContext], Any], task: Task) -> None:
        super().__init__()
        self._op = op
        self._task = task

    def run(self) -> None:
        task = self._task
        context = TaskContext(task.progressed.emit, task._cancel)
        try:
            result = self._op(context)
        except BaseException as exc:
            from desktop.core.errors import PromptdeskError

            if not isinstance(exc, PromptdeskError):
                log.exception("Background task failed")
            _report(task.failed, exc)
        else:
            _report(task.succeeded, result)
        _report(task.finished)


def _report(signal: Any, *args: Any) -> None:
    """Emit from the pool thread; when Qt has already deleted the task (the application is being
    torn down while the work finished), there is nobody left to tell."""
    try:
        signal.emit(*args)
    except RuntimeError:
        log.debug("A background task finished after the application closed")


_ACTIVE: set[Task] = set()


def _report_failure(exc: BaseException) -> None:
    from desktop.gui.messages import report_failure

    report_failure(exc)


def ignore_failure(exc: BaseException) -> None:
    """For work whose failure changes nothing the person does (a warm-up, a prefetch); logged only."""
    log.info("Background work that may fail quietly did: %s", exc)


def _while_alive(owner: QObject | None, callback: Callable[..., None] | None) -> Callable[..., None] | None:
    """``callback``, skipped once ``owner`` (a widget closed meanwhile) no longer exists."""
    if callback is None or owner is None:
        return callback

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return call


def run_in_background(
    op: Callable[[TaskContext], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[Any], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    owner: QObject | None = None,
) -> Task:
    """Run ``op(context)`` on a pool thread; the callbacks run on the UI thread.

    Without ``on_failure`` a failure is never lost: the person is told in plain words through the
    message bridge (as Anki's QueryOp does). Work whose failure truly does not matter says so
    with ``on_failure=ignore_failure``.

    With ``owner`` (the widget the results are for) the callbacks are skipped once it has been
    deleted. The task itself is never a child of ``owner``: a child would be deleted with the
    widget while its thread is still about to report ("Signal source has been deleted"). Every
    connection is made before the work starts, so a fast task cannot finish unheard.
    """
    task = Task()
    if on_success:
        task.succeeded.connect(_while_alive(owner, on_success))
    if on_failure is None:
        on_failure = _report_failure
    task.failed.connect(_while_alive(owner, on_failure))
    if on_progress:
        task.progressed.connect(_while_alive(owner, on_progress))
    _ACTIVE.add(task)

    def done() -> None:
        task.running = False
        _ACTIVE.discard(task)

    task.finished.connect(done)
    if on_finished:
        task.finished.connect(_while_alive(owner, on_finished))
    QThreadPool.globalInstance().start(_Runnable(op, task))
    return task


def run_for(
    owner: QObject,
    op: Callable[[TaskContext], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[Any], None] | None = None,
    on_finished: Callable[[], None] | None = None,
) -> Task:
    """``run_in_background`` for work whose results go to ``owner``."""
    return run_in_background(op, on_success=on_success, on_failure=on_failure, on_progress=on_progress,
                             on_finished=on_finished, owner=owner)
