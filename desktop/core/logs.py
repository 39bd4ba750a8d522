"""Logging to a rotating file in the logs folder, with secrets scrubbed from every line."""

from __future__ import annotations

import logging
import logging.handlers
import re

from desktop.core import paths

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


def setup_logging(level: int = logging.INFO) -> None:
    """Send the app's log to ``promptdesk.log`` (rotated at 1 MB, 3 kept). Safe to call twice."""
    root = logging.getLogger()
    if any(getattr(h, "_promptdesk", False) for h in root.handlers):
        return
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.log_file(), maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler._promptdesk = True  # type: ignore[attr-defined]
    handler.addFilter(ScrubSecrets())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
