"""The packaged app against a hello-world PySide6 bundle built by the same PyInstaller, now.

Both bundles are built in this run, one-folder, trimmed by the same rules (build.spec's plugin,
library and translation rules, stripped binaries), so the difference is what Promptdesk itself
adds: its code and data, the provider SDKs, pydantic, keyring's cryptography. Figures:

- bundle size on disk and as a .tar.gz (what a person downloads), target <= hello + 60 MB;
- launch to window shown, each bundle started as a fresh process, target <= 1.5x hello.

Launch time is taken inside each process: a runtime hook (added to both builds through
PROMPTDESK_RUNTIME_HOOKS) queues a zero-delay timer before the app starts; it fires on the
first turns of the event loop and, once a top-level window is visible, prints the clock and
the peak memory (the same method as bench/startup.py, which measures the app from source). The bundles run on Qt's offscreen platform, so no display is needed.
"""

from __future__ import annotations

import io
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, line

HELLO = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
window = QLabel("Hello")
window.resize(1100, 720)
window.show()
sys.exit(app.exec())
"""

# The hello-world recipe borrows build.spec's rules, so both bundles are trimmed alike.
HELLO_SPEC = """
import sys
rules = {{"RULES_ONLY": True, "SPECPATH": {root!r}}}
exec(compile(open({build_spec!r}, encoding="utf-8").read(), {build_spec!r}, "exec"), rules)
a = Analysis([{script!r}], runtime_hooks=rules["extra_runtime_hooks"](),
             excludes=rules["EXCLUDES"] + rules["qt_excludes"]({{"QtCore", "QtGui", "QtWidgets"}}))
rules["trim_analysis"](a)
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="Hello", strip=rules["STRIP"], upx=False, console=False)
coll = COLLECT(exe, a.binaries, a.datas, strip=rules["STRIP"], upx=False, name="Hello")
"""

SHOWN_HOOK = """
import os
if os.environ.get("PROMPTDESK_BENCH_SHOWN"):
    import resource, sys, time
    _hook_ran = time.time()  # the bootloader has unpacked nothing and Python is up: the bundle's own cost
    from PySide6.QtCore import QTimer

    def _report():
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is None or not any(w.isVisible() for w in app.topLevelWidgets()):
            QTimer.singleShot(0, _report)  # not shown yet: look again on the next turn of the loop
            return
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        try:  # Linux: the high-water mark of this process's resident memory, in MiB
            status = open("/proc/self/status").read()
            peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
        except (OSError, IndexError, ValueError):
            pass
        print("SHOWN", time.time(), peak, _hook_ran, flush=True)
        os._exit(0)

    QTimer.singleShot(0, _report)
"""


def build(spec: Path, dist: Path, work: Path, hook: Path) -> float:
    """Build ``spec`` with this environment's PyInstaller; seconds taken."""
    env = dict(os.environ, PROMPTDESK_RUNTIME_HOOKS=str(hook))
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(spec)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=1800,
    )
    if out.returncode != 0:
        raise RuntimeError(f"PyInstaller failed for {spec.name}:\n{out.stderr[-3000:]}")
    return time.perf_counter() - started


def folder_size(folder: Path) -> int:
    """Bytes of every file in ``folder`` (symlinks counted as links, not followed)."""
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            total += os.lstat(os.path.join(dirpath, name)).st_size
    return total


def targz_size(folder: Path) -> int:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    return buffer.tell()


def launch(executable: Path, home: Path) -> tuple[float, float, float]:
    """Seconds from starting ``executable`` to its window shown, peak MiB at that moment, and
    seconds from starting it to Python running its first runtime hook (bootloader and interpreter)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PROMPTDESK_BENCH_SHOWN="1", PROMPTDESK_HOME=str(home))
    started = time.time()
    out = subprocess.run([str(executable)], capture_output=True, text=True, env=env, timeout=120)
    shown = [row for row in out.stdout.splitlines() if row.startswith("SHOWN ")]
    if not shown:
        raise RuntimeError(f"{executable.name} never reported its window (exit {out.returncode}):\n{out.stderr[-2000:]}")
    _, at, rss, python_up = shown[-1].split()
    return float(at) - started, float(rss), float(python_up) - started


def main(rounds: int = 7) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="promptdesk-bundle-bench-"))
    try:
        hook = tmp / "pyi_rth_bench_shown.py"
        hook.write_text(SHOWN_HOOK, encoding="utf-8")
        (tmp / "hello.py").write_text(HELLO, encoding="utf-8")
        hello_spec = tmp / "hello.spec"
        hello_spec.write_text(HELLO_SPEC.format(root=str(ROOT), build_spec=str(ROOT / "build.spec"),
                                                script=str(tmp / "hello.py")), encoding="utf-8")
        dist, work = tmp / "dist", tmp / "work"
        hello_build = build(hello_spec, dist, work / "hello", hook)
        app_build = build(ROOT / "build.spec", dist, work / "app", hook)
        hello_dir, app_dir = dist / "Hello", dist / "Promptdesk"
        line("hello-world bundle build", f"{hello_build:.0f} s")
        line("Promptdesk bundle build", f"{app_build:.0f} s")

        h_size, a_size = folder_size(hello_dir), folder_size(app_dir)
        mb = 1_000_000
        line("hello-world bundle on disk", f"{h_size / mb:.1f} MB")
        line("Promptdesk bundle on disk", f"{a_size / mb:.1f} MB")
        line("Promptdesk - hello-world", f"{(a_size - h_size) / mb:+.1f} MB", "target <= +60 MB",
             a_size - h_size <= 60 * mb)
        h_gz, a_gz = targz_size(hello_dir), targz_size(app_dir)
        line("hello-world .tar.gz", f"{h_gz / mb:.1f} MB")
        line("Promptdesk .tar.gz", f"{a_gz / mb:.1f} MB", f"({(a_gz - h_gz) / mb:+.1f} MB)")

        launch(hello_dir / "Hello", tmp / "home-warm")  # first runs read the files from disk
        launch(app_dir / "Promptdesk", tmp / "home-warm")
        hello, app, app_rss, hello_rss, hello_up, app_up = [], [], [], [], [], []
        for i in range(rounds):  # interleaved, so machine noise hits both alike
            seconds, rss, up = launch(hello_dir / "Hello", tmp / f"home-h{i}")
            hello.append(seconds)
            hello_rss.append(rss)
            hello_up.append(up)
            seconds, rss, up = launch(app_dir / "Promptdesk", tmp / f"home-a{i}")
            app.append(seconds)
            app_rss.append(rss)
            app_up.append(up)
        h, a = statistics.median(hello), statistics.median(app)
        line(f"hello-world bundle: window shown (median of {rounds})", f"{h * 1000:.0f} ms")
        line(f"Promptdesk bundle: window shown (median of {rounds})", f"{a * 1000:.0f} ms")
        line("ratio Promptdesk / hello-world", f"{a / h:.2f}x", "target <= 1.5x", a / h <= 1.5)
        hu, au = statistics.median(hello_up), statistics.median(app_up)
        line("  of which bootloader + Python start, hello-world", f"{hu * 1000:.0f} ms")
        line("  of which bootloader + Python start, Promptdesk", f"{au * 1000:.0f} ms")
        line("  app code to window shown, Promptdesk - hello-world", f"{((a - au) - (h - hu)) * 1000:+.0f} ms")
        line("peak memory at first window, hello-world", f"{statistics.median(hello_rss):.0f} MiB")
        line("peak memory at first window, Promptdesk", f"{statistics.median(app_rss):.0f} MiB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
