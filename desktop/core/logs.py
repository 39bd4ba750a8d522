"""Logging to a rotating file in the logs folder, with secrets scrubbed from every line."""

from __future__ import annotations

import logging
import os
import re
from io import TextIOWrapper
from pathlib import Path

from desktop.core import paths

_HANDLER_NAME = "promptdesk-log"  # marks the handler set up here, so setting up twice adds none

# Anything shaped like an API key or bearer token is masked before a line is written.
_SECRET = re.compile(
    r"(sk-ant-[A-Za-z0-9_\-]{6,}|sk-[A-Za-z0-9_\-]{16,}|AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{20,}"
    r"|xox[abprs]-[A-Za-z0-9\-]{10,}|Bearer\s+[A-Za-z0-9._\-]{12,})"
)


class ScrubSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        scrubbed = _SECRET.sub("[hidden key]", message)
        if scrubbed != message:
            record.msg, record.args = scrubbed, None
        if record.exc_text:
            record.exc_text = _SECRET.sub("[hidden key]", record.exc_text)
        return True


MAX_BYTES = 1_000_000
BACKUPS = 3


class RotatingLog(logging.FileHandler):
    """A log file that moves itself aside at ``MAX_BYTES`` (``.1`` … ``.3`` kept).

    The standard library's rotating handler lives in ``logging.handlers``, which pulls in
    ``socket`` and costs ~10 ms on the way to the first window; this does the same job here.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        if path.exists() and path.stat().st_size >= MAX_BYTES:
            self._shift()
        super().__init__(path, encoding="utf-8", delay=True)
        # Files moved aside by an older version kept its looser mode; rotation keeps the mode.
        for number in range(1, BACKUPS + 1):
            older = self.path.with_name(f"{self.path.name}.{number}")
            if older.exists():
                paths.private_file(older)

    def _open(self) -> TextIOWrapper:
        # The log names files and templates of this user: 0600 (POSIX), whatever the umask.
        paths.private_file(self.path)
        return super()._open()

    def _shift(self) -> None:
        for number in range(BACKUPS - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{number}")
            if older.exists():
                os.replace(older, self.path.with_name(f"{self.path.name}.{number + 1}"))
        os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= MAX_BYTES:
                self.stream.close()
                self.stream = None
                self._shift()
        except OSError:
            pass  # a log that cannot rotate keeps writing where it is
        super().emit(record)


def setup_logging(level: int = logging.INFO) -> None:
    """Send the app's log to ``promptdesk.log`` (rotated at 1 MB, 3 kept). Safe to call twice."""
    root = logging.getLogger()
    if any(h.get_name() == _HANDLER_NAME for h in root.handlers):
        return
    try:
        handler: logging.Handler = RotatingLog(paths.log_file())
    except OSError:
        handler = logging.StreamHandler()
    handler.set_name(_HANDLER_NAME)
    handler.addFilter(ScrubSecrets())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
