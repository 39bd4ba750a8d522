"""The longest stall of the window while a 10,000-row workbook is read into a field.

Each figure comes from a fresh process with the real window (offscreen Qt, a throw-away home):
a template with one long field is opened, everything the window starts in the background is
allowed to finish, then the workbook is read into the field as dropping it does. A 5 ms timer
on the UI thread records the gaps between its ticks (the method of bench/ui.py). Phases:

- reading: from the drop until the text is in the box (reading, handing over, the slices);
- after: the next 1.5 s, while the form prepares the request (privacy check of the new text).

Three ways, medians of ``ROUNDS`` runs each: the floor (the same window, nothing read, for as
long), the reader on the worker thread (how it was), and as the app reads now (a process of
its own for a large file). Printed with the machine's load, which these stalls depend on.
"""

from __future__ import annotations

import json
import os
import statistics

from bench.common import bench_env, line, run_python

ROUNDS = 3
TARGET_MS = 50.0

SCRIPT = """
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer, Qt
from desktop.core import paths
from tests.gui.test_main_window_support import note_template, write_template
from tests.helpers.document_files import write_xlsx
MODE = os.environ["READ_MODE"]
write_template(paths.personal_prompts_dir(), "sheet-note", note_template("Sheet note", body="Summarise this."))
book = write_xlsx(Path(os.environ["PROMPTDESK_HOME"]) / "orders.xlsx", 10_000)
from desktop.gui.app import create_application
app = create_application()
from desktop.core.context import AppContext
from desktop.core.settings import UserSettings
from desktop.gui import worker
from desktop.gui.main_window import MainWindow
if MODE == "thread":
    import desktop.core.documents.isolated as iso
    iso.ISOLATE_BYTES, iso.ISOLATE_OTHER_BYTES = {}, 1 << 40
settings = UserSettings(); settings.set("first_run_done", True)
window = MainWindow(AppContext(settings)); window.resize(1180, 760); window.show(); window.after_shown()
page, state, gaps = window.templates, {"phase": ""}, {"reading": [0.0], "after": [0.0]}
timer = QTimer(); timer.setTimerType(Qt.TimerType.PreciseTimer); timer.setInterval(5)
def tick():
    now = time.perf_counter()
    if state["phase"]:
        gaps[state["phase"]].append((now - state["last"]) * 1000 - 5)
    state["last"] = now
timer.timeout.connect(tick)
def ready():
    if page.gallery.library is None or worker._ACTIVE:
        QTimer.singleShot(20, ready); return
    page.open_template("sheet-note"); QTimer.singleShot(200, idle)
def idle():
    if page.prepared is None or worker._ACTIVE:
        QTimer.singleShot(50, idle); return
    QTimer.singleShot(1000, go)
def go():
    editor = page.form.editors["text"]
    editor.document_read.connect(arrived)
    state.update(last=time.perf_counter(), phase="reading", t0=time.perf_counter()); timer.start()
    if MODE == "idle":
        QTimer.singleShot(int(os.environ["IDLE_MS"]), lambda: arrived(None))
    else:
        editor.read_file(book)
def arrived(_document):
    state["read_ms"] = (time.perf_counter() - state["t0"]) * 1000
    state["phase"] = "after"; QTimer.singleShot(1500, finish)
def finish():
    timer.stop()
    print(json.dumps({"reading": max(gaps["reading"]), "after": max(gaps["after"]), "read_ms": state["read_ms"]}))
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def _run(mode: str, idle_ms: float = 0.0) -> dict[str, float]:
    out = run_python(SCRIPT, bench_env(READ_MODE=mode, IDLE_MS=str(int(idle_ms))))
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> None:
    load = os.getloadavg()[0]
    process = [_run("process") for _ in range(ROUNDS)]
    thread = [_run("thread") for _ in range(ROUNDS)]
    idle_ms = statistics.median(r["read_ms"] for r in process)
    idle = [_run("idle", idle_ms) for _ in range(ROUNDS)]
    load = max(load, os.getloadavg()[0])

    def median(runs: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    floor = median(idle, "reading")
    def each(runs: list[dict[str, float]]) -> str:
        return ", ".join(f"{r['reading']:.0f}" for r in runs)

    stall = median(process, "reading")
    line("10,000-row workbook into a field: longest UI stall while reading", f"{stall:.0f} ms",
         f"(target < {TARGET_MS:.0f} ms; floor {floor:.0f} ms; load {load:.1f}; each run: {each(process)} ms)",
         stall < TARGET_MS)
    line("  the same, read on the worker thread (before)", f"{median(thread, 'reading'):.0f} ms",
         f"each run: {each(thread)} ms")
    line("  floor: the same window, nothing read", f"{floor:.0f} ms", f"each run: {each(idle)} ms")
    line("  time to the text in the box", f"{idle_ms:.0f} ms",
         f"on the thread: {median(thread, 'read_ms'):.0f} ms")
    line("  then, while the form checks the new text (privacy)", f"{median(process, 'after'):.0f} ms",
         f"floor {median(idle, 'after'):.0f} ms")
