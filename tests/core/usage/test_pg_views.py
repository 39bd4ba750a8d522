"""The spend views, alerts, the team dashboard, exports and routing savings give the same
figures from a team database as from the team file holding the same records."""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.core.context import AppContext
from desktop.core.run import DONE, Run
from desktop.core.settings import UserSettings
from desktop.core.usage import budget, dashboard, exports, savings, spend_reader, sync
from desktop.core.usage.ledger import open_ledger
from tests.core.usage.conftest import PgTeam

NOW = datetime(2026, 6, 20, 12, 0, tzinfo=UTC)
TEAM_TOML = 'monthly_budget = 40\nalert_thresholds = [50, 75]\nshared_audit = true\n[personal_budgets]\nann = 5\n'


def _member(name: str, team: Path, ledger_path: Path) -> AppContext:
    context = AppContext(UserSettings.from_values({"name": name, "team_dir": str(team)}))
    context.__dict__["ledger"] = open_ledger(ledger_path)
    return context


def _runs(rng: random.Random, user: str) -> list[Run]:
    return [Run(user=user, status=rng.choice([DONE, DONE, DONE, "failed"]), template_id=f"t{rng.randrange(4)}",
                template_title="A template", tier=rng.choice(["reasoning", "execution", "quick"]), model="m",
                actual_cost=round(rng.random() / 2, 4), reasoning_cost=round(rng.random(), 4),
                input_tokens=rng.randrange(10, 900), output_tokens=rng.randrange(5, 400),
                approved=rng.random() < 0.5, feedback=rng.choice([-1, 0, 1]), redacted_prompt="Hello <PERSON_1>",
                started_at=(NOW - timedelta(days=rng.random() * 70)).isoformat(timespec="milliseconds"))
            for _ in range(40)]


def _without_source(value: Any) -> Any:
    data = dataclasses.asdict(value) if dataclasses.is_dataclass(value) else value
    if isinstance(data, dict):
        return {k: _without_source(v) for k, v in data.items() if k != "source"}
    if isinstance(data, list):
        return [_without_source(v) for v in data]
    if isinstance(data, float):
        return round(data, 9)
    return data


def test_every_view_is_the_same_from_the_database_as_from_the_file(
    tmp_path: Path, pg_team: PgTeam, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PROMPTDESK_TEAM_DIR")
    file_team = tmp_path / "file-team"
    file_team.mkdir()
    (file_team / "team.toml").write_text(TEAM_TOML, encoding="utf-8")
    pg_team.write_team_toml(TEAM_TOML)
    rng = random.Random(7)
    teams: dict[str, list[AppContext]] = {"file": [], "db": []}
    for name in ("ann", "bob", "cy"):
        runs = _runs(rng, name)
        for kind, folder in (("file", file_team), ("db", pg_team.team_dir)):
            context = _member(name, folder, tmp_path / f"{kind}-{name}.db")
            for run in runs[:-3]:
                context.ledger.record(run)
            assert sync.sync_now(context).ok
            for run in runs[-3:]:  # recorded after the last sync: counted from the ledger
                context.ledger.record(run)
            teams[kind].append(context)

    def views(context: AppContext) -> dict[str, Any]:
        return {
            "personal": budget.personal_spend(context, now=NOW),
            "team": budget.team_spend(context, now=NOW),
            "last month": budget.team_spend(context, "2026-05"),
            "alerts": budget.pending_alerts(context, now=NOW),
            "dashboard": dashboard.team_dashboard(context, now=NOW),
            "usage export": exports.usage_table(context, "2026-06"),
            "audit export": exports.audit_table(context, "2026-06"),
            "savings": savings.routing_savings(context, team=True, last_month="2026-06"),
        }

    for from_file, from_db in zip(teams["file"], teams["db"], strict=True):
        expected, found = views(from_file), views(from_db)
        assert budget.team_spend(from_db, now=NOW).source == spend_reader.TEAM_FILE_SOURCE
        assert found["team"].runs > 10
        for name in expected:
            assert _without_source(found[name]) == _without_source(expected[name]), name
            source = getattr(found[name], "source", None) or (found[name].get("source")
                                                              if isinstance(found[name], dict) else None)
            assert source in (None, spend_reader.TEAM_FILE_SOURCE), (name, source)  # read from the database
