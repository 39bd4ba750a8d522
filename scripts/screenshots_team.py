"""Screenshots of the operator's screens, taken the same way as ``scripts/screenshots.py``:

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python scripts/screenshots_team.py [NAME ...]

Kept in a file of its own so the team screens can change without touching the others.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import screenshots
from screenshots import Studio, screen

TEAM_NAMES = ("team-setup", "team-setup-member", "team-setup-empty", "team-dashboard")


def _team_folder(annotated: bool = True) -> Path:
    home = Path(os.environ["PROMPTDESK_HOME"])
    folder = home / "Team drive" / "Promptdesk"
    folder.mkdir(parents=True, exist_ok=True)
    if annotated:
        from desktop.core import team_file

        team_file.init_team_folder(folder, "Northwind Studio")
        edits = [team_file.edit_from_text(key, value) for key, value in (
            ("monthly_budget", "400"), ("personal_budgets.Sam Rivera", "60"), ("personal_budgets.Priya Shah", "120"),
            ("approval_threshold", "0.50"), ("sensitive_terms", "Project Falcon, Northwind, Bluefin"),
            ("shared_audit", "yes"), ("tiers.quick", "openai:gpt-4o-mini"))]
        team_file.save_edits(folder, edits, team_file.read_text(folder))
    return folder


def _dialog(studio: Studio, folder: Path | None, **kw: object):  # type: ignore[no-untyped-def]
    from desktop.gui.team_setup_dialog import TeamSetupDialog

    window = studio.window()
    if folder is not None:
        window.context.settings.set("team_dir", str(folder))
        window.context.reload_team()
    dialog = TeamSetupDialog(window.context, window, **kw)  # type: ignore[arg-type]
    dialog.resize(900, 860)
    if folder is not None:
        studio.wait(lambda: dialog.state is not None)
    return dialog


@screen("team-setup")
def team_setup(studio: Studio) -> object:
    """The operator's screen, with the terms box showing what is hidden."""
    dialog = _dialog(studio, _team_folder())
    dialog.tester.sample.setText("Project Falcon kick-off with Northwind on Monday")
    sent: list[str] = []
    dialog.tester.tested.connect(sent.append)
    dialog.tester.test()
    studio.wait(lambda: sent)
    return dialog


@screen("team-setup-member")
def team_setup_member(studio: Studio) -> object:
    """What a member sees: the same settings, read-only."""
    return _dialog(studio, _team_folder(), editable=False)


@screen("team-setup-empty")
def team_setup_empty(studio: Studio) -> object:
    """A new operator with no team folder yet."""
    return _dialog(studio, None)


if __name__ == "__main__":
    names = [name for name in sys.argv[1:] if not name.startswith("-")] or [n for n in TEAM_NAMES
                                                                         if n in screenshots.SCREENS]
    sys.exit(screenshots.main([*names, *[a for a in sys.argv[1:] if a.startswith("-")]]))
