"""Reading the team database for the spend views, the dashboard and the exports.

Their SQL is written for SQLite (the team file); ``to_postgres`` carries it over. A team's
month per member, asked for on every budget check, is read from ``usage_daily``: one row per
member and day, kept by statement triggers on ``usage`` (inserts, forward-only updates,
deletes), so it costs the same at ten million records as at a thousand; the team's spend
between two moments (the week-over-week alert) reads whole days from it too.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from desktop.core.usage.pg_connect import classify, connect

if TYPE_CHECKING:
    import psycopg

    from desktop.core.usage.store import StoreSettings

_DAY = "coalesce(substr(started_at, 1, 10), '')"
_DONE = "CASE WHEN status = 'done' THEN 1 ELSE 0 END"
_ADD = ('INSERT INTO usage_daily AS d (day, "user", runs_done, cost) SELECT day, member, sum(done), sum(cost) '
        "FROM ({}) AS delta GROUP BY 1, 2 ON CONFLICT (day, \"user\") DO UPDATE SET "
        "runs_done = d.runs_done + excluded.runs_done, cost = d.cost + excluded.cost;")
_NEW = f"SELECT {_DAY} AS day, coalesce(\"user\", '') AS member, {_DONE} AS done, coalesce(actual_cost, 0) AS cost FROM new_rows"
_OLD = (f"SELECT {_DAY} AS day, coalesce(\"user\", '') AS member, -{_DONE} AS done, "
        "-coalesce(actual_cost, 0) AS cost FROM old_rows")
ROLLUP: list[str] = [
    'CREATE TABLE usage_daily (day text COLLATE "C" NOT NULL, "user" text COLLATE "C" NOT NULL, '
    'runs_done double precision NOT NULL, cost double precision NOT NULL, PRIMARY KEY (day, "user"))',
    # SECURITY DEFINER: members may not write the totals themselves, only through their rows.
    "CREATE FUNCTION promptdesk_daily_add() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ BEGIN "
    f"IF TG_OP = 'INSERT' THEN {_ADD.format(_NEW)} "
    f"ELSIF TG_OP = 'UPDATE' THEN {_ADD.format(_NEW + ' UNION ALL ' + _OLD)} "
    f"ELSE {_ADD.format(_OLD)} END IF; RETURN NULL; END $$",
    "CREATE TRIGGER usage_daily_insert AFTER INSERT ON usage REFERENCING NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION promptdesk_daily_add()",
    "CREATE TRIGGER usage_daily_update AFTER UPDATE ON usage REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION promptdesk_daily_add()",
    "CREATE TRIGGER usage_daily_delete AFTER DELETE ON usage REFERENCING OLD TABLE AS old_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION promptdesk_daily_add()",
    'INSERT INTO usage_daily (day, "user", runs_done, cost) '
    f"SELECT {_DAY}, coalesce(\"user\", ''), sum({_DONE}), coalesce(sum(actual_cost), 0) FROM usage GROUP BY 1, 2",
]
# The team's month per member as budget.py asks for it (``_team``), and its answer from the rollup.
_TEAM_BY_MEMBER = ("SELECT user, total(status = 'done'), total(actual_cost) FROM usage "
                   "WHERE started_at >= ? AND started_at < ? GROUP BY user")
_TEAM_BY_MEMBER_DAILY = ('SELECT "user", sum(runs_done), sum(cost) FROM usage_daily '
                         'WHERE day >= %s AND day < %s GROUP BY "user"')
_WHOLE_DAYS = re.compile(r"\d{4}-\d{2}(-\d{2})?")


# The team's spend between two moments (the week-over-week alert): whole days from the rollup,
# the two partial days at the ends from the records themselves.
_TEAM_BETWEEN = "SELECT total(actual_cost) FROM usage WHERE started_at >= ? AND started_at < ?"
_TEAM_BETWEEN_DAILY = (
    "SELECT coalesce((SELECT sum(cost) FROM usage_daily WHERE day > %(start_day)s AND day < %(end_day)s), 0) "
    "+ coalesce((SELECT sum(actual_cost) FROM usage WHERE started_at >= %(start)s AND started_at < %(head_end)s), 0) "
    "+ coalesce((SELECT sum(actual_cost) FROM usage WHERE started_at >= %(end_day)s AND started_at < %(end)s), 0)"
)
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T[\d:.]+\+00:00")


def _from_rollup(sql: str, params: Sequence[Any]) -> tuple[str, Any] | None:
    """The rollup's query for the same answer, when there is one."""
    question = " ".join(sql.split())
    if question == _TEAM_BY_MEMBER and all(isinstance(p, str) and _WHOLE_DAYS.fullmatch(p) for p in params):
        return _TEAM_BY_MEMBER_DAILY, params
    if question == _TEAM_BETWEEN and all(isinstance(p, str) and _MOMENT.fullmatch(p) for p in params):
        start, end = params
        if start[:10] < end[:10]:  # the head day [start, next midnight) and the tail day [midnight, end)
            head_end = (date.fromisoformat(start[:10]) + timedelta(days=1)).isoformat()
            return _TEAM_BETWEEN_DAILY, {"start": start, "end": end, "start_day": start[:10],
                                         "end_day": end[:10], "head_end": head_end}
    return None


_INDEXED_BY = re.compile(r"\s+INDEXED BY \w+", re.IGNORECASE)
_USER = re.compile(r'(?<![\w."])user(?![\w"])')


_TOTAL = re.compile(r"\btotal\(", re.IGNORECASE)
_CONDITION = re.compile(r"=|<|>|\b(?:IS|AND|OR|NOT|IN|LIKE)\b", re.IGNORECASE)


def _totals(sql: str) -> str:
    """``total(x)`` with built-in aggregates, several times faster than the schema's ``total``
    (whose step is an SQL function): a condition is counted, a number summed."""
    out, pos = [], 0
    for match in _TOTAL.finditer(sql):
        if match.start() < pos:
            continue
        depth, end = 1, match.end()
        while end < len(sql) and depth:
            depth += {"(": 1, ")": -1}.get(sql[end], 0)
            end += 1
        inner = sql[match.end():end - 1]
        if _CONDITION.search(inner):
            replacement = f"(count(*) FILTER (WHERE {inner}))::float8"
        else:
            replacement = f"coalesce(sum({inner}), 0)::float8"
        out += [sql[pos:match.start()], replacement]
        pos = end
    return "".join(out) + sql[pos:]


def to_postgres(sql: str) -> str:
    """The spend views' SQLite SQL for PostgreSQL: ``?`` → ``%s``, no index hints, ``total()``
    with built-in aggregates, and the column ``user`` quoted (a reserved word in PostgreSQL).
    The views' SQL has no string literal holding ``?``, ``total(`` or the word user."""
    return _totals(_USER.sub('"user"', _INDEXED_BY.sub("", sql))).replace("?", "%s")


# One idle read-only connection per store, kept between views: opening one (TCP, TLS, SCRAM)
# costs more than the views' queries. A reader takes it for its own use and gives it back.
IDLE_READERS: dict[tuple[StoreSettings, str], psycopg.Connection[Any]] = {}
IDLE_LOCK = threading.Lock()


def _bound(params: Any) -> Any:
    return params if isinstance(params, dict) else list(params)


class PostgresReader:
    """A read-only connection for the spend views (``TeamReader``)."""

    def __init__(self, conn: psycopg.Connection[Any], key: tuple[StoreSettings, str], *,
                 reused: bool = False) -> None:
        self.conn = conn
        self.key = key
        self.reused = reused

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Iterable[Sequence[Any]]:
        import psycopg

        query, params = _from_rollup(sql, params) or (to_postgres(sql), params)
        try:
            return self.conn.execute(query, _bound(params)).fetchall()
        except psycopg.OperationalError as exc:
            if not self.reused:
                raise classify(exc) from exc
        except psycopg.Error as exc:
            raise classify(exc) from exc
        # A kept connection the server dropped meanwhile (restarted, idle timeout): once more.
        self.reused = False
        with contextlib.suppress(psycopg.Error):
            self.conn.close()
        self.conn = connect(*self.key, read_only=True)
        try:
            return self.conn.execute(query, _bound(params)).fetchall()
        except psycopg.Error as exc:
            raise classify(exc) from exc

    def close(self) -> None:
        import psycopg

        if not self.conn.closed and self.conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE:
            with IDLE_LOCK:
                if self.key not in IDLE_READERS:
                    IDLE_READERS[self.key] = self.conn
                    return
        with contextlib.suppress(psycopg.Error):
            self.conn.close()


__all__ = ["IDLE_LOCK", "IDLE_READERS", "ROLLUP", "PostgresReader", "to_postgres"]
