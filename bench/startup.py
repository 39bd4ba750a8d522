"""Launch to main window painted, against a hello-world PySide6 window started the same way.

Both are started as a fresh ``python`` process. Each child watches its window's events: it notes
when the window was shown and when its first paint had finished (an event posted at high
priority from the window's first paint event is delivered once the whole window has been
painted and flushed, ahead of work queued earlier), and prints those times and its peak memory
(VmHWM) at the paint. The parent also takes each child's processor time until then. (Before,
the figure was taken on the first turn of the event loop after ``show()``, which comes before
any paint: the paint of the app's window went unmeasured.)

The app is started as ``python -m desktop`` starts it, in a home folder left by one whole earlier
launch (a later launch: the light/dark look is remembered), with its folders found through
platformdirs as a person's are (not through the tests' PROMPTDESK_HOME override, which skips
that import); the very first launch is measured too. The launch is broken down into the
interpreter's own start (until the child's first line runs), imports and window construction
(until the window is shown), and the first paint; then the steps that follow the first paint
are timed one by one.

The app's own modules are compiled to bytecode first, as an installed copy has them (pip and the
PyInstaller bundle both ship bytecode; the hello-world's Qt and standard-library modules have
theirs already). Without this, a development environment with ``PYTHONDONTWRITEBYTECODE`` set
would compile every module of the app from source at every launch, a cost no user pays; the
figure without it is printed too.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import ROOT, bench_env, line

_WATCH = """
import os, sys, time
BEGUN = time.time()
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
PAINTED = QEvent.Type(QEvent.registerEventType())
def peak_mib():
    # VmHWM, not ru_maxrss: on Linux ru_maxrss keeps the launching process's peak across exec.
    for row in open("/proc/self/status"):
        if row.startswith("VmHWM:"):
            return int(row.split()[1]) / 1024
    return 0.0
class Watch(QObject):
    # Installed on the window alone: a filter on the whole application would cost the app, with
    # its many more widgets and events, far more than the hello-world.
    shown = 0.0
    def eventFilter(self, watched, event):
        kind = event.type()
        if kind == QEvent.Type.Show and not self.shown:
            self.shown = time.time()
        elif kind == QEvent.Type.Paint and self.shown:
            # Delivered once this paint and its flush are done, ahead of any work queued before.
            QCoreApplication.postEvent(self, QEvent(PAINTED), 1)  # Qt.HighEventPriority
            watched.removeEventFilter(self)
        return False
    def event(self, event):
        if event.type() == PAINTED:
            self.report()
            return True
        return super().event(event)
    def report(self):
        import PySide6.QtCore
        built = int("Qt" in vars(PySide6.QtCore))  # Qt's enum namespace, built lazily on first use
        print(BEGUN, self.shown, time.time(), peak_mib(), built, flush=True)
        os._exit(0)  # at once: nothing after the first paint is measured
WATCH = Watch()
"""

HELLO = _WATCH + """
from PySide6.QtWidgets import QLabel
app = QApplication(sys.argv[:1])
window = QLabel("Hello"); window.resize(1100, 720); window.installEventFilter(WATCH); window.show()
app.exec()
"""

APP = _WATCH + """
from desktop.gui.main_window import MainWindow
def _watched_show(window):
    window.installEventFilter(WATCH)
    QWidget.show(window)
MainWindow.show = _watched_show
import runpy
runpy.run_module("desktop", run_name="__main__")  # as ``python -m desktop`` starts it
"""

# A launch run to its end and closed, as a person's first day does: it leaves in the home folder
# what any later launch finds there (the light/dark look it saw, the window's size).
FIRST_DAY = """
import sys
from desktop.gui import app as gui_app
from PySide6.QtWidgets import QApplication
_started = gui_app.show_startup_problems
def _started_and_close(window):  # the last step after the first paint
    _started(window)
    window.close()
    QApplication.quit()
gui_app.show_startup_problems = _started_and_close
sys.exit(gui_app.run_app())
"""

# A later launch to its end, each step after the first paint timed (clock and UI-thread processor
# time): the light/dark check, the settings and team folder, the window's own loading, problems.
STEPS = """
import atexit, json, sys, time
from desktop.gui import app as gui_app
from PySide6.QtWidgets import QApplication
took = []
_in_steps = gui_app._in_steps
def _timed(owner, steps):
    if steps:
        first = steps[0]
        def step():
            started, cpu = time.perf_counter(), time.thread_time()
            first()
            took.append((time.perf_counter() - started, time.thread_time() - cpu))
        steps = [step, *steps[1:]]
    _in_steps(owner, steps)
gui_app._in_steps = _timed
from PySide6.QtCore import QTimer
_started = gui_app.show_startup_problems
def _started_and_close(window):
    _started(window)
    QTimer.singleShot(0, lambda: (window.close(), QApplication.quit()))  # not timed: not a step
gui_app.show_startup_problems = _started_and_close
atexit.register(lambda: print(json.dumps(took), flush=True))
sys.exit(gui_app.run_app())
"""


def _person_env(home: str = "", root: Path = ROOT) -> dict[str, str]:
    """An environment as a person's: the app finds its folders through platformdirs (under a
    throw-away HOME), not through the PROMPTDESK_HOME override; no keychain is touched."""
    import tempfile

    env = bench_env(PYTHONPATH=str(root))
    for name in ("PROMPTDESK_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env.pop(name, None)
    env["HOME"] = home or tempfile.mkdtemp(prefix="promptdesk-bench-")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    return env


def _steps(home: str) -> list[tuple[float, float]]:
    import json

    out = subprocess.run([sys.executable, "-c", STEPS], capture_output=True, text=True,
                         env=_person_env(home), timeout=120)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return [tuple(step) for step in json.loads(out.stdout.strip().splitlines()[-1])]  # type: ignore[misc]


class Launch:
    """One launch: seconds from the parent's start to the child's first line, to shown, to painted."""

    def __init__(self, started: float, begun: float, shown: float, painted: float, rss: float, cpu: float,
                 qt_enums: bool) -> None:
        self.qt_enums = qt_enums  # Qt's enum namespace (~13 ms) was built before the first paint
        self.cpu = cpu  # processor time the child used until its first paint (user + system)
        self.interpreter = begun - started
        self.to_shown = shown - begun
        self.paint = painted - shown
        self.total = painted - started
        self.rss = rss


def _launch(code: str, home: str = "", root: Path = ROOT) -> Launch:
    env = _person_env(home, root)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                         cwd=root)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode != 0 or not out.stdout.strip():
        raise RuntimeError(out.stderr[-2000:])
    begun, shown, painted, rss, built = (float(value) for value in out.stdout.split()[-5:])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Launch(started, begun, shown, painted, rss, cpu, bool(built))


def _compile_app(compiled: bool, root: Path = ROOT) -> None:
    """The app's bytecode in ``__pycache__`` (as installed), or none (compiled at each launch)."""
    import compileall
    import shutil

    for cache in (root / "desktop").rglob("__pycache__"):
        shutil.rmtree(cache, ignore_errors=True)
    if compiled:
        compileall.compile_dir(root / "desktop", quiet=1)


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms"


def _returning_home() -> str:
    """A home folder as a later launch finds it: after one whole launch, closed."""
    env = _person_env()
    out = subprocess.run([sys.executable, "-c", FIRST_DAY], capture_output=True, text=True, env=env, timeout=120)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return env["HOME"]


def main(argv: list[str] | None = None, rounds: int = 7) -> None:
    """``python -m bench startup [--against REV]``: with ``--against``, this tree's launch and
    that commit's, interleaved with the hello-world in the same run."""
    if argv and argv[0] == "--against" and len(argv) > 1:
        against(argv[1], rounds)
        return
    _compile_app(False)
    home = _returning_home()
    from_source = [_launch(APP, home).total for _ in range(3)]
    _compile_app(True)
    first_runs = [_launch(APP) for _ in range(3)]  # a fresh home each: nothing remembered yet
    first = [run.total for run in first_runs]
    hello: list[Launch] = []
    app: list[Launch] = []
    for _ in range(rounds):  # interleaved, so machine noise hits both alike
        hello.append(_launch(HELLO))
        app.append(_launch(APP, home))
    h = statistics.median(run.total for run in hello)
    a = statistics.median(run.total for run in app)
    line("machine load average (1 min)", f"{os.getloadavg()[0]:.1f}", f"on {os.cpu_count()} CPUs")
    line("Promptdesk, compiling its modules at launch (median)", _ms(from_source),
         f"{statistics.median(from_source) / h:.2f}x hello-world")
    line("Promptdesk, very first launch (median)", _ms(first), f"{statistics.median(first) / h:.2f}x hello-world"
         f"; Qt's enums built before the paint in {sum(run.qt_enums for run in first_runs)} of {len(first_runs)}")
    for name, runs in (("hello-world", hello), ("Promptdesk", app)):
        line(f"{name}: interpreter start", _ms([run.interpreter for run in runs]))
        line(f"{name}: imports and window until shown", _ms([run.to_shown for run in runs]))
        line(f"{name}: first paint", _ms([run.paint for run in runs]))
    line("hello-world window painted (median)", f"{h * 1000:.0f} ms")
    line("Promptdesk window painted, later launch (median)", f"{a * 1000:.0f} ms")
    line("ratio app / hello-world", f"{a / h:.2f}x", "target <= 1.5x", a / h <= 1.5)
    line("  Qt's enum namespace built before the first paint", f"{sum(run.qt_enums for run in app)} of {len(app)}",
         "(about 13 ms; a later launch need not)")
    # Processor time, which other programs on a busy machine disturb far less than the clock.
    hc, ac = (statistics.median(run.cpu for run in runs) for runs in (hello, app))
    line("processor time until painted: hello-world", f"{hc * 1000:.0f} ms")
    line("processor time until painted: Promptdesk", f"{ac * 1000:.0f} ms", f"{ac / hc:.2f}x hello-world")
    steps = [_steps(home) for _ in range(3)]
    longest = statistics.median(max(clock for clock, _cpu in run) for run in steps)
    longest_cpu = statistics.median(max(cpu for _clock, cpu in run) for run in steps)
    line("after the first paint, longest start-up step", f"{longest * 1000:.0f} ms",
         f"{longest_cpu * 1000:.0f} ms of UI-thread processor time; {len(steps[0])} steps")
    rss = statistics.median(run.rss for run in app)
    line("peak memory at first window (median)", f"{rss:.0f} MiB", "target <= 100 MiB", rss <= 100)


# Any version of the app: its window shown, closed a little later (what a first day leaves).
_ANY_FIRST_DAY = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from desktop.gui.main_window import MainWindow
def _show(window):
    QTimer.singleShot(2500, lambda: (window.close(), QApplication.quit()))
    QWidget.show(window)
MainWindow.show = _show
import runpy
runpy.run_module("desktop", run_name="__main__")
"""


def against(rev: str, rounds: int = 7) -> None:
    """This tree's later launch beside commit ``rev``'s (from ``git archive``), same method."""
    import io
    import tarfile
    import tempfile

    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], capture_output=True, check=True).stdout
    with tempfile.TemporaryDirectory(prefix="promptdesk-rev-") as other:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(other, filter="data")
        roots = {"this tree": ROOT, rev: Path(other)}
        homes = {}
        for name, root in roots.items():
            _compile_app(True, root)
            env = _person_env(root=root)
            subprocess.run([sys.executable, "-c", _ANY_FIRST_DAY], env=env, cwd=root, capture_output=True,
                           timeout=120, check=True)
            homes[name] = env["HOME"]
        runs: dict[str, list[Launch]] = {"hello-world": [], **{name: [] for name in roots}}
        for _ in range(rounds):  # interleaved, so machine noise hits all alike
            runs["hello-world"].append(_launch(HELLO))
            for name, root in roots.items():
                runs[name].append(_launch(APP, homes[name], root))
    line("machine load average (1 min)", f"{os.getloadavg()[0]:.1f}", f"on {os.cpu_count()} CPUs")
    h = statistics.median(run.total for run in runs["hello-world"])
    hc = statistics.median(run.cpu for run in runs["hello-world"])
    for name, launches in runs.items():
        total, cpu = statistics.median(run.total for run in launches), statistics.median(run.cpu for run in launches)
        line(f"{name}: window painted (median of {rounds})", f"{total * 1000:.0f} ms", f"{total / h:.2f}x hello-world")
        line(f"{name}: processor time until painted", f"{cpu * 1000:.0f} ms", f"{cpu / hc:.2f}x hello-world")
