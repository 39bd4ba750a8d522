"""Every path the app uses, in one place.

- Per-user folders come from platformdirs (config, data, cache, logs).
- ``PROMPTDESK_HOME`` moves all of them under one folder: tests, portable installs, several
  simulated team members on one machine.
- Bundled ``resources/`` and ``prompts/`` are found the same way from a source checkout and
  from a PyInstaller bundle; this is the only place that knows the app may be frozen.
- The per-user folders hold the ledger (with the originals behind placeholders: names,
  passwords, card numbers) and the answers, so on POSIX they are created 0700 and their
  databases 0600, and looser ones found on disk are tightened when opened. On Windows the
  per-user profile's own permissions already do this.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

APP_NAME = "Promptdesk"
KEYRING_SERVICE = APP_NAME  # the system keychain's service name for every key Promptdesk keeps
HOME_ENV = "PROMPTDESK_HOME"


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder that holds ``resources/`` and ``prompts/``."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return bundle_root() / "resources"


def resource(name: str) -> Path:
    """A file shipped in ``resources/`` (icons, style sheet, default tiers, name lists)."""
    return resources_dir() / name


def bundled_prompts_dir() -> Path:
    return bundle_root() / "prompts"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _platform_dir(kind: str) -> Path:
    import platformdirs

    getter = {
        "config": platformdirs.user_config_dir,
        "data": platformdirs.user_data_dir,
        "cache": platformdirs.user_cache_dir,
        "logs": platformdirs.user_log_dir,
    }[kind]
    return Path(getter(APP_NAME, appauthor=False))


PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
# SQLite's companion files: created with the database's own mode, tightened with it.
_SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
_TIGHTENED: set[str] = set()  # tightened once per process: the folders are asked for on every read


def _tighten(path: Path, mode: int) -> None:
    """Remove every permission bit outside ``mode`` (POSIX); best effort, never through a link."""
    if os.name != "posix":
        return
    try:
        st = path.lstat()
        if stat.S_ISLNK(st.st_mode):
            return
        current = stat.S_IMODE(st.st_mode)
        if current & ~mode:
            os.chmod(path, current & mode)
    except OSError:
        pass  # a file on a system that refuses chmod still works; it is only less private


def private_dir(path: Path) -> Path:
    """Make ``path`` (and missing parents) a folder only this user can open, tightening it if it exists."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)  # the mode applies to a new folder
    key = str(path)
    if key not in _TIGHTENED:
        _tighten(path, PRIVATE_DIR_MODE)
        _TIGHTENED.add(key)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty if missing, readable and writable by this user only (POSIX), and
    tighten an existing one and its SQLite companions. Call it before SQLite opens the file:
    SQLite gives the journal and WAL files the database's own mode."""
    if os.name == "posix":
        # A file that cannot be made is reported by the caller's own open, in its own words.
        with contextlib.suppress(OSError):
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE_MODE))
        for candidate in (path, *(Path(f"{path}{suffix}") for suffix in _SQLITE_COMPANIONS)):
            if candidate.exists():
                _tighten(candidate, PRIVATE_FILE_MODE)
    return path


def _dir(kind: str) -> Path:
    home = _home()
    path = home / kind if home else _platform_dir(kind)
    return private_dir(path)


def config_dir() -> Path:
    return _dir("config")


def data_dir() -> Path:
    return _dir("data")


def cache_dir() -> Path:
    return _dir("cache")


def logs_dir() -> Path:
    return _dir("logs")


def settings_file() -> Path:
    return config_dir() / "settings.toml"


def ledger_file() -> Path:
    """The local usage ledger: every run of this user on this computer."""
    return data_dir() / "ledger.db"


def personal_prompts_dir() -> Path:
    """The user's own templates, shown beside the bundled and team ones."""
    return private_dir(data_dir() / "prompts")


def log_file() -> Path:
    return logs_dir() / "promptdesk.log"
