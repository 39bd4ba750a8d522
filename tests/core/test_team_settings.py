"""team.toml read field by field: a bad setting is a problem on its line, the others stay in force,
and a protective setting that cannot be read stops sending (fail closed) while the app works."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.context import AppContext
from desktop.core.errors import SettingsError
from desktop.core.send import pipeline
from desktop.core.settings import UserSettings
from desktop.core.team_settings import parse_team_text, read_team_settings

NOTE = """---
title: Status note
category: Operations
tier: quick
version: 1
purpose: Write a short status note.
fields:
  - {name: details, label: Details, type: long_text, required: true}
---
Write a two-line status note about: {{details}}
"""

GOOD = """# Our team
name = "Harbour Design"
monthly_budget = 200
approval_threshold = 0.25
sensitive_terms = ["Project Falcon", "Bluefin"]
personal_budgets = { sam = 40, ana = 60 }
"""


@pytest.fixture
def note() -> None:
    (paths.personal_prompts_dir() / "status-note.md").write_text(NOTE, encoding="utf-8")


def context_for(team_dir: Path, text: str, user: str = "sam") -> AppContext:
    (team_dir / "team.toml").write_text(text, encoding="utf-8")
    settings = UserSettings()
    settings.set("name", user)
    return AppContext(settings)


def prepare_note(context: AppContext, details: str) -> pipeline.Prepared:
    template = context.library.get("status-note")
    return pipeline.prepare(context, template, {"details": details})


def test_a_tier_written_as_text_is_one_problem_on_its_line_and_everything_else_is_used(team_dir, note) -> None:
    context = context_for(team_dir, GOOD + '[tiers]\nreasoning = "claude-opus"\n')
    team = context.team
    assert team.monthly_budget == 200 and team.sensitive_terms == ["Project Falcon", "Bluefin"]
    assert [(p.key, p.line, p.protective) for p in team.problems] == [("tiers.reasoning", 8, False)]
    assert 'provider = "anthropic"' in team.problems[0].message  # says what to write instead
    assert context.sending_blocked == ""
    prepared = prepare_note(context, "Project Falcon ships on Monday")
    assert "Project Falcon" not in prepared.redaction.text


def test_a_nested_array_bomb_is_a_plain_problem_and_sending_stops(team_dir, note) -> None:
    context = context_for(team_dir, "x = " + "[" * 5000 + "]" * 5000 + "\n")
    assert context.team.problems and context.team.problems[0].protective
    assert "could not be read" in context.sending_blocked
    with pytest.raises(SettingsError, match="nothing is sent until they are fixed"):
        prepare_note(context, "hello")


def test_an_unknown_key_is_named_with_a_suggestion_and_the_rest_is_kept(team_dir, note) -> None:
    context = context_for(team_dir, GOOD + "colour = \"blue\"\nshow_costs = true\n")
    team = context.team
    assert team.approval_threshold == 0.25 and team.sensitive_terms == ["Project Falcon", "Bluefin"]
    assert [(p.key, p.line, p.protective) for p in team.problems] == [("colour", 7, False), ("show_costs", 8, False)]
    assert context.sending_blocked == ""  # nothing protective is weakened by a key the app does not use
    prepared = prepare_note(context, "Bluefin needs a budget")
    assert "Bluefin" not in prepared.redaction.text


def test_a_misspelt_protective_setting_stops_sending_even_beside_the_real_one(team_dir, note) -> None:
    context = context_for(team_dir, 'name = "Harbour"\nsensitive_term = ["Project Falcon"]\n')
    assert "did you mean 'sensitive_terms'" in context.sending_blocked and "line 2" in context.sending_blocked
    with pytest.raises(SettingsError):
        prepare_note(context, "Project Falcon")
    beside = context_for(team_dir, GOOD + "monthly_budgte = 5\n")
    assert "monthly_budgte" in beside.sending_blocked and "line 7" in beside.sending_blocked


def test_sensitive_terms_written_as_text_are_still_hidden_and_the_form_is_explained(team_dir, note) -> None:
    context = context_for(team_dir, 'sensitive_terms = "Project Falcon"\n')
    assert context.team.sensitive_terms == ["Project Falcon"]
    assert "should be a list" in context.team_problem
    prepared = prepare_note(context, "Project Falcon is late")
    assert "Project Falcon" not in prepared.redaction.text and "Falcon" not in prepared.redaction.text


@pytest.mark.parametrize("key", ["monthly_budget", "approval_threshold"])
@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e309", "-5", '"lots"', "true"])
def test_a_budget_or_threshold_that_is_not_an_ordinary_amount_stops_sending(key, value) -> None:
    team = parse_team_text(f"{key} = {value}\nsensitive_terms = [\"Bluefin\"]\n")
    assert team.sensitive_terms == ["Bluefin"]
    assert [(p.key, p.line, p.protective) for p in team.problems] == [(key, 1, True)]
    assert getattr(team, key) in (0.0, 0.5)  # the default stays; never nan or inf
    assert team.blocked_reason("sam")


def test_a_broken_personal_budget_stops_only_that_member(team_dir, note) -> None:
    text = "personal_budgets = { sam = nan, ana = 60 }\n"
    assert "personal_budgets.sam" in context_for(team_dir, text, "sam").sending_blocked
    ana = context_for(team_dir, text, "ana")
    assert ana.sending_blocked == "" and ana.team.personal_budgets == {"ana": 60.0}
    prepare_note(ana, "hello")


def test_shared_audit_that_is_not_true_or_false_stops_sending() -> None:
    team = parse_team_text('shared_audit = "yes"\n')
    assert team.shared_audit is False and team.blocked_reason()


def test_bad_alert_thresholds_fall_back_to_the_usual_ones_without_stopping_anyone() -> None:
    team = parse_team_text("alert_thresholds = [50, nan]\nmonthly_budget = 100\n")
    assert team.alert_thresholds == [50, 75, 90, 100] and team.problems and not team.blocked_reason()


def test_a_file_that_is_not_toml_names_its_line_and_stops_sending(tmp_path: Path) -> None:
    (tmp_path / "team.toml").write_text('name = "x"\nmonthly_budget = \n', encoding="utf-8")
    team = read_team_settings(tmp_path)
    assert team.problems[0].line == 2 and "not valid TOML" in team.blocked_reason()


def test_the_cli_refuses_to_send_in_plain_words_and_spend_json_stays_valid(team_dir, note) -> None:
    (team_dir / "team.toml").write_text("monthly_budget = nan\n[tiers]\nquick = \"gpt\"\n", encoding="utf-8")
    env = dict(os.environ)
    run = subprocess.run([sys.executable, "-m", "desktop", "run", "status-note", "--field", "details=hi",
                          "--dry-run"], capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "could not be read, so nothing is sent" in run.stderr and "line 1" in run.stderr
    spend = subprocess.run([sys.executable, "-m", "desktop", "spend", "--team", "--json"],
                           capture_output=True, text=True, env=env, timeout=60)
    assert spend.returncode == 0 and "Traceback" not in spend.stderr

    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} in JSON output")

    assert json.loads(spend.stdout, parse_constant=refuse)["budget"] == 0.0


def test_a_setting_written_below_a_table_line_is_explained_and_a_protective_one_stops_sending() -> None:
    team = parse_team_text('[personal_budgets]\nsam = 40\napproval_threshold = 0.01\n[tiers]\nname = "x"\n')
    assert team.personal_budgets == {"sam": 40.0}  # not a member called approval_threshold
    assert [(p.key, p.line, p.protective) for p in team.problems] == [
        ("personal_budgets.approval_threshold", 3, True), ("tiers.name", 5, False)]
    assert "move it above the first line in square brackets" in team.blocked_reason("sam")


def test_every_team_setting_has_its_own_reader() -> None:
    """A setting added to SETTING_KEYS without a reader would fail on the first file that sets it."""
    from desktop.core import team_settings

    assert set(team_settings._READERS) == set(team_settings.SETTING_KEYS)
