"""Background work never loses a failure: without a failure callback the person is told in
plain words; an expected error keeps its own message; an explicit callback replaces the default."""

from __future__ import annotations

from desktop.core import paths
from desktop.core.errors import SyncError
from desktop.gui import worker
from desktop.gui.messages import bridge


def _collect(qtbot, op, **callbacks) -> list[str]:
    shown: list[str] = []
    bridge.error_reported.connect(shown.append)
    try:
        task = worker.run_in_background(op, **callbacks)
        qtbot.waitUntil(lambda: not task.running, timeout=5000)
    finally:
        bridge.error_reported.disconnect(shown.append)
    return shown


def _fail_unexpectedly(_ctx) -> None:
    raise ValueError("internal detail that means nothing to a person")


def test_a_failure_with_no_callback_is_shown_in_plain_words(qtbot) -> None:
    shown = _collect(qtbot, _fail_unexpectedly)
    assert len(shown) == 1
    assert "internal detail" not in shown[0] and str(paths.log_file()) in shown[0]


def test_an_expected_error_with_no_callback_keeps_its_own_message(qtbot) -> None:
    def op(_ctx) -> None:
        raise SyncError("The team drive S: is not reachable.")

    assert _collect(qtbot, op) == ["The team drive S: is not reachable."]


def test_a_given_failure_callback_replaces_the_default(qtbot) -> None:
    seen: list[BaseException] = []
    assert _collect(qtbot, _fail_unexpectedly, on_failure=seen.append) == []
    assert len(seen) == 1 and isinstance(seen[0], ValueError)


def test_work_marked_as_allowed_to_fail_is_only_logged(qtbot) -> None:
    assert _collect(qtbot, _fail_unexpectedly, on_failure=worker.ignore_failure) == []
