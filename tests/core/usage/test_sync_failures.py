"""The team drive misbehaves: records wait on this computer, the state says why, and they
arrive exactly once when the drive is back. A damaged team file is never written to."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.usage import budget, shared_file, sync
from tests.core.usage.test_sync import member, record, shared_rows

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def quick_timing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A busy team file gives up after a short wait, so the 'locked' case is quick to test."""
    monkeypatch.setattr(shared_file, "TIMING", shared_file.SyncTiming(busy_timeout_s=0.05, attempts=2, backoff_s=0.01))


def assert_each_once(team_dir: Path, ids: list[str]) -> None:
    rows = shared_rows(team_dir, "SELECT id, count(*) FROM usage GROUP BY id")
    assert sorted(r[0] for r in rows) == sorted(ids)
    assert all(r[1] == 1 for r in rows)
    with closing(sqlite3.connect(team_dir / "usage.db")) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_drive_gone_records_wait_and_arrive_once_when_it_is_back(tmp_path: Path, team_dir: Path) -> None:
    ann = member("ann", tmp_path)
    first = record(ann, 2)
    assert sync.sync_now(ann).ok
    away = tmp_path / "unplugged"
    team_dir.rename(away)
    later = record(ann, 3)  # the app keeps working
    state = sync.sync_now(ann)
    assert (state.ok, state.problem_kind, state.waiting) == (False, "unreachable", 3)
    assert state.message == "Team drive not reachable — 3 records waiting"
    assert not team_dir.exists(), "sync must not create a local folder where the drive should be"
    assert sync.sync_state(ann).message == state.message
    away.rename(team_dir)
    back = sync.sync_now(ann)
    assert (back.ok, back.sent, back.waiting) == (True, 3, 0)
    assert_each_once(team_dir, [r.id for r in first + later])


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make the team folder and its file read-only for this process, even when it runs as root
    (root ignores permission bits, not the immutable attribute)."""
    targets = [folder, *folder.iterdir()]
    if os.geteuid() == 0:
        result = subprocess.run(["chattr", "+i", *map(str, targets)], capture_output=True)
        if result.returncode != 0:
            pytest.skip(f"cannot make a folder read-only for root here: {result.stderr!r}")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", *map(str, targets)], check=True)
    else:
        modes = {path: path.stat().st_mode for path in targets}
        for path in targets:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            for path, mode in modes.items():
                path.chmod(mode)


def test_read_only_folder_records_wait_and_arrive_once_when_writable(tmp_path: Path, team_dir: Path) -> None:
    ann = member("ann", tmp_path)
    first = record(ann, 2)
    assert sync.sync_now(ann).ok
    before = (team_dir / "usage.db").read_bytes()
    with read_only(team_dir):
        later = record(ann, 2)
        state = sync.sync_now(ann)
        assert (state.ok, state.problem_kind, state.waiting) == (False, "read_only", 2)
        assert "read-only" in state.message and "2 records waiting" in state.message
    assert (team_dir / "usage.db").read_bytes() == before
    back = sync.sync_now(ann)
    assert (back.ok, back.sent) == (True, 2)
    assert_each_once(team_dir, [r.id for r in first + later])


def test_read_only_folder_without_a_team_file_yet_is_reported(tmp_path: Path, team_dir: Path) -> None:
    ann = member("ann", tmp_path)
    record(ann)
    with read_only(team_dir):
        state = sync.sync_now(ann)
    assert (state.problem_kind, state.waiting) == ("read_only", 1)
    assert not (team_dir / "usage.db").exists()


def test_file_held_locked_by_another_process(tmp_path: Path, team_dir: Path, quick_timing: None) -> None:
    ann = member("ann", tmp_path)
    first = record(ann, 2)
    assert sync.sync_now(ann).ok
    holder = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.sync_worker", "hold-lock", str(team_dir / "usage.db")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        later = record(ann, 3)
        state = sync.sync_now(ann)
        assert (state.ok, state.problem_kind, state.waiting) == (False, "locked", 3)
        assert "busy" in state.message
    finally:
        holder.communicate("release\n", timeout=30)
    assert holder.returncode == 0
    back = sync.sync_now(ann)
    assert (back.ok, back.sent) == (True, 3)
    assert_each_once(team_dir, [r.id for r in first + later])


def _damage(path: Path, where: str) -> None:
    data = bytearray(path.read_bytes())
    if where == "header":  # garbled in place
        data[:100] = b"\x5a" * 100
        path.write_bytes(bytes(data))
        return
    # Every page after the first garbled, and the file replaced whole, as a sync client does:
    # the schema survives, the tables do not.
    data[4096:] = bytes((i * 37 + 11) % 256 for i in range(len(data) - 4096))
    copy = path.with_name("incoming.tmp")
    copy.write_bytes(bytes(data))
    os.replace(copy, path)


@pytest.mark.parametrize("where", ["header", "pages"])
def test_damaged_file_is_refused_plainly_and_rebuild_from_the_command_line_works(
    tmp_path: Path, team_dir: Path, where: str
) -> None:
    ann = member("ann", tmp_path)
    first = record(ann, 30)
    assert sync.sync_now(ann).ok
    _damage(team_dir / "usage.db", where)
    damaged = (team_dir / "usage.db").read_bytes()
    later = record(ann, 2)
    state = sync.sync_now(ann)
    assert (state.ok, state.problem_kind, state.waiting) == (False, "corrupt", 2)
    assert "damaged" in state.message and "promptdesk sync --rebuild" in state.message
    assert (team_dir / "usage.db").read_bytes() == damaged, "a damaged file is never written to"

    # The operator rebuilds with the real command, as another process using this member's ledger.
    env = dict(os.environ, PROMPTDESK_USER="ann")
    ann.ledger.close()
    os.replace(tmp_path / "ann-ledger.db", paths.ledger_file())
    out = subprocess.run([sys.executable, "-m", "desktop", "sync", "--rebuild", "--json"],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["ok"] and result["sent"] == 32 and result["waiting"] == 0
    assert Path(result["moved_aside"]).read_bytes() == damaged
    assert_each_once(team_dir, [r.id for r in first + later])


def test_team_file_from_a_newer_version_is_not_written(tmp_path: Path, team_dir: Path) -> None:
    ann = member("ann", tmp_path)
    record(ann)
    assert sync.sync_now(ann).ok
    with closing(sqlite3.connect(team_dir / "usage.db")) as conn, conn:
        conn.execute("INSERT INTO _migrations (name, applied_at) VALUES ('0099_future', 'x')")
    record(ann)
    state = sync.sync_now(ann)
    assert (state.problem_kind, state.waiting) == ("newer_version", 1)
    assert "Update Promptdesk" in state.message
    assert len(shared_rows(team_dir)) == 1
    # Reading it is still fine: the team's figures come from it.
    team = budget.team_spend(ann)
    assert (team.source, team.runs) == ("team file", 2)


def _can_mount_in_a_namespace() -> bool:
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                           capture_output=True)
    return probe.returncode == 0


def test_full_drive_records_wait_and_arrive_later(tmp_path: Path, team_dir: Path) -> None:
    """A copy of the team folder on a tiny RAM disk (in a private mount namespace, so nothing
    outside the test sees it) fills up: the member's process reports it and keeps the records."""
    if shutil.which("unshare") is None or not _can_mount_in_a_namespace():
        pytest.skip("this machine does not allow a private mount namespace for a tiny RAM disk")
    ann = member("ann", tmp_path)
    first = record(ann, 5)
    assert sync.sync_now(ann).ok
    later = record(ann, 300, template_title="x" * 400)
    ann.ledger.close()
    os.replace(tmp_path / "ann-ledger.db", paths.ledger_file())
    size = (team_dir / "usage.db").stat().st_size
    disk = tmp_path / "small-drive"
    disk.mkdir()
    script = (f'mount -t tmpfs -o size={size + 8192} tmpfs "{disk}" && cp "{team_dir}/usage.db" "{disk}/" && '
              f'PROMPTDESK_TEAM_DIR="{disk}" "{sys.executable}" -m desktop sync --json')
    env = dict(os.environ, PROMPTDESK_USER="ann")
    out = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, env=env,
                         cwd=ROOT, timeout=60)
    assert out.returncode == 1, out.stderr
    state = json.loads(out.stdout)
    assert (state["ok"], state["problem_kind"], state["waiting"]) == (False, "full", 300)
    assert "full" in state["message"]
    back = subprocess.run([sys.executable, "-m", "desktop", "sync", "--json"], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=60)
    assert back.returncode == 0, back.stderr
    assert json.loads(back.stdout)["sent"] == 300
    assert_each_once(team_dir, [r.id for r in first + later])
