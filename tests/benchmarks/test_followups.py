"""Follow-ups on a million items: the at-risk radar, closing-the-loop figures for a year, the
lists' counts, and the first open of an older desk linking its customers, against plain SQL
over the same rows in the same run."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date, timedelta

import pytest

from feedback_desk.core.store import Store

from .conftest import BIG
from .helpers import Figure, median_of, report

# The benchmark's feedback ends on 2026-01-15 (conftest.build).
TODAY = date(2026, 1, 16)
PLAIN_RADAR = (
    "SELECT count(*) FROM feedback WHERE deleted_at IS NULL AND is_spam = 0 "
    "AND received_at >= ? AND first_reply_at IS NULL AND sentiment IN ('negative', 'neutral')"
)
PLAIN_YEAR = (
    "SELECT count(*) FROM feedback WHERE deleted_at IS NULL AND is_spam = 0 "
    "AND received_at >= ? AND (nps_score <= 6 OR sentiment = 'negative')"
)

PLAIN_LOOP = (
    "SELECT count(*), count(first_reply_at) FROM feedback WHERE deleted_at IS NULL "
    "AND is_spam = 0 AND received_at >= ? "
    "AND (nps_score <= 6 OR (nps_score IS NULL AND (sentiment = 'negative' OR rating <= 2)))"
)


@pytest.mark.bench
def test_radar_loop_and_lists(db_1m):
    window = (TODAY - timedelta(days=90)).isoformat()
    year = TODAY - timedelta(days=365)
    with Store(db_1m) as store, contextlib.closing(sqlite3.connect(db_1m)) as raw:
        radar = store.at_risk(TODAY, 2)
        loop = store.loop_figures(year, TODAY)
        # Correct first: the benchmark's items have no customers, so each unhappy one counts
        # once; answered is contacted (it has no follow-ups).
        assert (loop.unhappy, loop.contacted) == raw.execute(
            PLAIN_LOOP, (year.isoformat(),)
        ).fetchone()
        times = median_of(
            {
                "radar": lambda: store.at_risk(TODAY, 2),
                "plain radar": lambda: raw.execute(PLAIN_RADAR, (window,)).fetchone(),
                "loop": lambda: store.loop_figures(year, TODAY),
                "plain year": lambda: raw.execute(PLAIN_YEAR, (year.isoformat(),)).fetchone(),
                "counts": lambda: store.followup_view_counts(TODAY),
            },
            repeat=5,
        )
    figures = [
        Figure(
            "at-risk radar (90 days)",
            times["radar"],
            times["plain radar"],
            "count of unanswered, plain SQL",
        ),
        Figure(
            "closing the loop, 12 months",
            times["loop"],
            times["plain year"],
            "count of unhappy, plain SQL",
            max_value=300,
        ),
        Figure("follow-up list counts", times["counts"], times["plain radar"], "as above"),
    ]
    notes = [
        f"radar: {len(radar):,} customers at risk; loop: {loop.unhappy:,} unhappy, "
        f"{loop.contacted:,} contacted"
    ]
    report("followups", f"Follow-ups on {BIG:,} items (median of 5)", figures, notes)
