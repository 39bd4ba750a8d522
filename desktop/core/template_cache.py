"""A cache of parsed templates, so the app starts fast however large the library grows.

Parsing YAML and checking a template costs about half a millisecond; a team with hundreds of
templates would wait for that at every start. The cache keeps, per file, the result of parsing
(the template or its problems) together with the sha256 of the bytes it came from, the source
and folder it was read as, and a fingerprint of the parser itself. A file is only re-parsed when
any of those differ, so an edited template, a moved one or a new app version is always read
afresh. The cache is JSON (data, never code) in the per-user cache folder; if it is missing,
damaged or unwritable the library simply parses everything, as without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop.core import paths
from desktop.core.template_format import (
    ChecklistItem,
    Checks,
    Field,
    HistoryEntry,
    OutputSpec,
    Problem,
    Template,
    TestCase,
)

log = logging.getLogger(__name__)
CACHE_NAME = "template-cache.json"
_PARSER_MODULES = ("template_format", "template_parse", "template_fields", "template_reader", "template_yaml",
                   "template_render", "template_cache")


def parser_fingerprint() -> str:
    """Changes whenever the parser's code changes, so a new version never trusts old results."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in _PARSER_MODULES:
        try:
            digest.update((here / f"{name}.py").read_bytes())
        except OSError:
            from desktop import __version__

            digest.update(__version__.encode())
    return digest.hexdigest()[:16]


def template_to_dict(template: Template) -> dict[str, Any]:
    data = asdict(template)
    data["path"] = str(template.path)
    for field in data["fields"]:
        if isinstance(field["default"], tuple):
            field["default"] = {"__tuple__": list(field["default"])}
    return data


def template_from_dict(data: dict[str, Any]) -> Template:
    fields = []
    for raw in data["fields"]:
        raw = dict(raw)
        if isinstance(raw["default"], dict) and "__tuple__" in raw["default"]:
            raw["default"] = tuple(raw["default"]["__tuple__"])
        raw["options"] = tuple(raw["options"])
        fields.append(Field(**raw))
    output = dict(data["output"], sections=tuple(data["output"]["sections"]))
    checks = {key: tuple(value) if isinstance(value, list) else value for key, value in data["checks"].items()}
    return Template(
        id=data["id"], title=data["title"], category=data["category"], purpose=data["purpose"], body=data["body"],
        fields=tuple(fields), tier=data["tier"], tags=tuple(data["tags"]), output=OutputSpec(**output),
        checklist=tuple(ChecklistItem(**item) for item in data["checklist"]), checks=Checks(**checks),
        example_output=data["example_output"], version=data["version"],
        history=tuple(HistoryEntry(**entry) for entry in data["history"]),
        tests=tuple(TestCase(**case) for case in data["tests"]), source=data["source"], path=Path(data["path"]),
        content_hash=data["content_hash"], overrides=data["overrides"],
    )


class ParseCache:
    """Parsed results by file path, valid while the bytes, source, folder and parser match."""

    def __init__(self, file: Path | None = None) -> None:
        self.file = file
        self.fingerprint = parser_fingerprint()
        self._entries: dict[str, dict[str, Any]] = {}
        self._dirty = False
        self._loaded = False

    def _load(self) -> None:
        self._loaded = True
        if self.file is None:
            self.file = paths.cache_dir() / CACHE_NAME
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(data, dict) and data.get("parser") == self.fingerprint and isinstance(data.get("files"), dict):
            self._entries = data["files"]

    def get(self, path: Path, content_hash: str, source: str, hint: str) -> tuple[Template | None, list[Problem]] | None:
        if not self._loaded:
            self._load()
        entry = self._entries.get(str(path))
        if not entry or (entry.get("hash"), entry.get("source"), entry.get("hint")) != (content_hash, source, hint):
            return None
        try:
            template = template_from_dict(entry["template"]) if entry.get("template") else None
            problems = [Problem(path, p.get("line"), p["message"]) for p in entry.get("problems", [])]
        except (KeyError, TypeError, ValueError):
            return None
        return template, problems

    def put(self, path: Path, content_hash: str, source: str, hint: str,
            result: tuple[Template | None, list[Problem]]) -> None:
        template, problems = result
        self._entries[str(path)] = {
            "hash": content_hash, "source": source, "hint": hint,
            "template": template_to_dict(template) if template is not None else None,
            "problems": [{"line": p.line, "message": p.message} for p in problems],
        }
        self._dirty = True

    def keep_only(self, live: set[Path], roots: list[Path]) -> None:
        """Forget files under ``roots`` that are gone, so the cache does not grow for ever."""
        names = {str(path) for path in live}
        prefixes = tuple(str(root) + os.sep for root in roots)
        stale = [name for name in self._entries if name.startswith(prefixes) and name not in names]
        for name in stale:
            del self._entries[name]
        self._dirty = self._dirty or bool(stale)

    def save(self) -> None:
        if not self._dirty or self.file is None:
            return
        self._dirty = False
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=self.file.parent, prefix=".template-cache-", suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"parser": self.fingerprint, "files": self._entries}, out, separators=(",", ":"))
            os.replace(temp, self.file)
        except OSError as exc:
            log.info("Template cache not saved (%s); the library still works without it.", exc)
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(temp)
