"""The two runners every page uses instead of hand-written busy flags, on a real event loop and
real pool threads: a serial runner never runs two jobs at once and lets only the latest waiting
request through; a latest-only runner never lets an older result land after a newer request."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject

from desktop.gui import worker
from desktop.gui.messages import bridge


@pytest.fixture
def owner(qtbot) -> Iterator[QObject]:
    holder = QObject()
    yield holder
    holder.deleteLater()


class Jobs:
    """Ops that record how many run at once and can be held until the test lets them go."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.most_at_once = 0
        self.started: list[str] = []
        self.gates: dict[str, threading.Event] = {}

    def op(self, name: str, *, held: bool = False, fails: bool = False) -> Callable[[Any], str]:
        gate = self.gates.setdefault(name, threading.Event())
        if not held:
            gate.set()

        def run(_ctx: Any) -> str:
            with self.lock:
                self.running += 1
                self.most_at_once = max(self.most_at_once, self.running)
                self.started.append(name)
            try:
                gate.wait(10)
                if fails:
                    raise ValueError(f"{name} failed")
                return name
            finally:
                with self.lock:
                    self.running -= 1

        return run

    def release_all(self) -> None:
        for gate in self.gates.values():
            gate.set()


@pytest.fixture
def jobs() -> Iterator[Jobs]:
    made = Jobs()
    yield made
    made.release_all()  # a failed test never leaves a pool thread blocked


def test_serial_runs_one_at_a_time_and_only_the_latest_waiting_request(qtbot, owner, jobs) -> None:
    runner = worker.SerialRunner(owner)
    done: list[str] = []
    assert runner.run(jobs.op("first", held=True), on_success=done.append) is True
    qtbot.waitUntil(lambda: jobs.started == ["first"], timeout=5000)
    assert runner.busy and not runner.waiting
    assert runner.run(jobs.op("second"), on_success=done.append) is False
    assert runner.run(jobs.op("third"), on_success=done.append) is False
    assert runner.waiting
    jobs.release_all()
    qtbot.waitUntil(lambda: done == ["first", "third"] and not runner.busy, timeout=5000)
    assert jobs.started == ["first", "third"]  # the superseded waiting request never ran
    assert jobs.most_at_once == 1


def test_serial_without_keep_latest_drops_requests_made_while_busy(qtbot, owner, jobs) -> None:
    runner = worker.SerialRunner(owner, keep_latest=False)
    done: list[str] = []
    runner.run(jobs.op("first", held=True), on_success=done.append)
    assert runner.run(jobs.op("second"), on_success=done.append) is False
    assert not runner.waiting
    jobs.release_all()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert done == ["first"] and jobs.started == ["first"]
    assert runner.run(jobs.op("later"), on_success=done.append) is True  # idle again: runs
    qtbot.waitUntil(lambda: done == ["first", "later"], timeout=5000)


def test_serial_goes_on_to_the_waiting_request_after_a_failure(qtbot, owner, jobs) -> None:
    runner = worker.SerialRunner(owner)
    done: list[str] = []
    failures: list[BaseException] = []
    runner.run(jobs.op("broken", held=True, fails=True), on_success=done.append, on_failure=failures.append)
    runner.run(jobs.op("next"), on_success=done.append, on_failure=failures.append)
    jobs.release_all()
    qtbot.waitUntil(lambda: done == ["next"], timeout=5000)
    assert [str(exc) for exc in failures] == ["broken failed"]


def test_serial_goes_on_even_when_a_callback_raises(qtbot, owner, jobs) -> None:
    runner = worker.SerialRunner(owner)
    done: list[str] = []

    def clumsy(_result: str) -> None:
        done.append("clumsy")
        raise RuntimeError("a slot that breaks")

    with qtbot.captureExceptions() as raised:
        runner.run(jobs.op("first", held=True), on_success=clumsy)
        runner.run(jobs.op("second"), on_success=done.append)
        jobs.release_all()
        qtbot.waitUntil(lambda: done == ["clumsy", "second"], timeout=5000)
    assert [str(exc) for _type, exc, _tb in raised] == ["a slot that breaks"]


def test_serial_request_made_from_a_callback_waits_its_turn(qtbot, owner, jobs) -> None:
    runner = worker.SerialRunner(owner)
    done: list[str] = []

    def first_done(result: str) -> None:
        done.append(result)
        assert runner.run(jobs.op("from the callback"), on_success=done.append) is False  # queued, not nested

    runner.run(jobs.op("first"), on_success=first_done)
    qtbot.waitUntil(lambda: done == ["first", "from the callback"] and not runner.busy, timeout=5000)
    assert jobs.most_at_once == 1


def test_serial_failure_without_a_callback_is_shown_in_plain_words(qtbot, owner, jobs) -> None:
    runner = worker.SerialRunner(owner)
    shown: list[str] = []
    bridge.error_reported.connect(shown.append)
    try:
        runner.run(jobs.op("broken", fails=True))
        qtbot.waitUntil(lambda: len(shown) == 1 and not runner.busy, timeout=5000)
    finally:
        bridge.error_reported.disconnect(shown.append)
    assert "broken failed" not in shown[0]


def test_latest_only_never_lets_an_older_result_land_after_a_newer_request(qtbot, owner, jobs) -> None:
    runner = worker.LatestOnly(owner)
    shown: list[str] = []
    slow = runner.run(jobs.op("older", held=True), on_success=shown.append)
    runner.run(jobs.op("newer"), on_success=shown.append)
    qtbot.waitUntil(lambda: shown == ["newer"], timeout=5000)
    jobs.release_all()
    qtbot.waitUntil(lambda: not slow.running, timeout=5000)  # the older one finished, unheard
    assert shown == ["newer"]
    assert sorted(jobs.started) == ["newer", "older"]  # both ran: the older was not cancelled


def test_latest_only_drops_a_stale_failure_but_delivers_a_current_one(qtbot, owner, jobs) -> None:
    runner = worker.LatestOnly(owner)
    failures: list[str] = []
    stale = runner.run(jobs.op("stale", held=True, fails=True), on_failure=lambda exc: failures.append(str(exc)))
    runner.run(jobs.op("current", fails=True), on_failure=lambda exc: failures.append(str(exc)))
    qtbot.waitUntil(lambda: failures == ["current failed"], timeout=5000)
    jobs.release_all()
    qtbot.waitUntil(lambda: not stale.running, timeout=5000)
    assert failures == ["current failed"]


def test_latest_only_supersede_drops_what_is_on_its_way(qtbot, owner, jobs) -> None:
    runner = worker.LatestOnly(owner)
    shown: list[str] = []
    task = runner.run(jobs.op("pending", held=True), on_success=shown.append)
    runner.supersede()
    jobs.release_all()
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert shown == []
    runner.run(jobs.op("after"), on_success=shown.append)
    qtbot.waitUntil(lambda: shown == ["after"], timeout=5000)
