"""The report's drawing board: its colours and sizes, fonts that can write Korean and
Japanese, and a canvas that draws text, boxes and paths in 1/1200 inch on any device."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)

INK = "#1f2933"
MUTED = "#5b6675"
RULE = "#d9dee5"
BOX = "#f4f6f9"
ACCENT = "#1f6f8b"
BAND = "#d3e5ec"
# Positive, neutral and negative differ in lightness (dark, light, middle), so a greyscale
# print still tells them apart; the problem bars share one muted red, as a tag's own colour
# (a green one, say) could be read as a feeling.
POSITIVE = "#1f7a4d"
NEUTRAL = "#cbd2db"
NEGATIVE = "#e06666"
PROBLEM = "#b36b6b"
GOOD_TEXT = "#1f7a4d"
BAD_TEXT = "#b42323"
FALLBACK_FAMILIES = (
    "Noto Sans",
    "Noto Sans CJK KR",
    "Noto Sans CJK JP",
    "Noto Sans CJK SC",
    "Malgun Gothic",
    "Yu Gothic",
    "PingFang SC",
    "Apple SD Gothic Neo",
    "Hiragino Sans",
    "Microsoft YaHei",
)
# Territories whose paper is US Letter (CLDR); everyone else prints on A4.
LETTER_TERRITORIES = (
    "UnitedStates",
    "Canada",
    "Mexico",
    "Philippines",
    "Chile",
    "Colombia",
    "Venezuela",
    "CostaRica",
    "Guatemala",
    "Nicaragua",
    "Panama",
    "PuertoRico",
    "ElSalvador",
    "Belize",
)
PDF_DPI = 300
LAYOUT_DPI = 1200  # the units the report is laid out in, on every device
MARGIN_MM = 15
SECTION_GAP_MM = 5.0
COLUMN_GAP_MM = 8.0
QUOTE_LINES = 4
SUMMARY_LINES = 6
PROBLEMS_SHOWN = 5
FIRST_PAGE_FOLLOWUPS = 8  # on page 1 at most; page 2 lists as many as it holds


def tr(text: str) -> str:
    return QCoreApplication.translate("report", text)


# ---------------------------------------------------------------- drawing on the page


@dataclass(frozen=True)
class _Face:
    """A font at its size on this page, with its measures."""

    font: QFont
    metrics: QFontMetricsF

    @property
    def line(self) -> float:
        return max(self.metrics.lineSpacing(), self.metrics.height())

    def width(self, text: str) -> float:
        return self.metrics.horizontalAdvance(text)


class _Canvas:
    """The painter and the page in units of 1/LAYOUT_DPI inch, whatever the device's own
    resolution (the painter scales them to its pixels): fonts sized in these units measure
    the same on a 300 dpi PDF, a 1200 dpi printer and a preview, so lines break in the same
    places and the pages match. ``pt`` and ``mm`` are one point and one millimetre; ``dry``
    measures without drawing."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        self.painter = painter
        self.device = device
        resolution = getattr(device, "resolution", None)
        scale = (resolution() if resolution else device.logicalDpiY()) / LAYOUT_DPI
        painter.scale(scale, scale)
        area = device.pageLayout().paintRect(QPageLayout.Unit.Inch)
        self.width = area.width() * LAYOUT_DPI
        self.height = area.height() * LAYOUT_DPI
        default = QFontInfo(QGuiApplication.font()).family()
        self.families = [default, *(f for f in FALLBACK_FAMILIES if f != default)]
        self.dry = False
        self.pt = LAYOUT_DPI / 72
        self.mm = LAYOUT_DPI / 25.4
        self._faces: dict[tuple[float, bool, bool], _Face] = {}

    def face(self, size: float, bold: bool = False, italic: bool = False) -> _Face:
        key = (size, bold, italic)
        if key not in self._faces:
            font = QFont()
            font.setFamilies(self.families)
            font.setPixelSize(round(size * self.pt))
            font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            font.setItalic(italic)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            if hasattr(font, "setFeature"):  # no "ﬀ" ligatures: the PDF's words stay searchable
                font.setFeature(QFont.Tag("liga"), 0)
            self._faces[key] = _Face(font, QFontMetricsF(font, self.device))
        return self._faces[key]

    def measure(self, block: Callable[..., float], *args, **kwargs) -> float:
        """The height ``block(self, *args, **kwargs)`` would take, drawing nothing."""
        self.dry = True
        try:
            return block(self, *args, **kwargs)
        finally:
            self.dry = False

    def text(
        self,
        x: float,
        y: float,
        text: str,
        face: _Face,
        color: str = INK,
        align: str = "left",
        width: float = 0.0,
    ) -> float:
        """One line of plain text with its top at ``y``, aligned in ``width``; returns its
        width."""
        advance = face.width(text)
        if not self.dry and text:
            if align == "right":
                x += width - advance
            elif align == "center":
                x += (width - advance) / 2
            self.painter.setFont(face.font)
            self.painter.setPen(QColor(color))
            self.painter.drawText(QPointF(x, y + face.metrics.ascent()), text)
        return advance

    def elide(
        self,
        text: str,
        face: _Face,
        width: float,
        words: bool = False,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> str:
        """The text cut with "…" (at its end, or where ``mode`` says) to fit ``width``; with
        ``words``, at a space when one is near."""
        cut = face.metrics.elidedText(text, mode, max(width, 0.0))
        if not words or cut == text or not cut.endswith("…"):
            return cut
        kept = cut[:-1]
        space = kept.rfind(" ")
        if space > len(kept) * 0.6:
            kept = kept[:space]
        return kept.rstrip(" ,;:.-—") + "…"

    def lines(
        self, text: str, face: _Face, width: float, max_lines: int = 0, tail: str = ""
    ) -> list[str]:
        """The text (white space made single) broken into lines of ``width``; past
        ``max_lines`` the last line is cut with "…" and ends with ``tail``."""
        text = " ".join(text.split())
        if not text:
            return []
        layout = QTextLayout(text, face.font, self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        spans = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0))
            spans.append((line.textStart(), line.textLength()))
        layout.endLayout()
        units = text.encode("utf-16-le")  # Qt counts UTF-16 units, Python code points

        def piece(start: int, length: int | None = None) -> str:
            end = None if length is None else 2 * (start + length)
            return units[2 * start : end].decode("utf-16-le").strip()

        found = [piece(start, length) for start, length in spans]
        if max_lines and len(found) > max_lines:
            rest = piece(spans[max_lines - 1][0])
            if tail and rest.endswith(tail):
                rest = rest[: -len(tail)]
            last = self.elide(rest, face, width - face.width(tail), words=True) + tail
            found = [*found[: max_lines - 1], last]
        return found

    def paragraph(
        self,
        x: float,
        y: float,
        text: str,
        face: _Face,
        width: float,
        color: str = INK,
        max_lines: int = 0,
        tail: str = "",
    ) -> float:
        """Wrapped plain text from ``y``; returns its height."""
        found = self.lines(text, face, width, max_lines, tail)
        for i, line in enumerate(found):
            self.text(x, y + i * face.line, line, face, color)
        return len(found) * face.line

    def pen(self, color: str, width_pt: float) -> QPen:
        pen = QPen(QColor(color), width_pt * self.pt)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def rule(self, x1: float, y1: float, x2: float, y2: float, color: str, width_pt: float):
        if not self.dry:
            pen = self.pen(color, width_pt)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            self.painter.setPen(pen)
            self.painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def box(
        self, rect: QRectF, fill: str | None, stroke: str | None = None, radius_mm: float = 0.0
    ) -> None:
        if self.dry:
            return
        self.painter.setPen(self.pen(stroke, 0.6) if stroke else Qt.PenStyle.NoPen)
        self.painter.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)
        if radius_mm:
            r = radius_mm * self.mm
            self.painter.drawRoundedRect(rect, r, r)
        else:
            self.painter.drawRect(rect)

    def path(self, path: QPainterPath, stroke: str | None, width_pt: float, fill: str | None):
        if self.dry:
            return
        self.painter.setPen(self.pen(stroke, width_pt) if stroke else Qt.PenStyle.NoPen)
        self.painter.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)
        self.painter.drawPath(path)
