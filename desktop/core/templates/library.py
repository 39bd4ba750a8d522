"""The template library: bundled, team and personal templates, merged, checked and searchable.

Templates come from three folders, read in this order: the bundled ``prompts/`` shipped with the
app, the team folder's ``prompts/`` on the shared drive, and this user's personal folder. A
template's id is its file name without ``.md``; when two places hold the same id the later one
wins (personal over team over bundled) and says which copy it shadows in ``overrides``, so the
app can show "Team version" and an operator can improve a bundled template without forking the
app. A broken file never stops the others: it becomes a ``Problem`` and, when it would have
replaced a working copy, that copy stays in use.

``refresh()`` re-reads only what changed on disk (by modification time, size and status change
time), so the GUI can call it whenever the window gains focus or a folder watcher fires, without
a restart.

The format itself lives in ``format`` (types), ``parse`` (reading and
validation) and ``render`` (filling in); ``Template``, ``Problem``, ``parse_template`` and the
render functions are importable from here, the other types from ``format``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import os
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from desktop.core import paths
from desktop.core.templates.cache import ParseCache
from desktop.core.templates.format import SOURCES, Problem, Template
from desktop.core.templates.parse import parse_template, read_template_bytes
from desktop.core.templates.render import render, render_segments, validate_values
from desktop.core.templates.search import SearchIndex

__all__ = [
    "Library", "Problem", "Template", "check_paths", "load_library", "parse_template", "render", "render_segments",
    "validate_values",
]

# (mtime_ns, size, ctime_ns): the status change time moves with every write and every change of
# permissions, and no tool can set it back, so a file copied with its old modification time or
# made unreadable still counts as changed.
_Stamp = tuple[int, int, int]
_Parsed = tuple[Template | None, list[Problem]]


def _is_template_name(name: str) -> bool:
    return name.lower().endswith(".md") and name.lower() != "readme.md" and not name.startswith((".", "_", "~"))


def scan_folder(root: Path) -> tuple[dict[Path, tuple[_Stamp, str]], list[Problem]]:
    """Every template file under ``root`` with its stamp and category hint (first sub-folder)."""
    found: dict[Path, tuple[_Stamp, str]] = {}
    problems: list[Problem] = []
    stack: list[tuple[Path, str]] = [(root, "")]
    visited: set[tuple[int, int]] = set()
    while stack:
        folder, hint = stack.pop()
        try:
            # A folder linked into itself (or two linked into each other) is read once, not for ever.
            stat = folder.stat()
            if (stat.st_dev, stat.st_ino) in visited:
                continue
            visited.add((stat.st_dev, stat.st_ino))
            with os.scandir(folder) as entries:
                for entry in entries:
                    try:
                        if entry.is_dir():
                            if not entry.name.startswith((".", "_")):
                                stack.append((Path(entry.path), hint or entry.name))
                        elif _is_template_name(entry.name):
                            stat = entry.stat()
                            found[Path(entry.path)] = ((stat.st_mtime_ns, stat.st_size, stat.st_ctime_ns), hint)
                    except OSError:
                        # Listed but cannot be looked at (a broken link, no permission): parsing it
                        # turns that into a plain problem instead of the file silently missing.
                        if _is_template_name(entry.name):
                            found[Path(entry.path)] = ((0, -1, 0), hint)
        except FileNotFoundError:
            if folder == root:
                raise
        except OSError as exc:
            problems.append(Problem(folder, None, f"This folder cannot be read ({exc.strerror or exc}); the "
                                                  "templates in it are left out until it can."))
    return found, problems


class Library:
    """The templates in use (the winners) and every problem found, kept current by ``refresh``."""

    def __init__(self, roots: Sequence[tuple[str, Path | None]], *, team_dir: Path | None = None,
                 cache: ParseCache | None = None) -> None:
        """``cache`` keeps parsed results between runs; None parses every file (``check`` does)."""
        self._roots = [(source, Path(root)) for source, root in roots if root is not None]
        self._team_dir = team_dir
        self._cache = cache
        self._stamps: dict[Path, _Stamp] = {}
        self._parsed: dict[Path, _Parsed] = {}
        self._folder_problems: list[Problem] = []
        self._lock = threading.Lock()
        self._loaded = False
        self.templates: list[Template] = []
        self.problems: list[Problem] = []
        self._by_id: dict[str, Template] = {}
        self._index = SearchIndex([])
        self.refresh()

    # ------------------------------------------------------------------ queries
    def get(self, template_id: str) -> Template | None:
        return self._by_id.get(template_id)

    def search(self, query: str, limit: int | None = None) -> list[Template]:
        return self._index.search(query, limit)

    def categories(self) -> list[str]:
        return list(dict.fromkeys(t.category for t in self.templates))

    def folders(self) -> list[Path]:
        """The folders templates are read from (for a file-system watcher)."""
        return [root for _, root in self._roots]

    def problems_for(self, path: Path) -> list[Problem]:
        return [p for p in self.problems if p.path == path]

    # ------------------------------------------------------------------ loading
    def refresh(self) -> bool:
        """Re-read what changed on disk; True if the templates or problems changed."""
        with self._lock, _collector_paused():
            stamps: dict[Path, _Stamp] = {}
            hints: dict[Path, tuple[str, str]] = {}
            folder_problems: list[Problem] = []
            for source, root in self._roots:
                files, problems = self._scan(source, root)
                folder_problems.extend(problems)
                for path, (stamp, hint) in files.items():
                    stamps[path] = stamp
                    hints[path] = (source, hint)
            changed = stamps != self._stamps or folder_problems != self._folder_problems
            if not changed and self._loaded:
                return False
            parsed = {path: self._parsed[path] for path, stamp in stamps.items()
                      if self._stamps.get(path) == stamp and path in self._parsed}
            for path, (source, hint) in hints.items():
                if path not in parsed:
                    parsed[path] = _parse_file(path, source, hint, self._cache, stamps[path])
            if self._cache is not None:
                self._cache.keep_only(set(stamps), [root for _, root in self._roots])
                self._cache.save()
            self._stamps, self._parsed, self._folder_problems = stamps, parsed, folder_problems
            self._resolve([(hints[path][0], path) for path in hints])
            self._loaded = True
            return changed

    def _scan(self, source: str, root: Path) -> tuple[dict[Path, tuple[_Stamp, str]], list[Problem]]:
        try:
            return scan_folder(root)
        except FileNotFoundError:
            if source == "team":
                where = self._team_dir or root.parent
                if self._team_dir is not None and self._team_dir.is_dir():
                    return {}, []  # a team without its own templates
                return {}, [Problem(where, None, "The team folder cannot be reached, so the team's templates are "
                                                 "hidden. Check that the shared drive is connected; they come back "
                                                 "by themselves when it is.")]
            if source == "bundled":
                return {}, [Problem(root, None, "The templates that come with Promptdesk are missing. Reinstall "
                                                "Promptdesk to get them back.")]
            return {}, []
        except OSError as exc:
            return {}, [Problem(root, None, f"This folder cannot be read ({exc.strerror or exc}).")]

    def _resolve(self, files: list[tuple[str, Path]]) -> None:
        rank = {source: i for i, source in enumerate(SOURCES)}
        problems = list(self._folder_problems)
        winners: dict[str, Template] = {}
        first_in_source: dict[tuple[str, str], Template] = {}
        for source, path in sorted(files, key=lambda item: (rank.get(item[0], 9), str(item[1]))):
            template, file_problems = self._parsed[path]
            problems.extend(file_problems)
            if template is None:
                continue
            same = first_in_source.get((source, template.id))
            if same is not None:
                problems.append(Problem(path, None, f"Another {source} template is also called '{template.id}' "
                                                    f"({same.path}); only that one is used. Rename one of the files."))
                continue
            first_in_source[(source, template.id)] = template
            shadowed = winners.get(template.id)
            if shadowed is not None:
                template = dataclasses.replace(template, overrides=shadowed.source)
            winners[template.id] = template
        ordered = sorted(winners.values(), key=lambda t: (t.category.lower(), t.title.lower(), t.id))
        self.templates, self.problems = ordered, problems
        self._by_id = {t.id: t for t in ordered}
        self._index = SearchIndex(ordered)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Keep Python's cycle collector from running while a library is built.

    Loading 1,000 templates makes a few hundred thousand small objects that all stay alive, so
    the collector would run over and over, walking the whole growing heap each time and finding
    nothing: a third of the load time. The objects are ordinary and are collected as usual once it
    runs again. Several threads may do this at once: each turns it back on only if it found it on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _parse_file(path: Path, source: str, hint: str, cache: ParseCache | None = None,
                stamp: _Stamp | None = None) -> _Parsed:
    """One file's template or problems; with a cache, an unchanged file is not even read."""
    if cache is not None and stamp is not None:
        unchanged = cache.lookup(path, stamp, source, hint)
        if unchanged is not None:
            return unchanged
    data, problem = read_template_bytes(path)
    if problem is not None:
        return None, [problem]
    assert data is not None
    if cache is None:
        return parse_template(path, source, data=data, category_hint=hint)
    content_hash = hashlib.sha256(data).hexdigest()
    cached = cache.get(path, content_hash, source, hint, stamp)
    if cached is not None:
        return cached
    result = parse_template(path, source, data=data, category_hint=hint)
    cache.put(path, content_hash, source, hint, result, stamp)
    return result


def load_library(*, bundled: Path | None = None, team_dir: Path | None = None,
                 personal: Path | None = None) -> Library:
    """The library from the bundled, team (``team_dir/prompts``) and personal folders.

    Parsed templates are cached in the per-user cache folder (see ``templates.cache``), keyed by
    each file's content (and, once it has settled, its times and size), so a start with unchanged
    files neither parses nor reads them.
    """
    bundled = bundled if bundled is not None else paths.bundled_prompts_dir()
    personal = personal if personal is not None else paths.personal_prompts_dir()
    team = Path(team_dir) / "prompts" if team_dir is not None else None
    return Library([("bundled", bundled), ("team", team), ("personal", personal)],
                   team_dir=Path(team_dir) if team_dir is not None else None, cache=ParseCache())


def check_paths(paths_to_check: Sequence[Path]) -> list[Problem]:
    """Every problem in the given files and folders (folders are read like a library folder)."""
    problems: list[Problem] = []
    for raw in paths_to_check:
        path = Path(raw)
        if path.is_dir():
            problems.extend(Library([("team", path)]).problems)
        elif path.exists():
            hint = "" if path.parent.name.lower() == "prompts" else path.parent.name
            problems.extend(_parse_file(path, "team", hint)[1])
        else:
            problems.append(Problem(path, None, "There is no file or folder here. Check the spelling of the path."))
    return problems
