"""Launch to main window shown, against a hello-world PySide6 window started the same way.

Both are started as a fresh ``python`` process; each child prints the wall-clock time at which
its window had been shown and painted once, and its peak memory (VmHWM) at that moment.

The app's own modules are compiled to bytecode first, as an installed copy has them (pip and the
PyInstaller bundle both ship bytecode; the hello-world's Qt and standard-library modules have
theirs already). Without this, a development environment with ``PYTHONDONTWRITEBYTECODE`` set
would compile every module of the app from source at every launch, a cost no user pays; the
figure without it is printed too.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from bench.common import ROOT, bench_env, line

_SHOWN = """
import sys, time
from PySide6.QtCore import QTimer
def peak_mib():
    # VmHWM, not ru_maxrss: on Linux ru_maxrss keeps the launching process's peak across exec.
    for row in open("/proc/self/status"):
        if row.startswith("VmHWM:"):
            return int(row.split()[1]) / 1024
    return 0.0
def report():
    print(time.time(), peak_mib(), flush=True)
    sys.exit(0)
"""

HELLO = _SHOWN + """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
window = QLabel("Hello"); window.resize(1100, 720); window.show()
QTimer.singleShot(0, report)
app.exec()
"""

APP = _SHOWN + """
from desktop.gui import app as gui_app
gui_app.QTimer.singleShot(0, report)  # runs once the window is shown and the loop spins
sys.exit(gui_app.run_app())
"""


def _launch(code: str) -> tuple[float, float]:
    env = bench_env()
    started = time.time()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    if out.returncode != 0 or not out.stdout.strip():
        raise RuntimeError(out.stderr[-2000:])
    shown, rss = out.stdout.split()[-2:]
    return float(shown) - started, float(rss)


def _compile_app(compiled: bool) -> None:
    """The app's bytecode in ``__pycache__`` (as installed), or none (compiled at each launch)."""
    import compileall
    import shutil

    for cache in (ROOT / "desktop").rglob("__pycache__"):
        shutil.rmtree(cache, ignore_errors=True)
    if compiled:
        compileall.compile_dir(ROOT / "desktop", quiet=1)


def main(rounds: int = 7) -> None:
    _compile_app(False)
    from_source = [_launch(APP)[0] for _ in range(3)]
    _compile_app(True)
    hello, app, app_rss = [], [], []
    for _ in range(rounds):  # interleaved, so machine noise hits both alike
        hello.append(_launch(HELLO)[0])
        seconds, rss = _launch(APP)
        app.append(seconds)
        app_rss.append(rss)
    h, a = statistics.median(hello), statistics.median(app)
    line("machine load average (1 min)", f"{os.getloadavg()[0]:.1f}", f"on {os.cpu_count()} CPUs")
    line("Promptdesk, compiling its modules at launch (median)", f"{statistics.median(from_source) * 1000:.0f} ms",
         f"{statistics.median(from_source) / h:.2f}x hello-world")
    line("hello-world window shown (median)", f"{h * 1000:.0f} ms")
    line("Promptdesk main window shown (median)", f"{a * 1000:.0f} ms")
    line("ratio app / hello-world", f"{a / h:.2f}x", "target <= 1.5x", a / h <= 1.5)
    line("peak memory at first window (median)", f"{statistics.median(app_rss):.0f} MiB", "target <= 100 MiB",
         statistics.median(app_rss) <= 100)
