"""Static dashboard charts: bars and lines over categories such as months, channels or tags.

`ChartView` is a `pg.PlotWidget` (a QGraphicsView) with panning, zooming and pyqtgraph's menus
turned off. It draws one chart at a time, follows the system palette, shows a tooltip per
category and reports a click on a bar segment or a line point through `picked`.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

BAR_WIDTH = 0.7
ELIDE_AT = 24  # characters of a category label on a horizontal chart
LABEL_GAP = 14  # pixels kept free between two category labels along the bottom axis
EXPORT_MIN_WIDTH = 1600
GRID_ALPHA = 0.16
BAND_ALPHA = 51  # about 20 % of 255
MOST_POINT_LABELS = 16  # more points than this and their labels would crowd each other
CLICK_SLOP = 5  # pixels the mouse may move between press and release of a click


@dataclass(frozen=True)
class Series:
    """One coloured set of values, one per category; None means no value there."""

    key: str
    name: str
    color: str
    values: Sequence[float | None]
    dashed: bool = False


def _mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """A colour between a and b."""
    keep = 1.0 - share_of_b
    return QColor.fromRgbF(
        a.redF() * keep + b.redF() * share_of_b,
        a.greenF() * keep + b.greenF() * share_of_b,
        a.blueF() * keep + b.blueF() * share_of_b,
    )


def _elide(text: str) -> str:
    """A long label cut to about ELIDE_AT characters."""
    return text if len(text) <= ELIDE_AT else text[: ELIDE_AT - 1].rstrip() + "…"


def _as_array(values: Sequence[float | None], n: int, what: str) -> np.ndarray:
    """Values as floats, NaN where there is none; ValueError when the count is wrong."""
    if len(values) != n:
        raise ValueError(f"{what} has {len(values)} values for {n} categories")
    return np.array([np.nan if v is None else float(v) for v in values], dtype=float)


def _set_pen(item, pen: QPen) -> None:
    """Give a line or an error bar item a new pen."""
    if isinstance(item, pg.ErrorBarItem):
        item.setData(pen=pen)
    else:
        item.setPen(pen)


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(start, stop) of each run of True in mask."""
    padded = np.concatenate(([False], mask, [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


class _ChartAxis(pg.AxisItem):
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
                names = [_elide(name) for name in names]
            return names
        strings = super().tickStrings(values, scale, spacing)
        return [s + self.suffix for s in strings] if self.suffix else strings


class _Swatch(ItemSample):
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


class _Legend(pg.LegendItem):
    """A legend that cannot be dragged around."""

    def hoverEvent(self, ev):
        pass

    def mouseDragEvent(self, ev):
        ev.ignore()


class ChartView(pg.PlotWidget):
    """A static bar or line chart over categories; a pg.PlotWidget, so a QGraphicsView.

    Call show_bars or show_lines to draw, set_tips for hover text per category. A click on a
    bar segment or a line point emits picked(category index, series key).
    """

    picked = Signal(int, str)

    _ready = False
    _ranging = False

    def __init__(self, parent: QWidget | None = None) -> None:
        bottom, left = _ChartAxis("bottom"), _ChartAxis("left")
        super().__init__(parent, axisItems={"bottom": bottom, "left": left})
        self._bottom, self._left = bottom, left
        item = self.plotItem
        item.setMouseEnabled(False, False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.layout.setContentsMargins(4, 8, 14, 4)
        item.vb.disableAutoRange()
        item.vb.setDefaultPadding(0.0)
        self.setAntialiasing(True)
        self.setMinimumHeight(220)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self._kind = "empty"  # "empty", "bars" or "lines"
        self._categories: list[str] = []
        self._horizontal = False
        self._order: list[str] = []
        self._starts: dict[str, np.ndarray] = {}  # bars: where each segment begins
        self._ends: dict[str, np.ndarray] = {}  # bars: where it ends, NaN for no value
        self._values: dict[str, np.ndarray] = {}  # lines: the values, NaN for none
        self._bar_items: list[pg.BarGraphItem] = []
        self._stroked: list = []  # lines and error bars, whose pens widen for a PNG
        self._label_items: list[pg.TextItem] = []
        self._label_texts: list[str] = []
        self._label_ends: np.ndarray = np.zeros(0)
        self._value_span = (0.0, 1.0)
        self._fixed_range: tuple[float, float] | None = None
        self._tips: list[str] = []
        self._press: QPointF | None = None
        self.shown_tip = ""  # the tooltip text on show now, "" when none
        self._empty_message = ""

        self._legend = _Legend(offset=None, frame=False, sampleType=_Swatch, horSpacing=4)
        self._legend.setParentItem(item)
        # The view is never scaled; without this flag exports scale the legend too.
        self._legend.setFlag(self._legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
        self._legend.hide()
        self._legend_entries: tuple[list[tuple[str, str, bool]], str] = ([], "")
        self._reference = pg.InfiniteLine(angle=0, movable=False)
        self._empty_text = pg.TextItem(anchor=(0.5, 0.5))
        self._empty_text.setPos(0.5, 0.5)

        item.vb.sigResized.connect(self._on_resized)
        self._ready = True
        self._apply_font()
        self._apply_palette()
        self._show_empty()

    # ----- public API -----

    def sizeHint(self) -> QSize:
        return QSize(480, 280)

    def show_bars(
        self,
        categories: list[str],
        series: list[Series],
        *,
        horizontal: bool = False,
        labels: Sequence[str] | None = None,
        y_suffix: str = "",
        empty: str = "",
    ) -> None:
        """Draw bars, stacked in series order (first at the bottom, or left); ``empty`` is
        what the chart says when there is nothing to draw."""
        self._empty_message = empty
        if labels is not None and not horizontal:
            raise ValueError("bar end labels are for horizontal bars only")
        n = len(categories)
        arrays = [_as_array(s.values, n, f"series {s.key!r}") for s in series]
        if labels is not None and len(labels) != n:
            raise ValueError(f"{len(labels)} labels for {n} categories")
        if not self._begin(categories, series, arrays):
            return
        self._kind = "bars"
        self._horizontal = horizontal
        up, down = np.zeros(n), np.zeros(n)
        pen = self._bar_pen()
        for s, values in zip(series, arrays, strict=True):
            has = ~np.isnan(values)
            rising = values >= 0
            start = np.where(rising | ~has, up, down)
            end = np.where(has, start + np.nan_to_num(values), np.nan)
            up = np.where(has & rising, end, up)
            down = np.where(has & ~rising, end, down)
            self._starts[s.key], self._ends[s.key] = start, end
            where = np.flatnonzero(has)
            if where.size == 0:
                continue
            if horizontal:  # categories down the side, values across
                place = {
                    "y": where,
                    "height": BAR_WIDTH,
                    "x0": start[where],
                    "width": values[where],
                }
            else:
                place = {
                    "x": where,
                    "width": BAR_WIDTH,
                    "y0": start[where],
                    "height": values[where],
                }
            bar = pg.BarGraphItem(**place, brush=pg.mkBrush(s.color), pen=pen)
            self.plotItem.addItem(bar)
            self._bar_items.append(bar)
        self._value_span = (min(0.0, float(down.min())), max(0.0, float(up.max())))
        self._label_texts = list(labels) if labels is not None else []
        self._label_ends = up
        self._place_bar_labels()
        self._finish(series, arrays, "bars", y_suffix)

    def show_lines(
        self,
        categories: list[str],
        series: list[Series],
        *,
        band: tuple[Sequence[float | None], Sequence[float | None]] | None = None,
        reference: float | None = None,
        y_suffix: str = "",
        y_range: tuple[float, float] | None = None,
        point_labels: Sequence[str] | None = None,
        empty: str = "",
    ) -> None:
        """Draw one line per series with a dot on every value; a gap where there is none.
        ``point_labels`` are small words under the first series' points (such as how many
        answers each is from), drawn when there are few enough points to read them."""
        self._empty_message = empty
        n = len(categories)
        arrays = [_as_array(s.values, n, f"series {s.key!r}") for s in series]
        low = high = None
        if band is not None:
            low, high = (_as_array(band[0], n, "band low"), _as_array(band[1], n, "band high"))
        if not self._begin(categories, series, arrays):
            return
        self._kind = "lines"
        self._horizontal = False
        xs = np.arange(n, dtype=float)
        if low is not None and high is not None:
            self._draw_band(xs, low, high, series[0].color if series else None)
        for s, values in zip(series, arrays, strict=True):
            self._values[s.key] = values
            pen = pg.mkPen(s.color, width=2)
            if s.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            line = pg.PlotDataItem(
                xs,
                values,
                connect="finite",
                pen=pen,
                symbol="o",
                symbolSize=7,
                symbolBrush=pg.mkBrush(s.color),
                symbolPen=pg.mkPen(s.color),
            )
            self.plotItem.addItem(line)
            self._stroked.append(line)
        found = [a[~np.isnan(a)] for a in [*arrays, low, high] if a is not None]
        found = np.concatenate(found) if found else np.zeros(0)
        if reference is not None:
            found = np.append(found, reference)
            self._reference.setValue(reference)
            self._reference.setPen(self._reference_pen())
            self.plotItem.addItem(self._reference, ignoreBounds=True)
        self._value_span = (float(found.min()), float(found.max()))
        self._fixed_range = (min(y_range), max(y_range)) if y_range is not None else None
        if point_labels is not None and series and n <= MOST_POINT_LABELS:
            self._label_points(xs, arrays[0], point_labels)
        extra = [a for a in (low, high) if a is not None]
        self._finish(series, [*arrays, *extra], "lines", y_suffix, reference)

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

    def save(self, path: Path) -> None:
        """Write the chart to a .png (at least 1600 px wide) or an .svg file."""
        from pyqtgraph import exporters

        path = Path(path)
        suffix = path.suffix.lower()
        if suffix == ".png":
            exporter = exporters.ImageExporter(self.plotItem)
            width = max(EXPORT_MIN_WIDTH, 2 * self.width())
            exporter.parameters()["width"] = width
            with self._wider_lines(width / max(self.plotItem.sceneBoundingRect().width(), 1.0)):
                written = exporter.export(str(path))
        elif suffix == ".svg":
            try:
                exporters.SVGExporter(self.plotItem).export(str(path))
                written = True
            except ValueError:
                # pyqtgraph 0.14.0 cannot read the path data that Qt 6.11 and later write.
                written = self._save_svg_with_qt(path)
        else:
            raise ValueError(f"cannot save a chart as {suffix or 'a file without a suffix'}")
        for axis in (self._bottom, self._left):
            axis.picture = None  # drawn at export scale; draw again for the screen
        self.viewport().update()
        if written is False:
            raise OSError(f"could not write {path}")

    @contextmanager
    def _wider_lines(self, scale: float) -> Iterator[None]:
        """Lines drawn `scale` times as wide for a while (their pens are cosmetic: pixels)."""
        kept = [(item, QPen(item.opts["pen"])) for item in self._stroked]
        try:
            for item, pen in kept:
                wide = QPen(pen)
                wide.setWidthF(max(pen.widthF(), 1.0) * scale)
                _set_pen(item, wide)
            yield
        finally:
            for item, pen in kept:
                _set_pen(item, pen)

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

    def tick_labels(self) -> list[str]:
        """The category labels drawn on the axis now, as shown (elided where long)."""
        axis = self._left if self._horizontal else self._bottom
        if axis.mode != "category":
            return []
        self.plotItem.layout.activate()
        size = axis.height() if self._horizontal else axis.width()
        chosen = axis.category_indices(*axis.range, size)
        return axis.tickStrings([float(i) for i in chosen], 1.0, 1.0)

    # ----- drawing -----

    def _begin(self, categories: list[str], series: list[Series], arrays: list) -> bool:
        """Clear the old chart; show the empty state and return False if nothing to draw."""
        self._clear()
        self._categories = list(categories)
        if not categories or all(np.isnan(a).all() for a in arrays):
            self._show_empty()
            return False
        return True

    def _clear(self) -> None:
        self.plotItem.clear()
        self._order, self._starts, self._ends, self._values = [], {}, {}, {}
        self._bar_items = []
        self._stroked = []
        self._label_texts = []
        self._fixed_range = None
        self._hide_tip()

    def _label_points(self, xs: np.ndarray, values: np.ndarray, texts: Sequence[str]) -> None:
        """Small muted words just under each point that has a value."""
        color = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for x, value, text in zip(xs, values, texts, strict=True):
            if np.isnan(value) or not text:
                continue
            item = pg.TextItem(text, color=color, anchor=(0.5, -0.35))
            font = self.font()
            font.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
            item.setFont(font)
            item.setPos(float(x), float(value))
            self.plotItem.addItem(item, ignoreBounds=True)

    def _show_empty(self) -> None:
        self._kind = "empty"
        self._horizontal = False
        self._categories = []
        self._bottom.set_blank()
        self._left.set_blank()
        self._bottom.setGrid(False)
        self._left.setGrid(False)
        self.plotItem.vb.invertY(False)
        self._set_legend([])
        self._empty_text.setText(self._empty_message or self.tr("No feedback in this period"))
        self.plotItem.addItem(self._empty_text)
        self.plotItem.vb.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
        self._left.setWidth(12)
        self.plotItem.layout.activate()

    def _finish(self, series, arrays, kind: str, suffix: str, reference=None) -> None:
        """Axes, legend and ranges for a chart just drawn."""
        self._order = [s.key for s in series]
        numbers = np.concatenate([a[~np.isnan(a)] for a in arrays])
        whole = bool(np.all(numbers == np.round(numbers)))
        if reference is not None:
            whole = whole and float(reference).is_integer()
        if self._fixed_range is not None:
            whole = whole and all(float(v).is_integer() for v in self._fixed_range)
        category_axis, value_axis = (
            (self._left, self._bottom) if self._horizontal else (self._bottom, self._left)
        )
        category_axis.set_categories(self._categories)
        value_axis.set_values(suffix, whole)
        category_axis.setGrid(False)
        value_axis.setGrid(int(GRID_ALPHA * 255))
        category_axis.setStyle(tickAlpha=0)
        value_axis.setStyle(tickAlpha=None)
        self.plotItem.vb.invertY(self._horizontal)
        entries = [(s.name, s.color, s.dashed) for s in series] if len(series) > 1 else []
        self._set_legend(entries, kind)
        self._apply_range()

    def _draw_band(self, xs, low, high, color: str | None) -> None:
        fill = QColor(color or self.palette().color(QPalette.ColorRole.Highlight))
        if fill.alpha() == 255:
            fill.setAlpha(BAND_ALPHA)
        both = ~np.isnan(low) & ~np.isnan(high)
        single = []
        for start, stop in _runs(both):
            if stop - start == 1:
                single.append(start)
                continue
            part = slice(start, stop)
            bottom = pg.PlotCurveItem(xs[part], low[part])
            top = pg.PlotCurveItem(xs[part], high[part])
            # The region holds on to its two curves; they are not in the scene themselves.
            self.plotItem.addItem(pg.FillBetweenItem(bottom, top, brush=pg.mkBrush(fill)))
        if single:
            at = np.array(single)
            middle = (low[at] + high[at]) / 2
            stroke = QColor(fill)
            stroke.setAlpha(min(255, fill.alpha() * 3))
            bars = pg.ErrorBarItem(
                x=xs[at],
                y=middle,
                top=high[at] - middle,
                bottom=middle - low[at],
                beam=0.18,
                pen=pg.mkPen(stroke, width=2),
            )
            self.plotItem.addItem(bars)
            self._stroked.append(bars)

    def _place_bar_labels(self) -> None:
        """The short texts past the end of each horizontal bar."""
        color = self.palette().color(QPalette.ColorRole.Text)
        while len(self._label_items) < len(self._label_texts):
            self._label_items.append(pg.TextItem(anchor=(0, 0.5)))
        font = self.font()
        for index, (item, text) in enumerate(
            zip(self._label_items, self._label_texts, strict=False)
        ):
            if not text:
                continue
            item.setText(text, color)
            item.setFont(font)
            item.setPos(float(self._label_ends[index]), float(index))
            self.plotItem.addItem(item, ignoreBounds=True)

    def _set_legend(self, entries: list[tuple[str, str, bool]], kind: str = "") -> None:
        """Show a legend above the plot for these (name, colour, dashed), or none when empty."""
        if (entries, kind) == self._legend_entries:
            return
        self._legend.clear()
        self._legend_entries = (entries, kind)
        for name, color, dashed in entries:
            self._legend.addItem(_Swatch(QColor(color), kind, dashed), name)
        self._legend.setVisible(bool(entries))
        if not entries:
            self.plotItem.layout.setRowFixedHeight(0, 0)

    def _apply_range(self) -> None:
        """Fit the view to the data, the legend and the bar labels, and lay it all out now."""
        if self._kind == "empty" or self._ranging:
            return
        self._ranging = True
        try:
            # Twice: the first layout may change the plot's size, which the fit depends on.
            for _ in range(2):
                self._fit_range()
                self.plotItem.layout.activate()
        finally:
            self._ranging = False

    def _fit_range(self) -> None:
        vb = self.plotItem.vb
        n = len(self._categories)
        low, high = self._fixed_range or self._padded_span()
        if self._horizontal and self._label_texts and high > 0:
            high = self._room_for_labels(low, high, vb.width())
        cats = (-0.5, n - 0.5)
        if self._horizontal:
            vb.setRange(xRange=(low, high), yRange=cats, padding=0, update=True)
        else:
            vb.setRange(xRange=cats, yRange=(low, high), padding=0, update=True)
        self._fit_axes(low, high)
        self._place_legend()

    def _padded_span(self) -> tuple[float, float]:
        low, high = self._value_span
        if self._kind == "bars":
            span = (high - low) or 1.0
            return (low - span * 0.06 if low < 0 else low), (high + span * 0.06 if high > 0 else 0)
        span = high - low
        if span == 0:
            span = abs(high) * 0.2 or 1.0
        pad = span * 0.08
        padded_low = low - pad
        if low >= 0 > padded_low:
            padded_low = 0.0
        return padded_low, high + pad

    def _room_for_labels(self, low: float, high: float, width: float) -> float:
        """A value-axis end that leaves room for each bar's end label."""
        metrics = QFontMetricsF(self.font())
        needed = high
        for index, text in enumerate(self._label_texts):
            if not text:
                continue
            share = (metrics.horizontalAdvance(text) + 14) / max(width, 1.0)
            share = min(share, 0.6)
            end = max(float(self._label_ends[index]), 0.0)
            needed = max(needed, low + (end - low) / (1.0 - share))
        return needed

    def _fit_axes(self, low: float, high: float) -> None:
        """Set axis sizes from the labels they will draw, so nothing is clipped."""
        metrics = self._left.font_metrics()
        self._bottom.setHeight(math.ceil(metrics.height() + 8))
        if self._horizontal:
            widest = max(metrics.horizontalAdvance(_elide(c)) for c in self._categories)
        else:
            levels = self._left.tickValues(low, high, max(self._left.height(), 100.0))
            strings = [
                text
                for spacing, values in levels
                for text in self._left.tickStrings(values, 1.0, spacing or 1.0)
            ]
            widest = max((metrics.horizontalAdvance(s) for s in strings), default=10.0)
        width = math.ceil(widest + 10)
        if self._left.fixedWidth != width:
            self._left.setWidth(width)

    def _place_legend(self) -> None:
        """Lay the legend out in as few rows as fit above the plot."""
        entries = self._legend_entries[0]
        if not entries:
            return
        item = self.plotItem
        vb_left = item.vb.geometry().left()
        room = max(item.width() - vb_left - 10, 60.0)
        metrics = QFontMetricsF(self.font())
        widest = max(metrics.horizontalAdvance(name) for name, _, _ in entries)
        columns = max(1, min(len(entries), int(room // (widest + 34))))
        self._legend.setColumnCount(columns)
        self._legend.updateSize()
        height = math.ceil(self._legend.height()) + 2
        item.layout.setRowFixedHeight(0, height)
        self._legend.setPos(vb_left - 2, 0)

    def _on_resized(self) -> None:
        if self._kind != "empty":
            self._apply_range()

    # ----- colours and fonts -----

    def _bar_pen(self) -> QPen:
        pen = QPen(self.palette().color(QPalette.ColorRole.Base), 1)
        pen.setCosmetic(True)
        return pen

    def _reference_pen(self) -> QPen:
        pal = self.palette()
        color = _mix(pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base), 0.45)
        pen = QPen(color, 1)
        pen.setCosmetic(True)
        return pen

    def _apply_palette(self) -> None:
        pal = self.palette()
        base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
        self.setBackground(base)
        for axis in (self._bottom, self._left):
            axis.setPen(_mix(text, base, 0.45))
            axis.setTextPen(text)
            axis.setTickPen(text)
        self._legend.setLabelTextColor(text)
        for _sample, label in self._legend.items:
            label.setText(label.text)  # a LabelItem takes a new colour only when set again
        self._empty_text.setColor(_mix(text, base, 0.5))
        self._reference.setPen(self._reference_pen())
        pen = self._bar_pen()
        for bar in self._bar_items:
            bar.setOpts(pen=pen)
        for label in self._label_items:
            label.setColor(text)

    def _apply_font(self) -> None:
        font = self.font()
        for axis in (self._bottom, self._left):
            axis.set_font(font)
        points = font.pointSizeF()
        self._legend.setLabelTextSize(f"{points:g}pt" if points > 0 else f"{font.pixelSize()}px")
        self._empty_text.setFont(font)
        for label in self._label_items:
            label.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if not self._ready:
            return
        kind = event.type()
        if kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_palette()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._apply_font()
            self._apply_range()

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
