"""build.spec's rules: what goes into the packaged app and what is left out.

The spec is run with RULES_ONLY so its rules are defined without PyInstaller building anything
(PyInstaller is not even needed here). The bundle itself is built and self-tested by CI after
the tests (scripts/build.sh --self-test).
"""

from __future__ import annotations

import ast
import runpy
import struct
from pathlib import Path
from typing import Any

import pytest

import desktop
from desktop.cli import COMMANDS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return runpy.run_path(str(ROOT / "build.spec"), init_globals={"RULES_ONLY": True, "SPECPATH": str(ROOT)})


def test_version_comes_from_the_package(spec: dict[str, Any]) -> None:
    assert spec["app_version"]() == desktop.__version__


def test_resources_and_prompts_are_listed_as_data(spec: dict[str, Any]) -> None:
    assert sorted(dest for _, dest in spec["DATAS"]) == ["prompts", "resources"]
    for source, _ in spec["DATAS"]:
        assert Path(source).is_dir(), source


def test_every_cli_command_module_and_the_self_test_are_hidden_imports(spec: dict[str, Any]) -> None:
    """desktop/cli/__init__.py imports command modules by name, which PyInstaller cannot see."""
    hidden = set(spec["HIDDEN_IMPORTS"])
    wanted = {module for module, _ in COMMANDS.values() if (ROOT / (module.replace(".", "/") + ".py")).exists()}
    wanted.add("desktop.cli.selftest")
    assert wanted <= hidden


def test_every_module_of_the_app_is_listed(spec: dict[str, Any]) -> None:
    hidden = set(spec["HIDDEN_IMPORTS"])
    assert {"desktop", "desktop.core.paths", "desktop.gui.app", "desktop.gui.main_window"} <= hidden
    assert not [name for name in hidden if name.endswith(".__init__")]


def _imported_top_level_modules() -> dict[str, Path]:
    """Every top-level module that desktop/ imports anywhere (also inside functions)."""
    found: dict[str, Path] = {}
    for path in (ROOT / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            for name in names:
                found.setdefault(name, path)
    return found


def test_nothing_the_app_imports_is_excluded_from_the_bundle(spec: dict[str, Any]) -> None:
    """A module excluded in build.spec but imported by the app would fail only in the bundle."""
    excluded = set(spec["EXCLUDES"]) | set(spec["qt_excludes"](spec["qt_modules_used"]()))
    clashes = {
        name: str(path.relative_to(ROOT))
        for name, path in _imported_top_level_modules().items()
        if any(name == ex or name.startswith(ex + ".") for ex in excluded)
    }
    assert clashes == {}, f"imported by the app but excluded in build.spec: {clashes}"


def test_unused_qt_modules_are_excluded_and_used_ones_kept(spec: dict[str, Any]) -> None:
    used = spec["qt_modules_used"]()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    excluded = set(spec["qt_excludes"](used))
    for module in used:
        assert f"PySide6.{module}" not in excluded
    for unused in ("QtNetwork", "QtQml", "QtQuick", "QtPdf", "QtWebEngineCore", "QtMultimedia"):
        if unused not in used:
            assert f"PySide6.{unused}" in excluded


def test_tkinter_and_the_test_tools_are_excluded(spec: dict[str, Any]) -> None:
    assert {"tkinter", "pytest", "hypothesis"} <= set(spec["EXCLUDES"])


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/plugins/styles/qmodernwindowsstyle.dll",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
])
def test_plugins_a_desktop_needs_are_kept(spec: dict[str, Any], dest: str) -> None:
    assert spec["keep_plugin"](dest) is True


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
    "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
])
def test_plugins_for_unused_modules_and_embedded_screens_are_dropped(spec: dict[str, Any], dest: str) -> None:
    assert spec["keep_plugin"](dest) is False


def test_files_that_are_not_qt_plugins_are_left_alone(spec: dict[str, Any]) -> None:
    assert spec["keep_plugin"]("PySide6/Qt/lib/libQt6Gui.so.6") is None
    assert spec["keep_plugin"]("cryptography/hazmat/bindings/_rust.abi3.so") is None


def test_qt_translations_are_dropped_and_app_data_kept(spec: dict[str, Any]) -> None:
    assert not spec["keep_data"]("PySide6/Qt/translations/qtbase_de.qm")
    assert not spec["keep_data"]("PySide6\\translations\\qtbase_fr.qm")
    assert spec["keep_data"]("resources/tiers.toml")
    assert spec["keep_data"]("prompts/operations/meeting-summary.md")


def test_libraries_only_dropped_plugins_needed_are_pruned(spec: dict[str, Any]) -> None:
    """QtPdf came in for the PDF image plugin and cairo for the GTK theme; once those plugins
    are gone nothing links to them. glib is shared with Qt itself and stays; a library no
    dropped plugin links to (here one that Python opens through ctypes) is never touched."""
    kept = [
        ("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/src/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", "/src/libQt6Pdf.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Qml.so.6", "/src/libQt6Qml.so.6", "BINARY"),
        ("libglib-2.0.so.0", "/usr/lib/libglib-2.0.so.0", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/usr/lib/libpixman-1.so.0", "BINARY"),
        ("libmagic.so.1", "/usr/lib/libmagic.so.1", "BINARY"),
    ]
    dropped = [
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", "/src/libqpdf.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
    ]
    links = {
        "/src/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
        "/src/libQt6Widgets.so.6": ["libQt6Gui.so.6", "libc.so.6"],
        "/src/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/src/libQt6Core.so.6": ["libglib-2.0.so.0"],
        "/src/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/src/libqpdf.so": ["libQt6Pdf.so.6"],
        "/src/libQt6Pdf.so.6": ["libQt6Qml.so.6", "libQt6Gui.so.6"],
        "/src/libqgtk3.so": ["libgtk-3.so.0", "libcairo.so.2", "libglib-2.0.so.0"],
        "/usr/lib/libcairo.so.2": ["libpixman-1.so.0", "libglib-2.0.so.0"],
    }
    unused = spec["unused_libraries"](kept, dropped, lambda src: links.get(src, []))
    assert unused == {"libqt6pdf.so.6", "libqt6qml.so.6", "libcairo.so.2", "libpixman-1.so.0"}


def test_a_dropped_macos_framework_goes_as_a_whole_folder(spec: dict[str, Any]) -> None:
    binaries = [
        ("PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf", "/src/QtPdf", "BINARY"),
        ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", "/src/QtGui", "BINARY"),
    ]
    assert spec["unused_frameworks"](binaries, {"qtpdf"}) == {"PySide6/Qt/lib/QtPdf.framework/"}


def test_windows_and_macos_qt_library_names_are_recognised(spec: dict[str, Any]) -> None:
    assert spec["is_qt_library"]("PySide6/Qt6Gui.dll")
    assert spec["is_qt_library"]("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui")
    assert not spec["is_qt_library"]("PySide6/QtGui.pyd")
    assert not spec["is_qt_library"]("PySide6/plugins/platforms/qwindows.dll")


def test_icons_exist_for_every_platform_in_their_formats() -> None:
    icons = ROOT / "resources" / "icons"
    png = (icons / "promptdesk.png").read_bytes()
    assert png.startswith(b"\x89PNG") and struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (icons / "promptdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sides = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sides
    icns = (icons / "promptdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (icons / f"promptdesk-{size}.png").read_bytes().startswith(b"\x89PNG")


def test_each_platform_gets_its_icon_format(spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    for platform, suffix in (("win32", ".ico"), ("darwin", ".icns"), ("linux", ".png")):
        monkeypatch.setattr(sys, "platform", platform)
        assert spec["icon_file"]().endswith(suffix)
        assert Path(spec["icon_file"]()).exists()
