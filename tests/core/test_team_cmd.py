"""``promptdesk team init / show / set`` in real processes: plain messages, sane exit codes, the
same checks and the same comment-keeping save as the app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop.core.settings import load_user_settings
from desktop.core.team_settings import read_team_settings


def promptdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env=env or dict(os.environ), timeout=60)


def test_init_set_and_show_run_the_team_from_the_command_line(tmp_path: Path) -> None:
    folder = tmp_path / "team"
    out = promptdesk("team", "init", str(folder), "--name", "Harbour")
    assert out.returncode == 0 and "now uses this team folder" in out.stdout
    assert load_user_settings().team_dir == str(folder.resolve())
    for key, value in (("monthly_budget", "$1,200"), ("personal_budgets.sam", "40"), ("sensitive_terms",
                       "Project Falcon, Bluefin"), ("tiers.quick", "openai:gpt-4o-mini"), ("shared_audit", "yes")):
        out = promptdesk("team", "set", key, value)
        assert out.returncode == 0 and f"Saved {key}." in out.stdout, out.stderr
    team = read_team_settings(folder)
    assert team.problems == [] and team.monthly_budget == 1200 and team.personal_budgets == {"sam": 40}
    assert team.sensitive_terms == ["Project Falcon", "Bluefin"] and team.shared_audit is True
    assert "# Words always hidden before anything is sent" in (folder / "team.toml").read_text(encoding="utf-8")
    shown = promptdesk("team", "show", "--json")
    data = json.loads(shown.stdout)
    assert shown.returncode == 0 and data["monthly_budget"] == 1200 and data["can_edit"] is True
    assert data["tiers"]["quick"] == {"provider": "openai", "model": "gpt-4o-mini"} and data["problems"] == []
    assert promptdesk("team", "set", "personal_budgets.sam", "none").returncode == 0
    assert read_team_settings(folder).personal_budgets == {}


def test_show_lists_problems_with_lines_and_exits_1_without_a_traceback(team_dir: Path) -> None:
    (team_dir / "team.toml").write_text('name = "x"\n[tiers]\nreasoning = "claude-opus"\n'
                                        "approval_threshold = nan\n", encoding="utf-8")
    out = promptdesk("team", "show")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "line 3: tier 'reasoning' must name a provider and a model" in out.stdout
    assert "line 4: 'approval_threshold' is inside [tiers]" in out.stdout  # TOML puts it in the table above
    assert "nothing is sent until they are fixed" in out.stdout
    data = json.loads(promptdesk("team", "show", "--json").stdout)
    assert [p["line"] for p in data["problems"]] == [3, 4] and data["sending_blocked"]


def test_set_refuses_a_bad_value_and_a_missing_team_in_plain_words(tmp_path: Path, team_dir: Path) -> None:
    (team_dir / "team.toml").write_text("monthly_budget = 100  # keep\n", encoding="utf-8")
    out = promptdesk("team", "set", "monthly_budget", "inf")
    assert out.returncode == 2 and "ordinary amount" in out.stderr and "Traceback" not in out.stderr
    assert (team_dir / "team.toml").read_text(encoding="utf-8") == "monthly_budget = 100  # keep\n"
    env = {k: v for k, v in os.environ.items() if k != "PROMPTDESK_TEAM_DIR"}
    out = promptdesk("team", "show", env=env)
    assert out.returncode == 2 and "No team folder is set" in out.stderr
