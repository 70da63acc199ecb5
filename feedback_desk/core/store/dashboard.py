"""The dashboard's counts: one pass over the period's feedback for everything counted per week,
month or quarter, and one each for channels and tags (see core/dashboard.py for what is
made of them).
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from ..records import Segment
from .replies import HOURS, TIMED
from .stats import GROUP_KEYS, period_clause

# The columns of a period's counts, in order (Counts in core/dashboard.py, less ``replied``).
_COUNTS = ", ".join(
    f"count(*) FILTER (WHERE {condition})"
    for condition in (
        "1",
        "f.nps_score >= 9",
        "f.nps_score BETWEEN 7 AND 8",
        "f.nps_score <= 6",
        "f.sentiment = 'positive'",
        "f.sentiment = 'neutral'",
        "f.sentiment = 'negative'",
        "f.sentiment = 'unscored'",
        *(f"f.rating = {stars}" for stars in range(1, 6)),
        "f.status IN ('new', 'needs_reply')",
    )
)  # count(*) FILTER counts about twice as fast as sum() of a condition


class DashboardStore:
    conn: sqlite3.Connection

    def counts_in(
        self, days: list[tuple[date, date]], segment: Segment | None = None
    ) -> list[tuple[int, ...]]:
        """The counts of _COUNTS for each (first day, last day) of ``days``. One range scan of
        the index each: quicker than grouping, which sorts every row into a temporary tree."""
        found = []
        for start, end in days:
            where, params = period_clause(start, end, segment)
            row = self.conn.execute(f"SELECT {_COUNTS} FROM feedback f WHERE {where}", params)
            found.append(tuple(value or 0 for value in row.fetchone()))
        return found

    def replied_by_period(
        self, grouping: str, start: date, end: date, segment: Segment | None = None
    ) -> dict[str, int]:
        """Period -> how many of its items have a reply: a dated one (first_reply_at, from an
        index alone), or only replies an import brought without a date."""
        where, params = period_clause(start, end, segment)
        group = GROUP_KEYS[grouping]
        replied: dict[str, int] = {}
        for sql in (
            f"SELECT {group} AS period, count(*) FROM feedback f "
            f"WHERE {where} AND f.first_reply_at IS NOT NULL GROUP BY period",
            f"SELECT {group} AS period, count(DISTINCT f.id) FROM replies r "
            "CROSS JOIN feedback f ON f.id = r.feedback_id WHERE r.replied_at IS NULL "
            f"AND f.first_reply_at IS NULL AND {where} GROUP BY period",
        ):
            for period, count in self.conn.execute(sql, params):
                replied[period] = replied.get(period, 0) + count
        return replied

    def answer_hours(
        self, grouping: str, start: date, end: date, segment: Segment | None = None
    ) -> list[tuple[str, float]]:
        """(first day of the period, hours to the first response) of each item answered with
        a known time. On a million items a year holds some 25,000 and ten years 250,000:
        taking their medians in Python is about three times quicker than ranking them twice
        in SQL (a period's and the whole range's)."""
        where, params = period_clause(start, end, segment)
        return self.conn.execute(
            f"SELECT {GROUP_KEYS[grouping]}, {HOURS} FROM feedback f "
            f"WHERE {where} AND f.first_reply_at IS NOT NULL AND {TIMED}",
            params,
        ).fetchall()

    def channel_counts(
        self, start: date | None, end: date | None, segment: Segment | None = None
    ) -> dict[str, int]:
        """Feedback per channel, the busiest first."""
        where, params = period_clause(start, end, segment)
        return dict(
            self.conn.execute(
                f"SELECT f.channel, count(*) FROM feedback f WHERE {where} "
                "GROUP BY f.channel ORDER BY count(*) DESC, f.channel",
                params,
            ).fetchall()
        )

    def tag_counts(
        self, now: tuple[date, date], before: tuple[date, date], segment: Segment | None = None
    ) -> list[tuple[str, int, str, str, int, int]]:
        """(sentiment, tag id, name, colour, count in the days ``now``, count in the days
        ``before``) of each tag on positive or negative feedback now, the most used first."""
        where, params = period_clause(before[0], now[1], segment)
        after_before = (before[1] + timedelta(days=1)).isoformat()
        return self.conn.execute(
            "SELECT f.sentiment, t.id, t.name, t.color, "
            "count(*) FILTER (WHERE f.received_at >= ?) AS now, "
            "count(*) FILTER (WHERE f.received_at < ?) FROM feedback f "
            "JOIN feedback_tags ft ON ft.feedback_id = f.id JOIN tags t ON t.id = ft.tag_id "
            f"WHERE {where} AND f.sentiment IN ('negative', 'positive') "
            "GROUP BY f.sentiment, t.id HAVING now > 0 ORDER BY now DESC, t.name",
            (now[0].isoformat(), after_before, *params),
        ).fetchall()

    def followup_counts_in(
        self, start: date | None, end: date | None, segment: Segment | None, today: date
    ) -> dict[str, int]:
        """Open, overdue and done follow-ups of the feedback given in the period (any time
        with None)."""
        return self.followup_counts(*period_clause(start, end, segment), today)

    def quotes(
        self,
        sentiment: str,
        start: date,
        end: date,
        segment: Segment | None = None,
        limit: int = 3,
        longest: int = 160,
    ) -> list[tuple[int, str, str, str]]:
        """(id, text, author, channel) of short feedback of that sentiment given in the
        period, those whose words say it most strongly first (VADER's compound: the highest
        for positive, the lowest for negative), then the newest. Mixed signals (a glowing
        text with one star) are left out, and so is a text whose words say the opposite;
        a text VADER does not read (another language) may be quoted on its score."""
        where, params = period_clause(start, end, segment)
        order, sign = ("DESC", 1) if sentiment == "positive" else ("ASC", -1)
        return self.conn.execute(
            "SELECT f.id, trim(f.body), f.author, f.channel "
            f"FROM feedback f WHERE {where} AND f.sentiment = ? AND f.mixed = 0 "
            "AND (f.compound IS NULL OR f.compound * ? > 0) "
            "AND length(trim(f.body)) BETWEEN 12 AND ? "
            f"ORDER BY coalesce(f.compound, 0) {order}, f.received_at DESC LIMIT ?",
            (*params, sentiment, sign, longest, limit),
        ).fetchall()
