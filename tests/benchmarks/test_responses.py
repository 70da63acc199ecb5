"""Answering on a million items: the response-time figures and the template suggestions of
the reply pane, against plain SQL over the same rows in the same run."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date
from statistics import median

import pytest

from feedback_desk.core.store import Store
from feedback_desk.core.templates import rank

from .conftest import BIG
from .helpers import Figure, median_of, report

# The plain references: the same rows grouped the same way, without the medians.
PLAIN_MONTHS = (
    "SELECT substr(received_at, 1, 7), count(*), count(first_reply_at) FROM feedback "
    "WHERE deleted_at IS NULL AND is_spam = 0 GROUP BY 1"
)
PLAIN_ALL = (
    "SELECT count(*), count(first_reply_at) FROM feedback WHERE deleted_at IS NULL AND is_spam = 0"
)
PLAIN_LATEST = "SELECT template_id FROM replies ORDER BY id DESC LIMIT 2000"
# Every answer's month, writer and hours, from the replies themselves.
PLAIN_HOURS = (
    "SELECT substr(f.received_at, 1, 7), r.by, "
    "max(0, round((julianday(r.replied_at) - julianday(f.received_at)) * 86400) / 3600.0) "
    "FROM replies r JOIN feedback f ON f.id = r.feedback_id "
    "WHERE f.deleted_at IS NULL AND f.is_spam = 0 "
    "AND substr(f.received_at, 12, 8) NOT IN ('', '00:00:00') "
    "AND substr(r.replied_at, 12, 8) NOT IN ('', '00:00:00')"
)


@pytest.mark.bench
def test_response_times_and_suggestions(db_1m):
    with Store(db_1m) as store, contextlib.closing(sqlite3.connect(db_1m)) as raw:
        templates = store.response_templates()
        newest = store.inbox_page(0, 1)[0].id
        item = store.get_feedback(newest)
        months = store.response_times_by("month")
        members = store.response_times_by("member")
        assert sum(t.feedback for _, t in months) == raw.execute(PLAIN_ALL).fetchone()[0]
        # Correct first: each month's and each member's answers and middle time, worked out
        # here from the replies (the benchmark's items have one reply each).
        hours: dict[tuple[str, str], list[float]] = {}
        for month, member, taken in raw.execute(PLAIN_HOURS):
            hours.setdefault(("month", month + "-01"), []).append(taken)
            hours.setdefault(("member", member), []).append(taken)
        for kind, found in (("month", months), ("member", members)):
            assert {
                key: (times.answered, times.median_hours) for key, times in found if times.answered
            } == {
                key: (len(taken), round(median(taken), 1))
                for (group, key), taken in hours.items()
                if group == kind
            }

        # What the Response times tab reads: the last 12 months of the data.
        year = date(2025, 2, 1)

        def tab():
            return (
                store.response_times(year),
                store.response_times_by("month", year),
                store.response_times_by("member", year),
            )

        def suggest():
            return rank(templates, item, store.template_uses_on_similar(item))

        times = median_of(
            {
                "months": lambda: store.response_times_by("month"),
                "plain months": lambda: raw.execute(PLAIN_MONTHS).fetchall(),
                "all": store.response_times,
                "plain all": lambda: raw.execute(PLAIN_ALL).fetchone(),
                "members": lambda: store.response_times_by("member"),
                "suggest": suggest,
                "tab": tab,
                "plain latest": lambda: raw.execute(PLAIN_LATEST).fetchall(),
            },
            repeat=5,
        )
        answered = store.response_times()
    figures = [
        Figure(
            "response times by month (medians)",
            times["months"],
            times["plain months"],
            "counts by month, plain SQL",
            max_value=300,
        ),
        Figure(
            "response times, everything",
            times["all"],
            times["plain all"],
            "count of answered, plain SQL",
        ),
        Figure(
            "response times by team member",
            times["members"],
            times["plain all"],
            "count of answered, plain SQL",
            max_value=300,
        ),
        Figure(
            "Response times tab: 12 months, by month and member",
            times["tab"],
            times["plain months"],
            "counts by month (all years), plain SQL",
            max_value=300,
        ),
        Figure(
            "reply pane: templates ranked for an item",
            times["suggest"],
            times["plain latest"],
            "latest 2,000 replies, plain SQL",
            max_value=50,
        ),
    ]
    notes = [
        f"{answered.answered:,} of {answered.feedback:,} items answered, "
        f"median {answered.median_hours} h, {len(months)} months"
    ]
    report("responses", f"Answers on {BIG:,} items (median of 5)", figures, notes)
