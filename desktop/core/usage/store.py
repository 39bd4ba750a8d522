"""The team store: where every member's usage records meet. One interface, two kinds.

- ``file`` (the default): ``usage.db`` in the team folder, see ``sync.py``;
- ``postgres``: a PostgreSQL database the team or its company already runs, see
  ``pg_store.py``; chosen with a ``[store]`` table in ``team.toml``.

Both give the same guarantees (forward-only upserts by revision, each ledger's count check and
resend, exactly-once delivery, nothing half-written, records wait locally while the store is
unreachable, a newer schema refused for writing) so sync, the spend views and alerts work
unchanged on either. ``sync_now`` calls ``push``; the spend views read through ``open_reader``.

``[store]`` is parsed here rather than in ``settings.py``: ``TeamSettings.store`` keeps the raw
table and ``StoreSettings`` gives it meaning, so the kinds of store can grow without touching
the team settings' validation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from desktop.core.errors import SettingsError
from desktop.core.text import did_you_mean

if TYPE_CHECKING:
    from desktop.core.context import AppContext
    from desktop.core.usage.ledger import Ledger

FILE, POSTGRES = "file", "postgres"
KINDS = (FILE, POSTGRES)
# libpq's sslmode values, in plain words for the settings screen and the documentation.
SSLMODES: dict[str, str] = {
    "disable": "not encrypted (only for a database on this computer)",
    "allow": "encrypted only if the server insists",
    "prefer": "encrypted when the server offers it, otherwise not",
    "require": "always encrypted; the server's certificate is not checked",
    "verify-ca": "always encrypted; the certificate must come from your company's authority",
    "verify-full": "always encrypted; the certificate must come from your company's authority "
                   "and name this server",
}
DEFAULT_SSLMODE = "require"  # TLS on by default; verify-full once the operator hands out the CA
_KEYS = ("kind", "host", "port", "database", "user", "sslmode", "sslrootcert", "connect_timeout")


class SyncProblem(StrEnum):
    """Why the last sync did not happen, as a kind the person can act on; ``NONE`` when it did.

    The words for each are ``sync.describe`` (the file) and ``pg_store.describe`` (the
    database). The value is kept in the ledger (``last_problem_kind``): never rename one.
    """

    NONE = ""
    NO_TEAM = "no_team"
    LEDGER = "ledger"  # this computer's own usage history cannot be read
    SETTINGS = "settings"  # [store] in team.toml cannot be used
    UNREACHABLE = "unreachable"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    FULL = "full"
    CORRUPT = "corrupt"
    NEWER_VERSION = "newer_version"
    UNUSABLE = "unusable"
    # The team file only
    LINK = "link"
    NOT_A_FILE = "not_a_file"
    UNREADABLE = "unreadable"
    FOREIGN = "foreign"
    # The team database only
    NO_PASSWORD = "no_password"
    AUTH = "auth"
    TLS = "tls"
    NOT_SET_UP = "not_set_up"

    @classmethod
    def read(cls, value: str | None) -> SyncProblem:
        """A kind kept earlier; one this version does not know (a newer one wrote it) is UNUSABLE."""
        try:
            return cls(value or "")
        except ValueError:
            return cls.UNUSABLE


class StoreProblem(Exception):
    """Why a push or a read did not happen, as a kind the user can act on (see ``describe``)."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(kind)
        self.kind = SyncProblem(kind)  # a kind with no words is a bug: it fails here, not on screen
        self.detail = detail


@dataclass(frozen=True)
class StoreSettings:
    """``[store]`` of team.toml. ``user`` may contain ``{member}``: each member's own login.

    The password is never here: it comes from the member's keychain or the environment
    variable ``PROMPTDESK_TEAM_DB_PASSWORD`` (see ``pg_store.password_for``).
    """

    kind: str = FILE
    host: str = ""
    port: int = 5432
    database: str = "promptdesk"
    user: str = "{member}"
    sslmode: str = DEFAULT_SSLMODE
    sslrootcert: str = ""
    connect_timeout: int = 5

    def login(self, member: str) -> str:
        return self.user.replace("{member}", member)

    @property
    def sslmode_in_words(self) -> str:
        return SSLMODES[self.sslmode]


def parse_store_settings(raw: Mapping[str, Any] | None, where: str = "team.toml") -> StoreSettings:
    """Read ``[store]``; unknown keys and bad values are problems named in plain words.

    Raises:
        SettingsError: the table has an unknown key or a value that cannot be used.
    """
    try:
        return check_store_table(raw)
    except ValueError as exc:
        raise SettingsError(f"{where}: {exc}") from exc


def check_store_table(raw: Any) -> StoreSettings:
    """``[store]`` as settings. Raises ValueError saying what to write instead."""
    if not raw:
        return StoreSettings()
    if not isinstance(raw, Mapping):
        raise ValueError('store must be a table: [store] with kind = "file" or "postgres"')
    for key in raw:
        if key not in _KEYS:
            if key == "password":
                raise ValueError("the database password must not be in team.toml: each member keeps it in "
                                 "their keychain (promptdesk team-db password)")
            raise ValueError(f"unknown setting 'store.{key}'{did_you_mean(key, _KEYS)}")
    kind = str(raw.get("kind", FILE))
    if kind not in KINDS:
        raise ValueError(f"store.kind is '{kind}'; use \"file\" or \"postgres\"")
    if kind == FILE:
        return StoreSettings()
    host = str(raw.get("host", "")).strip()
    if not host:
        raise ValueError('store.host is missing: name the PostgreSQL server, e.g. "db.example.com"')
    sslmode = str(raw.get("sslmode", DEFAULT_SSLMODE))
    if sslmode not in SSLMODES:
        raise ValueError(f"store.sslmode '{sslmode}' is not one of {', '.join(SSLMODES)}")
    try:
        port, timeout = int(raw.get("port", 5432)), int(raw.get("connect_timeout", 5))
    except (TypeError, ValueError) as exc:
        raise ValueError("store.port and store.connect_timeout must be whole numbers") from exc
    if not 0 < port < 65536 or timeout < 1:
        raise ValueError("store.port must be 1-65535 and store.connect_timeout at least 1")
    return StoreSettings(kind=POSTGRES, host=host, port=port, database=str(raw.get("database", "promptdesk")),
                         user=str(raw.get("user", "{member}")), sslmode=sslmode,
                         sslrootcert=str(raw.get("sslrootcert", "")), connect_timeout=timeout)


class TeamReader(Protocol):
    """A read-only view of the team's records for the spend views.

    ``execute`` takes SQLite-flavoured SQL over the ``usage`` table (``?`` parameters,
    ``total()``); a store translates what it must. Raises ``StoreProblem`` when the store
    goes away mid-read.
    """

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Iterable[Sequence[Any]]: ...

    def close(self) -> None: ...


class TeamStore(Protocol):
    """What sync and the spend views need of a team store."""

    kind: str

    def push(self, ledger: Ledger, *, shared_audit: bool) -> int:
        """Send every waiting record; returns how many were sent. Raises ``StoreProblem``."""
        ...

    def open_reader(self) -> TeamReader | None:
        """A reader, or None when the store cannot be read now (the views then say so)."""
        ...

    def describe(self, kind: str, waiting: int) -> str:
        """The status-bar line for a failed push of ``kind``."""
        ...


class UnusableStore:
    """A ``[store]`` table that cannot be used: nothing is sent anywhere until it is fixed, rather
    than to a guessed store (the team file, when the team meant a database)."""

    kind = "unusable"

    def __init__(self, problem: str) -> None:
        self.problem = problem

    def push(self, ledger: Ledger, *, shared_audit: bool) -> int:
        raise StoreProblem(SyncProblem.SETTINGS, self.problem)

    def open_reader(self) -> TeamReader | None:
        return None

    def describe(self, kind: str, waiting: int) -> str:
        waits = f"{waiting} record{'s' if waiting != 1 else ''} waiting"
        return (f"The team's store settings in team.toml cannot be used ({self.problem}) — {waits}, safe on "
                "this computer. Ask your operator to fix [store].")


def store_settings(context: AppContext) -> StoreSettings:
    """The team's store settings.

    Raises:
        SettingsError: ``[store]`` cannot be used (also listed with team.toml's problems).
    """
    return parse_store_settings(getattr(context.team, "store", None))


__all__ = [
    "DEFAULT_SSLMODE", "FILE", "KINDS", "POSTGRES", "SSLMODES", "StoreProblem",
    "StoreSettings", "SyncProblem", "TeamReader", "TeamStore", "UnusableStore", "check_store_table",
    "parse_store_settings", "store_settings",
]
