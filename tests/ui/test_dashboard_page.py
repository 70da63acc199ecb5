"""The Dashboard page as the owner uses it: the headline figures it shows, the controls, and
a click on a bar or point that opens the inbox on exactly those items."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from feedback_desk.core.records import Segment
from feedback_desk.core.store import Store
from feedback_desk.ui.dashboard.dates import day
from tests.core.test_dashboard import TODAY, fill_desk


@pytest.fixture
def board_window(open_window, db_path, qtbot):
    with Store(db_path) as store:
        fill_desk(store)
    window = open_window(db_path)
    window.dashboard.today = TODAY
    window.show_page("dashboard")
    window.dashboard.choose(period="3m", grouping="month")
    # The owner opens the other charts (the first screen shows NPS and the top problems)
    qtbot.mouseClick(window.dashboard.more, Qt.MouseButton.LeftButton)
    return window


def shown(window) -> dict[str, tuple[str, str]]:
    return {
        key: (figure.value.text(), figure.change.text())
        for key, figure in window.dashboard.figures.items()
    }


def test_the_headline_shows_the_figures_of_stats(board_window):
    window = board_window
    figures = window.store.stats(date(2026, 9, 1), TODAY, TODAY)
    got = shown(window)
    nps = figures["nps"]
    # The score, and its margin of error in plain words: "give or take 81, from 4 answers"
    assert got["nps"][0] == f"+{nps['score']:.0f}"
    assert f"give or take {nps['margin95']:.0f}, from 4 answers" in got["nps"][1]
    assert "+25 against before" in got["nps"][1]
    assert "±" not in got["nps"][1]
    assert got["feedback"] == (str(figures["feedback"]), "2 before")
    assert got["negative"][0] == "25%"  # 2 of the 8 with a sentiment
    assert got["needs_reply"][0] == str(figures["needs_reply"])
    assert got["followups"] == ("1", "1 overdue")
    assert got["first_response"][0] == "16.0\u00a0hours"
    assert window.dashboard.range.text() == (
        f"{day(date(2026, 9, 1))} to {day(TODAY)}, compared with "
        f"{day(date(2026, 6, 1))} to {day(date(2026, 8, 20))}"
    )
    assert window.dashboard.empty.isHidden()


def test_a_channel_narrows_the_whole_page(board_window, qtbot):
    page = board_window.dashboard
    assert page.channel.isVisible()  # four channels: survey, google, yelp, naver
    assert page.location.isVisible() and page.product.isHidden()  # two locations, one product
    page.channel.setCurrentIndex(page.channel.findData("google"))
    page.channel.activated.emit(page.channel.currentIndex())
    assert page.board.segment == Segment(channel="google")
    assert shown(board_window)["feedback"][0] == "2"
    assert shown(board_window)["nps"][0] == "—"  # no 0-10 answers on Google


def test_clicking_a_bar_opens_exactly_those_items(board_window, qtbot):
    window = board_window
    chart = window.dashboard.cards["groups"].chart
    # September's detractors: the cold food on 15 September.
    qtbot.mouseClick(
        chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.point_of(0, "detractor")
    )
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.inbox)
    query = window.inbox.current_query()
    assert (query.nps_group, query.date_from, query.date_to) == (
        "detractor",
        "2026-09-01",
        "2026-09-30",
    )
    assert window.inbox.model.rowCount() == 1
    assert "Terrible" in window.inbox.model.row_at(0).preview
    chips = [text for _, text in window.inbox.filters.chip_labels()]
    assert "NPS: Detractors (0-6)" in chips
    assert "Detractors (0-6)" in window.statusBar().currentMessage()


def test_clicking_a_point_and_a_channel_bar(board_window, qtbot):
    window = board_window
    nps = window.dashboard.cards["nps"].chart
    # November: a promoter and a passive answered 0-10.
    qtbot.mouseClick(nps.viewport(), Qt.MouseButton.LeftButton, pos=nps.point_of(2, "nps"))
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.inbox)
    assert window.inbox.current_query().nps_group == "answered"
    assert window.inbox.model.rowCount() == 2
    window.show_page("dashboard")
    channels = window.dashboard.cards["channels"].chart
    assert channels.tick_labels()[:1] == ["Survey"]
    qtbot.mouseClick(
        channels.viewport(), Qt.MouseButton.LeftButton, pos=channels.point_of(1, "count")
    )
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.inbox)
    assert window.inbox.current_query().channels == ("google",)
    assert window.inbox.model.rowCount() == 2


def test_an_empty_month_is_a_gap_and_the_tips_give_exact_numbers(board_window):
    page = board_window.dashboard
    panel = page.cards["groups"].panel
    assert panel.categories == ["Sep 2026", "Oct 2026", "Nov 2026"]
    assert [s.values[1] for s in panel.series] == [None, None, None]  # October: no bars
    assert "Promoters (9-10): 1 (50%)" in panel.tips[0]
    nps = page.cards["nps"].panel
    assert nps.series[0].values == [0.0, None, 50.0]
    assert "NPS +50" in nps.tips[2] and "2 answers" in nps.tips[2]
    assert "2 answers: promoters 1, passives 0, detractors 1" in nps.tips[0]


def test_counts_or_shares_draws_the_same_figures_again_without_reading(board_window, monkeypatch):
    from feedback_desk.core import dashboard

    page = board_window.dashboard
    board = page.board
    monkeypatch.setattr(dashboard, "build", lambda *a, **k: pytest.fail("read again"))
    page.scale.setCurrentIndex(page.scale.findData(True))
    page.scale.activated.emit(page.scale.currentIndex())  # as a click in the list
    panel = page.cards["sentiment"].panel
    firsts = [i for i, p in enumerate(board.periods) if p.counts]
    assert page.board is board and firsts
    assert all(sum(s.values[i] for s in panel.series) == pytest.approx(100.0) for i in firsts)


def test_shares_and_grouping(board_window):
    page = board_window.dashboard
    page.choose(scale=True, grouping="week")
    panel = page.cards["sentiment"].panel
    assert len(panel.categories) == len(page.board.periods) == 12
    firsts = [i for i, p in enumerate(page.board.periods) if p.counts]
    assert all(sum(s.values[i] for s in panel.series) == pytest.approx(100.0) for i in firsts)


def test_a_chart_is_saved_as_svg(board_window, monkeypatch, tmp_path, qtbot):
    target = tmp_path / "nps"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "SVG drawing (*.svg)")
    )
    card = board_window.dashboard.cards["nps"]
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    saved = target.with_suffix(".svg")
    assert saved.exists() and "<svg" in saved.read_text()


def test_stars_are_never_mixed_into_nps(board_window):
    page = board_window.dashboard
    estimate = page.cards["estimate"]
    assert "not NPS" in estimate.title
    assert estimate.panel.series[0].dashed
    # September's estimate comes from its one 5-star rating; its NPS from 0-10 answers only.
    assert estimate.panel.series[0].values[0] == 100.0
    assert page.cards["nps"].panel.series[0].values[0] == 0.0


def test_a_new_desk_says_what_to_do(open_window, db_path):
    window = open_window(db_path)
    window.show_page("dashboard")
    page = window.dashboard
    assert page.empty.isVisible()
    assert shown(window)["nps"][0] == "—"
    assert all(card.panel is not None for card in page.cards.values())


def test_new_feedback_shows_when_the_page_comes_back(board_window):
    window = board_window
    before = int(shown(window)["feedback"][0])
    window.show_page("inbox")
    from feedback_desk.core import intake
    from feedback_desk.core.records import NewFeedback

    result = intake.add_feedback(
        window.store, [NewFeedback(body="Good", received_at="2026-11-19T10:00:00")], "paste"
    )
    window._added(result)
    window.show_page("dashboard")
    assert int(shown(window)["feedback"][0]) == before + 1


def test_the_follow_ups_figure_opens_the_follow_ups_page(board_window, qtbot):
    window = board_window
    figure = window.dashboard.figures["followups"]
    assert (figure.value.text(), figure.change.text()) == ("1", "1 overdue")
    qtbot.mouseClick(figure, Qt.MouseButton.RightButton)
    assert window.pages.currentWidget() is window.dashboard_holder  # only a left click opens it
    qtbot.mouseClick(figure, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.followups_holder


def test_a_custom_period_cannot_end_before_it_starts(board_window):
    from feedback_desk.ui.dashboard.page import CustomDays

    dialog = CustomDays(date(2026, 3, 10), date(2026, 3, 20))
    dialog.last.setDate(dialog.last.date().addDays(-30))  # before the first day
    assert dialog.days() == (date(2026, 3, 10), date(2026, 3, 10))
    dialog.first.setDate(dialog.first.date().addDays(5))
    assert dialog.days()[1] >= dialog.days()[0]


def test_a_database_that_cannot_be_read_is_said_and_read_again(board_window, monkeypatch):
    import sqlite3

    from feedback_desk.core import dashboard

    page = board_window.dashboard
    real = dashboard.build

    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(dashboard, "build", locked)
    page.choose(grouping="week")
    assert page.problem.isVisible() and "database is locked" in page.problem.text()
    assert page.board.grouping == "month"  # what is shown is still what it says
    monkeypatch.setattr(dashboard, "build", real)
    page.refresh()
    assert page.problem.isHidden() and page.board.grouping == "week"


def test_the_charts_follow_a_change_to_dark(board_window, qtbot):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    light = app.palette()
    dark = QPalette(light)
    for role, color in ((QPalette.ColorRole.Base, "#16181c"), (QPalette.ColorRole.Text, "#e6e6e6")):
        dark.setColor(role, QColor(color))
    chart = board_window.dashboard.cards["nps"].chart
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: chart.backgroundBrush().color().name() == "#16181c")
    finally:
        app.setPalette(light)
    qtbot.waitUntil(lambda: chart.backgroundBrush().color() == light.color(QPalette.ColorRole.Base))


def test_a_narrow_window_shows_everything_without_scrolling_sideways(board_window, qtbot):
    """At the window's smallest width the pickers take a line of their own, so nothing on
    the page is cut off at the right."""
    from PySide6.QtWidgets import QScrollArea

    page = board_window.dashboard
    scroll = page.findChild(QScrollArea)
    board_window.resize(board_window.minimumWidth(), 700)
    qtbot.waitUntil(lambda: page.segments_narrow.indexOf(page.channel) >= 0, timeout=2000)
    assert page.segments_wide.indexOf(page.channel) < 0
    qtbot.waitUntil(
        lambda: scroll.widget().minimumSizeHint().width() <= scroll.viewport().width(),
        timeout=2000,
    )
    assert not scroll.horizontalScrollBar().isVisible()


def test_the_first_screen_shows_how_we_are_doing_and_the_rest_waits(open_window, db_path, qtbot):
    with Store(db_path) as store:
        fill_desk(store)
    window = open_window(db_path)
    window.resize(1280, 800)
    page = window.dashboard
    page.today = TODAY
    window.show_page("dashboard")
    page.choose(period="3m", grouping="month")
    shown_now = {key for key, card in page.cards.items() if card.isVisible()}
    assert shown_now == {"nps", "negative_tags"}
    assert page.more.text() == "▸ More charts (9)"
    # Both charts start within the first screen of the window
    for key in shown_now:
        top = page.cards[key].mapTo(window, page.cards[key].rect().topLeft()).y()
        assert top < 800 - 200
    # The margin of error is said in words where it is shown, not as a bare "±"
    assert "give or take" in page.cards["nps"].summary.text()
    assert "chance alone" in page.cards["nps"].summary.text()
    qtbot.mouseClick(page.more, Qt.MouseButton.LeftButton)
    assert page.cards["groups"].isVisible() and page.cards["channels"].isVisible()
    assert page.more.text() == "▾ Fewer charts"
    qtbot.mouseClick(page.more, Qt.MouseButton.LeftButton)
    assert not page.cards["groups"].isVisible()


@pytest.mark.parametrize(
    "locale_name, month, week, whole_day",
    [
        # Each locale's own long date (Unicode CLDR, as Qt ships it) without the weekday
        ("en_US", "Sep 2026", "Aug 31", "Sep 1, 2026"),
        ("en_GB", "Sept 2026", "31 Aug", "1 Sept 2026"),
        ("ko_KR", "2026년 9월", "8월 31일", "2026년 9월 1일"),
        ("ja_JP", "2026年9月", "8月31日", "2026年9月1日"),
        ("de_DE", "Sept. 2026", "31. Aug.", "1. Sept. 2026"),
    ],
)
def test_the_charts_dates_follow_the_owners_locale(locale_name, month, week, whole_day):
    from PySide6.QtCore import QLocale

    from feedback_desk.core.dashboard import Period
    from feedback_desk.ui.dashboard.dates import period_label

    before = QLocale()
    QLocale.setDefault(QLocale(locale_name))
    try:
        september = Period(date(2026, 9, 1), date(2026, 9, 30), None, None)
        monday = Period(date(2026, 8, 31), date(2026, 9, 6), None, None)
        assert period_label(september, "month") == month
        assert period_label(monday, "week") == week
        assert day(date(2026, 9, 1)) == whole_day
    finally:
        QLocale.setDefault(before)
