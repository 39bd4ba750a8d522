"""Shared set-up for the main-flow GUI tests (no tests here): template files and an open window.

Templates are written as real files in the test's team folder and personal folder, so the real
library parses them; the window is the real ``MainWindow`` on a real ``AppContext``.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from desktop.core import paths
from desktop.core.context import AppContext
from desktop.core.settings import UserSettings

EVERY_FIELD = """\
---
title: Every field form
category: Testing
tier: execution
version: 2
purpose: A form with one field of each type.
tags: [form, fields]
fields:
  - {name: subject, label: Subject, type: short_text, required: true, help: One line., max_length: 80}
  - {name: notes, label: Notes, type: long_text, min_length: 10, help: Paste anything long here.}
  - {name: tone, label: Tone, type: choice, options: [Friendly, Formal], default: Formal}
  - {name: channels, label: Channels, type: multi_choice, options: [Email, Phone, Chat]}
  - {name: count, label: How many, type: number, min: 1, max: 10}
  - {name: due, label: Due date, type: date}
  - {name: urgent, label: Urgent, type: checkbox}
checklist:
  - The answer names the subject
  - text: Nothing invented
    required: true
history:
  - {version: 2, date: 2026-03-01, note: Second}
---
Write about {{subject}} in a {{tone}} tone.
Notes: {{notes}}
Channels: {{channels}}; count {{count}}; due {{due}}; urgent {{urgent}}.
"""

NOTE_TEMPLATE = """\
---
title: {title}
category: {category}
tier: {tier}
version: 1
purpose: {purpose}
tags: [{tags}]
fields:
  - {{name: text, label: Text, type: long_text, required: true{untrusted}}}
checklist:
  - text: I read the whole answer
    required: true
history:
  - {{version: 1, date: 2026-01-01, note: First}}
---
{body}

<text>
{{{{text}}}}
</text>
"""


def note_template(title: str, *, category: str = "Testing", tier: str = "execution", purpose: str = "Testing.",
                  tags: str = "test", untrusted: bool = False, body: str = "Answer this briefly.") -> str:
    return NOTE_TEMPLATE.format(title=title, category=category, tier=tier, purpose=purpose, tags=tags,
                                untrusted=", untrusted: true" if untrusted else "", body=body)


def write_template(folder: Path, template_id: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{template_id}.md"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def personal_folder() -> Path:
    return paths.personal_prompts_dir()


def make_context(**settings: object) -> AppContext:
    """A context whose user finished the welcome (unless told otherwise)."""
    values = {"first_run_done": True, "name": "Test User"}
    values.update(settings)
    user = UserSettings()
    for key, value in values.items():
        user.set(key, value)
    return AppContext(user)


def open_window(qtbot, context: AppContext | None = None):  # type: ignore[no-untyped-def]
    """The real main window, shown, with its library loaded."""
    from desktop.gui.main_window import MainWindow

    window = MainWindow(context or make_context())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.library_loaded, timeout=10_000):
        window.show()
        window.after_shown()
    qtbot.waitExposed(window)
    return window


def wait_idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Wait until every background task has finished (so none outlives its test)."""
    from desktop.gui import worker

    qtbot.waitUntil(lambda: not worker._ACTIVE, timeout=15_000)
