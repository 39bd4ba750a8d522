"""Search over title, category, tags and purpose: every word must match, title matches first."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.templates.library import Library


def put(folder: Path, name: str, title: str, purpose: str, tags: str = "") -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: {title}\npurpose: {purpose}\ntags: [{tags}]\n---\nDo it.\n", encoding="utf-8")


@pytest.fixture
def library(tmp_path: Path) -> Library:
    put(tmp_path, "operations/meeting-summary.md", "Meeting summary", "Decisions and action items from a meeting.",
        "minutes, notes")
    put(tmp_path, "operations/task-extraction.md", "Task extraction", "Pull tasks out of any text, like a summary.",
        "todo")
    put(tmp_path, "sales/cold-email.md", "Cold email", "A first email to a prospect.", "outreach, prospecting")
    put(tmp_path, "sales/objection-response.md", "Objection response", "Answer a prospect's objection by email.",
        "pricing")
    put(tmp_path, "content/social-post.md", "Social post", "A LinkedIn or X post from a key message.", "linkedin")
    return Library([("bundled", tmp_path)])


def ids(found: list) -> list[str]:
    return [t.id for t in found]


def test_a_title_word_beats_a_mention_in_the_purpose(library: Library) -> None:
    assert ids(library.search("summ")) == ["meeting-summary", "task-extraction"]


def test_every_word_of_the_query_must_match_somewhere(library: Library) -> None:
    assert ids(library.search("email prospect")) == ["cold-email", "objection-response"]
    assert ids(library.search("email linkedin")) == []


def test_tags_and_categories_are_searched(library: Library) -> None:
    assert ids(library.search("minutes")) == ["meeting-summary"]
    assert set(ids(library.search("sales"))) == {"cold-email", "objection-response"}
    assert ids(library.search("PRICING")) == ["objection-response"]


def test_typing_letter_by_letter_narrows_to_the_template(library: Library) -> None:
    results = [ids(library.search("social"[:n]))[:1] for n in range(1, 7)]
    assert results[-1] == ["social-post"] and results[2] == ["social-post"]


def test_an_empty_query_lists_everything_in_library_order_and_limit_applies(library: Library) -> None:
    assert ids(library.search("")) == [t.id for t in library.templates]
    assert len(library.search("", limit=2)) == 2
    assert len(library.search("e", limit=1)) == 1


def test_a_misspelt_word_still_finds_the_template(library: Library) -> None:
    assert ids(library.search("meting")) == ["meeting-summary"]
    assert ids(library.search("objecton")) == ["objection-response"]


def test_punctuation_in_the_query_is_ignored(library: Library) -> None:
    assert ids(library.search("  cold-email!! ")) == ["cold-email"]
