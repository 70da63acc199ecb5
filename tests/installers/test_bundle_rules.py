"""What the bundle keeps and leaves out (installers/trim.py), and the pieces the spec adds:
the QtOpenGL stand-in, the licences, the Windows version resource, the entry point."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import types

import appinfo
import notices
import pytest
import trim

APP_QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPrintSupport", "QtSvg")


def test_no_module_the_app_imports_is_left_out():
    for module in APP_QT_MODULES:
        assert f"PySide6.{module}" not in trim.EXCLUDED_MODULES
    for module in (
        "numpy",
        "pyqtgraph",
        "vaderSentiment",
        "platformdirs",
        "shiboken6",
        "hashlib",
        "sqlite3",
        "multiprocessing",
        # A team server: psycopg (with its own libpq), the ssl module it needs, the keyring.
        "psycopg",
        "psycopg_binary",
        "ssl",
        "_ssl",
        "keyring",
    ):
        assert module not in trim.EXCLUDED_MODULES
    # Excel import: openpyxl parses with the standard xml.etree, writes nothing with its one
    # dependency et_xmlfile, and opens the workbook as a zip; xlrd reads old .xls files.
    for module in ("openpyxl", "et_xmlfile", "xlrd", "xml.etree.ElementTree", "zipfile"):
        parts = module.split(".")
        prefixes = {".".join(parts[:n]) for n in range(1, len(parts) + 1)}
        assert not prefixes & set(trim.EXCLUDED_MODULES), module


@pytest.mark.parametrize(
    ("dest", "linux", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True, True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True, True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True, True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True, False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True, False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True, False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True, True),
        (
            "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
            True,
            True,
        ),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True, False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True, True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True, False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True, True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True, True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True, True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", True, False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True, False),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", True, False),
        ("PySide6/Qt/translations/qtbase_de.qm", True, False),
        ("PySide6/Qt/translations/qtbase_ko.qm", True, True),
        ("PySide6/Qt/translations/qtbase_en.qm", False, True),
        ("PySide6/Qt/translations/qtwebengine_ko.qm", True, False),
        ("resources/translations/feedback_desk_ko.qm", True, True),
        ("PySide6/Qt/lib/libQt6Core.so.6", True, True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", True, False),
        ("PySide6/Qt/lib/libQt6Test.so.6", True, False),
        ("libX11.so.6", True, False),
        ("libfontconfig.so.1", True, False),
        ("libxcb-cursor.so.0", True, False),
        ("libstdc++.so.6", True, False),
        ("libsqlite3.so.0", True, True),
        ("libpython3.11.so.1.0", True, True),
        ("libX11.so.6", False, True),  # the system rule is Linux's alone
        ("PySide6/plugins/platforms/qwindows.dll", False, True),
        ("PySide6/plugins/platforms/qminimal.dll", False, False),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", False, True),
        ("PySide6/opengl32sw.dll", False, False),
        ("PySide6/Qt6Pdf.dll", False, False),
        ("PySide6/Qt6Widgets.dll", False, True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False, True),
        ("PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", False, False),
        ("PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore", False, True),
        ("resources/demo/feedback.json", True, True),
        ("resources/korean_sentiment.bin", True, True),
        ("resources/korean_sentiment.bin", False, True),
        ("vaderSentiment/vader_lexicon.txt", True, True),
    ],
)
def test_what_stays_in_the_bundle(dest, linux, kept):
    assert trim.kept(dest, linux) is kept


def test_a_link_goes_with_the_file_it_points_to():
    toc = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Test.so.6", "/src/libQt6Test.so.6", "BINARY"),
        ("libQt6Test.so.6", "PySide6/Qt/lib/libQt6Test.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libicuuc.so.73", "/src/libicuuc.so.73", "BINARY"),
        ("libicuuc.so.73", "PySide6/Qt/lib/libicuuc.so.73", "SYMLINK"),
    ]
    kept = trim.filtered(toc, linux=True, dropped={"libicuuc.so.73"})
    assert [dest for dest, _, _ in kept] == ["PySide6/Qt/lib/libQt6Core.so.6", "libQt6Core.so.6"]


def test_libraries_only_a_left_out_plugin_needed_go_too():
    needs = {
        "/ext/QtCore.so": ["libQt6Core.so.6"],
        "/lib/libQt6Core.so.6": ["libicuuc.so.73"],
        "/lib/libicuuc.so.73": [],
        "/lib/libcairo.so.2": ["libpixman-1.so.0"],
        "/lib/libpixman-1.so.0": [],
        "/lib/libpython3.11.so.1.0": [],
    }
    toc = [
        ("PySide6/QtCore.abi3.so", "/ext/QtCore.so", "EXTENSION"),
        ("libQt6Core.so.6", "/lib/libQt6Core.so.6", "BINARY"),
        ("libicuuc.so.73", "/lib/libicuuc.so.73", "BINARY"),
        ("libcairo.so.2", "/lib/libcairo.so.2", "BINARY"),  # was for the GTK theme
        ("libpixman-1.so.0", "/lib/libpixman-1.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/lib/libpython3.11.so.1.0", "BINARY"),
    ]
    assert trim.unused_libraries(toc, needs.get) == {"libcairo.so.2", "libpixman-1.so.0"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads ELF files")
def test_the_elf_reader_finds_what_a_program_links():
    import PySide6

    qt_core = os.path.join(os.path.dirname(PySide6.__file__), "QtCore.abi3.so")
    needed = trim.elf_needed(qt_core)
    assert "libQt6Core.so.6" in needed and "libc.so.6" in needed
    assert trim.elf_needed(appinfo.ICON_SVG) is None


def test_every_system_library_rule_has_a_package_for_what_qt_links():
    for name in (
        "libxcb-cursor.so.0",
        "libxkbcommon-x11.so.0",
        "libEGL.so.1",
        "libfontconfig.so.1",
        "libdbus-1.so.3",
        "libcups.so.2",
        "libwayland-client.so.0",
    ):
        assert trim.SYSTEM_LIBRARIES.match(name)
        assert name in trim.DEBIAN_PACKAGES


def test_the_charts_draw_with_the_qtopengl_stand_in(tmp_path):
    """The frozen app has no PySide6.QtOpenGL(Widgets): pyqtgraph imports them, and plots
    without them."""
    hook = appinfo.INSTALLERS / "rthooks" / "no_qtopengl.py"
    script = textwrap.dedent(
        f"""
        import runpy, sys
        runpy.run_path({str(hook)!r})
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        import pyqtgraph as pg
        widget = pg.PlotWidget()
        widget.plot([1, 3, 2], pen=pg.mkPen("#1f6f8b", width=2))
        widget.addItem(pg.BarGraphItem(x=[1, 2], height=[2, 1], width=0.5))
        widget.resize(300, 200)
        assert not widget.grab().isNull()
        from PySide6 import QtOpenGL, QtOpenGLWidgets
        try:
            QtOpenGL.QOpenGLBuffer
        except ImportError as exc:
            print("left out:", exc)
        try:
            QtOpenGLWidgets.QOpenGLWidget()
        except ImportError as exc:
            print("left out:", exc)
        """
    )
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "left out: PySide6.QtOpenGL.QOpenGLBuffer is not in this build" in done.stdout
    assert "left out: PySide6.QtOpenGLWidgets.QOpenGLWidget is not in this build" in done.stdout


def test_the_licences_of_what_is_shipped(tmp_path):
    folder = notices.write(tmp_path / "licenses", {"PySide6", "shiboken6", "numpy", "pyqtgraph"})
    listing = (folder / "THIRD-PARTY.txt").read_text(encoding="utf-8")
    assert "PySide6" in listing and "numpy" in listing and "Python 3." in listing
    assert "requests" not in listing  # a dependency's dependency that is not in the bundle
    assert (
        (folder / "qt" / "LGPL-3.0.txt")
        .read_text()
        .startswith("                   GNU LESSER GENERAL PUBLIC LICENSE")
    )
    assert (folder / "qt" / "GPL-3.0.txt").is_file()


def test_the_windows_version_resource(monkeypatch):
    pytest.importorskip("PyInstaller")
    # The module imports pefile and win32api (Windows-only) for reading and writing .exe
    # files; building and parsing the resource itself uses neither, so stand-ins do here.
    import PyInstaller.compat

    monkeypatch.setitem(
        sys.modules, "pefile", sys.modules.get("pefile") or types.ModuleType("pefile")
    )
    if not hasattr(PyInstaller.compat, "win32api"):
        monkeypatch.setattr(
            PyInstaller.compat, "win32api", types.ModuleType("win32api"), raising=False
        )
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    info = appinfo.windows_version_info(appinfo.GUI_EXE)
    # The text form is what PyInstaller writes into the build; toRaw() packs with the native
    # sizes of Windows, so it is not tried here.
    text = str(info)
    assert f"filevers=({', '.join(map(str, appinfo.version_tuple()))})" in text
    assert f"'FileDescription', '{appinfo.NAME}'" in text
    assert f"'ProductVersion', '{appinfo.VERSION}'" in text
    assert f"'OriginalFilename', '{appinfo.GUI_EXE}.exe'" in text


def test_the_frozen_entry_point_gives_programs_it_starts_their_own_libraries():
    launch = appinfo.INSTALLERS / "launch.py"
    script = textwrap.dedent(
        f"""
        import os, runpy, sys
        sys.frozen = True
        sys.argv = ["feedback-desk", "--version"]
        try:
            runpy.run_path({str(launch)!r}, run_name="__main__")
        except SystemExit:
            pass
        print(os.environ.get("LD_LIBRARY_PATH"), os.environ.get("LD_LIBRARY_PATH_ORIG"),
              os.environ.get("PYINSTALLER_RESET_ENVIRONMENT"))
        """
    )
    env = os.environ | {"LD_LIBRARY_PATH": "/bundle", "LD_LIBRARY_PATH_ORIG": "/usr/local/lib"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    lines = done.stdout.splitlines()
    assert lines[0] == f"{appinfo.NAME} {appinfo.VERSION}"
    if sys.platform.startswith("linux"):
        assert lines[1] == "/usr/local/lib None 1"
