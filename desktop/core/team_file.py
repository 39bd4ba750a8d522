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

LOCK_SUFFIX = ".lock"
STALE_LOCK_S = 30.0
LOCK_WAIT_S = 15.0
PROMPTS_DIR = "prompts"


@dataclass(frozen=True)
class Edit:
    """Set (or, with ``value=None``, remove) one setting. ``path`` is dotted in the file:
    ``("monthly_budget",)``, ``("personal_budgets", "sam")``, ``("tiers", "quick")``."""

    path: tuple[str, ...]
    value: Any


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


# --------------------------------------------------------------------------- checking edits


def check_edit(edit: Edit) -> Edit:
    """The edit with its value in the file's type, or ``SettingsError`` saying what to write."""
    key, rest = edit.path[0], edit.path[1:]
    if key not in ts.SETTING_KEYS:
        from desktop.core.settings import did_you_mean

        raise SettingsError(f"There is no team setting called '{key}'{did_you_mean(key, ts.SETTING_KEYS) or '.'}")
    try:
        return Edit(edit.path, _checked_value(key, rest, edit.value))
    except ts.Bad as exc:
        raise SettingsError(str(exc)[:1].upper() + str(exc)[1:] + ".") from exc


def _checked_value(key: str, rest: tuple[str, ...], value: Any) -> Any:
    if key in ("personal_budgets", "tiers") and len(rest) != 1:
        what = "a name, like personal_budgets.sam" if key == "personal_budgets" else "a tier, like tiers.quick"
        raise ts.Bad(f"'{key}' is set one entry at a time: give {what}")
    if key not in ("personal_budgets", "tiers") and rest:
        raise ts.Bad(f"'{key}' has no parts to set")
    if value is None:
        return None
    if key == "personal_budgets":
        if not rest[0].strip():
            raise ts.Bad("a personal budget needs the person's name")
        return _plain_number(ts.money(value, f"personal_budgets.{rest[0]}"))
    if key == "tiers":
        if rest[0] not in ts.TIERS:
            raise ts.Bad(f"there is no tier '{rest[0]}' (use {', '.join(ts.TIERS)})")
        pin = ts.tier_pin(rest[0], value)
        return {"provider": pin.provider, "model": pin.model}
    if key in ("monthly_budget", "approval_threshold"):
        return _plain_number(ts.money(value, key))
    if key == "alert_thresholds":
        return ts.alert_thresholds(value)
    if key == "sensitive_terms":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ts.Bad("'sensitive_terms' must be a list of words")
        return list(dict.fromkeys(v.strip() for v in value if v.strip()))
    if key in ("shared_audit", "members_may_change_tiers"):
        return ts.boolean(value, key)
    if key == "country":
        return ts.country(value) if value else None  # empty: each person's own country
    return ts.text(value, key)


def _plain_number(value: float) -> int | float:
    return int(value) if value.is_integer() else value


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
            clashes = [c for c in theirs if any(_overlaps(c.key, e.path) for e in checked)]
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
            array = tomlkit.array()
            array.extend(edit.value)
            doc[key] = array
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


# --------------------------------------------------------------------------- values typed as text

_NONE_WORDS = {"", "none", "remove", "unset"}
_BOOL_WORDS = {"true": True, "yes": True, "on": True, "1": True, "false": False, "no": False, "off": False, "0": False}


def edit_from_text(key: str, text: str) -> Edit:
    """An edit from ``promptdesk team set KEY VALUE``: the value as a person types it
    ("$200", "yes", "Acme, Project Falcon", "openai:gpt-4o-mini"), checked like any other."""
    path = tuple(part.strip() for part in key.split(".", 1))
    name, raw = path[0], text.strip()
    value: Any = raw
    if len(path) > 1 and raw.lower() in _NONE_WORDS:
        value = None
    elif name in ("monthly_budget", "approval_threshold", "personal_budgets"):
        try:
            value = float(raw.replace("$", "").replace(",", "").strip())
        except ValueError:
            raise SettingsError(f"'{key}' needs an amount in dollars, like 200 or 0.50, not \"{raw}\".") from None
    elif name in ("shared_audit", "members_may_change_tiers"):
        if raw.lower() not in _BOOL_WORDS:
            raise SettingsError(f"'{key}' needs yes or no, not \"{raw}\".")
        value = _BOOL_WORDS[raw.lower()]
    elif name == "alert_thresholds":
        try:
            value = [float(part) for part in raw.replace(",", " ").replace("%", " ").split()]
        except ValueError:
            raise SettingsError(f"'{key}' needs percentages, like \"50, 75, 90, 100\", not \"{raw}\".") from None
    elif name == "sensitive_terms":
        value = ts.split_terms(raw)
    elif name == "tiers" and value is not None:
        provider, sep, model = raw.replace("/", ":", 1).partition(":")
        if not sep:
            raise SettingsError(f"'{key}' needs a provider and a model, like \"anthropic:claude-sonnet-4-5\".")
        value = {"provider": provider.strip(), "model": model.strip()}
    return check_edit(Edit(path, value))


# --------------------------------------------------------------------------- from a whole form

SCALAR_KEYS = ("name", "monthly_budget", "alert_thresholds", "approval_threshold", "sensitive_terms",
               "shared_audit", "members_may_change_tiers", "country")


def edits_for(team: ts.TeamSettings, wanted: dict[str, Any]) -> list[Edit]:
    """The edits that turn ``team`` (as read) into ``wanted`` (a set-up form's values), each
    checked: only what the person changed is written, so a save never rewrites the rest.

    ``wanted["personal_budgets"]`` is ``{name: dollars}``; ``wanted["tiers"]`` is
    ``{tier: (provider, model) or None}`` where None means Promptdesk's own choice.

    Raises:
        SettingsError: a value is not valid; the message names it.
    """
    edits = [Edit((key,), wanted[key]) for key in SCALAR_KEYS
             if key in wanted and wanted[key] != getattr(team, key)]
    budgets = wanted.get("personal_budgets", team.personal_budgets)
    for name in team.personal_budgets.keys() - budgets.keys():
        edits.append(Edit(("personal_budgets", name), None))
    edits += [Edit(("personal_budgets", name.strip()), amount) for name, amount in budgets.items()
              if team.personal_budgets.get(name.strip()) != amount]
    for tier, pin in wanted.get("tiers", {}).items():
        current = team.tiers.get(tier)
        now = (current.provider, current.model) if current else None
        if pin != now:
            edits.append(Edit(("tiers", tier), {"provider": pin[0], "model": pin[1]} if pin else None))
    return [check_edit(edit) for edit in edits]
