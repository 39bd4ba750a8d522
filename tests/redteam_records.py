"""Rerun the "Records" and "Files" attacks of the fail-closed review, and count.

    .venv/bin/python -m tests.redteam_records [--kills N] [--seeds N]

Every attack uses real parts: ``promptdesk`` commands in real processes (SIGKILLed or
interrupted where it says so), real files damaged on disk, the real SDK against the fake
server on 127.0.0.1 (whose request list is what left the machine). Prints, per item, the
cases tried and the failures, each failure with its reason; exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PROBLEMS: dict[str, list[str]] = {}
TRIED: dict[str, int] = {}


def case(item: str, ok: bool, why: str) -> None:
    TRIED[item] = TRIED.get(item, 0) + 1
    if not ok:
        PROBLEMS.setdefault(item, []).append(why)


class World:
    """A fresh home and team folder, the environment child processes get, and the fake server."""

    def __init__(self, server: Any) -> None:
        from tests.helpers.fake_llm import FAKE_ANTHROPIC_KEY

        self.base = Path(tempfile.mkdtemp(prefix="redteam-"))
        self.home, self.team = self.base / "home", self.base / "team"
        self.team.mkdir()
        self.server = server
        server.clear()
        server.requests.clear()
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "PROMPTDESK_"))}
        self.env.update(PROMPTDESK_HOME=str(self.home), PROMPTDESK_TEAM_DIR=str(self.team),
                        ANTHROPIC_BASE_URL=server.url, ANTHROPIC_API_KEY=FAKE_ANTHROPIC_KEY,
                        PYTHON_KEYRING_BACKEND="tests.helpers.memory_keyring.MemoryKeyring",
                        PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        os.environ.update(PROMPTDESK_HOME=str(self.home), PROMPTDESK_TEAM_DIR=str(self.team),
                          ANTHROPIC_BASE_URL=server.url, ANTHROPIC_API_KEY=FAKE_ANTHROPIC_KEY)
        from desktop.core import paths
        from tests.core.send.test_records import NOTE

        (paths.personal_prompts_dir() / "thank-you.md").write_text(NOTE, encoding="utf-8")

    def cli(self, *args: str, preexec: Callable[[], None] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                              env=self.env, timeout=timeout, preexec_fn=preexec, cwd=ROOT)

    def popen(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen([sys.executable, "-m", "desktop", *args], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=self.env, cwd=ROOT)

    def close(self) -> None:
        subprocess.run(["chmod", "-R", "u+rwx", str(self.base)], capture_output=True)
        shutil.rmtree(self.base, ignore_errors=True)


SEND = ("run", "thank-you", "-f", "person=Maria Keller")


def plain(out: subprocess.CompletedProcess[str]) -> bool:
    text = out.stdout + out.stderr
    return not any(raw in text for raw in ("Traceback", "OperationalError", "DatabaseError", "RecursionError"))


# ----------------------------------------------------------------------------- records


def _seed_ledger() -> Path:
    from desktop.core import paths
    from desktop.core.run import DONE, Run
    from desktop.core.usage.ledger import open_ledger

    ledger = open_ledger()
    for _ in range(30):
        ledger.record(Run(template_id="earlier", status=DONE, rendered_prompt="x" * 2000))
    ledger._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ledger.close()
    return paths.ledger_file()


def _damages(seeds: int) -> list[tuple[str, Callable[[Path], Callable[[], None] | None]]]:
    def zero_pages(p: Path) -> None:
        data = bytearray(p.read_bytes())
        data[8192:] = bytes(len(data) - 8192)
        p.write_bytes(bytes(data))

    def header(p: Path) -> None:
        data = bytearray(p.read_bytes())
        data[:100] = bytes(100)
        p.write_bytes(bytes(data))

    def newer(p: Path) -> None:
        with closing(sqlite3.connect(p)) as conn:
            conn.execute("INSERT INTO _migrations VALUES ('9999_from_the_future', '2030-01-01')")
            conn.commit()

    def read_only(p: Path) -> Callable[[], None]:
        from tests.helpers.without_root_powers import drop_file_powers

        p.chmod(0o400)
        p.parent.chmod(0o500)
        return drop_file_powers

    def disk_full(p: Path) -> Callable[[], None]:
        import resource

        def limit() -> None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
        return limit

    def folder(p: Path) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{p}{suffix}").unlink(missing_ok=True)
        p.mkdir()

    def scribble(seed: int) -> Callable[[Path], None]:
        def damage(p: Path) -> None:
            rng = random.Random(seed)
            data = bytearray(p.read_bytes())
            for _ in range(16):
                at = rng.randrange(0, len(data) - 512)
                data[at:at + 512] = rng.randbytes(512)
            p.write_bytes(bytes(data))
        return damage

    fixed: list[tuple[str, Callable[[Path], Any]]] = [
        ("pages zeroed", zero_pages), ("header zeroed", header),
        ("overwritten with text", lambda p: p.write_text("not a database\n" * 500)),
        ("truncated to half", lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2])),
        ("truncated to 100 bytes", lambda p: p.write_bytes(p.read_bytes()[:100])),
        ("WAL path is a folder", lambda p: Path(f"{p}-wal").mkdir()),
        ("ledger.db is a folder", folder), ("written by a newer version", newer),
        ("read-only file and folder", read_only), ("disk full", disk_full),
    ]
    return fixed + [(f"random damage, seed {seed}", scribble(seed)) for seed in range(seeds)]


def records_unwritable(server: Any, seeds: int) -> None:
    item = "R1 unwritable or corrupt ledger: nothing sent unrecorded, exit non-zero"
    for name, damage in _damages(seeds):
        world = World(server)
        try:
            path = _seed_ledger()
            preexec = damage(path)
            out = world.cli(*SEND, preexec=preexec if callable(preexec) else None)
            sent = len(server.requests)
            subprocess.run(["chmod", "-R", "u+rwx", str(world.home)], capture_output=True)
            if sent == 0:
                case(item, out.returncode != 0 and plain(out) and "usage history" in out.stderr,
                     f"{name}: nothing sent but exit {out.returncode} / {out.stderr.strip()[:160]!r}")
            else:  # SQLite did not meet the damage: then the run must be in the ledger, answered
                case(item, out.returncode == 0 and _recorded_done(), f"{name}: sent, but not recorded as done")
        finally:
            world.close()


def _recorded_done() -> bool:
    from desktop.core.usage.ledger import open_ledger

    try:
        return any(run.status == "done" and run.template_id == "thank-you" for run in open_ledger().runs())
    except Exception:
        return False


def _hang_until_released(server: Any, release: threading.Event, arrived: threading.Event) -> None:
    from tests.helpers.fake_llm import Reply

    def reply(request: Any) -> Reply:
        arrived.set()
        release.wait(60)
        return Reply(text="Thank you, [PERSON_1].", chunks=["Thank ", "you, ", "[PERSON_1]."], chunk_delay=0.05)
    server.default = reply


def records_killed(server: Any, kills: int) -> None:
    item = "R2 killed after the request left: unconfirmed, asked before resending, one record"
    from desktop.core.usage.ledger import open_ledger
    from tests.helpers.fake_llm import Reply

    rng = random.Random(7)
    for number in range(kills):
        world = World(server)
        try:
            release, arrived = threading.Event(), threading.Event()
            _hang_until_released(server, release, arrived)
            process = world.popen(*SEND)
            arrived.wait(60)
            if number % 2:  # half are killed while the answer streams in
                release.set()
            threading.Event().wait(rng.uniform(0, 0.15))
            process.send_signal(signal.SIGKILL)
            process.communicate(timeout=60)
            release.set()
            [run] = open_ledger().runs()
            if run.status == "done":  # the answer was recorded before the kill: nothing to ask
                case(item, run.response_text.startswith("Thank you"), f"kill {number}: done without the answer")
                continue
            case(item, run.status == "unconfirmed" and "may have been billed" in run.error_message,
                 f"kill {number}: status {run.status!r} after SIGKILL")
            server.default = lambda request: Reply(text="Thank you, [PERSON_1].")
            before = len(server.requests)
            asked = world.cli("resend", run.id)
            case(item, asked.returncode == 3 and len(server.requests) == before,
                 f"kill {number}: resend without yes sent or exit {asked.returncode}")
            sent = world.cli("resend", run.id, "--yes")
            with closing(sqlite3.connect(world.home / "data" / "ledger.db")) as conn:
                rows = conn.execute("SELECT count(*) FROM runs").fetchone()[0]
            case(item, sent.returncode == 0 and len(server.requests) == before + 1 and rows == 1,
                 f"kill {number}: resend --yes exit {sent.returncode}, {len(server.requests) - before} requests, "
                 f"{rows} records")
        finally:
            world.close()


def records_once(server: Any, rounds: int) -> None:
    item = "R3 one request, one record: concurrent resends and retries send it once"
    from desktop.core.context import AppContext
    from desktop.core.send import pipeline, providers
    from desktop.core.settings import UserSettings
    from tests.helpers.fake_llm import Reply

    for number in range(rounds):
        world = World(server)
        try:
            providers.BREAKER = providers.CircuitBreaker()
            server.default = lambda request: Reply(fault="529")
            context = AppContext(UserSettings())
            prepared = pipeline.prepare(context, context.library.get("thank-you"), {"person": "Maria Keller"})
            waiting = pipeline.execute(context, prepared, sleep=lambda s: None)
            providers.BREAKER = providers.CircuitBreaker()
            before = len(server.requests)
            release, arrived = threading.Event(), threading.Event()
            _hang_until_released(server, release, arrived)
            processes = [world.popen("resend", waiting.id, "--yes") for _ in range(4)]
            arrived.wait(60)
            threading.Event().wait(1.0)  # the others start and try while the first is out
            release.set()
            codes = sorted(p.wait(120) for p in processes)
            with closing(sqlite3.connect(world.home / "data" / "ledger.db")) as conn:
                rows = conn.execute("SELECT count(*), max(status) FROM runs").fetchone()
            case(item, len(server.requests) == before + 1 and codes.count(0) == 1 and rows == (1, "done"),
                 f"round {number}: {len(server.requests) - before} requests, exits {codes}, ledger {rows}")
        finally:
            world.close()
    world = World(server)
    try:
        server.default = lambda request: Reply(text="Thank you, [PERSON_1].")
        providers.BREAKER = providers.CircuitBreaker()  # the rounds above left the endpoint failing
        context = AppContext(UserSettings())
        prepared = pipeline.prepare(context, context.library.get("thank-you"), {"person": "Maria Keller"})

        def broken(text: str) -> None:
            raise RuntimeError("display gone")
        run = pipeline.execute(context, prepared, on_text=broken, on_status=broken, sleep=lambda s: None)
        case(item, run.status == "done" and len(server.requests) == 1,
             f"display failure: {run.status}, {len(server.requests)} requests, {run.error_message[:150]}")
    finally:
        world.close()


# ----------------------------------------------------------------------------- files


def files_cases(server: Any) -> None:
    item = "F1 hostile .cases files: plain problem in test-templates, check and the core"
    from tests.core.review.test_case_files import HOSTILE, write_cases

    world = World(server)
    try:
        folder = world.base / "prompts"
        folder.mkdir()
        write_cases(folder, HOSTILE)
        md = str(folder / "meeting-summary.md")

        def ceiling() -> None:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))
        for surface, args in (("test-templates", ("test-templates", md, "--dry-run")), ("check", ("check", md))):
            out = world.cli(*args, preexec=ceiling, timeout=300)
            for name in HOSTILE:
                case(item, out.returncode == 1 and plain(out) and name in out.stdout + out.stderr,
                     f"{surface}: {name} not reported plainly (exit {out.returncode})")
        code = ("import sys; from desktop.core.templates.library import parse_template; "
                "from desktop.core.review.evals import load_cases; "
                f"t, _ = parse_template(__import__('pathlib').Path({md!r}), 'team'); "
                "print('\\n'.join(load_cases(t)[1]))")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=world.env,
                             preexec_fn=ceiling, timeout=300, cwd=ROOT)
        for name in HOSTILE:
            case(item, out.returncode == 0 and f"{name}: could not be read" in out.stdout and plain(out),
                 f"core: {name} not a plain problem")
    finally:
        world.close()


def files_sync(server: Any) -> None:
    from tests.core.usage.test_sync_causes import CASES
    from tests.helpers.without_root_powers import drop_file_powers

    def link_chain(team: Path, outside: Path) -> None:
        (team / "step.db").symlink_to(outside)
        (team / "usage.db").symlink_to(team / "step.db")

    def relative_link(team: Path, outside: Path) -> None:
        (team / "usage.db").symlink_to(Path("..") / outside.parent.name / outside.name)

    extra = [(link_chain, "link", "is a link"), (relative_link, "link", "is a link")]
    for make, kind, words in [*CASES, *extra]:
        item = ("F2 usage.db that is a link or resolves outside: refused, nothing written elsewhere"
                if kind == "link" else "F3 sync names the right cause, no raw lines")
        world = World(server)
        try:
            outside = world.base / "elsewhere" / "notes.db"
            outside.parent.mkdir()
            make(world.team, outside)
            before = outside.read_bytes() if outside.exists() else None
            from desktop.core.context import AppContext
            from desktop.core.run import DONE, Run
            from desktop.core.settings import UserSettings

            AppContext(UserSettings()).ledger.record(Run(user="ana", status=DONE))
            out = world.cli("sync", "--json", preexec=drop_file_powers)
            state = __import__("json").loads(out.stdout) if out.stdout.startswith("{") else {}
            after = outside.read_bytes() if outside.exists() else None
            case(item, out.returncode == 1 and state.get("problem_kind") == kind and words in state.get("message", "")
                 and before == after and plain(out),
                 f"{make.__name__}: exit {out.returncode}, kind {state.get('problem_kind')!r}, outside changed "
                 f"{before != after}")
        finally:
            world.close()


def files_permissions(server: Any) -> None:
    item = "F4 per-user folders 0700, ledger/answers/evals 0600 (new and tightened)"
    import stat

    from tests.helpers.fake_llm import Reply

    previous = os.umask(0o022)
    try:
        world = World(server)
        try:
            server.default = lambda request: Reply(text="Thank you, [PERSON_1].")
            out = world.cli(*SEND)
            world.cli("test-templates", "thank-you", "--dry-run")
            ledger = world.home / "data" / "ledger.db"
            for path, mode in [(world.home / "data", 0o700), (world.home / "cache", 0o700),
                               (world.home / "config", 0o700), (ledger, 0o600),
                               (world.home / "cache" / "answers.db", 0o600)]:
                actual = stat.S_IMODE(path.stat().st_mode) if path.exists() else None
                case(item, out.returncode == 0 and actual == mode, f"new {path.name}: {actual and oct(actual)}")
            for path in (ledger, world.home / "cache" / "answers.db", world.home / "data", world.home / "cache"):
                path.chmod(0o755 if path.is_dir() else 0o644)
            world.cli(*SEND, "--fresh")
            for path, mode in [(ledger, 0o600), (world.home / "cache" / "answers.db", 0o600),
                               (world.home / "data", 0o700), (world.home / "cache", 0o700)]:
                actual = stat.S_IMODE(path.stat().st_mode)
                case(item, actual == mode, f"loose {path.name} left {oct(actual)}")
        finally:
            world.close()
    finally:
        os.umask(previous)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=10, help="SIGKILLs after the request left (default 10)")
    parser.add_argument("--seeds", type=int, default=10, help="random ledger damages (default 10)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of four concurrent resends (default 3)")
    args = parser.parse_args(argv)
    # Never a real keychain, here or in the children (as in the test suite).
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.helpers.memory_keyring.MemoryKeyring"
    from tests.helpers.fake_llm import FakeLLMServer

    saved = dict(os.environ)
    with FakeLLMServer() as server:
        try:
            records_unwritable(server, args.seeds)
            records_killed(server, args.kills)
            records_once(server, args.rounds)
            files_cases(server)
            files_sync(server)
            files_permissions(server)
        finally:
            os.environ.clear()
            os.environ.update(saved)
    width = max(len(item) for item in TRIED)
    print(f"{'Item':<{width}}  {'Tried':>5}  {'Failed':>6}")
    for item in sorted(TRIED):
        print(f"{item:<{width}}  {TRIED[item]:>5}  {len(PROBLEMS.get(item, [])):>6}")
        for why in PROBLEMS.get(item, []):
            print(f"    {why}")
    print(f"Total: {sum(TRIED.values())} cases, {sum(len(v) for v in PROBLEMS.values())} failures")
    return 1 if PROBLEMS else 0


if __name__ == "__main__":
    sys.exit(main())
