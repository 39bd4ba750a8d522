"""``promptdesk --self-test``: every part of the real path runs once, and the exit code says so.

The full runs start the app as a real process (``python -m desktop --self-test``) against the
fake Anthropic + OpenAI server, exactly as CI runs the packaged bundle; the single checks run
in this process where no Qt is involved.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import selftest, selftest_checks
from tests.helpers.fake_llm import FakeLLMServer, Reply

ROOT = Path(__file__).resolve().parents[2]


def _run_self_test(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test", *args],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=180,
    )


@pytest.mark.slow
def test_self_test_passes_and_sends_through_both_sdks(fake_llm: FakeLLMServer, isolated_home: Path) -> None:
    """Exit 0, every check reported ok, one request per SDK reached the fake server with the
    fake keys, and the sample's email address was hidden before it left. The user's folders
    are left alone (the checks use a temporary home); only the report is kept, as
    selftest.txt in the logs folder, for windowed apps that have no console."""
    done = _run_self_test("--fake-endpoint", fake_llm.url)
    assert done.returncode == 0, done.stdout + done.stderr
    for name in ("Template library", "Privacy", "Routing and price", "Send (Anthropic SDK)",
                 "Send (OpenAI SDK)", "Main window", "Files", "Keychain"):
        assert any(line.strip().startswith("ok") and name in line for line in done.stdout.splitlines()), name
    assert "Self-test passed: 8 checks." in done.stdout
    assert "propagateSizeHints" not in done.stdout + done.stderr  # no noise that looks like a failure
    assert "(s)" not in done.stdout
    by_path = {request.path: request for request in fake_llm.requests}
    assert sorted(by_path) == ["/v1/chat/completions", "/v1/messages"]
    assert "planning call" in fake_llm.sent_text()
    assert selftest_checks.SAMPLE_EMAIL not in fake_llm.sent_text()
    assert selftest_checks.FAKE_KEYS["anthropic"] in str(by_path["/v1/messages"].headers)
    assert selftest_checks.FAKE_KEYS["openai"] in str(by_path["/v1/chat/completions"].headers)
    created = sorted(str(p.relative_to(isolated_home)) for p in isolated_home.rglob("*") if p.is_file())
    assert created == ["logs/selftest.txt"]
    assert (isolated_home / "logs" / "selftest.txt").read_text(encoding="utf-8") in done.stdout


@pytest.mark.slow
def test_self_test_fails_when_the_endpoint_refuses(fake_llm: FakeLLMServer) -> None:
    """Exit 1 and both send lines marked FAIL with the provider's refusal in plain words."""
    fake_llm.queue(*[Reply(fault="401") for _ in range(10)])
    done = _run_self_test("--fake-endpoint", fake_llm.url)
    assert done.returncode == 1, done.stdout + done.stderr
    failed = [line for line in done.stdout.splitlines() if line.strip().startswith("FAIL")]
    assert len(failed) == 2 and all("Send" in line for line in failed), done.stdout
    assert "key" in failed[0].lower()
    assert "Self-test FAILED: 2 of 8" in done.stdout


def test_library_check_fails_on_a_bundle_without_prompts(tmp_path: Path) -> None:
    with pytest.raises(selftest_checks.CheckFailed, match="missing"):
        selftest_checks.check_library(bundled=tmp_path / "prompts", personal=tmp_path / "personal")


def test_library_check_fails_on_an_empty_prompts_folder(tmp_path: Path) -> None:
    (tmp_path / "prompts").mkdir()
    with pytest.raises(selftest_checks.CheckFailed, match="no templates"):
        selftest_checks.check_library(bundled=tmp_path / "prompts", personal=tmp_path / "personal")


def test_library_check_counts_the_bundled_templates() -> None:
    detail, library = selftest_checks.check_library()
    assert library.templates and detail.startswith(f"{len(library.templates)} templates")


def test_privacy_check_hides_and_restores_the_sample() -> None:
    assert "hidden and restored" in selftest_checks.check_privacy()


def test_sample_values_satisfy_every_bundled_template() -> None:
    """Whichever template the self-test picks, its sample values pass the form's validation."""
    from desktop.core.templates.library import load_library, validate_values

    for template in load_library().templates:
        assert validate_values(template, selftest_checks.sample_values(template)) == {}, template.id


def test_a_crashing_check_becomes_a_failed_line_with_where_it_broke() -> None:
    def broken() -> str:
        raise KeyError("genai_prices")

    check, value = selftest.run_check("Price table", broken)
    assert not check.ok and value is None
    assert check.detail.startswith("KeyError: 'genai_prices' at ") and "test_selftest.py" in check.detail
    report = selftest.format_report([check, selftest.Check("Privacy", True, "fine")])
    assert "FAIL  Price table" in report and "ok    Privacy" in report
    assert report.rstrip().endswith("Self-test FAILED: 1 of 2 checks did not pass.")


def test_isolated_environment_restores_every_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PROMPTDESK_TEAM_DIR", "/team")
    monkeypatch.delenv("ANTHROPIC_BASE_URL", raising=False)
    before = dict(os.environ)
    with selftest.isolated_environment(tmp_path, "http://127.0.0.1:9/"):
        assert os.environ["PROMPTDESK_HOME"] == str(tmp_path)
        assert "PROMPTDESK_TEAM_DIR" not in os.environ
        assert os.environ["ANTHROPIC_BASE_URL"] == "http://127.0.0.1:9"
        assert os.environ["OPENAI_BASE_URL"] == "http://127.0.0.1:9/v1"
        assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    assert dict(os.environ) == before


def test_fake_server_runs_as_a_process_for_ci(tmp_path: Path) -> None:
    """``python -m tests.helpers.fake_llm --port-file F`` serves until SIGTERM, then exits 0."""
    import json
    import urllib.request

    port_file = tmp_path / "url"
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.fake_llm", "--port-file", str(port_file)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()  # printed once the server listens
        url = port_file.read_text(encoding="utf-8").strip()
        assert url.startswith("http://127.0.0.1:") and url in line
        request = urllib.request.Request(
            url + "/v1/chat/completions", data=json.dumps({"model": "m", "messages": []}).encode(),
            headers={"content-type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            assert json.load(response)["object"] == "chat.completion"
    finally:
        server.terminate()
        assert server.wait(timeout=10) == 0
        if server.stdout:
            server.stdout.close()
