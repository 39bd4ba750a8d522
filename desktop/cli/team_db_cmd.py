"""``promptdesk team-db``: the operator's commands for a team store on PostgreSQL.

    promptdesk team-db init [--member NAME]... [--reader NAME]... [--operator NAME]... [--show-sql]
    promptdesk team-db migrate --from PATH/usage.db
    promptdesk team-db password
    promptdesk team-db status

``init`` sets the database up (migrations, roles, row-level security) and creates logins,
printing each new password once. ``migrate`` copies every record of a team file into the
database; running it twice gives the same rows. ``password`` keeps this member's database
password in the system keychain; ``status`` says where the database is, how the connection is
protected (``sslmode`` in plain words) and whether this member can reach it. The server is the one team.toml's ``[store]`` names; ``--user``
logs in as someone else (the operator's administrative login), with that login's password
from the keychain or ``PROMPTDESK_TEAM_DB_PASSWORD``.
"""

from __future__ import annotations

import argparse
import getpass
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from desktop.core.errors import ErrorKind, SettingsError, SyncError
from desktop.core.text import plural

CHUNK = 5000


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    init = actions.add_parser("init", help="set up tables, roles and row-level security; create logins")
    init.add_argument("--member", action="append", default=[], metavar="NAME",
                      help="create a login that writes only its own usage (its Promptdesk name)")
    init.add_argument("--reader", action="append", default=[], metavar="NAME", help="a login that only reads figures")
    init.add_argument("--operator", action="append", default=[], metavar="NAME", help="a login that reads everything")
    init.add_argument("--show-sql", action="store_true", help="print the SQL instead of running it")
    migrate = actions.add_parser("migrate", help="copy every record of a team file into the database")
    migrate.add_argument("--from", dest="source", required=True, metavar="USAGE_DB", help="the team's usage.db")
    actions.add_parser("password", help="keep your database password in the system keychain")
    actions.add_parser("status", help="where the team database is, how the connection is protected, and a test")
    for sub in (init, migrate):
        sub.add_argument("--user", help="log in as this user instead of team.toml's (e.g. the administrator)")


def run(args: argparse.Namespace) -> int:
    from desktop.core.context import AppContext
    from desktop.core.usage.store import POSTGRES, parse_store_settings

    if args.action == "init" and args.show_sql:
        from desktop.core.usage import pg_roles

        print(";\n".join(pg_roles.init_statements()) + ";")
        return 0
    context = AppContext()
    settings = parse_store_settings(context.team.store, str(context.team_dir / "team.toml") if context.team_dir else "")
    if settings.kind != POSTGRES:
        raise SettingsError('The team does not use a PostgreSQL database: team.toml needs a [store] table with '
                            'kind = "postgres" (see docs/POSTGRES.md).')
    member = context.user
    if getattr(args, "user", None):
        from dataclasses import replace

        settings, member = replace(settings, user="{member}"), args.user
    if args.action == "password":
        return _password(settings, member)
    if args.action == "status":
        return _status(settings, member)
    conn = _connect(settings, member)
    with conn:
        if args.action == "init":
            return _init(conn, args)
        return _migrate(conn, Path(args.source))


def _connect(settings: Any, member: str) -> Any:
    from desktop.core.usage import pg_store
    from desktop.core.usage.store import StoreProblem

    try:
        return pg_store.connect(settings, member)
    except StoreProblem as problem:
        raise SyncError(pg_store.describe(problem.kind, 0, settings, member).replace(" — 0 records waiting", ""),
                        kind=ErrorKind(problem.kind)) from problem


def _init(conn: Any, args: argparse.Namespace) -> int:
    import psycopg

    from desktop.core.usage import pg_roles, pg_store

    try:
        pg_roles.apply_init(conn)
        print("The team database is set up: tables, roles and row-level security.")
        for group, names in ((pg_roles.MEMBER, args.member), (pg_roles.READER, args.reader),
                             (pg_roles.OPERATOR, args.operator)):
            for name in names:
                password = pg_roles.add_login(conn, name, group)
                print(f"  login {name} ({group}): password {password}  (hand it over in person; shown once)")
    except psycopg.Error as exc:
        problem = pg_store.classify(exc)
        if problem.kind == ErrorKind.READ_ONLY:
            raise SyncError("Your login may not set up the team database. Run this as the database's "
                            "administrator: promptdesk team-db init --user ADMIN", kind=ErrorKind.READ_ONLY) from exc
        raise SyncError(f"The team database could not be set up ({exc}).", kind=ErrorKind(problem.kind)) from exc
    return 0


def _migrate(conn: Any, source: Path) -> int:
    import psycopg

    from desktop.core.usage import pg_store

    if not source.is_file():
        raise SyncError(f"There is no team file at {source}.", kind=ErrorKind.UNREACHABLE)
    try:
        file = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise SyncError(f"The team file {source} cannot be opened ({exc}).", kind=ErrorKind.CORRUPT) from exc
    copied = 0
    try:
        # A file last written by an older version lacks the newer columns: those copy as empty.
        present = {row[1] for row in file.execute("PRAGMA table_info(usage)")}
        names = ", ".join(f"[{c}]" if c in present else "NULL" for c in pg_store._INSERT_COLUMNS)
        pg_store.migrate(conn)
        conn.execute(pg_store._INCOMING)
        before = conn.execute("SELECT count(*) FROM usage").fetchone()[0]
        with closing(file):
            total = file.execute("SELECT count(*) FROM usage").fetchone()[0]
            cursor = file.execute(f"SELECT {names} FROM usage ORDER BY id")
            while rows := cursor.fetchmany(CHUNK):
                pg_store.write_batch(conn, rows)
                copied += len(rows)
        after = conn.execute("SELECT count(*) FROM usage").fetchone()[0]
    except sqlite3.Error as exc:
        raise SyncError(f"The team file {source} could not be read to the end ({exc}); run the command "
                        "again: records already copied are not copied twice.", kind=ErrorKind.CORRUPT) from exc
    except psycopg.Error as exc:
        problem = pg_store.classify(exc)
        raise SyncError(f"Copying stopped after {plural(copied, 'record')} ({problem.kind}: {exc}). Run the command "
                        "again: records already copied are not copied twice.", kind=ErrorKind(problem.kind)) from exc
    print(f"Copied {plural(total, 'record')} from {source}: {plural(after - before, 'new record')} in the team "
          f"database, which now holds {plural(after, 'record')}.")
    return 0


def _password(settings: Any, member: str) -> int:
    import keyring
    from keyring.errors import KeyringError

    from desktop.core.errors import KeychainError
    from desktop.core.paths import KEYRING_SERVICE
    from desktop.core.usage import pg_store

    login = settings.login(member)
    password = getpass.getpass(f"Password of the team database login '{login}' on {settings.host}: ")
    if not password:
        print("Nothing stored.")
        return 1
    try:
        keyring.set_password(KEYRING_SERVICE, pg_store.keychain_entry(settings, member), password)
    except KeyringError as exc:
        raise KeychainError("The system keychain refused to store the password. Unlock it and try again, or set "
                            f"{pg_store.PASSWORD_ENV} for scripts.") from exc
    print("Stored in the system keychain.")
    return 0


def _status(settings: Any, member: str) -> int:
    import os

    from desktop.core.usage import pg_store
    from desktop.core.usage.store import StoreProblem

    print(f"Team database: {settings.database} on {settings.host}:{settings.port}, login {settings.login(member)}")
    print(f"Connection: {settings.sslmode_in_words} (sslmode {settings.sslmode})")
    password = pg_store.password_for(settings, member)
    if password is None:
        where = "none yet (promptdesk team-db password)"
    elif os.environ.get(pg_store.PASSWORD_ENV) == password:
        where = f"from the environment variable {pg_store.PASSWORD_ENV}"
    else:
        where = "in the system keychain"
    print(f"Password: {where}")
    try:
        conn = pg_store.connect(settings, member, read_only=True)
    except StoreProblem as problem:
        print(pg_store.describe(problem.kind, 0, settings, member).replace(" — 0 records waiting", ""))
        return 1
    with conn:
        encrypted = "encrypted" if conn.info.pgconn.ssl_in_use else "NOT encrypted"
        version = conn.info.server_version
    print(f"Reached: PostgreSQL {version // 10000}.{version % 10000}, {encrypted}.")
    return 0
