"""Large files are read in a process of their own, so the window never waits for them.

A reader on a worker thread shares the interpreter lock with the window. On a busy computer
the system pauses that thread now and then; paused while holding the lock, it keeps the window
from repainting until it runs again. Reading a 10,000-row workbook so stalled the window for
0.3 to 1.2 s on a loaded two-core machine (bench/documents.py prints it). A child process has
its own interpreter: the window's worker only waits on a pipe, and the child hands back the
finished text once.

The child is this same program (``promptdesk --read-document``; ``python -m desktop`` from
source), told what to read as JSON on stdin. It writes ``P <fraction>`` lines as it goes, then
one ``R <document JSON>`` or ``E <error JSON>`` line. Cancel kills it. Files below
``ISOLATE_BYTES`` are read on the thread as before: starting a process (a few tenths of a second)
costs more than they do.
"""

from __future__ import annotations

import dataclasses
import json
import queue
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

from desktop.core.documents.model import Cancelled, Document, Progress
from desktop.core.errors import CancelledError, DocumentError, ErrorKind, PromptdeskError

# Workbooks are compressed about twentyfold and read in pure Python: 64 KB is some 2,000 rows.
# Other files are mostly read by libraries in C (PDFium) or are small for their text.
ISOLATE_BYTES = {".xlsx": 64 * 1024, ".xlsm": 64 * 1024, ".xls": 256 * 1024}
ISOLATE_OTHER_BYTES = 1024 * 1024
CHILD_FLAG = "--read-document"


def child_command() -> list[str]:
    from desktop.core import paths

    return [sys.executable, CHILD_FLAG] if paths.is_frozen() else [sys.executable, "-m", "desktop", CHILD_FLAG]


def worth_isolating(path: Path) -> bool:
    """True for files large enough that a process of their own pays for itself."""
    try:
        return path.stat().st_size >= ISOLATE_BYTES.get(path.suffix.lower(), ISOLATE_OTHER_BYTES)
    except OSError:
        return False  # the thread reader says what is wrong with it


def _pump(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def read_isolated(path: Path, *, max_pages: int | None = None, matching: str = "", max_chars: int | None = None,
                  cancelled: Cancelled | None = None, on_progress: Progress | None = None) -> Document:
    """``read_document`` then ``fit_document``, done by a child process; the same errors come back."""
    request = json.dumps({"path": str(path), "max_pages": max_pages, "matching": matching, "max_chars": max_chars})
    try:
        child = subprocess.Popen(child_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True, encoding="utf-8")
    except OSError as exc:
        raise DocumentError(f"Promptdesk could not start reading {path.name} ({exc.strerror or exc}). Try again.",
                            kind=ErrorKind.READER) from exc
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(request)
    child.stdin.close()
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_pump, args=(child.stdout, lines), daemon=True).start()
    answer = ""
    try:
        while True:
            try:
                line = lines.get(timeout=0.05)
            except queue.Empty:
                if cancelled is not None and cancelled():
                    raise CancelledError() from None
                continue
            if line is None:
                break
            if line.startswith("P ") and on_progress is not None:
                on_progress(float(line[2:]))
            elif line.startswith(("R ", "E ")):
                answer = line
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
    return _answer(path, answer)


def _answer(path: Path, line: str) -> Document:
    if line.startswith("R "):
        return Document(**json.loads(line[2:]))
    if line.startswith("E "):
        raise _error(json.loads(line[2:]))
    raise DocumentError(f"Promptdesk stopped while reading {path.name}; nothing was put in the box. Try again; if "
                        "it stops again, open the file in its own program and save a fresh copy.", kind=ErrorKind.READER)


def _error(payload: dict[str, Any]) -> PromptdeskError:
    """The child's expected error, rebuilt as the same class with the same message and details."""
    import importlib

    cls: type[PromptdeskError] = DocumentError
    module = payload.get("module", "")
    if module.startswith("desktop."):
        found = getattr(importlib.import_module(module), payload.get("name", ""), None)
        if isinstance(found, type) and issubclass(found, PromptdeskError):
            cls = found
    error = cls.__new__(cls)
    Exception.__init__(error, payload["message"])
    error.__dict__.update(payload.get("attrs", {}))
    error.message, error.kind = payload["message"], payload.get("kind", "error")
    return error


def child_main(stdin: IO[str] | None = None, stdout: IO[str] | None = None) -> int:
    """The child: read the file named on stdin, write progress and the result on stdout."""
    from desktop.core.documents import fit_document, read_document

    source, out = stdin or sys.stdin, stdout or sys.stdout
    request = json.loads(source.read())

    def progress(fraction: float) -> None:
        out.write(f"P {fraction:.3f}\n")
        out.flush()

    try:
        document = read_document(Path(request["path"]), max_pages=request.get("max_pages"),
                                 matching=request.get("matching") or "", on_progress=progress)
        fit_document(document, request.get("max_chars"))
    except PromptdeskError as exc:
        attrs = {k: v for k, v in vars(exc).items() if isinstance(v, str | int | float | bool)}
        out.write("E " + json.dumps({"module": type(exc).__module__, "name": type(exc).__name__,
                                     "message": exc.message, "kind": exc.kind, "attrs": attrs}) + "\n")
        return 0
    out.write("R " + json.dumps(dataclasses.asdict(document)) + "\n")  # ASCII: any console encoding carries it
    out.flush()
    return 0
