"""User settings, team settings and API keys.

Settings are declared once, as data (``USER_SETTINGS``): the settings file, its validation and
the settings screen are all built from that list. The team settings come from ``team.toml`` in
the shared team folder, which the operator edits; nothing in it is executed.

API keys live in the OS keychain only (``keyring``). ``ANTHROPIC_API_KEY`` / ``OPENAI_API_KEY``
are read as a fallback. Where no keychain exists, a key can be kept in memory until the app
closes, but only when the user asked for that: a key is never written to a file.
"""

from __future__ import annotations

import contextlib
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core import paths
from desktop.core.errors import ErrorKind, KeychainError, SettingsError
from desktop.core.files import atomic_write_text
from desktop.core.team_settings import (  # noqa: F401  (re-exported: the team part lives there)
    PROVIDERS,
    TEAM_FILE,
    TIERS,
    TeamSettings,
    TierPin,
    parse_team_settings,
    read_team_settings,
)
from desktop.core.text import did_you_mean

TEAM_DIR_ENV = "PROMPTDESK_TEAM_DIR"
USER_ENV = "PROMPTDESK_USER"


@dataclass(frozen=True)
class SettingSpec:
    """One user setting: its key, type, default, and the words the settings screen shows."""

    key: str
    type: type
    default: Any
    label: str
    help: str = ""


USER_SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("name", str, "", "Your name", "Shown to your team beside your usage."),
    SettingSpec("team_dir", str, "", "Team folder", "The folder on your team drive that holds team.toml."),
    SettingSpec("country", str, "US", "Country", "Helps recognise phone numbers written without +country code."),
    SettingSpec("sensitive_terms", list, [], "Your sensitive words", "Names or words always hidden before sending."),
    SettingSpec("cache_hours", float, 24.0, "Reuse identical answers for (hours)", "0 turns the cache off."),
    SettingSpec("retention_days", int, 365, "Keep full texts for (days)", "Usage figures are kept for ever."),
    SettingSpec("local_base_url", str, "", "In-house model server", "An OpenAI-compatible address (Ollama, LM Studio...)."),
    SettingSpec("first_run_done", bool, False, "Welcome finished"),
    SettingSpec("try_without_key", bool, False, "Try without a key"),
    SettingSpec("favourites", list, [], "Favourite templates"),
    SettingSpec("recent", list, [], "Recently used templates"),
    SettingSpec("last_template", str, "", "Last template"),
)

_SPECS = {spec.key: spec for spec in USER_SETTINGS}


@dataclass
class UserSettings:
    """This user's settings on this computer (``settings.toml`` in the config folder).

    One typed attribute per entry of ``USER_SETTINGS`` (same names, same defaults: a test checks
    it). Change them with ``set``, which checks the value and remembers that the setting is
    chosen: only chosen settings are written to the file, so a default changed in a later version
    reaches everyone who never chose one. Settings the file holds that this version does not
    know (from a newer version) are kept in ``extra`` and written back unchanged.
    """

    name: str = ""
    team_dir: str = ""
    country: str = "US"
    sensitive_terms: list[str] = field(default_factory=list)
    cache_hours: float = 24.0
    retention_days: int = 365
    local_base_url: str = ""
    first_run_done: bool = False
    try_without_key: bool = False
    favourites: list[str] = field(default_factory=list)
    recent: list[str] = field(default_factory=list)
    last_template: str = ""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    chosen: list[str] = field(default_factory=list, repr=False)  # the keys set, in the order they were

    @classmethod
    def from_values(cls, values: dict[str, Any]) -> UserSettings:
        """Settings with ``values`` chosen (checked like ``set``); the others at their defaults."""
        settings = cls()
        for key, value in values.items():
            settings.set(key, value)
        return settings

    def set(self, key: str, value: Any) -> None:
        if key not in _SPECS:
            raise SettingsError(f"There is no setting called '{key}'{did_you_mean(key, list(_SPECS))}")
        setattr(self, key, _coerce(_SPECS[key], value))
        if key not in self.chosen:
            self.chosen.append(key)

    @property
    def values(self) -> dict[str, Any]:
        """The chosen settings, as the file holds them (lists copied)."""
        return {key: _copied(getattr(self, key)) for key in self.chosen}

    def copy(self) -> UserSettings:
        """An independent copy (the UI may change the settings while a worker reads the copy)."""
        copied = UserSettings.from_values(self.values)
        copied.extra = dict(self.extra)
        return copied

    @property
    def user_name(self) -> str:
        """``PROMPTDESK_USER``, else the name in the settings, else the login name."""
        return os.environ.get(USER_ENV, "").strip() or self.name.strip() or _login_name()

    @property
    def team_path(self) -> Path | None:
        """``PROMPTDESK_TEAM_DIR``, else the team folder from the settings, else none."""
        value = os.environ.get(TEAM_DIR_ENV, "").strip() or self.team_dir.strip()
        return Path(value).expanduser() if value else None


def _copied(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def _login_name() -> str:
    try:
        import getpass

        return getpass.getuser()
    except (OSError, KeyError):
        return "me"


def _coerce(spec: SettingSpec, value: Any) -> Any:
    try:
        if spec.type is list:
            if isinstance(value, str):
                return [part.strip() for part in value.split(",") if part.strip()]
            return [str(item) for item in value]
        if spec.type is bool:
            return value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes"}
        return spec.type(value)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"'{spec.label}' must be a {spec.type.__name__}, not {value!r}.") from exc


def load_user_settings(path: Path | None = None) -> UserSettings:
    """Read the settings file; a missing file gives the defaults, a damaged one a plain error."""
    path = path or paths.settings_file()
    if path.is_file():  # one left readable by others (an older version, an editor) is tightened
        paths.private_file(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return UserSettings()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(
            f"Your settings file {path} could not be read ({exc}). Rename or delete it and "
            "Promptdesk starts with default settings."
        ) from exc
    settings = UserSettings()
    for key, value in raw.items():
        if key in _SPECS:
            settings.set(key, value)
        else:  # a setting of a newer version: kept for it, not fatal
            settings.extra[key] = value
    return settings


def save_user_settings(settings: UserSettings, path: Path | None = None) -> None:
    """Write the settings file atomically (a crash never leaves half a file)."""
    import tomli_w

    path = path or paths.settings_file()
    try:
        # A temporary file of its own for each save: two saves at once (a dialog and the page
        # remembering the last template) must not take each other's file away.
        # The file is this user's only (0600, POSIX): it names their folders and team.
        atomic_write_text(path, tomli_w.dumps({**settings.values, **settings.extra}), mode=paths.PRIVATE_FILE_MODE)
    except OSError as exc:
        raise SettingsError(
            f"Your settings could not be saved to {path} ({exc.strerror or exc}). "
            "Check that the disk is not full and that the folder can be written to."
        ) from exc


# --------------------------------------------------------------------------- team settings
# Read field by field in ``team_settings``; the names stay importable from here.


def load_team_settings(team_dir: Path | None) -> TeamSettings:
    """Read ``team.toml`` strictly: for checking a folder, where any problem should be seen.

    The app itself uses ``read_team_settings``, which never raises and keeps the good settings.

    Raises:
        SettingsError: a setting cannot be used; the message names its line.
    """
    team = read_team_settings(team_dir)
    if team.problems:
        raise SettingsError(team.problem_text() + " Ask your operator to fix it.")
    return team


# --------------------------------------------------------------------------- API keys

KEY_ENV = {"anthropic": "ANTHROPIC_API_KEY", "openai": "OPENAI_API_KEY", "local": "PROMPTDESK_LOCAL_API_KEY"}
PROVIDER_NAMES = {"anthropic": "Anthropic (Claude)", "openai": "OpenAI (GPT)", "local": "in-house model server"}


class KeyStore:
    """API keys: the OS keychain first, then keys held in memory for this session, then the
    environment. Keys are never written anywhere else."""

    def __init__(self) -> None:
        self._memory: dict[str, str] = {}

    def keychain_available(self) -> bool:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
        return not isinstance(backend, fail.Keyring | null.Keyring)

    def backend_name(self) -> str:
        import keyring

        backend = keyring.get_keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def get(self, provider: str) -> str | None:
        import keyring
        from keyring.errors import KeyringError

        if provider in self._memory:
            return self._memory[provider]
        if self.keychain_available():
            try:
                key = keyring.get_password(paths.KEYRING_SERVICE, provider)
            except KeyringError:
                key = None
            if key:
                return key
        return os.environ.get(KEY_ENV.get(provider, ""), "").strip() or None

    def source(self, provider: str) -> str:
        """Where the key for ``provider`` comes from, in words: for the settings screen."""
        if provider in self._memory:
            return "kept in memory until Promptdesk closes"
        key = self.get(provider)
        if key is None:
            return "no key"
        if os.environ.get(KEY_ENV.get(provider, ""), "").strip() == key:
            return f"from the environment variable {KEY_ENV[provider]}"
        return "in the system keychain"

    def set(self, provider: str, key: str, *, memory_only: bool = False) -> None:
        """Store a key.

        Raises:
            KeychainError: no keychain on this computer (offer ``memory_only``), or it refused.
        """
        import keyring
        from keyring.errors import KeyringError

        key = key.strip()
        if memory_only:
            self._memory[provider] = key
            return
        if not self.keychain_available():
            raise KeychainError(
                "This computer has no system keychain that Promptdesk can use, so the key cannot be "
                "saved. You can keep it in memory until Promptdesk closes instead.",
                kind=ErrorKind.NO_KEYCHAIN,
            )
        try:
            keyring.set_password(paths.KEYRING_SERVICE, provider, key)
        except KeyringError as exc:
            raise KeychainError(
                f"The system keychain refused to store the {PROVIDER_NAMES.get(provider, provider)} key. "
                "Unlock your keychain and try again, or keep the key in memory for this session.",
                kind=ErrorKind.KEYCHAIN_REFUSED,
            ) from exc
        self._memory.pop(provider, None)

    def delete(self, provider: str) -> None:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        self._memory.pop(provider, None)
        if self.keychain_available():
            with contextlib.suppress(PasswordDeleteError, KeyringError):
                keyring.delete_password(paths.KEYRING_SERVICE, provider)


_KEYSTORE: KeyStore | None = None


def keystore() -> KeyStore:
    """The one key store of this process."""
    global _KEYSTORE
    if _KEYSTORE is None:
        _KEYSTORE = KeyStore()
    return _KEYSTORE
