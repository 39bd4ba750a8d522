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


def _seed_month(folder: Path, now: object) -> None:
    """Four members' November, with more proposal drafts in the last week and some thumbs down."""
    import random
    from datetime import timedelta

    from desktop.core.context import AppContext
    from desktop.core.run import DONE, FAILED, WAITING, Run
    from desktop.core.settings import UserSettings
    from desktop.core.usage import sync
    from desktop.core.usage.ledger import open_ledger

    home = Path(os.environ["PROMPTDESK_HOME"])
    rng = random.Random(7)
    for index, member in enumerate(("Sam Rivera", *screenshots._TEAMMATES)):
        settings = UserSettings()
        settings.set("name", member)
        settings.set("team_dir", str(folder))
        context = AppContext(settings)
        context.__dict__["ledger"] = open_ledger(home / f"ledger-{index}.db")
        for day in range(1, now.day + 1):  # type: ignore[attr-defined]
            for _ in range(rng.randint(1, 5)):
                template_id, title, tier, cost = rng.choice(screenshots._USAGE_MIX)
                if template_id == "proposal-draft" and day < now.day - 7:  # type: ignore[attr-defined]
                    cost *= 0.4  # proposals took off in the last week
                status = FAILED if rng.random() < 0.04 else WAITING if rng.random() < 0.01 else DONE
                started = now.replace(day=day, hour=rng.randint(8, 17)) - timedelta(hours=0)  # type: ignore[attr-defined]
                context.ledger.record(Run(
                    user=member, template_id=template_id, template_title=title, tier=tier, provider="anthropic",
                    model=screenshots._MODELS[tier], status=status, actual_cost=cost * rng.uniform(25, 70),
                    approved=rng.random() < 0.7, feedback=-1 if rng.random() < (0.25 if tier == "quick" else 0.05)
                    else 0, started_at=started.isoformat(timespec="milliseconds")))
        assert sync.sync_now(context).ok


@screen("team-dashboard")
def team_dashboard(studio: Studio) -> object:
    """A month of a team of four, seen by the operator."""
    from datetime import UTC, datetime

    from desktop.gui.team_dashboard import TeamDashboard

    folder = _team_folder()
    now = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
    _seed_month(folder, now)
    window = studio.window()
    window.context.settings.set("team_dir", str(folder))
    window.context.reload_team()
    dashboard = TeamDashboard(window.context, window, now=now)
    dashboard.resize(1000, 860)
    studio.wait(lambda: dashboard.board is not None)
    return dashboard


def main(argv: list[str]) -> int:
    """One screen: handed to ``screenshots.main``; several: one process each, as it does."""
    names = [a for a in argv if a in screenshots.SCREENS] or list(TEAM_NAMES)
    flags = [a for a in argv if a not in screenshots.SCREENS]
    if len(names) == 1:
        return screenshots.main([*names, *flags])
    import subprocess

    for name in names:
        subprocess.run([sys.executable, __file__, name, *flags], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
