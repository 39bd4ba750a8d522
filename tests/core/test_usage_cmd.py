"""``promptdesk sync`` and ``promptdesk spend`` as a script or operator runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.run import DONE, DRY_RUN, WAITING, Run
from desktop.core.usage.ledger import open_ledger

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, user: str = "ann") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PROMPTDESK_USER=user)
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=60)


def record_runs(count: int, cost: float = 0.5) -> None:
    ledger = open_ledger()
    for n in range(count):
        ledger.record(Run(user="ann", status=DONE, actual_cost=cost, reasoning_cost=cost * 3,
                          template_id=f"t{n % 2}", tier="execution", model="m"))
    ledger.close()


def test_sync_without_a_team_folder_says_so_and_exits_1() -> None:
    record_runs(1)
    out = cli("sync")
    assert out.returncode == 1
    assert out.stdout.strip() == "No team folder set"


def test_spend_without_a_team_folder_says_exactly_that_and_counts_only_answered_runs() -> None:
    record_runs(2)
    ledger = open_ledger()
    for status in (WAITING, DRY_RUN):
        ledger.record(Run(user="ann", status=status, template_id="t0", tier="execution", model="m"))
    ledger.close()
    out = cli("spend")
    assert out.returncode == 0, out.stderr
    first = out.stdout.splitlines()[0]
    assert "(2 answered runs, from this computer only: no team folder is set." in first
    assert "cannot be read" not in out.stdout
    team = cli("spend", "--team")
    assert "(2 answered runs, from this computer only: no team folder is set." in team.stdout


def test_sync_sends_waiting_records_and_reports_in_text_and_json(team_dir: Path) -> None:
    record_runs(3)
    text = cli("sync")
    assert text.returncode == 0, text.stderr
    assert text.stdout.splitlines() == ["Synced just now", "Sent 3 records."]
    data = json.loads(cli("sync", "--json").stdout)
    assert (data["ok"], data["sent"], data["waiting"], data["problem_kind"]) == (True, 0, 0, "")


def test_sync_with_the_drive_gone_exits_1_and_counts_the_waiting_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROMPTDESK_TEAM_DIR", str(tmp_path / "not-mounted"))
    record_runs(2)
    out = cli("sync")
    assert out.returncode == 1
    assert out.stdout.strip() == "Team drive not reachable — 2 records waiting"


def test_rebuild_without_a_team_folder_is_a_plain_error() -> None:
    out = cli("sync", "--rebuild")
    assert out.returncode == 2
    assert "No team folder is set" in out.stderr and "Traceback" not in out.stderr


def test_spend_shows_personal_and_team_figures(team_dir: Path) -> None:
    (team_dir / "team.toml").write_text("monthly_budget = 100\n", encoding="utf-8")
    record_runs(4)
    assert cli("sync").returncode == 0
    month = datetime.now(UTC).strftime("%Y-%m")
    mine = json.loads(cli("spend", "--json").stdout)
    assert (mine["month"], mine["total"], mine["source"], mine["saved_by_routing"]) == (month, 2.0, "team file", 4.0)
    assert mine["by_template"] == {"t0": 1.0, "t1": 1.0}
    text = cli("spend").stdout
    assert f"Your spend in {month}: $2 (4 answered runs, from the team file)" in text
    assert "Routing saved you $4 this month." in text
    team = cli("spend", "--team")
    assert team.returncode == 0
    assert f"Team spend in {month}: $2 of $100 (4 answered runs, from the team file)" in team.stdout
    assert "ann" in team.stdout
    other = json.loads(cli("spend", "--team", "--month", "2001-01", "--json").stdout)
    assert (other["total"], other["by_member"]) == (0.0, {})


def test_spend_with_a_bad_month_is_a_plain_error() -> None:
    out = cli("spend", "--month", "2026-13")
    assert out.returncode == 2
    assert "write it as YYYY-MM" in out.stderr and "Traceback" not in out.stderr


def test_spend_routing_reports_savings_per_month_template_and_tier_from_recorded_runs() -> None:
    """Each answered run carries its cost and its price on the reasoning tier; the report adds them up."""
    ledger = open_ledger()
    for month, template_id, tier, cost, reasoning in (
        ("2026-02", "meeting-summary", "execution", 0.50, 1.00),
        ("2026-03", "meeting-summary", "execution", 0.50, 1.00),
        ("2026-03", "lead-qualification", "quick", 0.01, 0.40),
        ("2026-03", "", "reasoning", 2.00, 2.00),
        ("2026-01", "meeting-summary", "execution", 9.00, 20.0),  # before the window
    ):
        ledger.record(Run(user="ann", status=DONE, actual_cost=cost, reasoning_cost=reasoning,
                          template_id=template_id, tier=tier, model="m", started_at=f"{month}-10T09:00:00.000+00:00"))
    ledger.record(Run(user="ann", status=WAITING, actual_cost=0, reasoning_cost=5.0, template_id="meeting-summary",
                      tier="execution", model="m", started_at="2026-03-11T09:00:00.000+00:00"))
    ledger.close()
    out = cli("spend", "--routing", "--month", "2026-03", "--months", "2", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert (data["first_month"], data["last_month"]) == ("2026-02", "2026-03")
    assert data["cost"] == pytest.approx(3.01) and data["all_on_reasoning"] == pytest.approx(4.40)
    assert data["saved"] == pytest.approx(1.39)
    out = cli("spend", "--routing", "--month", "2026-03", "--months", "2")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "Your routing savings, 2026-02 to 2026-03 (from this computer only):" in text
    assert "4 answered runs cost $3.01; all on the reasoning tier they would have cost $4.40. Saved $1.39 (32%)." \
        in text
    template_lines = text.split("By template:")[1].split("By tier:")[0].splitlines()
    assert template_lines[2].split() == ["meeting-summary", "2", "$1", "$2", "$1"]
    assert any(line.split()[:2] == ["lead-qualification", "1"] for line in template_lines)
    assert any("Ask anything / free-form" in line and line.split()[-1] == "$0" for line in template_lines)


def test_spend_routing_with_no_runs_says_so() -> None:
    out = cli("spend", "--routing")
    assert out.returncode == 0, out.stderr
    assert "No answered runs in these months yet." in out.stdout
