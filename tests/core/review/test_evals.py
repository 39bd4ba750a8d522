"""Testing templates before the team uses them: real send path, checks, versions, drift.

The fake LLM server plays a model that does its job: for each case it answers with the
template's own example output, plus a closing line that names what the case expects (its
keywords or label). That exercises everything except the model's judgement: rendering,
redaction, routing, the real SDKs over HTTP, restoring, the checks, and the stored results.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.context import AppContext
from desktop.core.review.eval_store import EvalStore
from desktop.core.review.evals import load_cases, run_template_tests
from desktop.core.settings import UserSettings
from desktop.core.templates.library import Template, load_library, parse_template
from tests.helpers.fake_llm import FAKE_ANTHROPIC_KEY, FAKE_OPENAI_KEY, FakeLLMServer, Reply


def answer_for(template: Template, expect: dict) -> str:
    wanted = [str(word) for word in expect.get("keywords") or ()]
    labels = expect.get("labels") or ()
    if labels:
        wanted.append(str(labels[0]))
    if expect.get("json") or template.checks.json or template.output.format == "json":
        return template.example_output
    closing = f"\n\nThis covers {', '.join(wanted)}." if wanted else ""
    return template.example_output.rstrip() + closing


def script_answers(server: FakeLLMServer, template: Template, *, output_tokens: int | None = None) -> int:
    cases, _ = load_cases(template)
    for case in cases:
        server.queue(Reply(text=answer_for(template, case.expect), output_tokens=output_tokens))
    return len(cases)


@pytest.fixture
def context(connected_llm: FakeLLMServer) -> AppContext:
    return AppContext(UserSettings())


def edited_copy(template_id: str, folder: Path, *, drop_section: str | None = None, version: int | None = None) -> Path:
    """A copy of a bundled template, optionally without one section and with a new version."""
    bundled = load_library(personal=folder / "none").get(template_id)
    assert bundled is not None
    text = bundled.path.read_text(encoding="utf-8")
    if drop_section:
        lines = text.split("\n")
        kept, skipping = [], False
        for line in lines:
            if line.startswith("## "):
                skipping = line[3:].strip().lower() == drop_section.lower()
            if not skipping:
                kept.append(line)
        text = "\n".join(kept)
    if version is not None:
        text = text.replace(f"version: {bundled.version}\n", f"version: {version}\n", 1)
        text = text.replace("history:\n", f"history:\n  - {{version: {version}, date: 2026-11-20, note: Edited}}\n", 1)
    target = folder / f"{template_id}.md"
    target.write_text(text, encoding="utf-8")
    return target


def test_every_bundled_template_passes_its_cases_through_the_real_send_path(context, fake_llm) -> None:
    templates = context.library.templates
    assert len(templates) >= 3
    for template in templates:
        sent_before = len(fake_llm.requests)
        expected = script_answers(fake_llm, template)
        report = run_template_tests(context, template)
        assert report.ok, (template.id, report.failure_lines())
        assert len(report.cases) == expected >= 3
        assert len(fake_llm.requests) - sent_before == expected  # every case really went out
    assert EvalStore().db["batches"].count == len(templates)


def test_dropping_a_required_section_fails_with_template_case_and_check_named(context, fake_llm, tmp_path) -> None:
    folder = tmp_path / "edited"
    folder.mkdir()
    path = edited_copy("meeting-summary", folder, drop_section="Decisions", version=4)
    template, problems = parse_template(path, "team")
    assert template is not None and not problems
    assert "Decisions" in template.checks.sections and "## Decisions" not in template.example_output
    script_answers(fake_llm, template)
    report = run_template_tests(context, template)
    assert not report.ok
    first = report.failure_lines()[0]
    assert first.startswith("meeting-summary · case '")
    assert "Has every section" in first and "Decisions" in first


def test_command_line_exits_non_zero_and_names_the_failure(fake_llm, tmp_path) -> None:
    folder = tmp_path / "edited"
    folder.mkdir()
    path = edited_copy("meeting-summary", folder, drop_section="Decisions", version=4)
    template, _ = parse_template(path, "team")
    script_answers(fake_llm, template)
    env = dict(os.environ, ANTHROPIC_BASE_URL=fake_llm.url, OPENAI_BASE_URL=fake_llm.url + "/v1",
               ANTHROPIC_API_KEY=FAKE_ANTHROPIC_KEY, OPENAI_API_KEY=FAKE_OPENAI_KEY)
    out = subprocess.run([sys.executable, "-m", "desktop", "test-templates", str(path)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 1, out.stderr
    assert "meeting-summary" in out.stdout and "0/3" in out.stdout
    assert "meeting-summary · case 'Product launch planning' · Has every section: Missing section: Decisions" \
        in out.stderr


def test_dry_run_sends_nothing_and_passes_the_bundled_library(fake_llm, tmp_path) -> None:
    env = dict(os.environ, ANTHROPIC_BASE_URL=fake_llm.url, OPENAI_BASE_URL=fake_llm.url + "/v1")
    out = subprocess.run([sys.executable, "-m", "desktop", "test-templates", "--dry-run", "--json"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    result = json.loads(out.stdout)
    assert result["ok"] and len(result["templates"]) >= 3
    assert all(t["dry_run"] and t["passed"] == t["total"] >= 3 for t in result["templates"])
    assert fake_llm.requests == []


def test_new_version_is_compared_with_the_previous_one(context, fake_llm, tmp_path) -> None:
    template = context.library.get("meeting-summary")
    script_answers(fake_llm, template, output_tokens=400)
    first = run_template_tests(context, template)
    assert first.ok and first.previous is None
    folder = tmp_path / "v-next"
    folder.mkdir()
    edited, _ = parse_template(edited_copy("meeting-summary", folder, version=template.version + 1), "team")
    script_answers(fake_llm, edited, output_tokens=100)  # the new version answers more briefly
    second = run_template_tests(context, edited)
    assert second.previous is not None and second.previous.version == template.version
    assert second.previous.case_passed == {case.name: True for case in first.cases}
    assert second.cost < first.cost
    assert f"cheaper than version {template.version}" in second.verdict()
    assert second.verdict().startswith("3 of 3 passed")


def test_drift_is_reported_against_the_last_passing_run_of_the_same_content(context, fake_llm) -> None:
    template = context.library.get("meeting-summary")
    script_answers(fake_llm, template, output_tokens=100)
    first = run_template_tests(context, template)
    script_answers(fake_llm, template, output_tokens=300)  # later: the model got wordier
    again = run_template_tests(context, template)
    assert again.baseline is not None and again.baseline.content_hash == template.content_hash
    rise = (again.cost - first.cost) / first.cost
    assert rise > 0.05
    assert "since the last passing run" in again.drift() and f"cost {rise:.0%} higher" in again.drift()
    assert again.verdict().startswith("3 of 3 passed; since the last passing run")


def test_case_folder_adds_cases_and_reports_broken_case_files(context, fake_llm, tmp_path) -> None:
    folder = tmp_path / "with-cases"
    folder.mkdir()
    template, _ = parse_template(edited_copy("meeting-summary", folder), "team")
    cases_dir = folder / "meeting-summary.cases"
    cases_dir.mkdir()
    (cases_dir / "board.yaml").write_text(
        "name: Board call\nfields:\n  audience: Leadership\n  transcript: |\n"
        + "".join(f"    Ana: item {i} agreed, owner Ben, due Friday.\n" for i in range(12))
        + "expect: {keywords: [Ben]}\n", encoding="utf-8")
    (cases_dir / "broken.yaml").write_text("name: [unclosed\n", encoding="utf-8")
    cases, problems = load_cases(template)
    assert [case.name for case in cases][-1] == "Board call" and len(cases) == len(template.tests) + 1
    assert len(problems) == 1 and problems[0].startswith("broken.yaml: could not be read")
    script_answers(fake_llm, template)
    report = run_template_tests(context, template)
    assert len(report.cases) == len(cases) and all(case.passed for case in report.cases)
    assert not report.ok and any("broken.yaml" in line for line in report.failure_lines())


def test_provider_failure_fails_the_case_with_a_plain_reason(context, fake_llm) -> None:
    template = context.library.get("meeting-summary")
    fake_llm.default = lambda request: Reply(fault="401")
    report = run_template_tests(context, template, sleep=lambda seconds: None)
    assert not report.ok
    assert all(case.error and "key" in case.error.lower() for case in report.cases)
    assert paths.data_dir().joinpath("evals.db").exists()


def test_results_file_has_named_migrations_and_an_older_file_keeps_its_results(tmp_path: Path) -> None:
    """A results file written before its schema steps were named is adopted as it is: the
    earlier rows stay readable and the step is recorded, so later steps can build on it."""
    import sqlite3

    old = tmp_path / "evals.db"
    conn = sqlite3.connect(old)
    conn.execute("CREATE TABLE batches (id TEXT PRIMARY KEY, template_id TEXT, version INTEGER, content_hash TEXT, "
                 "model TEXT, created_at TEXT, passed INTEGER, total INTEGER, cost FLOAT, latency_ms FLOAT)")
    conn.execute("CREATE TABLE cases (batch_id TEXT, name TEXT, passed INTEGER, failures TEXT, output TEXT, "
                 "cost FLOAT, latency_ms FLOAT, model TEXT, error TEXT)")
    conn.execute("INSERT INTO batches VALUES ('b1', 'meeting-summary', 3, 'h', 'm', '2026-01-01T00:00:00', 3, 3, 0.1, 5)")
    conn.commit()
    conn.close()
    store = EvalStore(old)
    names = [row[0] for row in store.db.conn.execute("SELECT name FROM _migrations")]
    assert names == ["0001_results"]
    assert [row["id"] for row in store.db.table("batches").rows] == ["b1"]
    fresh = EvalStore(tmp_path / "new.db")
    assert set(fresh.db.table_names()) >= {"batches", "cases", "_migrations"}
