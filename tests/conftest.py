"""Fixtures every test gets: a private home folder, an in-memory keychain, no real network."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: tests never need a real display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_ACCESSIBILITY", "0")

from tests.helpers.fake_llm import FAKE_ANTHROPIC_KEY, FAKE_OPENAI_KEY, FakeLLMServer

ROOT = Path(__file__).resolve().parents[1]
_ISOLATED_ENV = (
    "PROMPTDESK_TEAM_DIR", "PROMPTDESK_USER", "ANTHROPIC_API_KEY", "OPENAI_API_KEY",
    "ANTHROPIC_BASE_URL", "OPENAI_BASE_URL", "PROMPTDESK_LOCAL_API_KEY",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests under tests/gui are marked ``gui`` automatically."""
    for item in items:
        if "gui" in Path(str(item.fspath)).parts:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test runs with its own PROMPTDESK_HOME and a fresh in-memory keychain."""
    import keyring

    from desktop.core import settings
    from tests.helpers.memory_keyring import MemoryKeyring

    home = tmp_path / "home"
    monkeypatch.setenv("PROMPTDESK_HOME", str(home))
    for name in _ISOLATED_ENV:
        monkeypatch.delenv(name, raising=False)
    # Subprocesses started by tests use the in-memory keychain too.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.helpers.memory_keyring.MemoryKeyring")
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    monkeypatch.setattr(settings, "_KEYSTORE", None)
    yield home
    keyring.set_keyring(previous)


@pytest.fixture
def fake_llm() -> Iterator[FakeLLMServer]:
    """A fake Anthropic + OpenAI API on 127.0.0.1, scripted per test."""
    with FakeLLMServer() as server:
        yield server


@pytest.fixture
def connected_llm(fake_llm: FakeLLMServer, monkeypatch: pytest.MonkeyPatch) -> FakeLLMServer:
    """The fake server, with both providers pointed at it and fake keys in the keychain."""
    from desktop.core.settings import keystore

    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_llm.url)
    monkeypatch.setenv("OPENAI_BASE_URL", fake_llm.url + "/v1")
    keystore().set("anthropic", FAKE_ANTHROPIC_KEY)
    keystore().set("openai", FAKE_OPENAI_KEY)
    return fake_llm


@pytest.fixture
def team_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty team folder, selected through PROMPTDESK_TEAM_DIR."""
    path = tmp_path / "team"
    (path / "prompts").mkdir(parents=True)
    monkeypatch.setenv("PROMPTDESK_TEAM_DIR", str(path))
    return path
