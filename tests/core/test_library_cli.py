"""`promptdesk check` and `promptdesk templates`, run as a real process like an operator would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "templates"


def promptdesk(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          timeout=60)


def test_check_prints_every_problem_with_file_and_line_and_exits_1() -> None:
    out = promptdesk("check", str(FIXTURES / "broken"))
    assert out.returncode == 1
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 9
    assert f"{FIXTURES / 'broken' / 'typo-key.md'}:4: Unknown key 'teir' — did you mean 'tier'?" in lines
    assert "9 problems found" in out.stderr


def test_check_on_good_files_exits_0() -> None:
    out = promptdesk("check", str(FIXTURES / "good" / "product-blurb.md"), str(FIXTURES / "good"))
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.startswith("No problems")


def test_check_without_paths_checks_the_whole_library_including_the_team_folder(team_dir: Path) -> None:
    (team_dir / "prompts" / "bad.md").write_text("---\ntitle: Bad\n---\nHi\n", encoding="utf-8")
    out = promptdesk("check")
    assert out.returncode == 1
    assert "bad.md:2: 'purpose' is missing" in out.stdout


def test_templates_json_lists_sources_overrides_and_problems(team_dir: Path) -> None:
    (team_dir / "prompts" / "meeting-summary.md").write_text(
        "---\ntitle: Our meeting notes\npurpose: Notes our way.\ntier: quick\nversion: 7\n---\nSummarise.\n",
        encoding="utf-8")
    (team_dir / "prompts" / "broken.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    out = promptdesk("templates", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    rows = {row["id"]: row for row in data["templates"]}
    ours = rows["meeting-summary"]
    assert (ours["source"], ours["overrides"], ours["version"], ours["tier"]) == ("team", "bundled", 7, "quick")
    assert len(ours["content_hash"]) == 64
    assert [p["path"].endswith("broken.md") for p in data["problems"]] == [True]
    assert {"id", "title", "category", "tier", "version", "source", "problems"} <= set(ours)


def test_templates_table_shows_which_copy_is_in_use(team_dir: Path) -> None:
    (team_dir / "prompts" / "meeting-summary.md").write_text(
        "---\ntitle: Our meeting notes\npurpose: Notes our way.\n---\nSummarise.\n", encoding="utf-8")
    out = promptdesk("templates")
    assert out.returncode == 0
    line = next(row for row in out.stdout.splitlines() if row.startswith("meeting-summary"))
    assert "team (replaces bundled)" in line and "automatic" in line
