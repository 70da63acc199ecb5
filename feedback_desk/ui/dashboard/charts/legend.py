"""The chart's legend: a swatch per series, which a click or a drag leaves alone."""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen


class Swatch(ItemSample):
    """A legend sample: a square for bars, a short line with a dot for lines."""

    def __init__(self, color: QColor, kind: str, dashed: bool = False) -> None:
        super().__init__(None)
        self.color = color
        self.kind = kind
        self.dashed = dashed

    def paint(self, p, *args):
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.kind == "bars":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self.color)
            p.drawRoundedRect(QRectF(4, 5, 12, 12), 2, 2)
            return
        pen = QPen(self.color, 2)
        if self.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(1, 11), QPointF(19, 11))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.color)
        p.drawEllipse(QPointF(10, 11), 3.5, 3.5)

    def mouseClickEvent(self, event):
        """Clicking a legend entry does nothing (pyqtgraph would hide the series)."""
        event.ignore()


class Legend(pg.LegendItem):
    """A legend that cannot be dragged around."""

    def hoverEvent(self, ev):
        pass

    def mouseDragEvent(self, ev):
        ev.ignore()
