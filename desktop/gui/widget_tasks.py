"""Background work on behalf of a widget that may be closed before the work ends.

``run_for(owner, op, ...)`` is ``worker.run_in_background`` with two differences: the task is
not a child of ``owner`` (a child would be deleted with the widget while its worker thread is
still about to report, and Qt then raises "Signal source has been deleted" in that thread), and
the callbacks are skipped when ``owner`` no longer exists. Closing a page or a dialog while
the team drive is slow to answer is therefore harmless.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from desktop.gui.worker import Task, TaskContext, run_in_background


def _while_alive(owner: QObject, callback: Callable[[Any], None] | None) -> Callable[[Any], None] | None:
    if callback is None:
        return None

    def call(value: Any) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return call


def run_for(
    owner: QObject,
    op: Callable[[TaskContext], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_finished: Callable[[], None] | None = None,
) -> Task:
    """Run ``op`` on a pool thread; the callbacks run on the UI thread while ``owner`` exists."""
    task = run_in_background(op, on_success=_while_alive(owner, on_success),
                             on_failure=_while_alive(owner, on_failure))
    if on_finished is not None:
        task.finished.connect(lambda: shiboken6.isValid(owner) and on_finished())
    return task
