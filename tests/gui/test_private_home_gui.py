"""The window's own files (its size and splitters, the draft of what was typed, the settings, the
log) are this user's only: after a real send and closing the window, nothing under the home is
wider than 0600 (files) or 0700 (folders) on POSIX, whatever the umask."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import logs, paths
from desktop.core.run import DONE
from tests.core.test_private_home import too_open
from tests.gui.test_main_window_support import (
    note_template,
    open_window,
    personal_folder,
    wait_idle,
    write_template,
)
from tests.helpers.fake_llm import FakeLLMServer

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@pytest.fixture(autouse=True)
def loose_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_send_then_close_leaves_window_state_draft_settings_and_log_private(
        qtbot, connected_llm: FakeLLMServer, isolated_home: Path) -> None:
    handler = logs.RotatingLog(paths.log_file())  # what app.main attaches at start
    logging.getLogger().addHandler(handler)
    try:
        template = write_template(personal_folder(), "customer-reply", note_template(
            "Customer reply", category="Support", purpose="Reply to a customer.",
            body="Write a short, friendly reply to this customer message."))
        window = open_window(qtbot)
        page = window.templates
        page.open_template("customer-reply")
        page.form.editors["text"].setPlainText("Please write back to Anna Schmidt about the late parcel.")
        qtbot.waitUntil(lambda: page.prepared is not None, timeout=10_000)
        with qtbot.waitSignal(page.run_finished, timeout=20_000) as finished:
            page.route_bar.send.click()
        assert finished.args[0].status == DONE
        logging.getLogger("promptdesk.test").warning("a line in the app's log")
        wait_idle(qtbot)
        window.close()  # writes window.ini and the draft
        wait_idle(qtbot)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    for made in (paths.config_dir() / "window.ini", paths.data_dir() / "drafts", paths.log_file(),
                 paths.settings_file()):
        assert made.exists(), made
    assert too_open(isolated_home, written_by_test=frozenset({template})) == {}
