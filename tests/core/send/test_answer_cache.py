"""The answer cache: same request within the lifetime hits, anything different or older misses."""

from __future__ import annotations

from pathlib import Path

from desktop.core import paths
from desktop.core.send.answer_cache import AnswerCache, cache_key

STORED = {"provider": "anthropic", "model": "m-20260101", "text": "Hi [PERSON_1]", "stop_reason": "end_turn",
          "input_tokens": 10, "output_tokens": 3}


def test_identical_request_within_lifetime_is_answered_from_the_file_in_the_cache_folder() -> None:
    clock = [1_000_000.0]
    cache = AnswerCache(clock=lambda: clock[0])
    key = cache_key("anthropic", "m-20260101", "Greet [PERSON_1]", 100, {"temperature": 0})
    cache.put(key, **STORED)
    clock[0] += 3600 * 23
    hit = AnswerCache(clock=lambda: clock[0]).get(key, max_age_hours=24)  # a new instance: it is on disk
    assert hit is not None and hit.text == "Hi [PERSON_1]" and hit.output_tokens == 3
    assert cache.path.parent == paths.cache_dir() and cache.path.exists()


def test_older_than_the_lifetime_or_lifetime_zero_is_a_miss() -> None:
    clock = [1_000_000.0]
    cache = AnswerCache(clock=lambda: clock[0])
    key = cache_key("anthropic", "m", "t", 100)
    cache.put(key, **STORED)
    assert cache.get(key, max_age_hours=0) is None
    clock[0] += 3600 * 2 + 1
    assert cache.get(key, max_age_hours=2) is None
    assert cache.purge(max_age_hours=2) == 1


def test_key_changes_with_provider_model_text_limit_and_parameters() -> None:
    base = cache_key("anthropic", "m", "text", 100, {"temperature": 0})
    assert base == cache_key("anthropic", "m", "text", 100, {"temperature": 0})
    others = [
        cache_key("openai", "m", "text", 100, {"temperature": 0}),
        cache_key("anthropic", "m2", "text", 100, {"temperature": 0}),
        cache_key("anthropic", "m", "text ", 100, {"temperature": 0}),
        cache_key("anthropic", "m", "text", 101, {"temperature": 0}),
        cache_key("anthropic", "m", "text", 100, {"temperature": 1}),
    ]
    assert base not in others and len(set(others)) == len(others)


def test_unreadable_cache_file_is_a_miss_not_an_error(tmp_path: Path) -> None:
    broken = tmp_path / "answers.db"
    broken.write_bytes(b"this is not a database" * 100)
    cache = AnswerCache(broken)
    cache.put("k", **STORED)
    assert cache.get("k", max_age_hours=24) is None


def test_the_cache_has_named_migrations_and_an_older_file_keeps_its_answers(tmp_path: Path) -> None:
    """A file from before the migrations were named holds the table already: it is adopted, not rebuilt."""
    import sqlite3

    from desktop.core.send.answer_cache import MIGRATIONS
    from desktop.core.usage.migrations import applied_names

    older = tmp_path / "answers.db"
    with sqlite3.connect(older) as conn:
        conn.execute("CREATE TABLE answers (key TEXT PRIMARY KEY, created REAL NOT NULL, provider TEXT NOT NULL, "
                     "model TEXT NOT NULL, text TEXT NOT NULL, stop_reason TEXT NOT NULL, "
                     "input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL)")
        conn.execute("INSERT INTO answers VALUES ('k', 1000, 'anthropic', 'm', 'kept', 'end_turn', 1, 1)")
    conn.close()
    hit = AnswerCache(older, clock=lambda: 1000.0).get("k", max_age_hours=1)
    assert hit is not None and hit.text == "kept"
    with sqlite3.connect(older) as conn:
        assert applied_names(conn) == [m.name for m in MIGRATIONS] == ["0001_answers"]
    conn.close()
