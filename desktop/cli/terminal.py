"""Talking to the person at the terminal: the yes/no question before something costly, and
printing an answer as it streams in, and the finished run. Shared by run, ask, resend and batch."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Collection, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.core.run import Run


def confirm(question: str, assume_yes: bool, *, prompt: str = "Send it?", hint: str = "send it anyway") -> bool:
    """Say ``question`` on standard error and ask ``prompt`` [y/N]; ``--yes`` answers for the
    person. With no terminal to ask (a script), the answer is no and the way round is named."""
    print(question, file=sys.stderr)
    if assume_yes:
        return True
    if not sys.stdin.isatty():
        print(f"Add --yes to {hint}.", file=sys.stderr)
        return False
    return input(f"{prompt} [y/N] ").strip().lower() in ("y", "yes")


def stream_printers(stream: bool) -> tuple[Callable[[str], None], Callable[[str], None]]:
    """``(on_text, on_status)``: pieces of the answer to standard output as they arrive (when
    ``stream``), progress notes in brackets to standard error."""

    def on_text(text: str) -> None:
        if stream:
            sys.stdout.write(text)
            sys.stdout.flush()

    def on_status(message: str) -> None:
        print(f"[{message}]", file=sys.stderr, flush=True)

    return on_text, on_status


def report_run(run: Run, as_json: bool, *, hidden: Collection[str], extra: Mapping[str, Any] | None = None) -> int:
    """The finished run: as JSON (plus ``extra``, less the ``hidden`` keys: originals stay out of
    scripts' output), or the streamed answer's last line ended; why it did not finish on
    standard error. Returns the exit code: 0 answered, 1 not."""
    from desktop.core.run import DONE

    if as_json:
        data = run.to_dict() | dict(extra or {})
        for key in hidden:
            data.pop(key, None)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif run.response_text:
        print()
    if run.status != DONE:
        print(run.error_message, file=sys.stderr)
        return 1
    return 0
