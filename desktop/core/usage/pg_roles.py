"""Least privilege on the team database: roles and row-level security, applied by
``promptdesk team-db init`` (the SQL is shown in docs/POSTGRES.md).

- ``promptdesk_member``: reads the team's figures (every column but the redacted prompt and
  answer of a shared audit), inserts and updates only rows whose ``user`` is its own login name;
- ``promptdesk_reader``: reads the team's figures, writes nothing (a dashboard, an auditor);
- ``promptdesk_operator``: reads everything, the redacted prompt and answer of a shared audit too.

Each person logs in with a role of their own that belongs to one of these groups; the member's
login name is the name they use in Promptdesk (``[store] user = "{member}"``), which is what
the policies compare ``user`` with. The schema belongs to whoever ran ``team-db init``.
"""

from __future__ import annotations

import secrets
from typing import Any

from psycopg import sql

from desktop.core.usage import pg_store

MEMBER, READER, OPERATOR = "promptdesk_member", "promptdesk_reader", "promptdesk_operator"
GROUPS = (MEMBER, READER, OPERATOR)
FIGURES = [c for c in pg_store._ALL_COLUMNS if c not in pg_store.AUDIT_TEXTS]


def _cols(names: list[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def init_statements() -> list[str]:
    """The SQL that sets up roles, grants and policies; safe to run again."""
    create_groups = "".join(
        f"IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{g}') THEN CREATE ROLE {g} NOLOGIN; END IF; "
        for g in GROUPS)
    everyone = ", ".join(GROUPS)
    return [
        f"DO $$ BEGIN {create_groups}END $$",
        "REVOKE ALL ON usage, usage_daily, meta, _migrations FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {_schema()} TO {everyone}",
        f"GRANT SELECT ON usage_daily, meta, _migrations TO {everyone}",  # the daily totals: figures
        f"GRANT SELECT ({_cols(FIGURES)}) ON usage TO {MEMBER}, {READER}",
        f"GRANT INSERT, UPDATE ON usage TO {MEMBER}",  # which rows: the policies below
        f"GRANT SELECT ON usage TO {OPERATOR}",
        "ALTER TABLE usage ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS usage_read ON usage",
        f"CREATE POLICY usage_read ON usage FOR SELECT TO {everyone} USING (true)",
        "DROP POLICY IF EXISTS usage_insert_own ON usage",
        f'CREATE POLICY usage_insert_own ON usage FOR INSERT TO {MEMBER} WITH CHECK ("user" = current_user)',
        "DROP POLICY IF EXISTS usage_update_own ON usage",
        f'CREATE POLICY usage_update_own ON usage FOR UPDATE TO {MEMBER} USING ("user" = current_user) '
        'WITH CHECK ("user" = current_user)',
    ]


def _schema() -> str:
    return "public"


def apply_init(conn: Any) -> None:
    """Migrate, then roles and policies, in one transaction (under the migrations' lock)."""
    pg_store.migrate(conn)
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (pg_store.MIGRATION_LOCK,))
        for statement in init_statements():
            conn.execute(statement)


def add_login(conn: Any, name: str, group: str, password: str | None = None) -> str:
    """Create (or update) the login ``name`` in ``group`` with a password; returns the password.

    A new random password is made when none is given; it is shown to the operator once.
    """
    if group not in GROUPS:
        raise ValueError(group)
    password = password or secrets.token_urlsafe(18)
    ident = sql.Identifier(name)
    with conn.transaction():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
        verb = sql.SQL("ALTER ROLE") if exists else sql.SQL("CREATE ROLE")
        conn.execute(sql.SQL("{} {} LOGIN PASSWORD {}").format(verb, ident, sql.Literal(password)))
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), ident))
    return password
