"""Render the app icon from its SVG: PNG sizes, a Windows .ico and a macOS .icns.

    python installers/icons.py          # write resources/icons/ from feedback-desk.svg
    python installers/icons.py --check  # exit 1 when the files are not those of the SVG

The SVG is drawn with Qt's own renderer (PySide6 is a dependency already, so no other tool is
needed). The .ico holds PNG-compressed images (Windows Vista and later read them) and the
.icns PNG entries (macOS 10.7 and later). The generated files are committed, so a Windows or
macOS build never needs this script; ``icons.json`` records the SVG they were made from, and a
test holds them to it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import appinfo

SVG = appinfo.ICON_SVG
MANIFEST = appinfo.ICONS / "icons.json"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns entry types holding PNG data, with the pixel size of each (the @2x ones for Retina).
ICNS_TYPES = (
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128@2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256@2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
)


def svg_digest(path: Path = SVG) -> str:
    # Line ends are normalised so that a checkout with CRLF files sees the same digest.
    return hashlib.sha256(path.read_bytes().replace(b"\r\n", b"\n")).hexdigest()


def render(sizes: set[int]) -> dict[int, bytes]:
    """The SVG rendered at each size, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not an SVG Qt can draw")
    out = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        out[size] = bytes(data)
    return out


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico file whose images are the given PNGs (ICONDIR, one ICONDIRENTRY each)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def read_ico(data: bytes) -> list[tuple[int, bytes]]:
    """(size, PNG bytes) of each image of an .ico written by ico_bytes."""
    reserved, kind, count = struct.unpack_from("<HHH", data)
    if (reserved, kind) != (0, 1):
        raise ValueError("not an .ico file")
    images = []
    for n in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * n)
        images.append((side or 256, data[offset : offset + length]))
    return images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def read_icns(data: bytes) -> list[tuple[bytes, bytes]]:
    """(type, data) of each entry of an .icns file."""
    if data[:4] != b"icns" or struct.unpack(">I", data[4:8])[0] != len(data):
        raise ValueError("not an .icns file")
    entries, at = [], 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        entries.append((kind, data[at + 8 : at + length]))
        at += length
    return entries


def expected_files() -> dict[str, dict]:
    """What the manifest says: each generated file and the pixel sizes it holds."""
    files = {appinfo.icon_png(size).name: {"sizes": [size]} for size in appinfo.ICON_SIZES}
    files[appinfo.ICON_ICO.name] = {"sizes": list(ICO_SIZES)}
    files[appinfo.ICON_ICNS.name] = {"sizes": [size for _, size in ICNS_TYPES]}
    return files


def generate() -> None:
    sizes = set(appinfo.ICON_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = render(sizes)
    for size in appinfo.ICON_SIZES:
        appinfo.icon_png(size).write_bytes(pngs[size])
    appinfo.ICON_ICO.write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    appinfo.ICON_ICNS.write_bytes(icns_bytes(pngs))
    manifest = {"svg": SVG.name, "svg_sha256": svg_digest(), "files": expected_files()}
    MANIFEST.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(manifest['files'])} icon files to {appinfo.ICONS}")


def problems() -> list[str]:
    """Why the committed icon files are not those of the SVG (empty when they are)."""
    if not MANIFEST.exists():
        return [f"{MANIFEST} is missing: run python installers/icons.py"]
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    found = []
    if manifest.get("svg_sha256") != svg_digest():
        found.append(f"{SVG.name} changed since the icons were made: run installers/icons.py")
    if manifest.get("files") != expected_files():
        found.append("icons.json lists other files or sizes than installers/icons.py makes")
    for name, entry in expected_files().items():
        path = appinfo.ICONS / name
        if not path.exists():
            found.append(f"{name} is missing")
            continue
        data = path.read_bytes()
        try:
            if name.endswith(".png"):
                sizes = [png_size(data)[0]] if png_size(data)[0] == png_size(data)[1] else []
            elif name.endswith(".ico"):
                sizes = [s for s, png in read_ico(data) if png_size(png) == (s, s)]
            else:
                sizes = [png_size(png)[0] for _, png in read_icns(data)]
        except (ValueError, struct.error) as exc:
            found.append(f"{name}: {exc}")
            continue
        if sizes != entry["sizes"]:
            found.append(f"{name} holds sizes {sizes}, not {entry['sizes']}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed files")
    args = parser.parse_args()
    if args.check:
        found = problems()
        for problem in found:
            print(problem)
        return 1 if found else 0
    generate()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
