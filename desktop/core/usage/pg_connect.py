"""Connecting to the team's PostgreSQL server: the login's password (keychain, else
``PROMPTDESK_TEAM_DB_PASSWORD``), the connection, and a psycopg failure named in words a person
can act on. Used by the store (``pg_store``), its read-only views (``pg_read``) and the set-up
command, none of which import each other for it."""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING, Any

from desktop.core.paths import KEYRING_SERVICE
from desktop.core.usage.store import StoreProblem, StoreSettings, SyncProblem

if TYPE_CHECKING:
    import psycopg

PASSWORD_ENV = "PROMPTDESK_TEAM_DB_PASSWORD"
_RETRY_STATES = ("40P01", "40001", "55P03")  # deadlock, serialization, lock not available


def keychain_entry(settings: StoreSettings, member: str) -> str:
    """The keychain entry (under the service ``Promptdesk``) holding this login's password."""
    return f"team-db {settings.login(member)}@{settings.host}:{settings.port}/{settings.database}"


def password_for(settings: StoreSettings, member: str) -> str | None:
    """The keychain's password for this login, else ``PROMPTDESK_TEAM_DB_PASSWORD``."""
    import keyring
    from keyring.errors import KeyringError

    with contextlib.suppress(KeyringError, RuntimeError):
        found = keyring.get_password(KEYRING_SERVICE, keychain_entry(settings, member))
        if found:
            return found
    return os.environ.get(PASSWORD_ENV) or None


def connect(settings: StoreSettings, member: str, password: str | None = None, *,
            read_only: bool = False) -> psycopg.Connection[Any]:
    """A connection in autocommit mode (transactions are explicit). Raises ``StoreProblem``."""
    import psycopg

    password = password if password is not None else password_for(settings, member)
    if not password:
        raise StoreProblem(SyncProblem.NO_PASSWORD, "no password in the keychain or the environment")
    options: dict[str, Any] = {"host": settings.host, "port": settings.port, "dbname": settings.database,
               "user": settings.login(member), "password": password, "sslmode": settings.sslmode,
               "connect_timeout": settings.connect_timeout, "application_name": "Promptdesk"}
    if settings.sslrootcert:
        options["sslrootcert"] = settings.sslrootcert
    try:
        conn = psycopg.connect(autocommit=True, **options)
        if read_only:
            conn.read_only = True
        return conn
    except psycopg.Error as exc:
        raise classify(exc) from exc


def classify(exc: BaseException) -> StoreProblem:
    """Name a psycopg failure in terms the user can act on."""
    state = getattr(exc, "sqlstate", None) or ""
    text = str(exc).lower()
    detail = f"{type(exc).__name__}: {exc}"
    if state == "28P01" or "password authentication failed" in text:
        return StoreProblem(SyncProblem.AUTH, detail)
    if "server does not support ssl" in text or "ssl" in text and ("certificate" in text or "handshake" in text):
        return StoreProblem(SyncProblem.TLS, detail)
    if state == "28000" or "no pg_hba.conf entry" in text or "role" in text and "does not exist" in text:
        return StoreProblem(SyncProblem.AUTH, detail)
    if state in ("42501", "25006"):  # insufficient privilege, read-only transaction
        return StoreProblem(SyncProblem.READ_ONLY, detail)
    if state in ("3D000", "42P01", "42883"):  # no such database / table / function
        return StoreProblem(SyncProblem.NOT_SET_UP, detail)
    if state in _RETRY_STATES or state == "53300":  # too many connections
        return StoreProblem(SyncProblem.LOCKED, detail)
    if state.startswith("53"):  # disk full, out of memory
        return StoreProblem(SyncProblem.FULL, detail)
    return StoreProblem(SyncProblem.UNREACHABLE, detail)
