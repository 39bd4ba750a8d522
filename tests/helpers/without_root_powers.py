"""Run a child process that obeys file permission bits even when the tests run as root.

Root ignores mode bits because of two capabilities, CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH.
Dropping them from the child's bounding set before it starts (``preexec_fn``) leaves a process
that is still root by name but is refused a mode-000 file or a read-only folder like anyone
else: the real kernel check, not a simulation. Elsewhere (not root) nothing needs dropping.
"""

from __future__ import annotations

import ctypes
import os
import sys

_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE = 1
_CAP_DAC_READ_SEARCH = 2


def drop_file_powers() -> None:
    """For ``subprocess``'s ``preexec_fn``: after exec the child has no permission override."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) refused")


def powers_can_be_dropped() -> bool:
    """Whether a child here can be made to obey permission bits (not root, or root on Linux
    with the right to shrink its capability bounding set)."""
    if os.geteuid() != 0:
        return True
    if not sys.platform.startswith("linux"):
        return False
    import subprocess

    probe = subprocess.run([sys.executable, "-c", "import os; print(os.access('/proc/1/root', os.R_OK))"],
                           preexec_fn=drop_file_powers, capture_output=True, text=True)
    return probe.returncode == 0
