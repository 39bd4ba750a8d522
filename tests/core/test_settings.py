"""User settings, team settings and the key store."""

from __future__ import annotations

import threading
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop.core import paths
from desktop.core.errors import KeychainError, SettingsError
from desktop.core.settings import (
    UserSettings,
    keystore,
    load_team_settings,
    load_user_settings,
    save_user_settings,
)


def test_settings_survive_a_round_trip_and_many_saves_at_once() -> None:
    """Two parts of the app saving together must not take each other's temporary file away."""
    errors: list[BaseException] = []

    def save(n: int) -> None:
        try:
            for i in range(20):
                save_user_settings(UserSettings.from_values({"name": f"Sam {n}-{i}", "sensitive_terms": ["Bluebird"]}))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=save, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    loaded = load_user_settings()
    assert loaded.name.startswith("Sam ") and loaded.sensitive_terms == ["Bluebird"]
    assert list(paths.config_dir().glob("*.tmp")) == []


def test_a_settings_file_that_cannot_be_written_is_a_plain_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(SettingsError, match="could not be saved"):
        save_user_settings(UserSettings.from_values({"name": "Sam"}), blocker / "settings.toml")


def test_a_damaged_settings_file_says_how_to_recover() -> None:
    paths.settings_file().write_text("name = [unclosed", encoding="utf-8")
    with pytest.raises(SettingsError, match="Rename or delete it"):
        load_user_settings()


def test_team_settings_misspelt_key_suggests_the_right_one(tmp_path: Path) -> None:
    (tmp_path / "team.toml").write_text("monthly_budgte = 200\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="did you mean 'monthly_budget'"):
        load_team_settings(tmp_path)


def test_team_tier_pins_and_thresholds_are_read(tmp_path: Path) -> None:
    (tmp_path / "team.toml").write_text(
        'monthly_budget = 200\nalert_thresholds = [90, 50]\n[tiers.quick]\nprovider = "openai"\n'
        'model = "gpt-test-2026-01-01"\n', encoding="utf-8")
    team = load_team_settings(tmp_path)
    assert team.monthly_budget == 200 and team.alert_thresholds == [50, 90]
    assert (team.tiers["quick"].provider, team.tiers["quick"].model) == ("openai", "gpt-test-2026-01-01")


def test_without_a_keychain_a_key_is_refused_unless_kept_in_memory() -> None:
    keyring.set_keyring(fail.Keyring())
    store = keystore()
    with pytest.raises(KeychainError) as caught:
        store.set("anthropic", "sk-ant-test-1")
    assert caught.value.kind == "no_keychain" and "in memory" in caught.value.message
    store.set("anthropic", "sk-ant-test-1", memory_only=True)
    assert store.get("anthropic") == "sk-ant-test-1"
    assert store.source("anthropic") == "kept in memory until Promptdesk closes"
    assert not any("sk-ant-test-1" in p.read_text(errors="ignore") for p in paths.config_dir().rglob("*") if p.is_file())


def test_the_environment_key_is_a_fallback_behind_the_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-env")
    store = keystore()
    assert store.get("openai") == "sk-test-env"
    assert "OPENAI_API_KEY" in store.source("openai")
    store.set("openai", "sk-test-chain")
    assert store.get("openai") == "sk-test-chain" and store.source("openai") == "in the system keychain"


def test_the_typed_settings_are_the_declared_ones_with_the_same_defaults() -> None:
    """The settings screen is built from USER_SETTINGS, the code reads typed attributes: one list."""
    import dataclasses

    from desktop.core.settings import USER_SETTINGS

    fields = {f.name: f for f in dataclasses.fields(UserSettings) if f.name not in ("extra", "chosen")}
    assert list(fields) == [spec.key for spec in USER_SETTINGS]
    defaults = UserSettings()
    for spec in USER_SETTINGS:
        assert getattr(defaults, spec.key) == spec.default and type(getattr(defaults, spec.key)) is spec.type
        assert fields[spec.key].type in (spec.type.__name__, f"{spec.type.__name__}[str]")


def test_only_chosen_settings_are_written_and_unknown_ones_are_kept(tmp_path: Path) -> None:
    file = tmp_path / "settings.toml"
    file.write_text('name = "Sam"\nfuture_option = "kept"\n\n[future_table]\nlevel = 3\n', encoding="utf-8")
    settings = load_user_settings(file)
    assert settings.name == "Sam" and settings.country == "US" and settings.values == {"name": "Sam"}
    settings.set("cache_hours", "2")
    assert settings.cache_hours == 2.0
    save_user_settings(settings, file)
    import tomllib

    assert tomllib.loads(file.read_text(encoding="utf-8")) == {
        "name": "Sam", "cache_hours": 2.0, "future_option": "kept", "future_table": {"level": 3}}
    with pytest.raises(SettingsError, match="did you mean 'country'"):
        settings.set("countyr", "FR")


def test_a_copy_does_not_follow_later_changes() -> None:
    settings = UserSettings.from_values({"favourites": ["a"], "name": "Sam"})
    snapshot = settings.copy()
    settings.set("favourites", ["a", "b"])
    settings.favourites.append("c")
    assert snapshot.favourites == ["a"] and snapshot.values == {"favourites": ["a"], "name": "Sam"}
