"""Whether the process that began sending a run still runs: a SENDING record whose process has
stopped was interrupted mid-send (and may have been billed); one whose process lives is still
on its way in another window."""

from __future__ import annotations

import json
import os


def sending_pid(extra: str | None) -> int:
    try:
        value = json.loads(extra or "{}").get("sending_pid", 0)
    except (ValueError, AttributeError):
        return 0
    return value if isinstance(value, int) else 0


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs. This process's own id counts as stopped: its live
    sends are in ``_IN_FLIGHT``, so a SENDING record with its id is from an earlier process."""
    if pid <= 0 or pid == os.getpid():
        return False
    if os.name == "nt":  # os.kill(pid, 0) would end the process on Windows
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists but belongs to someone else
        return True
    return True


def _windows_process_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # windll exists only on Windows
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
