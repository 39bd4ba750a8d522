"""Named, ordered schema migrations for the local ledger and the shared team file.

Each database keeps a ``_migrations`` table with the names of the migrations applied to it.
Opening a database applies, in order, the ones it lacks, each in its own transaction together
with the row that records it, so a crash leaves a migration either fully applied or not at all.

A name in ``_migrations`` that this version of the app does not know means the file was
written by a newer version: the caller then refuses to write to it (``newer_names``), because
an older app cannot know what the newer schema promises.

Every local database uses this runner with its own named steps: the ledger
(``usage/ledger_schema.py``), test results (``review/evals.py``: ``evals.db``) and the answer cache
(``send/answer_cache.py``: ``answers.db``); so does the team's shared file (``usage/shared_file.py``).
The local files are then used through ``sqlite_utils.Database`` with writes in ``db.atomic()``.

Why not ``sqlite_utils.Migrations`` (sqlite-utils 4): it reads which steps are pending before its
transaction begins and then opens a deferred one, so two members opening a fresh shared file at
the same moment could both apply a step; this runner re-reads inside ``BEGIN IMMEDIATE``. It
also lets a file from a newer version be recognised (``newer_names``) and refused. Files in use
record their steps in ``_migrations``; moving to another table would need a step of its own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.run import utc_now


@dataclass(frozen=True)
class Migration:
    """One step of a schema's history; ``name`` is stored forever, so never rename one."""

    name: str
    apply: Callable[[sqlite3.Connection], None]


_CREATE = "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"


def applied_names(conn: sqlite3.Connection) -> list[str]:
    """Names already applied to ``conn``'s database (empty for a new file)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'"
    ).fetchone()
    if not exists:
        return []
    return [row[0] for row in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]


def newer_names(conn: sqlite3.Connection, migrations: Sequence[Migration]) -> list[str]:
    """Applied names this app does not know: the file comes from a newer version."""
    known = {m.name for m in migrations}
    return [name for name in applied_names(conn) if name not in known]


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration]) -> list[str]:
    """Apply the missing migrations in order; returns the names applied now.

    ``conn`` must be in autocommit mode (``isolation_level=None``). Each step re-reads the
    applied names inside its ``BEGIN IMMEDIATE`` so two processes opening a fresh shared file
    at the same moment never apply a step twice.
    """
    done: list[str] = []
    if set(applied_names(conn)) >= {m.name for m in migrations}:
        return done
    for migration in migrations:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(_CREATE)
            if migration.name in applied_names(conn):
                conn.execute("COMMIT")
                continue
            migration.apply(conn)
            conn.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", (migration.name, utc_now()))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        done.append(migration.name)
    return done
