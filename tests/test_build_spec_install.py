"""The Linux download's installer and menu entry, run for real on a stand-in bundle.

scripts/build.sh puts scripts/install-linux.sh into the tarball as install.sh, beside the
bundle folder, the .desktop entry and the icons. Here the same layout is made with a tiny
executable standing in for the bundle, and the installer runs with HOME in a temp folder.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def _unpacked_download(folder: Path) -> Path:
    """The layout build.sh puts in Promptdesk-<version>/."""
    folder.mkdir()
    app = folder / "Promptdesk"
    app.mkdir()
    (app / "Promptdesk").write_text("#!/bin/sh\necho Promptdesk stand-in\n", encoding="utf-8")
    (app / "Promptdesk").chmod(0o755)
    (app / "_internal").mkdir()
    shutil.copy(ROOT / "resources" / "promptdesk.desktop", folder / "promptdesk.desktop")
    (folder / "icons").mkdir()
    for icon in (ROOT / "resources" / "icons").glob("promptdesk-*.png"):
        shutil.copy(icon, folder / "icons" / icon.name)
    shutil.copy(ROOT / "scripts" / "install-linux.sh", folder / "install.sh")
    return folder


def _install(folder: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env["HOME"] = str(home)
    return subprocess.run(["bash", str(folder / "install.sh"), *args], capture_output=True, text=True,
                          env=env, timeout=60)


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_menu_entry_has_what_desktops_require() -> None:
    entry = _entry(ROOT / "resources" / "promptdesk.desktop")
    assert entry["Type"] == "Application" and entry["Name"] == "Promptdesk"
    assert entry["Icon"] == "promptdesk"  # matches QApplication.setDesktopFileName("promptdesk")
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == "Promptdesk"  # the bundle's X11 WM_CLASS, so docks group its windows
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"]


def test_install_adds_the_app_to_the_menu_and_uninstall_removes_it(tmp_path: Path) -> None:
    folder = _unpacked_download(tmp_path / "Promptdesk-0.1.0")
    home = tmp_path / "home"
    settings = home / ".config" / "Promptdesk" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text('name = "Sam"\n', encoding="utf-8")

    done = _install(folder, home)
    assert done.returncode == 0, done.stderr
    data = home / ".local" / "share"
    installed = data / "promptdesk" / "Promptdesk"
    assert os.access(installed, os.X_OK)
    entry = _entry(data / "applications" / "promptdesk.desktop")
    assert entry["Exec"] == f'"{installed}"' and entry["TryExec"] == str(installed)
    assert (data / "icons" / "hicolor" / "16x16" / "apps" / "promptdesk.png").exists()
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "promptdesk.png").exists()
    launcher = home / ".local" / "bin" / "promptdesk"
    assert subprocess.run([str(launcher)], capture_output=True, text=True).stdout.strip() == "Promptdesk stand-in"

    again = _install(folder, home)  # installing over an older copy replaces it
    assert again.returncode == 0, again.stderr
    assert not (data / "promptdesk.new").exists()

    removed = _install(folder, home, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert not (data / "promptdesk").exists()
    assert not (data / "applications" / "promptdesk.desktop").exists()
    assert not launcher.exists() and not launcher.is_symlink()
    assert not list((data / "icons").rglob("promptdesk.png"))
    assert settings.read_text(encoding="utf-8") == 'name = "Sam"\n'  # the user's settings stay


def test_install_refuses_outside_an_unpacked_download(tmp_path: Path) -> None:
    folder = tmp_path / "loose"
    folder.mkdir()
    shutil.copy(ROOT / "scripts" / "install-linux.sh", folder / "install.sh")
    done = _install(folder, tmp_path / "home")
    assert done.returncode == 1
    assert "unpacked Promptdesk folder" in done.stderr


def test_the_install_note_in_the_tarball_comes_from_docs() -> None:
    """build.sh cuts INSTALL.txt out of docs/INSTALL.md between these markers."""
    text = (ROOT / "docs" / "INSTALL.md").read_text(encoding="utf-8")
    note = re.search(r"^<!-- linux-install-note -->\n(.*?)^<!-- end -->$", text, re.S | re.M)
    assert note is not None
    assert "install.sh" in note.group(1) and "--uninstall" in note.group(1)
    build = (ROOT / "scripts" / "build.sh").read_text(encoding="utf-8")
    assert "<!-- linux-install-note -->" in build and "install-linux.sh" in build
