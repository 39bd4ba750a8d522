"""``run_owned``: ``worker.run_in_background`` for work whose results go to one widget.

The callbacks run only while ``owner`` still exists: a window closed (or a test torn down)
while its work finishes on a pool thread must not be touched afterwards, or Qt raises
"Internal C++ object already deleted" / "Signal source has been deleted". Unlike
``widget_tasks.run_for`` it also forwards progress (a streamed answer).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from desktop.gui.worker import Task, TaskContext, run_in_background


def _alive(owner: QObject, callback: Callable[[Any], None] | None) -> Callable[[Any], None] | None:
    if callback is None:
        return None

    def call(value: Any) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return call


def run_owned(
    owner: QObject,
    op: Callable[[TaskContext], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[Any], None] | None = None,
) -> Task:
    """Run ``op`` on a pool thread; the callbacks run on the UI thread while ``owner`` exists."""
    return run_in_background(op, on_success=_alive(owner, on_success), on_failure=_alive(owner, on_failure),
                             on_progress=_alive(owner, on_progress))
