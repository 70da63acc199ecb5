"""A light touch of style on top of the platform's own look (light and dark alike)."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from .colours import colour

STYLE = """
QListWidget#sidebar { border: none; padding-top: 8px; font-size: 14px; }
QListWidget#sidebar::item { padding: 8px 14px; border-radius: 6px; margin: 1px 6px; }
QListWidget#sidebar::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
QLabel#emptyTitle { font-size: 20px; font-weight: 600; margin-bottom: 6px; }
QLabel#detailHeading { font-size: 16px; font-weight: 600; }
QLabel#detailBody { font-size: 14px; padding: 8px 0; }
QLabel#detailReply { padding: 6px 10px; border-left: 3px solid palette(highlight);
    background: palette(alternate-base); }
QLabel#sectionHeading { font-weight: 600; margin-top: 8px; }
QLabel#muted { color: palette(placeholder-text); }
QLabel#problem { color: PROBLEM; }
QTableView { border: none; }
QFrame#demoBanner { background: #fff3c4; color: #3d2e00; border-bottom: 1px solid #e0c45c; }
QFrame#demoBanner QLabel { color: #3d2e00; }
QFrame#serverBanner { background: #fde4e1; border-bottom: 1px solid #e39a92; }
QFrame#serverBanner QLabel { color: #5c1a12; }
QPushButton#chip { border: 1px solid palette(mid); border-radius: 11px; padding: 2px 10px;
    background: palette(base); }
QPushButton#chip:hover { border-color: palette(highlight); }
"""


def stylesheet() -> str:
    """The style for the palette in use (set again whenever the palette changes)."""
    return STYLE.replace("PROBLEM", colour("problem", role=QPalette.ColorRole.Window).name())
