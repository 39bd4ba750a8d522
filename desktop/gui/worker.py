"""The one place where work leaves the UI thread.

``run_in_background(op, on_success=..., on_failure=...)`` runs ``op`` on a pool thread. ``op``
is plain Python (usually a ``desktop.core`` function) and never touches a widget. It receives
a ``TaskContext`` with ``progress(value)`` (delivered to ``on_progress`` on the UI thread) and
``cancelled()``. The result goes to ``on_success`` and any exception to ``on_failure``, both on
the UI thread, through queued Qt signals.

Two runners replace hand-written busy flags: ``SerialRunner`` (one job at a time; only the
latest request waits behind it, or none with ``keep_latest=False``) and ``LatestOnly`` (a newer
request supersedes the older ones: a stale result never lands).
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


class _Request:
    """One ``op`` with its callbacks, as handed to a runner."""

    def __init__(self, op: Callable[[TaskContext], Any], on_success: Callable[[Any], None] | None,
                 on_failure: Callable[[BaseException], None] | None) -> None:
        self.op = op
        self.on_success = on_success
        self.on_failure = on_failure or _report_failure


class SerialRunner:
    """One job at a time, for ``owner``: writes that must land in order, reads that must not pile up.

    While a job runs, a new request waits behind it; a newer request replaces the one waiting
    (whose callbacks are then never called), so at most one waits and it is always the latest.
    With ``keep_latest=False`` a request made while a job runs is dropped instead (a periodic
    look that the next tick repeats anyway).

    The runner clears its own state from the job's result callbacks, not from ``finished``: the
    next request can start from inside them, and a callback that calls ``run`` again only queues.
    """

    def __init__(self, owner: QObject, *, keep_latest: bool = True) -> None:
        self._owner = owner
        self._keep_latest = keep_latest
        self._busy = False
        self._waiting: _Request | None = None

    @property
    def busy(self) -> bool:
        """A job is running."""
        return self._busy

    @property
    def waiting(self) -> bool:
        """A request waits behind the running job."""
        return self._waiting is not None

    def run(self, op: Callable[[TaskContext], Any], *, on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None) -> bool:
        """Start ``op`` now (True), or keep it as the one waiting, or drop it (False).

        As with ``run_in_background``, without ``on_failure`` a failure is shown in plain words.
        """
        request = _Request(op, on_success, on_failure)
        if self._busy:
            if self._keep_latest:
                self._waiting = request
            return False
        self._start(request)
        return True

    def _start(self, request: _Request) -> None:
        self._busy = True

        def then(callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                try:
                    if callback is not None:
                        callback(value)
                finally:
                    self._next()

            return call

        run_for(self._owner, request.op, on_success=then(request.on_success), on_failure=then(request.on_failure))

    def _next(self) -> None:
        self._busy = False
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._start(waiting)


class LatestOnly:
    """Requests for ``owner`` where each newer one supersedes the ones before it (an estimate as
    the person types, a list read again for new filters): only the newest request's result or
    failure is delivered; an older one finishing later is dropped, never shown over it.

    Older jobs are not cancelled (they may hold a file open, or finish a cache the next one uses):
    their results are simply not delivered.
    """

    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self._latest = 0

    def run(self, op: Callable[[TaskContext], Any], *, on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None) -> Task:
        """Run ``op`` in the background; its callbacks run only if no newer request was made since.

        As with ``run_in_background``, without ``on_failure`` a (current) failure is shown in plain words.
        """
        self._latest += 1
        request, number = _Request(op, on_success, on_failure), self._latest

        def current(callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                if number != self._latest:
                    log.debug("A superseded background result was dropped")
                elif callback is not None:
                    callback(value)

            return call

        return run_for(self._owner, request.op, on_success=current(request.on_success),
                       on_failure=current(request.on_failure))

    def supersede(self) -> None:
        """Drop whatever is on its way (what it was for is gone) without starting anything."""
        self._latest += 1
