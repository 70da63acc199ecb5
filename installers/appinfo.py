"""The facts every installer recipe shares, read from the package so they are written once.

Imported by the PyInstaller spec, by ``build.py`` and by the tests. It never imports
``feedback_desk`` (that would start Qt in the spec's own process): it reads the lines of
``feedback_desk/__init__.py`` that hold the name, the id and the version. The recipes' templates
(Info.plist, AppStream metadata, the .deb control file) hold ``@NAME@``-style places that
``fill`` puts these values into.
"""

from __future__ import annotations

import plistlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLERS = ROOT / "installers"
ICONS = ROOT / "resources" / "icons"


def _package_value(name: str) -> str:
    text = (ROOT / "feedback_desk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(rf'^{name}\s*=\s*"([^"]+)"\s*$', text, re.MULTILINE)
    if not found:
        raise LookupError(f'feedback_desk/__init__.py has no {name} = "..." line')
    return found[1]


NAME = _package_value("APP_NAME")  # "Feedback Desk": what the owner sees
VERSION = _package_value("__version__")
APP_ID = _package_value("APP_ID")  # the desktop file's, AppStream's and macOS's id
PACKAGE = "feedback-desk"  # the .deb, the command, and /opt/feedback-desk
EXE = "feedback-desk"  # the command-line program (and the only program on Linux)
GUI_EXE = NAME  # Windows: "Feedback Desk.exe", windowed; macOS: "Feedback Desk.app"
BUNDLE_DIR = PACKAGE  # dist/feedback-desk: the one-folder bundle
SUMMARY = "Collect, answer and follow up customer feedback, offline"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The app icon's files in resources/icons/ (installers/icons.py makes them from the SVG).
ICON_SVG = ICONS / f"{PACKAGE}.svg"
ICON_ICO = ICONS / f"{PACKAGE}.ico"
ICON_ICNS = ICONS / f"{PACKAGE}.icns"


def icon_png(size: int) -> Path:
    return ICONS / f"{PACKAGE}-{size}.png"


# Qt 6.11 runs on macOS 13 and later; used when the build cannot read it off QtCore itself.
MACOS_MINIMUM_FALLBACK = "13.0"


def version_tuple(version: str = VERSION) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0): the four numbers Windows version resources take. A
    pre-release suffix ('1.2.0rc1') is dropped, as Windows has no place for it."""
    numbers = re.match(r"\d+(?:\.\d+)*", version)
    if not numbers:
        raise ValueError(f"'{version}' does not start with a version number")
    parts = [int(n) for n in numbers[0].split(".")][:4]
    return tuple(parts + [0] * (4 - len(parts)))  # type: ignore[return-value]


def numeric_version(version: str = VERSION) -> str:
    return ".".join(map(str, version_tuple(version)))


def fill(text: str, values: dict[str, str]) -> str:
    """Put ``values`` into the ``@KEY@`` places of a template; every place must be filled."""

    def value(match: re.Match) -> str:
        if match[1] not in values:
            raise KeyError(f"no value for @{match[1]}@")
        return values[match[1]]

    return re.sub(r"@([A-Z][A-Z0-9_]*)@", value, text)


def base_values() -> dict[str, str]:
    return {
        "NAME": NAME,
        "VERSION": VERSION,
        "NUMERIC_VERSION": numeric_version(),
        "APP_ID": APP_ID,
        "PACKAGE": PACKAGE,
        "EXE": EXE,
        "SUMMARY": SUMMARY,
    }


def macos_info_plist(macos_minimum: str = MACOS_MINIMUM_FALLBACK) -> dict:
    """installers/macos/Info.plist with the version filled in, for PyInstaller's BUNDLE."""
    template = (INSTALLERS / "macos" / "Info.plist").read_text(encoding="utf-8")
    text = fill(template, base_values() | {"MACOS_MINIMUM": macos_minimum})
    return plistlib.loads(text.encode("utf-8"))


def macos_minimum(binaries: list[str]) -> str:
    """The oldest macOS that all of ``binaries`` (Mach-O files) run on, e.g. '13.0': what
    Qt's own libraries were built for, so LSMinimumSystemVersion never promises more."""
    try:
        from PyInstaller.utils.osx import macosx_version_min

        found = max(macosx_version_min(path) for path in binaries)
    except Exception as exc:  # no Mach-O here, or macholib cannot read it
        print(f"appinfo: cannot read the macOS minimum ({exc}); using the fallback")
        return MACOS_MINIMUM_FALLBACK
    return f"{found[0]}.{found[1]}"


def windows_version_info(program: str):
    """The version resource of a Windows program: what Explorer's Properties and the Task
    Manager show (FileDescription is the name the Task Manager lists)."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_tuple()
    strings = {
        "CompanyName": NAME,
        "FileDescription": NAME,
        "FileVersion": VERSION,
        "InternalName": program,
        "OriginalFilename": f"{program}.exe",
        "ProductName": NAME,
        "ProductVersion": VERSION,
    }
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            StringFileInfo(
                [StringTable("040904B0", [StringStruct(k, v) for k, v in strings.items()])]
            ),
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
