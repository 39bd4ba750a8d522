"""Start-up stays light: the Templates page never opens the ledger on the UI thread, the garbage
collector is held back while big parts load (and runs again after), and a Send pressed before the
provider SDKs loaded by themselves still sends (checked in a fresh process, where they are not
yet imported)."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import textwrap

import pytest

from desktop.gui import collector
from tests.gui.test_main_window_support import open_window, wait_idle
from tests.helpers.fake_llm import FakeLLMServer, Reply


@pytest.fixture
def fresh_collector(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(collector, "_loaded", set())
    monkeypatch.setattr(collector, "_paused", 0)
    yield collector
    gc.unfreeze()
    gc.enable()


def test_the_templates_page_is_built_without_opening_the_ledger(qtbot) -> None:
    window = open_window(qtbot)
    assert window.templates.answer.follow_up is not None
    # The ledger is a lazily opened part of the context: building the page must not open it.
    assert "ledger" not in window.context.__dict__
    wait_idle(qtbot)


def test_collector_is_paused_while_loads_overlap_and_runs_again_after_the_last(fresh_collector) -> None:
    assert gc.isenabled()
    with collector.paused():
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer load is still running
    assert gc.isenabled()


def test_first_load_pauses_only_the_first_time_and_freezes_only_in_the_app(fresh_collector, monkeypatch) -> None:
    monkeypatch.setattr(collector, "freeze_after_loading", False)
    before = gc.get_freeze_count()
    with collector.first_load("thing"):
        assert not gc.isenabled()
    assert gc.isenabled() and gc.get_freeze_count() == before  # tests and scripts: no freezing
    with collector.first_load("thing"):
        assert gc.isenabled()  # already loaded: nothing to hold back
    monkeypatch.setattr(collector, "freeze_after_loading", True)
    kept = [object() for _ in range(3)], {"a": [1]}
    with collector.first_load("other"):
        pass
    assert gc.isenabled() and gc.get_freeze_count() > 0 and kept


def test_a_paused_collector_stays_off_where_it_was_off(fresh_collector) -> None:
    gc.disable()
    with collector.paused():
        pass
    assert not gc.isenabled()


_IMMEDIATE_SEND = textwrap.dedent("""
    import json, sys
    from desktop.core import settings as settings_mod
    settings_mod.keystore().set("anthropic", "sk-ant-test-0000000000000000", memory_only=True)
    settings_mod.keystore().set("openai", "sk-test-0000000000000000", memory_only=True)
    from PySide6.QtCore import QTimer
    from desktop.gui.app import create_application
    app = create_application()
    from desktop.core.context import AppContext
    from desktop.core.settings import UserSettings
    from desktop.gui import main_window
    from desktop.gui.main_window import MainWindow
    main_window.IDLE_WARM_UP_MS = 600_000  # the person is busy: the SDKs never load by themselves first
    settings = UserSettings(); settings.set("first_run_done", True); settings.set("cache_hours", 0)
    settings.set("last_template", "meeting-summary")
    window = MainWindow(AppContext(settings)); window.show(); window.after_shown()
    page, state = window.templates, {}
    def send():
        if page.prepared is None:  # Send is pressed as soon as the estimate is there
            QTimer.singleShot(10, send); return
        state["sdk_before_send"] = "anthropic" in sys.modules
        page.form.editors["transcript"].setPlainText("Anna: the launch is on the 24th. Tom owns the copy. " * 8)
        page.run_finished.connect(done)
        page.send()
    def done(run):
        print(json.dumps({"status": str(run.status), "text": run.response_text, **state})); app.quit()
    QTimer.singleShot(0, send)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
""")


def test_send_pressed_before_the_sdks_loaded_by_themselves_still_sends(fake_llm: FakeLLMServer) -> None:
    fake_llm.queue(Reply(text="Decisions: launch on the 24th."))
    env = dict(os.environ, ANTHROPIC_BASE_URL=fake_llm.url, OPENAI_BASE_URL=fake_llm.url + "/v1",
               QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", _IMMEDIATE_SEND], capture_output=True, text=True, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["sdk_before_send"] is False  # the SDKs had not been imported yet
    assert result["status"] == "done"
    assert "launch on the 24th" in result["text"]
    assert len(fake_llm.requests) == 1
