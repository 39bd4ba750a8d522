"""The parse cache: a restart with unchanged files reuses parsed results; any change re-reads."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core import paths
from desktop.core.library import Library, load_library
from desktop.core.template_cache import CACHE_NAME, ParseCache, template_from_dict, template_to_dict

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "templates"


def cache_file() -> Path:
    return paths.cache_dir() / CACHE_NAME


def test_every_bundled_template_survives_the_round_trip_through_the_cache() -> None:
    library = Library([("bundled", paths.bundled_prompts_dir())])
    assert library.templates
    for template in library.templates:
        assert template_from_dict(json.loads(json.dumps(template_to_dict(template)))) == template


def test_a_second_load_reads_the_cache_and_an_edit_is_read_afresh(tmp_path: Path) -> None:
    folder = tmp_path / "prompts"
    folder.mkdir()
    path = folder / "hello.md"
    path.write_text("---\ntitle: Hello\npurpose: Greet.\n---\nSay hello.\n", encoding="utf-8")
    first = load_library(bundled=folder)
    assert first.get("hello").title == "Hello"
    # Plant a different title in the cache: if the next load shows it, the cache was used.
    data = json.loads(cache_file().read_text(encoding="utf-8"))
    data["files"][str(path)]["template"]["title"] = "From the cache"
    cache_file().write_text(json.dumps(data), encoding="utf-8")
    assert load_library(bundled=folder).get("hello").title == "From the cache"
    path.write_text("---\ntitle: Hello again\npurpose: Greet.\n---\nSay hello.\n", encoding="utf-8")
    assert load_library(bundled=folder).get("hello").title == "Hello again"


def test_problems_are_cached_too_and_a_damaged_cache_is_ignored(tmp_path: Path) -> None:
    broken = FIXTURES / "broken"
    expected = Library([("team", broken)]).problems
    cached = Library([("team", broken)], cache=ParseCache())
    assert Library([("team", broken)], cache=ParseCache()).problems == cached.problems == expected
    cache_file().write_text("{ not json", encoding="utf-8")
    assert Library([("team", broken)], cache=ParseCache()).problems == expected


def test_a_cache_from_another_parser_version_is_not_trusted(tmp_path: Path) -> None:
    folder = tmp_path / "prompts"
    folder.mkdir()
    (folder / "hello.md").write_text("---\ntitle: Hello\npurpose: Greet.\n---\nSay hello.\n", encoding="utf-8")
    load_library(bundled=folder)
    data = json.loads(cache_file().read_text(encoding="utf-8"))
    data["files"][str(folder / "hello.md")]["template"]["title"] = "Stale"
    data["parser"] = "an older parser"
    cache_file().write_text(json.dumps(data), encoding="utf-8")
    assert load_library(bundled=folder).get("hello").title == "Hello"
