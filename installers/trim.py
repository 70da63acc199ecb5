"""What the bundle leaves out: Qt parts the app never uses, and (on Linux) the libraries that
must come from the system it runs on. Used by the spec; plain functions, tested on their own.

The app uses QtCore, QtGui, QtWidgets, QtNetwork (the single-instance local socket),
QtPrintSupport (printing and the report PDF) and QtSvg (chart export); pyqtgraph imports
QtOpenGL and QtOpenGLWidgets when imported, whose stand-ins are in rthooks/no_qtopengl.py.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable
from pathlib import Path, PurePath

# Python modules PyInstaller would otherwise follow into: test tools, Tk, the HTTP stack that
# vaderSentiment's demo (never run) imports, and the parts of pyqtgraph the app never loads.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "pypdf",
    "icalendar",
    "ruff",
    "py_spy",
    "pydoc_data",  # help() topics
    "readline",
    # The only network connection the app ever opens is to a team server, over TLS, which
    # psycopg needs the ssl module for (its libpq brings its own OpenSSL). hashlib uses
    # Python's own hashes (blake2 and sha2 alike) without _hashlib.
    "_hashlib",
    "requests",
    "urllib3",
    "idna",
    "certifi",
    # numpy parts nothing imports: pyqtgraph's only use of numpy.random is its beeswarm
    # scatter, which the charts never draw.
    "numpy.random",
    "numpy.fft",  # only pyqtgraph's FFT view of a curve, never shown
    "numpy.polynomial",
    "numpy.f2py",
    "numpy.testing",
    "numpy.distutils",
    "numpy._core._multiarray_tests",
    "pyqtgraph.opengl",
    "pyqtgraph.jupyter",
    "pyqtgraph.examples",
    "pyqtgraph.canvas",
    "pyqtgraph.console",
    "pyqtgraph.dockarea",
    "pyqtgraph.flowchart",
    "OpenGL",
    "PyQt5",
    "PyQt6",
    "PySide2",
    # Never drawn with; pyqtgraph's imports of them are met by rthooks/no_qtopengl.py.
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtTest",
    "PySide6.QtDBus",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSql",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtSvgWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtMultimedia",
]

# Qt plugin folders: None keeps the whole folder, a set keeps only those plugins (by the name
# without "lib"/"q" prefixes and suffix, e.g. "xcb" for libqxcb.so, "windows" for qwindows.dll);
# a folder not listed is left out.
PLUGINS: dict[str, set[str] | None] = {
    # xcb and wayland for Linux desktops, offscreen for `gui --smoke` in CI.
    # (Qt before 6.8 named the Wayland one wayland-generic, with wayland-egl beside it.)
    "platforms": {
        "xcb",
        "wayland",
        "wayland-generic",
        "wayland-egl",
        "offscreen",
        "windows",
        "cocoa",
    },
    # Native file dialogs through the desktop portal; the GTK 3 theme would load GTK itself.
    "platformthemes": {"xdgdesktopportal"},
    # Dead keys and compose (accents), and IBus for Korean, Japanese and Chinese input.
    "platforminputcontexts": {"compose", "ibus"},
    "imageformats": {"svg"},
    "iconengines": {"svgicon"},
    "styles": None,  # the Windows 11 and macOS looks
    "printsupport": None,  # CUPS printers on Linux
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": None,  # window borders where the compositor draws none
}

# Qt libraries left out even where a plugin or module drags them in (libQt6Quick.so.6,
# Qt6Quick.dll, QtQuick.framework).
UNUSED_QT_LIBRARIES = re.compile(
    r"(lib)?Qt6?(Test|Qml\w*|Quick\w*|Pdf\w*|EglFS\w*|EglFsKms\w*|WlShellIntegration"
    r"|VirtualKeyboard\w*|Designer\w*|Sql|Xml|Concurrent|Help|UiTools|SvgWidgets|OpenGL\w*)\b",
    re.IGNORECASE,
)
# Windows: Mesa's software OpenGL (20 MB), a fallback for OpenGL the app never draws with.
UNUSED_FILES = {"opengl32sw.dll"}
# pyqtgraph's own logo (what its mkQApp gives an app) and its colour-map files (loaded only
# when a map is asked for by name): 1.3 MB the charts never use.
UNUSED_DATA = (("pyqtgraph", "icons", "peegee"), ("pyqtgraph", "colors", "maps"))

# Linux: libraries of the graphics, font, desktop-bus and printing stacks. They must match the
# X server, compositor, fontconfig files, D-Bus daemon and CUPS of the system they run on, so
# they are never bundled; the .deb depends on the packages that bring them (DEBIAN_PACKAGES).
SYSTEM_LIBRARIES = re.compile(
    r"lib(X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|Xi|Xfixes|Xcursor|Xrandr|Xinerama|SM|ICE)\.so"
    r"|libxcb(-[\w-]+)?\.so"
    r"|libxkbcommon(-x11)?\.so"
    r"|libwayland-[\w-]+\.so"
    r"|lib(E?GL\w*|GLX\w*|OpenGL|gbm|drm)\.so"
    r"|lib(fontconfig|freetype|harfbuzz|png16|expat|brotli\w*|graphite2|bz2)\.so"
    r"|lib(glib|gobject|gio|gmodule|gthread)-2\.0\.so|libpcre2-8\.so|libmount\.so|libblkid\.so"
    r"|libselinux\.so"
    r"|libdbus-1\.so|libsystemd\.so|libcap\.so|libgcrypt\.so|libgpg-error\.so|liblz4\.so"
    r"|libcups\.so|libgnutls\.so|libavahi-\w+\.so|lib(gssapi_krb5|krb5\w*|k5crypto|com_err"
    r"|keyutils)\.so|libp11-kit\.so|libidn2\.so|libunistring\.so|libtasn1\.so|libnettle\.so"
    r"|libhogweed\.so|libgmp\.so"
    r"|lib(stdc\+\+|gcc_s)\.so",
)

# Each system library the bundle may load, and the Debian package that brings it (Debian 12
# names; the t64 renames of Debian 13 and Ubuntu 24.04 provide the old names on 64-bit).
DEBIAN_PACKAGES = {
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libdrm.so.2": "libdrm2",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libcups.so.2": "libcups2",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbz2.so.1.0": "libbz2-1.0",
    "libexpat.so.1": "libexpat1",
    "libpng16.so.16": "libpng16-16",
    "libharfbuzz.so.0": "libharfbuzz0b",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
}
# glibc: there on every system; the .deb depends on libc6 alone for these.
GLIBC = re.compile(
    r"(ld-linux[\w.-]*|libc|libm|libdl|libpthread|librt|libresolv|libutil|libanl|libcrypt)"
    r"\.so(\.\d+)*$"
)


def plugin_kept(dest: str) -> bool | None:
    """For a file under Qt's plugins folder: keep it or not. None if it is no plugin."""
    parts = PurePath(dest).parts
    if "plugins" not in parts:
        return None
    at = parts.index("plugins")
    if at == 0 or parts[at - 1] not in ("Qt", "PySide6", "Resources", "Frameworks"):
        return None
    if len(parts) < at + 3:
        return None
    folder, name = parts[at + 1], parts[-1]
    if folder not in PLUGINS:
        return False
    wanted = PLUGINS[folder]
    return wanted is None or plugin_key(name) in wanted


# Qt's own translations the app loads (ui/language.py): dialog buttons, file and print dialogs.
QT_TRANSLATIONS = frozenset({"qtbase_ko.qm", "qtbase_en.qm"})


def plugin_key(filename: str) -> str:
    """'libqxcb.so' -> 'xcb', 'qwindows.dll' -> 'windows', 'libqsvgicon.dylib' -> 'svgicon',
    'libxdg-shell.so' -> 'xdg-shell', 'libqxdgdesktopportal.so' -> 'xdgdesktopportal'."""
    stem = filename.split(".")[0].removeprefix("lib")
    if stem.startswith("q") and stem != "qt-shell":
        stem = stem[1:]
    return stem.removesuffix("platforminputcontextplugin").removesuffix("plugin")


def kept(dest: str, linux: bool) -> bool:
    """Whether a file PyInstaller collected (by its path in the bundle) stays in it."""
    path = PurePath(dest)
    name = path.name
    parts = [p.lower() for p in path.parts]
    if "translations" in parts and name.endswith(".qm") and "resources" not in parts:
        return name in QT_TRANSLATIONS  # Qt's own words, in the languages the app speaks
    plugin = plugin_kept(dest)
    if plugin is not None:
        return plugin
    if name.lower() in UNUSED_FILES:
        return False
    if any(path.parts[: len(folder)] == folder for folder in UNUSED_DATA):
        return False
    if UNUSED_QT_LIBRARIES.match(name) or any(
        UNUSED_QT_LIBRARIES.match(p.removesuffix(".framework")) for p in path.parts
    ):
        return False
    return not (linux and SYSTEM_LIBRARIES.match(name))


def filtered(toc: Iterable[tuple], linux: bool, dropped: Iterable[str] = ()) -> list[tuple]:
    """A PyInstaller TOC (dest, src, typecode) without the entries left out, nor the files
    named in ``dropped``. A symbolic link (whose src is the path it points to in the bundle)
    goes with the file it points to."""
    dropped = set(dropped)

    def stays(dest: str) -> bool:
        return kept(dest, linux) and PurePath(dest).name not in dropped

    return [
        (dest, src, kind)
        for dest, src, kind in toc
        if stays(dest) and (kind != "SYMLINK" or stays(src))
    ]


# --- ELF: which libraries a Linux binary asks for ----------------------------------------------


def _elf(path: Path) -> tuple[list[str], list[str]] | None:
    """(section names, DT_NEEDED names) of an ELF file, or None when it is no ELF file."""
    with open(path, "rb") as f:
        head = f.read(64)
        if head[:4] != b"\x7fELF" or len(head) < 64:
            return None
        wide, end = head[4] == 2, "<" if head[5] == 1 else ">"
        word = "Q" if wide else "I"
        shoff = struct.unpack_from(end + word, head, 0x28 if wide else 0x20)[0]
        shentsize, shnum, shstrndx = struct.unpack_from(end + "HHH", head, 0x3A if wide else 0x2E)
        f.seek(shoff)
        table = f.read(shentsize * shnum)

        def section(n: int) -> tuple[int, int, int, int, int]:  # name, type, offset, size, link
            raw = table[n * shentsize : (n + 1) * shentsize]
            name, kind = struct.unpack_from(end + "II", raw, 0)
            if wide:
                offset, size = struct.unpack_from(end + "QQ", raw, 0x18)
                link = struct.unpack_from(end + "I", raw, 0x28)[0]
            else:
                offset, size, link = struct.unpack_from(end + "III", raw, 0x10)
            return name, kind, offset, size, link

        def read(offset: int, size: int) -> bytes:
            f.seek(offset)
            return f.read(size)

        def text(strings: bytes, at: int) -> str:
            return strings[at : strings.index(b"\0", at)].decode(errors="replace")

        sections = [section(n) for n in range(shnum)]
        names_table = read(*sections[shstrndx][2:4]) if shstrndx < shnum else b""
        names = [text(names_table, s[0]) for s in sections] if names_table else []
        needed = []
        for _, kind, offset, size, link in sections:
            if kind != 6:  # SHT_DYNAMIC
                continue
            strings = read(*sections[link][2:4])
            dynamic = read(offset, size)
            step, fmt = (16, end + "qQ") if wide else (8, end + "iI")
            for at in range(0, len(dynamic) - step + 1, step):
                tag, value = struct.unpack_from(fmt, dynamic, at)
                if tag == 0:
                    break
                if tag == 1:  # DT_NEEDED
                    needed.append(text(strings, value))
        return names, needed


def elf_needed(path: Path) -> list[str] | None:
    """The DT_NEEDED names of an ELF file, or None when it is no ELF file."""
    found = _elf(path)
    return None if found is None else found[1]


def strippable(dest: str, src: Path) -> bool:
    """A binary that carries debug information or a symbol table that nothing loads it by
    (a self-built Python's libpython and extension modules, numpy's own modules), and is not
    a library a wheel vendored into a ``*.libs`` folder (auditwheel rewrote those: numpy's
    OpenBLAS breaks when stripped, "ELF load command address/offset not page-aligned")."""
    if any(part.endswith(".libs") for part in PurePath(dest).parts[:-1]):
        return False
    found = _elf(src)
    return bool(found) and bool({".debug_info", ".symtab"} & set(found[0]))


def without_debug_info(toc: list[tuple], folder: Path) -> list[tuple]:
    """The TOC with each strippable binary (20 MB of debug information and symbols in a
    self-built Python) replaced by a copy without them. ``strip --strip-unneeded`` keeps the
    dynamic symbols, which is all the loader and Python use. PyInstaller's own ``strip``
    option is not used: it strips the vendored libraries too."""
    import shutil
    import subprocess

    tool = shutil.which("strip")
    out = []
    for dest, src, kind in toc:
        if tool and kind in ("BINARY", "EXTENSION") and strippable(dest, Path(src)):
            copy = folder / dest
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, copy)
            subprocess.run([tool, "--strip-unneeded", str(copy)], check=True)
            src = str(copy)
        out.append((dest, src, kind))
    return out


def unresolved_libraries(bundle: Path) -> dict[str, set[str]]:
    """Libraries that ELF files of the bundle ask for and the bundle does not hold, each with
    the files asking: the system must bring them (glibc left aside)."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    present = {p.name for p in bundle.rglob("*")}
    wanted: dict[str, set[str]] = {}
    for path in files:
        needed = elf_needed(path)
        for name in needed or ():
            if name not in present and not GLIBC.match(name):
                wanted.setdefault(name, set()).add(str(path.relative_to(bundle)))
    return wanted


def unused_libraries(toc: list[tuple], lookup) -> set[str]:
    """Names of shared libraries in a Linux TOC that nothing else in it needs: what a left-out
    plugin dragged in. ``lookup(src)`` gives the DT_NEEDED names of a collected file."""
    libraries = {
        PurePath(dest).name: src
        for dest, src, kind in toc
        if kind == "BINARY" and ".so" in PurePath(dest).name and plugin_kept(dest) is None
    }
    roots = [src for dest, src, kind in toc if src and PurePath(dest).name not in libraries]
    roots += [src for name, src in libraries.items() if name.startswith("libpython")]
    reached: set[str] = set()
    pending = list(roots)
    while pending:
        for name in lookup(pending.pop()) or ():
            if name in libraries and name not in reached:
                reached.add(name)
                pending.append(libraries[name])
    return set(libraries) - reached - {n for n in libraries if n.startswith("libpython")}
