"""Saving a chart as a PNG picture or an SVG drawing (Save... on each chart)."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtGui import QPainter, QPen

from ....core.writing import replacing
from .base import EXPORT_MIN_WIDTH, set_pen


class Saving:
    """ChartView's save(): wide enough for print, its lines widened to match."""

    def save(self, path: Path) -> None:
        """Write the chart to a .png (at least 1600 px wide) or an .svg file."""
        from pyqtgraph import exporters

        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".png", ".svg"):
            raise ValueError(f"cannot save a chart as {suffix or 'a file without a suffix'}")
        # Drawn into a temporary file beside it, then moved over it (core/writing.py): a
        # failed save never leaves half a picture where a good one was.
        lost = QCoreApplication.translate("faults", "the chart was not saved")
        try:
            with replacing(path, lost) as temp:
                if suffix == ".png":
                    exporter = exporters.ImageExporter(self.plotItem)
                    width = max(EXPORT_MIN_WIDTH, 2 * self.width())
                    exporter.parameters()["width"] = width
                    scale = width / max(self.plotItem.sceneBoundingRect().width(), 1.0)
                    with self._wider_lines(scale):
                        image = exporter.export(toBytes=True)
                    written = image.save(str(temp), "PNG")
                else:
                    try:
                        temp.write_bytes(exporters.SVGExporter(self.plotItem).export(toBytes=True))
                        written = True
                    except ValueError:
                        # pyqtgraph 0.14.0 cannot read the path data that Qt 6.11 and later write.
                        written = self._save_svg_with_qt(temp)
                if written is False:
                    raise OSError(errno.EIO, "the picture could not be drawn", str(path))
        finally:
            for axis in (self._bottom, self._left):
                axis.picture = None  # drawn at export scale; draw again for the screen
            self.viewport().update()

    @contextmanager
    def _wider_lines(self, scale: float) -> Iterator[None]:
        """Lines drawn `scale` times as wide for a while (their pens are cosmetic: pixels)."""
        kept = [(item, QPen(item.opts["pen"])) for item in self._stroked]
        try:
            for item, pen in kept:
                wide = QPen(pen)
                wide.setWidthF(max(pen.widthF(), 1.0) * scale)
                set_pen(item, wide)
            yield
        finally:
            for item, pen in kept:
                set_pen(item, pen)

    def _save_svg_with_qt(self, path: Path) -> bool:
        """Draw what the widget shows into an SVG file with Qt's own generator."""
        from PySide6.QtSvg import QSvgGenerator

        size = self.viewport().size()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRect(QPoint(0, 0), size))
        generator.setResolution(self.logicalDpiX())  # else cached pictures replay scaled
        painter = QPainter()
        if not painter.begin(generator):
            return False
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.render(painter)
        finally:
            painter.end()
        return True
