"""History, My spend and the status-bar gauge over a big ledger: does the window stay responsive?

The ledger holds a year of one busy member's runs plus this month's (``RUNS``), synced to a team
file with three other members. Each view is refreshed the way the main window does it (the query
on a worker, the table filled on the UI thread). A 5 ms ``QTimer`` probe on the UI thread records
the longest gap between its ticks while that happens: the longest stall a person could feel. The
floor is the same probe over an idle loop of the same length in the same process, which shows
this machine's timer jitter. Also printed: the time from asking to the figures on screen.
"""

from __future__ import annotations

import json

from bench.common import bench_env, line, run_python

RUNS = 20_000
TARGET_MS = 50.0

_CODE = """
import json, os, random, sys, time
from pathlib import Path
from datetime import UTC, datetime, timedelta
from PySide6.QtCore import QTimer, Qt, QEventLoop
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from desktop.core.usage import sync
from desktop.core.context import AppContext
from desktop.core.usage.ledger import open_ledger
from desktop.core.run import DONE, WAITING, Run
from desktop.core.settings import UserSettings

home = os.environ["PROMPTDESK_HOME"]
team = os.path.join(home, "team"); os.makedirs(team)
open(os.path.join(team, "team.toml"), "w").write("monthly_budget = 500.0\\n")
os.environ["PROMPTDESK_TEAM_DIR"] = team
os.environ["PROMPTDESK_USER"] = "Sam"
rng = random.Random(1)
now = datetime.now(UTC)
def runs(user, count):
    tiers = ("reasoning", "execution", "quick")
    for i in range(count):
        when = now - timedelta(minutes=rng.randint(1, 60 * 24 * 365))
        yield Run(user=user, template_id=f"template-{i % 17}", template_title=f"Template {i % 17}",
                  tier=tiers[i % 3], model="claude-sonnet-5-5-20260928", status=WAITING if i % 997 == 0 else DONE,
                  actual_cost=rng.uniform(0.001, 0.2), reasoning_cost=0.3, started_at=when.isoformat(),
                  response_text="Decisions and action items " * 20, fields={"transcript": "x" * 400})
for member in ("Priya", "Tom", "Lena"):
    other = AppContext(UserSettings()); other.ledger = open_ledger(Path(home) / (member + ".db"))
    with other.ledger.db.atomic():  # one transaction: seeding is not what is measured
        for run in runs(member, COUNT // 4): other.ledger.record(run)
    sync.sync_now(other)
context = AppContext()
with context.ledger.db.atomic():
    for run in runs("Sam", COUNT): context.ledger.record(run)
sync.sync_now(context)

class Probe:
    def __init__(self):
        self.gap, self.last = 0.0, None
        self.timer = QTimer(); self.timer.setTimerType(Qt.TimerType.PreciseTimer); self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
    def tick(self):
        t = time.perf_counter(); self.gap = max(self.gap, t - self.last); self.last = t
    def run(self, start, signal=None, seconds=None):
        self.gap, self.last = 0.0, time.perf_counter(); self.timer.start()
        loop = QEventLoop(); began = time.perf_counter()
        if signal is not None: signal.connect(loop.quit)
        else: QTimer.singleShot(int(seconds * 1000), loop.quit)
        QTimer.singleShot(0, start); loop.exec()
        took = time.perf_counter() - began; self.timer.stop()
        return took * 1000, self.gap * 1000

from desktop.gui.budget_gauge import BudgetGauge
from desktop.gui.history_view import HistoryView
from desktop.gui.spend_view import SpendView
probe, out = Probe(), {}
history = HistoryView(context); history.resize(1000, 700); history.show()
spend = SpendView(context); spend.resize(1000, 900); spend.show()
gauge = BudgetGauge(context); gauge.show()
for name, widget, signal in (("history", history, history.loaded), ("spend", spend, spend.refreshed),
                             ("gauge", gauge, gauge.refreshed)):
    samples = [probe.run(widget.refresh, signal) for _ in range(5)]
    took = sorted(s[0] for s in samples)[2]
    out[name] = {"took_ms": took, "stall_ms": max(s[1] for s in samples)}
    out[name]["floor_ms"] = max(probe.run(lambda: None, seconds=max(took, 200) / 1000)[1] for _ in range(3))
history.search.setText("action")
out["search"] = dict(zip(("took_ms", "stall_ms"), probe.run(history.refresh, history.loaded)))
from PySide6.QtCore import QThreadPool
QThreadPool.globalInstance().waitForDone()
print(json.dumps(out))
"""


def main() -> None:
    result = json.loads(run_python(_CODE.replace("COUNT", str(RUNS)), bench_env()).strip().splitlines()[-1])
    print(f"  ledger: {RUNS:,} runs of this member over a year + {RUNS // 4 * 3:,} of three teammates in the team file")
    for name, words in (("history", "History: 500 newest runs listed"), ("spend", "My spend + team view refreshed"),
                        ("gauge", "Status-bar gauge: budget + sync state")):
        figures = result[name]
        line(f"{words}: time to shown (median of 5)", f"{figures['took_ms']:.0f} ms")
        ok = figures["stall_ms"] < TARGET_MS
        line(f"{words}: longest UI stall (max of 5)", f"{figures['stall_ms']:.1f} ms", f"target < {TARGET_MS:.0f} ms", ok)
        line("  floor: idle UI loop (>= 200 ms), same probe", f"{figures['floor_ms']:.1f} ms",
             f"ratio {figures['stall_ms'] / max(figures['floor_ms'], 0.1):.1f}x")
    search = result["search"]
    line("History search 'action' over all runs: time to shown", f"{search['took_ms']:.0f} ms")
    line("History search: longest UI stall", f"{search['stall_ms']:.1f} ms", f"target < {TARGET_MS:.0f} ms",
         search["stall_ms"] < TARGET_MS)
