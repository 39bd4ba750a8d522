"""A real PostgreSQL server for the team-database tests: one per test session, a fresh
database per test. Skipped with the reason shown only when the binaries cannot be installed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.pg_server import PgServer, unavailable_reason


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    reason = unavailable_reason()
    if reason:
        pytest.skip(reason)
    server = PgServer()
    server.start()
    try:
        yield server
    finally:
        server.remove()


@dataclass
class PgTeam:
    server: PgServer
    database: str
    team_dir: Path

    def admin(self):  # type: ignore[no-untyped-def]
        return self.server.admin(self.database)

    def rows(self, sql: str = "SELECT id, revision FROM usage") -> list[tuple]:
        with self.admin() as conn:
            return conn.execute(sql).fetchall()

    def write_team_toml(self, extra: str = "", **store: object) -> None:
        user = str(store.pop("user", "promptdesk_admin"))
        text = extra + self.server.store_table(self.database, user, **store)
        (self.team_dir / "team.toml").write_text(text, encoding="utf-8")


@pytest.fixture
def pg_team(pg_server: PgServer, team_dir: Path, monkeypatch: pytest.MonkeyPatch) -> PgTeam:
    """A team whose team.toml names a fresh database; the admin password in the environment."""
    team = PgTeam(pg_server, pg_server.new_database(), team_dir)
    team.write_team_toml()
    monkeypatch.setenv("PROMPTDESK_TEAM_DB_PASSWORD", pg_server.admin_password)
    return team
