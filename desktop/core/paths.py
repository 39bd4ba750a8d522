"""Every path the app uses, in one place.

- Per-user folders come from platformdirs (config, data, cache, logs).
- ``PROMPTDESK_HOME`` moves all of them under one folder: tests, portable installs, several
  simulated team members on one machine.
- Bundled ``resources/`` and ``prompts/`` are found the same way from a source checkout and
  from a PyInstaller bundle; this is the only place that knows the app may be frozen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Promptdesk"
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


def _dir(kind: str) -> Path:
    home = _home()
    path = home / kind if home else _platform_dir(kind)
    path.mkdir(parents=True, exist_ok=True)
    return path


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
    path = data_dir() / "prompts"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    return logs_dir() / "promptdesk.log"
