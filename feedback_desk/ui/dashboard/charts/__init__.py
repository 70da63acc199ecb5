"""Static dashboard charts: bars and lines over categories such as months, channels or tags.

`ChartView` is a `pg.PlotWidget` (a QGraphicsView) with panning, zooming and pyqtgraph's menus
turned off. It draws one chart at a time, follows the system palette, shows a tooltip per
category and reports a click on a bar segment or a line point through `picked`.

Its parts, each readable in one sitting: base (sizes, Series, helpers), axis (labels that never
overlap), legend, view (ChartView and its drawing), fitting (ranges, colours, font), pointer
(tooltips and clicks) and saving (PNG and SVG).
"""

from .base import Series
from .view import ChartView

__all__ = ["ChartView", "Series"]
