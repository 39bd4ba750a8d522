"""Settings: name, team folder, sensitive words and the rest saved; API keys stored and tested."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLineEdit, QSpinBox

from desktop.core.context import AppContext
from desktop.core.paths import KEYRING_SERVICE
from desktop.core.settings import load_user_settings
from desktop.gui.settings_dialog import SettingsDialog
from desktop.gui.team_folder_picker import check_team_folder
from tests.helpers.fake_llm import FAKE_ANTHROPIC_KEY, FAKE_OPENAI_KEY, FakeLLMServer, Reply


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:
    """Background work ends before qtbot closes the widgets it reports to."""
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def _dialog(qtbot, context: AppContext | None = None) -> SettingsDialog:
    dialog = SettingsDialog(context or AppContext())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.keys_panel.sources_shown):  # read off the UI thread
        dialog.show()
    return dialog


def test_saves_name_team_folder_sensitive_words_and_declared_settings(qtbot, tmp_path: Path) -> None:
    team = tmp_path / "shared" / "team"
    team.mkdir(parents=True)
    (team / "team.toml").write_text('name = "Studio"\nmonthly_budget = 200.0\n', encoding="utf-8")
    dialog = _dialog(qtbot)
    name = dialog.editors["name"]
    assert isinstance(name, QLineEdit)
    name.setText("Ana Lima")
    with qtbot.waitSignal(dialog.team_picker.checked) as checked:
        dialog.team_picker.set_text(str(team))
    assert checked.args[0] is True and "Studio" in checked.args[1]
    dialog.editors["sensitive_terms"].setPlainText("Project Falcon\n\nAcme Corp\n")  # type: ignore[attr-defined]
    retention = dialog.editors["retention_days"]
    assert isinstance(retention, QSpinBox)
    retention.setValue(90)
    dialog.country.setCurrentIndex(dialog.country.findData("PT"))
    with qtbot.waitSignal(dialog.settings_changed):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    saved = load_user_settings()
    assert saved.name == "Ana Lima"
    assert saved.team_dir == str(team)
    assert saved.sensitive_terms == ["Project Falcon", "Acme Corp"]
    assert saved.retention_days == 90
    assert saved.country == "PT"
    assert dialog.context.team.name == "Studio"  # the team settings were reloaded
    assert not dialog.isVisible()


def test_more_page_is_built_from_the_declared_settings(qtbot) -> None:
    dialog = _dialog(qtbot)
    assert {"cache_hours", "retention_days", "local_base_url"} <= set(dialog.editors)
    assert not {"first_run_done", "favourites", "recent", "last_template"} & set(dialog.editors)


def test_team_folder_check_gives_plain_answers(tmp_path: Path) -> None:
    assert check_team_folder("").ok
    missing = check_team_folder(str(tmp_path / "nowhere"))
    assert not missing.ok and "does not exist" in missing.message
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    assert "is a file" in check_team_folder(str(tmp_path / "file.txt")).message
    empty = check_team_folder(str(tmp_path))
    assert empty.ok and "no team settings yet" in empty.message and "Set up your team" in empty.message
    (tmp_path / "team.toml").write_text("montly_budget = 5\n", encoding="utf-8")
    broken = check_team_folder(str(tmp_path))
    assert not broken.ok and "did you mean 'monthly_budget'" in broken.message


def test_a_home_folder_of_an_unknown_user_is_answered_in_plain_words() -> None:
    result = check_team_folder("~no-such-person-here/team")
    assert not result.ok and "does not exist on this computer" in result.message


def test_a_folder_check_that_breaks_says_so_instead_of_checking_forever(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.gui import team_folder_picker

    def broken(_text: str) -> object:
        raise RuntimeError("the drive went away mid-check")

    monkeypatch.setattr(team_folder_picker, "check_team_folder", broken)
    dialog = _dialog(qtbot)
    picker = dialog.team_picker
    with qtbot.waitSignal(picker.checked) as checked:
        picker.set_text(str(tmp_path))
    assert checked.args[0] is False
    assert "could not be checked" in picker.verdict.text() and "Checking" not in picker.verdict.text()


def test_a_keychain_that_breaks_while_keys_are_looked_up_is_said_plainly(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    from tests.helpers.memory_keyring import MemoryKeyring

    class BrokenKeyring(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise RuntimeError("the keychain service stopped answering")

    keyring.set_keyring(BrokenKeyring())
    dialog = _dialog(qtbot)
    for row in dialog.keys_panel.rows.values():
        assert "could not look in the system keychain" in row.source.text()


def test_team_folder_that_cannot_be_written_is_refused(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root can write in a read-only folder")
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = check_team_folder(str(folder))
    finally:
        folder.chmod(0o755)
    assert not result.ok and "cannot write" in result.message


def test_saving_a_key_puts_it_in_the_keychain(qtbot) -> None:
    dialog = _dialog(qtbot)
    row = dialog.keys_panel.rows["anthropic"]
    row.edit.setText(FAKE_ANTHROPIC_KEY)
    with qtbot.waitSignal(dialog.keys_panel.key_saved) as saved, qtbot.waitSignal(dialog.keys_panel.sources_shown):
        row.save_button.click()
    assert saved.args == ["anthropic"]
    assert keyring.get_password(KEYRING_SERVICE, "anthropic") == FAKE_ANTHROPIC_KEY
    assert row.edit.text() == ""
    assert "system keychain" in row.source.text()
    assert FAKE_ANTHROPIC_KEY not in row.status.text()


def test_dialog_save_stores_a_typed_key_before_closing(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.keys_panel.rows["openai"].edit.setText(FAKE_OPENAI_KEY)
    with qtbot.waitSignal(dialog.settings_changed):
        dialog.save()
    assert keyring.get_password(KEYRING_SERVICE, "openai") == FAKE_OPENAI_KEY


def test_without_a_keychain_the_key_can_be_kept_in_memory(qtbot) -> None:
    keyring.set_keyring(fail.Keyring())
    dialog = _dialog(qtbot)
    row = dialog.keys_panel.rows["anthropic"]
    row.edit.setText(FAKE_ANTHROPIC_KEY)
    with qtbot.waitSignal(row.save_button.clicked):
        row.save_button.click()
    qtbot.waitUntil(lambda: not row.memory_button.isHidden())
    assert "no system keychain" in row.status.text()
    with qtbot.waitSignal(dialog.keys_panel.key_saved):
        row.memory_button.click()
    assert dialog.context.keys.get("anthropic") == FAKE_ANTHROPIC_KEY
    assert dialog.context.keys.source("anthropic") == "kept in memory until Promptdesk closes"
    assert "until Promptdesk closes" in row.status.text()


def _test_key(qtbot, dialog: SettingsDialog, provider: str, key: str) -> list[object]:
    row = dialog.keys_panel.rows[provider]
    row.edit.setText(key)
    with qtbot.waitSignal(dialog.keys_panel.key_tested, timeout=20_000) as tested:
        row.test_button.click()
    return tested.args


def test_test_button_says_a_good_key_works_and_sends_it_to_the_provider(
        qtbot, fake_llm: FakeLLMServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_llm.url)
    monkeypatch.setenv("OPENAI_BASE_URL", fake_llm.url + "/v1")
    dialog = _dialog(qtbot)
    assert _test_key(qtbot, dialog, "anthropic", FAKE_ANTHROPIC_KEY) == [
        "anthropic", True, "The key works: Anthropic (Claude) answered."]
    assert fake_llm.requests[-1].path.startswith("/v1/models")
    headers = fake_llm.requests[-1].headers
    assert FAKE_ANTHROPIC_KEY in (headers.get("x-api-key"), headers.get("authorization", "").removeprefix("Bearer "))
    provider, ok, _message = _test_key(qtbot, dialog, "openai", FAKE_OPENAI_KEY)
    assert (provider, ok) == ("openai", True)
    assert fake_llm.requests[-1].headers["authorization"] == f"Bearer {FAKE_OPENAI_KEY}"
    assert "✓" in dialog.keys_panel.rows["openai"].status.text()


def test_test_button_says_plainly_when_the_key_is_refused(
        qtbot, fake_llm: FakeLLMServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_llm.url)
    fake_llm.queue(Reply(fault="401"))
    dialog = _dialog(qtbot)
    provider, ok, message = _test_key(qtbot, dialog, "anthropic", FAKE_ANTHROPIC_KEY)
    assert provider == "anthropic" and ok is False
    assert str(message).startswith("Anthropic (Claude) refused this key.")
    assert "console.anthropic.com" in str(message)
    assert "401" not in str(message) and "Traceback" not in str(message)


def test_test_button_says_when_the_provider_cannot_be_reached(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on once the probe is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("ANTHROPIC_BASE_URL", f"http://127.0.0.1:{port}")
    dialog = _dialog(qtbot)
    _provider, ok, message = _test_key(qtbot, dialog, "anthropic", FAKE_ANTHROPIC_KEY)
    assert ok is False and "Could not reach" in str(message)


def test_models_page_is_read_only_unless_the_team_allows_changes(qtbot, team_dir: Path) -> None:
    (team_dir / "team.toml").write_text(
        '[tiers.quick]\nprovider = "openai"\nmodel = "gpt-6-luna-2026-09-22"\n', encoding="utf-8")
    dialog = _dialog(qtbot)
    assert dialog.tier_boxes == {}
    dialog.close()

    (team_dir / "team.toml").write_text(
        '# The operator\'s notes stay.\nmembers_may_change_tiers = true\n[tiers.quick]\n'
        'provider = "openai"  # chosen in March\nmodel = "gpt-6-luna-2026-09-22"\n', encoding="utf-8")
    dialog = _dialog(qtbot)
    box = dialog.tier_boxes["quick"]
    assert box.currentData() == ("openai", "gpt-6-luna-2026-09-22")
    index = next(i for i in range(box.count()) if box.itemData(i)[0] == "anthropic")
    box.setCurrentIndex(index)
    chosen = box.itemData(index)
    with qtbot.waitSignal(dialog.settings_changed):
        dialog.save()
    raw = tomllib.loads((team_dir / "team.toml").read_text(encoding="utf-8"))
    assert raw["tiers"]["quick"] == {"provider": chosen[0], "model": chosen[1]}
    assert raw["members_may_change_tiers"] is True
    assert dialog.context.team.tiers["quick"].provider == "anthropic"
    text = (team_dir / "team.toml").read_text(encoding="utf-8")
    assert "# The operator's notes stay." in text and "# chosen in March" in text  # saved by the core, kept
    assert not list(team_dir.glob("*.tmp"))


def test_a_settings_file_that_cannot_be_written_gives_plain_words_and_keeps_the_dialog(qtbot) -> None:
    from desktop.core import paths

    dialog = _dialog(qtbot)
    paths.settings_file().unlink(missing_ok=True)
    paths.settings_file().mkdir(parents=True)  # a folder where the file should be: it cannot be written
    with qtbot.waitSignal(dialog.save_failed) as failed:
        dialog.save()
    message = str(failed.args[0])
    assert message.startswith("Your settings could not be saved")
    assert "Traceback" not in message
    assert dialog.isVisible() and not dialog.message.isHidden()
    assert dialog.buttons.isEnabled()


def test_in_house_server_test_answers_in_plain_words(qtbot, fake_llm: FakeLLMServer) -> None:
    dialog = _dialog(qtbot)
    address = dialog.editors["local_base_url"]
    assert isinstance(address, QLineEdit)
    dialog.test_local_server()
    assert "Type the address" in dialog.local_status.text()
    address.setText(fake_llm.url + "/v1")
    with qtbot.waitSignal(dialog.local_tested, timeout=20_000) as tested:
        dialog.local_test_button.click()
    assert tested.args == [True, "The in-house model server answered: Promptdesk can use it."]
    assert fake_llm.requests[-1].path == "/v1/models"
