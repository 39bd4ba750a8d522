"""A cache of parsed templates, so the app starts fast however large the library grows.

Parsing YAML and checking a template costs about half a millisecond; a team with hundreds of
templates would wait for that at every start. The cache keeps, per file, the result of parsing
(the template or its problems) together with the sha256 of the bytes it came from, the source
and folder it was read as, and a fingerprint of the parser itself. A file is only re-parsed when
any of those differ, so an edited template, a moved one or a new app version is always read
afresh.

Each entry also remembers the file's modification time, size and status change time (ctime,
which every write and every change of permissions moves and no tool can set back). When all
three are unchanged the file is not even read or hashed: that is what makes a start with 1,000
templates cost little more than listing their folders. The stamp is only remembered when the
file was last changed well before it was read (``RACY_NS``): a file written twice within one
tick of a coarse file-system clock (2 s on FAT drives) can keep its stamp while its text
changes, and such a file is always read and hashed instead, so the content hash a run records is
always the one of the text that was used.

The cache is a single ``marshal`` file of plain tuples, strings and numbers in the per-user cache
folder: data, never code (``marshal`` builds only those plain values and runs nothing), and it is
read with one call instead of one JSON object a template. If it is missing, damaged, from another
parser version or unwritable, the library simply parses everything, as without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from desktop.core import paths
from desktop.core.templates import format as fmt
from desktop.core.templates.format import Problem, Template

log = logging.getLogger(__name__)
CACHE_NAME = "template-cache.bin"
_OLD_CACHE_NAME = "template-cache.json"  # the JSON cache of earlier versions, removed when this one is written
_FORMAT = 2  # bumped whenever the layout of an entry changes
_MARSHAL_VERSION = 4
_PARSER_MODULES = ("format", "parse", "fields", "reader", "yaml_events", "plain_yaml", "render", "cache")
# A file modified less than this long before it was read may change again within the same clock
# tick without its stamp changing, so its stamp is not trusted (see the module docstring).
RACY_NS = 3_000_000_000

Stamp = tuple[int, int, int]  # (mtime_ns, size, ctime_ns), as the library's folder scan gives it
Parsed = tuple[Template | None, list[Problem]]
# (content hash, source, folder hint, trusted stamp or None, template tuple or None, ((line, message), ...))
_Entry = tuple[str, str, str, Stamp | None, tuple[Any, ...] | None, tuple[tuple[int | None, str], ...]]


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


def template_to_tuple(t: Template) -> tuple[Any, ...]:
    """The template as nested plain tuples (its path is the cache key, so it is left out)."""
    return (
        t.id, t.title, t.category, t.purpose, t.body,
        tuple((f.name, f.label, f.type, f.help, f.placeholder, f.required, f.default, f.min_length, f.max_length,
               f.options, f.untrusted, f.min, f.max) for f in t.fields),
        t.tier, t.tags,
        (t.output.max_words, t.output.max_tokens, t.output.sections, t.output.format),
        tuple((item.text, item.required) for item in t.checklist),
        (t.checks.min_words, t.checks.max_words, t.checks.sections, t.checks.banned_phrases, t.checks.keywords,
         t.checks.labels, t.checks.json),
        t.example_output, t.version,
        tuple((h.version, h.date, h.note) for h in t.history),
        tuple((case.name, case.fields, case.expect) for case in t.tests),
        t.source, t.content_hash, t.overrides, t.unavailable, t.reviewer,
    )


def template_from_tuple(data: tuple[Any, ...], path: Path) -> Template:
    """The inverse of ``template_to_tuple``; ``path`` is the file the template was read from."""
    (ident, title, category, purpose, body, fields, tier, tags, output, checklist, checks, example, version,
     history, tests, source, content_hash, overrides, unavailable, reviewer) = data
    return Template(
        ident, title, category, purpose, body, tuple([fmt.Field(*f) for f in fields]), tier, tags,
        fmt.OutputSpec(*output), tuple([fmt.ChecklistItem(*item) for item in checklist]), fmt.Checks(*checks),
        example, version, tuple([fmt.HistoryEntry(*h) for h in history]),
        tuple([fmt.TestCase(*case) for case in tests]), source, path,
        content_hash, overrides, unavailable, reviewer,
    )


def _stamp_if_settled(stamp: Stamp | None) -> Stamp | None:
    """``stamp`` when the file was last modified long enough ago to be trusted next time."""
    if stamp is None or stamp[1] < 0:
        return None
    age = time.time_ns() - max(stamp[0], stamp[2])
    return stamp if age > RACY_NS else None


class ParseCache:
    """Parsed results by file path, valid while the bytes, source, folder and parser match."""

    def __init__(self, file: Path | None = None) -> None:
        self.file = file
        self.fingerprint = parser_fingerprint()
        self._entries: dict[str, _Entry] = {}
        self._dirty = False
        self._loaded = False

    def _load(self) -> None:
        self._loaded = True
        if self.file is None:
            self.file = paths.cache_dir() / CACHE_NAME
        try:
            data = marshal.loads(self.file.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return
        if (isinstance(data, tuple) and len(data) == 3 and data[0] == _FORMAT and data[1] == self.fingerprint
                and isinstance(data[2], dict)):
            self._entries = data[2]

    def _result(self, path: Path, entry: _Entry) -> Parsed | None:
        try:
            template = template_from_tuple(entry[4], path) if entry[4] is not None else None
            problems = [Problem(path, line, message) for line, message in entry[5]]
        except (TypeError, ValueError, IndexError):
            return None
        return template, problems

    def lookup(self, path: Path, stamp: Stamp, source: str, hint: str) -> Parsed | None:
        """The cached result when the file's stamp shows it unchanged: no need to read it at all."""
        if not self._loaded:
            self._load()
        entry = self._entries.get(str(path))
        try:
            if entry is None or entry[3] is None or tuple(entry[3]) != stamp or (entry[1], entry[2]) != (source, hint):
                return None
        except (TypeError, IndexError):
            return None
        return self._result(path, entry)

    def get(self, path: Path, content_hash: str, source: str, hint: str,
            stamp: Stamp | None = None) -> Parsed | None:
        """The cached result for these exact bytes; remembers ``stamp`` for next time if it is settled."""
        if not self._loaded:
            self._load()
        key = str(path)
        entry = self._entries.get(key)
        try:
            if entry is None or (entry[0], entry[1], entry[2]) != (content_hash, source, hint):
                return None
        except (TypeError, IndexError):
            return None
        result = self._result(path, entry)
        settled = _stamp_if_settled(stamp)
        if result is not None and settled != entry[3]:
            self._entries[key] = (entry[0], entry[1], entry[2], settled, entry[4], entry[5])
            self._dirty = True
        return result

    def put(self, path: Path, content_hash: str, source: str, hint: str, result: Parsed,
            stamp: Stamp | None = None) -> None:
        """Remember ``result`` for these bytes; ``stamp`` is what the file's stat showed before reading."""
        if not self._loaded:
            self._load()  # keep what is stored for other files
        template, problems = result
        self._entries[str(path)] = (
            content_hash, source, hint, _stamp_if_settled(stamp),
            template_to_tuple(template) if template is not None else None,
            tuple((p.line, p.message) for p in problems),
        )
        self._dirty = True

    def keep_only(self, live: set[Path], roots: list[Path]) -> None:
        """Forget files under ``roots`` that are gone, so the cache does not grow for ever."""
        names = {str(path) for path in live}
        prefixes = tuple(str(root) + os.sep for root in roots)
        stale = [name for name in self._entries if name.startswith(prefixes) and name not in names]
        for name in stale:
            del self._entries[name]
        self._dirty = self._dirty or bool(stale)

    def _storable_entries(self) -> dict[str, _Entry]:
        """The entries marshal can hold; a file whose values it cannot is simply parsed each time."""
        storable: dict[str, _Entry] = {}
        for name, entry in self._entries.items():
            try:
                marshal.dumps(entry, _MARSHAL_VERSION)
            except ValueError:
                log.debug("Template %s is not cached: it holds a value the cache cannot store.", name)
                continue
            storable[name] = entry
        return storable

    def save(self) -> None:
        if not self._dirty or self.file is None:
            return
        self._dirty = False
        try:
            payload = marshal.dumps((_FORMAT, self.fingerprint, self._entries), _MARSHAL_VERSION)
        except ValueError:
            payload = marshal.dumps((_FORMAT, self.fingerprint, self._storable_entries()), _MARSHAL_VERSION)
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=self.file.parent, prefix=".template-cache-", suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                out.write(payload)
            os.replace(temp, self.file)
            with contextlib.suppress(OSError):
                (self.file.parent / _OLD_CACHE_NAME).unlink(missing_ok=True)
        except OSError as exc:
            log.info("Template cache not saved (%s); the library still works without it.", exc)
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(temp)
