"""Screenshots of a batch: the Run on many dialog, the batch in History, the review screen.

    PROMPTDESK_SHOT_SIZE=1024x640 xvfb-run -a -s "-screen 0 1400x900x24" \\
        .venv/bin/python scripts/screenshots_batch.py NAME

One screen per process (each starts from a clean home folder); NAME is one of batch-dialog,
batch-history, batch-review, batch-provider, batch-sent. The main window (History) and the dialogs are shot at the size in
PROMPTDESK_SHOT_SIZE; files go to ``docs/NAME-WxH.png``. Uses the Studio of scripts/screenshots.py:
a fake provider on 127.0.0.1, keys in memory, a throw-away home.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

LEADS = [
    ("Company", "Contact Person", "Email", "Notes", "Owner"),
    ("Brightwater Ltd", "Hannah Okafor", "h.okafor@example.com", "Wants 40 seats before March, budget approved", "Sam"),
    ("Kestrel Foods", "Luis Romero", "luis@example.net", "Asked for a price list, no timeline", "Ana"),
    ("Northgate Clinic", "Priya Natarajan", "", "Call back on +1 415 555 0134 about the pilot", "Sam"),
    ("", "Nobody", "", "Company cell left empty by mistake", "Ana"),
    ("Orchard & Vine", "Tomasz Wójcik", "tomasz@example.org", "Student project, no budget", "Sam"),
    ("Harbour Dental", "Grace Mensah", "grace@example.com", "Three clinics, renewing their booking system in May",
     "Ana"),
    ("Lumen Architects", "Ivo Petrov", "", "Downloaded the guide twice, no reply to e-mails", "Sam"),
]


def _size() -> tuple[int, int]:
    width, height = (int(n) for n in os.environ.get("PROMPTDESK_SHOT_SIZE", "1180x760").split("x"))
    return width, height


def _setup(studio, folder: Path):  # type: ignore[no-untyped-def]
    from desktop.core import paths
    from tests.gui.batch_support import CHECKED, vague_for_price_list

    paths.personal_prompts_dir().mkdir(parents=True, exist_ok=True)
    (paths.personal_prompts_dir() / "qualify-lead.md").write_text(CHECKED, encoding="utf-8")
    studio.server.default = vague_for_price_list
    source = folder / "Leads March.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(LEADS)
    window = studio.window()
    return window, source


def _sent(studio, folder: Path):  # type: ignore[no-untyped-def]
    from tests.gui.batch_support import send_batch

    window, source = _setup(studio, folder)
    send_batch(window.context, source)
    return window


def batch_dialog(studio, folder: Path):  # type: ignore[no-untyped-def]
    from desktop.gui.batch_dialog import BatchDialog

    window, source = _setup(studio, folder)
    dialog = BatchDialog(window.context, window.context.library.get("qualify-lead"), window)
    dialog.resize(*_size())
    dialog.show()
    planned: list[bool] = []
    dialog.planned.connect(lambda: planned.append(True))
    dialog.set_source(source)
    studio.wait(lambda: planned)
    return dialog


def batch_sent(studio, folder: Path):  # type: ignore[no-untyped-def]
    """The dialog after Send now: the counts, the cost and where the answers were saved."""
    dialog = batch_dialog(studio, folder)
    finished: list[object] = []
    dialog.batch_finished.connect(finished.append)
    dialog.send_button.click()
    studio.wait(lambda: finished, timeout=60)
    return dialog


def batch_history(studio, folder: Path):  # type: ignore[no-untyped-def]
    window = _sent(studio, folder)
    window.resize(*_size())
    window.show_page(1)
    history = window.page("History")
    studio.wait(lambda: history.model.rowCount() > 0)
    history.table.selectRow(0)
    studio.wait(lambda: history.batch_panel.model.rowCount() > 0)
    return window


def batch_review(studio, folder: Path):  # type: ignore[no-untyped-def]
    window = batch_history(studio, folder)
    panel = window.page("History").batch_panel
    dialog = panel.open_review()
    dialog.resize(*_size())
    studio.wait(lambda: dialog.current is not None)
    return dialog


def batch_provider(studio, folder: Path):  # type: ignore[no-untyped-def]
    """A provider batch still open: its rows "may have been billed", where it stands in the status bar."""
    from desktop.core.batch import provider_batch

    window, source = _setup(studio, folder)
    plan, record = _send_batch(window.context, source, mode="provider")
    provider_batch.submit(window.context, plan, record)
    window.resize(*_size())
    window.batch_poller.poll_now()
    studio.wait(lambda: bool(window.batch_poller.states))
    window.show_page(1)
    history = window.page("History")
    studio.wait(lambda: history.model.rowCount() > 0)
    history.table.selectRow(0)
    studio.wait(lambda: history.batch_panel.model.rowCount() > 0)
    return window


def _send_batch(context, source: Path, mode: str = "now"):  # type: ignore[no-untyped-def]
    from tests.gui.batch_support import send_batch

    return send_batch(context, source, mode=mode)


SCREENS = {"batch-dialog": batch_dialog, "batch-history": batch_history, "batch-review": batch_review,
           "batch-provider": batch_provider, "batch-sent": batch_sent}


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in SCREENS:
        print(f"usage: screenshots_batch.py {{{'|'.join(SCREENS)}}}")
        return 2
    os.environ.setdefault("PROMPTDESK_HOME", tempfile.mkdtemp(prefix="promptdesk-shots-"))
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    from screenshots import DOCS, Studio

    studio = Studio()
    try:
        with tempfile.TemporaryDirectory() as folder:
            widget = SCREENS[argv[0]](studio, Path(folder))
            widget.move(0, 0)
            studio.wait(lambda: widget.windowHandle() is not None and widget.windowHandle().isExposed())
            studio.settle(0.8)
            frame = widget.frameGeometry()
            shot = studio.app.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
            width, height = _size()
            path = DOCS / f"{argv[0]}-{width}x{height}.png"
            shot.save(str(path))
            print(path)
    finally:
        studio.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
