"""Line-oriented JSON input shared by ``redact --jsonl`` and ``route --jsonl``.

Every input line gets exactly one output line, in order: the command's own object, or
``{"line": N, "error": "..."}`` when the line is not a JSON object with a ``"text"`` string or
the command refused it. The stream always goes on to the end; the exit status is 1 when any
line failed, so a script can tell "all done" from "done, with some lines to look at".
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from desktop.core.errors import PromptdeskError

NOT_A_TEXT_OBJECT = 'This line is not a JSON object with a "text" string, e.g. {"text": "Call Anna"}.'


def parse_text_line(line: str) -> str:
    """The ``text`` of one JSON line; ``ValueError`` with a plain message otherwise."""
    try:
        item = json.loads(line)
    except ValueError:
        raise ValueError(NOT_A_TEXT_OBJECT) from None
    text = item.get("text") if isinstance(item, dict) else None
    if not isinstance(text, str):
        raise ValueError(NOT_A_TEXT_OBJECT)
    return text


def process_lines(lines: Iterable[str], handle: Callable[[str], dict[str, Any]],
                  out: TextIO | None = None) -> int:
    """Run ``handle`` on the text of each non-blank line and print one JSON line for each.

    Returns 0 when every line was handled, 1 when at least one got an error object.
    ``PromptdeskError`` from ``handle`` (e.g. the privacy check refusing a text) is that line's
    error; anything else is a bug and propagates.
    """
    out = out or sys.stdout
    status = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = handle(parse_text_line(line))
        except (ValueError, PromptdeskError) as exc:
            record, status = {"line": number, "error": str(exc)}, 1
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    return status
