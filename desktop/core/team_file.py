"""Changing team.toml: the same checks as reading it, the operator's comments and order kept,
and two operators saving at once never losing each other's edit.

How a save works (``save_edits``):

1. Each edit is checked with the functions that read the file (``team_settings``), so nothing
   can be saved that would then be read as a problem.
2. A lock file beside team.toml (created with ``O_EXCL``, which network shares honour) makes
   saves take turns; a lock left by a crashed save is taken over after ``STALE_LOCK_S``.
3. Under the lock the file is read again. If it changed since the editor read it (``base``),
   edits to settings nobody else touched are applied on top of the new text (a merge); an edit
   to a setting someone else changed meanwhile is refused with what they changed
   (``TeamFileConflict``), unless the caller chose to overwrite it.
4. The edits are applied with ``tomlkit`` (comments, blank lines and order stay) and the file
   is replaced atomically with a unique temporary name (``files.atomic_write_text``).

Who may change the team settings: whoever can write team.toml (``can_edit``). Members on a
read-only share see the same settings and are told plainly that only the operator can change
them; nothing pretends otherwise.
"""

from __future__ import annotations

import contextlib
import os
import time
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core import team_settings as ts
from desktop.core.errors import SettingsError
from desktop.core.files import atomic_write_text
from desktop.core.team_edits import (  # noqa: F401  (one import for callers)
    Edit,
    check_edit,
    edit_from_text,
    edits_for,
    merge_list_edits,
)

LOCK_SUFFIX = ".lock"
STALE_LOCK_S = 30.0
LOCK_WAIT_S = 15.0
PROMPTS_DIR = "prompts"


@dataclass(frozen=True)
class Change:
    """A setting that differs between two versions of the file."""

    key: str
    before: Any
    after: Any


class TeamFileConflict(SettingsError):
    """Someone else changed a setting this save also changes, after it was read."""

    kind = "team_conflict"

    def __init__(self, message: str, changes: list[Change]) -> None:
        super().__init__(message)
        self.changes = changes


@dataclass
class SaveResult:
    text: str  # the file as saved: the base for the next save
    merged: list[Change] = field(default_factory=list)  # others' changes kept alongside ours


# --------------------------------------------------------------------------- who may edit


def can_edit(team_dir: Path) -> bool:
    """Whether this person can change the team settings: the folder, and team.toml if it
    exists, can be written by them (the operator is whoever can write team.toml)."""
    path = team_dir / ts.TEAM_FILE
    if not os.access(team_dir, os.W_OK | os.X_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


READ_ONLY_MESSAGE = "Only your operator can change this. Ask them if something here should be different."


STARTER = """\
# Promptdesk team settings. Change them in Promptdesk (Team set-up) or with `promptdesk team set`;
# Promptdesk keeps these comments and the order of this file when it saves.

name = {name}

# Dollars a month for the whole team; 0 means no budget.
monthly_budget = 0

# Warn when this much of a budget is used (percent).
alert_thresholds = [50, 75, 90, 100]

# Ask for a second look before sending a request that would cost more than this (dollars);
# 0 never asks.
approval_threshold = 0.5

# Words always hidden before anything is sent: client names, project code names.
sensitive_terms = []

# Keep the hidden-data version of each prompt in the team's usage file, so the operator can
# answer "what did we ask the AI?". Originals never leave anyone's computer.
shared_audit = false

# May members choose which model serves each tier?
members_may_change_tiers = false

# Dollars a month per person, by the name each person gives in Promptdesk's settings,
# for example {{ sam = 40, ana = 60 }}.
personal_budgets = {{}}

# Which model serves each tier; leave out to use Promptdesk's choices. For example:
# [tiers.reasoning]
# provider = "anthropic"
# model = "claude-opus-4-1"
"""


def init_team_folder(folder: Path, name: str = "") -> Path:
    """Create the team folder's layout (team.toml with explanations, prompts/); returns the
    team.toml path.

    Raises:
        SettingsError: the folder already has team settings, or cannot be written.
    """
    import json

    path = folder / ts.TEAM_FILE
    if path.exists():
        raise SettingsError(f"{folder} already has team settings ({ts.TEAM_FILE}). Change them with Team set-up "
                            "or `promptdesk team set`.", kind="team_exists")
    try:
        (folder / PROMPTS_DIR).mkdir(parents=True, exist_ok=True)
        # JSON strings are valid TOML basic strings: the name is quoted safely.
        text = STARTER.format(name=json.dumps(ts.text(name, "name"), ensure_ascii=False))
        with _locked(path):
            if path.exists():
                raise SettingsError(f"{folder} already has team settings ({ts.TEAM_FILE}).", kind="team_exists")
            atomic_write_text(path, text)
    except OSError as exc:
        raise SettingsError(f"The team folder {folder} could not be set up ({exc.strerror or exc}). "
                            "Check that it is on a drive you can write to.") from exc
    return path


# --------------------------------------------------------------------------- saving


def read_text(team_dir: Path) -> str:
    """The file as it is now ("" when there is none yet): the base of an editing session."""
    try:
        return (team_dir / ts.TEAM_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"The team settings in {team_dir} could not be read ({exc}).") from exc


def save_edits(team_dir: Path, edits: Sequence[Edit], base: str, *, overwrite: bool = False) -> SaveResult:
    """Apply ``edits`` to team.toml, made against the file as it was (``base``).

    Raises:
        SettingsError: an edit is not valid, the file is not TOML, or it cannot be written.
        TeamFileConflict: someone changed a setting these edits change since ``base`` was read
            (not raised with ``overwrite``; their other changes are kept either way).
    """
    checked = [check_edit(edit) for edit in edits]
    path = team_dir / ts.TEAM_FILE
    with _locked(path):
        current = read_text(team_dir)
        merged: list[Change] = []
        if current != base:
            theirs = changes_between(base, current)
            checked, lists = merge_list_edits(checked, {c.key: (c.before, c.after) for c in theirs})
            clashes = [c for c in theirs if c.key not in lists and any(_overlaps(c.key, e.path) for e in checked)]
            if clashes and not overwrite:
                raise TeamFileConflict(_conflict_message(clashes), clashes)
            merged = [c for c in theirs if c not in clashes]
        new_text = apply_edits(current, checked)
        _refuse_new_problems(new_text, checked)
        try:
            atomic_write_text(path, new_text)
        except OSError as exc:
            raise SettingsError(f"The team settings could not be saved in {path} ({exc.strerror or exc}). "
                                "Check that the team drive is reachable and that you can write to it.") from exc
    return SaveResult(new_text, merged)


def save_tier_pins(team_dir: Path, pins: dict[str, tuple[str, str]]) -> SaveResult:
    """Save the models chosen for some tiers (Settings, when the team lets members choose)."""
    edits = [Edit(("tiers", tier), {"provider": provider, "model": model}) for tier, (provider, model) in pins.items()]
    return save_edits(team_dir, edits, read_text(team_dir))


def _refuse_new_problems(text: str, edits: list[Edit]) -> None:
    """Belt and braces: what was just written must read back without a problem on its keys."""
    problems = [p for p in ts.parse_team_text(text).problems if any(_overlaps(p.key, e.path) for e in edits)]
    if problems:
        raise SettingsError(f"This change was not saved: {problems[0].text()}.")


def _overlaps(key: str, path: tuple[str, ...]) -> bool:
    dotted = ".".join(path)
    return key == dotted or key.startswith(dotted + ".") or dotted.startswith(key + ".")


def _conflict_message(clashes: list[Change]) -> str:
    shown = "; ".join(f"{c.key} is now {_words(c.after)} (it was {_words(c.before)})" for c in clashes[:4])
    return (f"Someone else changed the team settings after you opened them: {shown}. "
            "Reload to see their change, or save again to replace it with yours.")


def _words(value: Any) -> str:
    return "not set" if value is None else ts.describe(value)


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """``text`` with ``edits`` applied, every comment and the order of the rest kept."""
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    try:
        doc = tomlkit.parse(text)
    except (TOMLKitError, RecursionError) as exc:
        raise SettingsError(f"team.toml is not valid TOML ({exc}), so it cannot be changed here. "
                            "Correct it in a text editor first (`promptdesk team show` says where).") from exc
    for edit in edits:
        _apply(doc, edit)
    return doc.as_string()


def _apply(doc: Any, edit: Edit) -> None:
    import tomlkit

    key, rest = edit.path[0], edit.path[1:]
    if not rest:
        if edit.value is None:
            doc.pop(key, None)
        elif isinstance(edit.value, list):
            _set_list(doc, key, edit.value)
        else:
            doc[key] = edit.value
        return
    parent = doc.get(key)
    if not isinstance(parent, dict):
        if edit.value is None:
            return
        parent = tomlkit.table()
        doc[key] = parent
    if edit.value is None:
        parent.pop(rest[0], None)
    elif isinstance(edit.value, dict):
        existing = parent.get(rest[0])
        if isinstance(existing, dict):  # a [tiers.quick] table keeps its comments
            for name in list(existing):
                if name not in edit.value:
                    del existing[name]
            existing.update(edit.value)
        else:
            inline = tomlkit.inline_table()
            inline.update(edit.value)
            parent[rest[0]] = inline
    else:
        parent[rest[0]] = edit.value


def _set_list(doc: Any, key: str, value: list[Any]) -> None:
    """Change the list in place when that gives ``value``: the comments beside the items that
    stay are kept ("Project Falcon",  # the Q3 pitch); otherwise write it anew."""
    import tomlkit

    existing = doc.get(key)
    if isinstance(existing, list) and hasattr(existing, "remove"):
        for item in [item for item in existing if item not in value]:
            existing.remove(item)
        existing.extend(item for item in value if item not in existing)
        if list(existing) == value:
            return
    array = tomlkit.array()
    array.extend(value)
    doc[key] = array


def changes_between(before: str, after: str) -> list[Change]:
    """Settings that differ between two texts of team.toml, one entry deep."""
    old, new = _flat(before), _flat(after)
    return [Change(key, old.get(key), new.get(key)) for key in sorted(set(old) | set(new))
            if old.get(key) != new.get(key)]


def _flat(text: str) -> dict[str, Any]:
    try:
        raw = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):
        return {"(whole file)": text}
    flat: dict[str, Any] = {}
    for key, value in raw.items():
        if key in ("personal_budgets", "tiers") and isinstance(value, dict) and value:
            flat.update({f"{key}.{name}": entry for name, entry in value.items()})
        else:
            flat[key] = value
    return flat


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    lock = path.with_name(path.name + LOCK_SUFFIX)
    deadline = time.monotonic() + LOCK_WAIT_S
    while True:
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            break
        except FileExistsError:
            with contextlib.suppress(OSError):
                if time.time() - lock.stat().st_mtime > STALE_LOCK_S:  # left by a save that crashed
                    lock.unlink()
                    continue
            if time.monotonic() > deadline:
                raise SettingsError("Someone else is saving the team settings right now. Try again in a moment.",
                                    kind="team_locked") from None
            time.sleep(0.02)  # another save holds it for a few milliseconds
        except OSError as exc:
            raise SettingsError(f"The team settings in {path.parent} cannot be changed from here "
                                f"({exc.strerror or exc}). {READ_ONLY_MESSAGE}", kind="read_only") from exc
    try:
        os.write(fd, f"{os.getpid()}\n".encode())
        os.close(fd)
        yield
    finally:
        with contextlib.suppress(OSError):
            lock.unlink()
