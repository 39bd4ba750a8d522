"""``redact --jsonl`` and ``route --jsonl`` answer bad input the same way, in real processes:
one error object for that line, every other line still answered in order, exit status 1."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

BAD_LINES = ["not json", "[1, 2]", '{"text": 5}', '{"body": "hello"}', '"just a string"', "{"]


def _run(command: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", command, "--jsonl"], input=stdin, capture_output=True,
                          text=True, encoding="utf-8", env=dict(os.environ), timeout=60)


@pytest.mark.parametrize("command", ["redact", "route"])
def test_each_malformed_line_gets_one_error_object_and_the_stream_goes_on(command: str) -> None:
    good = '{"text": "Please summarise the notes from Tuesday for Anna Becker."}'
    lines = [good, *BAD_LINES, "", good]
    out = _run(command, "\n".join(lines) + "\n")
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(results) == 2 + len(BAD_LINES)  # the blank line gets nothing
    errors = results[1:-1]
    assert [e["line"] for e in errors] == list(range(2, 2 + len(BAD_LINES)))
    assert all(set(e) == {"line", "error"} and '"text" string' in e["error"] for e in errors)
    assert "error" not in results[0] and "error" not in results[-1]
    assert results[0] == results[-1]


@pytest.mark.parametrize("command", ["redact", "route"])
def test_a_clean_stream_exits_zero(command: str) -> None:
    out = _run(command, '{"text": "Tag this ticket: billing or bug?"}\n')
    assert out.returncode == 0, out.stderr
    assert len(out.stdout.splitlines()) == 1
