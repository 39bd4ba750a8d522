"""``promptdesk redact`` in a real subprocess: plain text and JSON lines, offsets in the input."""

from __future__ import annotations

import json
import subprocess
import sys


def _run(args: list[str], stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "redact", *args], input=stdin, capture_output=True, text=True,
        encoding="utf-8", timeout=60,
    )


def test_plain_mode_prints_redacted_text_and_reports_secrets_on_stderr() -> None:
    key = "sk-ant-api03-" + "Zq7" * 30
    out = _run(["--country", "GB"], f"Dear Priya Natarajan, call 020 7946 0958. key={key}\n")
    assert out.returncode == 0, out.stderr
    assert out.stdout == "Dear [PERSON_1], call [PHONE_1]. key=[SECRET_1]\n"
    assert "An API key was found in the input and removed" in out.stderr
    assert key not in out.stdout + out.stderr


def test_jsonl_mode_gives_spans_as_offsets_in_the_input() -> None:
    lines = [
        {"text": "Mail jürgen.weiß@example.de about Acme's renewal."},
        {"text": "Nothing to hide here."},
        {"text": "Ship to 10 Downing Street, London SW1A 2AA for Herr Krüger"},
    ]
    out = _run(["--jsonl", "--terms", "Acme"], "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))
    assert out.returncode == 0, out.stderr
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(results) == 3
    assert results[1] == {"text": "Nothing to hide here.", "spans": []}
    for source, result in zip(lines, results, strict=True):
        for span in result["spans"]:
            assert set(span) == {"start", "end", "type", "placeholder"}
            value = source["text"][span["start"] : span["end"]]
            assert value and value not in result["text"]
    types = {(span["type"], lines[0]["text"][span["start"] : span["end"]]) for span in results[0]["spans"]}
    assert types == {("EMAIL", "jürgen.weiß@example.de"), ("TERM", "Acme")}
    assert {span["type"] for span in results[2]["spans"]} == {"ADDRESS", "PERSON"}
