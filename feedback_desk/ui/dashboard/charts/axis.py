"""The chart's axes: category labels that never overlap, values with a unit."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF

from .base import LABEL_GAP, elide


class ChartAxis(pg.AxisItem):
    """An axis that shows either category names or values with a suffix, or nothing."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.mode = "blank"  # "category", "value" or "blank"
        self.categories: list[str] = []
        self.suffix = ""
        self.whole = False  # value ticks on whole numbers only
        self._widths: list[float] = []
        self._line_height = 16.0
        self.setStyle(tickLength=0, autoExpandTextSpace=False, autoReduceTextSpace=False)

    def set_font(self, font: QFont) -> None:
        """Use this font for tick labels (and for measuring them)."""
        self.setStyle(tickFont=font)
        self._measure()

    def set_categories(self, categories: list[str]) -> None:
        """Show these category names, one per whole coordinate from 0."""
        self.mode = "category"
        self.categories = categories
        self._measure()
        self.picture = None
        self.update()

    def set_values(self, suffix: str, whole: bool) -> None:
        """Show value ticks ending with suffix."""
        self.mode = "value"
        self.suffix = suffix
        self.whole = whole
        self.picture = None
        self.update()

    def set_blank(self) -> None:
        """Show no ticks at all."""
        self.mode = "blank"
        self.picture = None
        self.update()

    def font_metrics(self) -> QFontMetricsF:
        """Metrics of the tick font."""
        return QFontMetricsF(self.style["tickFont"] or QFont())

    def _measure(self) -> None:
        metrics = self.font_metrics()
        self._line_height = metrics.height()
        self._widths = [metrics.horizontalAdvance(text) for text in self.categories]

    def _edge_room(self) -> tuple[float, float]:
        """Pixels free left and right of this (bottom) axis inside the plot item."""
        parent = self.parentItem()
        if parent is None:
            return 0.0, 0.0
        left = self.pos().x()
        return left - 2, parent.size().width() - left - self.width() - 2

    def category_indices(self, low: float, high: float, size: float) -> list[int]:
        """Which categories get a label when the axis shows low..high over size pixels."""
        low, high = sorted((low, high))
        n = len(self.categories)
        if self.mode != "category" or n == 0 or size <= 0 or high <= low:
            return []
        per_unit = size / (high - low)
        first, last = max(0, math.ceil(low - 1e-9)), min(n - 1, math.floor(high + 1e-9))
        if first > last:
            return []
        if self.orientation in ("left", "right"):
            step = max(1, math.ceil(self._line_height / per_unit))
            return list(range(first, last + 1, step))
        step = max(1, math.ceil((max(self._widths) + LABEL_GAP) / per_unit))
        left_room, right_room = self._edge_room()
        chosen = []
        for index in range(first - first % step, last + 1, step):
            if index < first:
                continue
            middle = (index - low) * per_unit
            half = self._widths[index] / 2
            if middle - half >= -left_room and middle + half <= size + right_room:
                chosen.append(index)
        return chosen

    def tickValues(self, minVal, maxVal, size):
        """Category positions, or one level of value ticks spaced so their labels fit."""
        if self.mode == "blank":
            return []
        if self.mode == "category":
            return [(1.0, [float(i) for i in self.category_indices(minVal, maxVal, size)])]
        low, high = sorted((minVal, maxVal))
        levels = super().tickValues(low, high, size)
        if self.whole:
            levels = [(spacing, values) for spacing, values in levels if spacing >= 1]
        if not levels:
            return [(1.0, [float(v) for v in range(math.ceil(low), math.floor(high) + 1)])]
        spacing, values = levels[0]
        if len(levels) > 1 and high > low:
            finer, more = levels[1]
            per_tick = finer * size / (high - low)
            if self.orientation in ("left", "right"):
                needed = self._line_height * 1.8
            else:
                strings = super().tickStrings([low, high], 1.0, finer)
                metrics = self.font_metrics()
                needed = max(metrics.horizontalAdvance(s + self.suffix) for s in strings) + 24
            if per_tick >= needed:
                spacing, values = finer, sorted(values + more)
        return [(spacing, values)]

    def boundingRect(self):
        """pyqtgraph's rectangle, widened so the labels at both ends are not dropped."""
        rect = super().boundingRect()
        if self.orientation in ("left", "right"):
            return rect.adjusted(0, -self._line_height, 0, self._line_height)
        left, right = self._edge_room()
        return rect.adjusted(-max(left, 0.0), 0, max(right, 0.0), 0)

    def tickStrings(self, values, scale, spacing):
        """Category names (elided on a vertical axis), or values with the suffix."""
        if self.mode == "category":
            names = [self.categories[round(v)] for v in values]
            if self.orientation in ("left", "right"):
                names = [elide(name) for name in names]
            return names
        strings = super().tickStrings(values, scale, spacing)
        return [s + self.suffix for s in strings] if self.suffix else strings
