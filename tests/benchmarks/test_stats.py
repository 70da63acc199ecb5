"""`stats --json` on the big database: every figure of all the feedback, as the command makes it
(store.stats and its JSON), against one hand-written pass of plain SQL counting the same items
(counts, NPS groups, sentiments, stars, answered, first and last day), in the same run."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from datetime import date

import pytest

from feedback_desk.core.store import Store

from .conftest import BIG
from .helpers import Figure, median_of, report

TODAY = date(2026, 1, 16)  # the benchmark's feedback ends on 2026-01-15 (conftest.build)
ONE_PASS = (
    "SELECT count(*), sum(nps_score >= 9), sum(nps_score BETWEEN 7 AND 8), sum(nps_score <= 6), "
    "sum(sentiment = 'positive'), sum(sentiment = 'neutral'), sum(sentiment = 'negative'), "
    "sum(sentiment = 'unscored'), count(rating), avg(rating), "
    "sum(status IN ('new', 'needs_reply')), count(first_reply_at), "
    "min(received_at), max(received_at) FROM feedback WHERE deleted_at IS NULL AND is_spam = 0"
)


@pytest.mark.bench
def test_stats_json(db_1m):
    with Store(db_1m) as store, contextlib.closing(sqlite3.connect(db_1m)) as raw:
        figures = store.stats(today=TODAY)
        plain = raw.execute(ONE_PASS).fetchone()
        # Correct first: every figure the one pass counts is the same.
        nps, sentiment, ratings = figures["nps"], figures["sentiment"], figures["ratings"]
        assert (
            figures["feedback"],
            nps["promoters"],
            nps["passives"],
            nps["detractors"],
            *sentiment.values(),
            ratings["count"],
            ratings["average"],
            figures["needs_reply"],
            figures["replied"],
            figures["period"]["from"],
            figures["period"]["to"],
        ) == (*plain[:9], round(plain[9], 2), plain[10], plain[11], plain[12][:10], plain[13][:10])
        times = median_of(
            {
                "stats": lambda: json.dumps(store.stats(today=TODAY)),
                "plain": lambda: raw.execute(ONE_PASS).fetchone(),
            }
        )
    report(
        "stats",
        f"stats --json on {BIG:,} items (median of 5)",
        [
            Figure(
                "store.stats() as JSON, all feedback",
                times["stats"],
                times["plain"],
                "one-pass aggregate, hand-written SQL",
                max_ratio=1.5,
            )
        ],
        [f"{figures['feedback']:,} items, {figures['replied']:,} answered"],
    )
