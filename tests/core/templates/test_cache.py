"""The parse cache: a restart with unchanged files reuses parsed results; any change re-reads."""

from __future__ import annotations

import hashlib
import marshal
import os
import time
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.templates import cache as template_cache
from desktop.core.templates.cache import (
    CACHE_NAME,
    RACY_NS,
    ParseCache,
    template_from_tuple,
    template_to_tuple,
)
from desktop.core.templates.library import Library, load_library

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "templates"
HELLO = "---\ntitle: Hello\npurpose: Greet.\n---\nSay hello.\n"


def cache_file() -> Path:
    return paths.cache_dir() / CACHE_NAME


def plant(path: Path, title: str, *, parser: str | None = None, content_hash: str | None = None) -> None:
    """Change what the cache holds for ``path``: a load that shows it has used the cache."""
    form, fingerprint, entries = marshal.loads(cache_file().read_bytes())
    entry = list(entries[str(path)])
    template = list(entry[4])
    template[1] = title
    if content_hash is not None:
        entry[0] = template[16] = content_hash
    entry[4] = tuple(template)
    entries[str(path)] = tuple(entry)
    cache_file().write_bytes(marshal.dumps((form, parser or fingerprint, entries)))


def plant_title(path: Path, title: str, *, parser: str | None = None) -> None:
    plant(path, title, parser=parser)


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file counts as last changed long ago (a test cannot move a file's ctime back)."""
    monkeypatch.setattr(template_cache, "RACY_NS", -(2**62))


def test_every_bundled_template_survives_the_round_trip_through_the_cache() -> None:
    library = Library([("bundled", paths.bundled_prompts_dir())])
    assert library.templates
    for template in library.templates:
        stored = marshal.loads(marshal.dumps(template_to_tuple(template)))
        assert template_from_tuple(stored, template.path) == template


def test_a_second_load_reads_the_cache_and_an_edit_is_read_afresh(tmp_path: Path) -> None:
    folder = tmp_path / "prompts"
    folder.mkdir()
    path = folder / "hello.md"
    path.write_text(HELLO, encoding="utf-8")
    first = load_library(bundled=folder)
    assert first.get("hello").title == "Hello"
    plant_title(path, "From the cache")
    assert load_library(bundled=folder).get("hello").title == "From the cache"
    path.write_text("---\ntitle: Hello again\npurpose: Greet.\n---\nSay hello.\n", encoding="utf-8")
    assert load_library(bundled=folder).get("hello").title == "Hello again"


def test_a_settled_unchanged_file_is_not_read_again(tmp_path: Path, settled: None) -> None:
    """Same stamp as when it was cached: the cached result is used without reading or hashing the file."""
    folder = tmp_path / "prompts"
    folder.mkdir()
    path = folder / "hello.md"
    path.write_text(HELLO, encoding="utf-8")
    load_library(bundled=folder)
    load_library(bundled=folder)  # the stamp is remembered once the file has settled
    plant(path, "From the cache", content_hash="0" * 64)
    template = load_library(bundled=folder).get("hello")
    assert (template.title, template.content_hash) == ("From the cache", "0" * 64)


def test_an_edit_keeping_time_and_size_is_seen_by_its_status_change_time(tmp_path: Path, settled: None) -> None:
    """A copy that keeps the old modification time (cp -p, unzip) still changes the file's ctime."""
    folder = tmp_path / "prompts"
    folder.mkdir()
    path = folder / "hello.md"
    path.write_text(HELLO, encoding="utf-8")
    load_library(bundled=folder)
    load_library(bundled=folder)
    stamp = path.stat()
    edited = HELLO.replace("Hello", "Jello").encode("utf-8")
    path.write_bytes(edited)
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    if path.stat().st_ctime_ns == stamp.st_ctime_ns:
        pytest.skip("this file system's clock did not tick between the two writes")
    template = load_library(bundled=folder).get("hello")
    assert template.title == "Jello"
    assert template.content_hash == hashlib.sha256(edited).hexdigest()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file")
def test_a_cached_file_made_unreadable_is_a_plain_problem(tmp_path: Path, settled: None) -> None:
    folder = tmp_path / "prompts"
    folder.mkdir()
    path = folder / "hello.md"
    path.write_text(HELLO, encoding="utf-8")
    load_library(bundled=folder)
    load_library(bundled=folder)
    before = path.stat().st_ctime_ns
    path.chmod(0)
    try:
        if path.stat().st_ctime_ns == before:
            pytest.skip("this file system's clock did not tick between the write and the change of permissions")
        library = load_library(bundled=folder)
    finally:
        path.chmod(0o644)
    assert library.get("hello") is None
    assert "not allowed to read" in library.problems[0].message


def test_an_edit_of_the_same_size_right_after_caching_is_still_seen(tmp_path: Path) -> None:
    """A file cached just after it was written may change again within one clock tick: it is hashed."""
    folder = tmp_path / "prompts"
    folder.mkdir()
    path = folder / "hello.md"
    path.write_text(HELLO, encoding="utf-8")
    stamp = path.stat()
    assert time.time_ns() - stamp.st_mtime_ns < RACY_NS
    load_library(bundled=folder)
    edited = HELLO.replace("Hello", "Jello").encode("utf-8")
    path.write_bytes(edited)
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))  # the clock did not tick between the writes
    template = load_library(bundled=folder).get("hello")
    assert template.title == "Jello"
    assert template.content_hash == hashlib.sha256(edited).hexdigest()


def test_a_settled_edit_that_changes_the_size_gets_its_own_content_hash(tmp_path: Path, settled: None) -> None:
    folder = tmp_path / "prompts"
    folder.mkdir()
    path = folder / "hello.md"
    path.write_text(HELLO, encoding="utf-8")
    load_library(bundled=folder)
    load_library(bundled=folder)
    edited = HELLO.replace("Greet.", "Greet warmly.").encode("utf-8")
    path.write_bytes(edited)
    for _ in range(2):
        template = load_library(bundled=folder).get("hello")
        assert template.purpose == "Greet warmly."
        assert template.content_hash == hashlib.sha256(edited).hexdigest()


def test_problems_are_cached_too_and_a_damaged_cache_is_ignored(tmp_path: Path) -> None:
    broken = FIXTURES / "broken"
    expected = Library([("team", broken)]).problems
    cached = Library([("team", broken)], cache=ParseCache())
    assert Library([("team", broken)], cache=ParseCache()).problems == cached.problems == expected
    for damage in (b"{ not marshal", b"", marshal.dumps((2, "x")), marshal.dumps((2, ParseCache().fingerprint,
                                                                                   {"a": 1}))):
        cache_file().write_bytes(damage)
        assert Library([("team", broken)], cache=ParseCache()).problems == expected


def test_a_damaged_entry_for_a_settled_file_is_parsed_afresh(tmp_path: Path, settled: None) -> None:
    folder = tmp_path / "prompts"
    folder.mkdir()
    path = folder / "hello.md"
    path.write_text(HELLO, encoding="utf-8")
    load_library(bundled=folder)
    form, fingerprint, entries = marshal.loads(cache_file().read_bytes())
    entry = entries[str(path)]
    entries[str(path)] = entry[:4] + (("too", "short"),) + entry[5:]
    cache_file().write_bytes(marshal.dumps((form, fingerprint, entries)))
    assert load_library(bundled=folder).get("hello").title == "Hello"


def test_a_cache_from_another_parser_version_is_not_trusted(tmp_path: Path) -> None:
    folder = tmp_path / "prompts"
    folder.mkdir()
    path = folder / "hello.md"
    path.write_text(HELLO, encoding="utf-8")
    load_library(bundled=folder)
    plant_title(path, "Stale", parser="an older parser")
    assert load_library(bundled=folder).get("hello").title == "Hello"


def test_a_template_holding_a_value_the_cache_cannot_store_is_left_out_and_the_rest_saved(tmp_path: Path) -> None:
    import dataclasses
    import datetime

    folder = tmp_path / "prompts"
    folder.mkdir()
    for name in ("one", "two"):
        (folder / f"{name}.md").write_text(HELLO, encoding="utf-8")
    library = Library([("bundled", folder)])
    one, two = library.get("one"), library.get("two")
    odd = dataclasses.replace(one, tags=(datetime.date(2026, 1, 1),))  # not a plain value marshal can hold
    cache = ParseCache()
    cache.put(one.path, one.content_hash, "bundled", "", (odd, []))
    cache.put(two.path, two.content_hash, "bundled", "", (two, []))
    cache.save()
    _, _, entries = marshal.loads(cache_file().read_bytes())
    assert set(entries) == {str(two.path)}
