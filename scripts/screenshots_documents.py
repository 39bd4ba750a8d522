"""Screenshots of files in fields and of the answer's Export menu, into ``docs/``.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots_documents.py NAME

One screen per process (each starts from a clean home folder); NAME is one of
file-in-field, file-too-long, file-unreadable, export-menu, follow-up, edit-answer. Uses the Studio of
scripts/screenshots.py: a fake provider on 127.0.0.1, keys in memory, a throw-away home.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

LETTER = [
    "INVOICE INV-2291                                   Northwind Supplies Ltd",
    "Bill to: Sam Rivera, Contoso Operations, 12 Harbour Road, Leeds",
    "Contact: sam.rivera@example.com",
    "Invoice date: 3 March 2026            Due date: 2 April 2026",
    "Item                               Qty      Unit price      Amount",
    "Pallet racking, 2.4 m              12       145.00          1,740.00",
    "Installation (hours)                8        55.00            440.00",
    "Subtotal 2,180.00    VAT 20% 436.00    Total 2,616.00",
    "Pay to IBAN GB29 NWBK 6016 1331 9268 19 quoting INV-2291.",
]


def _extraction(studio, folder: Path, pdf_pages):  # type: ignore[no-untyped-def]
    from tests.helpers.document_files import write_pdf

    window = studio.window()
    page = window.templates
    page.open_template("document-extraction")
    editor = page.form.editors["document"]
    studio.wait(editor.file_bar.isVisible)
    task = editor.read_file(write_pdf(folder / "INV-2291 Northwind.pdf", pdf_pages))
    studio.wait(lambda: not task.running)
    return window, page, editor


def file_in_field(studio, folder: Path):  # type: ignore[no-untyped-def]
    window, page, editor = _extraction(studio, folder, [LETTER])
    page.form.editors["wanted_fields"].setPlainText("supplier name, invoice number, invoice date, due date, total")
    studio.wait(lambda: page.prepared is not None and "INV-2291" in page.prepared.rendered)
    return window


def file_too_long(studio, folder: Path):  # type: ignore[no-untyped-def]
    from tests.helpers.document_files import page_lines

    window, _page, editor = _extraction(studio, folder, [page_lines(n, 60) for n in range(1, 61)])
    editor.file_bar.message.setMinimumWidth(0)
    return window


def file_unreadable(studio, folder: Path):  # type: ignore[no-untyped-def]
    window, _page, _editor = _extraction(studio, folder, [None, None])
    return window


def export_menu(studio, folder: Path):  # type: ignore[no-untyped-def]
    from tests.helpers.fake_llm import Reply

    window, page, _editor = _extraction(studio, folder, [LETTER])
    page.form.editors["wanted_fields"].setPlainText("supplier name, invoice number, due date, total")
    studio.wait(lambda: page.prepared is not None and "INV-2291" in page.prepared.rendered)
    studio.server.queue(Reply(text=(
        "| Field | Value | Where |\n|---|---|---|\n| Supplier name | Northwind Supplies Ltd | header |\n"
        "| Invoice number | INV-2291 | header |\n| Due date | 2026-04-02 | line 4 |\n"
        "| Total | 2,616.00 | totals |\n\nNothing was missing.")))
    page.send()
    studio.wait(lambda: page.send_task is None and page.answer.run is not None)
    button = page.answer.export
    button.menu().popup(button.mapToGlobal(button.rect().bottomLeft()))
    return window


def _answered(studio, folder: Path):  # type: ignore[no-untyped-def]
    from tests.helpers.fake_llm import Reply

    window, page, _editor = _extraction(studio, folder, [LETTER])
    page.form.editors["wanted_fields"].setPlainText("supplier name, invoice number, due date, total")
    studio.wait(lambda: page.prepared is not None and "INV-2291" in page.prepared.rendered)
    person = next((p for p, o in page.prepared.redaction.vault.items() if o == "Sam Rivera"), "the customer")
    studio.server.queue(Reply(text=(
        f"## Extracted fields\n\n| Field | Value |\n|---|---|\n| Supplier name | Northwind Supplies Ltd |\n"
        f"| Invoice number | INV-2291 |\n| Billed to | {person} |\n| Due date | 2026-04-02 |\n"
        "| Total | 2,616.00 |\n\nNothing was missing.")),
        Reply(text=f"Northwind Supplies Ltd billed {person} 2,616.00 on INV-2291, due 2 April 2026."))
    page.send()
    studio.wait(lambda: page.send_task is None and page.answer.run is not None)
    return window, page


def follow_up(studio, folder: Path):  # type: ignore[no-untyped-def]
    window, page = _answered(studio, folder)
    bar = page.answer.follow_up
    bar.request.setText("Put it in one sentence for an e-mail")
    bar.ask()
    studio.wait(lambda: len(bar.versions) == 2)
    return window


def edit_answer(studio, folder: Path):  # type: ignore[no-untyped-def]
    window, page = _answered(studio, folder)
    bar = page.answer.follow_up
    bar.edit_button.click()
    page.answer.browser.moveCursor(page.answer.browser.textCursor().MoveOperation.End)
    page.answer.browser.insertPlainText("\n\nChecked against the PDF by Sam.")
    return window


SCREENS = {"file-in-field": file_in_field, "file-too-long": file_too_long, "file-unreadable": file_unreadable,
           "export-menu": export_menu, "follow-up": follow_up, "edit-answer": edit_answer}


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in SCREENS:
        print(f"usage: screenshots_documents.py {{{'|'.join(SCREENS)}}}")
        return 2
    os.environ.setdefault("PROMPTDESK_HOME", tempfile.mkdtemp(prefix="promptdesk-shots-"))
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    from screenshots import DOCS, Studio

    studio = Studio()
    try:
        with tempfile.TemporaryDirectory() as folder:
            window = SCREENS[argv[0]](studio, Path(folder))
            window.move(0, 0)
            studio.wait(lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
            studio.settle(0.8)
            # The whole screen, cut to the window: a popup menu is a window of its own.
            frame = window.frameGeometry()
            popup = studio.app.activePopupWidget()
            if popup is not None:
                frame = frame.united(popup.frameGeometry())
            shot = studio.app.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
            path = DOCS / f"{argv[0]}.png"
            shot.save(str(path))
            print(path)
    finally:
        studio.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
