"""No request leaves without its record, and no request is sent twice without asking.

Real parts: the ``promptdesk`` command in real processes (killed with SIGKILL where the test
says so), real ledger files damaged or made unwritable on disk, the real SDKs against the fake
server, whose ``requests`` list is what actually left the machine.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from desktop.core import paths
from desktop.core.context import AppContext
from desktop.core.errors import LedgerError, PromptdeskError
from desktop.core.run import DONE, SENDING, UNCONFIRMED, WAITING, Run
from desktop.core.send import pipeline
from desktop.core.settings import UserSettings
from desktop.core.usage.ledger import open_ledger
from tests.helpers.fake_llm import FAKE_ANTHROPIC_KEY, FakeLLMServer, Reply
from tests.helpers.without_root_powers import drop_file_powers, powers_can_be_dropped

NOTE = """---
title: Thank-you note
category: Sales
tier: quick
version: 1
purpose: Thank someone for a meeting.
fields:
  - {name: person, label: Who to thank, type: short_text, required: true}
---
Write one sentence thanking {{person}} for the meeting.
"""
CLI = [sys.executable, "-m", "desktop"]
SEND = [*CLI, "run", "thank-you", "-f", "person=Maria Keller"]


@pytest.fixture
def cloud(fake_llm: FakeLLMServer, monkeypatch: pytest.MonkeyPatch) -> FakeLLMServer:
    """The template, and the fake server reachable from this process and from child processes."""
    (paths.personal_prompts_dir() / "thank-you.md").write_text(NOTE, encoding="utf-8")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_llm.url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", FAKE_ANTHROPIC_KEY)
    return fake_llm


def cli(*args: str, preexec: Any = None, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, text=True, env=dict(os.environ),
                          timeout=120, preexec_fn=preexec)


def make_ledger_with_one_run() -> Path:
    ledger = open_ledger()
    ledger.record(Run(template_id="earlier", status=DONE, rendered_prompt="x" * 3000))
    ledger._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ledger.close()
    return paths.ledger_file()


def hanging_until(release: threading.Event, arrived: threading.Event) -> Any:
    def reply(request: Any) -> Reply:
        arrived.set()
        release.wait(60)
        return Reply(text="Thank you, [PERSON_1].")
    return reply


# ------------------------------------------------------------------ 1. record first, or send nothing


def _damage_pages(path: Path) -> None:
    """Keep the header (the file still opens), zero everything after the first two pages."""
    data = bytearray(path.read_bytes())
    data[8192:] = bytes(len(data) - 8192)
    path.write_bytes(bytes(data))


def _one_page_in_the_middle(path: Path) -> None:
    """Damage that sending alone would never read: the page of an old run, mid-file."""
    ledger = open_ledger()
    for _ in range(30):
        ledger.record(Run(template_id="older", status=DONE, rendered_prompt="y" * 2000))
    ledger._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ledger.close()
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle:middle + 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


def _schema_name_not_text(path: Path) -> None:
    """A damaged schema whose error message is not even valid text (SQLite quotes the name)."""
    data = bytearray(path.read_bytes())
    at = data.find(b"runs_started")
    data[at + 5] = 0xFA
    path.write_bytes(bytes(data))


def _garbage(path: Path) -> None:
    path.write_bytes(b"This is not a database, it was overwritten by a copy tool. " * 200)


def _wal_is_a_folder(path: Path) -> None:
    """The ledger's write-ahead file cannot be created: as close to 'not writable' as root gets."""
    Path(f"{path}-wal").mkdir()


def _folder_read_only(path: Path) -> None:
    """The folder and file read-only; the child process obeys that even as root."""
    if not powers_can_be_dropped():
        pytest.skip("a child process here cannot be made to obey permission bits")
    path.chmod(0o400)
    path.parent.chmod(0o500)


@pytest.mark.parametrize("damage", [_damage_pages, _one_page_in_the_middle, _schema_name_not_text, _garbage,
                                    _wal_is_a_folder, _folder_read_only],
                         ids=["pages-zeroed", "one-old-page", "schema-not-text", "overwritten", "wal-blocked",
                              "read-only"])
def test_a_ledger_that_cannot_be_written_refuses_the_send_in_the_cli_and_nothing_leaves(cloud, damage) -> None:
    path = make_ledger_with_one_run()
    damage(path)
    try:
        out = subprocess.run(SEND, capture_output=True, text=True, env=dict(os.environ), timeout=120,
                             preexec_fn=drop_file_powers)
    finally:
        path.parent.chmod(0o700)
    assert cloud.requests == []
    assert out.returncode != 0, out.stdout
    assert "Traceback" not in out.stderr and "sqlite3" not in out.stderr
    assert "usage history" in out.stderr


def test_a_full_disk_refuses_the_send_in_the_cli_and_nothing_leaves(cloud) -> None:
    """A real process whose files cannot grow by one byte (RLIMIT_FSIZE: what a full disk does)."""
    import resource

    make_ledger_with_one_run()

    def disk_full() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))

    out = subprocess.run(SEND, capture_output=True, text=True, env=dict(os.environ), timeout=120,
                         preexec_fn=disk_full)
    assert cloud.requests == [] and out.returncode != 0
    assert "Traceback" not in out.stderr and "usage history" in out.stderr


def test_a_damaged_ledger_refuses_the_send_from_the_app_with_a_plain_message(cloud) -> None:
    _damage_pages(make_ledger_with_one_run())
    context = AppContext(UserSettings())
    prepared = pipeline.prepare(context, context.library.get("thank-you"), {"person": "Maria Keller"})
    with pytest.raises(LedgerError) as caught:
        pipeline.execute(context, prepared)
    assert caught.value.message.startswith("Nothing was sent") and "damaged" in caught.value.message
    assert cloud.requests == []


def test_the_record_says_sending_while_the_request_is_out(cloud) -> None:
    release, arrived = threading.Event(), threading.Event()
    cloud.default = hanging_until(release, arrived)
    context = AppContext(UserSettings())
    prepared = pipeline.prepare(context, context.library.get("thank-you"), {"person": "Maria Keller"})
    result: list[Run] = []
    worker = threading.Thread(target=lambda: result.append(pipeline.execute(context, prepared)))
    worker.start()
    try:
        assert arrived.wait(60)
        seen = open_ledger().get(prepared.run.id)  # another reader, as History would be
        assert seen is not None and seen.status == SENDING
    finally:
        release.set()
        worker.join(60)
    assert result[0].status == DONE and context.ledger.get(prepared.run.id).status == DONE


# ------------------------------------------------------------------ 2. killed after the request left


def _kill_after_request_arrived(cloud: FakeLLMServer, command: list[str]) -> None:
    arrived = threading.Event()

    def hang(request: Any) -> Reply:
        arrived.set()
        return Reply(fault="hang", hang_seconds=30)

    cloud.default = hang
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ))
    try:
        assert arrived.wait(timeout=60)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    cloud.default = lambda request: Reply(text="Thank you, [PERSON_1].")


def _count_runs() -> int:
    with sqlite3.connect(paths.ledger_file()) as conn:
        return int(conn.execute("SELECT count(*) FROM runs").fetchone()[0])


def test_a_run_killed_after_its_request_left_is_unconfirmed_and_the_cli_asks_before_sending_it_again(cloud) -> None:
    _kill_after_request_arrived(cloud, SEND)
    ledger = AppContext(UserSettings()).ledger
    [run] = ledger.unconfirmed()
    assert ledger.waiting() == [] and run.status == UNCONFIRMED and run.fields == {"person": "Maria Keller"}
    assert "Sent, answer not received — may have been billed" in run.error_message
    assert run.actual_cost == run.estimated_cost > 0  # counted in the spend until it is sent again

    listed = cli("resend")
    assert listed.returncode == 0 and run.id in listed.stdout and "may have been billed" in listed.stdout

    refused = cli("resend", run.id)  # no terminal, no --yes: asked, not sent
    assert refused.returncode == 3 and "may have answered it and billed it" in refused.stderr
    assert len(cloud.requests) == 1 and open_ledger().get(run.id).status == UNCONFIRMED

    sent = cli("resend", run.id, "--yes")
    assert sent.returncode == 0, sent.stderr
    assert "Thank you, Maria Keller." in sent.stdout and len(cloud.requests) == 2
    stored = open_ledger().get(run.id)
    assert stored.status == DONE and _count_runs() == 1  # the same request, the same record


def test_resend_in_the_core_refuses_an_unconfirmed_run_until_the_person_said_yes(cloud) -> None:
    _kill_after_request_arrived(cloud, SEND)
    context = AppContext(UserSettings())
    [run] = context.ledger.unconfirmed()
    with pytest.raises(PromptdeskError) as caught:
        pipeline.resend(context, run.id)
    assert caught.value.kind == "unconfirmed" and "billed" in caught.value.message
    assert len(cloud.requests) == 1
    assert context.ledger.allow_resend(run.id)
    assert pipeline.resend(context, run.id).status == DONE and len(cloud.requests) == 2
    with pytest.raises(PromptdeskError) as again:  # answered now: never sent a third time
        pipeline.resend(context, run.id)
    assert again.value.kind == "already_sent" and len(cloud.requests) == 2


def test_a_waiting_run_keeps_one_record_however_often_it_is_tried(cloud, monkeypatch) -> None:
    from desktop.core.send import providers

    monkeypatch.setattr(providers, "BREAKER", providers.CircuitBreaker(threshold=100))  # every try reaches the server
    context = AppContext(UserSettings())
    cloud.default = lambda request: Reply(fault="529")
    first = pipeline.execute(context, pipeline.prepare(context, context.library.get("thank-you"),
                                                       {"person": "Maria Keller"}), sleep=lambda s: None)
    assert first.status == WAITING
    for _ in range(3):
        assert pipeline.resend(context, first.id, sleep=lambda s: None).status == WAITING
    cloud.default = lambda request: Reply(text="Thank you, [PERSON_1].")
    assert pipeline.resend(context, first.id).status == DONE
    assert _count_runs() == 1 and context.ledger.waiting() == []
    assert [r.id for r in context.ledger.runs()] == [first.id]


def test_two_senders_of_one_waiting_run_send_it_once(cloud) -> None:
    """Two threads press "Send now" at once; a second process tries while the first is out."""
    context = AppContext(UserSettings())
    cloud.default = lambda request: Reply(fault="529")
    waiting = pipeline.execute(context, pipeline.prepare(context, context.library.get("thank-you"),
                                                         {"person": "Maria Keller"}), sleep=lambda s: None)
    tried = len(cloud.requests)
    release, arrived = threading.Event(), threading.Event()
    cloud.default = hanging_until(release, arrived)
    results: list[Run] = []
    worker = threading.Thread(target=lambda: results.append(pipeline.resend(context, waiting.id)))
    worker.start()
    try:
        assert arrived.wait(60)
        with pytest.raises(PromptdeskError) as caught:
            pipeline.resend(AppContext(UserSettings()), waiting.id)
        assert caught.value.kind == "already_sent"
        other = cli("resend", waiting.id, "--yes")
        assert other.returncode == 2 and "not sent again" in other.stderr and "Traceback" not in other.stderr
    finally:
        release.set()
        worker.join(60)
    assert results[0].status == DONE and len(cloud.requests) == tried + 1


def test_a_process_still_sending_is_not_mistaken_for_a_stopped_one(cloud) -> None:
    """Another process's live send stays SENDING when this one opens the ledger."""
    release, arrived = threading.Event(), threading.Event()
    cloud.default = hanging_until(release, arrived)
    process = subprocess.Popen(SEND, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ))
    try:
        assert arrived.wait(60)
        [run] = open_ledger().runs()
        assert run.status == SENDING and open_ledger().unconfirmed() == []
    finally:
        release.set()
        out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert open_ledger().get(run.id).status == DONE


def test_a_failing_display_neither_resends_nor_loses_the_answer(cloud) -> None:
    """A bug in whatever shows the answer (here: the text callback) after the request left:
    the request is not retried (billed again) and the answer is still recorded."""
    context = AppContext(UserSettings())
    prepared = pipeline.prepare(context, context.library.get("thank-you"), {"person": "Maria Keller"})

    def broken_display(text: str) -> None:
        raise RuntimeError("the window went away")

    run = pipeline.execute(context, prepared, on_text=broken_display, on_status=broken_display)
    assert run.status == DONE and "Maria Keller" in run.response_text and len(cloud.requests) == 1
    assert context.ledger.get(run.id).status == DONE


def test_ctrl_c_while_the_answer_is_awaited_leaves_the_run_unconfirmed(cloud) -> None:
    """A real ``promptdesk run`` interrupted (SIGINT) after its request reached the provider."""
    arrived = threading.Event()

    def hang(request: Any) -> Reply:
        arrived.set()
        return Reply(fault="hang", hang_seconds=30)

    cloud.default = hang
    # Ctrl-C reaches the program as it would from a terminal, even when the tests themselves were
    # started in the background by a shell without job control (which ignores SIGINT for them).
    process = subprocess.Popen(SEND, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ),
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert arrived.wait(60)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130 and "Traceback" not in err
    [run] = open_ledger().runs()
    assert run.status == UNCONFIRMED and "may have been billed" in run.error_message
    with pytest.raises(PromptdeskError) as caught:
        pipeline.resend(AppContext(UserSettings()), run.id)
    assert caught.value.kind == "unconfirmed" and len(cloud.requests) == 1


def test_a_closed_pipe_after_the_first_line_still_records_the_answer_without_a_traceback(cloud) -> None:
    """``promptdesk run ... | head -c 10``: the reader goes away mid-answer."""
    cloud.default = lambda request: Reply(text="Thank you, [PERSON_1]. " * 200, chunk_delay=0.001)
    process = subprocess.Popen(SEND, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ))
    assert process.stdout is not None and process.stdout.read(10)
    process.stdout.close()
    _, err = process.communicate(timeout=120)
    assert b"Traceback" not in err
    [run] = open_ledger().runs()
    assert run.status == DONE and run.response_text.count("Maria Keller") == 200 and len(cloud.requests) == 1


def test_runs_an_earlier_version_left_mid_send_become_unconfirmed_on_upgrade(cloud) -> None:
    """Earlier versions wrote 'waiting' with no error before sending; such a run may have been
    billed, so after the upgrade it is unconfirmed and neither History nor resend sends it freely."""
    ledger = open_ledger()
    interrupted = Run(template_id="thank-you", status=WAITING, fields={"person": "Maria Keller"},
                      estimated_cost=0.003, error_message="Promptdesk closed before the answer came back. "
                                                          "Send it again from here.")
    outage = Run(template_id="thank-you", status=WAITING, error_kind="overloaded",
                 error_message="Anthropic is overloaded.")
    ledger.record(interrupted)
    ledger.record(outage)
    ledger._conn.execute("DELETE FROM _migrations WHERE name = '0004_interrupted_runs_unconfirmed'")
    ledger.close()  # as the earlier version left the file

    upgraded = open_ledger()
    assert [r.id for r in upgraded.unconfirmed()] == [interrupted.id]
    assert [r.id for r in upgraded.waiting()] == [outage.id]  # a real outage still waits
    stored = upgraded.get(interrupted.id)
    assert "may have been billed" in stored.error_message and stored.actual_cost == 0.003
    with pytest.raises(PromptdeskError) as caught:
        pipeline.resend(AppContext(UserSettings()), interrupted.id)
    assert caught.value.kind == "unconfirmed" and cloud.requests == []
