"""PostgreSQL as the team store (``[store] kind = "postgres"`` in team.toml), with psycopg 3.

The same guarantees as the shared file (``sync.py``), built on what PostgreSQL already does:

- every record is written to the local ledger first; an unreachable server, a refused login or
  a full disk delays numbers and never loses them;
- a batch is one transaction: COPY into a temporary table, then one upsert that only moves
  forward (``ON CONFLICT (id) DO UPDATE ... WHERE usage.revision < excluded.revision``), in id
  order so two members' batches never deadlock; the local ledger marks records synced only
  after the commit, so a crash in between sends them again, which the upsert makes harmless;
- each ledger's count and revision total is checked against the rows naming it (``source``);
  when the database holds less (restored from an old backup, rows deleted), all is sent again;
- named migrations run in one transaction holding an advisory lock, so two members upgrading
  at once apply each step once; a name this version does not know means a newer version set
  the database up, and this one refuses to write;
- the password comes from the keychain or ``PROMPTDESK_TEAM_DB_PASSWORD``, never team.toml;
  TLS is on by default (``sslmode = "require"``).

Roles and row-level security (a member writes only its own rows) are in ``pg_roles.py``;
``promptdesk team-db`` sets them up and moves a team's file into the database.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import random
import time
import zlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.core.run import utc_now
from desktop.core.usage import outgoing, pg_read, shared_file
from desktop.core.usage.pg_connect import (
    _RETRY_STATES,
    PASSWORD_ENV,
    classify,
    connect,
    keychain_entry,
    password_for,
)
from desktop.core.usage.store import POSTGRES, StoreProblem, StoreSettings, SyncProblem

if TYPE_CHECKING:
    import psycopg

    from desktop.core.usage.ledger import Ledger

log = logging.getLogger(__name__)

# One number for every Promptdesk migration on any database: pg_advisory_xact_lock's key.
MIGRATION_LOCK = zlib.crc32(b"promptdesk migrations")
ATTEMPTS = 4
# Records per transaction. Larger than the file's: PostgreSQL's row locks keep other members
# writing meanwhile, and each commit waits for the server's disk, so fewer commits go faster.
BATCH_ROWS = 20_000


def _type(kind: type) -> str:
    return 'text COLLATE "C"' if kind is str else "bigint" if kind is int else "double precision"


_COLUMNS: dict[str, type] = {**shared_file.SHARED_COLUMNS, **shared_file.EXTRA_COLUMNS}  # the table as 0001 made it
_ALL_COLUMNS: dict[str, type] = {**_COLUMNS, **shared_file.LINK_COLUMNS}  # and as it is now
# The shared audit's texts: only the operator's role may read them (see pg_roles.py).
AUDIT_TEXTS = ("redacted_prompt", "redacted_answer")
_INSERT_COLUMNS: list[str] = list(shared_file.INSERT_COLUMNS)
_NAMES = ", ".join(f'"{c}"' for c in _INSERT_COLUMNS)
_UPSERT = (
    f"INSERT INTO usage ({_NAMES}) SELECT {_NAMES} FROM pg_temp.incoming ORDER BY id "
    f"ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f'"{c}" = excluded."{c}"' for c in _INSERT_COLUMNS if c != "id" and c not in AUDIT_TEXTS)
    # Read from the batch, not ``excluded``: reading ``excluded.redacted_prompt`` needs the right
    # to read that column of the table, which member logins do not have (see pg_roles.py).
    + "".join(f', "{c}" = (SELECT i."{c}" FROM pg_temp.incoming i WHERE i.id = excluded.id)' for c in AUDIT_TEXTS)
    + " WHERE usage.revision < excluded.revision"
)
_INCOMING = (
    "CREATE TEMP TABLE IF NOT EXISTS incoming ("
    + ", ".join(f'"{c}" {_type(_ALL_COLUMNS[c])}' + (" PRIMARY KEY" if c == "id" else "") for c in _INSERT_COLUMNS)
    + ") ON COMMIT DELETE ROWS"
)

# ---------------------------------------------------------------------------- schema

_USAGE = (
    "CREATE TABLE usage ("
    + ", ".join(f'"{c}" {_type(k)}' + (" PRIMARY KEY" if c == "id" else " NOT NULL" if c == "revision" else "")
                for c, k in _COLUMNS.items())
    + ")"
)
# ``total()`` as in SQLite (a sum that is 0.0, never NULL, over no rows), so the spend views
# run the same SQL on either store.
_TOTALS = [
    "CREATE FUNCTION promptdesk_add(double precision, boolean) RETURNS double precision "
    "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT $1 + CASE WHEN $2 THEN 1 ELSE 0 END'",
    "CREATE FUNCTION promptdesk_add(double precision, bigint) RETURNS double precision "
    "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT $1 + $2'",
    "CREATE AGGREGATE total(double precision) (SFUNC = float8pl, STYPE = double precision, INITCOND = '0', "
    "COMBINEFUNC = float8pl, PARALLEL = SAFE)",
    "CREATE AGGREGATE total(boolean) (SFUNC = promptdesk_add, STYPE = double precision, INITCOND = '0', "
    "COMBINEFUNC = float8pl, PARALLEL = SAFE)",
    "CREATE AGGREGATE total(bigint) (SFUNC = promptdesk_add, STYPE = double precision, INITCOND = '0', "
    "COMBINEFUNC = float8pl, PARALLEL = SAFE)",
]
# The spend views read a month of the team or of one member from these indexes alone.
_INDEXES = [
    'CREATE INDEX usage_month ON usage (started_at) INCLUDE ("user", actual_cost, status)',
    'CREATE INDEX usage_member_month ON usage ("user", started_at) INCLUDE (actual_cost, reasoning_cost, status, '
    "template_id, tier, model)",
    "CREATE INDEX usage_source_revision ON usage (source) INCLUDE (revision)",
]
# Older rows keep NULL in both. A database set up before this step has granted its member and
# reader groups the figures column by column: the link is a figure, so they may read it too.
_AUDIT_ANSWER_AND_TURN_LINK = [
    "ALTER TABLE usage " + ", ".join(f'ADD COLUMN "{c}" {_type(k)}' for c, k in shared_file.LINK_COLUMNS.items()),
    "DO $$ BEGIN "
    + "".join(f"IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{group}') THEN "
              f'GRANT SELECT ("parent_run_id") ON usage TO {group}; END IF; '
              for group in ("promptdesk_member", "promptdesk_reader"))
    + "END $$",
]
MIGRATIONS: tuple[tuple[str, list[str]], ...] = (
    ("0001_usage", [_USAGE, *_INDEXES]),
    ("0002_meta", ["CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL)",
                   "INSERT INTO meta (key, value) VALUES ('created_at', now()::text)"]),
    ("0003_totals", _TOTALS),
    ("0004_daily_rollup", pg_read.ROLLUP),
    ("0005_audit_answer_and_turn_link", _AUDIT_ANSWER_AND_TURN_LINK),
)
_MIGRATIONS_TABLE = "CREATE TABLE IF NOT EXISTS _migrations (name text PRIMARY KEY, applied_at text NOT NULL)"


T = TypeVar("T")


def _with_retries(action: Callable[[], T]) -> T:
    """Run ``action``; after a deadlock or a serialization failure, wait a little and retry."""
    import psycopg

    for attempt in range(ATTEMPTS):
        try:
            return action()
        except psycopg.Error as exc:
            if getattr(exc, "sqlstate", None) not in _RETRY_STATES or attempt == ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (2**attempt) * random.uniform(0.5, 1.5))
    raise AssertionError("unreachable")


# ---------------------------------------------------------------------------- migrations


def applied_names(conn: psycopg.Connection[Any]) -> list[str]:
    exists = conn.execute("SELECT to_regclass('_migrations') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return []
    return [row[0] for row in conn.execute("SELECT name FROM _migrations ORDER BY applied_at, name")]


def newer_names(conn: psycopg.Connection[Any]) -> list[str]:
    known = {name for name, _ in MIGRATIONS}
    return [name for name in applied_names(conn) if name not in known]


def migrate(conn: psycopg.Connection[Any]) -> list[str]:
    """Apply the missing migrations in one transaction under the advisory lock; returns their names.

    The applied names are read again once the lock is held: a member who waited for another's
    upgrade finds it done and applies nothing.
    """
    if set(applied_names(conn)) >= {name for name, _ in MIGRATIONS}:
        return []
    done: list[str] = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        conn.execute(_MIGRATIONS_TABLE)
        applied = set(applied_names(conn))
        for name, statements in MIGRATIONS:
            if name in applied:
                continue
            for statement in statements:
                conn.execute(statement)  # our own constant SQL
            conn.execute("INSERT INTO _migrations (name, applied_at) VALUES (%s, %s)", (name, utc_now()))
            done.append(name)
    return done


def open_for_writing(settings: StoreSettings, member: str, password: str | None = None) -> psycopg.Connection[Any]:
    """Connect, refuse a database a newer version set up, apply missing migrations."""
    import psycopg

    conn = connect(settings, member, password)
    try:
        newer = newer_names(conn)
        if newer:
            raise StoreProblem(SyncProblem.NEWER_VERSION, f"unknown migrations {newer}")
        try:
            migrate(conn)
        except psycopg.errors.InsufficientPrivilege as exc:  # a member login cannot set it up
            raise StoreProblem(SyncProblem.NOT_SET_UP, str(exc)) from exc
        conn.execute(_INCOMING)
    except psycopg.Error as exc:
        conn.close()
        raise classify(exc) from exc
    except BaseException:
        conn.close()
        raise
    return conn


# ---------------------------------------------------------------------------- pushing


def write_batch(conn: psycopg.Connection[Any], values: Sequence[Sequence[Any]]) -> None:
    """One transaction: the rows into the temporary table, then the forward-only upsert."""
    with conn.transaction(), conn.cursor() as cur:
        with cur.copy(f"COPY pg_temp.incoming ({_NAMES}) FROM STDIN") as copy:
            for row in values:
                copy.write_row(row)
        cur.execute(_UPSERT)


def push(conn: psycopg.Connection[Any], ledger: Ledger, *, shared_audit: bool) -> int:
    source = ledger.ledger_id
    # The ledger first: another process syncing this ledger (the app and the command line) only
    # marks records after its commit, so the database then holds at least what is read here.
    sent_count, sent_revisions = ledger.synced_totals()
    row = conn.execute("SELECT count(*), coalesce(sum(revision), 0) FROM usage WHERE source = %s",
                       (source,)).fetchone()
    count, revisions = (int(row[0]), int(row[1])) if row else (0, 0)
    if count < sent_count or revisions < sent_revisions:
        log.warning("The team database lacks records or reviews this computer sent: sending all again")
        ledger.forget_synced()
    return _send_waiting(conn, ledger, source, shared_audit=shared_audit)


def _send_waiting(conn: psycopg.Connection[Any], ledger: Ledger, source: str, *, shared_audit: bool) -> int:
    """Send every waiting record, batch by batch, reading the next batch from the ledger and
    marking the last one sent while the server writes (one thread each: the connection is only
    ever used by the sender, the ledger only by this thread).

    A batch is marked sent only after its commit, as before. The next batch is read past the
    one on its way (``offset``), which is still waiting in the ledger; a record the read-ahead
    misses because the ledger changed meanwhile stays waiting for the next sync, never lost.
    """
    from concurrent.futures import ThreadPoolExecutor

    def read(offset: int) -> tuple[list[tuple[Any, ...]], list[tuple[int, str, int]]]:
        return outgoing.waiting(ledger, BATCH_ROWS, source, utc_now(), shared_audit=shared_audit, offset=offset)

    sent = 0
    values, marks = read(0)
    with ThreadPoolExecutor(1, thread_name_prefix="promptdesk-team-db") as sender:
        on_its_way = sender.submit(_with_retries, functools.partial(write_batch, conn, values)) if values else None
        while on_its_way is not None:
            following, following_marks = read(len(values))  # the batch on its way is still first
            on_its_way.result()  # committed; a failure stops here and this batch stays waiting
            on_its_way = (sender.submit(_with_retries, functools.partial(write_batch, conn, following))
                          if following else None)
            ledger.mark_sent(marks)  # while the server writes the next batch
            sent += len(values)
            values, marks = following, following_marks
    return sent


class PostgresStore:
    """The team store on a PostgreSQL server (see the module docstring)."""

    kind = POSTGRES

    def __init__(self, settings: StoreSettings, *, member: str) -> None:
        self.settings = settings
        self.member = member

    def push(self, ledger: Ledger, *, shared_audit: bool) -> int:
        import psycopg

        conn = open_for_writing(self.settings, self.member)
        try:
            return push(conn, ledger, shared_audit=shared_audit)
        except psycopg.Error as exc:
            raise classify(exc) from exc
        finally:
            with contextlib.suppress(psycopg.Error):
                conn.close()

    def open_reader(self) -> pg_read.PostgresReader | None:
        key = (self.settings, self.member)
        with pg_read.IDLE_LOCK:
            kept = pg_read.IDLE_READERS.pop(key, None)
        if kept is not None and not kept.closed:
            return pg_read.PostgresReader(kept, key, reused=True)
        try:
            return pg_read.PostgresReader(connect(self.settings, self.member, read_only=True), key)
        except StoreProblem as problem:
            log.info("Team database not readable (%s): %s", problem.kind, problem.detail)
            return None

    def describe(self, kind: str, waiting: int) -> str:
        return describe(kind, waiting, self.settings, self.member)


def describe(kind: str, waiting: int, settings: StoreSettings, member: str) -> str:
    """The status-bar line for a failed sync to the team database, in plain words."""
    waits = f"{waiting} record{'s' if waiting != 1 else ''} waiting"
    where = f"{settings.host}:{settings.port}"
    login = settings.login(member)
    messages = {
        "unreachable": f"The team database ({where}) cannot be reached — {waits}, safe on this computer; "
                       "they are sent as soon as it is back.",
        "no_password": f"Promptdesk needs your team database password — {waits}. Run: promptdesk team-db password "
                       f"(or set {PASSWORD_ENV} for scripts).",
        "auth": f"The team database ({where}) refused the login '{login}' — {waits}. Check your password "
                "(promptdesk team-db password) or ask your operator whether your login exists.",
        "tls": f"The team database ({where}) could not be reached over an encrypted connection (TLS), so nothing "
               f"was sent — {waits}. Ask your operator to turn on TLS on the server or give you its certificate.",
        "read_only": f"Your team database login '{login}' may only read the team's figures, so your usage cannot "
                     f"be sent — {waits}. Ask your operator to make it a member login (promptdesk team-db init).",
        "not_set_up": f"The team database is not set up for this version of Promptdesk yet — {waits}. "
                      "Your operator sets it up with: promptdesk team-db init",
        "newer_version": "The team database was set up by a newer version of Promptdesk. Update Promptdesk to "
                         f"keep syncing — {waits}.",
        "locked": f"The team database is busy — {waits}; Promptdesk will try again.",
        "full": f"The team database server is out of space — {waits}. Ask your operator to free some.",
    }
    return messages.get(kind, messages["unreachable"])


__all__ = [
    "MIGRATIONS", "PASSWORD_ENV", "PostgresStore", "applied_names", "classify", "connect", "describe",
    "keychain_entry", "migrate", "open_for_writing", "password_for", "push", "write_batch",
]
