"""AppContext: the library is loaded once, and read afresh when the folders change."""

from __future__ import annotations

from pathlib import Path

from desktop.core.context import AppContext
from desktop.core.settings import UserSettings

TEMPLATE = """---
title: Team note
purpose: A note in the team's words.
fields:
  - {name: topic, label: Topic}
---
Write a short note about {{topic}}.
"""


def test_reload_library_reads_the_new_team_folder_and_replaces_the_cached_library(tmp_path: Path) -> None:
    context = AppContext(UserSettings())
    before = context.library
    assert context.library is before and before.get("team-note") is None
    team = tmp_path / "team"
    (team / "prompts").mkdir(parents=True)
    (team / "prompts" / "team-note.md").write_text(TEMPLATE, encoding="utf-8")
    context.settings.set("team_dir", str(team))
    reloaded = context.reload_library()
    assert reloaded is not before and context.library is reloaded
    note = reloaded.get("team-note")
    assert note is not None and note.source == "team" and note.title == "Team note"
