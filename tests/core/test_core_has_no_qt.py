"""desktop.core never loads Qt: it must run in scripts and tests without a display."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import desktop.core


def test_importing_every_core_module_does_not_load_pyside6() -> None:
    names = [m.name for m in pkgutil.walk_packages(desktop.core.__path__, "desktop.core.")]
    assert "desktop.core.paths" in names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
