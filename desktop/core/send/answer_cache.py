"""A local cache of answers: an identical request within the lifetime is answered at $0.

Identical means the same provider, model, outgoing text, output limit and parameters. The
outgoing text is the *redacted* one and the answer is stored as it came back, with its
placeholders: the cache holds no personal data, and a cached answer is restored with the vault
of the run that asks for it. Two requests about different people whose redacted texts are the
same ("Thank [PERSON_1] for the meeting") share one cached answer, each restored with its own
names.

SQLite in the user's cache folder; losing it loses nothing but money. Opened like every local
database: named migrations (``usage/migrations.py``), writes in ``db.atomic()``.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.core import paths
from desktop.core.usage.migrations import Migration, migrate

_CREATE_ANSWERS = """
CREATE TABLE IF NOT EXISTS answers (
    key TEXT PRIMARY KEY,
    created REAL NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    text TEXT NOT NULL,
    stop_reason TEXT NOT NULL,
    input_tokens INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL
)
"""


def _create_answers(conn: sqlite3.Connection) -> None:
    # Files made before the migrations were named already hold the table, hence IF NOT EXISTS.
    conn.execute(_CREATE_ANSWERS)


MIGRATIONS: tuple[Migration, ...] = (Migration("0001_answers", _create_answers),)


@dataclass(frozen=True)
class CachedAnswer:
    provider: str
    model: str
    text: str
    stop_reason: str
    input_tokens: int
    output_tokens: int
    created: float


def cache_key(provider: str, model: str, text: str, max_tokens: int, params: Mapping[str, Any] | None = None) -> str:
    """A stable hash of everything that shapes the answer."""
    payload = json.dumps([provider, model, text, max_tokens, dict(params or {})], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class AnswerCache:
    """The answer cache at ``path`` (default: ``answers.db`` in the cache folder)."""

    def __init__(self, path: Path | None = None, clock: Callable[[], float] = time.time) -> None:
        self.path = path or paths.cache_dir() / "answers.db"
        self.clock = clock
        self._ready = False

    @contextmanager
    def _connect(self) -> Iterator[sqlite_utils.Database]:
        """The cache, migrated, in one transaction (``db.atomic()``)."""
        if not self._ready:
            paths.private_file(self.path)  # answers carry the work of this user: this user only
        connection = sqlite3.connect(self.path, timeout=5, isolation_level=None)  # migrate() and atomic() own them
        try:
            if not self._ready:
                migrate(connection, MIGRATIONS)
                self._ready = True
            db = sqlite_utils.Database(connection, execute_plugins=False)
            with db.atomic():
                yield db
        finally:
            connection.close()

    def get(self, key: str, max_age_hours: float) -> CachedAnswer | None:
        """The answer stored under ``key`` if younger than ``max_age_hours``; a broken cache is a miss."""
        if max_age_hours <= 0:
            return None
        try:
            with self._connect() as db:
                row = db.execute(
                    "SELECT provider, model, text, stop_reason, input_tokens, output_tokens, created "
                    "FROM answers WHERE key = ? AND created >= ?",
                    (key, self.clock() - max_age_hours * 3600),
                ).fetchone()
        except sqlite3.Error:
            return None
        return CachedAnswer(*row) if row else None

    def put(self, key: str, *, provider: str, model: str, text: str, stop_reason: str,
            input_tokens: int, output_tokens: int) -> None:
        """Store an answer; a cache that cannot be written is not worth stopping anyone for."""
        try:
            with self._connect() as db:
                db.execute(
                    "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (key, self.clock(), provider, model, text, stop_reason, input_tokens, output_tokens),
                )
        except sqlite3.Error:
            pass

    def purge(self, max_age_hours: float) -> int:
        """Delete answers older than the lifetime; returns how many went."""
        try:
            with self._connect() as db:
                cursor = db.execute("DELETE FROM answers WHERE created < ?", (self.clock() - max_age_hours * 3600,))
                return cursor.rowcount
        except sqlite3.Error:
            return 0

    def clear(self) -> None:
        try:
            with self._connect() as db:
                db.execute("DELETE FROM answers")
        except sqlite3.Error:
            pass
