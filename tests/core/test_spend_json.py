"""``promptdesk spend --json`` is read by scripts: its keys, their order and its layout are pinned
byte for byte, so a change to how the figures are built inside cannot change what a script reads."""

from __future__ import annotations

from pathlib import Path

from desktop.core.run import DONE, FAILED, Run
from desktop.core.usage.ledger import open_ledger
from tests.core.test_usage_cmd import cli


def _record() -> None:
    ledger = open_ledger()
    for day, template_id, tier, model, status, cost, reasoning, cache_read in (
        ("2026-03-02", "summary", "execution", "m-exec", DONE, 0.5, 1.5, 2000),
        ("2026-03-02", "strategy", "reasoning", "m-reason", DONE, 2.0, 2.0, 0),
        ("2026-03-09", "summary", "quick", "m-quick", DONE, 0.25, 1.0, 0),
        ("2026-03-09", "", "quick", "m-quick", FAILED, 0.0, 0.0, 0),
    ):
        ledger.record(Run(user="ann", status=status, template_id=template_id, tier=tier, model=model,
                          actual_cost=cost, reasoning_cost=reasoning, cache_read_tokens=cache_read,
                          started_at=f"{day}T09:00:00.000+00:00"))
    ledger.close()


PERSONAL = """{
  "month": "2026-03",
  "total": 2.75,
  "runs": 3,
  "by_day": {
    "2026-03-02": 2.5,
    "2026-03-09": 0.25
  },
  "by_template": {
    "": 0.0,
    "strategy": 2.0,
    "summary": 0.75
  },
  "by_tier": {
    "quick": 0.25,
    "reasoning": 2.0,
    "execution": 0.5
  },
  "by_model": {
    "m-quick": 0.25,
    "m-reason": 2.0,
    "m-exec": 0.5
  },
  "saved_by_routing": 1.75,
  "source": "this computer",
  "budget": 0.0,
  "saved_by_reusing_documents": 0.0,
  "cache_read_tokens": 2000,
  "cache_write_tokens": 0
}
"""

TEAM = """{
  "month": "2026-03",
  "total": 2.75,
  "runs": 3,
  "by_member": {
    "ann": 2.75
  },
  "source": "this computer",
  "budget": 0.0
}
"""


def test_personal_spend_json_keys_order_and_layout_are_pinned() -> None:
    _record()
    out = cli("spend", "--json", "--month", "2026-03")
    assert out.returncode == 0, out.stderr
    assert out.stdout == PERSONAL


def test_team_spend_json_keys_order_and_layout_are_pinned() -> None:
    _record()
    out = cli("spend", "--team", "--json", "--month", "2026-03")
    assert out.returncode == 0, out.stderr
    assert out.stdout == TEAM


def test_spend_json_from_the_team_file_names_that_source(team_dir: Path) -> None:
    (team_dir / "team.toml").write_text("monthly_budget = 100\n[personal_budgets]\nann = 40\n", encoding="utf-8")
    _record()
    assert cli("sync").returncode == 0
    mine = cli("spend", "--json", "--month", "2026-03").stdout
    assert mine == PERSONAL.replace('"this computer"', '"team file"').replace('"budget": 0.0', '"budget": 40.0')
    team = cli("spend", "--team", "--json", "--month", "2026-03").stdout
    assert team == TEAM.replace('"this computer"', '"team file"').replace('"budget": 0.0', '"budget": 100.0')
