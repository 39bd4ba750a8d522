"""``promptdesk --self-test``: prove that this installation works, then exit.

A packaged bundle can look complete and still miss a data file, a module imported by name at
run time, or a Qt plugin; those only show up when the code that needs them runs. So the
self-test runs each part of the real path once: load the bundled template library, hide the
personal data in a sample, route and price a request, optionally send it to a local fake API
(``--fake-endpoint URL``) through both provider SDKs, open the main window offscreen and close
it, and say which keychain this computer offers. It prints a short report (also written to
``selftest.txt`` in the logs folder, because a windowed app on Windows has no console) and
exits 0 only if every check passed. The checks themselves are in ``selftest_checks.py``.

Nothing of the user's is touched: the checks run with a temporary Promptdesk home folder, no
team folder, and keys held in memory; the keychain is only asked what it is, never read.
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.cli.selftest_checks import (
    FAKE_KEYS,
    CheckFailed,
    check_documents,
    check_keychain,
    check_library,
    check_privacy,
    check_route,
    check_send,
    check_window,
    pick_template,
)
from desktop.core.errors import PromptdeskError

REPORT_FILE = "selftest.txt"
@dataclass
class Check:
    """One line of the report: what was checked, whether it worked, and what was seen."""

    name: str
    ok: bool
    detail: str
    seconds: float = 0.0


# --------------------------------------------------------------------------- running them


def run_check(name: str, fn: Callable[[], Any]) -> tuple[Check, Any]:
    """Run one check; any exception becomes a failed line, never a crash of the self-test."""
    started = time.perf_counter()
    value: Any = None
    try:
        result = fn()
        detail, value = result if isinstance(result, tuple) else (result, None)
        check = Check(name, True, str(detail))
    except CheckFailed as exc:
        check = Check(name, False, str(exc))
    except PromptdeskError as exc:
        check = Check(name, False, exc.message)
    except Exception as exc:
        # Where it broke, as the last two frames (package/file:line), for whoever reads the report.
        frames = traceback.extract_tb(exc.__traceback__)[-2:]
        where = " <- ".join(f"{'/'.join(Path(f.filename).parts[-2:])}:{f.lineno}" for f in reversed(frames))
        where = f" at {where}" if where else ""
        check = Check(name, False, f"{type(exc).__name__}: {exc}{where}")
    check.seconds = time.perf_counter() - started
    return check, value


@contextlib.contextmanager
def isolated_environment(home: Path, fake_endpoint: str | None) -> Iterator[None]:
    """A throw-away Promptdesk home, no team folder, offscreen Qt, the fake endpoint's URLs."""
    changes: dict[str, str | None] = {
        "PROMPTDESK_HOME": str(home),
        "PROMPTDESK_TEAM_DIR": None,
        "QT_QPA_PLATFORM": "offscreen",
    }
    if fake_endpoint:
        base = fake_endpoint.rstrip("/")
        changes["ANTHROPIC_BASE_URL"] = base
        changes["OPENAI_BASE_URL"] = base + "/v1"
    saved = {name: os.environ.get(name) for name in changes}
    try:
        _set_environment(changes)
        yield
    finally:
        _set_environment(saved)


def _set_environment(values: dict[str, str | None]) -> None:
    """Set each variable; None removes it."""
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def run_checks(fake_endpoint: str | None) -> list[Check]:
    from desktop.core import settings
    from desktop.core.context import AppContext

    checks: list[Check] = []
    with tempfile.TemporaryDirectory(prefix="promptdesk-selftest-") as tmp, \
            isolated_environment(Path(tmp), fake_endpoint):
        previous_store = settings._KEYSTORE
        settings._KEYSTORE = None  # a fresh store: the fake keys below stay in this one
        try:
            check, library = run_check("Template library", check_library)
            checks.append(check)
            checks.append(run_check("Privacy", check_privacy)[0])
            context = AppContext()
            template = None
            if library is not None:
                check, template = run_check("Sample request", lambda: ("ok", pick_template(library)))
                if not check.ok:
                    checks.append(check)
            if template is not None:
                checks.append(run_check("Routing and price", lambda: check_route(context, template))[0])
                if fake_endpoint:
                    for provider in ("anthropic", "openai"):
                        context.keys.set(provider, FAKE_KEYS[provider], memory_only=True)
                        label = {"anthropic": "Send (Anthropic SDK)", "openai": "Send (OpenAI SDK)"}[provider]
                        checks.append(run_check(label, partial(check_send, context, template, provider))[0])
            if not fake_endpoint:
                checks.append(Check("Send", True, "skipped: no --fake-endpoint given"))
            checks.append(run_check("Main window", lambda: check_window(context))[0])
            checks.append(run_check("Files", check_documents)[0])
            checks.append(run_check("Keychain", check_keychain)[0])
        finally:
            settings._KEYSTORE = previous_store
    return checks


def format_report(checks: list[Check]) -> str:
    from desktop.core import paths

    where = "bundle" if paths.is_frozen() else "source"
    lines = [
        f"Promptdesk {__version__} self-test ({where}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()})",
    ]
    for check in checks:
        lines.append(f"  {'ok  ' if check.ok else 'FAIL'}  {check.name:<22} {check.detail}  [{check.seconds:.2f} s]")
    failed = [check for check in checks if not check.ok]
    if failed:
        lines.append(f"Self-test FAILED: {len(failed)} of {len(checks)} checks did not pass.")
    else:
        lines.append(f"Self-test passed: {len(checks)} checks.")
    return "\n".join(lines) + "\n"


def write_report(report: str) -> Path | None:
    """Keep the report in the logs folder; a read-only disk only loses the copy."""
    from desktop.core import paths

    try:
        path = paths.private_file(paths.logs_dir() / REPORT_FILE)  # made 0600 before it is written
        path.write_text(report, encoding="utf-8")
        return path
    except OSError:
        return None


def run_self_test(fake_endpoint: str | None = None) -> int:
    """Run every check, print the report, and return the exit code (0 only if all passed)."""
    checks = run_checks(fake_endpoint)
    report = format_report(checks)
    path = write_report(report)
    if path is not None:
        report += f"(report saved to {path})\n"
    if sys.stdout is not None:  # a windowed app on Windows has no stdout
        sys.stdout.write(report)
        sys.stdout.flush()
    return 0 if all(check.ok for check in checks) else 1
