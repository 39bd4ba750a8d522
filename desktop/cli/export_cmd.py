"""``promptdesk export RUN_ID --format docx|pdf|md|txt --out FILE``: a run's answer as a file.

The approved version of the answer, else the newest (after follow-ups and edits), is written with the
originals restored (as the person saw it); a line on stderr says which version and whether it was approved. Word, Markdown and
text come from the core; PDF from Qt's PDF writer, run without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop.core.errors import PromptdeskError


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    from desktop.core.review.export import FORMATS

    parser.add_argument("run_id", help="the run's id (`promptdesk run --json` prints it)")
    parser.add_argument("--format", choices=FORMATS, help="the file type (default: from --out's ending, else docx)")
    parser.add_argument("--out", "-o", type=Path,
                        help="where to write it (default: the template and today's date, in this folder)")


def _pdf(markdown: str, path: Path, title: str) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown; none is needed
    from PySide6.QtGui import QGuiApplication

    from desktop.gui.export_pdf import write_pdf

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # fonts need an application
    return write_pdf(markdown, path, title=title)


def run(args: argparse.Namespace) -> int:
    from desktop.core.context import AppContext
    from desktop.core.review.export import FORMATS, answer_text, default_file_name, export_text

    context = AppContext()
    record = context.ledger.get(args.run_id)
    if record is None:
        raise PromptdeskError(f"There is no run {args.run_id} in your history. `promptdesk run --json` prints "
                              "the id of each run.")
    suffix = args.out.suffix.lower().lstrip(".") if args.out else ""
    fmt = args.format or (suffix if suffix in FORMATS else "docx")
    title = record.template_title or record.template_id or "Answer"
    out = args.out or Path(default_file_name(title, fmt))
    from desktop.core.review.approval import approved_text

    text, number, state = approved_text(context.ledger, record.id)  # the approved version, else the newest
    record.response_text = text or record.response_text
    markdown = answer_text(record)
    written = _pdf(markdown, out, title) if fmt == "pdf" else export_text(markdown, fmt, out, title=title)
    print(written)
    newer = f"; v{state.latest} is newer and not approved" if state.of(number) and number < state.latest else ""
    print(f"Saved {state.words(number)}{newer}.", file=sys.stderr)
    return 0
