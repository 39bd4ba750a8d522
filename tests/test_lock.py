"""The lock files cover what pyproject.toml asks for: a dependency added without re-locking
(scripts/lock.sh) would install unpinned on a fresh machine, or not at all."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement).group(0)).lower()


def _locked(lock: str) -> dict[str, list[str]]:
    """name → the lines of its entry (the ``==`` pin and its ``--hash`` lines)."""
    entries: dict[str, list[str]] = {}
    current = None
    for line in (ROOT / "requirements" / lock).read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", line)
        if match:
            current = _name(match.group(1))
            entries[current] = [line]
        elif current and line.startswith(" "):
            entries[current].append(line)
    return entries


@pytest.mark.parametrize(("lock", "extras"), [("app.txt", []), ("test.txt", ["test"]), ("build.txt", ["build"]),
                                              ("bench.txt", ["test", "bench"])])
def test_every_declared_dependency_is_pinned_with_hashes(lock: str, extras: list[str]) -> None:
    wanted = list(PYPROJECT["project"]["dependencies"])
    for extra in extras:
        wanted += PYPROJECT["project"]["optional-dependencies"][extra]
    locked = _locked(lock)
    for requirement in wanted:
        name = _name(requirement)
        assert name in locked, f"{name} is in pyproject.toml but not in requirements/{lock}: run scripts/lock.sh"
        assert any("--hash=sha256:" in line for line in locked[name]), f"{name} has no hash in {lock}"


def test_the_locked_setuptools_can_build_the_project() -> None:
    """setup.sh installs with --no-build-isolation: the backend must come from the lock."""
    needed = PYPROJECT["build-system"]["requires"]
    assert any(_name(r) == "setuptools" for r in needed)
    for lock in ("app.txt", "test.txt", "build.txt", "bench.txt"):
        assert "setuptools" in _locked(lock)
