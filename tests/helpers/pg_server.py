"""A real PostgreSQL server for tests and benchmarks, started with scripts/postgres.sh.

It runs on a temporary data folder and a free port on 127.0.0.1 (no Unix socket, TLS on, a
random superuser password) and is stopped and deleted at the end. ``available()`` says why a
server cannot be had (the binaries are missing and cannot be installed), for a visible skip.
"""

from __future__ import annotations

import itertools
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "postgres.sh"
ADMIN = "promptdesk_admin"
_NAMES = itertools.count(1)


def unavailable_reason() -> str:
    """Empty when PostgreSQL's binaries are here or could be installed; else why not."""
    found = subprocess.run(["bash", str(SCRIPT), "bindir"], capture_output=True, text=True)
    if found.returncode == 0:
        return ""
    installed = subprocess.run(["bash", str(SCRIPT), "install"], capture_output=True, text=True)
    if installed.returncode == 0:
        return ""
    return f"PostgreSQL binaries are missing and could not be installed: {installed.stderr.strip()[-300:]}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgServer:
    """One server: ``start``, ``stop`` (and start again), ``admin`` connections, fresh databases."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="promptdesk-pg-"))
        self.port = free_port()
        self.host = "127.0.0.1"

    def start(self) -> None:
        subprocess.run(["bash", str(SCRIPT), "start", str(self.root), str(self.port)], check=True,
                       capture_output=True, text=True, timeout=120)

    def stop(self) -> None:
        subprocess.run(["bash", str(SCRIPT), "stop", str(self.root)], check=True, capture_output=True,
                       text=True, timeout=120)

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    @property
    def admin_password(self) -> str:
        return (self.root / "admin-password").read_text().strip()

    def admin(self, database: str = "postgres") -> Any:
        import psycopg

        return psycopg.connect(host=self.host, port=self.port, user=ADMIN, password=self.admin_password,
                               dbname=database, autocommit=True, sslmode="prefer")

    def new_database(self) -> str:
        name = f"team_{next(_NAMES)}"
        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return name

    def set_config(self, setting: str, value: str) -> None:
        """Change a reloadable server setting (e.g. ``ssl``) and reload."""
        with self.admin() as conn:
            conn.execute(f"ALTER SYSTEM SET {setting} = '{value}'")
            conn.execute("SELECT pg_reload_conf()")

    def store_table(self, database: str, user: str = ADMIN, **extra: Any) -> str:
        """The ``[store]`` table of a team.toml pointing at ``database``."""
        lines = ["[store]", 'kind = "postgres"', f'host = "{self.host}"', f"port = {self.port}",
                 f'database = "{database}"', f'user = "{user}"']
        lines += [f"{key} = {value!r}".replace("'", '"') for key, value in extra.items()]
        return "\n".join(lines) + "\n"
