"""Set up your team: an empty folder set up by the operator, settings checked and saved with the
file's comments kept, a member who joins sees them read-only, and their budget and alerts reach
the member's window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core import team_file
from desktop.core.context import AppContext
from desktop.core.run import DONE, Run
from desktop.core.settings import UserSettings
from desktop.core.team_settings import read_team_settings
from desktop.core.usage import sync
from desktop.gui.alert_banner import AlertBanner
from desktop.gui.team_setup_dialog import TeamSetupDialog


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def person(name: str, team_dir: Path | None = None) -> AppContext:
    settings = UserSettings()
    settings.set("name", name)
    settings.set("first_run_done", True)
    if team_dir is not None:
        settings.set("team_dir", str(team_dir))
    return AppContext(settings)


def open_dialog(qtbot, context: AppContext, **kw: object) -> TeamSetupDialog:
    dialog = TeamSetupDialog(context, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    if context.team_dir is not None:
        qtbot.waitUntil(lambda: dialog.state is not None, timeout=10_000)
    return dialog


def set_up_harbour(qtbot, folder: Path) -> TeamSetupDialog:
    dialog = open_dialog(qtbot, person("dana"))
    assert dialog.picker.isVisible() and not dialog.form_area.isVisible()
    dialog.picker.edit.setText(str(folder))
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.setup_button.click()
    assert (folder / "team.toml").is_file() and (folder / "prompts").is_dir()
    assert dialog.form_area.isVisible() and dialog.state is not None and dialog.state.editable
    dialog.name.setText("Harbour Design")
    dialog.budget.setValue(300)
    dialog.budgets.add_row("sam", 40)
    dialog.thresholds.setText("50, 90")
    dialog.approval.setValue(0.25)
    dialog.terms.setPlainText("Project Falcon\nBluefin")
    dialog.shared_audit.setChecked(True)
    quick = dialog.tiers.boxes["quick"]
    quick.setCurrentIndex(2)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    return dialog


def test_operator_sets_up_an_empty_folder_and_the_settings_are_saved_checked(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "Team drive"
    folder.mkdir()
    dialog = set_up_harbour(qtbot, folder)
    team = read_team_settings(folder)
    pinned = dialog.tiers.boxes["quick"].itemData(2)
    assert team.problems == [] and team.name == "Harbour Design" and team.monthly_budget == 300
    assert team.personal_budgets == {"sam": 40} and team.alert_thresholds == [50, 90]
    assert team.approval_threshold == 0.25 and team.sensitive_terms == ["Project Falcon", "Bluefin"]
    assert team.shared_audit is True and (team.tiers["quick"].provider, team.tiers["quick"].model) == pinned
    assert "reasoning" not in team.tiers  # left at Promptdesk's choice: not written
    text = (folder / "team.toml").read_text(encoding="utf-8")
    assert "# Words always hidden before anything is sent" in text  # the file's explanations stay
    assert "Saved." in dialog.notice.text()
    qtbot.waitUntil(lambda: dialog.state is not None and dialog.state.team.tiers.get("quick") is not None)
    assert dialog.tiers.boxes["quick"].currentData() == pinned  # the pinned model is the one shown
    assert dialog.tiers.boxes["reasoning"].currentIndex() == 0


def test_the_terms_box_shows_what_the_typed_terms_hide(qtbot, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, person("dana"))
    dialog.terms.setPlainText("Project Falcon")
    dialog.tester.sample.setText("Project Falcon starts on Monday")
    with qtbot.waitSignal(dialog.tester.tested, timeout=10_000) as sent:
        dialog.tester.button.click()
    assert "Project Falcon" not in sent.args[0] and "starts on Monday" in sent.args[0]
    assert "Would be sent as:" in dialog.tester.result.text()


def test_a_value_that_cannot_be_used_is_refused_before_saving(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    team_file.init_team_folder(folder)
    dialog = open_dialog(qtbot, person("dana", folder))
    before = (folder / "team.toml").read_text(encoding="utf-8")
    dialog.thresholds.setText("50, 5000")
    with qtbot.waitSignal(dialog.save_failed) as failed:
        dialog.save()
    assert "between 1 and 1000" in failed.args[0] and dialog.notice.isVisible()
    assert (folder / "team.toml").read_text(encoding="utf-8") == before


def test_a_member_sees_the_settings_read_only_and_gets_the_budget_and_alerts(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "Team drive"
    folder.mkdir()
    set_up_harbour(qtbot, folder)
    sam = person("sam", folder)
    view = open_dialog(qtbot, sam, editable=False)
    assert "Only your operator can change this" in view.intro.text()
    assert not view.budget.isEnabled() and view.budget.value() == 300 and view.terms.isReadOnly()
    assert not view.buttons.button(QDialogButtonBox.StandardButton.Save).isVisible()
    assert view.budgets.budgets() == {"sam": 40.0} and not view.budgets.add_button.isVisible()

    # Sam spends $25 of a $40 personal budget this month: the 50% alert reaches Sam's window.
    sam.ledger.record(Run(user="sam", template_id="status-note", status=DONE, tier="quick", actual_cost=25.0,
                          started_at=datetime.now(UTC).isoformat(timespec="milliseconds")))
    assert sync.sync_now(sam).ok
    assert sam.team.personal_budgets == {"sam": 40.0} and sam.sending_blocked == ""
    banner = AlertBanner(sam)
    qtbot.addWidget(banner)
    banner.show()
    with qtbot.waitSignal(banner.alerts_changed, timeout=10_000):
        banner.check()
    texts = [row.label.text() for row in banner._rows.values()]
    assert any("You have used 50% of your $40 budget this month" in text for text in texts), texts


def test_a_clash_with_a_change_saved_meanwhile_is_shown_and_can_be_replaced(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    team_file.init_team_folder(folder)
    dialog = open_dialog(qtbot, person("dana", folder))
    team_file.save_edits(folder, [team_file.edit_from_text("monthly_budget", "500")], team_file.read_text(folder))
    dialog.budget.setValue(250)
    with qtbot.waitSignal(dialog.save_failed) as failed:
        dialog.save()
    assert "monthly_budget is now 500 (it was 0)" in failed.args[0]
    box = dialog.conflict_box
    keep = next(b for b in box.buttons() if b.text() == "Keep my changes")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        keep.click()
    assert read_team_settings(folder).monthly_budget == 250


def test_the_main_window_menu_opens_the_team_set_up(qtbot, tmp_path: Path) -> None:
    from tests.gui.test_main_window_support import open_window

    folder = tmp_path / "team"
    team_file.init_team_folder(folder, "Harbour")
    window = open_window(qtbot, person("dana", folder))
    action = next(a for menu in window.menuBar().actions() for a in menu.menu().actions() if "team" in a.text())
    action.trigger()
    dialog = window.team_dialog
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=10_000)
    assert dialog.isVisible() and dialog.name.text() == "Harbour" and dialog.state.editable
    dialog.close()


@pytest.mark.parametrize("text", ['[tiers]\nreasoning = "claude-opus"\n', "x = " + "[" * 5000 + "]" * 5000 + "\n",
                                  'sensitive_terms = "Project Falcon"\napproval_threshold = nan\n'])
def test_the_app_starts_with_a_broken_team_file_and_says_why_nothing_is_sent(qtbot, team_dir: Path, text) -> None:
    from desktop.gui import app as gui_app
    from tests.gui.test_main_window_support import open_window

    (team_dir / "team.toml").write_text(text, encoding="utf-8")
    gui_app.startup_problems.clear()
    try:
        context = gui_app.load_context()
        window = open_window(qtbot, context)
        assert window.isVisible()
        blocked = context.sending_blocked
        if "tiers" in text and "nan" not in text:
            assert blocked == "" and gui_app.startup_problems == []  # a tier typo weakens no protection
        else:
            assert gui_app.startup_problems == [blocked] and "nothing is sent until" in blocked
            assert "Traceback" not in blocked
    finally:
        gui_app.startup_problems.clear()


def test_a_team_folder_that_cannot_be_reached_is_said_plainly(qtbot, tmp_path: Path) -> None:
    dialog = TeamSetupDialog(person("dana", tmp_path / "gone"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.notice.isVisible, timeout=10_000)
    assert "cannot be reached" in dialog.notice.text() and not dialog.setup_button.isVisible()


def test_settings_offers_the_team_set_up(qtbot, tmp_path: Path) -> None:
    from desktop.gui.settings_dialog import SettingsDialog

    folder = tmp_path / "team"
    team_file.init_team_folder(folder, "Harbour")
    settings = SettingsDialog(person("dana", folder))
    qtbot.addWidget(settings)
    settings.team_setup_button.click()
    qtbot.waitUntil(lambda: settings.team_setup.state is not None, timeout=10_000)
    assert settings.team_setup.name.text() == "Harbour"
    settings.team_setup.close()
