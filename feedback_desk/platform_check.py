"""Before `make run` opens the window: are Qt's system libraries there? Says which to install.

Run as ``python -m feedback_desk.platform_check``; exits 0 when the window can open (or when
there is nothing to check, off Linux), 1 with the packages to install otherwise.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Libraries Qt's X11 (xcb) plugin needs that desktop Linux has but minimal systems often lack,
# with the Debian/Ubuntu package that brings each.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def missing_libraries() -> list[str]:
    """Shared libraries the xcb platform plugin cannot find (Linux only)."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return []
    output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    return sorted({line.split()[0] for line in output.splitlines() if "not found" in line})


def main() -> int:
    if not sys.platform.startswith("linux"):
        return 0
    if os.environ.get("QT_QPA_PLATFORM", "") == "offscreen":
        return 0
    missing = missing_libraries()
    if missing:
        packages = sorted({DEBIAN_PACKAGES.get(lib, lib) for lib in missing})
        print(
            "Feedback Desk needs a few system libraries for its window that this computer "
            "does not have:\n  " + " ".join(missing)
        )
        print(
            "On Debian or Ubuntu, install them with:\n  sudo apt-get install " + " ".join(packages)
        )
        return 1
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        print(
            "There is no screen to open the window on (DISPLAY is not set). Run "
            "`make run` from a desktop session."
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
