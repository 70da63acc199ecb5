"""The dashboard chart: clicks, hover tips, gaps, thinned labels, export and the palette."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from feedback_desk.ui.dashboard.charts import ChartView, Series

MONTHS = ["Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026"]
WEEKS = [(date(2026, 1, 5) + timedelta(weeks=i)).strftime("%-d %b") for i in range(52)]


def nps_series() -> list[Series]:
    return [
        Series("promoter", "Promoters", "#2e7d32", [10, 12, 8, 15, 9, 11]),
        Series("passive", "Passives", "#f9a825", [4, 6, None, 3, 5, 2]),
        Series("detractor", "Detractors", "#c62828", [2, 1, 3, 2, 4, 1]),
    ]


@pytest.fixture
def view(qtbot):
    chart = ChartView()
    qtbot.addWidget(chart)
    chart.resize(600, 320)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def click(qtbot, chart: ChartView, pos: QPoint) -> None:
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def assert_click_picks(qtbot, chart: ChartView, index: int, key: str) -> None:
    with qtbot.waitSignal(chart.picked, timeout=1000) as blocker:
        click(qtbot, chart, chart.point_of(index, key))
    assert blocker.args == [index, key]


def bar_items(chart: ChartView) -> list[pg.BarGraphItem]:
    return [i for i in chart.plotItem.items if isinstance(i, pg.BarGraphItem)]


def line_items(chart: ChartView) -> list[pg.PlotDataItem]:
    return [i for i in chart.plotItem.items if isinstance(i, pg.PlotDataItem)]


def test_clicking_each_stacked_segment_picks_it(qtbot, view):
    view.show_bars(MONTHS, nps_series())
    for index, key in [(2, "promoter"), (2, "detractor"), (0, "passive"), (5, "detractor")]:
        assert_click_picks(qtbot, view, index, key)


def test_clicking_beside_or_above_the_bars_picks_nothing(qtbot, view):
    view.show_bars(MONTHS, nps_series())
    middle = view.point_of(1, "promoter")
    beside = (view.point_of(1, "promoter") + view.point_of(2, "promoter")) / 2
    above = view.point_of(1, "detractor") - QPoint(0, 40)
    with qtbot.assertNotEmitted(view.picked, wait=50):
        click(qtbot, view, QPoint(beside.x(), middle.y()))
        click(qtbot, view, above)


def test_clicking_horizontal_bars_picks_the_segment(qtbot, view):
    channels = ["Google", "Email", "Paper cards at the counter and the front door", "Phone"]
    view.show_bars(
        channels,
        [
            Series("positive", "Positive", "#43a047", [20, 10, 5, 4]),
            Series("negative", "Negative", "#e53935", [5, 3, 6, None]),
        ],
        horizontal=True,
        labels=["25  ▲3", "13", "11  ▼1", "4"],
    )
    assert_click_picks(qtbot, view, 0, "negative")
    assert_click_picks(qtbot, view, 3, "positive")
    # The first category is drawn at the top, the bars grow to the right.
    assert view.point_of(0, "positive").y() < view.point_of(3, "positive").y()
    assert view.point_of(0, "negative").x() > view.point_of(0, "positive").x()
    assert view.tick_labels() == ["Google", "Email", "Paper cards at the coun…", "Phone"]


def test_a_missing_value_draws_no_bar_and_takes_no_room(qtbot, view):
    view.show_bars(MONTHS, nps_series())
    passive = bar_items(view)[1]
    assert list(passive.opts["x"]) == [0, 1, 3, 4, 5]
    assert len(passive.opts["height"]) == 5
    # Where passive has no value the detractors sit right on the promoters.
    where = view.point_of(2, "passive")
    for nudge, key in [(QPoint(0, 2), "promoter"), (QPoint(0, -2), "detractor")]:
        with qtbot.waitSignal(view.picked, timeout=1000) as blocker:
            click(qtbot, view, where + nudge)
        assert blocker.args == [2, key]


def test_a_single_series_with_a_gap(qtbot, view):
    view.show_bars(MONTHS[:3], [Series("n", "Feedback", "#1565c0", [3, None, 5])])
    with qtbot.assertNotEmitted(view.picked, wait=50):
        click(qtbot, view, view.point_of(1, "n") - QPoint(0, 3))
    assert_click_picks(qtbot, view, 2, "n")


def test_clicking_a_line_point_picks_the_nearest_line(qtbot, view):
    view.show_lines(
        MONTHS,
        [
            Series("rating", "Rating", "#1565c0", [4.0, 4.2, None, 4.4, 4.1, 4.3]),
            Series("last", "Last year", "#6a1b9a", [3.0, 3.1, 3.2, 3.0, None, 3.3], dashed=True),
        ],
        band=([3.8, 4.0, None, 4.2, 3.9, 4.1], [4.2, 4.4, None, 4.6, 4.3, 4.5]),
    )
    assert_click_picks(qtbot, view, 1, "rating")
    assert_click_picks(qtbot, view, 1, "last")
    # Where only one line has a value, anywhere in the column picks it.
    assert_click_picks(qtbot, view, 2, "last")
    assert_click_picks(qtbot, view, 4, "rating")
    with qtbot.waitSignal(view.picked, timeout=1000) as blocker:
        click(qtbot, view, view.point_of(2, "last") - QPoint(0, 60))
    assert blocker.args == [2, "last"]


def test_none_breaks_the_line_and_a_lone_point_keeps_its_dot(view):
    view.show_lines(MONTHS, [Series("r", "Rating", "#1565c0", [4.0, None, 4.2, None, 4.4, 4.5])])
    (line,) = line_items(view)
    _x, y = line.getOriginalDataset()
    assert np.isnan(y[1]) and np.isnan(y[3])
    assert list(y[[0, 2, 4, 5]]) == [4.0, 4.2, 4.4, 4.5]
    assert line.opts["connect"] == "finite"
    assert line.opts["symbol"] == "o"
    dots = line.scatter.data
    assert 2.0 in [float(px) for px, py in zip(dots["x"], dots["y"], strict=True) if py == 4.2]


def test_the_band_is_split_at_gaps(view):
    view.show_lines(
        MONTHS,
        [Series("r", "Rating", "#1565c0", [4.0, 4.1, 4.2, 4.3, 4.4, 4.5])],
        band=([3.9, 4.0, None, 4.2, None, 4.4], [4.1, 4.2, None, 4.4, None, 4.6]),
        reference=0,
    )
    fills = [i for i in view.plotItem.items if isinstance(i, pg.FillBetweenItem)]
    errors = [i for i in view.plotItem.items if isinstance(i, pg.ErrorBarItem)]
    assert len(fills) == 1  # categories 0 and 1
    assert len(errors) == 1 and list(errors[0].opts["x"]) == [3.0, 5.0]
    low, high = view.plotItem.vb.viewRange()[1]
    assert low <= 0 < 3.9 and high >= 4.6  # the reference line is in view


def test_a_fixed_value_range_is_kept(view):
    view.show_lines(
        MONTHS, [Series("nps", "NPS", "#1565c0", [-10, 5, 20, None, 30, 25])], y_range=(-100, 100)
    )
    assert view.plotItem.vb.viewRange()[1] == pytest.approx([-100, 100])


def test_hover_shows_the_category_tip(qtbot, view):
    view.show_bars(MONTHS, nps_series())
    view.set_tips([f"{month}: tip" for month in MONTHS])
    qtbot.mouseMove(view.viewport(), view.point_of(3, "promoter"))
    qtbot.waitUntil(lambda: view.shown_tip == "Apr 2026: tip", timeout=1000)
    if QToolTip.isVisible():
        assert QToolTip.text() == "Apr 2026: tip"
    # Anywhere in the column counts, not only on the bar.
    top = view.point_of(1, "detractor") - QPoint(0, 30)
    qtbot.mouseMove(view.viewport(), top)
    qtbot.waitUntil(lambda: view.shown_tip == "Feb 2026: tip", timeout=1000)
    # Outside the plot area there is no tip.
    qtbot.mouseMove(view.viewport(), QPoint(2, 2))
    qtbot.waitUntil(lambda: view.shown_tip == "", timeout=1000)


def test_no_tips_no_tooltip(qtbot, view):
    view.show_bars(MONTHS, nps_series())
    view.set_tips([])
    qtbot.mouseMove(view.viewport(), view.point_of(3, "promoter"))
    qtbot.wait(20)
    assert view.shown_tip == ""


def test_weekly_labels_are_thinned_to_fit(qtbot, view):
    view.resize(400, 300)
    view.show_bars(WEEKS, [Series("n", "Feedback", "#1565c0", list(range(52)))])
    qtbot.waitUntil(lambda: view.width() == 400)
    shown = view.tick_labels()
    assert 3 <= len(shown) < 52
    assert shown[0] == WEEKS[0]
    assert set(shown) <= set(WEEKS)
    indices = [WEEKS.index(s) for s in shown]
    steps = {b - a for a, b in itertools.pairwise(indices)}
    assert len(steps) == 1  # every k-th
    metrics = QFontMetricsF(view.font())
    for a, b in itertools.pairwise(indices):
        apart = view.point_of(b, "n").x() - view.point_of(a, "n").x()
        room = (metrics.horizontalAdvance(WEEKS[a]) + metrics.horizontalAdvance(WEEKS[b])) / 2
        assert apart > room  # the labels do not overlap
    # Wider, more labels fit; they are recomputed on resize.
    view.resize(1200, 300)
    qtbot.waitUntil(lambda: view.width() == 1200)
    assert len(view.tick_labels()) > len(shown)


def test_few_categories_all_labelled(view):
    view.show_bars(MONTHS, nps_series())
    assert view.tick_labels() == MONTHS


def test_empty_chart_says_so(view):
    view.show_bars(MONTHS, [Series("n", "Feedback", "#1565c0", [None] * 6)])
    assert view.tick_labels() == []
    assert view._empty_text in view.plotItem.items
    assert "No feedback" in view._empty_text.textItem.toPlainText()
    view.show_lines([], [])
    assert view.tick_labels() == []
    view.show_bars(MONTHS, nps_series())
    assert view._empty_text not in view.plotItem.items


def test_legend_only_for_several_series(view):
    view.show_bars(MONTHS, nps_series())
    assert view._legend.isVisible() and len(view._legend.items) == 3
    view.show_bars(MONTHS, nps_series()[:1])
    assert not view._legend.isVisible()


def test_value_ticks_carry_the_suffix(view):
    view.show_bars(MONTHS[:2], [Series("s", "Share", "#1565c0", [40, 80])], y_suffix="%")
    axis = view.plotItem.getAxis("left")
    levels = axis.tickValues(0, 100, 200)
    strings = axis.tickStrings(levels[0][1], 1.0, levels[0][0])
    assert strings and all(s.endswith("%") for s in strings)


def test_save_png_svg_and_refuse_other_suffixes(qtbot, view, tmp_path):
    view.show_bars(MONTHS, nps_series())
    before = view.grab().toImage()
    view.save(tmp_path / "chart.png")
    image = QImage(str(tmp_path / "chart.png"))
    assert image.width() >= 1600
    view.save(tmp_path / "chart.svg")
    assert "<svg" in (tmp_path / "chart.svg").read_text(encoding="utf-8")
    with pytest.raises(ValueError):
        view.save(tmp_path / "chart.txt")
    view.save(tmp_path / "chart.png")  # saved again over the first: moved into place whole
    assert QImage(str(tmp_path / "chart.png")).width() >= 1600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png", "chart.svg"]
    qtbot.wait(10)
    assert view.grab().toImage() == before  # exporting changed nothing on screen


def test_follows_the_palette(qtbot, view):
    app = QApplication.instance()
    view.show_bars(MONTHS, nps_series())
    old = app.palette()
    dark = QPalette(old)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1b1b1d"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: view.backgroundBrush().color() == QColor("#1b1b1d"))
        axis = view.plotItem.getAxis("left")
        assert axis.textPen().color() == QColor("#e8eaed")
        assert bar_items(view)[0].opts["brush"].color() == QColor("#2e7d32")  # series keep theirs
    finally:
        app.setPalette(old)
    qtbot.waitUntil(lambda: view.backgroundBrush().color() == old.color(QPalette.ColorRole.Base))


def test_no_pan_zoom_or_menu(view):
    vb = view.plotItem.vb
    assert vb.state["mouseEnabled"] == [False, False]
    assert not view.plotItem.menuEnabled()
    assert not view.plotItem.autoBtn.isVisible()
