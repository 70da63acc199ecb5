"""The app icon: the committed PNG, .ico and .icns files are those of the SVG, at every size."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import appinfo
import icons


def test_the_icon_files_are_made_from_the_svg_as_it_is():
    assert icons.problems() == []


def test_the_ico_holds_png_images_from_16_to_256():
    images = icons.read_ico(appinfo.ICON_ICO.read_bytes())
    assert [size for size, _ in images] == [16, 24, 32, 48, 64, 128, 256]
    assert all(icons.png_size(png) == (size, size) for size, png in images)


def test_the_icns_holds_the_retina_and_plain_sizes():
    entries = icons.read_icns(appinfo.ICON_ICNS.read_bytes())
    kinds = {kind: icons.png_size(data)[0] for kind, data in entries}
    assert kinds == {
        b"ic11": 32,
        b"ic12": 64,
        b"ic07": 128,
        b"ic13": 256,
        b"ic08": 256,
        b"ic14": 512,
        b"ic09": 512,
        b"ic10": 1024,
    }


def test_the_writers_read_back_what_they_wrote():
    pngs = {
        16: appinfo.icon_png(16).read_bytes(),
        256: appinfo.icon_png(256).read_bytes(),
    }
    assert icons.read_ico(icons.ico_bytes(pngs)) == [(16, pngs[16]), (256, pngs[256])]


def test_the_svg_is_square_and_tiny_enough_for_qt():
    root = ET.parse(icons.SVG).getroot()
    assert root.get("viewBox") == "0 0 512 512"
    assert root.get("baseProfile") == "tiny"  # what QSvgRenderer implements
