"""The app's state outside any one run: settings, team, keys, library, ledger.

Used by the GUI and the command line alike. Heavy parts (the library, the ledger) load on first
use, so creating a context costs nothing at start-up.
"""

from __future__ import annotations

import logging
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core import settings as settings_mod
from desktop.core import team_settings

if TYPE_CHECKING:
    from desktop.core.templates.library import Library
    from desktop.core.usage.ledger import Ledger

log = logging.getLogger(__name__)


class AppContext:
    """Everything a run needs that is not the run itself."""

    def __init__(self, user_settings: settings_mod.UserSettings | None = None) -> None:
        self.settings = user_settings if user_settings is not None else settings_mod.load_user_settings()
        self.keys = settings_mod.keystore()
        self.team_problem = ""
        self.team = self._load_team()

    # ------------------------------------------------------------------ who and where
    @property
    def user(self) -> str:
        return self.settings.user_name

    @property
    def team_dir(self) -> Path | None:
        return self.settings.team_path

    @property
    def country(self) -> str:
        return self.team.country or self.settings.country

    @property
    def sensitive_terms(self) -> list[str]:
        """The team's sensitive terms and this user's own."""
        return list(dict.fromkeys(self.team.sensitive_terms + self.settings.sensitive_terms))

    @property
    def sending_blocked(self) -> str:
        """Why nothing may be sent (a protective team setting cannot be read), or ``""``."""
        return self.team.blocked_reason(self.user)

    def _load_team(self) -> team_settings.TeamSettings:
        # Never raises: a bad setting is a problem shown to people, the good ones stay in force,
        # and a protective one that cannot be read stops sending (``sending_blocked``).
        team = team_settings.read_team_settings(self.team_dir)
        self.team_problem = team.problem_text()
        if self.team_problem:
            log.warning("Team settings: %s", self.team_problem)
        return team

    def reload_team(self) -> None:
        self.team = self._load_team()

    def save_settings(self) -> None:
        settings_mod.save_user_settings(self.settings)
        self.reload_team()

    # ------------------------------------------------------------------ lazily loaded parts
    @cached_property
    def library(self) -> Library:
        from desktop.core.templates.library import load_library

        return load_library(team_dir=self.team_dir)

    def reload_library(self) -> Library:
        """The library read afresh from the current folders (the team folder may have changed).

        The new library replaces the cached one in a single step, so a reader on another thread
        sees the old one or the new one, never none; unchanged files come from the parse cache.
        """
        from desktop.core.templates.library import load_library

        library = load_library(team_dir=self.team_dir)
        self.__dict__["library"] = library  # where cached_property keeps its value
        return library

    @cached_property
    def ledger(self) -> Ledger:
        from desktop.core.usage.ledger import open_ledger

        return open_ledger()
