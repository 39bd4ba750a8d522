"""Drafts of what a person typed: written atomically, private to them, read back whole."""

from __future__ import annotations

import os
import stat

from desktop.core.documents.model import FROM_FILES_KEY, FileText
from desktop.core.drafts import draft_path, read_all_drafts, read_draft, write_draft


def test_a_draft_is_read_back_with_text_from_a_file_still_marked_as_such() -> None:
    write_draft("meeting/summary", {"notes": FileText("Minutes of Tuesday", "minutes.pdf"), "audience": "Team"})
    saved = read_draft("meeting/summary")
    assert saved["notes"] == "Minutes of Tuesday" and saved["audience"] == "Team"
    assert saved[FROM_FILES_KEY] == {"notes": "minutes.pdf"}
    assert draft_path("meeting/summary").name == "meeting_summary.json"
    assert read_all_drafts() == {"meeting_summary": saved}


def test_a_draft_file_is_private_and_a_damaged_one_reads_as_empty() -> None:
    write_draft("cold-email", {"prospect": "Northwind"})
    path = draft_path("cold-email")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.write_text("{not json", encoding="utf-8")
    assert read_draft("cold-email") == {}
    assert read_all_drafts() == {}
    assert not list(path.parent.glob("*.tmp*"))
