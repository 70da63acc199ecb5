"""ChartView: the widget that draws one bar or line chart over categories."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from .axis import ChartAxis
from .base import BAND_ALPHA, BAR_WIDTH, GRID_ALPHA, MOST_POINT_LABELS, Series, as_array, runs
from .fitting import Fitting
from .legend import Legend, Swatch
from .pointer import Pointer
from .saving import Saving


class ChartView(Pointer, Fitting, Saving, pg.PlotWidget):
    """A static bar or line chart over categories; a pg.PlotWidget, so a QGraphicsView.

    Call show_bars or show_lines to draw, set_tips for hover text per category. A click on a
    bar segment or a line point emits picked(category index, series key).
    """

    picked = Signal(int, str)

    _ready = False
    _ranging = False

    def __init__(self, parent: QWidget | None = None) -> None:
        bottom, left = ChartAxis("bottom"), ChartAxis("left")
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

        self._legend = Legend(offset=None, frame=False, sampleType=Swatch, horSpacing=4)
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
        arrays = [as_array(s.values, n, f"series {s.key!r}") for s in series]
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
        arrays = [as_array(s.values, n, f"series {s.key!r}") for s in series]
        low = high = None
        if band is not None:
            low, high = (as_array(band[0], n, "band low"), as_array(band[1], n, "band high"))
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
        for start, stop in runs(both):
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
