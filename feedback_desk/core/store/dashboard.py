"""The dashboard's counts: from the figures counted ahead per day and channel (schema V7) for all
feedback or one channel's, else one pass over the period's feedback for everything counted per
week, month or quarter, and one each for channels and tags (see core/dashboard.py for what is
made of them). Response times read the answered items' own index.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from ..records import Segment
from .dialect import Dialect
from .replies import first_reply_hours
from .stats import DAY_FIGURES, DAY_SUMS, counted_ahead, day_clause, group_key, period_clause

# The columns of a period's counts, in order (Counts in core/dashboard.py, less ``replied``).
_COUNTS = "count(*), " + ", ".join(
    f"count(*) FILTER (WHERE {condition})"
    for condition in (
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


# Adds the items inserted after an id to the figures counted ahead (see schema V7): each
# straight into its day's sums, not through figures_change, whose trigger runs once a row, nor
# grouped first, which sorts every item (0.21 s for an import of 100,000 items, against 0.27)
# where the engine lets one statement add to the same day twice (see Dialect.upsert_repeats).
_ADDED = [*DAY_FIGURES.split(", "), "answered"]


def _count_new(sql: Dialect) -> str:
    added = ", ".join(_ADDED)
    if not sql.upsert_repeats:
        added = ", ".join(f"sum({c})" for c in _ADDED)
    return (
        f"INSERT INTO figures_by_day (day, channel, {', '.join(_ADDED)}) "
        f"SELECT day, channel, {added} FROM figures_of_items WHERE id > ? "
        + ("" if sql.upsert_repeats else "GROUP BY day, channel ")
        + "ON CONFLICT (day, channel) DO UPDATE SET "
        + ", ".join(f"{c} = figures_by_day.{c} + excluded.{c}" for c in _ADDED)
    )


class DashboardStore:
    conn: sqlite3.Connection
    sql: Dialect

    def count_new_items(self, newest: int, answered: bool = False) -> None:
        """Count the items inserted after id ``newest`` into the figures kept ahead (in the
        statement after an insert, as the search index is kept: a trigger on every insert
        would slow imports), and time the first answers of those that came ``answered``
        when the insert did not (a restored export). On a team server the schema's trigger
        has counted them already (schema_pg.py): only the answered part is left."""
        if not self.sql.is_server:
            self.conn.execute(_count_new(self.sql), (newest,))
        if answered:
            self.conn.execute(
                f"UPDATE feedback SET first_reply_hours = {first_reply_hours(sql=self.sql)}, "
                "first_reply_by = coalesce(first_reply_by, '') "
                "WHERE id > ? AND first_reply_at IS NOT NULL",
                (newest,),
            )

    def counts_in(
        self, days: list[tuple[date, date]], segment: Segment | None = None
    ) -> list[tuple[int, ...]]:
        """The counts of _COUNTS for each (first day, last day) of ``days``. One range scan of
        the index each: quicker than grouping, which sorts every row into a temporary tree."""
        found = []
        for start, end in days:
            if counted_ahead(segment):
                where, params = day_clause(start, end, segment)
                row = self.conn.execute(
                    f"SELECT {DAY_SUMS} FROM figures_by_day d WHERE {where}", params
                )
            else:
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
        group = group_key(self.sql, grouping)
        dated = (
            f"SELECT {group} AS period, count(*) FROM feedback f "
            f"{self.sql.hint('feedback_answers')} "
            f"WHERE {where} AND f.first_reply_at IS NOT NULL GROUP BY period",
            params,
        )
        if counted_ahead(segment):
            days, day_params = day_clause(start, end, segment)
            dated = (
                f"SELECT {group_key(self.sql, grouping, 'd.day')} AS period, sum(d.answered) "
                "FROM figures_by_day d "
                f"WHERE {days} GROUP BY period HAVING sum(d.answered) > 0",
                day_params,
            )
        replied: dict[str, int] = {}
        for sql, values in (
            dated,
            (
                f"SELECT {group} AS period, count(DISTINCT f.id) FROM replies r "
                f"{self.sql.ordered_join} feedback f ON f.id = r.feedback_id "
                "WHERE r.replied_at IS NULL "
                f"AND f.first_reply_at IS NULL AND {where} GROUP BY period",
                params,
            ),
        ):
            for period, count in self.conn.execute(sql, values):
                replied[period] = replied.get(period, 0) + count
        return replied

    def answer_hours(
        self, days: list[tuple[date | None, date | None]], segment: Segment | None = None
    ) -> list[list[float]]:
        """The hours to the first response of each item answered with a known time, for each
        (first day, last day) of ``days`` (None: no bound), each list sorted. One range of the
        answered items' index a period: on a million items, twice as quick as one pass that
        names every item's period (ten years hold some 250,000 answers)."""
        found = []
        for start, end in days:
            where, params = period_clause(start, end, segment)
            hours = [
                taken
                for (taken,) in self.conn.execute(
                    "SELECT f.first_reply_hours FROM feedback f "
                    f"{self.sql.hint('feedback_answers')} WHERE {where} "
                    "AND f.first_reply_at IS NOT NULL AND f.first_reply_hours IS NOT NULL",
                    params,
                )
            ]
            hours.sort()
            found.append(hours)
        return found

    def channel_counts(
        self, start: date | None, end: date | None, segment: Segment | None = None
    ) -> dict[str, int]:
        """Feedback per channel, the busiest first."""
        if counted_ahead(segment):
            where, params = day_clause(start, end, segment)
            return dict(
                self.conn.execute(
                    f"SELECT d.channel, sum(d.feedback) FROM figures_by_day d WHERE {where} "
                    "GROUP BY d.channel HAVING sum(d.feedback) > 0 "
                    "ORDER BY sum(d.feedback) DESC, d.channel",
                    params,
                ).fetchall()
            )
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
        after_before = (before[1] + timedelta(days=1)).isoformat()
        if counted_ahead(segment):
            where, params = day_clause(before[0], now[1], segment)
            return self.conn.execute(
                "SELECT d.sentiment, t.id, t.name, t.color, "
                "coalesce(sum(d.items) FILTER (WHERE d.day >= ?), 0) AS now, "
                "coalesce(sum(d.items) FILTER (WHERE d.day < ?), 0) FROM tags_by_day d "
                f"JOIN tags t ON t.id = d.tag_id WHERE {where} "
                "AND d.sentiment IN ('negative', 'positive') "
                "GROUP BY d.sentiment, t.id HAVING sum(d.items) FILTER (WHERE d.day >= ?) > 0 "
                "ORDER BY now DESC, t.name",
                (now[0].isoformat(), after_before, *params, now[0].isoformat()),
            ).fetchall()
        where, params = period_clause(before[0], now[1], segment)
        return self.conn.execute(
            "SELECT f.sentiment, t.id, t.name, t.color, "
            "count(*) FILTER (WHERE f.received_at >= ?) AS now, "
            "count(*) FILTER (WHERE f.received_at < ?) FROM feedback f "
            "JOIN feedback_tags ft ON ft.feedback_id = f.id JOIN tags t ON t.id = ft.tag_id "
            f"WHERE {where} AND f.sentiment IN ('negative', 'positive') "
            "GROUP BY f.sentiment, t.id HAVING count(*) FILTER (WHERE f.received_at >= ?) > 0 "
            "ORDER BY now DESC, t.name",
            (now[0].isoformat(), after_before, *params, now[0].isoformat()),
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
