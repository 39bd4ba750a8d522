"""The downgrade test: a template's cases on its own tier and the next cheaper one, through the
real send path against the fake LLM server, and what moving would have saved last month."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from desktop.core.context import AppContext
from desktop.core.errors import PromptdeskError
from desktop.core.review.downgrade import apply_cheaper_tier, try_cheaper
from desktop.core.review.evals import load_cases
from desktop.core.run import DONE, Run
from desktop.core.send import pricing, routing
from desktop.core.settings import UserSettings
from desktop.core.templates.parse import parse_template
from tests.core.review.test_evals import answer_for
from tests.helpers.fake_llm import FAKE_ANTHROPIC_KEY, FAKE_OPENAI_KEY, FakeLLMServer, Reply

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def context(connected_llm: FakeLLMServer) -> AppContext:
    return AppContext(UserSettings())


def _record_last_month(context: AppContext, template_id: str, runs: int) -> float:
    """Recorded runs of October on the execution tier; returns their saving if priced on quick."""
    provider, model = routing.pin_for("execution", context.team)
    for day in range(1, runs + 1):
        cost = pricing.cost(provider, model, input_tokens=3000, output_tokens=600)
        context.ledger.record(Run(user=context.user, status=DONE, template_id=template_id, tier="execution",
                                  provider=provider, model=model, input_tokens=3000, output_tokens=600,
                                  actual_cost=cost, started_at=f"2026-10-{day:02d}T10:00:00.000+00:00"))
    quick = pricing.cost(*routing.pin_for("quick", context.team), input_tokens=3000 * runs, output_tokens=600 * runs)
    return pricing.cost(provider, model, input_tokens=3000 * runs, output_tokens=600 * runs) - quick


def _queue(server: FakeLLMServer, context: AppContext, template_id: str, *, cheaper_drops: str = "") -> None:
    template = context.library.get(template_id)
    assert template is not None
    for case in load_cases(template)[0]:
        good = answer_for(template, case.expect)
        server.queue(Reply(text=good), Reply(text=good.replace(f"## {cheaper_drops}", "## Other")
                                             if cheaper_drops else good))


def test_a_template_whose_cases_all_pass_on_quick_says_what_moving_would_have_saved(context, fake_llm) -> None:
    expected = _record_last_month(context, "meeting-summary", runs=12)
    _queue(fake_llm, context, "meeting-summary")
    template = context.library.get("meeting-summary")
    report = try_cheaper(context, template, now=NOW)
    assert (report.tier, report.cheaper, report.last_month) == ("execution", "quick", "2026-10")
    assert report.passes_cheaper and report.runs_last_month == 12
    assert report.saved_last_month == pytest.approx(expected)
    assert report.verdict() == (f"Passes on Quick as well: would have saved "
                                f"{pricing.format_cost(expected, approximate=False)} last month.")
    models = [request.body.get("model") for request in fake_llm.requests]
    quick_model = routing.pin_for("quick", context.team)[1]
    assert models[1::2] == [quick_model] * len(report.on_cheaper)  # every cheaper run really went to quick
    assert quick_model not in models[0::2]


def test_a_template_that_fails_a_check_on_quick_stays_and_names_the_cases(context, fake_llm) -> None:
    _queue(fake_llm, context, "meeting-summary", cheaper_drops="Decisions")
    report = try_cheaper(context, context.library.get("meeting-summary"), now=NOW)
    assert not report.passes_cheaper
    assert report.verdict().startswith(f"Stays on Execution: {len(report.on_cheaper)} of {len(report.on_cheaper)} "
                                       "case(s) fail on Quick")
    assert all(any("Decisions" in f for f in case.failures) for case in report.on_cheaper)


def test_a_quick_template_is_not_tried_and_sends_nothing(context, fake_llm) -> None:
    report = try_cheaper(context, context.library.get("lead-qualification"), now=NOW)
    assert report.problems == ["it is already on the cheapest tier."] and fake_llm.requests == []


def test_command_line_prints_the_verdict_per_template(fake_llm, tmp_path) -> None:
    context = AppContext(UserSettings())
    _queue(fake_llm, context, "meeting-summary")
    env = dict(os.environ, ANTHROPIC_BASE_URL=fake_llm.url, OPENAI_BASE_URL=fake_llm.url + "/v1",
               ANTHROPIC_API_KEY=FAKE_ANTHROPIC_KEY, OPENAI_API_KEY=FAKE_OPENAI_KEY)
    out = subprocess.run([sys.executable, "-m", "desktop", "test-templates", "meeting-summary", "--try-cheaper"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "meeting-summary" in out.stdout and "Passes on Quick as well: no runs last month to price." in out.stdout
    out = subprocess.run([sys.executable, "-m", "desktop", "test-templates", "--try-cheaper", "--dry-run"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 2 and "cannot be combined with --dry-run" in out.stderr


def test_moving_a_passing_template_writes_a_team_copy_one_version_up_with_its_history(
        context, fake_llm, team_dir) -> None:
    context = AppContext(UserSettings())  # picks up the team folder
    _queue(fake_llm, context, "meeting-summary")
    template = context.library.get("meeting-summary")
    report = try_cheaper(context, template, now=NOW)
    path = apply_cheaper_tier(context, template, report, today=NOW)
    assert path == team_dir / "prompts" / "meeting-summary.md"
    moved, problems = parse_template(path, "team")
    assert problems == [] and moved is not None
    assert (moved.tier, moved.version) == ("quick", template.version + 1)
    text = path.read_text(encoding="utf-8")
    assert (f"  - {{version: {template.version + 1}, date: 2026-11-20, note: \"Moved to the quick tier, every test "
            "case passes there too\"}") in text
    assert text.replace("tier: quick", "tier: execution").replace(f"version: {template.version + 1}\n",
                                                                  f"version: {template.version}\n") \
        .count("\n") == template.path.read_text(encoding="utf-8").count("\n") + 1  # only the history line added
    assert AppContext(UserSettings()).library.get("meeting-summary").tier == "quick"


def test_a_template_that_failed_on_the_cheaper_tier_is_not_moved(context, fake_llm, team_dir) -> None:
    _queue(fake_llm, context, "meeting-summary", cheaper_drops="Decisions")
    template = context.library.get("meeting-summary")
    report = try_cheaper(context, template, now=NOW)
    with pytest.raises(PromptdeskError, match="stays where it is"):
        apply_cheaper_tier(context, template, report)
    assert not (team_dir / "prompts" / "meeting-summary.md").exists()
