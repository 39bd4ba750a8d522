"""Data shipped with the app (trained weights under resources/), read with one plain error: a
damaged or missing file says which one and that reinstalling brings it back."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

from desktop.core import paths
from desktop.core.errors import SettingsError

T = TypeVar("T")


def read_shipped_json(name: str, what: str, parse: Callable[[Any], T]) -> T:
    """``parse`` of the JSON resource ``name`` (a path under resources/); ``what`` names the data
    in the error ("The injection scan's data")."""
    path = paths.resource(name)
    try:
        return parse(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
        raise SettingsError(f"{what} {path} could not be read ({exc}). Reinstall Promptdesk.") from exc
