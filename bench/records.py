"""Records benchmark: what checking the ledger before the first send of a session costs.

``Ledger.check`` runs ``PRAGMA quick_check`` once per process before the first send, so a
damaged ledger refuses the send instead of taking a record nobody can read back. Measured on
ledgers of real runs (about 4 KB of prompt and answer text each, the shape the app writes),
against a floor measured in the same run: reading the same file's bytes once from the OS.
Each figure is the median of 3, on a file already in the page cache (a fresh start after a
reboot reads from disk in both cases).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from bench.common import line, median_time


def _ledger(path: Path, runs: int) -> None:
    from desktop.core.run import DONE, Run
    from desktop.core.usage.ledger import open_ledger

    ledger = open_ledger(path)
    text = ("Summarise the call with [PERSON_1] about order 4471 and the late shipment to Leeds. " * 24)[:2000]
    batch = 500
    for start in range(0, runs, batch):
        with ledger._write() as conn:  # one transaction a batch: building the file is not what is measured
            for _ in range(min(batch, runs - start)):
                run = Run(template_id="meeting-summary", status=DONE, rendered_prompt=text, response_text=text)
                row = {"id": run.id, "status": run.status, "rendered_prompt": text, "response_text": text,
                       "template_id": run.template_id, "started_at": run.started_at}
                conn.execute(f"INSERT INTO runs ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                             list(row.values()))
    ledger._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ledger.close()


def main() -> None:
    from desktop.core.usage.ledger import open_ledger

    print("Ledger check before the first send (once per session):")
    folder = Path(tempfile.mkdtemp(prefix="promptdesk-bench-records-"))
    for runs in (1_000, 10_000, 50_000):
        path = folder / f"ledger-{runs}.db"
        _ledger(path, runs)
        size = path.stat().st_size / 1e6
        floor = median_time(lambda path=path: path.read_bytes(), repeat=3)

        def check(path: Path = path) -> None:
            ledger = open_ledger(path)
            ledger.check()
            ledger.close()

        spent = median_time(check, repeat=3)
        line(f"{runs:,} runs ({size:.0f} MB): open + quick_check", f"{spent * 1000:.0f} ms",
             f"floor (read the file) {floor * 1000:.0f} ms, x{spent / floor:.1f}")
        os.remove(path)
