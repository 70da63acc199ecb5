"""Colours for words that mean something (negative, late, cannot be read), made to read on the
palette in use, light or dark.

Each meaning has one hue; its lightness is moved, when needed, until the text stands out from
the background by the contrast WCAG 2.1 asks of body text (4.5:1), or 3:1 for what is meant to
step back (spam). On a light palette the colours are the ones the app always had."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette

HUES = {
    "positive": "#2e7d32",
    "neutral": "#8a6d00",
    "negative": "#c62828",
    "unscored": "#6b7280",
    "late": "#c05600",  # a day without an answer, a follow-up overdue
    "answered": "#6b7280",
    "problem": "#c62828",  # what cannot be read or written
    "spam": "#9e9e9e",
}
TEXT_CONTRAST = 4.5
STEP_BACK_CONTRAST = 3.0


def luminance(color: QColor) -> float:
    """Relative luminance (WCAG 2.1)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The contrast ratio of two colours, 1 (the same) to 21 (black on white)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(color: QColor, background: QColor, at_least: float = TEXT_CONTRAST) -> QColor:
    """``color``, lighter on a dark background or darker on a light one, until it reads."""
    dark_background = luminance(background) < 0.18
    hue, saturation, lightness, alpha = color.getHslF()
    found = QColor(color)
    while contrast(found, background) < at_least and 0.0 < lightness < 1.0:
        lightness = min(1.0, lightness + 0.02) if dark_background else max(0.0, lightness - 0.02)
        found = QColor.fromHslF(max(hue, 0.0), saturation, lightness, alpha)
    return found


def colour(
    meaning: str,
    palette: QPalette | None = None,
    role: QPalette.ColorRole = QPalette.ColorRole.Base,
) -> QColor:
    """The colour of ``meaning`` (a key of HUES) on the ``role`` of ``palette`` (the
    application's by default): Base for lists and tables, Window for labels."""
    palette = palette or QGuiApplication.palette()
    return QColor(_on(meaning, palette.color(role).rgba()))


@lru_cache(maxsize=256)  # a table asks for every cell it paints
def _on(meaning: str, background: int) -> int:
    at_least = STEP_BACK_CONTRAST if meaning == "spam" else TEXT_CONTRAST
    return readable(QColor(HUES[meaning]), QColor.fromRgba(background), at_least).rgba()
