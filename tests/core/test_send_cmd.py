"""``promptdesk route`` and ``promptdesk run`` as scripts use them: output, exit codes, no leaks."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.core import paths
from desktop.core.context import AppContext
from desktop.core.settings import UserSettings, keystore
from tests.helpers.fake_llm import FAKE_ANTHROPIC_KEY, FakeLLMServer, Reply

NOTE = """---
title: Thank-you note
category: Sales
tier: quick
version: 1
purpose: Thank someone for a meeting.
fields:
  - {name: person, label: Who to thank, type: short_text, required: true}
  - {name: topics, label: Topics, type: multi_choice, options: [pricing, timeline, support]}
---
Write one sentence thanking {{person}} for the meeting about {{topics}}.
"""


@pytest.fixture
def note() -> None:
    (paths.personal_prompts_dir() / "thank-you.md").write_text(NOTE, encoding="utf-8")


@pytest.fixture
def cloud(fake_llm: FakeLLMServer, monkeypatch: pytest.MonkeyPatch) -> FakeLLMServer:
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_llm.url)
    monkeypatch.setenv("OPENAI_BASE_URL", fake_llm.url + "/v1")
    keystore().set("anthropic", FAKE_ANTHROPIC_KEY)
    return fake_llm


def test_route_jsonl_prints_one_json_line_per_request_in_a_real_process() -> None:
    lines = ['{"text": "Write a persuasive pitch to an investor"}', '{"text": "Summarise these notes"}',
             "not json", '{"text": "Answer yes or no: is this invoice paid?"}']
    out = subprocess.run([sys.executable, "-m", "desktop", "route", "--jsonl"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, env=dict(os.environ), timeout=60)
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r.get("tier") for r in results] == ["reasoning", "execution", None, "quick"]
    assert set(results[0]) == {"tier", "provider", "model", "reason"}
    assert results[2]["line"] == 3 and "not a JSON object" in results[2]["error"] and out.returncode == 1


def test_dry_run_shows_route_estimate_and_exact_outgoing_text_and_sends_nothing(note, cloud, capsys) -> None:
    code = main(["run", "thank-you", "--field", "person=Maria Keller", "-f", "topics=pricing, support", "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0 and cloud.requests == []
    assert "Quick · Claude Haiku" in out and "Estimate: " in out and ("¢" in out or "$" in out)
    sent = out.split("--- text that would be sent ---\n", 1)[1]
    assert sent.strip() == "Write one sentence thanking [PERSON_1] for the meeting about pricing, support."
    assert "Maria" not in out


def test_dry_run_json_carries_route_estimate_and_text(note, capsys) -> None:
    assert main(["run", "thank-you", "-f", "person=Maria Keller", "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["tier"] == "quick" and data["estimated_cost"] > 0 and data["max_output_tokens"] > 0
    assert "[PERSON_1]" in data["outgoing_text"] and "Maria" not in json.dumps(data)


def _sample_values(template: Any) -> dict[str, Any]:
    if template.tests:
        return dict(template.tests[0].fields)
    values: dict[str, Any] = {}
    for field in template.fields:
        if field.options:
            values[field.name] = field.options[0]
        elif field.type in ("short_text", "long_text"):
            values[field.name] = "Sample text for the field. " * max(1, (field.min_length or 0) // 20 + 1)
    return values


def test_dry_run_works_for_every_bundled_template(capsys) -> None:
    library = AppContext(UserSettings()).library
    bundled = [t for t in library.templates if t.source == "bundled"]
    assert bundled, "the bundled library is empty"
    for template in bundled:
        args = ["run", template.id, "--dry-run", "--json"]
        for name, value in _sample_values(template).items():
            text = ", ".join(value) if isinstance(value, list) else str(value)
            args += ["--field", f"{name}={text}"]
        assert main(args) == 0, (template.id, capsys.readouterr().err)
        data = json.loads(capsys.readouterr().out)
        assert data["tier"] in ("reasoning", "execution", "quick") and data["outgoing_text"], template.id


def test_run_streams_the_restored_answer_and_records_it(note, cloud, capsys) -> None:
    cloud.queue(Reply(chunks=["Thank you, ", "[PERSON_1]", "!"]))
    assert main(["run", "thank-you", "-f", "person=Maria Keller"]) == 0
    assert capsys.readouterr().out == "Thank you, Maria Keller!\n"
    assert "Maria" not in cloud.sent_text()
    assert AppContext(UserSettings()).ledger.runs()[0].response_text == "Thank you, Maria Keller!"


def test_run_json_reports_the_run_without_the_vault_or_the_typed_values(note, cloud, capsys) -> None:
    cloud.queue(Reply(chunks=["Thanks for the meeting!"]))
    assert main(["run", "thank-you", "-f", "person=Maria Keller", "--json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert data["status"] == "done" and data["model"].startswith("claude-haiku") and "vault" not in data
    assert "fields" not in data and "rendered_prompt" not in data
    assert "Maria" not in out and "[PERSON_1]" in data["redacted_prompt"]


def test_run_json_prints_the_typed_values_only_when_asked(note, cloud, capsys) -> None:
    assert main(["run", "thank-you", "-f", "person=Maria Keller", "--json", "--show-originals"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["fields"]["person"] == "Maria Keller" and "Maria Keller" in data["rendered_prompt"]
    assert "vault" not in data


def test_run_without_any_key_exits_1_with_the_plain_message_and_keeps_the_run(note, capsys) -> None:
    assert main(["run", "thank-you", "-f", "person=Maria Keller"]) == 1
    err = capsys.readouterr().err
    assert "no API key for Anthropic" in err and "waiting to send" in err
    assert len(AppContext(UserSettings()).ledger.waiting()) == 1


def test_costly_request_is_not_sent_from_a_script_without_yes(note, cloud, team_dir: Path, capsys, monkeypatch) -> None:
    (team_dir / "team.toml").write_text("approval_threshold = 0.00000001\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["run", "thank-you", "-f", "person=Maria Keller"]) == 3
    assert "Add --yes" in capsys.readouterr().err and cloud.requests == []
    assert main(["run", "thank-you", "-f", "person=Maria Keller", "--yes"]) == 0 and len(cloud.requests) == 1


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["run", "thank-you", "-f", "persn=Maria"], "did you mean 'person'"),
        (["run", "thank-you", "-f", "person"], "NAME=VALUE"),
        (["run", "thank-yu", "--dry-run"], "did you mean 'thank-you'"),
        (["run", "thank-you", "-f", "topics=pricing"], "Who to thank"),
    ],
)
def test_mistakes_get_a_plain_message_and_exit_2(note, capsys, args: list[str], words: str) -> None:
    assert main(args) == 2
    assert words in capsys.readouterr().err


def test_app_killed_while_waiting_for_the_answer_leaves_the_run_unconfirmed_with_its_fields(
        note, fake_llm, monkeypatch) -> None:
    """A real process is killed after its request left: the run and its fields are still there,
    marked as sent without an answer (it may have been billed), not as waiting to send."""
    import threading

    from desktop.core.run import UNCONFIRMED

    arrived = threading.Event()

    def hang(request: Any) -> Reply:
        arrived.set()
        return Reply(fault="hang", hang_seconds=30)

    fake_llm.default = hang
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_llm.url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", FAKE_ANTHROPIC_KEY)
    process = subprocess.Popen([sys.executable, "-m", "desktop", "run", "thank-you", "-f", "person=Maria Keller"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ))
    try:
        assert arrived.wait(timeout=60)
    finally:
        process.kill()
        process.wait(timeout=30)
    ledger = AppContext(UserSettings()).ledger
    unconfirmed = ledger.unconfirmed()
    assert ledger.waiting() == [] and len(unconfirmed) == 1
    assert unconfirmed[0].status == UNCONFIRMED and unconfirmed[0].fields == {"person": "Maria Keller"}
    assert "may have been billed" in unconfirmed[0].error_message
