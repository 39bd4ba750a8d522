"""A member's own login to the team database, from the settings screen: the password kept in the
system keychain (never in team.toml, never in a file of ours) and a connection test that answers
in the same plain words as sync (wrong password, TLS refused, a login that may only read).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.usage import pg_store
from desktop.core.usage.store import StoreProblem, StoreSettings


@dataclass(frozen=True)
class LoginCheck:
    """What "Test connection" found; ``kind`` is a ``StoreProblem`` kind, "" when all is well."""

    ok: bool
    message: str
    kind: str = ""


def has_password(settings: StoreSettings, member: str) -> bool:
    """Whether a password is at hand (keychain or environment), without showing it."""
    return pg_store.password_for(settings, member) is not None


def save_password(settings: StoreSettings, member: str, password: str) -> None:
    """Keep ``password`` in the system keychain for this member's login.

    Raises:
        KeychainError: the keychain refused (locked, or none on this computer).
        SettingsError: the password is empty.
    """
    import keyring
    from keyring.errors import KeyringError

    from desktop.core.errors import KeychainError, SettingsError
    from desktop.core.paths import KEYRING_SERVICE

    if not password:
        raise SettingsError("Type the password first.")
    try:
        keyring.set_password(KEYRING_SERVICE, pg_store.keychain_entry(settings, member), password)
    except (KeyringError, RuntimeError) as exc:
        raise KeychainError("The system keychain refused to store the password. Unlock it and try again, or set "
                            f"{pg_store.PASSWORD_ENV} for scripts.") from exc


def check_login(settings: StoreSettings, member: str, password: str | None = None) -> LoginCheck:
    """Log in (with ``password``, else the kept one) and check that this login may send usage.

    Never raises for what the person can fix; the message says what to do.
    """
    import psycopg

    try:
        conn = pg_store.connect(settings, member, password or None)
    except StoreProblem as problem:
        return LoginCheck(False, _words(problem.kind, settings, member), problem.kind)
    where, login = f"{settings.host}:{settings.port}", settings.login(member)
    with conn:
        try:
            row = conn.execute("SELECT has_table_privilege('usage', 'INSERT')").fetchone()
        except psycopg.Error as exc:
            kind = pg_store.classify(exc).kind
            return LoginCheck(False, _words(kind, settings, member), kind)
        encrypted = "encrypted" if conn.info.pgconn.ssl_in_use else "not encrypted"
    if not row or not row[0]:
        return LoginCheck(False, _words("read_only", settings, member), "read_only")
    return LoginCheck(True, f"Connected to the team database ({where}) as '{login}', {encrypted}. "
                            "Your usage is sent there.")


def _words(kind: str, settings: StoreSettings, member: str) -> str:
    """Sync's own message for ``kind``, without the count of waiting records."""
    if kind == "no_password":
        return "Type your team database password, then test again. Your operator gave it to you."
    return pg_store.describe(kind, 0, settings, member).replace(" — 0 records waiting", "")


__all__ = ["LoginCheck", "check_login", "has_password", "save_password"]
