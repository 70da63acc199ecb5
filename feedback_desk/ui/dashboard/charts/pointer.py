"""The mouse on a chart: a tooltip per category, and a click on a bar or point (picked)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QToolTip

from .base import BAR_WIDTH, CLICK_SLOP


class Pointer:
    """ChartView's tooltips and clicks."""

    def set_tips(self, tips: Sequence[str]) -> None:
        """Hover text for each category, by index; empty to show none."""
        self._tips = list(tips)
        if not self._tips:
            self._hide_tip()

    def point_of(self, index: int, key: str) -> QPoint:
        """Viewport pixel of the middle of that bar segment, or of that line point.

        Where the value is None this is where it would be: the top of the stack below it,
        or the middle of the plot for a line.
        """
        if not 0 <= index < len(self._categories):
            raise IndexError(f"no category {index}")
        self.plotItem.layout.activate()
        if self._kind == "bars":
            if key not in self._starts:
                raise KeyError(key)
            start, end = self._starts[key][index], self._ends[key][index]
            value = start if np.isnan(end) else (start + end) / 2
        elif self._kind == "lines":
            if key not in self._values:
                raise KeyError(key)
            value = self._values[key][index]
            if np.isnan(value):
                value = sum(self.plotItem.vb.viewRange()[1]) / 2
        else:
            raise KeyError(key)
        at = QPointF(value, index) if self._horizontal else QPointF(index, value)
        return self.mapFromScene(self.plotItem.vb.mapViewToScene(at))

    # ----- mouse -----

    def _category_at(self, scene_pos: QPointF) -> tuple[int, float, float] | None:
        """(category index, category coordinate, value coordinate) under a scene point."""
        if self._kind == "empty":
            return None
        vb = self.plotItem.vb
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        at = vb.mapSceneToView(scene_pos)
        along, value = (at.y(), at.x()) if self._horizontal else (at.x(), at.y())
        index = round(along)
        if not 0 <= index < len(self._categories):
            return None
        return index, along, value

    def _hit(self, scene_pos: QPointF) -> tuple[int, str] | None:
        """(category index, series key) of the bar segment or line point at a scene point."""
        found = self._category_at(scene_pos)
        if found is None:
            return None
        index, along, value = found
        if self._kind == "bars":
            if abs(along - index) > BAR_WIDTH / 2:
                return None
            for key in self._order:
                start, end = self._starts[key][index], self._ends[key][index]
                if not np.isnan(end) and min(start, end) <= value <= max(start, end):
                    return index, key
            return None
        near = [
            (abs(self._values[key][index] - value), n, key)
            for n, key in enumerate(self._order)
            if not np.isnan(self._values[key][index])
        ]
        return (index, min(near)[2]) if near else None

    def _hover_at(self, scene_pos: QPointF, global_pos: QPoint | None = None) -> None:
        """Show the tip of the category under the mouse, and a hand over clickable things."""
        found = self._category_at(scene_pos)
        index = found[0] if found else None
        tip = self._tips[index] if index is not None and index < len(self._tips) else ""
        if tip:
            if global_pos is None:
                global_pos = self.viewport().mapToGlobal(self.mapFromScene(scene_pos))
            QToolTip.showText(global_pos, tip, self)
            self.shown_tip = tip
        else:
            self._hide_tip()
        if self._hit(scene_pos) is not None:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.viewport().unsetCursor()

    def _hide_tip(self) -> None:
        if self.shown_tip:
            QToolTip.hideText()
            self.shown_tip = ""

    def mouseMoveEvent(self, ev) -> None:
        super().mouseMoveEvent(ev)
        self._hover_at(self.mapToScene(ev.position().toPoint()), ev.globalPosition().toPoint())

    def mousePressEvent(self, ev) -> None:
        super().mousePressEvent(ev)
        if ev.button() == Qt.MouseButton.LeftButton:
            self._press = ev.position()

    def mouseDoubleClickEvent(self, ev) -> None:
        super().mouseDoubleClickEvent(ev)
        if ev.button() == Qt.MouseButton.LeftButton:
            self._press = ev.position()

    def mouseReleaseEvent(self, ev) -> None:
        super().mouseReleaseEvent(ev)
        press, self._press = self._press, None
        if ev.button() != Qt.MouseButton.LeftButton or press is None:
            return
        moved = ev.position() - press
        if abs(moved.x()) + abs(moved.y()) > CLICK_SLOP:
            return
        found = self._hit(self.mapToScene(ev.position().toPoint()))
        if found is not None:
            self.picked.emit(*found)

    def leaveEvent(self, ev) -> None:
        super().leaveEvent(ev)
        self._hide_tip()
        self.viewport().unsetCursor()

    def wheelEvent(self, ev) -> None:
        ev.ignore()  # let a scrolling page behind the chart have the wheel
