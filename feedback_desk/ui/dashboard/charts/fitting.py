"""Fitting a chart to its widget: value ranges with room for the labels, the legend's
place, and the system's colours and font (light or dark, followed while the app runs)."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QFontMetricsF, QPalette, QPen

from .base import elide, mix
from .legend import Swatch


class Fitting:
    """ChartView's ranges, labels, legend, colours and font."""

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
            self._legend.addItem(Swatch(QColor(color), kind, dashed), name)
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
            widest = max(metrics.horizontalAdvance(elide(c)) for c in self._categories)
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
        color = mix(pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base), 0.45)
        pen = QPen(color, 1)
        pen.setCosmetic(True)
        return pen

    def _apply_palette(self) -> None:
        pal = self.palette()
        base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
        self.setBackground(base)
        for axis in (self._bottom, self._left):
            axis.setPen(mix(text, base, 0.45))
            axis.setTextPen(text)
            axis.setTickPen(text)
        self._legend.setLabelTextColor(text)
        for _sample, label in self._legend.items:
            label.setText(label.text)  # a LabelItem takes a new colour only when set again
        self._empty_text.setColor(mix(text, base, 0.5))
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
