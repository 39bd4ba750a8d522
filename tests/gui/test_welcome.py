"""The first-run welcome: name, key or "try without a key", optional team folder; done once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QThreadPool

from desktop.core import paths
from desktop.core.context import AppContext
from desktop.core.paths import KEYRING_SERVICE
from desktop.core.settings import load_user_settings
from desktop.gui.welcome_dialog import WelcomeDialog
from tests.helpers.fake_llm import FAKE_ANTHROPIC_KEY, FAKE_OPENAI_KEY


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:
    """Background work ends before qtbot closes the widgets it reports to."""
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def _dialog(qtbot) -> WelcomeDialog:
    dialog = WelcomeDialog(AppContext())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sources_read):  # where existing keys come from, read off the UI thread
        dialog.show()
    return dialog


def test_name_and_key_are_saved_and_the_welcome_is_marked_done(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot)
    assert dialog.have_key.isChecked()
    qtbot.keyClicks(dialog.name_edit, "Ana")
    dialog.provider.setCurrentIndex(dialog.provider.findData("openai"))
    dialog.key_edit.setText(FAKE_OPENAI_KEY)
    dialog.team_picker.edit.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.accepted):
        dialog.start_button.click()
    saved = load_user_settings()
    assert saved.first_run_done is True
    assert saved.name == "Ana"
    assert saved.try_without_key is False
    assert saved.team_dir == str(tmp_path)
    assert keyring.get_password(KEYRING_SERVICE, "openai") == FAKE_OPENAI_KEY
    assert FAKE_OPENAI_KEY not in paths.settings_file().read_text(encoding="utf-8")


def test_try_without_a_key_saves_the_choice_and_stores_no_key(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.no_key.setChecked(True)
    assert not dialog.key_edit.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        dialog.start_button.click()
    saved = load_user_settings()
    assert saved.first_run_done is True and saved.try_without_key is True
    assert keyring.get_password(KEYRING_SERVICE, "anthropic") is None


def test_an_empty_key_asks_for_one_and_does_not_finish(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.start_button.click()
    assert dialog.isVisible()
    assert not dialog.message.isHidden()
    assert "Try without a key" in dialog.message.text()
    assert load_user_settings().first_run_done is False
    dialog.no_key.click()
    assert dialog.message.isHidden()  # the warning about the key went with the choice


def test_a_key_already_set_up_is_enough(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", FAKE_ANTHROPIC_KEY)
    dialog = _dialog(qtbot)
    assert "already set up" in dialog.key_edit.placeholderText()
    with qtbot.waitSignal(dialog.accepted):
        dialog.start_button.click()
    assert load_user_settings().first_run_done is True


def test_without_a_keychain_the_key_is_kept_in_memory_on_request(qtbot) -> None:
    keyring.set_keyring(fail.Keyring())
    dialog = _dialog(qtbot)
    dialog.key_edit.setText(FAKE_ANTHROPIC_KEY)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.memory_button.isHidden())
    assert "no system keychain" in dialog.message.text()
    assert "kept in your computer's keychain" not in dialog.key_help.text()  # no promise it cannot keep
    assert "only be kept in memory" in dialog.key_help.text()
    hint = dialog.key_help
    assert hint.height() >= hint.heightForWidth(hint.width())  # the hint is not cut off
    assert load_user_settings().first_run_done is False
    with qtbot.waitSignal(dialog.accepted):
        dialog.memory_button.click()
    assert dialog.context.keys.get("anthropic") == FAKE_ANTHROPIC_KEY
    assert load_user_settings().first_run_done is True


def test_welcome_can_be_finished_with_the_keyboard_alone(qtbot) -> None:
    """Tab order runs down the page, Space picks "Try without a key", Enter starts."""
    from PySide6.QtCore import Qt

    dialog = _dialog(qtbot)
    qtbot.waitExposed(dialog)
    order = [dialog.name_edit, dialog.have_key, dialog.provider, dialog.key_edit, dialog.no_key,
             dialog.team_picker.edit, dialog.team_picker.browse_button, dialog.start_button]
    chain, widget = [], dialog.name_edit
    for _ in range(40):
        if widget in order and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == order
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Ana")
    dialog.no_key.setFocus()
    qtbot.keyClick(dialog.no_key, Qt.Key.Key_Space)
    assert dialog.no_key.isChecked()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.team_picker.edit, Qt.Key.Key_Return)
    saved = load_user_settings()
    assert saved.name == "Ana" and saved.try_without_key and saved.first_run_done
