"""Every file the app writes under its home is this user's only (0600) inside folders only they
can open (0700), on POSIX, whatever the umask. Real runs: the commands in real processes against
the fake server through the real SDKs, the log rotating, settings and drafts saved, a template
moved to a cheaper tier; then every path under the home is listed and checked."""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import logs, paths
from desktop.core.context import AppContext
from desktop.core.drafts import write_draft
from desktop.core.errors import SettingsError
from desktop.core.review.downgrade import apply_cheaper_tier, try_cheaper
from desktop.core.settings import UserSettings, load_user_settings, save_user_settings
from tests.core.review.test_try_cheaper import NOW, _queue
from tests.helpers.fake_llm import FAKE_ANTHROPIC_KEY, FAKE_OPENAI_KEY, FakeLLMServer

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@pytest.fixture(autouse=True)
def loose_umask() -> Iterator[None]:
    """The common default (new files 0644, new folders 0755); the child processes inherit it."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def too_open(home: Path, *, written_by_test: frozenset[Path] = frozenset()) -> dict[str, str]:
    """Every path under ``home`` whose mode is wider than 0700 (folders) or 0600 (files)."""
    found: dict[str, str] = {}
    for path in sorted(home.rglob("*")):
        if path in written_by_test:
            continue
        st = path.lstat()
        limit = 0o700 if stat.S_ISDIR(st.st_mode) else 0o600
        if stat.S_IMODE(st.st_mode) & ~limit:
            found[str(path.relative_to(home))] = oct(stat.S_IMODE(st.st_mode))
    return found


def _cli(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env, input=stdin, capture_output=True,
                          text=True, timeout=180)


def test_commands_in_real_processes_leave_nothing_under_the_home_wider_than_0600_or_0700(
        fake_llm: FakeLLMServer, isolated_home: Path, tmp_path: Path) -> None:
    env = dict(os.environ, ANTHROPIC_BASE_URL=fake_llm.url, OPENAI_BASE_URL=fake_llm.url + "/v1",
               ANTHROPIC_API_KEY=FAKE_ANTHROPIC_KEY, OPENAI_API_KEY=FAKE_OPENAI_KEY,
               PROMPTDESK_TEAM_DIR=str(tmp_path / "team"))
    assert _cli(env, "team", "init", str(tmp_path / "team")).returncode == 0
    fields = ["-f", "message=We launch the new booking page on Monday", "-f", "platform=LinkedIn"]
    sent = _cli(env, "run", "social-post", "--yes", "--json", *fields)
    assert sent.returncode == 0, sent.stderr
    run_id = json.loads(sent.stdout)["id"]
    assert _cli(env, "run", "social-post", "--dry-run", *fields).returncode == 0
    assert _cli(env, "ask", run_id, "make it shorter").returncode == 0
    assert _cli(env, "export", run_id, "--format", "md", "--out", str(tmp_path / "answer.md")).returncode == 0
    sheet = tmp_path / "rows.csv"
    sheet.write_text("message,platform\nOur opening hours change next week,LinkedIn\nWe moved into a new office in town,X\n", encoding="utf-8")
    batch = _cli(env, "batch", "social-post", str(sheet), "--yes", "--out", str(tmp_path / "out.csv"))
    assert batch.returncode == 0, batch.stderr
    assert _cli(env, "test-templates", "meeting-summary", "--dry-run").returncode == 0
    assert _cli(env, "redact", stdin="Maria Keller, maria.keller@example.com\n").returncode == 0
    assert _cli(env, "sync").returncode == 0
    assert _cli(env, "spend").returncode == 0
    assert _cli(env, "--self-test").returncode == 0  # keeps its report in the logs folder
    assert len(fake_llm.requests) >= 4
    assert (isolated_home / "data" / "ledger.db").exists() and (isolated_home / "logs" / "selftest.txt").exists()
    assert too_open(isolated_home) == {}


def test_log_settings_drafts_and_a_moved_template_are_0600_in_0700_folders(
        connected_llm: FakeLLMServer, isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)  # rotate after a few lines instead of a megabyte
    handler = logs.RotatingLog(paths.log_file())
    logger = logging.getLogger("promptdesk.test.private")
    logger.addHandler(handler)
    try:
        for number in range(200):
            logger.warning("line %d of a log that rotates", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
    rotated = [paths.log_file().with_name(f"promptdesk.log.{n}") for n in (1, 2, 3)]
    assert paths.log_file().exists() and all(path.exists() for path in rotated)

    user = UserSettings()
    user.set("name", "Test User")
    save_user_settings(user)
    write_draft("customer-reply", {"text": "Dear Anna Schmidt, your parcel is late."})

    context = AppContext(UserSettings())  # no team folder: the moved copy goes to the personal folder
    _queue(connected_llm, context, "meeting-summary")
    template = context.library.get("meeting-summary")
    moved = apply_cheaper_tier(context, template, try_cheaper(context, template, now=NOW), today=NOW)
    assert moved.parent == paths.personal_prompts_dir()
    assert paths.settings_file().exists() and (paths.data_dir() / "drafts").is_dir()
    assert too_open(isolated_home) == {}


def test_a_log_and_settings_left_0644_by_an_older_version_are_tightened(isolated_home: Path) -> None:
    log = paths.log_file()
    for path in (log, log.with_name("promptdesk.log.1"), paths.settings_file()):
        path.write_text("older\n", encoding="utf-8")
        os.chmod(path, 0o644)
    handler = logs.RotatingLog(log)
    handler.emit(logging.LogRecord("promptdesk", logging.INFO, __file__, 1, "started", None, None))
    handler.close()
    save_user_settings(UserSettings())
    assert too_open(isolated_home) == {}
    assert log.read_text(encoding="utf-8").startswith("older\n")  # appended to, not replaced


def test_a_damaged_settings_file_is_left_as_it_is_but_made_private(isolated_home: Path) -> None:
    path = paths.settings_file()
    path.write_text("name = [unclosed\n", encoding="utf-8")
    os.chmod(path, 0o644)
    with pytest.raises(SettingsError):
        load_user_settings()
    assert path.read_text(encoding="utf-8") == "name = [unclosed\n"
    assert too_open(isolated_home) == {}
