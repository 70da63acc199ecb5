"""The dashboard on a million items: a full refresh (every figure counted and every chart
drawn) for the last 12 months by month and by week, and for all ten years; the monthly report
made as a PDF; each against plain SQL counting the same months in the same run."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date

import pytest

from feedback_desk.core import dashboard
from feedback_desk.core import report as month_report
from feedback_desk.core.records import Segment
from feedback_desk.core.store import Store

from .conftest import BIG
from .helpers import Figure, median_of, report

TODAY = date(2026, 1, 16)  # the benchmark's feedback ends on 2026-01-15 (conftest.build)
TEN_YEARS = date(2016, 1, 16)
PLAIN_MONTHS = (
    "SELECT substr(received_at, 1, 7), count(*) FROM feedback WHERE deleted_at IS NULL "
    "AND is_spam = 0 AND received_at >= ? GROUP BY 1"
)

# What the correctness check counts by hand: the period's items, scores, answers.
PLAIN_TOTALS = (
    "SELECT count(*), sum(nps_score >= 9), sum(nps_score <= 6), sum(sentiment = 'negative'), "
    "sum(rating = 1), sum(rating = 2), sum(rating = 3), sum(rating = 4), sum(rating = 5), "
    "sum(status IN ('new', 'needs_reply')), count(first_reply_at), "
    "sum(substr(received_at, 12, 8) NOT IN ('', '00:00:00') "
    "AND substr(first_reply_at, 12, 8) NOT IN ('', '00:00:00')) "
    "FROM feedback WHERE deleted_at IS NULL AND is_spam = 0 AND received_at >= ?"
)


@pytest.mark.bench
def test_dashboard_refresh(db_1m, qtbot, tmp_path):
    from PySide6.QtGui import QPageSize

    from feedback_desk.ui.app import make_app
    from feedback_desk.ui.dashboard.page import DashboardPage
    from feedback_desk.ui.report.render import write_pdf

    make_app()
    pdf = tmp_path / "report.pdf"
    start, _ = dashboard.period_range("12m", TODAY)
    with Store(db_1m) as store, contextlib.closing(sqlite3.connect(db_1m)) as raw:
        page = DashboardPage(store)
        page.today = TODAY
        qtbot.addWidget(page)
        page.resize(1280, 900)
        page.show()
        qtbot.waitExposed(page)

        def refresh(grouping: str):
            # The last 12 months again: the ten years' custom period must not stay chosen.
            page.choose(period="12m", grouping=grouping)
            qtbot.wait(0)  # let the charts paint

        def ten_years():
            page.choose(period="custom", grouping="quarter", custom=(TEN_YEARS, TODAY))
            qtbot.wait(0)

        board = dashboard.build(store, "12m", "month", TODAY)
        decade = dashboard.build(store, "custom", "quarter", TODAY, custom=(TEN_YEARS, TODAY))
        # Correct first: the figures (read from the sums kept ahead) are those counted here.
        for shown, since in ((board, start), (decade, TEN_YEARS)):
            total = shown.total
            assert (
                total.feedback,
                total.promoters,
                total.detractors,
                total.negative,
                *total.stars,
                total.needs_reply,
                total.replied,
                shown.response.answered,
            ) == raw.execute(PLAIN_TOTALS, (since.isoformat(),)).fetchone()
        times = median_of(
            {
                "plain": lambda: raw.execute(PLAIN_MONTHS, (start.isoformat(),)).fetchall(),
                "figures": lambda: dashboard.build(store, "12m", "month", TODAY),
                "month": lambda: refresh("month"),
                "week": lambda: refresh("week"),
                "segment": lambda: dashboard.build(
                    store, "12m", "month", TODAY, Segment(channel="survey")
                ),
                "ten years": ten_years,
                "plain ten years": lambda: raw.execute(
                    PLAIN_MONTHS, (TEN_YEARS.isoformat(),)
                ).fetchall(),
                "report": lambda: write_pdf(
                    month_report.build(store, "2025-12", TODAY), pdf, QPageSize.PageSizeId.A4
                ),
                "plain month": lambda: raw.execute(PLAIN_MONTHS, ("2025-12-01",)).fetchall(),
            },
            repeat=5,
        )
    figures = [
        Figure(
            "full refresh, 12 months by month",
            times["month"],
            times["plain"],
            "count by month, plain SQL",
            max_value=300,
        ),
        Figure(
            "full refresh, 12 months by week",
            times["week"],
            times["plain"],
            "as above",
            max_value=300,
        ),
        Figure(
            "figures alone (no drawing), by month", times["figures"], times["plain"], "as above"
        ),
        Figure("figures of one channel (survey)", times["segment"], times["plain"], "as above"),
        Figure(
            "full refresh, ten years by quarter (custom)",
            times["ten years"],
            times["plain ten years"],
            "count by month over ten years, plain SQL",
            max_value=1000,
        ),
        Figure(
            "monthly report: figures and a 2-page PDF",
            times["report"],
            times["plain month"],
            "count by month from that month on, plain SQL",
        ),
    ]
    notes = [
        f"12 months: {board.total.feedback:,} items, {board.total.nps.responses:,} NPS answers, "
        f"{board.total.replied:,} answered"
    ]
    report("dashboard", f"Dashboard on {BIG:,} items (median of 5)", figures, notes)
