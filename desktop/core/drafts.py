"""What a person typed into a template's form, kept on disk until it is sent or cleared.

A draft holds typed text (often personal data), so it lives in this user's private data folder
(0700) in a file only they can read (0600), written atomically so a crash mid-write leaves the
previous draft, never half of one. Text read from a file is remembered as such
(``values_for_saving``), so it is still outside content after a restart.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop.core import paths
from desktop.core.documents.model import values_for_saving
from desktop.core.files import atomic_write_text


def drafts_dir() -> Path:
    return paths.data_dir() / "drafts"


def draft_key(template_id: str) -> str:
    """The draft's file stem for ``template_id`` (any character a file name cannot hold replaced)."""
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in template_id)


def draft_path(template_id: str) -> Path:
    return drafts_dir() / f"{draft_key(template_id)}.json"


def write_draft(template_id: str, values: dict[str, Any]) -> None:
    """Write a template's values to its draft file atomically (call it off the UI thread)."""
    atomic_write_text(draft_path(template_id), json.dumps(values_for_saving(values), ensure_ascii=False),
                      mode=0o600)


def read_draft(template_id: str) -> dict[str, Any]:
    """The saved values of one template; empty when there is none or it cannot be read."""
    try:
        data = json.loads(draft_path(template_id).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def read_all_drafts() -> dict[str, dict[str, Any]]:
    """Every saved draft, draft key → values (call it off the UI thread)."""
    drafts: dict[str, dict[str, Any]] = {}
    folder = drafts_dir()
    if not folder.is_dir():
        return drafts
    for path in folder.glob("*.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict):
            drafts[path.stem] = data
    return drafts
