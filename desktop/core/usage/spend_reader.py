"""Reading the month's usage for the spend views, the dashboard, the exports and the reports:
one aggregate query over the team file (or team database) plus this computer's records that
never reached it, or over this computer's ledger alone when the team's copy cannot be read;
``source`` says which. Months are calendar months in UTC, as every record's times are."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop.core.errors import ErrorKind, PromptdeskError
from desktop.core.usage.shared_file import open_shared_for_reading
from desktop.core.usage.store import FILE, StoreProblem, TeamReader
from desktop.core.usage.sync import team_store

if TYPE_CHECKING:
    from desktop.core.context import AppContext

TEAM_FILE_SOURCE = "team file"
LOCAL_SOURCE = "this computer"


class SpendReader:
    """Runs one aggregate query over the team file plus this computer's never-synced records,
    or over this computer's ledger alone when the team file cannot be read."""

    def __init__(self, context: AppContext, conn: TeamReader | None) -> None:
        self.context = context
        self.conn = conn
        self.source = TEAM_FILE_SOURCE if conn is not None else LOCAL_SOURCE

    def rows(self, select: str, where: str, params: list[Any], group: str = "", *,
             index: str = "", shared_sql: str = "", shared_params: list[Any] | None = None,
             local_select: str = "") -> list[tuple[Any, ...]]:
        """``index`` names the team file's index to use: the planner may otherwise prefer one
        that saves a sort but then reads a million rows. ``shared_sql`` replaces the query on
        the team file when a faster shape exists there (same result columns); ``local_select``
        replaces ``select`` on this computer's ledger, whose columns differ (same result columns)."""
        rows: list[tuple[Any, ...]] = []
        local_where = where
        if self.conn is not None:
            # The index hints and faster shapes are the SQLite file's; another store plans its own.
            plain = not isinstance(self.conn, sqlite3.Connection)
            hint = f" INDEXED BY {index}" if index and not plain else ""
            sql = (shared_sql if not plain else "") or f"SELECT {select} FROM usage{hint} WHERE {where} {group}"
            try:
                rows = [tuple(r) for r in self.conn.execute(sql, (shared_params if not plain else None) or params)]
                local_where = f"({where}) AND synced_revision = 0 AND synced_revision < revision"
            except (sqlite3.Error, StoreProblem):  # the store went away mid-read, or is not usable
                self.conn.close()
                self.conn, self.source = None, LOCAL_SOURCE
                rows = []
        ledger = self.context.ledger
        local = local_select or select
        rows += [tuple(r) for r in ledger.query(f"SELECT {local} FROM runs WHERE {local_where} {group}", params)]
        return rows


@contextmanager
def spend_reader(context: AppContext) -> Iterator[SpendReader]:
    store = team_store(context)
    conn = store.open_reader() if store is not None and store.kind != FILE else open_shared_for_reading(context.team_dir)
    reader = SpendReader(context, conn)
    try:
        yield reader
    finally:
        if reader.conn is not None:
            reader.conn.close()


def month_bounds(month: str) -> tuple[str, str]:
    """``"2026-03"`` → (``"2026-03"``, ``"2026-04"``): string bounds for ISO ``started_at``."""
    try:
        year, mon = (int(part) for part in month.split("-"))
        datetime(year, mon, 1)
    except ValueError as exc:
        raise PromptdeskError(f"'{month}' is not a month; write it as YYYY-MM, e.g. 2026-03.", kind=ErrorKind.USAGE) from exc
    nxt = (year + 1, 1) if mon == 12 else (year, mon + 1)
    return f"{year:04d}-{mon:02d}", f"{nxt[0]:04d}-{nxt[1]:02d}"
